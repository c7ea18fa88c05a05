package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.model.Sentence;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/** The lexicon rows that match each token of one sentence, with the questions the coder asks of them. */
final class Rows {
  private final List<List<Predicates.Entry>> rows = new ArrayList<>();

  Rows(Predicates lexicon, Sentence s) {
    for (int i = 0; i < s.tokens().size(); i++) {
      rows.add(lexicon.match(s, i));
    }
  }

  List<Predicates.Entry> of(int i) {
    return i < 0 ? List.of() : rows.get(i);
  }

  boolean has(int i, String flag) {
    for (Predicates.Entry e : of(i)) {
      if (e.has(flag)) {
        return true;
      }
    }
    return false;
  }

  boolean hasEvent(int i) {
    return event(i) != null;
  }

  /** The first row of the token that codes an event of its own, or null. */
  Predicates.@Nullable Entry event(int i) {
    for (Predicates.Entry e : of(i)) {
      if (e.isEvent()) {
        return e;
      }
    }
    return null;
  }

  /** The first event row of the token read as a noun, or null ("talks", "the attack"). */
  Predicates.@Nullable Entry eventNoun(int i) {
    for (Predicates.Entry e : of(i)) {
      if (e.form() == Predicates.Form.N && e.isEvent()) {
        return e;
      }
    }
    return null;
  }

  String eventType(int i) {
    Predicates.Entry e = event(i);
    return e == null ? "" : e.type();
  }

  /** A verb that passes its subject and mode on to its object: light, intent, future or pass rows. */
  boolean passesSubject(int i) {
    return has(i, "light") || has(i, "intent") || has(i, "future") || has(i, "pass") || has(i, "reverse");
  }

  /**
   * The noun whose place in the sentence an event noun takes when it only modifies it: "a mediation effort",
   * "a military aid program" stand for the mediation, the aid; else the noun itself.
   */
  int standIn(Sentence s, int n) {
    int h = s.head(n);
    if (s.relation(n).equals("compound") && h >= 0 && Trees.isNoun(s, h) && event(h) == null) {
      return h;
    }
    return n;
  }

  /**
   * The predicate that carries an event noun's subject and auxiliaries: the light verb whose object it is ("will hold
   * talks": hold), also through a measure noun ("launched 10 days of war games"), or the light verb's participle that
   * modifies it ("the sanctions imposed by the EU", "the attack carried out by militants"); else the noun itself.
   */
  int host(Sentence s, int i) {
    if (!Trees.isNoun(s, i)) {
      return i;
    }
    for (int p : Trees.children(s, i, "acl")) {
      if (s.tokens().get(p).pos().equals("VBN") && has(p, "light")) {
        return p;
      }
    }
    int n = standIn(s, i);
    String prep = Trees.caseWord(s, n);
    if (s.relation(n).equals("nmod") && s.head(n) >= 0 && Trees.isNoun(s, s.head(n)) && event(s.head(n)) == null
        && ("of".equals(prep) || "for".equals(prep) && lightFor(s, s.head(n)))) {
      n = s.head(n);
    }
    int g = s.head(n);
    String r = s.relation(n);
    String with = Trees.caseWord(s, n);
    if (g >= 0 && r.equals("obl") && has(g, "light")
        && (Set.of("under", "into").contains(with) || "in".equals(with) && has(g, "joins"))) {
      return g; // "placed him under arrest", "took the suspect into custody", "took part in the protests"
    }
    if (g >= 0 && (Trees.isVerb(s, g) || s.tokens().get(g).isPos("JJ"))
        && (r.equals("obj") || r.equals("nsubj:pass") || r.equals("obl") && event(g) != null
            && event(g).type().equals("AGREE")) && (passesSubject(g) || event(g) != null
            && event(g).type().equals("AGREE"))) {
      return g;
    }
    return i;
  }

  /**
   * Whether a noun is the object a light verb's own row names, which passes the verb's subject on to the deed it is
   * "for": "claimed responsibility for the bombing" (the claimant bombed).
   */
  private boolean lightFor(Sentence s, int noun) {
    int g = s.head(noun);
    if (g < 0 || !s.relation(noun).equals("obj") || of(g).isEmpty()) {
      return false;
    }
    Predicates.Entry first = of(g).get(0);
    return first.has("light") && first.condition() == Predicates.Condition.OBJECT;
  }
}
