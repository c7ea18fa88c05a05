package org.parley.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.parley.lexicon.Tsv;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;

/**
 * A short readable label for the words that name an issue: a noun phrase (head noun, lemmatised, with its
 * modifiers and up to two prepositional phrases, without determiners) or a clause ("raising military spending
 * to 5% of GDP"). Also the phrase's core (head with its compounds and adjectives), used to merge issues.
 *
 * @param begin first character of the words the label was made from
 * @param end character after the last of them
 * @param negated the clause was negated ("of not paying enough"): the label leaves the negation out
 */
record IssuePhrase(String label, String core, int begin, int end, boolean negated) {
  private static final int MAX_TOKENS = 10;
  private static final Set<String> NOUN_KEEP = Set.of("compound", "amod", "nummod", "nmod", "nmod:poss", "flat",
      "fixed", "case", "acl", "compound:prt", "advmod", "obl", "obj", "mark", "nmod:npmod", "det");
  private static final Set<String> DROP_WORDS = Set.of("the", "a", "an", "any", "some", "this", "that", "these",
      "those", "its", "their", "his", "her", "our", "my", "your", "such", "several", "all", "both", "no",
      "more", "further", "other", "so-called");

  /** Noun lemma -> prepositions of its complement ({@code issue-complements.tsv}). */
  private static final Map<String, Set<String>> COMPLEMENTS = complements();

  /** The phrase of a noun: its modifiers and nested phrases, at most {@code depth} prepositions deep. */
  static IssuePhrase noun(Sentence s, int head, String text) {
    TreeSet<Integer> keep = new TreeSet<>();
    collect(s, head, head, 2, keep);
    int complement = misattachedComplement(s, head, keep);
    if (complement >= 0) {
      collect(s, complement, complement, 1, keep);
      keep.addAll(Trees.children(s, complement, "case"));
    }
    if (keep.size() > MAX_TOKENS) {
      keep.clear();
      collect(s, head, head, 1, keep);
    }
    if (keep.size() > MAX_TOKENS) {
      keep.clear();
      collect(s, head, head, 0, keep);
    }
    return of(s, keep, head, text, false, false);
  }

  /** The phrase of a clause headed by a verb: subject (unless skipped), verb as gerund, object, prepositions. */
  static IssuePhrase clause(Sentence s, int verb, int skipSubject, String text) {
    TreeSet<Integer> keep = new TreeSet<>();
    boolean negated = Trees.negated(s, verb);
    keep.add(verb);
    for (int c : Trees.children(s, verb, "compound:prt", "xcomp", "obj", "iobj", "obl", "nmod", "nsubj", "advmod")) {
      String rel = s.relation(c);
      Token t = s.tokens().get(c);
      if (rel.startsWith("nsubj") && (c == skipSubject || Trees.isPronoun(t) || t.isPos("CD"))) {
        continue; // a number is no subject of an issue: the tally of "voted 66 to 27 to legalize ..."
      }
      if (rel.equals("advmod") && !t.word().toLowerCase(Locale.ROOT).endsWith("ly")) {
        continue;
      }
      if ((rel.startsWith("obl") || rel.startsWith("nmod")) && !t.isPos("NN") && !t.isPos("CD")) {
        continue;
      }
      if (rel.startsWith("nmod")) {
        rel = "obl"; // the parse hangs a gerund's phrases as nmod: "spending on defence"
      }
      if (rel.equals("xcomp")) {
        keep.add(c);
        for (int o : Trees.children(s, c, "obj", "compound:prt", "nsubj")) {
          collect(s, o, o, 1, keep);
        }
        continue;
      }
      collect(s, c, c, rel.startsWith("obl") ? 1 : 2, keep);
      keep.addAll(Trees.children(s, c, "case")); // "on the border": the preposition belongs to the clause
    }
    if (keep.size() > MAX_TOKENS + 2) {
      keep.clear();
      keep.add(verb);
      for (int c : Trees.children(s, verb, "compound:prt", "obj", "xcomp")) {
        collect(s, c, c, 0, keep);
      }
    }
    int subject = Trees.child(s, verb, "nsubj:pass");
    // "parliament must be recalled": the gerund first, then what is done to whom ("recalling Parliament")
    boolean passive = subject >= 0 && keep.contains(subject);
    return of(s, keep, verb, text, negated, passive);
  }

