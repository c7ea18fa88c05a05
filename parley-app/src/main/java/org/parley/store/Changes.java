package org.parley.store;

import java.util.List;
import org.parley.util.Nullable;

/**
 * What a write added to the store: quotes and events the document's previous revision did not have (all of
 * them for a new document), and each actor's position on an issue that differs from the latest stored one.
 */
public record Changes(List<QuoteLine> quotes, List<EventLine> events, List<StanceChange> stances) {
  public Changes {
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    stances = List.copyOf(stances);
  }

  public boolean isEmpty() {
    return quotes.isEmpty() && events.isEmpty() && stances.isEmpty();
  }

  /** A quote by its speaker's name (null when unattributed). */
  public record QuoteLine(@Nullable String speaker, String kind, String text) {}

  /** An event with its participants' names. */
  public record EventLine(String type, String mode, List<String> source, List<String> target, String text) {
    public EventLine {
      source = List.copyOf(source);
      target = List.copyOf(target);
    }
  }

  /** An actor's position on an issue: {@code before} is null when the store had none. */
  public record StanceChange(String actor, String issue, @Nullable String before, String after) {}
}
