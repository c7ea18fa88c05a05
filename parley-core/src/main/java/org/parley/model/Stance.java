package org.parley.model;

/** An actor's position on an issue, with the words that show it. Polarity: support, oppose, skeptical, neutral. */
public record Stance(String actor, String issue, String polarity, int begin, int end, String text) {
  public Stance {
    java.util.Objects.requireNonNull(actor, "actor");
    java.util.Objects.requireNonNull(issue, "issue");
    java.util.Objects.requireNonNull(polarity, "polarity");
    new Span(begin, end);
  }
}
