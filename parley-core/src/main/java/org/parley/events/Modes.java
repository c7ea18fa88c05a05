package org.parley.events;

import java.util.List;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Sentence;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * The mode of an event from its predicate and what governs it: its own auxiliaries and negation ("will meet",
 * "could strike", "did not meet", "no talks"), a condition ("if ...", "in the event of"), and the predicate it is the
 * complement of ("agreed to meet" future, "refused to meet" negated, "urged X to meet" hypothetical, "plans to meet"
 * future, "accused X of attacking" hedged). "Would" reporting a statement ("said they would meet") is future.
 */
final class Modes {
  private final ModeWords words;
  private final List<Quote> quotes;

  Modes(ModeWords words, List<Quote> quotes) {
    this.words = words;
    this.quotes = quotes;
  }

  Mode of(Sentence s, Rows rows, int i) {
    if (hedged(s, rows, i)) {
      return new Mode(Mode.HEDGED, false, false);
    }
    return of(s, rows, i, 0);
  }

  private Mode of(Sentence s, Rows rows, int i, int depth) {
    int p = rows.host(s, i);
    String own = markers(s, i);
    if (own == null && p != i) {
      own = markers(s, p);
    }
    if (own != null) {
      switch (own) {
        case "would":
          if (performative(s, rows, p)) {
            return Mode.asserted(); // "I would urge everyone to stay home": the appeal is made in saying it
          }
          boolean reported = reported(s, rows, p);
          return new Mode(reported && !conditional(s, p) ? Mode.FUTURE : Mode.HYPOTHETICAL, reported, false);
        case Mode.FUTURE:
          return new Mode(Mode.FUTURE, true, false);
        default:
          return new Mode(own, false, false);
      }
    }
    if (p != i && rows.has(p, "future")) {
      return new Mode(Mode.FUTURE, false, false); // "arranged talks", "scheduled a meeting"
    }
    if (p != i && (rows.has(p, "intent") || rows.eventType(p).equals("AGREE"))) {
      return new Mode(Mode.FUTURE, false, true); // "agreed to a meeting", "offered talks"
    }
    int g = s.head(p);
    if (s.relation(p).equals("csubj") || "for".equals(Trees.markWord(s, p))) {
      return new Mode(Mode.HYPOTHETICAL, false, false); // "for them to send troops would need ..."
    }
    if (promised(s, p)) {
      return new Mode(Mode.FUTURE, false, true); // "a pledge to resign", "his plan to attack": as "pledged to resign"
    }
    if (s.relation(p).startsWith("acl") && "to".equals(Trees.markWord(s, p))) {
      return new Mode(Mode.HYPOTHETICAL, false, false); // "an attempt to seize", "a call to attack"
    }
    if (g < 0 || depth >= 4 || !isComplement(s, p)) {
      return Mode.asserted();
    }
    boolean event = false;
    for (Predicates.Entry e : rows.of(g)) {
      if (e.has("negate")) {
        return new Mode(Mode.NEGATED, false, rows.hasEvent(g));
      }
      if (e.has("intent")) {
        return new Mode(Mode.FUTURE, true, true);
      }
      if (e.has("future")) {
        // "plans to attack" commits its subject; "wants the minister to resign" commits no one
        return new Mode(Mode.FUTURE, Trees.child(s, g, "obj") < 0, false);
      }
      event |= e.isEvent() && !e.has("light") && !e.has("pass");
    }
    if (event) {
      String type = rows.eventType(g);
      if (type.equals("AGREE")) {
        return new Mode(Mode.FUTURE, false, true);
      }
      if (type.equals("THREATEN") || type.equals("REQUEST")) {
        return new Mode(Mode.HYPOTHETICAL, false, true);
      }
      if (type.equals("REJECT")) {
        return new Mode(Mode.NEGATED, false, true);
      }
    }
    Mode up = of(s, rows, g, depth + 1);
    return up.is(Mode.ASSERTED) ? up : new Mode(up.value(), up.committed(), up.governed() || event);
  }

