package org.parley.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.util.Nullable;

/** How each PLOVER type behaves ({@code types.tsv}): whether it needs a target, and its intent, reversal, refusal. */
final class EventTypes {
  static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  /** A type and CAMEO code derived from another type. */
  record Derived(String type, String cameo) {}

  private record Row(boolean needsTarget, @Nullable Derived intent, @Nullable Derived reversed,
      @Nullable Derived refused, boolean place) {}

  private static final EventTypes DEFAULT = load();

  private final Map<String, Row> rows = new HashMap<>();

  private EventTypes() {}

  static EventTypes get() {
    return DEFAULT;
  }

  private static EventTypes load() {
    EventTypes t = new EventTypes();
    String resource = "/org/parley/events/types.tsv";
    for (String[] r : Tsv.read(resource, 9, 9)) {
      if (!PLOVER.contains(r[0])) {
        throw new IllegalStateException(resource + ": type must be one of " + PLOVER + ", was " + r[0]);
      }
      t.rows.put(r[0], new Row(r[1].equals("need"), derived(r[2], r[3]), derived(r[4], r[5]), derived(r[6], r[7]),
          r[8].equals("yes")));
    }
    if (!t.rows.keySet().equals(PLOVER)) {
      throw new IllegalStateException(resource + " must list every PLOVER type once, found " + t.rows.keySet());
    }
    return t;
  }

  private static @Nullable Derived derived(String type, String cameo) {
    return type.equals("-") ? null : new Derived(type, cameo);
  }

  boolean needsTarget(String type) {
    return row(type).needsTarget();
  }

  /** The type of a stated intention to do an event of this type ("will give aid": AGREE 033), or null. */
  @Nullable Derived intent(String type) {
    return row(type).intent();
  }

  /** The type of ending or easing an event of this type ("lifted sanctions": CONCEDE 081), or null. */
  @Nullable Derived reversed(String type) {
    return row(type).reversed();
  }

  /** The type of declining an event of this type ("refused to meet": REJECT 125), or null. */
  @Nullable Derived refused(String type) {
    return row(type).refused();
  }

  /** Whether an event of this type with no other target is aimed at the country where it happens. */
  boolean placeIsTarget(String type) {
    return row(type).place();
  }

  private Row row(String type) {
    Row r = rows.get(type);
    if (r == null) {
      throw new IllegalArgumentException("type must be a PLOVER type, was " + type);
    }
    return r;
  }
}
