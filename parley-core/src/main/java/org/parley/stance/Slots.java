package org.parley.stance;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.model.ActorKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Where a predicate's issue is: the token each slot of {@code predicates.tsv} names in the dependency tree
 * ("obj", "xcomp", a preposition, "eval", ...). Stateless but for the lexicon and the document's actors.
 */
final class Slots {
  /** Verbs whose object is a reaction that came from someone: "a plan that faced opposition from farmers". */
  static final Set<String> RECEIVERS = Set.of("draw", "attract", "face", "meet", "receive", "provoke",
      "spark", "trigger", "earn", "win", "prompt", "secure", "gain", "garner", "get", "enjoy", "have");
  /** Nouns of time and age a preposition of a predicate can carry without naming an issue. */
  private static final Set<String> WHEN = Set.of("age", "time", "day", "night", "week", "month", "year", "hour",
      "moment", "morning", "evening", "afternoon");
  /** Prepositions by which a backing noun serves the verb it hangs on: "passed with the support of the Greens". */
  private static final Set<String> BACKED_BY = Set.of("with", "by");
  /** Nouns of action by their ending: "prorogation", "deployment", "approval", "closure", "hearing". */
  private static final Pattern ACTION = Pattern.compile("(?i).{3,}(tion|sion|ment|al|ure|ance|ence|ing)");

  private final StanceLexicon lex;
  private final ActorIndex actors;
  private final Holders holders;

  Slots(StanceLexicon lex, ActorIndex actors, Holders holders) {
    this.lex = lex;
    this.actors = actors;
    this.holders = holders;
  }

  /** The token a slot names, or -1. */
  int slot(Sentence s, int k, StanceLexicon.Pos pos, String slot) {
    return switch (slot) {
      case "obj" -> object(s, k, pos);
      case "xcomp" -> toClauseUnder(s, k);
      case "on-to" -> calledOn(s, k);
      case "ccomp" -> {
        int c = Trees.exactChild(s, k, "ccomp");
        yield c >= 0 && s.tokens().get(c).isPos("VB") ? c : -1;
      }
      case "csubj" -> {
        int c = Trees.child(s, k, "ccomp", "parataxis");
        yield c < 0 ? -1 : Trees.child(s, c, "nsubj");
      }
      case "subject" -> Trees.child(s, k, "nsubj");
      case "chamber" -> chamber(s, k) >= 0 ? Trees.exactChild(s, k, "nsubj") : -1;
      case "without" -> without(s, k);
      case "adopt" -> Trees.exactChild(s, k, "obj");
      case "measure" -> measure(s, k);
      case "received" -> {
        int head = s.head(k);
        boolean received = head >= 0 && s.relation(k).equals("obj") && RECEIVERS.contains(Trees.lemma(s, head));
        yield received || backedBy(s, k) ? Trees.child(s, head, "nsubj") : -1;
      }
      case "xsubj" -> {
        int c = Trees.exactChild(s, k, "xcomp");
        yield c < 0 ? -1 : Trees.exactChild(s, c, "nsubj");
      }
      case "head" -> {
        String c = Trees.caseOf(s, k);
        yield (c.equals("at") || c.equals("on") || c.equals("upon")) && s.head(k) >= 0 ? requested(s, k) : -1;
      }
      default -> {
        if (projected(s, k, slot)) {
          yield -1;
        }
        int own = prepositional(s, k, slot);
        int subject = Trees.exactChild(s, k, "nsubj");
        if (own >= 0 && pos == StanceLexicon.Pos.V && own < subject && subject < k) {
          yield -1; // "In Australia, I believe ...": a phrase fronted before the subject sets the scene
        }
        if (own >= 0 && pos == StanceLexicon.Pos.N && slot.equals("of") && givenBy(s, k, own)) {
          yield -1; // "won the backing of the union": the union backs the winner
        }
        int head = s.head(k);
        boolean completes = own < 0 && pos == StanceLexicon.Pos.A && head >= 0 && s.relation(k).equals("xcomp");
        // "leveled criticism at the tax", "voiced support for the strike", parsed with the phrase on the verb
        boolean objectOf = own < 0 && pos == StanceLexicon.Pos.N && head >= 0 && s.relation(k).equals("obj")
            && s.tokens().get(head).isPos("VB");
        int onVerb = completes || objectOf ? prepositional(s, head, slot) : -1;
        int found = onVerb > k ? onVerb : own; // "remains unconvinced by the plan", parsed with "by" on the verb
        yield found >= 0 && when(s, found) ? -1 : found;
      }
    };
  }

