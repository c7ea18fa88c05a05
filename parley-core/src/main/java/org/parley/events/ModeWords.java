package org.parley.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.util.Nullable;

/** Words that set an event's mode or hold it back ({@code modes.tsv}): auxiliaries, negation, conditions, hedges. */
final class ModeWords {
  static final Set<String> CLASSES = Set.of("future", "would", "hypothetical", "demand", "negation", "condition",
      "ultimatum", "hedge", "bilateral", "promise", "announce");

  private static final ModeWords DEFAULT = load();

  private final Map<String, String> classes = new HashMap<>();

  private ModeWords() {}

  static ModeWords get() {
    return DEFAULT;
  }

  private static ModeWords load() {
    ModeWords m = new ModeWords();
    String resource = "/org/parley/events/modes.tsv";
    for (String[] r : Tsv.read(resource, 2, 3)) {
      if (!CLASSES.contains(r[1])) {
        throw new IllegalStateException(resource + ": class must be one of " + CLASSES + ", was " + r[1]);
      }
      m.classes.put(r[0], r[1]);
    }
    return m;
  }

  /** The class of a word ("would", "negation", ...), or null. */
  @Nullable String classOf(String word) {
    return classes.get(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
  }

  boolean is(String word, String cls) {
    return cls.equals(classOf(word));
  }
}
