package org.parley.events;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.model.Sentence;
import org.parley.syntax.Trees;

/**
 * Words of wrongdoing ({@code wrongdoing.tsv}). PLOVER codes an accusation by what is said, not by the verb that says
 * it: "X said Y is breaking the law" accuses Y as much as "X accused Y" does, so a statement whose clause charges its
 * subject with one of these is an ACCUSE event of the speaker.
 */
final class Wrongdoing {
  private static final Wrongdoing DEFAULT = load();

  /** Lemma to the object lemmas it needs; an empty set when it needs none. */
  private final Map<String, Set<String>> words = new HashMap<>();

  private Wrongdoing() {}

  static Wrongdoing get() {
    return DEFAULT;
  }

  private static Wrongdoing load() {
    Wrongdoing w = new Wrongdoing();
    for (String[] r : Tsv.read("/org/parley/events/wrongdoing.tsv", 2, 3)) {
      w.words.put(r[0], r[1].equals("-") ? Set.of() : Set.of(r[1].split("\\|")));
    }
    return w;
  }

  /** The first word of wrongdoing in the clause headed by {@code c} (with all it governs), or -1. */
  int inClause(Sentence s, int c) {
    for (int k = 0; k < s.tokens().size(); k++) {
      if (within(s, k, c) && names(s, k)) {
        return k;
      }
    }
    return -1;
  }

  private boolean names(Sentence s, int k) {
    Set<String> objects = words.get(Trees.lemma(s, k).toLowerCase(Locale.ROOT));
    if (objects == null) {
      return false;
    }
    if (objects.isEmpty()) {
      return true;
    }
    int o = Trees.object(s, k);
    return o >= 0 && objects.contains(Trees.lemma(s, o).toLowerCase(Locale.ROOT));
  }

  private static boolean within(Sentence s, int k, int c) {
    for (int h = k, steps = 0; h >= 0 && steps < s.tokens().size(); h = s.head(h), steps++) {
      if (h == c) {
        return true;
      }
    }
    return false;
  }
}