  /** A phrase of time or age, not an issue: "protested at the age of fifteen", "campaigned for a year". */
  private static boolean when(Sentence s, int token) {
    Token t = s.tokens().get(token);
    return WHEN.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) || Set.of("DATE", "TIME", "DURATION")
        .contains(t.ner());
  }

  /**
   * "called the state for the challenger", "the call for the challenger": calling a contest or a place for someone
   * names a winner, not a demand. A "for" phrase of "call" that has an object of its own, or that names a person.
   */
  private boolean projected(Sentence s, int k, String slot) {
    if (!slot.equals("for") || !Trees.lemma(s, k).equals("call")) {
      return false;
    }
    if (s.tokens().get(k).isPos("VB") && Trees.exactChild(s, k, "obj") >= 0) {
      return true;
    }
    int target = prepositional(s, k, "for");
    ActorIndex.Entry named = target < 0 ? null : actors.at(s.tokens().get(target).begin());
    return named != null && named.kind() == ActorKind.PERSON && s.tokens().get(target).isPos("NNP");
  }

  /** A verb's object (a passive verb's subject; for "a deal hailed by", the deal); a noun's "of" phrase. */
  private static int object(Sentence s, int k, StanceLexicon.Pos pos) {
    if (pos == StanceLexicon.Pos.N) {
      return prepositional(s, k, "of");
    }
    if (Trees.passive(s, k) || (s.tokens().get(k).isPos("VBN") && s.relation(k).startsWith("acl"))) {
      int subj = Trees.child(s, k, "nsubj:pass");
      if (subj >= 0) {
        return subj;
      }
      return s.relation(k).startsWith("acl") ? s.head(k) : -1;
    }
    return Trees.exactChild(s, k, "obj");
  }

  /**
   * A verb's object when it names a measure or statement ("attacked the inquiry"); for an object that names an
   * actor, what the actor is attacked for ("attacked the senator for the tweet"); else -1.
   */
  private int measure(Sentence s, int k) {
    int object = Trees.exactChild(s, k, "obj");
    if (object < 0) {
      return -1;
    }
    if (actors.at(s.tokens().get(object).begin()) != null || s.tokens().get(object).isPos("PRP")) {
      for (String p : List.of("for", "over")) {
        int why = prepositional(s, k, p);
        if (why > object && s.tokens().get(why).isPos("NN")) {
          return why;
        }
      }
      return -1;
    }
    Token o = s.tokens().get(object);
    if (o.isPos("$") || o.isPos("CD")) {
      for (int c : Trees.withCase(s, object, "in")) {
        if (s.tokens().get(c).isPos("NN") && lex.isMeasure(Trees.lemma(s, c))) {
          return c; // "sought $5 billion in loans": the loans
        }
      }
      return -1;
    }
    return o.isPos("NN") && lex.isMeasure(Trees.lemma(s, object)) ? object : -1;
  }

  /**
   * Whether the "of" phrase of a noun names who gives it, the noun being received by the verb's subject or
   * serving the verb ("won the support of the union", "was carried by the support of young voters").
   */
  private boolean givenBy(Sentence s, int noun, int of) {
    int head = s.head(noun);
    boolean received = head >= 0 && s.relation(noun).equals("obj") && RECEIVERS.contains(Trees.lemma(s, head));
    return (received || backedBy(s, noun)) && holders.mayHold(s, of);
  }

  /** A noun in a "with"/"by" phrase of a verb that has a subject: "passed with the support of ...". */
  private static boolean backedBy(Sentence s, int noun) {
    int head = s.head(noun);
    return head >= 0 && s.relation(noun).startsWith("obl") && BACKED_BY.contains(Trees.caseOf(s, noun))
        && s.tokens().get(head).isPos("VB") && Trees.child(s, head, "nsubj") >= 0;
  }

  /** The to-clause under a word: "agreed to lower", "ready to negotiate", "efforts to keep". */
  private static int toClauseUnder(Sentence s, int k) {
    for (int c : Trees.children(s, k, "xcomp", "advcl", "acl", "ccomp")) {
      boolean verb = s.tokens().get(c).isPos("VB");
      if (verb && (hasMarkTo(s, c) || s.relation(c).equals("xcomp"))) {
        return c;
      }
    }
    int head = s.head(k);
    if (s.tokens().get(k).isPos("NN") && s.relation(k).equals("nsubj") && head > k
        && s.tokens().get(head).isPos("VB") && hasMarkTo(s, head)) {
      return head; // "the move by the council to lift the curfew", parsed with the move as the subject of "lift"
    }
    if (s.tokens().get(k).isPos("NN") && s.relation(k).equals("obj") && head >= 0) {
      for (int c : Trees.children(s, head, "xcomp")) {
        if (c > k && s.tokens().get(c).isPos("VB") && hasMarkTo(s, c)) {
          return c; // "announced plans to close the harbour", parsed with the clause on the verb
        }
      }
    }
    return -1;
  }

  /**
   * The body a measure passed ("the bill passed the Senate", "cleared the lower house"): the verb's object when
   * it names an organisation and the subject names none; or -1.
   */
  int chamber(Sentence s, int k) {
    int object = Trees.exactChild(s, k, "obj");
    int subject = Trees.exactChild(s, k, "nsubj");
    if (object < 0 || subject < 0 || actors.at(s.tokens().get(subject).begin()) != null
        || (Trees.isPronoun(s.tokens().get(subject)) && !Trees.lowerWord(s, subject).equals("it"))) {
      return -1; // "it passed the Senate" names the bill before; "she passed the Senate" no measure
    }
    ActorIndex.Entry body = actors.at(s.tokens().get(object).begin());
    return body != null && body.kind() == ActorKind.ORGANIZATION ? object : -1;
  }

  /**
   * The to-clause of "called on the council to resign": with the "on" phrase on the word, or taken by the parse
   * for the clause's subject or its mark; or -1.
   */
  private static int calledOn(Sentence s, int k) {
    int clause = toClauseUnder(s, k);
    if (clause < 0) {
      return -1;
    }
    int subject = Trees.exactChild(s, clause, "nsubj");
    boolean on = prepositional(s, k, "on") >= 0 || (subject >= 0 && Trees.caseOf(s, subject).equals("on"))
        || Trees.caseOf(s, clause).startsWith("on ");
    return on ? clause : -1;
  }

  /** A nominal with "without" anywhere below the word: "cannot imagine a vote without observers". */
  private static int without(Sentence s, int k) {
    for (int c : Trees.subtree(s, k)) {
      if (c != k && Trees.caseOf(s, c).equals("without") && !s.tokens().get(c).isPos("VB")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * What was done "at the request of" someone: the nearest action noun before the phrase ("the recess of
   * parliament by the king at the request of the premier": the recess), else the word the parse hangs it on.
   */
  int requested(Sentence s, int k) {
    for (int j = k - 1; j >= 0; j--) {
      Token w = s.tokens().get(j);
      boolean action = w.isPos("NN") && !w.isPos("NNP") && ACTION.matcher(w.lemma()).matches();
      if (action && actors.at(w.begin()) == null) {
        return j;
      }
    }
    return s.head(k);
  }
  static boolean hasMarkTo(Sentence s, int verb) {
    for (int m : Trees.children(s, verb, "mark")) {
      if (Trees.lowerWord(s, m).equals("to")) {
        return true;
      }
    }
    // "voted 66 to 27 to legalize ...": the parse takes the tally for a subject and the "to" for a dep
    int before = verb - 1;
    return before >= 0 && s.head(before) == verb && s.relation(before).equals("dep")
        && Trees.lowerWord(s, before).equals("to");
  }
  /**
   * The nominal under a word with this preposition ("insist on X"), or -1. For a verb, a gerund clause the
   * parse hung on its object counts too ("accused them of not paying": "of not paying" under "them").
   */
  static int prepositional(Sentence s, int k, String preposition) {
    for (int c : Trees.children(s, k, "obl", "nmod", "advcl")) {
      if (Trees.caseOf(s, c).equals(preposition) && !s.relation(c).equals("nmod:poss")) {
        return c;
      }
    }
    if (s.tokens().get(k).isPos("VB")) {
      int obj = Trees.exactChild(s, k, "obj");
      for (int c : obj < 0 ? List.<Integer>of() : Trees.children(s, obj, "nmod", "acl")) {
        if (s.tokens().get(c).isPos("VBG") && Trees.caseOf(s, c).equals(preposition)) {
          return c;
        }
      }
    }
    return -1;
  }
  /**
   * For "eval" predicates: the judged token and the evaluative word, from the complement ("called the plan
   * a disaster", "found the strike justified", "characterised the raid as a violation"); null if none judges.
   */
  int @Nullable [] evaluated(Sentence s, int k) {
    int object = Trees.exactChild(s, k, "obj");
    for (int c : Trees.children(s, k, "xcomp", "obl", "advcl", "dep", "ccomp", "obj", "conj")) {
      if (c == object && Trees.children(s, k, "xcomp", "obl", "advcl", "dep", "ccomp").size() > 0) {
        continue;
      }
      int judged = judging(s, c);
      if (judged < 0) {
        continue;
      }
      int subject = Trees.child(s, c, "nsubj");
      subject = subject < 0 && object < 0 ? smallClauseSubject(s, c) : subject;
      int target = subject >= 0 ? subject : object >= 0 ? object : referredTo(s, k, c);
      if (target >= 0 && Trees.lowerWord(s, target).equals("it")) {
        target = toClause(s, judged, target); // "considered it wrong for officials to run": the running
      }
      if (target >= 0 && target != judged) {
        return new int[] {target, judged};
      }
    }
    return null;
  }
  /**
   * The noun before a judging word that the parse hung on it as a bare dependent: 'called the ten month sentence
   * "unjust"', parsed with the sentence under "unjust" and no object; or -1.
   */
  private static int smallClauseSubject(Sentence s, int judged) {
    for (int c : Trees.children(s, judged, "dep")) {
      if (c < judged && s.tokens().get(c).isPos("NN")) {
        return c;
      }
    }
    return -1;
  }

  /** "referred to the decision as a stunt": the "to" phrase beside the "as" phrase judged, or -1. */
  private static int referredTo(Sentence s, int k, int judged) {
    for (int c : Trees.children(s, k, "obl")) {
      if (c != judged && Trees.caseOf(s, c).equals("to")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The evaluative word at or just under a token (itself, an adjective on it, a conjunct, the noun of "an act
   * of barbarity"), or -1.
   */
  int judging(Sentence s, int c) {
    if (lex.evaluation(s.tokens().get(c)) != null) {
      return c;
    }
    for (int m : Trees.children(s, c, "amod", "conj", "nmod", "compound", "dep")) {
      if (lex.evaluation(s.tokens().get(m)) != null && !Trees.negated(s, m)) {
        return m;
      }
      for (int n : Trees.children(s, m, "nmod")) {
        if (lex.evaluation(s.tokens().get(n)) != null && Trees.caseOf(s, n).equals("of")) {
          return n;
        }
      }
    }
    return -1;
  }
  /** The to-clause an extraposed "it" stands for, under the judging word; else the "it" itself. */
  static int toClause(Sentence s, int judged, int it) {
    for (int c : Trees.children(s, judged, "advcl", "csubj", "xcomp", "ccomp")) {
      if (s.tokens().get(c).isPos("VB") && hasMarkTo(s, c)) {
        return c;
      }
    }
    return it;
  }
}
