package org.parley.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.parley.util.Nullable;

/** The query parameters of one API request, checked: a bad value is a 400 naming its parameter. */
final class Params {
  /** The most rows one page of an answer holds. */
  static final int MAX_LIMIT = 500;
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_OFFSET = 1_000_000;
  private static final int MAX_TEXT = 200;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Rejects parameters the endpoint does not know, so a typo is not silently ignored. */
  Params only(Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name) && !name.equals("limit") && !name.equals("offset")) {
        throw ApiException.badParameter(name, "unknown parameter '" + name + "'; expected one of "
            + new java.util.TreeSet<>(union(known)));
      }
    }
    return this;
  }

  private static Set<String> union(Set<String> known) {
    java.util.Set<String> all = new java.util.HashSet<>(known);
    all.add("limit");
    all.add("offset");
    return all;
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  int offset() {
    return integer("offset", 0, 0, MAX_OFFSET);
  }

  /** A text filter, or null when absent or blank. */
  @Nullable String text(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw ApiException.badParameter(name, name + " must be at most " + MAX_TEXT + " characters, was " + v.length());
    }
    return v.strip();
  }

  /** A date YYYY-MM-DD, or null when absent. */
  @Nullable LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, name + " must be a date YYYY-MM-DD, was '" + v + "'");
    }
  }

  /** One of a fixed set of words, or null when absent. */
  @Nullable String oneOf(String name, Set<String> allowed) {
    String v = text(name);
    if (v != null && !allowed.contains(v.toLowerCase(java.util.Locale.ROOT))) {
      throw ApiException.badParameter(name, name + " must be one of " + new java.util.TreeSet<>(allowed)
          + ", was '" + v + "'");
    }
    return v == null ? null : v.toLowerCase(java.util.Locale.ROOT);
  }

  private int integer(String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be an integer, was '" + abbreviate(v) + "'");
    }
    if (n < min || n > max) {
      throw ApiException.badParameter(name, name + " must be between " + min + " and " + max + ", was " + n);
    }
    return n;
  }

  private static String abbreviate(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "...";
  }
}
