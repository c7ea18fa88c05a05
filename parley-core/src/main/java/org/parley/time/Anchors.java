package org.parley.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.Document;
import org.parley.model.Post;
import org.parley.pipeline.Issues;
import org.parley.util.Nullable;

/**
 * The days that relative time expressions of one document count from: a live post's own date inside the post,
 * the document's date elsewhere; and which stretches of the text lie inside double quotation marks (a quote's
 * words count from when they were said, which {@link TimeExtractor} works out).
 */
final class Anchors {
  private final @Nullable LocalDate published;
  private final List<Post> posts;
  private final List<LocalDate> postDates = new ArrayList<>();
  private final boolean[] quoted;

  Anchors(Document doc, Issues issues) {
    this.published = doc.published();
    this.posts = doc.posts();
    for (Post p : posts) {
      LocalDate d = parse(p.published());
      if (d == null && p.published() != null) {
        issues.add("time.post-date", "live post time is not an ISO date or instant: '" + p.published()
            + "'; its expressions count from the document date", p.span());
      }
      postDates.add(d);
    }
    this.quoted = quoted(doc.text());
  }

  /** The post holding the offset (its index), or -1. */
  int postAt(int offset) {
    for (int i = 0; i < posts.size(); i++) {
      if (posts.get(i).span().begin() <= offset && offset < posts.get(i).span().end()) {
        return i;
      }
    }
    return -1;
  }

  /** The anchor at an offset: its post's date when it has one, else the document's date (null when unknown). */
  @Nullable LocalDate at(int offset) {
    int p = postAt(offset);
    if (p >= 0 && postDates.get(p) != null) {
      return postDates.get(p);
    }
    return published;
  }

  boolean inQuote(int offset) {
    return offset >= 0 && offset < quoted.length && quoted[offset];
  }

  /** The local date of an ISO-8601 instant, date-time with offset, or date; null when none of these. */
  static @Nullable LocalDate parse(@Nullable String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String s = iso.trim();
    try {
      return OffsetDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // not with an offset; try the other forms
    }
    try {
      return ZonedDateTime.parse(s).toLocalDate();
    } catch (DateTimeParseException e) {
      // try a date
    }
    try {
      return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Which characters lie between double quotation marks: curly ones open and close, straight ones alternate; a
   * line break ends any quote left open (a quote running on into the next paragraph is not followed).
   */
  static boolean[] quoted(String text) {
    boolean[] in = new boolean[text.length()];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = false;
      } else if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
        open = true;
      } else if (c == '\u201D' || c == '\u00BB') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else {
        in[i] = open;
      }
    }
    return in;
  }
}
