package org.parley.events;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Tsv;
import org.parley.model.Sentence;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Deeds named again by a noun ({@code deeds.tsv}): "the vote" after "the parliament voted", "the attack" after
 * "militants attacked". News names the doer once and then the deed; the deed's doer is the actor an act on it is aimed
 * at ("The vote was boycotted by X": X's protest against the parliament).
 */
final class Deeds {
  private static final Deeds DEFAULT = load();

  /** How many sentences before the noun's own are searched for the verb. */
  private static final int SENTENCES_BACK = 2;

  /** How many sentences before an agentless passive's own are searched for the same verb with its doer. */
  private static final int SAME_DEED_BACK = 1;

  private final Map<String, Set<String>> verbs = new HashMap<>();

  private Deeds() {}

  static Deeds get() {
    return DEFAULT;
  }

  private static Deeds load() {
    Deeds d = new Deeds();
    for (String[] r : Tsv.read("/org/parley/events/deeds.tsv", 2, 3)) {
      d.verbs.put(r[0], Set.of(r[1].split("\\|")));
    }
    return d;
  }

  /** A verb and the sentence it is in. */
  record Doing(Sentence sentence, int verb) {
    /**
     * The token naming who does it: the subject, the "by" agent of a passive, else the subject of the verb it is the
     * infinitive or conjunct of ("decided to ban"); -1 if none.
     */
    int doer() {
      int v = verb;
      for (int steps = 0; v >= 0 && steps < 3; steps++, v = sentence.head(v)) {
        if (Trees.passive(sentence, v)) {
          List<Integer> by = Trees.withCase(sentence, v, "by");
          return by.isEmpty() ? -1 : by.get(0);
        }
        int subj = Trees.exactChild(sentence, v, "nsubj");
        if (subj >= 0) {
          return subj;
        }
        if (!Set.of("xcomp", "conj").contains(sentence.relation(v))) {
          return -1;
        }
      }
      return -1;
    }
  }

  /**
   * The nearest verb before a definite deed noun that does that deed, in the noun's sentence or the ones just before;
   * null when the noun is no deed, is not definite ("the", "this", "that") or has an owner of its own.
   */
  @Nullable Doing doing(List<Sentence> sentences, Sentence s, int n) {
    Set<String> lemmas = verbs.get(Trees.lemma(s, n).toLowerCase(Locale.ROOT));
    int det = Trees.child(s, n, "det");
    if (lemmas == null || det < 0 || Trees.child(s, n, "nmod:poss") >= 0
        || !Set.of("the", "this", "that").contains(Trees.word(s, det).toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int back = 0; back <= SENTENCES_BACK && s.index() - back >= 0 && s.index() < sentences.size(); back++) {
      Sentence in = sentences.get(s.index() - back);
      if (in.index() != s.index() - back) {
        return null; // sentences not numbered in order: nothing to look back on
      }
      int last = back == 0 ? n - 1 : in.tokens().size() - 1;
      for (int k = last; k >= 0; k--) {
        if (Trees.isVerb(in, k) && lemmas.contains(Trees.lemma(in, k).toLowerCase(Locale.ROOT))) {
          return new Doing(in, k);
        }
      }
    }
    return null;
  }

  /**
   * The nearest earlier use of the same verb that names its doer, in the sentence of a passive with no agent or the
   * one just before: "Police arrested twelve people on Friday. Four more were arrested on Saturday", "The House has
   * impeached two presidents. Clinton was impeached in 1998". Null if none.
   */
  @Nullable Doing sameDeedBefore(List<Sentence> sentences, Sentence s, int v) {
    String lemma = Trees.lemma(s, v).toLowerCase(Locale.ROOT);
    for (int back = 0; back <= SAME_DEED_BACK && s.index() - back >= 0 && s.index() < sentences.size(); back++) {
      Sentence in = sentences.get(s.index() - back);
      if (in.index() != s.index() - back) {
        return null;
      }
      for (int k = back == 0 ? v - 1 : in.tokens().size() - 1; k >= 0; k--) {
        if (Trees.isVerb(in, k) && Trees.lemma(in, k).toLowerCase(Locale.ROOT).equals(lemma)) {
          Doing d = new Doing(in, k);
          if (d.doer() >= 0) {
            return d;
          }
        }
      }
    }
    return null;
  }
}