  /** Whether {@code p} is a complement whose mode comes from its governor ("to meet", "a meeting" after "agreed to"). */
  private static boolean isComplement(Sentence s, int p) {
    String r = s.relation(p);
    int g = s.head(p);
    if (r.equals("xcomp")) {
      return true;
    }
    if (r.equals("conj")) {
      // "the attack was not claimed, but militias had made threats": a clause with its own subject stands alone
      return Trees.isVerb(s, p) == Trees.isVerb(s, g) && !ownClause(s, p);
    }
    if (r.equals("advcl")) {
      return "to".equals(Trees.markWord(s, p));
    }
    if (r.equals("dep")) {
      // "to begin closing", "to begin \"dissolving": a gerund right after the verb, misparsed; not "asked for
      // support, specially asking voters"
      if (g >= p || !s.tokens().get(p).pos().equals("VBG") || !Trees.isVerb(s, g)) {
        return false;
      }
      for (int k = g + 1; k < p; k++) {
        if (!s.tokens().get(k).pos().equals("``")) {
          return false;
        }
      }
      return true;
    }
    if (Trees.isNoun(s, p) && (r.equals("obj") || r.equals("obl") || r.equals("nsubj:pass"))) {
      return Trees.isVerb(s, g) || s.tokens().get(g).isPos("JJ");
    }
    return false;
  }

  /**
   * A to-infinitive that tells what a noun of promising or planning commits to ("the pledge to resign", "a vow to
   * fight", "plans to attack"): the infinitive hangs on the noun, or, misparsed onto the verb, follows it at once
   * ("based his campaign on the pledge to begin ...").
   */
  private boolean promised(Sentence s, int p) {
    int mark = Trees.child(s, p, "mark");
    if (mark < 0 || !Trees.word(s, mark).equalsIgnoreCase("to")) {
      return false;
    }
    String r = s.relation(p);
    int g = s.head(p);
    if (r.startsWith("acl") && g >= 0) {
      return Trees.isNoun(s, g) && words.is(Trees.lemma(s, g), "promise");
    }
    int before = mark - 1;
    return (r.equals("xcomp") || r.equals("advcl")) && before >= 0 && before != g && Trees.isNoun(s, before)
        && words.is(Trees.lemma(s, before), "promise");
  }