  /**
   * The noun of a prepositional phrase right after the phrase that the parser hung on the verb although it
   * completes the head noun ("backed a halt | to the fighting"); -1 when there is none or the head takes no such
   * complement.
   */
  private static int misattachedComplement(Sentence s, int head, TreeSet<Integer> keep) {
    Set<String> preps = COMPLEMENTS.get(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT));
    int next = keep.last() + 1;
    if (preps == null || next >= s.tokens().size()
        || !preps.contains(s.tokens().get(next).word().toLowerCase(Locale.ROOT))) {
      return -1;
    }
    int noun = s.head(next);
    boolean onTheVerb = noun >= 0 && s.relation(noun).startsWith("obl") && s.head(noun) == s.head(head)
        && s.head(head) >= 0;
    return onTheVerb && !keep.contains(noun) ? noun : -1;
  }

  private static Map<String, Set<String>> complements() {
    Map<String, Set<String>> out = new HashMap<>();
    for (String[] r : Tsv.read("/org/parley/stance/issue-complements.tsv", 2, 2)) {
      Set<String> preps = new HashSet<>();
      Tsv.alternatives(r[1]).forEach(p -> preps.add(p.toLowerCase(Locale.ROOT)));
      out.put(r[0].toLowerCase(Locale.ROOT), Set.copyOf(preps));
    }
    return Map.copyOf(out);
  }

  private static void collect(Sentence s, int root, int token, int depth, Set<Integer> keep) {
    Token t = s.tokens().get(token);
    if (t.isPos(",") || t.isPos("``") || t.isPos("''") || t.isPos("HYPH") || t.isPos(".") || t.isPos(":")
        || t.isPos("-LRB-") || t.isPos("-RRB-")) {
      return;
    }
    boolean ownDeterminer = s.head(token) == root && s.relation(token).startsWith("det");
    if (token != root && ((ownDeterminer || s.head(token) == root && s.relation(token).equals("amod"))
        && DROP_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) || t.isPos("PRP$"))) {
      return; // "the need" -> "need", but "troops on the border" keeps its article
    }
    if (t.word().equalsIgnoreCase("not") || t.word().equalsIgnoreCase("n't")) {
      return;
    }
    keep.add(token);
    for (var d : s.children(token)) {
      String r = d.relation();
      if (!NOUN_KEEP.contains(r) && !r.startsWith("nmod") && !r.startsWith("obl")) {
        continue;
      }
      boolean nested = r.startsWith("nmod") && !r.equals("nmod:poss") || r.startsWith("obl") || r.equals("acl");
      if (r.equals("acl") && (Trees.subtree(s, d.dependent()).size() > 4 || depth < 1)) {
        continue;
      }
      if (r.equals("mark") && !Trees.lowerWord(s, d.dependent()).equals("to")) {
        continue;
      }
      if (token == root && (r.equals("case") || r.equals("mark"))) {
        continue; // "insist on X": the issue is X, not "on X"
      }
      if (nested && depth <= 0) {
        continue;
      }
      collect(s, root, d.dependent(), nested ? depth - 1 : depth, keep);
    }
  }

  private static IssuePhrase of(Sentence s, TreeSet<Integer> keep, int head, String text, boolean negated,
      boolean headFirst) {
    List<Token> t = s.tokens();
    StringBuilder label = new StringBuilder(headFirst ? headForm(t.get(head)) : "");
    int prev = headFirst ? head : -2;
    for (int k : keep) {
      Token w = t.get(k);
      if ((w.isPos("TO") && k == keep.first()) || (headFirst && k == head)) {
        continue;
      }
      if (label.length() > 0) {
        label.append(prev == k - 1 ? text.substring(t.get(prev).end(), w.begin()) : " ");
      }
      label.append(k == head ? headForm(w) : w.word());
      prev = k;
    }
    StringBuilder core = new StringBuilder();
    for (int k : keep) {
      String r = s.relation(k);
      if (k == head || (s.head(k) == head && (r.equals("compound") || r.equals("amod")))) {
        core.append(core.length() == 0 ? "" : " ").append(k == head ? t.get(k).lemma() : t.get(k).word());
      }
    }
    String l = label.toString().replaceAll("\\s+", " ").strip();
    return new IssuePhrase(l, core.toString().toLowerCase(Locale.ROOT), t.get(keep.first()).begin(),
        t.get(keep.last()).end(), negated);
  }

  /** A head noun in its dictionary form ("guarantees" -> "guarantee"); a verb as its gerund; names kept. */
  private static String headForm(Token w) {
    if (w.isPos("NNS")) {
      return w.lemma();
    }
    if (w.isPos("VB") && !w.isPos("VBG")) {
      return gerund(w.lemma().toLowerCase(Locale.ROOT));
    }
    return w.word();
  }

  /** "raise" -> "raising", "put" -> "putting", "meet" -> "meeting", "die" -> "dying". */
  static String gerund(String verb) {
    if (verb.equals("be")) {
      return "being";
    }
    if (verb.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (verb.endsWith("e") && !verb.endsWith("ee") && !verb.endsWith("ye") && !verb.endsWith("oe")
        && verb.length() > 2) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    int n = verb.length();
    if (n >= 3 && n <= 4 && isConsonant(verb.charAt(n - 1)) && "wxy".indexOf(verb.charAt(n - 1)) < 0
        && !isConsonant(verb.charAt(n - 2)) && isConsonant(verb.charAt(n - 3))
        && (n == 3 || isConsonant(verb.charAt(n - 4)))) {
      return verb + verb.charAt(n - 1) + "ing";
    }
    return verb + "ing";
  }

  private static boolean isConsonant(char c) {
    return Character.isLetter(c) && "aeiou".indexOf(Character.toLowerCase(c)) < 0;
  }
}
