package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.util.Nullable;

/** Small questions asked of a sentence's dependency tree. Relations are UD names as CoreNLP writes them. */
final class Tree {
  private Tree() {}

  /** Dependents of {@code i} whose relation is one of the given ones or a subtype of one ("obl" matches "obl:tmod"). */
  static List<Integer> children(Sentence s, int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      if (matches(d.relation(), relations)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first dependent of {@code i} with the relation (or a subtype), or -1. */
  static int child(Sentence s, int i, String... relations) {
    for (Dependency d : s.children(i)) {
      if (matches(d.relation(), relations)) {
        return d.dependent();
      }
    }
    return -1;
  }

  static boolean matches(String relation, String... relations) {
    for (String r : relations) {
      if (relation.equals(r) || relation.startsWith(r + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The lower-case preposition ("case" dependent) of a nominal, or null ("on Monday" -> "on"). */
  static @Nullable String caseWord(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("case") && !s.tokens().get(d.dependent()).word().equals("'s")) {
        return word(s, d.dependent());
      }
    }
    return null;
  }

  /** The lower-case subordinator ("mark" dependent) of a clause, or null ("if he agrees" -> "if"). */
  static @Nullable String markWord(Sentence s, int i) {
    int m = child(s, i, "mark");
    return m < 0 ? null : word(s, m);
  }

  /** Dependents with a given preposition among the arguments of {@code i} ("with X", "against X"). */
  static List<Integer> withCase(Sentence s, int i, String preposition) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      if (Predicates.isArgument(d.relation()) && preposition.equals(caseWord(s, d.dependent()))) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The token and its "and" conjuncts, in order ("Ruiz and several Andean ministers"). "or" lists give none. */
  static List<Integer> conjuncts(Sentence s, int i) {
    List<Integer> out = new ArrayList<>();
    out.add(i);
    for (int c : children(s, i, "conj")) {
      int cc = child(s, c, "cc");
      if (cc >= 0 && (word(s, cc).equals("or") || word(s, cc).equals("nor"))) {
        continue;
      }
      if (s.tokens().get(c).isPos("VB")) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  static String word(Sentence s, int i) {
    return s.tokens().get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  static String lemma(Sentence s, int i) {
    return s.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
  }

  static boolean isVerb(Sentence s, int i) {
    return s.tokens().get(i).isPos("VB");
  }

  static boolean isNoun(Sentence s, int i) {
    return s.tokens().get(i).isPos("NN");
  }

  /** Whether {@code i} has a passive subject or passive auxiliary. */
  static boolean passive(Sentence s, int i) {
    return child(s, i, "nsubj:pass", "aux:pass") >= 0;
  }

  /** The object of a verb; for a passive its subject; for a participle the noun it modifies; else -1. */
  static int object(Sentence s, int v) {
    if (v < 0) {
      return -1;
    }
    int o = Tree.child(s, v, "obj");
    if (o < 0 && Tree.passive(s, v)) {
      o = exactChild(s, v, "nsubj:pass");
    }
    if (o < 0 && s.relation(v).equals("acl") && s.tokens().get(v).pos().equals("VBN")) {
      o = s.head(v);
    }
    return o;
  }

  static int ofChild(Sentence s, int n) {
    List<Integer> of = Tree.withCase(s, n, "of");
    return of.isEmpty() ? -1 : of.get(0);
  }

  static int exactChild(Sentence s, int i, String relation) {
    if (i < 0) {
      return -1;
    }
    for (Dependency d : s.children(i)) {
      if (d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return -1;
  }
}
