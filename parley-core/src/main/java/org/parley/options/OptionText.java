package org.parley.options;

import org.parley.model.Sentence;

/** Small text and tree helpers shared by the option readers. */
final class OptionText {
  /** Labels longer than this are no option's name. */
  static final int MAX_LABEL_WORDS = 12;

  private OptionText() {}

  static int firstOf(String s, String... stops) {
    int best = s.length();
    for (String stop : stops) {
      int at = s.indexOf(stop);
      if (at >= 0 && at < best) {
        best = at;
      }
    }
    return best;
  }

  static String clean(String s) {
    return s.replaceAll("^[\\s,;:\"\u201c\u201d-]+|[\\s,;:\"\u201c\u201d.-]+$", "").replaceAll("\\s+", " ");
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static int lastToken(Sentence s, int token) {
    int last = token;
    for (var c : s.children(token)) {
      last = Math.max(last, lastToken(s, c.dependent()));
    }
    return last;
  }

  static int firstToken(Sentence s, int token) {
    int first = token;
    for (var c : s.children(token)) {
      first = Math.min(first, firstToken(s, c.dependent()));
    }
    return first;
  }
}
