package org.parley.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.model.ActorKind;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;

/**
 * Which token names the holder of a position: a verb's subject or agent (climbing through the clauses it
 * serves), a noun's possessor, source or bearer. Resolving the token to an actor is {@link Holders}' job.
 */
final class HolderTokens {
  /** A holder token meaning "someone the text does not name": no stance, not even the speaker's. */
  static final int NO_ONE = -2;
  private static final Set<String> MODALS = Set.of("can", "could", "must", "should", "will", "would", "may",
      "might", "ca", "wo", "shall");
  /** Auxiliaries of a finite clause of its own: "does not plan", "has said". */
  private static final Set<String> FINITE = Set.of("does", "do", "did", "has", "have", "had");

  /** Words for taking part in something named by an "in" phrase: "involved in rallies", "active in the movement". */
  private static final Set<String> TAKING_PART_IN = Set.of("involve", "involved", "engage", "engaged", "active",
      "participate");
  /** Verbs whose object is something one takes part in: "joined the campaign", "organised rallies". */
  private static final Set<String> TAKING_PART = Set.of("join", "organise", "organize", "lead", "stage");

  private final StanceLexicon lex;
  private final ActorIndex actors;

  HolderTokens(StanceLexicon lex, ActorIndex actors) {
    this.lex = lex;
    this.actors = actors;
  }

  /** The token naming who holds the position of a verb or adjective, climbing to the clause it serves. */
  int holderToken(Sentence s, int k, int depth) {
    Token t = s.tokens().get(k);
    boolean passive = Trees.passive(s, k) || (t.isPos("VBN") && s.relation(k).startsWith("acl"));
    if (passive || t.isPos("VBN")) {
      for (int c : Trees.children(s, k, "obl", "nmod")) {
        if (Trees.caseOf(s, c).equals("by")) {
          return c;
        }
      }
      for (int c : Trees.children(s, k, "obl", "nmod")) {
        ActorIndex.Entry body = actors.at(s.tokens().get(c).begin());
        if (passive && Trees.caseOf(s, c).equals("in") && body != null && body.kind() == ActorKind.ORGANIZATION) {
          return c; // "the bill was rejected in the Senate": the chamber voted
        }
      }
    }
    int subj = Trees.exactChild(s, k, "nsubj");
    if (subj >= 0) {
      return subj;
    }
    if (passive) {
      // "cannot be relied on", "must be rejected": the speaker's judgement; "was rejected": someone's act, unknown
      boolean judged = Trees.negated(s, k) || Trees.hasAux(s, k, MODALS);
      return judged ? -1 : NO_ONE;
    }
    String rel = s.relation(k);
    int head = s.head(k);
    if (head < 0 || depth >= 3) {
      return -1;
    }
    if (rel.equals("acl") && (t.isPos("VBG") || t.isPos("VBN"))) {
      int verb = s.head(head);
      boolean trailing = t.isPos("VBG") && k > 0 && s.tokens().get(k - 1).isPos(",")
          && s.relation(head).startsWith("obl") && verb >= 0 && s.tokens().get(verb).isPos("VB");
      int up = trailing ? Trees.child(s, verb, "nsubj", "nsubj:pass") : -1;
      // "the party is based on old teachings, advocating for ...": the clause's subject, not the teachings
      return up >= 0 ? up : head; // "groups claiming the vote was rigged"
    }
    boolean gerund = t.isPos("VBG");
    int object = rel.equals("xcomp") ? Trees.exactChild(s, head, "obj") : -1;
    if (object >= 0 && (actors.at(s.tokens().get(object).begin()) != null
        || Trees.isPronoun(s.tokens().get(object)))) {
      return NO_ONE; // "urged the council to back the plan": backing the plan is asked of the council
    } // "took steps to prevent a collapse": the purpose of the one who took them
    if (rel.equals("xcomp") || rel.equals("conj") || ((rel.equals("advcl") || rel.equals("dep"))
        && (gerund || Slots.hasMarkTo(s, k))) || finiteDep(s, k)) {
      int up = holderToken(s, head, depth + 1);
      if (up >= 0 || up == NO_ONE) {
        return up;
      }
    }
    return depth == 0 ? leftName(s, k) : -1;
  }

  /**
   * A finite verb with no subject that the parse hung on another verb as a bare dependent ("..., who gained
   * fame in 2018, does not plan to run"), or on a word with a subject of its own ("people demand more, want
   * to ..."): a second predicate of the same subject.
   */
  private boolean finiteDep(Sentence s, int k) {
    int head = s.head(k);
    if (!s.relation(k).equals("dep") || head < 0 || Trees.child(s, k, "nsubj") >= 0) {
      return false;
    }
    Token t = s.tokens().get(k);
    boolean finite = t.isPos("VBD") || t.isPos("VBP") || t.isPos("VBZ");
    boolean named = k > 0 && actors.at(s.tokens().get(k - 1).begin()) != null; // "announced Avenatti intended to"
    // "residents unhappy at the noise rejected it", parsed with "rejected" hung on "unhappy": the residents did
    return (s.tokens().get(head).isPos("VB") && Trees.hasAux(s, k, FINITE))
        || (finite && !named && Trees.exactChild(s, head, "nsubj") >= 0);
  }

