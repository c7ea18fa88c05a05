package org.parley.model;

import java.util.List;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * Who did what to whom: a PLOVER event with the closest CAMEO code.
 *
 * @param mode asserted, future, hypothetical or negated
 * @param date TIMEX3 date value, or null
 */
public record Event(
    String type,
    @Nullable String cameo,
    List<String> source,
    List<String> target,
    String mode,
    @Nullable String date,
    int begin,
    int end,
    String text) {
  public Event {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    source = List.copyOf(source);
    target = List.copyOf(target);
    new Span(begin, end);
  }
}
