package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The page shells, read once from the jar by fixed name: no request ever names a file. */
final class Pages {
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private Pages() {}

  /** The page {@code name} ({@code overview}, {@code document}, ...) from {@code org/parley/web/pages}. */
  static String get(String name) {
    return CACHE.computeIfAbsent(name, Pages::load);
  }

  private static String load(String name) {
    String path = "/org/parley/web/pages/" + name + ".html";
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("page missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read page " + path, e);
    }
  }
}
