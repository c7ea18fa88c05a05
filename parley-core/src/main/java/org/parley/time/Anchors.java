package org.parley.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.parley.model.Document;
import org.parley.model.Issues;
import org.parley.model.Post;
import org.parley.text.QuoteMarks;
import org.parley.util.Nullable;

/**
 * The days that relative time expressions of one document count from: a live post's own date inside the post,
 * the document's date elsewhere; and which stretches of the text lie inside double quotation marks (a quote's
 * words count from when they were said, which {@link TimeExtractor} works out). The static {@link #at(Document,
 * int)} is the one definition of that anchor for the other extractors (events, stance) too.
 */
public final class Anchors {
  private final Document doc;
  private final boolean[] quoted;

  Anchors(Document doc, Issues issues) {
    this.doc = doc;
    for (Post p : doc.posts()) {
      if (parse(p.published()) == null && p.published() != null) {
        issues.add("time.post-date", "live post time is not an ISO date or instant: '" + p.published()
            + "'; its expressions count from the document date", p.span());
      }
    }
    this.quoted = quoted(doc.text());
  }

  /** The post holding the offset (its index), or -1. */
  int postAt(int offset) {
    return postAt(doc, offset);
  }

  /** The anchor at an offset: its post's date when it has one, else the document's date (null when unknown). */
  @Nullable LocalDate at(int offset) {
    return at(doc, offset);
  }

  boolean inQuote(int offset) {
    return offset >= 0 && offset < quoted.length && quoted[offset];
  }

  /**
   * The day relative expressions at an offset of the document count from: the live post's own date when the offset
   * lies in a post that has one, else the document's date; null when neither is known.
   */
  public static @Nullable LocalDate at(Document doc, int offset) {
    LocalDate post = postDate(doc, offset);
    return post != null ? post : doc.published();
  }

  /** The date of the live post holding the offset; null when it is in no post or its post's date is unreadable. */
  public static @Nullable LocalDate postDate(Document doc, int offset) {
    int p = postAt(doc, offset);
    return p < 0 ? null : parse(doc.posts().get(p).published());
  }

  private static int postAt(Document doc, int offset) {
    List<Post> posts = doc.posts();
    for (int i = 0; i < posts.size(); i++) {
      if (posts.get(i).span().begin() <= offset && offset < posts.get(i).span().end()) {
        return i;
      }
    }
    return -1;
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
   * Which characters lie inside double quotation marks (or guillemets), as {@link QuoteMarks} pairs them for the
   * quote extractor; single-quoted spans are not speech to be dated apart. The issues of unbalanced marks are the
   * quote extractor's to report, not repeated here.
   */
  static boolean[] quoted(String text) {
    boolean[] in = new boolean[text.length()];
    for (QuoteMarks.Marked m : QuoteMarks.find(text, new Issues())) {
      if (QuoteMarks.isDoubleMark(text.charAt(m.outer().begin()))) {
        Arrays.fill(in, m.content().begin(), m.content().end(), true);
      }
    }
    return in;
  }
}
