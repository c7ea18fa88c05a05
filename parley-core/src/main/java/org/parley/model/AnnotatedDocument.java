package org.parley.model;

import java.util.List;
import java.util.Objects;

/** A document with its linguistic annotation: sentences, tokens, POS, lemmas, NER and dependencies. */
public record AnnotatedDocument(Document document, List<Sentence> sentences) {
  public AnnotatedDocument {
    Objects.requireNonNull(document, "document");
    sentences = List.copyOf(sentences);
  }

  public String text() {
    return document.text();
  }

  /** The sentence containing the character offset, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (s.begin() <= offset && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
