package org.parley.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * Small questions asked of a sentence's dependency tree, shared by the extractors that read syntax (events, stance)
 * so that each asks them the same way. Relations are Universal Dependencies names as CoreNLP writes them; a relation
 * asked for also matches its subtypes ("obl" matches "obl:tmod") unless a method says "exact".
 */
public final class Trees {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nothing", "neither", "nor",
      "nowhere");

  private Trees() {}

  /** Dependents of {@code i} whose relation is one of the given ones or a subtype of one, in order. */
  public static List<Integer> children(Sentence s, int i, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      if (matches(d.relation(), relations)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The first dependent of {@code i} with one of the relations (or a subtype), or -1. */
  public static int child(Sentence s, int i, String... relations) {
    for (Dependency d : s.children(i)) {
      if (matches(d.relation(), relations)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The first dependent of {@code i} with exactly this relation, or -1 (also for {@code i < 0}). */
  public static int exactChild(Sentence s, int i, String relation) {
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

  private static boolean matches(String relation, String... relations) {
    for (String r : relations) {
      if (relation.equals(r) || relation.startsWith(r + ":")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a relation attaches a prepositional argument or modifier: obl or nmod, but not a possessive. */
  public static boolean isArgument(String relation) {
    return relation.equals("obl") || relation.startsWith("obl:") || relation.equals("nmod")
        || relation.startsWith("nmod:") && !relation.equals("nmod:poss");
  }

  /** The lower-case preposition ("case" dependent) of a nominal, or null ("on Monday" -> "on"). */
  public static @Nullable String caseWord(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("case") && !s.tokens().get(d.dependent()).word().equals("'s")) {
        return word(s, d.dependent());
      }
    }
    return null;
  }

  /**
   * All prepositions of a nominal before it, lower case as written and space-joined ("as for", "upon"), or "": its
   * "case" dependents and its "mark" dependents other than "that".
   */
  public static String caseOf(Sentence s, int i) {
    StringBuilder b = new StringBuilder();
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("case") || (d.relation().equals("mark") && !lowerWord(s, d.dependent()).equals("that"))) {
        if (d.dependent() < i) {
          b.append(b.length() == 0 ? "" : " ").append(lowerWord(s, d.dependent()));
        }
      }
    }
    return b.toString();
  }

  /** The lower-case subordinator ("mark" dependent) of a clause, or null ("if he agrees" -> "if"). */
  public static @Nullable String markWord(Sentence s, int i) {
    int m = child(s, i, "mark");
    return m < 0 ? null : word(s, m);
  }

  /**
   * Dependents with one of the given prepositions among the arguments of {@code i}, in order ("with X", "against X";
   * "for"/"of": "the spokesman for the ministry", the body a role noun speaks for).
   */
  public static List<Integer> withCase(Sentence s, int i, String... prepositions) {
    List<String> wanted = List.of(prepositions);
    List<Integer> out = new ArrayList<>();
    for (Dependency d : s.children(i)) {
      String c = isArgument(d.relation()) ? caseWord(s, d.dependent()) : null;
      if (c != null && wanted.contains(c)) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /**
   * Infinitive clauses of {@code i} opened by the preposition {@code word} before their subject: "called for the bill
   * to be dropped", "pressed for NATO members to pay more". The parser hangs them as clauses with two marks.
   */
  public static List<Integer> prepositionalInfinitives(Sentence s, int i, String word) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(s, i, "advcl", "ccomp", "xcomp")) {
      List<String> marks = children(s, c, "mark").stream().map(m -> lowerWord(s, m)).toList();
      if (marks.contains(word) && marks.contains("to")) {
        out.add(c);
      }
    }
    return out;
  }

  /** The first argument of {@code n} with the preposition "of", or -1. */
  public static int ofChild(Sentence s, int n) {
    List<Integer> of = withCase(s, n, "of");
    return of.isEmpty() ? -1 : of.get(0);
  }

  /** The token and its "and" conjuncts, in order ("Ruiz and several Andean ministers"). "or" lists give none. */
  public static List<Integer> conjuncts(Sentence s, int i) {
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

  /** The object of a verb; for a passive its subject; for a participle the noun it modifies; else -1. */
  public static int object(Sentence s, int v) {
    if (v < 0) {
      return -1;
    }
    int o = child(s, v, "obj");
    if (o < 0 && passive(s, v)) {
      o = exactChild(s, v, "nsubj:pass");
    }
    if (o < 0 && passive(s, v) && s.relation(v).equals("xcomp") && child(s, v, "cop") < 0) {
      o = raisedSubject(s, s.head(v)); // "the reporter was said to have been detained": the reporter
    }
    if (o < 0 && s.relation(v).equals("acl") && s.tokens().get(v).pos().equals("VBN")) {
      o = s.head(v);
    }
    if (o < 0 && s.relation(v).equals("acl:relcl") && objectGap(s, v)) {
      o = s.head(v); // "the diplomats Russia expelled": a relative clause with no relative word lacks its object
    }
    return o;
  }

  /**
   * Who undergoes a passive infinitive, which has no subject of its own: the object of the verb it hangs on ("ordered
   * X to be released"), else that verb's subject ("X was said to have been detained", "X appears to have been
   * arrested"); -1 if none.
   */
  private static int raisedSubject(Sentence s, int g) {
    if (g < 0 || lemma(s, g).equals("be")) {
      return -1; // "X is to be sentenced" says what is planned, not what was done
    }
    int object = child(s, g, "obj");
    if (object >= 0) {
      return object;
    }
    int subject = exactChild(s, g, "nsubj:pass");
    return subject >= 0 ? subject : exactChild(s, g, "nsubj");
  }

  /**
   * Whether a relative clause lacks its object because the noun it hangs on is that object ("the diplomats Russia
   * expelled"): it has a subject of its own, no relative word ("who", "that", "where"), no stranded preposition and no
   * clausal complement.
   */
  private static boolean objectGap(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      String pos = s.tokens().get(d.dependent()).pos();
      if (pos.startsWith("W") || d.relation().equals("mark") || pos.equals("IN")) {
        return false;
      }
    }
    return exactChild(s, v, "nsubj") >= 0 && exactChild(s, v, "nsubj:pass") < 0 && child(s, v, "ccomp", "xcomp") < 0;
  }

  /** Whether {@code i} has a passive subject or passive auxiliary. */
  public static boolean passive(Sentence s, int i) {
    return child(s, i, "nsubj:pass", "aux:pass") >= 0;
  }

  /** Whether {@code i} is negated by a "not", "never" or "no" hanging on it. */
  public static boolean negated(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
          && NEGATORS.contains(lowerWord(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether an auxiliary or modal with one of these lower-case words hangs on {@code i}. */
  public static boolean hasAux(Sentence s, int i, Set<String> words) {
    for (Dependency d : s.children(i)) {
      if (d.relation().startsWith("aux") && words.contains(lowerWord(s, d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  /** All tokens of the subtree under {@code root}, in no order. */
  public static List<Integer> subtree(Sentence s, int root) {
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
  public static boolean dominates(Sentence s, int ancestor, int token) {
    int k = token;
    for (int guard = 0; k >= 0 && guard < s.tokens().size(); guard++) {
      if (k == ancestor) {
        return true;
      }
      k = s.head(k);
    }
    return false;
  }

  /** The token's word in lower case with a curly apostrophe written straight ("Don\u2019t" -> "don't"). */
  public static String word(Sentence s, int i) {
    return s.tokens().get(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }

  /** The token's word in lower case, apostrophes as written (what stance's word lists are matched against). */
  public static String lowerWord(Sentence s, int i) {
    return s.tokens().get(i).word().toLowerCase(Locale.ROOT);
  }

  /** The token's lemma in lower case. */
  public static String lemma(Sentence s, int i) {
    return s.tokens().get(i).lemma().toLowerCase(Locale.ROOT);
  }

  public static boolean isVerb(Sentence s, int i) {
    return s.tokens().get(i).isPos("VB");
  }

  public static boolean isNoun(Sentence s, int i) {
    return s.tokens().get(i).isPos("NN");
  }

  /** A personal, wh- or demonstrative pronoun ("he", "who", "which", "this"). */
  public static boolean isPronoun(Token t) {
    return t.isPos("PRP") || t.isPos("WP") || t.isPos("WDT")
        || (t.isPos("DT") && t.lemma().matches("(?i)this|that|these|those"));
  }
}
