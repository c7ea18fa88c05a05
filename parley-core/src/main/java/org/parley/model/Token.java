package org.parley.model;

import org.parley.util.Nullable;

/**
 * One token as the annotator saw it.
 *
 * @param index position in its sentence, from 0
 * @param ner named-entity tag ("PERSON", "O", ...)
 * @param normalized the annotator's normalised value for dates, numbers and durations, or null
 */
public record Token(
    int index, int begin, int end, String word, String pos, String lemma, String ner, @Nullable String normalized) {
  public Token {
    new Span(begin, end);
  }

  public boolean isPos(String prefix) {
    return pos.startsWith(prefix);
  }
}
