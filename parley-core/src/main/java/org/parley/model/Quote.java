package org.parley.model;

import java.util.Objects;
import org.parley.util.Nullable;

/**
 * Words reported as someone's: the span covers the quoted words without the quotation marks (for indirect
 * speech, the reported content).
 *
 * @param speaker the speaking actor's id, or null (always null for {@link QuoteKind#TERM})
 * @param cue the cue word that attributes it ("said", "according to"), or null
 */
public record Quote(int begin, int end, String text, QuoteKind kind, @Nullable String speaker, @Nullable String cue) {
  public Quote {
    new Span(begin, end);
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }

  public Span span() {
    return new Span(begin, end);
  }
}
