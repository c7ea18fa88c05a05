package org.parley.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issue;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Reads the stances of one document, sentence by sentence, in text order (pronouns and shell nouns refer back
 * to what was read before). One instance per document; not thread-safe.
 */
final class StanceReader {
  /** Modals and adverbs that make a predicate a guess rather than a position. */
  private static final Set<String> HEDGES = Set.of("may", "might", "could");
  private static final Set<String> ESTIMATES = Set.of("probably", "likely", "perhaps", "possibly", "maybe");
  private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless");
  private static final Set<String> DEONTIC = Set.of("should", "must", "ought");
  /** Verbs whose complement is wanted, not held: "demanded that they reject the plan". */
  private static final Set<String> DIRECTIVES = Set.of("demand", "urge", "ask", "call", "encourage", "recommend",
      "propose", "request", "press", "push", "appeal", "want", "hope", "wish", "expect", "order", "tell",
      "persuade", "invite", "advise", "pressure", "insist");
  /** Nouns that stand for the issue in their "for"/"of" phrase: "the need for reform". */
  private static final Set<String> TRANSPARENT = Set.of("need", "prospect", "possibility", "question", "issue",
      "matter", "idea", "notion", "subject", "topic", "importance");
  /** Verbs whose negation says the clause under them is negated: "I don't think they should ...". */
  private static final Set<String> NEG_RAISING = Set.of("think", "believe", "suppose", "expect", "imagine");
  /** Verbs of wishing, planning and trying, whose to-clause may be personal talk rather than a position. */
  private static final Set<String> INTENTIONS = Set.of("want", "hope", "wish", "try", "attempt", "plan",
      "intend", "seek", "aim", "prefer", "expect");
  /** Nouns named with what they entitle one to: "the right to repair", "the freedom to travel". */
  private static final Set<String> ENTITLEMENTS = Set.of("right", "freedom", "liberty", "power", "ability");
  /** Nouns that refer back to a position taken just before: "..., a step praised by the mayor". */
  private static final Set<String> SHELLS = Set.of("move", "step", "stance", "position", "decision", "measure",
      "initiative", "plan", "proposal", "approach", "view");
  /** Verbs of saying and judging under which a reported copular clause is the subject's view. */
  private static final Set<String> JUDGING = Set.of("say", "claim", "find", "consider", "believe", "argue",
      "think", "declare", "conclude", "rule", "assert", "insist", "allege", "maintain", "contend", "deem",
      "state", "tweet", "write", "add", "indicate", "suggest", "warn", "stress", "emphasise", "emphasize",
      "complain", "reiterate", "tell");
  /** Relations by which a gerund is a noun ("the stabbing", "condemned the shelling"). */
  private static final java.util.regex.Pattern NOMINAL = java.util.regex.Pattern.compile(
      "amod|obj|nsubj.*|nmod.*|compound|appos|iobj");
  private static final Set<String> EVERYONE = Set.of("everyone", "everybody", "everything", "anyone", "anybody",
      "anything", "someone", "somebody", "something", "nobody", "nothing", "all", "none", "one", "each", "other",
      "others");
  /** Nouns of time a relative clause hangs on without being its object: "the fourth night that they protested". */
  private static final Set<String> TIMES = Set.of("time", "day", "night", "week", "month", "year", "moment");
  /** Verbs whose to-clause is an act not done: "failed to pass", "refused to back". */
  private static final Set<String> NOT_DONE = Set.of("fail", "refuse", "decline");
  /** Nouns for a course of action: "the best option is ...". */
  private static final Set<String> COURSES = Set.of("option", "solution", "way", "answer", "remedy", "course",
      "choice");
  /** Nouns for an owned course of action: "my strategy is to reopen", "the party's plan is a tax cut". */
  private static final Set<String> PLANS = Set.of("strategy", "plan", "goal", "aim", "priority", "policy",
      "intention", "mission", "objective", "proposal", "approach", "agenda");
  /** Words that make a course the one backed: "the only solution", "the easiest way". */
  private static final Set<String> BEST = Set.of("best", "only", "right", "easiest", "simplest", "quickest",
      "surest", "wisest", "sole", "better");
  /** Verbs of a pseudo-cleft that names what is wanted: "what we need is ...". */
  private static final Set<String> WANTING = Set.of("need", "want");
  /** Verbs that link a subject to a judging noun as a copula does: "the ruling marks a sad day for ...". */
  private static final Set<String> LINKING = Set.of("mark", "represent", "constitute");
  /** Adverbs joining a companion to the subject: "the union, along with the party, ...". */
  private static final Set<String> COMPANIONS = Set.of("along", "together");
  private static final Set<String> SPEECH_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> THIRD_PERSONS = Set.of("he", "she", "they");
  /** Subjects that name no one: "it is time", "there is a need", "what matters". */
  private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "there", "this", "that", "what", "which", "who",
      "everyone", "everybody", "anyone", "nobody", "one");
  /** A word made of "anti-" or "pro-" and what it is for or against: "anti-austerity", "pro-democracy". */
  private static final Pattern AFFIXED = Pattern.compile("(?i)(anti|pro)-(\\p{L}[\\p{L}-]{2,})");
  /** Nouns for a held position, whose holder is their possessor or the subject they belong to: "her anti-war views". */
  private static final Set<String> POSITIONS = Set.of("view", "stance", "position", "platform", "policy", "agenda",
      "rhetoric", "sentiment", "message", "campaign", "line");
  /** Verbs by which a holder gives up its own position: "withdrew its support for the treaty". */
  private static final Set<String> GIVE_UP = Set.of("withdraw", "end", "drop", "abandon", "suspend", "pull",
      "retract", "rescind", "revoke", "cease");

  /** Verbs whose "of" clause is what someone else is charged with: "accused the mayor of siding with developers". */
  private static final Set<String> CHARGING = Set.of("accuse", "charge", "suspect", "convict", "indict", "acquit");
  /** Marks of an open question: "decided whether to appeal" takes no side yet. */
  private static final Set<String> OPEN = Set.of("whether", "if");

  /** Words by which "demand" is an amount asked for in a market, not a call: "the increased demand for ballots". */
  private static final Set<String> AMOUNTS = Set.of("increased", "increasing", "high", "higher", "growing", "rising",
      "strong", "stronger", "low", "lower", "weak", "falling", "surging", "soaring", "huge", "heavy", "record");
  /** A plural agent noun, naming people rather than an issue: "urged viewers", "encouraged the voters". */
  private static final Pattern PEOPLE = Pattern.compile(
      "(?i)\\p{L}{2,}(ers|ors|ists|ians)|residents|students|citizens|parents|migrants|immigrants|people|public");
  /** Verbs of saying a to-clause performs rather than wants: "I want to express my sympathy", "we wish to thank". */
  private static final Set<String> PERFORMED = Set.of("express", "say", "thank", "stress", "emphasise", "emphasize",
      "underline", "reiterate", "convey", "apologise", "apologize");
  /** Verbs of knowing and thinking: what one "must know" or "should consider" is no course of action. */
  private static final Set<String> MINDING = Set.of("know", "consider", "think", "understand", "remember",
      "realise", "realize", "learn", "believe", "recognise", "recognize", "assume", "wonder", "imagine");
  /**
   * Verbs of urging or questioning, whose object may be those urged or questioned rather than an issue ("urged
   * viewers to vote", "the police questioned them").
   */
  private static final Set<String> URGING = Set.of("urge", "encourage", "ask", "press", "persuade", "invite",
      "advise", "pressure", "tell", "push", "implore", "exhort", "question", "interrogate");

  /** A stance found, with the token of its predicate for shell nouns later in the sentence. */
  private record Found(Stance stance, int sentence, int token, Issue issue, Polarity polarity) {}

  /** An issue found for a target, with the polarity change it brings (an adopted or negated position). */
  private record Target(Issue issue, @Nullable Polarity inner, boolean negated, int begin, int end) {}

  private final StanceLexicon lex;
  private final IssueBook book;
  private final Holders holders;
  private final ActorIndex actors;
  private final String text;
  private final List<Sentence> sentences;
  private final List<Found> found = new ArrayList<>();
  private final Slots slots;
  private final HolderTokens holderTokens;
  private final StanceDates dates;

  StanceReader(StanceLexicon lex, IssueBook book, Holders holders, ActorIndex actors, AnnotatedDocument doc,
      StanceDates dates) {
    this.lex = lex;
    this.book = book;
    this.holders = holders;
    this.actors = actors;
    this.text = doc.text();
    this.sentences = doc.sentences();
    this.slots = new Slots(lex, actors, holders);
    this.holderTokens = new HolderTokens(lex, actors);
    this.dates = dates;
  }

  List<Stance> found() {
    List<Stance> out = new ArrayList<>();
    for (Found f : found) {
      out.add(f.stance());
    }
    return out;
  }

  void read(Sentence s) {
    if (text.substring(s.begin(), s.end()).strip().endsWith("?")) {
      return; // a question takes no position
    }
    for (Token t : s.tokens()) {
      for (StanceLexicon.Predicate p : lex.predicates(t)) {
        if (predicate(s, t.index(), p)) {
          break;
        }
      }
    }
    for (Token t : s.tokens()) {
      evaluation(s, t.index());
      obligation(s, t.index());
      affixed(s, t.index());
      against(s, t.index());
      wanted(s, t.index());
      course(s, t.index());
    }
  }

  /**
   * "the best option is a recount", "the easiest way is to lift the ban": the speaker backs that course;
   * "my strategy is to reopen", "the mayor's plan is to spend": the owner backs it.
   */
  private void course(Sentence s, int k) {
    int subject = Trees.exactChild(s, k, "nsubj");
    if (subject < 0 || !(COURSES.contains(Trees.lemma(s, subject)) || PLANS.contains(Trees.lemma(s, subject)))
        || speculative(s, k)) {
      return;
    }
    boolean best = false;
    for (int a : Trees.children(s, subject, "amod")) {
      best |= BEST.contains(Trees.lowerWord(s, a));
    }
    int owner = PLANS.contains(Trees.lemma(s, subject)) ? owner(s, subject) : -1;
    Token t = s.tokens().get(k);
    boolean copular = t.isPos("NN") && Trees.child(s, k, "cop") >= 0;
    boolean toClause = t.isPos("VB") && Slots.hasMarkTo(s, k) && (Trees.child(s, k, "cop") >= 0
        || Trees.hasAux(s, k, Set.of("is", "are", "was", "were", "be")));
    boolean bare = Trees.children(s, subject, "nmod", "acl", "acl:relcl").stream()
        .allMatch(c -> s.relation(c).equals("nmod:poss"));
    if (!(best || (owner >= 0 && toClause)) || !(copular || toClause) || !bare) {
      return; // "the best way to cut costs is ...": a course for an end, not a position on it alone
    }
    int judge = judgingVerb(s, k);
    String holder = owner >= 0 ? holder(s, k, owner)
        : judge < 0 ? holders.speakerAt(t.begin()) : holder(s, judge, holderTokens.holderToken(s, judge, 0));
    if (holder == null) {
      return;
    }
    List<Target> targets = innerStance(s, k, subject);
    for (Target tg : targets.isEmpty() ? targets(s, k, subject) : targets) {
      Polarity pol = tg.inner() == null ? Polarity.SUPPORT : tg.inner();
      pol = tg.negated() != Trees.negated(s, k) ? pol.negated() : pol;
      if (pol != null) {
        add(s, k, holder, tg.issue(), pol, s.tokens().get(subject).begin(), tg.end());
      }
    }
  }

  /**
   * Whose a plan noun is: its possessor ("my strategy", "the party's plan"), or a name the parse made its
   * compound ("Sally['s] strategy"); or -1.
   */
  private int owner(Sentence s, int noun) {
    int poss = Trees.exactChild(s, noun, "nmod:poss");
    if (poss >= 0) {
      return poss;
    }
    for (int c : Trees.children(s, noun, "compound")) {
      if (s.tokens().get(c).isPos("NNP") && actors.at(s.tokens().get(c).begin()) != null) {
        return c;
      }
    }
    return -1;
  }

  /** "what we need is a ceasefire", "what we do not need is another tax": the wanter's position on the noun. */
  private void wanted(Sentence s, int k) {
    int clause = Trees.exactChild(s, k, "csubj");
    if (clause < 0 || Trees.child(s, k, "cop") < 0 || !WANTING.contains(Trees.lemma(s, clause))
        || !s.tokens().get(k).isPos("NN") || speculative(s, k)) {
      return;
    }
    int what = Trees.exactChild(s, clause, "obj");
    if (what < 0 || !Trees.lowerWord(s, what).equals("what")) {
      return;
    }
    String holder = holder(s, clause, holderTokens.holderToken(s, clause, 0));
    Target tg = holder == null ? null : target(s, k, -1);
    if (tg == null) {
      return;
    }
    boolean negated = Trees.negated(s, clause) != Trees.negated(s, k);
    Polarity pol = negated != tg.negated() ? Polarity.OPPOSE : Polarity.SUPPORT;
    add(s, k, holder, tg.issue(), pol, s.tokens().get(what).begin(), tg.end());
  }

  /** "most farmers are against the tariff", "we are against any war": the subject opposes the noun. */
  private void against(Sentence s, int k) {
    int cs = Trees.exactChild(s, k, "case");
    int subject = Trees.child(s, k, "nsubj");
    if (cs < 0 || !Trees.lowerWord(s, cs).equals("against") || Trees.child(s, k, "cop") < 0 || subject < 0
        || speculative(s, k) || Trees.negated(s, k)) {
      return; // "we are not against it" is no support
    }
    String holder = holder(s, k, subject);
    Target tg = holder == null ? null : target(s, k, subject);
    if (tg == null) {
      return;
    }
    Polarity pol = tg.negated() ? Polarity.SUPPORT : Polarity.OPPOSE;
    add(s, k, holder, tg.issue(), pol, s.tokens().get(Math.min(subject, cs)).begin(), tg.end());
  }

  // --- "anti-" and "pro-" ---

  /** "anti-austerity protesters", "pro-government groups": the group the noun names stands on the stem. */
  private void affixed(Sentence s, int k) {
    Token t = s.tokens().get(k);
    Matcher m = AFFIXED.matcher(t.word());
    String rel = s.relation(k);
    int head = s.head(k);
    if (m.matches() && Trees.child(s, k, "cop") >= 0 && Trees.child(s, k, "nsubj") >= 0 && !speculative(s, k)
        && !Trees.negated(s, k)) {
      head = k; // "the governor is anti-tax", "she is pro-choice": the subject stands on the stem
    } else if (!m.matches() || !(rel.equals("amod") || rel.equals("compound")) || head < 0
        || !s.tokens().get(head).isPos("NN")) {
      return;
    }
    int subject = head == k ? Trees.child(s, k, "nsubj") : -1;
    String holder = subject >= 0 ? holders.resolve(s, subject) : holders.resolve(s, head);
    String hrel = head == k ? "" : s.relation(head);
    if (holder == null && (hrel.equals("compound") || hrel.equals("appos")) && s.head(head) >= 0) {
      holder = holders.resolve(s, s.head(head)); // "anti-war activist Nadia Fell", "Fell, an anti-war activist"
    }
    if (holder == null && POSITIONS.contains(Trees.lemma(s, head))) {
      holder = positionHolder(s, head);
    }
    int taking = holder == null ? holderTokens.participant(s, head) : -1;
    if (taking >= 0) {
      holder = holders.resolve(s, taking); // "active in the anti-war movement": the one taking part
    }
    if (holder == null) {
      return;
    }
    int b = t.begin() + m.start(2);
    Issue i = book.of(new IssuePhrase(m.group(2), m.group(2).toLowerCase(Locale.ROOT), b, t.end(), false));
    book.named(b, t.end(), i);
    Polarity pol = m.group(1).equalsIgnoreCase("anti") ? Polarity.OPPOSE : Polarity.SUPPORT;
    add(s, k, holder, i, pol, t.begin(), s.tokens().get(head).end());
  }

  /**
   * Whose a position noun is: its possessor ("her anti-war stance"), or the subject of the verb it is the object of,
   * or that subject's possessor ("his platform included anti-abortion views"); null if none names an actor.
   */
  private @Nullable String positionHolder(Sentence s, int noun) {
    int poss = Trees.exactChild(s, noun, "nmod:poss");
    if (poss >= 0) {
      return holders.resolve(s, poss);
    }
    int verb = s.head(noun);
    int subject = verb >= 0 && s.relation(noun).equals("obj") ? Trees.exactChild(s, verb, "nsubj") : -1;
    if (subject < 0) {
      return null;
    }
    String holder = holders.resolve(s, subject);
    int owner = Trees.exactChild(s, subject, "nmod:poss");
    return holder == null && owner >= 0 && POSITIONS.contains(Trees.lemma(s, subject))
        ? holders.resolve(s, owner) : holder;
  }

  // --- position-taking predicates ---

  /** A slot's reading: the target token, the polarity, and where the evidence must at least reach (or -1). */
  private record Reading(int target, @Nullable Polarity polarity, int evidenceEnd) {}

  /** Reads one predicate row at token {@code k}; true when the row applied (a stance may have been found). */
  private boolean predicate(Sentence s, int k, StanceLexicon.Predicate p) {
    if (!extrasPresent(s, k, p) || speculative(s, k) || charged(s, k) || amount(s, k, p)) {
      return false;
    }
    boolean negated = negatedAround(s, k);
    Polarity polarity = negated ? p.negated() : p.polarity();
    if (p.pos() == StanceLexicon.Pos.N && givenUp(s, k)) {
      polarity = polarity == Polarity.SUPPORT ? Polarity.OPPOSE : null; // a withdrawn opposition backs nothing
    }
    if (polarity == null && !p.slots().contains("eval")) {
      return false;
    }
    for (String slot : p.slots()) {
      Reading r = slot.equals("eval") ? judged(s, k, negated)
          : new Reading(slots.slot(s, k, p.pos(), slot), polarity, -1);
      if (r != null && r.target() >= 0 && slot.equals("obj") && URGING.contains(Trees.lemma(s, k))
          && addressee(s, k, r.target())) {
        continue; // "urged viewers", "questioned them": who is urged or questioned, not what
      }
      if (r != null && r.target() >= 0 && slot.equals("xcomp") && PERFORMED.contains(Trees.lemma(s, r.target()))) {
        return false; // "I want to express my sympathy": the wanting is the saying, no position
      }
      if (r != null && r.target() >= 0 && r.polarity() != null && !(openQuestion(s, r.target())
          && r.polarity() != Polarity.SKEPTICAL)) {
        return take(s, k, p, slot, r);
      }
    }
    return false;
  }

  /**
   * A predicate in what someone is charged with ("accused the mayor of siding with developers", "charged with
   * obstructing the inquiry"): the charge is the accuser's claim, not a position the accused is shown to hold, and
   * the charging verb's own row already gives the accuser's stance.
   */
  private static boolean charged(Sentence s, int k) {
    int clause = k;
    for (int guard = 0; guard < 3 && clause >= 0; guard++) {
      int head = s.head(clause);
      String rel = s.relation(clause);
      if (head < 0 || !(rel.startsWith("advcl") || rel.startsWith("acl") || rel.startsWith("obl")
          || rel.startsWith("nmod") || rel.equals("xcomp") || rel.equals("conj"))) {
        return false;
      }
      String marker = "";
      for (int m : Trees.children(s, clause, "mark", "case")) {
        marker = Trees.lowerWord(s, m);
      }
      if ((marker.equals("of") || marker.equals("with")) && CHARGING.contains(Trees.lemma(s, head))) {
        return true;
      }
      clause = head;
    }
    return false;
  }

  /** "the increased demand for ballots": demand as an amount, not a call ({@link #AMOUNTS}). */
  private static boolean amount(Sentence s, int k, StanceLexicon.Predicate p) {
    if (p.pos() != StanceLexicon.Pos.N || !Trees.lemma(s, k).equals("demand")) {
      return false;
    }
    for (int a : Trees.children(s, k, "amod")) {
      if (AMOUNTS.contains(Trees.lowerWord(s, a))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the object of a verb of urging names those urged (an actor, a person, people) rather than an issue. */
  private boolean addressee(Sentence s, int k, int token) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry named = actors.at(t.begin());
    if (Set.of("question", "interrogate").contains(Trees.lemma(s, k))) {
      // "questioned them", "questioned the driver"; not "questioned his authority"
      return (t.isPos("PRP") && !t.isPos("PRP$")) || (named != null && named.kind() == ActorKind.PERSON);
    }
    return named != null || Trees.isPronoun(t) || t.ner().equals("PERSON")
        || (t.isPos("NNS") && PEOPLE.matcher(t.word()).matches());
  }

  /** A clause marked as an open question: "decided whether to appeal", "asked if they would back the bill". */
  private static boolean openQuestion(Sentence s, int target) {
    for (int m : Trees.children(s, target, "mark")) {
      if (OPEN.contains(Trees.lowerWord(s, m))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A position noun its holder gives up: "withdrew its support for the treaty", "backed away from his support for
   * the mayor". Only with no possessor or the holder's own pronoun: "ended the union's support" is not the union's
   * act.
   */
  private static boolean givenUp(Sentence s, int k) {
    int head = s.head(k);
    int poss = Trees.exactChild(s, k, "nmod:poss");
    if (head < 0 || (poss >= 0 && !Trees.isPronoun(s.tokens().get(poss)))) {
      return false;
    }
    String rel = s.relation(k);
    if (rel.equals("obj") && s.tokens().get(head).isPos("VB")) {
      return GIVE_UP.contains(Trees.lemma(s, head));
    }
    boolean away = Trees.lowerWord(s, head).equals("away");
    for (int a : Trees.children(s, head, "advmod", "compound:prt")) {
      away |= Trees.lowerWord(s, a).equals("away");
    }
    return rel.startsWith("obl") && Trees.caseOf(s, k).equals("from") && away;
  }

  /** For an "eval" slot: what is judged, and the polarity of the judgement ("called the plan a disaster"). */
  private @Nullable Reading judged(Sentence s, int k, boolean negated) {
    int[] ev = slots.evaluated(s, k);
    if (ev == null) {
      return null;
    }
    Polarity judged = lex.evaluation(s.tokens().get(ev[1]));
    Polarity pol = judged == null ? null : (negated ? judged.negated() : judged);
    return new Reading(ev[0], pol, s.tokens().get(lastOf(s, ev[1])).end()); // "a waste of time", not "a waste"
  }

  /** The stances of a predicate whose slot found its target: holder, issues, evidence. */
  private boolean take(Sentence s, int k, StanceLexicon.Predicate p, String slot, Reading r) {
    if (slot.equals("subject") && holders.speakerAt(s.tokens().get(k).begin()) == null) {
      return false; // an accusation needs an accuser: only a speaker's words ("they are breaking the law")
    }
    List<Integer> candidates = slot.equals("subject") ? List.<Integer>of() : switch (p.pos()) {
      case N -> holderTokens.nounHolders(s, k, slot);
      case A -> listOf(adjectiveHolder(s, k)); // "X was disappointed by Y": X, not Y
      case V -> listOf(slot.equals("chamber") ? slots.chamber(s, k) : holderTokens.holderToken(s, k, 0));
    };
    int holderToken = candidates.isEmpty() ? -1 : candidates.get(0);
    if (slot.equals("adopt")) {
      return adopt(s, k, r.target(), holderToken, r.polarity());
    }
    List<Target> targets = innerStance(s, r.target(), holderToken);
    if (targets.isEmpty()) {
      targets = targets(s, r.target(), holderToken);
    }
    if (targets.isEmpty()) {
      return false;
    }
    int evidenceEnd = Math.max(r.evidenceEnd(), extrasEnd(s, k, p));
    String holder = null;
    if (slot.equals("subject")) {
      holder = holders.speakerAt(s.tokens().get(k).begin()); // the accuser, whose subject is the accused
    }
    for (int c : candidates.isEmpty() ? List.of(-1) : candidates) {
      if (holder == null) {
        holder = holder(s, k, c);
        if (holder != null && c > k && Trees.dominates(s, k, c)) {
          evidenceEnd = Math.max(evidenceEnd, s.tokens().get(c).end()); // "faced opposition from farmers"
        }
      }
    }
    if (holder == null || (p.pos() == StanceLexicon.Pos.V && slot.equals("xcomp")
        && INTENTIONS.contains(Trees.lemma(s, k)) && personal(s, k, r.target(), holder))) {
      return false;
    }
    List<String> all = new ArrayList<>(List.of(holder));
    if (p.pos() == StanceLexicon.Pos.V && holderToken >= 0) {
      all.addAll(conjoinedHolders(s, k, holderToken, holder));
    } else if (p.pos() == StanceLexicon.Pos.N) {
      for (int c : candidates) { // "the union and the league announced their support for ...": both
        if (c >= 0 && holder.equals(holder(s, k, c))) {
          conjoinedHolders(s, k, c, holder).stream().filter(h -> !all.contains(h)).forEach(all::add);
        }
      }
    }
    for (String h : all) {
      for (Target tg : targets) {
        Polarity fin = tg.inner() == null ? r.polarity() : r.polarity().onInner(tg.inner());
        if (fin != null && tg.negated()) {
          fin = fin.negated();
        }
        if (fin != null) {
          int b = Math.min(evidenceStart(s, k), tg.begin());
          int e = Math.max(Math.max(s.tokens().get(k).end(), tg.end()), evidenceEnd);
          add(s, k, h, tg.issue(), fin, b, e);
        }
      }
    }
    return true;
  }

  /**
   * Whether what a person wants, hopes, tries or plans to do is personal talk ("I try to eat well", "I hope to see
   * my family"): nothing in the clause names someone else, a measure or a word of public life
   * ({@code public-matters.tsv}). A body's plans are public by what it is.
   */
  private boolean personal(Sentence s, int verb, int clause, String holder) {
    ActorIndex.Entry who = actors.get(holder);
    if (who == null || who.kind() != ActorKind.PERSON) {
      return false;
    }
    List<Integer> words = new ArrayList<>(Trees.subtree(s, clause));
    for (int o : Trees.children(s, verb, "obj")) {
      words.addAll(Trees.subtree(s, o)); // "wanted the election to take place": the election too
    }
    for (int c : words) {
      Token t = s.tokens().get(c);
      ActorIndex.Entry named = actors.at(t.begin());
      if ((named != null && !named.id().equals(holder)) || t.isPos("NNP") || lex.isMeasure(t.lemma())
          || lex.isPublicMatter(t.lemma()) || lex.isPublicMatter(t.word()) || AFFIXED.matcher(t.word()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Who an adjective's position is: its subject, or the subject of the verb it completes ("remained loyal to"). */
  private int adjectiveHolder(Sentence s, int k) {
    int subject = Trees.child(s, k, "nsubj");
    return subject < 0 && s.relation(k).equals("xcomp") ? holderTokens.holderToken(s, s.head(k), 0) : subject;
  }

  /**
   * A clause that takes a position of its own on its object ("plans to oppose the bill", "refused to back the
   * deal"): the object, with that position as the inner one; empty where the clause takes none.
   */
  private List<Target> innerStance(Sentence s, int verb, int holderToken) {
    int object = Trees.exactChild(s, verb, "obj");
    if (!s.tokens().get(verb).isPos("VB") || object < 0 || Trees.isPronoun(s.tokens().get(object))) {
      return List.of();
    }
    for (StanceLexicon.Predicate p : lex.predicates(s.tokens().get(verb))) {
      if (p.pos() == StanceLexicon.Pos.V && p.polarity() != null && p.slots().contains("obj")
          && extrasPresent(s, verb, p)) {
        int before = p.slots().indexOf("xcomp");
        int clause = before >= 0 && before < p.slots().indexOf("obj")
            ? slots.slot(s, verb, StanceLexicon.Pos.V, "xcomp") : -1;
        int what = clause >= 0 ? clause : object; // "requests the leaders to take it": the taking, not the leaders
        List<Target> out = new ArrayList<>();
        boolean negated = Trees.negated(s, verb);
        for (Target tg : targets(s, what, holderToken)) {
          out.add(new Target(tg.issue(), p.polarity(), negated != tg.negated(),
              Math.min(s.tokens().get(verb).begin(), tg.begin()), tg.end()));
        }
        return out;
      }
    }
    return List.of();
  }

  /**
   * "the union and the party rejected ...", "the union, along with the party, rejected ...": each named
   * conjunct or companion of the subject holds the position too.
   */
  private List<String> conjoinedHolders(Sentence s, int k, int holderToken, String first) {
    List<String> out = new ArrayList<>();
    List<Integer> others = new ArrayList<>(Trees.children(s, holderToken, "conj"));
    for (int at : List.of(holderToken, k)) {
      for (int a : Trees.children(s, at, "advmod")) {
        if (COMPANIONS.contains(Trees.lowerWord(s, a))) {
          for (int c : Trees.children(s, a, "obl", "nmod")) {
            if (Trees.caseOf(s, c).equals("with")) {
              others.add(c);
            }
          }
        }
      }
    }
    for (int c : others) {
      ActorIndex.Entry e = actors.at(s.tokens().get(c).begin());
      String id = e == null ? null : holders.resolve(s, c);
      if (id != null && !id.equals(first) && !out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The end of the extra words of a predicate ("breaking the law"), or -1. */
  private static int extrasEnd(Sentence s, int k, StanceLexicon.Predicate p) {
    int end = -1;
    for (String w : p.extra()) {
      for (int d : extraPlaces(s, k)) {
        if (Trees.lowerWord(s, d).equals(w) || Trees.lemma(s, d).equals(w)) {
          end = Math.max(end, s.tokens().get(d).end());
        }
      }
    }
    return end;
  }

  /**
   * Where the extra words of a predicate may hang: on its head word, or on the head's object ("held the firm
   * responsible", parsed with "responsible" on "firm").
   */
  private static List<Integer> extraPlaces(Sentence s, int k) {
    List<Integer> out = new ArrayList<>();
    for (var d : s.children(k)) {
      out.add(d.dependent());
    }
    int object = Trees.exactChild(s, k, "obj");
    if (object >= 0) {
      out.addAll(Trees.children(s, object, "amod", "advmod", "compound:prt"));
    }
    return out;
  }

  /** Where the evidence of a predicate starts: with the auxiliaries and negation before it ("did not back"). */
  private static int evidenceStart(Sentence s, int k) {
    int first = k;
    for (var d : s.children(k)) {
      String r = d.relation();
      if (d.dependent() < first && d.dependent() >= k - 3 && (r.startsWith("aux") || r.equals("advmod"))
          && (Trees.negated(s, k) || r.startsWith("aux"))) {
        first = d.dependent();
      }
    }
    return s.tokens().get(first).begin();
  }

  /** "echoed the envoy's calls for restraint": the envoy's stance, taken by the subject as well. */
  private boolean adopt(Sentence s, int k, int object, int holderToken, Polarity pol) {
    Token o = s.tokens().get(object);
    for (StanceLexicon.Predicate inner : lex.predicates(o)) {
      if (inner.pos() != StanceLexicon.Pos.N || inner.polarity() == null) {
        continue;
      }
      for (String slot : inner.slots()) {
        int target = slots.slot(s, object, StanceLexicon.Pos.N, slot);
        if (target < 0) {
          continue;
        }
        String innerHolder = null;
        for (int c : holderTokens.nounHolders(s, object, slot)) {
          innerHolder = innerHolder == null ? holder(s, object, c) : innerHolder;
        }
        String holder = holder(s, k, holderToken);
        for (Target tg : targets(s, target, -1)) {
          Token pt = s.tokens().get(k);
          int b = Math.min(pt.begin(), tg.begin());
          int e = Math.max(pt.end(), tg.end());
          if (innerHolder != null) {
            add(s, object, innerHolder, tg.issue(), inner.polarity(), o.begin(), tg.end());
          }
          Polarity fin = pol.onInner(inner.polarity());
          if (holder != null && fin != null) {
            add(s, k, holder, tg.issue(), fin, b, e);
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The last token of a subtree, in text order, at most eight tokens on. */
  private static int lastOf(Sentence s, int token) {
    int last = token;
    for (int k : Trees.subtree(s, token)) {
      last = k <= token + 8 ? Math.max(last, k) : last;
    }
    return last;
  }

  private static List<Integer> listOf(int token) {
    return token == -1 ? List.of() : List.of(token);
  }

  private static boolean extrasPresent(Sentence s, int k, StanceLexicon.Predicate p) {
    for (String w : p.extra()) {
      boolean present = false;
      for (int d : extraPlaces(s, k)) {
        if (Trees.lowerWord(s, d).equals(w) || Trees.lemma(s, d).equals(w)) {
          present = true;
        }
      }
      if (!present) {
        return false;
      }
    }
    return true;
  }

  /**
   * A guess, a condition, an estimate or a wish rather than a position held: "could back", "if they accept",
   * "must agree to", "demanded that they reject" (the rejection is demanded, not made).
   */
  private static boolean speculative(Sentence s, int k) {
    int clause = k;
    for (int guard = 0; guard < 3 && clause >= 0; guard++) {
      if ((Trees.hasAux(s, clause, HEDGES) && !Trees.negated(s, clause)) || Trees.hasAux(s, clause, DEONTIC)) {
        return true;
      }
      if (clause != k && Trees.lemma(s, clause).equals("have") && Trees.hasAux(s, clause, Set.of("would", "'d"))) {
        return true; // "to do it I would have to accept the term": a consequence, not a position
      }
      int head = s.head(clause);
      String via = s.relation(clause);
      if (head >= 0 && (via.equals("ccomp") || via.equals("xcomp")) && DIRECTIVES.contains(Trees.lemma(s, head))) {
        return true;
      }
      for (var d : s.children(clause)) {
        String w = Trees.lowerWord(s, d.dependent());
        if ((d.relation().equals("advmod") && ESTIMATES.contains(w))
            || (d.relation().equals("mark") && CONDITIONS.contains(w))) {
          return true;
        }
      }
      String rel = s.relation(clause);
      if (!(rel.equals("xcomp") || rel.equals("conj") || rel.startsWith("acl") || rel.equals("amod"))) {
        break;
      }
      clause = s.head(clause);
    }
    return false;
  }

  /** "instead of trying to fix it", "rather than back the plan": an act set aside, not done. */
  private static boolean instead(Sentence s, int k) {
    for (var d : s.children(k)) {
      String w = Trees.lowerWord(s, d.dependent());
      int next = d.dependent() + 1;
      String after = next < s.tokens().size() ? Trees.lowerWord(s, next) : "";
      if (d.dependent() < k && ((w.equals("instead") && after.equals("of")) || (w.equals("rather")
          && after.equals("than")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedAround(Sentence s, int k) {
    if (Trees.negated(s, k) || instead(s, k)) {
      return true;
    }
    int head = s.head(k);
    // "did not agree to", "failed to pass the bill", "refused to back the deal": the act is not done
    return head >= 0 && s.relation(k).equals("xcomp")
        && (Trees.negated(s, head) || NOT_DONE.contains(Trees.lemma(s, head)));
  }







  // --- holders ---




  /**
   * The actor holding a position: the one the holder token names, or the speaker of the quote the predicate
   * stands in when there is no holder token or it is "I"/"we". A country's position voiced by its own
   * representative in a quote is the speaker's; but where the holder token is the speaker's own mention ("the
   * spokesperson for the government condemned ..."), the body it speaks for holds the position.
   */
  private @Nullable String holder(Sentence s, int k, int holderToken) {
    int at = s.tokens().get(k).begin();
    String speaker = holders.speakerAt(at);
    if (holderToken == HolderTokens.NO_ONE) {
      return null;
    }
    if (holderToken < 0) {
      return speaker == null || othersSubject(s, k, speaker) ? null : speaker;
    }
    if (s.tokens().get(holderToken).isPos("VB")) {
      return speaker; // a clause the parse took for a subject ("saying it was ...") names no one
    }
    String id = holders.resolve(s, holderToken);
    if (id != null && (namesMeasure(actors.get(id)) || relativeName(actors.get(id)))) {
      return null;
    }
    ActorIndex.Entry named = actors.at(s.tokens().get(holderToken).begin());
    boolean speakerItself = named != null && named.id().equals(speaker);
    if (id != null && speaker != null && !id.equals(speaker) && !speakerItself) {
      ActorIndex.Entry e = actors.get(id);
      ActorIndex.Entry sp = actors.get(speaker);
      if (e != null && sp != null && e.kind() == ActorKind.COUNTRY && sp.kind() == ActorKind.PERSON
          && e.country() != null && e.country().equals(sp.country())) {
        return speaker;
      }
    }
    return id;
  }

  /**
   * Whether a predicate whose own subject the parse lost stands after the subject of someone other than the
   * speaker: "the city council [...] advocate for more towers", "residents, unhappy at the noise, rejected it"
   * in an interviewee's answer are not the interviewee's positions. A passive ("must be rejected") is the
   * speaker's judgement; "I", "we", "you" and empty subjects ("it", "there", "this") name no one else.
   */
  private boolean othersSubject(Sentence s, int k, String speaker) {
    if (Trees.passive(s, k)) {
      return false;
    }
    boolean verb = s.tokens().get(k).isPos("VB");
    for (int j = 0; j < k; j++) {
      String rel = s.relation(j);
      Token t = s.tokens().get(j);
      // a noun's holder ("concerns about ...") is another search's, unless the parse made the body the root
      boolean subject = (verb && (rel.equals("nsubj") || rel.equals("nsubj:pass")))
          || (rel.equals("root") && t.isPos("NN") && holders.mayHold(s, j));
      String w = Trees.lowerWord(s, j);
      ActorIndex.Entry named = actors.at(t.begin());
      boolean own = named != null && named.id().equals(speaker); // "the commission criticised it, recommending ..."
      if (subject && !own && (!Trees.isPronoun(t) || THIRD_PERSONS.contains(w)) && !EMPTY_SUBJECTS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "whose members", taken for an actor from a relative clause: it names no one by itself. */
  private static boolean relativeName(ActorIndex.Entry e) {
    return e != null && Set.of("whose", "which", "who", "whom", "that").contains(
        e.name().toLowerCase(Locale.ROOT).split("\\s+")[0]);
  }

  /** "the administration's decision", taken for an actor: a measure someone owns holds no position itself. */
  private boolean namesMeasure(ActorIndex.Entry e) {
    if (e == null) {
      return false;
    }
    String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
    String last = words[words.length - 1];
    return words.length > 1 && words[words.length - 2].endsWith("'s")
        && (lex.isMeasure(last) || SHELLS.contains(last) || POSITIONS.contains(last));
  }

  // --- issues ---

  /** The issues a target token names: conjuncts apart, pronouns and shell nouns resolved. */
  private List<Target> targets(Sentence s, int token, int holderToken) {
    List<Target> out = new ArrayList<>();
    Target first = target(s, token, holderToken);
    if (first == null) {
      return out;
    }
    out.add(first);
    Token t = s.tokens().get(token);
    int lacking = t.isPos("NN") ? negatedRelative(s, token) : -1;
    Target turned = lacking < 0 ? null : target(s, lacking, holderToken);
    if (turned != null && turned.negated()) {
      // "will not approve a budget that does not fund the wall": against the budget, and for funding the wall
      out.add(new Target(turned.issue(), turned.inner(), true, Math.min(t.begin(), turned.begin()),
          Math.max(t.end(), turned.end())));
    }
    if (t.isPos("NN") || t.isPos("PRP")) {
      boolean listed = Trees.child(s, token, "cc:preconj") >= 0; // "both X and Y", "either X or Y"
      for (int c : Trees.children(s, token, "conj")) {
        Token ct = s.tokens().get(c);
        boolean separate = ct.isPos("NNP") || Trees.child(s, c, "det") >= 0 || actors.at(ct.begin()) != null
            || listed || modified(s, token) && modified(s, c); // "coal mining, offshore drilling and nuclear power"
        if (separate && (ct.isPos("NN") || ct.isPos("PRP"))) {
          Target more = target(s, c, holderToken);
          if (more != null) {
            out.add(more);
          }
        }
      }
    }
    return out;
  }

  /** Whether a noun has a modifier of its own that makes it a phrase ("nuclear power", "gun rights"). */
  private static boolean modified(Sentence s, int noun) {
    return Trees.child(s, noun, "amod", "compound") >= 0;
  }

  private @Nullable Target target(Sentence s, int token, int holderToken) {
    Token t = s.tokens().get(token);
    if (t.isPos("DT") && !Trees.isPronoun(t)) {
      int noun = Trees.child(s, token, "amod", "compound", "nmod");
      if (noun < 0) {
        return null;
      }
      token = noun; // a parse that made "the" the object: "called the stabbing ..."
      t = s.tokens().get(token);
    }
    String word = t.word().toLowerCase(Locale.ROOT);
    if (EVERYONE.contains(word)) {
      return null; // "welcomed everyone": no issue
    }
    if (Trees.isPronoun(t) && !SPEECH_PRONOUNS.contains(word)) {
      if (t.isPos("WDT") || t.isPos("WP")) {
        int verb = s.head(token);
        if (verb >= 0 && s.relation(verb).startsWith("acl") && s.head(verb) >= 0
            && !TIMES.contains(Trees.lemma(s, s.head(verb)))) {
          return target(s, s.head(verb), holderToken); // "a plan that drew ...": the plan; not "the day that"
        }
        return null;
      }
      int from = sentences.get(Math.max(0, s.index() - 2)).begin();
      Issue prior = book.antecedent(t.begin(), from);
      return prior == null ? null : new Target(prior, null, false, t.begin(), t.end());
    }
    ActorIndex.Entry actor = actors.at(t.begin());
    if (t.isPos("PRP") && SPEECH_PRONOUNS.contains(word)) {
      String id = holders.resolve(s, token);
      actor = id == null ? null : actors.get(id);
    }
    if (actor != null && (t.isPos("NNP") || t.isPos("PRP") || coversHead(actor, t))) {
      Issue i = book.ofActor(actor.id(), actor.name());
      int[] m = mentionAround(actor, t);
      book.named(m[0], m[1], i);
      return new Target(i, null, false, m[0], m[1]);
    }
    if (t.isPos("NN") && TRANSPARENT.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      int det = Trees.exactChild(s, token, "det");
      boolean none = det >= 0 && Trees.lowerWord(s, det).equals("no"); // "saw no need for talks"
      for (String p : List.of("for", "of", "on", "about", "to")) {
        int inner = p.equals("to") ? nounToClause(s, token) : Slots.prepositional(s, token, p);
        if (inner >= 0) {
          Target tg = target(s, inner, holderToken);
          return tg == null ? null : new Target(tg.issue(), tg.inner(), tg.negated() != none, t.begin(), tg.end());
        }
      }
    }
    if (t.isPos("NN") && SHELLS.contains(t.lemma().toLowerCase(Locale.ROOT)) && shell(s, token)) {
      Found prior = lastStanceBefore(s, token);
      if (prior != null) {
        return new Target(prior.issue(), prior.polarity(), false, t.begin(), t.end());
      }
    }
    int undoneOf = t.isPos("NN") && lex.isReversal(t.lemma()) ? Slots.prepositional(s, token, "of") : -1;
    if (undoneOf >= 0 && !Trees.isPronoun(s.tokens().get(undoneOf))) {
      // "disappointed by the failure of the bill": a position on the bill, turned
      Target undone = target(s, undoneOf, holderToken);
      return undone == null ? null : new Target(undone.issue(), undone.inner(), !undone.negated(),
          Math.min(t.begin(), undone.begin()), Math.max(t.end(), undone.end()));
    }
    if (undoneOf < 0 && t.isPos("NN") && lex.isReversal(t.lemma()) && anaphoric(s, token)) {
      // "unhappy about the rejection": of what was named just before, turned
      Issue prior = book.antecedent(t.begin(), sentences.get(Math.max(0, s.index() - 4)).begin());
      if (prior != null) {
        return new Target(prior, null, true, t.begin(), t.end());
      }
    }
    if (t.isPos("VB") && lex.isReversal(t.lemma())) {
      int object = Trees.child(s, token, "obj", "nsubj:pass");
      if (object >= 0 && !Trees.isPronoun(s.tokens().get(object))) {
        // "sought to overturn the results": a position on the results, turned
        Target undone = target(s, object, holderToken);
        boolean negated = !Trees.negated(s, token);
        return undone == null ? null : new Target(undone.issue(), undone.inner(), negated != undone.negated(),
            Math.min(t.begin(), undone.begin()), Math.max(t.end(), undone.end()));
      }
    }
    int entitled = t.isPos("NN") && ENTITLEMENTS.contains(t.lemma().toLowerCase(Locale.ROOT))
        ? nounToClause(s, token) : -1;
    if (entitled > token) {
      // "the right to repair", "the freedom to travel": the noun with what it entitles to, up to six words on
      IssuePhrase n = IssuePhrase.noun(s, token, text);
      List<Integer> own = new ArrayList<>(Trees.subtree(s, entitled));
      for (int c : Trees.children(s, entitled, "conj", "cc")) {
        own.removeAll(Trees.subtree(s, c)); // "the right to repair and anything that ...": not the rest
      }
      int last = entitled;
      while (last < entitled + 4 && own.contains(last + 1) && !s.tokens().get(last + 1).isPos(",")) {
        last++;
      }
      int from = s.tokens().get(entitled - 1).isPos("TO") ? entitled - 1 : entitled;
      String label = n.label() + " " + text.substring(s.tokens().get(from).begin(), s.tokens().get(last).end());
      IssuePhrase p = new IssuePhrase(label, n.core(), n.begin(), s.tokens().get(last).end(), false);
      Issue i = book.of(p);
      book.named(p.begin(), p.end(), i);
      return new Target(i, null, false, Math.min(t.begin(), p.begin()), p.end());
    }
    boolean clause = t.isPos("VB") && !(t.isPos("VBG") && NOMINAL.matcher(s.relation(token)).matches()
        && Trees.child(s, token, "obj", "advmod", "aux", "nsubj", "xcomp", "ccomp") < 0);
    IssuePhrase p = clause ? IssuePhrase.clause(s, token, holderToken, text) : IssuePhrase.noun(s, token, text);
    if (p.label().isBlank() || p.label().length() < 2 || (clause && !p.label().contains(" "))) {
      return null; // "urged them to consider": no issue named
    }
    Issue i = book.of(p);
    book.named(p.begin(), p.end(), i);
    return new Target(i, null, p.negated(), Math.min(t.begin(), p.begin()), Math.max(t.end(), p.end()));
  }

  /**
   * The to-clause of a noun ("the need to act"), on the noun or on the verb the noun is the object of ("felt the
   * need to act", parsed with the clause on "felt"); or -1.
   */
  private static int nounToClause(Sentence s, int noun) {
    for (int c : Trees.children(s, noun, "acl")) {
      if (s.tokens().get(c).isPos("VB") && Slots.hasMarkTo(s, c)) {
        return c;
      }
    }
    int head = s.head(noun);
    if (head < 0 || !s.relation(noun).equals("obj")) {
      return -1;
    }
    for (int c : Trees.children(s, head, "xcomp", "advcl")) {
      if (c > noun && s.tokens().get(c).isPos("VB") && Slots.hasMarkTo(s, c)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The verb of a negated relative clause that says what a noun lacks ("a deal that does not include X", "a bill
   * which did not fund X"), with an object of its own; or -1.
   */
  private static int negatedRelative(Sentence s, int noun) {
    for (int v : Trees.children(s, noun, "acl:relcl")) {
      int subject = Trees.exactChild(s, v, "nsubj");
      Token who = subject < 0 ? null : s.tokens().get(subject);
      boolean relative = who != null && (who.isPos("WDT") || who.isPos("WP"));
      if (relative && s.tokens().get(v).isPos("VB") && Trees.negated(s, v) && Trees.exactChild(s, v, "obj") >= 0) {
        return v;
      }
    }
    return -1;
  }

  /** The span of the actor's mention that covers the token ("the new leader"), or the token's. */
  private static int[] mentionAround(ActorIndex.Entry actor, Token t) {
    for (var m : actor.mentions()) {
      if (m.begin() <= t.begin() && t.end() <= m.end()) {
        return new int[] {m.begin(), m.end()};
      }
    }
    return new int[] {t.begin(), t.end()};
  }

  private static boolean coversHead(ActorIndex.Entry actor, Token t) {
    for (var m : actor.mentions()) {
      if (m.begin() <= t.begin() && t.end() <= m.end() && m.end() - t.end() <= 1) {
        return true;
      }
    }
    return false;
  }

  /** "the rejection", "this failure": a definite noun with nothing of its own that says what it is about. */
  private static boolean anaphoric(Sentence s, int token) {
    int det = Trees.exactChild(s, token, "det");
    if (det < 0 || !Set.of("the", "this", "that").contains(Trees.lowerWord(s, det))) {
      return false;
    }
    return Trees.children(s, token, "nmod", "nmod:poss", "acl", "acl:relcl", "compound", "amod").isEmpty();
  }

  /** A shell noun says nothing by itself: no possessor, no "of"/"to" phrase of its own. */
  private static boolean shell(Sentence s, int token) {
    for (var d : s.children(token)) {
      String r = d.relation();
      if (r.equals("nmod:poss") || (r.startsWith("nmod") && !Trees.caseOf(s, d.dependent()).equals("by"))
          || r.equals("compound") || (r.equals("acl") && Slots.hasMarkTo(s, d.dependent()))) {
        return false;
      }
    }
    return true;
  }

  private @Nullable Found lastStanceBefore(Sentence s, int token) {
    Found best = null;
    for (Found f : found) {
      if (f.sentence() == s.index() && f.token() < token) {
        best = f;
      }
    }
    return best;
  }

  // --- evaluations and obligations in quoted or reported speech ---

  /** "the decree is unlawful", "the vote was rigged": the speaker (or the judging subject) opposes it. */
  private void evaluation(Sentence s, int k) {
    Token t = s.tokens().get(k);
    Polarity judged = lex.evaluation(t);
    if (t.isPos("NN") && judged == null) {
      for (int a : Trees.children(s, k, "amod")) {
        judged = judged == null ? lex.evaluation(s.tokens().get(a)) : judged;
      }
    }
    boolean copular = Trees.child(s, k, "cop") >= 0;
    boolean passive = t.isPos("VBN") && Trees.child(s, k, "nsubj:pass") >= 0;
    int head = s.head(k);
    boolean linked = t.isPos("NN") && head >= 0 && s.relation(k).equals("obj")
        && LINKING.contains(Trees.lemma(s, head));
    int clause = linked ? head : k; // "the closure marked a sad day": the clause is the verb's
    if (judged == null || !(copular || passive || linked) || s.relation(clause).equals("conj")
        || speculative(s, clause)) {
      return;
    }
    int subject = Trees.child(s, clause, "nsubj", "csubj");
    if (subject < 0) {
      return;
    }
    Token st = s.tokens().get(subject);
    if (st.isPos("PRP") && Set.of("i", "we", "you").contains(st.word().toLowerCase(Locale.ROOT))) {
      return;
    }
    // the judge named in the words themselves comes first: 'she said: "the court says the curfew is unlawful"'
    int judge = judgingVerb(s, clause);
    String holder = judge < 0 ? null : holder(s, judge, holderTokens.holderToken(s, judge, 0));
    if (holder == null) {
      holder = holders.speakerAt(t.begin());
    }
    int judgedSubject = subject;
    // "groups claiming the vote was rigged", parsed with the groups as the subject of "rigged": the groups judge the
    // vote (whether or not their claim was found as reported speech)
    for (int c : Trees.children(s, subject, "acl")) {
      int object = Trees.exactChild(s, c, "obj");
      if (JUDGING.contains(Trees.lemma(s, c)) && object > c && object < clause) {
        holder = holder == null ? holders.resolve(s, subject) : holder;
        judgedSubject = object;
      }
    }
    if (holder == null) {
      return;
    }
    Polarity pol = Trees.negated(s, clause) ? judged.negated() : judged;
    Target tg = subjectTarget(s, clause, judgedSubject);
    if (tg == null || pol == null) {
      return;
    }
    int b = Math.min(tg.begin(), t.begin());
    int e = Math.max(tg.end(), t.end());
    add(s, k, holder, tg.issue(), pol, b, e);
    String quoting = holders.directSpeakerAt(t.begin());
    if (quoting != null && !quoting.equals(holder) && judge >= 0) {
      add(s, k, quoting, tg.issue(), pol, b, e); // 'she said: "the court says it is unlawful"': hers as well
    }
  }

  /** The issue a judged subject names; "it" with a to-clause is the clause ("it is wrong for X to ..."). */
  private @Nullable Target subjectTarget(Sentence s, int k, int subject) {
    return target(s, Trees.lowerWord(s, subject).equals("it") ? Slots.toClause(s, k, subject) : subject, -1);
  }


  /** The verb of saying or judging a reported clause hangs on, or -1. */
  private static int judgingVerb(Sentence s, int k) {
    int clause = k;
    for (int guard = 0; guard < 4 && clause >= 0; guard++) {
      String rel = s.relation(clause);
      int head = s.head(clause);
      if (head < 0 || !(rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("parataxis") || rel.equals("dep"))) {
        return -1;
      }
      if (JUDGING.contains(Trees.lemma(s, head))) {
        return head;
      }
      clause = head;
    }
    return -1;
  }

  /** "parliament must be recalled", "no deal should be signed without them", said by a speaker. */
  private void obligation(Sentence s, int k) {
    Token t = s.tokens().get(k);
    int need = needed(s, k);
    if (!t.isPos("VB") || !(Trees.hasAux(s, k, DEONTIC) || need >= 0)
        || MINDING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return; // "people must know", "voters should consider it": a call to mind, not a course of action
    }
    String holder = holders.speakerAt(t.begin());
    if (holder == null) {
      return;
    }
    if (underCondition(s, k)) {
      return; // "if someone argues we should give them that power": no call of the speaker's
    }
    if (relative(s, k)) {
      return; // "masks that we must keep for the wards": what the noun is for, no call to act
    }
    int subject = Trees.child(s, need >= 0 ? need : k, "nsubj", "nsubj:pass");
    boolean negated = Trees.negated(s, k) || (subject >= 0 && Trees.negated(s, subject));
    int thinking = s.head(k);
    if (thinking >= 0 && (s.relation(k).equals("ccomp") || s.relation(k).equals("dep"))
        && NEG_RAISING.contains(Trees.lemma(s, thinking)) && Trees.negated(s, thinking)) {
      negated = !negated; // "I don't think users should be stopped from copying": they should not be
      int object = Trees.exactChild(s, thinking, "obj");
      subject = subject < 0 && object >= 0 && object < k ? object : subject; // the parse made the subject its object
    }
    if (subject >= 0 && (Trees.isPronoun(s.tokens().get(subject)) || EVERYONE.contains(Trees.lowerWord(s, subject)))
        && !s.tokens().get(subject).word().equalsIgnoreCase("we")) {
      return;
    }
    IssuePhrase p = IssuePhrase.clause(s, k, -1, text);
    if (subject >= 0 && Trees.passive(s, k) && !p.label().contains(" ")) {
      IssuePhrase who = IssuePhrase.noun(s, subject, text); // "Airbnb needs to be regulated": regulating Airbnb
      p = new IssuePhrase(p.label() + " " + who.label(), p.core(), Math.min(p.begin(), who.begin()),
          Math.max(p.end(), who.end()), p.negated());
    }
    if (p.label().split("\\s+").length < 2) {
      return;
    }
    Issue i = book.of(p);
    book.named(p.begin(), p.end(), i);
    int first = subject;
    for (int c : subject >= 0 ? Trees.subtree(s, subject) : List.<Integer>of()) {
      first = Math.min(first, c); // "no deal should be signed": the "no" is part of the evidence
    }
    int b = Math.min(p.begin(), first >= 0 ? s.tokens().get(first).begin() : p.begin());
    add(s, k, holder, i, negated ? Polarity.OPPOSE : Polarity.SUPPORT, b, Math.max(p.end(), t.end()));
  }

  /**
   * The verb heads a relative clause: so parsed, or hung on a noun and opened by a relative pronoun the parser left
   * loose before it ("masks that we must keep", with "that" tagged WDT and hung as dep).
   */
  private static boolean relative(Sentence s, int k) {
    if (s.relation(k).equals("acl:relcl")) {
      return true;
    }
    int head = s.head(k);
    if (head < 0 || !s.tokens().get(head).pos().startsWith("NN")) {
      return false; // "we have said for years that priests should ...": a clause of a verb, even with "that" as WDT
    }
    for (int c : Trees.children(s, k, "dep", "obj")) {
      if (c < k && s.tokens().get(c).isPos("WDT")) {
        return true;
      }
    }
    return false;
  }

  /** A clause under an "if", "unless" or "whether", up to four clauses up. */
  private static boolean underCondition(Sentence s, int k) {
    int clause = k;
    for (int guard = 0; guard < 4 && clause >= 0; guard++) {
      for (int m : Trees.children(s, clause, "mark")) {
        if (CONDITIONS.contains(Trees.lowerWord(s, m))) {
          return true;
        }
      }
      clause = s.head(clause);
    }
    return false;
  }

  /**
   * The "need" a to-clause completes, said as a call ("the market needs to be regulated", "we need to act"),
   * or -1; "does not need to" calls for nothing.
   */
  private static int needed(Sentence s, int k) {
    int head = s.head(k);
    boolean need = head >= 0 && s.relation(k).equals("xcomp") && Trees.lemma(s, head).equals("need")
        && s.tokens().get(head).isPos("VB") && !s.tokens().get(head).isPos("VBN") && Slots.hasMarkTo(s, k)
        && !Trees.negated(s, head)
        && !speculative(s, head);
    return need ? head : -1;
  }

  // --- output ---

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean oddQuotes(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += isQuoteMark(s.charAt(i)) ? 1 : 0;
    }
    return n % 2 == 1;
  }

  private void add(Sentence s, int token, String holder, Issue issue, Polarity polarity, int begin, int end) {
    ActorIndex.Entry e = actors.get(holder);
    if (e != null && issue.label().equalsIgnoreCase(e.name())) {
      return; // no one takes a position on themselves
    }
    int b = Math.max(begin, s.begin());
    int en = Math.min(end, s.end());
    String strip = " \t\n,;:-\u2013\u2014\"\u201c\u201d'\u2018\u2019";
    while (b < en && strip.indexOf(text.charAt(b)) >= 0) {
      b++;
    }
    while (en > b && (strip.indexOf(text.charAt(en - 1)) >= 0 || text.charAt(en - 1) == '.')) {
      en--;
    }
    if (oddQuotes(text.substring(b, en))) {
      // 'the envoy "is not credible': take the closing mark along, or leave the opening one out
      if (en < s.end() && isQuoteMark(text.charAt(en))) {
        en++;
      } else if (b > s.begin() && isQuoteMark(text.charAt(b - 1))) {
        b--;
      }
    }
    Stance st = new Stance(holder, issue.id(), polarity.wire(), dates.date(s, token), b, en, text.substring(b, en));
    found.add(new Found(st, s.index(), token, issue, polarity));
  }
}
