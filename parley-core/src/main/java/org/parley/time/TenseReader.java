package org.parley.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * Reads which way a time expression points from the tense of the verb that governs it (part-of-speech tags and the
 * dependency parse): past for VBD, and VBN with have or without an auxiliary; future for will, shall, would, going
 * to, modals, planning participles (scheduled, set, due) and infinitives of intent ("agreed to meet"); present for
 * the rest of the finite verbs. The word lists are classes of {@code words.tsv}.
 */
final class TenseReader {
  private static final Set<String> NOUN_MODIFIER = Set.of("compound", "nmod:poss", "amod");
  private final TimeWords words;

  TenseReader(TimeWords words) {
    this.words = words;
  }

  /**
   * The tense governing the tokens {@code [start, end)} of a sentence: the nearest verb above the expression's
   * head, or the sentence's main verb when the expression hangs from no verb.
   */
  Tense of(Sentence s, int start, int end) {
    int head = head(s, start, end);
    if (NOUN_MODIFIER.contains(s.relation(head))) {
      // "Tuesday's hearing", "the December 31 attack": the noun's event has its own time; take the nearest, unless
      // the sentence tells that it took place ("Wednesday's quake damaged 143 buildings", "after Tuesday's vote")
      return s.relation(head).equals("nmod:poss") && tookPlace(s, s.head(head)) ? Tense.PAST : Tense.UNKNOWN;
    }
    int v = head;
    int guard = 0;
    boolean throughNoun = false;
    while (v >= 0 && !isVerb(s.tokens().get(v)) && !isPredicate(s, v) && guard++ < 20) {
      v = s.head(v);
      throughNoun |= v >= 0 && s.tokens().get(v).pos().startsWith("NN");
    }
    if (v < 0) {
      v = root(s);
    }
    if (v < 0) {
      return Tense.UNKNOWN;
    }
    Tense t = ofVerb(s, v, 0);
    if (t == Tense.FUTURE && throughNoun && purpose(s, v)) {
      // "used flight data to estimate the cases in Wuhan on January 12": the count's day, not one after the anchor
      return Tense.UNKNOWN;
    }
    // "rescheduled the vote to June 2", "extended the lockdown to May 1": a plan made or a time moved in the past
    // points after that moment, but not surely after the anchor
    boolean moved = planned(s, v) || words.is("shift", s.tokens().get(v).lemma());
    return t == Tense.PAST && moved && toOrUntil(s, head) ? Tense.UNKNOWN : t;
  }

  /** The tense of token {@code v} when it is a verb, else unknown. */
  private Tense verbTense(Sentence s, int v) {
    return v >= 0 && isVerb(s.tokens().get(v)) ? ofVerb(s, v, 0) : Tense.UNKNOWN;
  }

