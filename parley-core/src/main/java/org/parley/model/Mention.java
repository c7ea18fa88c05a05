package org.parley.model;

/** Words in the text that name or refer to an actor. */
public record Mention(int begin, int end, String text) {
  public Mention {
    new Span(begin, end);
    java.util.Objects.requireNonNull(text, "text");
  }

  public Span span() {
    return new Span(begin, end);
  }
}
