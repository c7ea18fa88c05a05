package org.parley.clean;

import org.parley.model.Span;

/** Joins lines into a document text with LF between them, telling where each line landed. */
final class TextBuilder {
  private final StringBuilder text = new StringBuilder();

  /** Appends one line (which must hold no LF) and returns its span in the text. */
  Span append(String line) {
    if (text.length() > 0) {
      text.append('\n');
    }
    int begin = text.length();
    text.append(line);
    return new Span(begin, text.length());
  }

  boolean isEmpty() {
    return text.length() == 0;
  }

  String text() {
    return text.toString();
  }
}