  /**
   * Whether the event noun {@code n} is told as past: the subject of a verb in the past tense ("Wednesday's quake
   * damaged ...") or the object of "after", "since" or "following" ("declared an emergency following Friday's storm").
   */
  private boolean tookPlace(Sentence s, int n) {
    if (n < 0) {
      return false;
    }
    String rel = s.relation(n);
    if (rel.startsWith("nsubj") && verbTense(s, s.head(n)) == Tense.PAST) {
      return true;
    }
    for (Dependency d : s.children(n)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("case") && (w.equals("after") || w.equals("since") || w.equals("following"))) {
        return true;
      }
    }
    int gov = s.head(n);
    return rel.equals("obj") && gov >= 0 && s.tokens().get(gov).word().equalsIgnoreCase("following");
  }

  /**
   * Whether verb {@code v} is an infinitive of purpose or result ("to estimate"), ahead only because it is an
   * infinitive: no auxiliary or modal of its own, and not the complement of a word of intent or planning.
   */
  private boolean purpose(Sentence s, int v) {
    boolean to = false;
    for (Dependency d : s.children(v)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux")) {
        return false;
      }
      to |= d.relation().equals("mark") && w.equals("to");
    }
    int gov = s.head(v);
    return to && gov >= 0 && !words.is("intent", s.tokens().get(gov).lemma()) && !planned(s, gov);
  }

  /** Whether the expression's head takes "to", "until" or "till" ("postponed to Monday"). */
  private static boolean toOrUntil(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String w = s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("case") && (w.equals("to") || w.equals("until") || w.equals("till"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb of planning or intent is itself set in the past by an auxiliary ("was planning to", "was expected
   * to", "had planned to"): the plan may since have been carried out, dropped or overtaken, so its time is the nearest
   * one, not the next ("was expected to end on December 15, but on December 14 it was extended").
   */
  private static boolean pastFrame(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      Token c = s.tokens().get(d.dependent());
      if ((d.relation().startsWith("aux") || d.relation().equals("cop")) && c.isPos("VBD") && (c.lemma().equals("be") || c.lemma().equals("have"))) {
        return true;
      }
    }
    return false;
  }

  /** The token of {@code [start, end)} whose head lies outside the span (the last one on a tie). */
  static int head(Sentence s, int start, int end) {
    int best = end - 1;
    for (int i = start; i < end; i++) {
      int h = s.head(i);
      if (h < start || h >= end) {
        best = i;
        if (s.tokens().get(i).isPos("NN") || s.tokens().get(i).isPos("CD")) {
          return i;
        }
      }
    }
    return best;
  }

  private static int root(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == -1) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** A noun or adjective with a copula or an auxiliary: "will be available", "was ready". */
  private static boolean isPredicate(Sentence s, int i) {
    for (Dependency d : s.children(i)) {
      if (d.relation().equals("cop") || d.relation().startsWith("aux")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerb(Token t) {
    return t.isPos("VB") || t.isPos("MD");
  }

  private Tense ofVerb(Sentence s, int v, int depth) {
    List<Token> t = s.tokens();
    Token verb = t.get(v);
    boolean toInfinitive = false;
    boolean have = false;
    boolean be = false;
    boolean modal = false;
    boolean pastCopula = false;
    for (Dependency d : s.children(v)) {
      Token c = t.get(d.dependent());
      String w = c.word().toLowerCase(Locale.ROOT);
      pastCopula |= d.relation().equals("cop") && c.isPos("VBD");
      if (d.relation().startsWith("aux")) {
        modal |= words.is("future-aux", w) || words.is("modal", w);
        if (c.lemma().equals("have")) {
          have = true;
        }
        if (c.lemma().equals("be")) {
          be = true;
        }
        if ((c.lemma().equals("be") || c.lemma().equals("do")) && c.isPos("VBD") && !modal) {
          return c.lemma().equals("be") && planned(s, v) ? Tense.FUTURE : Tense.PAST;
        }
      }
      if (d.relation().equals("mark") && w.equals("to")) {
        toInfinitive = true;
      }
    }
    if (modal) {
      // "will meet", "could meet": ahead; "might have met", "would have met": behind
      return have ? Tense.PAST : Tense.FUTURE;
    }
    if (planned(s, v) && verb.isPos("VBN")) {
      return Tense.FUTURE;
    }
    if (toInfinitive || verb.pos().equals("VB") && !verb.word().equalsIgnoreCase("be")) {
      int gov = s.head(v);
      if (toInfinitive && pastCopula) {
        // "the Senate was to meet Monday": a plan seen from the past, the nearest day
        return Tense.UNKNOWN;
      }
      if (toInfinitive && be || gov >= 0 && words.is("intent", t.get(gov).lemma())) {
        // "an event to be held on October 12", "agreed to meet on Monday"; "was planning to hold it on Tuesday"
        return gov >= 0 && pastFrame(s, gov) ? Tense.UNKNOWN : Tense.FUTURE;
      }
      if (toInfinitive && gov >= 0 && !isVerb(t.get(gov)) && copula(s, gov) == Tense.PAST) {
        // "was able to negotiate ... on November 21": the copula's past
        return Tense.PAST;
      }
      if (gov >= 0 && depth < 3 && isVerb(t.get(gov)) && !s.relation(v).equals("ccomp")) {
        Tense up = ofVerb(s, gov, depth + 1);
        return up == Tense.PRESENT ? Tense.FUTURE : up;
      }
      return toInfinitive ? Tense.FUTURE : Tense.UNKNOWN;
    }
    if (verb.isPos("VBD")) {
      return Tense.PAST;
    }
    if (!isVerb(verb)) {
      return copula(s, v);
    }
    if (verb.isPos("VBN")) {
      return have || !be ? Tense.PAST : planned(s, v) ? Tense.FUTURE : Tense.PRESENT;
    }
    if (verb.isPos("VBG")) {
      // a participle clause ("pointing to ...") takes the tense of the verb it hangs from
      int gov = s.head(v);
      if (be) {
        return Tense.PRESENT;
      }
      return gov >= 0 && depth < 3 && isVerb(t.get(gov)) ? ofVerb(s, gov, depth + 1) : Tense.UNKNOWN;
    }
    if (verb.isPos("MD")) {
      return Tense.FUTURE;
    }
    return Tense.PRESENT;
  }

  /** The tense of a copular predicate, from its copula: "was ready" past, "is due" present. */
  private static Tense copula(Sentence s, int v) {
    for (Dependency d : s.children(v)) {
      if (d.relation().equals("cop")) {
        Token c = s.tokens().get(d.dependent());
        return c.isPos("VBD") || c.isPos("VBN") ? Tense.PAST : Tense.PRESENT;
      }
    }
    return Tense.UNKNOWN;
  }

  private boolean planned(Sentence s, int v) {
    return words.is("planned", s.tokens().get(v).lemma());
  }
}
