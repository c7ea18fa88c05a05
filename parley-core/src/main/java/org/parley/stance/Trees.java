package org.parley.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/** Small questions asked of a sentence's dependency tree (Universal Dependencies relations). */
final class Trees {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing", "neither", "nor");

  private Trees() {}

  /** Children of a token whose relation is one of the given ones ("obl" also matches "obl:tmod"...). */
  static List<Integer> children(Sentence s, int token, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(token)) {
      for (String r : relations) {
        if (d.relation().equals(r) || d.relation().startsWith(r + ":")) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  static int child(Sentence s, int token, String... relations) {
    List<Integer> c = children(s, token, relations);
    return c.isEmpty() ? -1 : c.get(0);
  }

  /** The child with exactly this relation, or -1. */
  static int childExact(Sentence s, int token, String relation) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The preposition(s) of a nominal, lower case and space-joined ("as for", "upon"), or "". */
  static String caseOf(Sentence s, int token) {
    StringBuilder b = new StringBuilder();
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("case") || (d.relation().equals("mark") && !word(s, d.dependent()).equals("that"))) {
        if (d.dependent() < token) {
          b.append(b.length() == 0 ? "" : " ").append(word(s, d.dependent()));
        }
      }
    }
    return b.toString();
  }

  static String word(Sentence s, int token) {
    return s.tokens().get(token).word().toLowerCase(Locale.ROOT);
  }

  static String lemma(Sentence s, int token) {
    return s.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
  }

  /** Whether the token is negated by a "not", "never" or "no" hanging on it. */
  static boolean negated(Sentence s, int token) {
    for (Dependency d : s.children(token)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && NEGATORS.contains(word(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an auxiliary or modal with one of these words hangs on the token. */
  static boolean hasAux(Sentence s, int token, Set<String> words) {
    for (Dependency d : s.children(token)) {
      if (d.relation().startsWith("aux") && words.contains(word(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  static boolean passive(Sentence s, int token) {
    return child(s, token, "nsubj:pass", "aux:pass") >= 0;
  }

  /** All tokens of the subtree under {@code root}, in no order. */
  static List<Integer> subtree(Sentence s, int root) {
    List<Integer> out = new ArrayList<>();
    List<Integer> todo = new ArrayList<>(List.of(root));
    boolean[] seen = new boolean[s.tokens().size()];
    while (!todo.isEmpty()) {
      int k = todo.remove(todo.size() - 1);
      if (k < 0 || seen[k]) {
        continue;
      }
      seen[k] = true;
      out.add(k);
      for (Dependency d : s.children(k)) {
        todo.add(d.dependent());
      }
    }
    return out;
  }

  /** Whether {@code ancestor} dominates {@code token} (or is it). */
  static boolean dominates(Sentence s, int ancestor, int token) {
    int k = token;
    for (int guard = 0; k >= 0 && guard < s.tokens().size(); guard++) {
      if (k == ancestor) {
        return true;
      }
      k = s.head(k);
    }
    return false;
  }

  static boolean isPronoun(Token t) {
    return t.isPos("PRP") || t.isPos("WP") || t.isPos("WDT")
        || (t.isPos("DT") && t.lemma().matches("(?i)this|that|these|those"));
  }
}