  /** A name standing just before the clause when the parse gives it no subject ("- the minister seemed to"). */
  int leftName(Sentence s, int k) {
    int clause = k;
    while (s.head(clause) >= 0 && (s.relation(clause).equals("xcomp"))) {
      clause = s.head(clause);
    }
    int from = clause - 1;
    if (from > 0 && s.tokens().get(from).isPos(",")) {
      // "Name, a spokesman for the group, blamed ...": the name before the apposition
      for (int j = from - 1; j >= 0 && j >= from - 10; j--) {
        if (s.tokens().get(j).isPos(",")) {
          from = j - 1;
          break;
        }
      }
    }
    for (int j = from; j >= 0 && j >= from - 1; j--) {
      Token w = s.tokens().get(j);
      if (w.isPos("NNP") && actors.at(w.begin()) != null) {
        return j;
      }
    }
    return -1;
  }
  /**
   * The tokens that may name who holds the position a noun expresses, best first: its possessor, its source
   * ("opposition from farmers", "the move by the government to lift ...", "the decision of the league to
   * close ..."), its bearer ("X was a supporter of", "X, a critic of"), the subject of the verb it serves
   * ("renewed calls for", "taking a lead in efforts to").
   */
  List<Integer> nounHolders(Sentence s, int k, String slot) {
    List<Integer> out = new ArrayList<>();
    int poss = Trees.exactChild(s, k, "nmod:poss");
    if (poss >= 0) {
      out.add(poss);
      String w = Trees.lowerWord(s, poss);
      if (!(w.equals("their") || w.equals("its"))) {
        return out; // "the protesters' demands": theirs, named or not; "their demands": the subject's, below
      }
    }
    int head = s.head(k);
    boolean received = head >= 0 && Slots.RECEIVERS.contains(Trees.lemma(s, head));
    for (int at : received ? List.of(k, head) : List.of(k)) {
      for (int c : Trees.children(s, at, "nmod", "obl")) {
        String cs = Trees.caseOf(s, c);
        if (cs.equals("from") || cs.equals("by") || (slot.equals("head") && cs.equals("of"))
            || (at == k && cs.equals("of") && slot.equals("xcomp") && namesActor(s, c))
            || (at == k && cs.equals("of") && slot.equals("received"))) {
          out.add(c); // "the decision of the league to close ...", "won the backing of the league": the of-phrase
        }
      }
    }
    int subj = Trees.exactChild(s, k, "nsubj");
    if (subj >= 0) {
      out.add(subj);
    }
    if (s.relation(k).equals("appos") && head >= 0) {
      out.add(head); // "Olga Dent, a longtime critic of the law,": the one the apposition describes
    }
    int noun = k;
    for (int guard = 0; guard < 3 && !received && head >= 0; guard++) {
      String rel = s.relation(noun);
      if (!(rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod"))) {
        break;
      }
      int taking = participant(s, noun);
      if (taking >= 0) {
        out.add(taking); // "was involved in rallies in support of ...": the one who took part
        break;
      }
      if (s.tokens().get(head).isPos("VB")) {
        if (!lex.predicates(s.tokens().get(head)).isEmpty() && !Trees.caseOf(s, noun).equals("in")
            && poss < 0 && !lightVerb(s, head, noun)) {
          break; // "rejected demands for an inquiry": the demands are someone else's
        }
        int h = holderToken(s, head, 0);
        if (h >= 0 || (h == NO_ONE && out.isEmpty())) {
          out.add(h);
        }
        break;
      }
      noun = head; // "a lead in efforts to ...": up through the noun to its verb
      head = s.head(noun);
    }
    return out;
  }

  /**
   * Who takes part in what a noun names, where the word it hangs on says so: "X was involved in protests ...",
   * "X has been active in the ... movement", "X joined the ... campaign". The subject of that word (active or
   * passive), or -1; "was injured in protests" says nothing of a part taken.
   */
  int participant(Sentence s, int noun) {
    int head = s.head(noun);
    if (head < 0) {
      return -1;
    }
    String rel = s.relation(noun);
    String lemma = Trees.lemma(s, head);
    boolean in = (rel.startsWith("obl") || rel.startsWith("nmod")) && Trees.caseOf(s, noun).equals("in")
        && TAKING_PART_IN.contains(lemma);
    boolean joined = rel.equals("obj") && TAKING_PART.contains(lemma);
    return in || joined ? Trees.child(s, head, "nsubj") : -1;
  }

  /** "lodged a complaint": a verb whose own predicate row names the noun, so the verb's subject makes it. */
  private boolean lightVerb(Sentence s, int verb, int noun) {
    String lemma = Trees.lemma(s, noun);
    for (StanceLexicon.Predicate p : lex.predicates(s.tokens().get(verb))) {
      if (p.extra().contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is part of an actor's mention: "the league", but not "the harbour". */
  private boolean namesActor(Sentence s, int token) {
    return actors.at(s.tokens().get(token).begin()) != null;
  }
}
