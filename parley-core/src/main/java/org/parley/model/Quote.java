package org.parley.model;

import java.util.List;
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

  /** Whether the offset lies inside the quote's span. */
  public boolean covers(int offset) {
    return begin <= offset && offset < end;
  }

  /**
   * The shortest quote with a speaker around the offset: whose words the text there reports (a term is no one's
   * words), or null.
   */
  public static @Nullable Quote spokenAt(List<Quote> quotes, int offset) {
    Quote best = null;
    for (Quote q : quotes) {
      if (q.speaker() != null && q.kind() != QuoteKind.TERM && q.covers(offset)
          && (best == null || q.end() - q.begin() < best.end() - best.begin())) {
        best = q;
      }
    }
    return best;
  }
}