  /** An appeal the speaker makes by voicing it politely: "I would urge", "we would ask you to". */
  private static boolean performative(Sentence s, Rows rows, int p) {
    int subject = Trees.child(s, p, "nsubj");
    return rows.eventType(p).equals("REQUEST") && subject >= 0
        && FIRST_PERSON.contains(Trees.lowerWord(s, subject));
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we");

  /** The mode its own words give a predicate: "not", "no", "never"; "will", "would", "could"; "if"; or null. */
  @Nullable String markers(Sentence s, int p) {
    String found = null;
    for (Dependency d : s.children(p)) {
      String r = d.relation();
      String w = Trees.word(s, d.dependent());
      String cls = words.classOf(w);
      if (cls == null) {
        continue;
      }
      if (cls.equals("negation") && (r.equals("advmod") || r.equals("det") || r.equals("neg") || r.equals("cc"))) {
        return Mode.NEGATED;
      }
      if (cls.equals("hedge") && r.equals("advmod")) {
        return Mode.HEDGED;
      }
      if (r.equals("aux") && found == null) {
        found = switch (cls) {
          case "future" -> Mode.FUTURE;
          case "would" -> "would";
          case "hypothetical", "demand" -> Mode.HYPOTHETICAL;
          default -> null;
        };
      }
      if (r.equals("mark") && (cls.equals("condition") || cls.equals("ultimatum"))) {
        found = Mode.HYPOTHETICAL;
      }
      if ((r.equals("amod") || r.equals("det")) && Trees.isNoun(s, p) && found == null) {
        found = cls.equals("future") ? Mode.FUTURE : cls.equals("hypothetical") ? Mode.HYPOTHETICAL : null;
      }
    }
    int g = s.head(p);
    if (found == null && g >= 0 && Trees.lemma(s, g).equals("event") && "in".equals(Trees.caseWord(s, g))) {
      found = Mode.HYPOTHETICAL; // "in the event of a truce"
    }
    return found;
  }

  /**
   * The predicate states that its subject will not do it: "will not attend", "won't extradite", "said it would not
   * negotiate"; not "would not have met" (what did not happen) nor a negation under a condition ("if ...").
   */
  boolean statedNot(Sentence s, int p) {
    boolean will = false;
    for (int c : Trees.children(s, p, "aux")) {
      String cls = words.classOf(Trees.word(s, c));
      will |= "future".equals(cls) || "would".equals(cls);
      if (Trees.lemma(s, c).equals("have")) {
        return false;
      }
    }
    return will && Mode.NEGATED.equals(markers(s, p)) && !conditional(s, p);
  }

  /** A condition clause hangs on the predicate: "... if he gave them a veto", "... unless the Kremlin closed ...". */
  boolean conditional(Sentence s, int p) {
    return conditionClause(s, p) >= 0;
  }

  /** The head of the predicate's "if" or "unless" clause, or -1. */
  int conditionClause(Sentence s, int p) {
    for (int c : Trees.children(s, p, "advcl")) {
      String mark = Trees.markWord(s, c);
      if (mark != null && (words.is(mark, "condition") || words.is(mark, "ultimatum"))) {
        return c;
      }
    }
    return -1;
  }

  /** The head of the predicate's "unless" clause, or -1. */
  int ultimatumClause(Sentence s, int p) {
    for (int c : Trees.children(s, p, "advcl")) {
      String mark = Trees.markWord(s, c);
      if (mark != null && words.is(mark, "ultimatum")) {
        return c;
      }
    }
    return -1;
  }

  /** The predicate reports what someone said: inside reported speech or the complement of a speech verb. */
  private boolean reported(Sentence s, Rows rows, int p) {
    int offset = s.tokens().get(p).begin();
    for (Quote q : quotes) {
      if (q.kind() == QuoteKind.INDIRECT && q.speaker() != null && q.covers(offset)) {
        return true;
      }
    }
    int k = p;
    for (int depth = 0; depth < 4 && s.head(k) >= 0; depth++) {
      String r = s.relation(k);
      k = s.head(k);
      if ((r.equals("ccomp") || r.equals("parataxis")) && rows.has(k, "speech")) {
        return true;
      }
    }
    return false;
  }

  /** A conjoined verb with a subject of its own: a clause of its own, not a complement of the first. */
  private static boolean ownClause(Sentence s, int p) {
    return Trees.isVerb(s, p) && Trees.child(s, p, "nsubj") >= 0;
  }

  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");

  /**
   * Whether the predicate is alleged: below a hedge ("claimed that", "accused X of", "denied") other than through
   * its subject, or with a hedging adverb ("allegedly").
   */
  private boolean hedged(Sentence s, Rows rows, int i) {
    if (Mode.HEDGED.equals(markers(s, i))) {
      return true;
    }
    int k = i;
    int host = rows.host(s, i);
    for (int depth = 0; depth < 5 && s.head(k) >= 0; depth++) {
      String r = s.relation(k);
      boolean own = r.equals("conj") && ownClause(s, k);
      k = s.head(k);
      if (SUBJECTS.contains(r) || r.equals("conj") && (depth == 0 || own) || r.equals("acl:relcl")) {
        return false; // a relative clause tells of what is so: "accused of shooting people who were protesting"
      }
      if (k != host && rows.has(k, "hedge")) { // "claimed responsibility for the attack" claims no hearsay
        return true;
      }
    }
    return false;
  }
}
