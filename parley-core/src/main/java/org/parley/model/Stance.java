package org.parley.model;

import org.parley.util.Nullable;

/**
 * An actor's position on an issue, with the words that show it.
 *
 * @param polarity support, oppose, skeptical or neutral
 * @param date when the position was taken (TIMEX3 date: {@code 2025-08-18}, {@code 2025-08} or {@code 2025}): the
 *     date of the live post the evidence sits in, else of the time expression governing its sentence, else the
 *     document's date; null when none is known
 */
public record Stance(String actor, String issue, String polarity, @Nullable String date, int begin, int end,
    String text) {
  public Stance {
    java.util.Objects.requireNonNull(actor, "actor");
    java.util.Objects.requireNonNull(issue, "issue");
    java.util.Objects.requireNonNull(polarity, "polarity");
    new Span(begin, end);
  }

  /** The same position on another issue (the issue it was merged into). */
  public Stance withIssue(String issueId) {
    return new Stance(actor, issueId, polarity, date, begin, end, text);
  }
}
