package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Codes the events of one sentence from its dependency tree: each predicate of the lexicon with its source (subject,
 * passive agent, the subject it shares with the verb it depends on, a noun's owner or the light verb's subject)
 * and target (object, prepositional argument, owner of the object), its mode, and the statements it implies (an
 * intention, a refusal, an ultimatum). Reported demands ("X said Y must ...") are coded as REQUEST.
 */
final class SentenceCoder {
  private final Predicates lexicon;
  private final EventTypes types;
  private final ModeWords words;
  private final Participants who;
  private final Modes modes;
  private final Memory memory;
  private final Arguments args;
  private final Wrongdoing wrongdoing = Wrongdoing.get();

  /**
   * What earlier sentences said, for "a one-on-one meeting" whose partner was named before, for clashes that break
   * out at a protest just told of and for a claim of responsibility that names no attack.
   */
  static final class Memory {
    /** How many sentences after a protest clashes with no one named are still the protesters'. */
    private static final int CROWD_SENTENCES = 1;
    /** How many sentences after an attack a claim of responsibility naming no deed still claims it. */
    private static final int ATTACK_SENTENCES = 2;

    private final List<List<Ref>> meetings = new ArrayList<>();
    private List<Ref> crowd = List.of();
    private int crowdSentence = -1;
    private @Nullable Found attack;
    private int attackSentence = -1;

    /** An attack with a target coded in this sentence, whether or not its attacker is known. */
    void attack(Found f, int sentence) {
      attack = f;
      attackSentence = sentence;
    }

    /** The last attack with a target, if it was told of in this sentence or the two before; else null. */
    @Nullable Found attack(int sentence) {
      return attackSentence >= 0 && sentence - attackSentence <= ATTACK_SENTENCES ? attack : null;
    }

    /** The protesters of a protest coded in this sentence. */
    void protest(List<Ref> protesters, int sentence) {
      crowd = List.copyOf(protesters);
      crowdSentence = sentence;
    }

    /** The protesters of the last protest, if it was told of in this sentence or the one before; else empty. */
    List<Ref> crowd(int sentence) {
      boolean recent = crowdSentence >= 0 && sentence - crowdSentence <= CROWD_SENTENCES;
      return recent ? crowd : List.of();
    }

    void meeting(List<Ref> participants) {
      if (participants.size() == 2) {
        meetings.add(List.copyOf(participants));
      }
    }

    /** The last partner named with this participant in a two-party meeting, or null. */
    @Nullable Ref partnerOf(Ref r) {
      for (int k = meetings.size() - 1; k >= 0; k--) {
        List<Ref> m = meetings.get(k);
        if (m.get(0).key().equals(r.key())) {
          return m.get(1);
        }
        if (m.get(1).key().equals(r.key())) {
          return m.get(0);
        }
      }
      return null;
    }
  }

  SentenceCoder(Predicates lexicon, EventTypes types, ModeWords words, Participants who, Modes modes,
      Memory memory) {
    this.lexicon = lexicon;
    this.types = types;
    this.words = words;
    this.who = who;
    this.modes = modes;
    this.memory = memory;
    this.args = new Arguments(lexicon, words, who, modes);
  }

  List<Found> code(Sentence s) {
    Rows rows = new Rows(lexicon, s);
    Set<Integer> consumed = consumed(s, rows);
    Map<Integer, Found> found = new LinkedHashMap<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!consumed.contains(i) && !rows.of(i).isEmpty() && !(Trees.isNoun(s, i) && who.insideName(s, i))) {
        Found f = codeToken(s, rows, i);
        if (f != null && !f.mode.is(Mode.HEDGED)) {
          found.put(i, f);
        }
      }
    }
    linkComplements(s, rows, found);
    for (Found f : found.values()) {
      if (f.target.isEmpty() && f.type.equals("THREATEN")) {
        f.target = Ref.without(args.conditioned(s, rows, f), f.source);
      }
      if (f.target.isEmpty() && types.placeIsTarget(f.type)) {
        f.target = Ref.without(args.place(s, f), f.source);
      }
      if (f.target.isEmpty() && !f.type.equals("CONSULT")) { // "met to discuss X's nomination" does not meet X
        f.target = new ArrayList<>(args.insideObject(s, f, f.source));
        if (f.entry != null && f.entry.has("captive")) {
          f.target.removeIf(r -> !captive(s, r)); // "released a new lineup of Zephyr Air laptops" frees no one
        }
      }
      if (f.source.isEmpty() && f.type.equals("PROTEST") && Trees.isNoun(s, f.trigger)) {
        f.source = crowd(s, f);
      }
    }
    linkPurposes(s, found);
    List<Found> out = new ArrayList<>();
    for (Found f : found.values()) {
      if (f.source.isEmpty() && Trees.isNoun(s, f.trigger) && f.type.equals("ASSAULT") && f.entry != null
          && f.entry.has("sym")) {
        // "the rally was peaceful, but clashes with police broke out": the protesters clashed
        f.source = Ref.without(memory.crowd(s.index()), f.target);
      }
      if (keep(f)) {
        if (f.type.equals("PROTEST") && !f.source.isEmpty()) {
          memory.protest(f.source, s.index());
        }
        out.add(f);
        statements(s, rows, f, out);
        if (f.type.equals("CONSULT")) {
          List<Ref> all = new ArrayList<>(f.source);
          all.addAll(f.target);
          memory.meeting(all);
        }
      }
    }
    for (Found f : found.values()) {
      if (f.type.equals("ASSAULT") && !f.target.isEmpty()) {
        memory.attack(f, s.index());
      }
    }
    claims(s, rows, out);
    demands(s, rows, out);
    accusations(s, rows, out);
    labelsSaid(s, rows, out);
    return out;
  }

  /**
   * Protests no one is named for ("anti-government protests continued in Lima", "weeks of protests in Hong Kong"):
   * the protesters of the country they take place in, or whose town they take place in, which is also their target;
   * none without such a place.
   */
  private List<Ref> crowd(Sentence s, Found f) {
    List<Ref> place = f.target;
    int g = s.head(f.trigger);
    if (place.isEmpty() && s.relation(f.trigger).startsWith("nsubj") && g >= 0) {
      Found clause = new Found(g, null, f.type, f.cameo); // "protests continue in Baghdad"
      place = args.place(s, clause);
    }
    if (place.size() != 1 || place.get(0).kind() != ActorKind.COUNTRY) {
      place = List.of();
      for (int c : Trees.withCase(s, f.trigger, "in")) { // "protests in Surabaya", "in the capital, San Juan"
        Ref country = who.countryOfTown(s, c);
        place = country == null ? place : List.of(country);
      }
    }
    if (place.size() != 1 || place.get(0).kind() != ActorKind.COUNTRY) {
      return new ArrayList<>();
    }
    f.target = place;
    Token w = s.tokens().get(f.trigger);
    Mention m = new Mention(w.begin(), w.end(), w.word());
    return new ArrayList<>(List.of(new Ref(null, "protesters in " + place.get(0).name(), ActorKind.GROUP, null, m,
        f.trigger)));
  }

  private boolean keep(Found f) {
    if (f.source.isEmpty()) {
      return f.agentless && !f.target.isEmpty();
    }
    Predicates.Entry e = f.entry;
    boolean need = e != null && e.has("need") || !(e != null && e.has("opt")) && types.needsTarget(f.type);
    boolean among = e != null && e.has("sym") && f.source.size() == 1 && f.source.get(0).name().contains(" and ");
    return !need || !f.target.isEmpty() || among || f.credited; // "U.S. and Russian negotiators held talks"
  }

  /**
   * Objects that a reversal or an object-specific row already codes ("lifted the ban": no SANCTION for "ban"); not
   * the deed a row credits someone with, which is coded in its own right ("an ambush attributed to X").
   */
  private Set<Integer> consumed(Sentence s, Rows rows) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      List<Predicates.Entry> list = rows.of(i);
      if (list.isEmpty()) {
        continue;
      }
      Predicates.Entry first = list.get(0);
      if (first.has("reverse") || first.condition() == Predicates.Condition.OBJECT && !first.has("credits")) {
        int o = Trees.isVerb(s, i) ? Trees.object(s, i) : Trees.ofChild(s, i);
        if (o >= 0) {
          out.add(o);
          out.addAll(Trees.withCase(s, o, "of"));
          int e = eventObject(s, rows, o);
          if (e >= 0) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  /**
   * The event noun an object names: the object itself, or through "part of", "a state of", or as the modifier of a
   * plain noun ("a military aid program"); -1 if none.
   */
  private int eventObject(Sentence s, Rows rows, int o) {
    List<Integer> candidates = new ArrayList<>();
    candidates.add(o);
    candidates.addAll(Trees.withCase(s, o, "of"));
    for (int k = 0, n = candidates.size(); k < n; k++) {
      candidates.addAll(Trees.children(s, candidates.get(k), "compound"));
    }
    for (int c : candidates) {
      if (rows.eventNoun(c) != null) {
        return c;
      }
    }
    return -1;
  }

  private @Nullable Found codeToken(Sentence s, Rows rows, int i) {
    List<Predicates.Entry> list = rows.of(i);
    if (rows.has(i, "label")) {
      Found f = label(s, rows, i);
      if (f != null) {
        return f;
      }
      for (int x : Trees.children(s, i, "xcomp")) {
        if (!Trees.isVerb(s, x)) {
          return null; // "called the death a senseless killing": a label the lexicon has no type for, not a phone call
        }
      }
    }
    Predicates.Entry first = list.get(0);
    if (!first.isEvent() && first.flags().isEmpty()) {
      return null; // a row that says this is no event ("a media offensive")
    }
    if (first.has("reverse")) {
      Found f = reverse(s, rows, i);
      if (f != null || !first.isEvent()) {
        return f;
      }
    }
    for (Predicates.Entry e : list) {
      if (e.form() == Predicates.Form.L || e.has("xcomp") && Trees.child(s, i, "xcomp") < 0
          || e.has("active") && Trees.isVerb(s, i) && Trees.passive(s, i)
          || e.has("comp") && Trees.isVerb(s, i) && !hasComplement(s, i)
          || e.has("bare") && Trees.isVerb(s, i) && showsSomething(s, i)
          || e.has("direct") && Trees.isVerb(s, i) && Trees.object(s, i) < 0 && Trees.child(s, i, "xcomp") < 0) {
        continue; // "users were left without access": the row is for the active voice only
      }
      if (!e.isEvent()) {
        if (e.has("xcomp")) {
          return null; // a role row for the verb with an infinitive: "helped arrange a meeting" is no aid
        }
        continue;
      }
      if (e.has("light") && namesAnotherEvent(s, rows, i, e)) {
        return null; // "granted X a pardon", "ordered an airstrike": the noun codes the event, not the light verb
      }
      return event(s, rows, i, e);
    }
    return null;
  }

  /**
   * Whether a verb says what it commits to: an object, a clause or infinitive, or a prepositional argument other than
   * a personal pronoun ("agreed on a truce", "swore to fight"); not "people agree", "I agreed, saying ...", "I swear to
   * you".
   */
  private static boolean hasComplement(Sentence s, int i) {
    if (Trees.object(s, i) >= 0 || Trees.child(s, i, "ccomp", "xcomp", "csubj") >= 0) {
      return true;
    }
    for (Dependency d : s.children(i)) {
      if (Trees.isArgument(d.relation()) && !d.relation().startsWith("obl:tmod")
          && !(s.tokens().get(d.dependent()).isPos("PRP") && !Trees.lowerWord(s, d.dependent()).equals("it"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb has an object or a clause: "demonstrated its new phone", "demonstrates that it acted lawfully". */
  private static boolean showsSomething(Sentence s, int i) {
    return Trees.object(s, i) >= 0 || Trees.child(s, i, "ccomp") >= 0;
  }

  /** Whether the verb's object is an event noun of another type than the verb's own row ("hosted talks" is not). */
  private boolean namesAnotherEvent(Sentence s, Rows rows, int i, Predicates.Entry e) {
    int o = Trees.isVerb(s, i) ? Trees.object(s, i) : -1;
    int n = o < 0 ? -1 : eventObject(s, rows, o);
    return n >= 0 && !rows.eventNoun(n).type().equals(e.type());
  }

  private Found event(Sentence s, Rows rows, int i, Predicates.Entry e) {
    Found f = new Found(i, e, e.type(), e.cameo());
    f.mode = modes.of(s, rows, i);
    f.source = args.sources(s, rows, i, e);
    int at = rows.standIn(s, i);
    if (f.source.isEmpty() && at != i) {
      f.source = args.sources(s, rows, at, e);
    }
    f.credited = Trees.isNoun(s, i) && !args.credited(s, rows, i).isEmpty();
    f.target = args.targets(s, i, e.target(), f.source);
    if (f.target.isEmpty() && at != i) {
      f.target = args.targets(s, at, e.target(), f.source);
    }
    if (f.target.isEmpty() && Trees.isNoun(s, i) && !args.agent(s, i).isEmpty()) {
      f.target = Ref.without(who.resolve(s, Trees.child(s, i, "nmod:poss")), f.source); // "Haddad's arrest by X"
    }
    if (Trees.isVerb(s, i) && Trees.passive(s, i)) {
      f.target.addAll(Ref.without(gapped(s, i), f.source));
    }
    if (e.has("receives") && Trees.isVerb(s, i)) {
      received(s, i, f);
    }
    // "the fire service was called", "we were called": a consultation names who took part, never only who was called
    f.agentless = f.source.isEmpty() && Trees.isVerb(s, i) && Trees.passive(s, i) && at == i
        && !f.type.equals("CONSULT");
    if (f.agentless && !f.type.equals("ASSAULT")) {
      // "... arrested twelve. Four more were arrested"; not violence: another killing may well have another killer
      f.source = Ref.without(who.earlierDoer(s, i), f.target);
      if (f.source.isEmpty()) {
        f.source = Ref.without(announcer(s, i), f.target); // "X is to be allowed to bid, the ministry announced"
      }
      f.agentless = f.source.isEmpty();
    }
    if (f.target.isEmpty() && Trees.isNoun(s, i)) {
      f.target = Ref.without(args.sufferer(s, at), f.source);
    }
    if (f.target.isEmpty() && Trees.isNoun(s, i) && f.type.equals("ASSAULT")) {
      f.target = Ref.without(args.dead(s, rows, at), f.source); // "three soldiers died in the ambush"
    }
    if (f.target.isEmpty() && Trees.isNoun(s, i) && args.instrumentOf(s, rows, i) >= 0) {
      // "civilians were killed in a bombing"
      f.target = Ref.without(who.resolve(s, Trees.object(s, s.head(i))), f.source);
    }
    if (Trees.isNoun(s, i) && "at".equals(Trees.caseWord(s, i))) { // "suspended parliament at the request of X"
      for (int c : Trees.withCase(s, i, "of")) {
        f.source = f.source.isEmpty() ? who.resolve(s, c) : f.source;
      }
      f.target = f.target.isEmpty() ? Ref.without(who.resolve(s, doer(s, rows, i)), f.source) : f.target;
    }
    int host = rows.host(s, i);
    if (f.target.isEmpty() && host != i && !rows.of(host).isEmpty()) {
      f.target = args.targets(s, host, rows.of(host).get(0).target(), f.source); // "gave the Ivory Coast ... aid"
    }
    if (f.target.isEmpty() && f.type.equals("REJECT")) {
      f.target = Ref.without(declined(s, rows, i), f.source);
    }
    args.between(s, i, f);
    if (at != i) {
      args.between(s, at, f);
    }
    if (e.has("sym") && f.target.isEmpty() && f.source.size() >= 2) {
      f.target = new ArrayList<>(f.source.subList(1, f.source.size()));
      f.source = new ArrayList<>(f.source.subList(0, 1));
    }
    if (e.joint() != null && (f.source.size() >= 2 || hasModifier(s, i, "joint")
        || f.source.stream().anyMatch(r -> r.name().contains(" and ")))) {
      f.type = e.joint().type();
      f.cameo = e.joint().cameo();
    }
    if (e.has("verbal") && !f.source.isEmpty() && !f.target.isEmpty() && allPersons(f.source)
        && allPersons(f.target)) {
      f.type = "ACCUSE";
      f.cameo = "111";
    }
    if (Trees.isNoun(s, i) && f.type.equals("CONSULT") && f.target.isEmpty() && bilateral(s, i)
        && f.source.size() == 1) {
      Ref partner = memory.partnerOf(f.source.get(0));
      if (partner != null) {
        f.target.add(new Ref(partner.id(), partner.name(), partner.kind(), partner.iso3(), null, -1));
      }
    }
    if (f.source.isEmpty() && e.has("police") && !f.target.isEmpty() && (f.agentless || Trees.isNoun(s, i))) {
      f.source = unnamed(s, i, "police", ActorKind.GROUP); // "twenty people were arrested", "the arrest of the attacker"
      f.agentless = false;
    }
    if (f.source.isEmpty() && e.has("court") && !f.target.isEmpty() && f.agentless) {
      f.source = unnamed(s, i, "court", ActorKind.ORGANIZATION); // "a former mayor was convicted of fraud"
      f.agentless = false;
    }
    if (e.has("captive")) {
      f.target.removeIf(r -> !captive(s, r)); // "the album will be released in May" frees no one
    }
    span(s, rows, f);
    return f;
  }

  /**
   * The body that announces an agentless passive as its own act: the organisation or country subject of a verb of
   * announcing the passive is the clause of, or that hangs on it ("Vanta is to be allowed to bid again, the ministry
   * has announced"); empty if none, or if the one who tells of it is a person or a group ("..., a witness said").
   */
  private List<Ref> announcer(Sentence s, int v) {
    List<Integer> verbs = new ArrayList<>(Trees.children(s, v, "parataxis"));
    String rel = s.relation(v);
    if (s.head(v) >= 0 && (rel.equals("ccomp") || rel.equals("advcl") || rel.equals("parataxis"))) {
      verbs.add(s.head(v));
    }
    for (int r : verbs) {
      if (!Trees.isVerb(s, r) || !words.is(s.tokens().get(r).lemma(), "announce")) {
        continue;
      }
      List<Ref> body = who.resolve(s, Trees.exactChild(s, r, "nsubj"));
      if (!body.isEmpty() && body.stream().allMatch(b -> b.kind() == ActorKind.ORGANIZATION
          || b.kind() == ActorKind.COUNTRY)) {
        return body;
      }
    }
    return List.of();
  }

  /**
   * Whom a refusal turns down when its infinitive is no event of its own: the one named by, or owning, what it declined
   * to take up ("refused to consider the governor's nominee", "their refusal to consider Lowe's nomination"); empty if
   * none.
   */
  private List<Ref> declined(Sentence s, Rows rows, int i) {
    List<Integer> clauses = new ArrayList<>(Trees.children(s, i, "xcomp", "acl"));
    int h = s.head(i);
    if (Trees.isNoun(s, i) && h >= 0) {
      // the parser often hangs "refusal to consider X" as the clause of the verb above the noun, or the noun as the
      // clause's subject: the infinitive that follows the noun right away is still its own
      if (s.relation(i).equals("nsubj") && Trees.isVerb(s, h)) {
        clauses.add(h);
      }
      for (int c : Trees.children(s, h, "xcomp", "advcl")) {
        int mark = Trees.child(s, c, "mark");
        if (mark == i + 1) {
          clauses.add(c);
        }
      }
    }
    for (int c : clauses) {
      if (!"to".equals(Trees.markWord(s, c)) || rows.hasEvent(c)) {
        continue;
      }
      int o = Trees.object(s, c);
      List<Ref> r = who.resolve(s, o);
      if (r.isEmpty() && o >= 0) {
        r = who.owner(s, o);
      }
      if (!r.isEmpty()) {
        return r;
      }
    }
    return List.of();
  }

  /**
   * "The rebels received weapons from Iran": the giver named by "from" is the source, the receiver the target; with no
   * giver named there is no event ("the rebels received weapons").
   */
  private void received(Sentence s, int i, Found f) {
    List<Ref> receiver = f.source;
    f.source = Ref.without(args.targets(s, i, List.of("from"), List.of()), receiver);
    if (f.source.isEmpty()) {
      f.source = Ref.without(giverNamedOn(s, Trees.object(s, i)), receiver);
    }
    f.target = f.source.isEmpty() ? new ArrayList<>() : new ArrayList<>(receiver);
  }

  /**
   * The giver named on what is received, when no "from" names one: "received Canadian loans", "received US loans",
   * "did not receive the US commitment of aid", "received $5 billion in Chinese aid", "received Japan's aid". Only a
   * name or a country's adjective counts: "government loans" does not say whose government.
   */
  private List<Ref> giverNamedOn(Sentence s, int o) {
    if (o < 0) {
      return List.of();
    }
    List<Integer> things = new ArrayList<>(List.of(o));
    things.addAll(Trees.children(s, o, "nmod"));
    for (int n : things) {
      for (Dependency d : s.children(n)) {
        int c = d.dependent();
        Token t = s.tokens().get(c);
        boolean name = t.isPos("NNP") || t.isPos("NNPS")
            || t.isPos("JJ") && Character.isUpperCase(t.word().charAt(0));
        if (!name || c > n) {
          continue;
        }
        if (d.relation().equals("nmod:poss")) {
          List<Ref> r = who.resolve(s, c);
          if (!r.isEmpty()) {
            return r;
          }
        } else if (d.relation().equals("compound") || d.relation().equals("amod")) {
          Ref r = who.modifier(s, c);
          if (r != null && r.kind() != ActorKind.PERSON) {
            return new ArrayList<>(List.of(r));
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a participant can be held and set free: a person or a group of people, or a country's people named by a
   * plural ("freed two Canadians"); not an organisation, a product or a country as such.
   */
  private static boolean captive(Sentence s, Ref r) {
    if (r.kind() == ActorKind.PERSON || r.kind() == ActorKind.GROUP) {
      return true;
    }
    return r.kind() == ActorKind.COUNTRY && r.token() >= 0 && r.token() < s.tokens().size()
        && (s.tokens().get(r.token()).isPos("NNPS") || s.tokens().get(r.token()).isPos("NNS"));
  }

  /**
   * The police or a court of the story's country, named by no word of the sentence: the doer of an arrest, a conviction
   * or a sentence no one is named for.
   */
  private static List<Ref> unnamed(Sentence s, int trigger, String name, ActorKind kind) {
    Token w = s.tokens().get(trigger);
    return new ArrayList<>(List.of(new Ref(null, name, kind, null, new Mention(w.begin(), w.end(), w.word()), -1)));
  }

  /**
   * Who else undergoes a passive whose verb a conjunct leaves out: "X was impeached in 1998, and Y in 1868" is parsed
   * as a noun conjunct of the verb with the rest of its clause orphaned.
   */
  private List<Ref> gapped(Sentence s, int v) {
    List<Ref> out = new ArrayList<>();
    for (int c : Trees.children(s, v, "conj")) {
      if (Trees.isNoun(s, c) && Trees.child(s, c, "orphan") >= 0) {
        out.addAll(who.resolve(s, c));
      }
    }
    return out;
  }

  /**
   * Who acted "at the request of" someone: the subject of the verb the phrase belongs to ("the Queen suspended
   * parliament at Johnson's request"), else the nearest agent before it ("the prorogation by the Queen at the request
   * of Johnson"); -1 if none.
   */
  private int doer(Sentence s, Rows rows, int n) {
    int h = s.head(n);
    if (h >= 0 && Trees.isVerb(s, h) && s.relation(n).startsWith("obl")) {
      return args.subjectOf(s, rows, h, 0);
    }
    for (int k = n - 1; k >= 0; k--) {
      if (Trees.word(s, k).equalsIgnoreCase("by") && s.relation(k).equals("case")) {
        return s.head(k);
      }
    }
    return -1;
  }

  /** "called the envoy a hero", "described X as a threat": the label's type, the labelled actor as target. */
  private @Nullable Found label(Sentence s, Rows rows, int i) {
    List<Integer> candidates = new ArrayList<>(Trees.children(s, i, "xcomp"));
    candidates.addAll(Trees.withCase(s, i, "as"));
    // "described the veto as reckless": an adjective after "as" the parser hangs on the verb as a clause, or on the
    // object as its modifier ("described Lowe's refusal as "unthinkable"")
    for (int c : Trees.children(s, i, "advcl")) {
      if (s.tokens().get(c).isPos("JJ") && "as".equals(Trees.caseWord(s, c))) {
        candidates.add(c);
      }
    }
    int object = Trees.object(s, i);
    if (object >= 0) {
      candidates.addAll(Trees.withCase(s, object, "as"));
    }
    for (int x : candidates) {
      Predicates.Entry l = null;
      for (int w : Trees.conjuncts(s, x)) {
        l = l != null ? l : lexicon.label(s.tokens().get(w)); // "swift, forceful and decisive"
      }
      for (int m : Trees.children(s, x, "amod")) {
        l = l != null ? l : lexicon.label(s.tokens().get(m)); // "a serious violation"
      }
      if (l == null) {
        continue;
      }
      Found f = new Found(i, l, l.type(), l.cameo());
      f.mode = modes.of(s, rows, i);
      f.source = who.resolve(s, args.subjectOf(s, rows, i, 0));
      int labelled = Trees.exactChild(s, x, "nsubj");
      if (labelled < 0) {
        labelled = Trees.object(s, i);
      }
      f.target = Ref.without(who.resolve(s, labelled), f.source);
      if (f.target.isEmpty() && labelled >= 0) {
        f.target = Ref.without(who.owner(s, labelled), f.source); // "called Trump's order decisive"
      }
      f.tokens.add(x);
      span(s, rows, f);
      return f;
    }
    return null;
  }

  /** "lifted the ban on X", "suspended aid to X", "a suspension of air links with Serbia": the reversed type. */
  private @Nullable Found reverse(Sentence s, Rows rows, int i) {
    int o = Trees.isVerb(s, i) ? Trees.object(s, i) : Trees.ofChild(s, i);
    if (o < 0) {
      return null;
    }
    int n = eventObject(s, rows, o);
    Predicates.Entry ne = n < 0 ? null : rows.eventNoun(n);
    if (n >= 0) {
      o = n;
    }
    EventTypes.Derived d = ne == null ? null : types.reversed(ne.type());
    if (d == null) {
      return null;
    }
    Predicates.Entry own = rows.of(i).get(0);
    Found f = new Found(i, null, d.type(), d.cameo());
    f.mode = modes.of(s, rows, i);
    f.source = args.sources(s, rows, i, own);
    int at = rows.standIn(s, o);
    List<Ref> t = args.targets(s, o, ne.target(), f.source);
    if (t.isEmpty() && at != o) {
      t = args.targets(s, at, ne.target(), f.source);
    }
    if (t.isEmpty()) {
      Found probe = new Found(o, ne, ne.type(), ne.cameo());
      probe.source = f.source;
      args.between(s, o, probe);
      args.between(s, at, probe);
      t = probe.target;
    }
    if (t.isEmpty() && Trees.isVerb(s, i)) {
      List<String> slots = new ArrayList<>(ne.target());
      slots.removeAll(List.of("obj", "iobj", ">"));
      t = args.targets(s, i, slots, f.source); // "prohibit all aid to X": the noun's argument parsed on the verb
    }
    if (t.isEmpty()) {
      t = Ref.without(who.owner(s, o), f.source);
    }
    if (t.isEmpty()) {
      List<String> slots = new ArrayList<>(own.target());
      slots.remove("obj");
      slots.remove(">");
      t = args.targets(s, i, slots, f.source);
    }
    f.target = t;
    f.tokens.add(o);
    span(s, rows, f);
    return f;
  }

  /**
   * The events that a commitment, a refusal or an ultimatum also states: "will give aid" is also an intention to
   * give it (AGREE 033), "will withdraw unless ..." a threat (THREATEN 130), "did not accept" a rejection.
   */
  private void statements(Sentence s, Rows rows, Found f, List<Found> out) {
    int host = rows.host(s, f.trigger);
    if (f.mode.committed() && !f.mode.governed()) {
      int u = modes.ultimatumClause(s, host);
      if (u >= 0) {
        Found t = f.derived("THREATEN", "130");
        List<Ref> whom = Ref.without(who.resolve(s, Trees.exactChild(s, u, "nsubj")), f.source);
        if (t.target.isEmpty()) {
          t.target = whom;
        }
        out.add(t);
        return;
      }
      EventTypes.Derived d = types.intent(f.type);
      if (d != null) {
        out.add(f.derived(d.type(), d.cameo()));
      }
    }
    if (f.mode.is(Mode.NEGATED) && !f.mode.governed()) {
      boolean own = Mode.NEGATED.equals(modes.markers(s, f.trigger)) || Mode.NEGATED.equals(modes.markers(s, host));
      EventTypes.Derived d = types.refused(f.type);
      boolean stated = modes.statedNot(s, f.trigger) || modes.statedNot(s, host);
      // "did not receive aid from X": X declined nothing
      boolean receivedNot = f.entry != null && f.entry.has("receives");
      if (d != null && !receivedNot && (!own || stated || f.type.equals("AGREE") || f.type.equals("CONCEDE"))) {
        out.add(f.derived(d.type(), d.cameo()));
      }
    }
  }

  /**
   * A commitment takes the type of what it commits to ("promised military aid": AGREE 033, "vowed to fight":
   * THREATEN 138); an event with no target of its own takes its complement's ("agreed to talks with X").
   */
  private void linkComplements(Sentence s, Rows rows, Map<Integer, Found> found) {
    for (Found f : found.values()) {
      Found c = complement(s, rows, f.trigger, found, 0);
      if (c == null || c == f) {
        continue;
      }
      if (f.entry != null && f.entry.has("intent") && !"THREATEN".equals(f.entry.type())) {
        EventTypes.Derived d = types.intent(c.type);
        if (d != null) {
          f.type = d.type();
          f.cameo = d.cameo();
        }
      }
      if (f.target.isEmpty()) {
        f.target = Ref.without(c.target, f.source);
      }
      if (f.target.isEmpty() && "THREATEN".equals(f.type)) {
        f.target = Ref.without(untilWho(s, f.trigger), f.source);
      }
    }
  }

  /**
   * Whom a threat presses: the subject of the "until" or "unless" clause of the verb of commitment ("promised protests
   * every week until Sweden joined the agreement"); empty if it has none.
   */
  private List<Ref> untilWho(Sentence s, int verb) {
    for (int c : Trees.children(s, verb, "advcl")) {
      String mark = Trees.markWord(s, c);
      if (mark != null && (mark.equalsIgnoreCase("until") || mark.equalsIgnoreCase("unless"))) {
        List<Ref> r = who.resolve(s, Trees.exactChild(s, c, "nsubj"));
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    return List.of();
  }

  /** An event with no target takes its purpose's: "opened the bridge to allow deliveries to Afghanistan". */
  private static void linkPurposes(Sentence s, Map<Integer, Found> found) {
    for (Found f : found.values()) {
      for (int p : Trees.children(s, f.trigger, "advcl")) {
        Found purpose = found.get(p);
        if (f.target.isEmpty() && purpose != null && purpose != f && "to".equals(Trees.markWord(s, p))) {
          f.target = Ref.without(purpose.target, f.source);
        }
      }
    }
  }

  private @Nullable Found complement(Sentence s, Rows rows, int i, Map<Integer, Found> found, int depth) {
    List<Integer> candidates = new ArrayList<>(Trees.children(s, i, "xcomp"));
    Found self = found.get(i);
    if (depth == 0 && self != null && self.type.equals("PROTEST")) {
      // "staged demonstrations to demand reforms by the government": the protest is aimed where the demand is
      for (int p : List.of(i, self.host)) {
        candidates.addAll(Trees.children(s, p, "xcomp", "advcl"));
      }
    }
    candidates.addAll(Trees.children(s, i, "obj"));
    for (String prep : List.of("to", "for", "on")) {
      candidates.addAll(Trees.withCase(s, i, prep));
    }
    for (int c : candidates) {
      if (found.containsKey(c)) {
        return found.get(c);
      }
      if (depth < 2 && rows.passesSubject(c)) {
        Found deeper = complement(s, rows, c, found, depth + 1);
        if (deeper != null) {
          return deeper;
        }
      }
    }
    return null;
  }

  /**
   * A claim of responsibility that names no deed claims the attack told of just before: "Gunmen stormed a hotel in
   * Mogadishu. Al-Shabaab claimed responsibility" is Al-Shabaab's attack on whoever the gunmen attacked.
   */
  private void claims(Sentence s, Rows rows, List<Found> out) {
    Found attack = memory.attack(s.index());
    for (int k = 0; attack != null && k < s.tokens().size(); k++) {
      List<Predicates.Entry> list = rows.of(k);
      int o = list.isEmpty() || !list.get(0).has("owns") ? -1 : Trees.object(s, k);
      if (o < 0 || !Trees.withCase(s, o, "for").isEmpty() || Trees.negated(s, k)) {
        continue;
      }
      List<Ref> source = who.resolve(s, args.subjectOf(s, rows, k, 0));
      if (source.isEmpty()) {
        continue;
      }
      Found f = new Found(k, null, attack.type, attack.cameo);
      f.source = source;
      for (Ref r : Ref.without(attack.target, source)) {
        f.target.add(new Ref(r.id(), r.name(), r.kind(), r.iso3(), null, -1));
      }
      f.mode = modes.of(s, rows, k);
      if (!f.target.isEmpty() && !f.mode.is(Mode.HEDGED)) {
        span(s, rows, f);
        out.add(f);
      }
    }
  }

  /** "Russia said Sudan must return the helicopter": a demand of the speaker on the subject of "must". */
  private void demands(Sentence s, Rows rows, List<Found> out) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!rows.has(i, "speech")) {
        continue;
      }
      for (int c : Trees.children(s, i, "ccomp", "parataxis")) {
        String modal = null;
        for (int a : Trees.children(s, c, "aux")) {
          if (words.is(Trees.word(s, a), "demand")) {
            modal = Trees.word(s, a);
          }
        }
        if (modal == null || Mode.NEGATED.equals(modes.markers(s, c))) {
          continue;
        }
        List<Ref> source = who.resolve(s, args.subjectOf(s, rows, i, 0));
        int subj = Trees.exactChild(s, c, "nsubj");
        List<Ref> target = Ref.without(who.resolve(s, subj < 0 ? Trees.exactChild(s, c, "nsubj:pass") : subj), source);
        if (source.isEmpty() || target.isEmpty()) {
          continue;
        }
        Found f = new Found(i, null, "REQUEST", modal.equals("should") ? "020" : "100");
        f.source = source;
        f.target = target;
        f.tokens.add(c);
        span(s, rows, f);
        out.add(f);
      }
    }
  }

  /**
   * "Cherry said the government is breaking the law", "claimed Biden won by fraud": a statement that charges the
   * subject of what is said with wrongdoing is an accusation of the speaker (ACCUSE 112), also when no verb of
   * accusing is used; the owner stands in for a subject that is a thing ("found that Johnson's advice was unlawful").
   */
  private void accusations(Sentence s, Rows rows, List<Found> out) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!rows.has(i, "speech") && !rows.has(i, "claim") || rows.hasEvent(i) || Trees.exactChild(s, i, "nsubj") < 0
          || Mode.NEGATED.equals(modes.markers(s, i))) {
        continue;
      }
      for (int c : Trees.children(s, i, "ccomp", "parataxis", "dep")) {
        int w = wrongdoing.inClause(s, c);
        if (w < 0 || Mode.NEGATED.equals(modes.markers(s, c))) {
          continue;
        }
        List<Ref> source = who.resolve(s, args.subjectOf(s, rows, i, 0));
        List<Ref> target = Trees.isNoun(s, w) ? wrongDoer(s, w, source) : List.of();
        for (int subj : target.isEmpty() ? accused(s, i, c, w) : List.<Integer>of()) {
          target = saidOf(s, subj, source);
          if (!target.isEmpty()) {
            break;
          }
        }
        said(s, rows, new Found(i, null, "ACCUSE", "112"), i, c, source, target, out);
      }
    }
  }

  /**
   * "the senator said the mayor is a model of honesty", "said the minister is a threat": a statement that gives its
   * subject a label of praise or abuse (the L rows) is the label's event of the speaker on that subject, as "called
   * the mayor a model" is; the owner stands in for a subject that is a thing ("said the governor's order was rash").
   */
  private void labelsSaid(Sentence s, Rows rows, List<Found> out) {
    for (int i = 0; i < s.tokens().size(); i++) {
      if (!rows.has(i, "speech") && !rows.has(i, "claim") || Mode.NEGATED.equals(modes.markers(s, i))) {
        continue;
      }
      for (int c : Trees.children(s, i, "ccomp", "parataxis", "dep")) {
        boolean copula = !Trees.children(s, c, "cop").isEmpty() && !Mode.NEGATED.equals(modes.markers(s, c));
        Predicates.Entry l = copula ? lexicon.label(s.tokens().get(c)) : null;
        if (copula && Trees.isNoun(s, c)) {
          for (int m : Trees.children(s, c, "amod")) {
            l = l != null ? l : lexicon.label(s.tokens().get(m)); // "said he was an excellent politician"
          }
        }
        int subj = Trees.exactChild(s, c, "nsubj");
        int o = Trees.exactChild(s, i, "obj");
        if (subj < 0 && o > i && o < c) {
          subj = o; // "said Zelensky is a model of honesty" parsed with "Zelensky" as the object of "said"
        }
        if (l == null || subj < 0) {
          continue;
        }
        List<Ref> source = who.resolve(s, args.subjectOf(s, rows, i, 0));
        said(s, rows, new Found(i, l, l.type(), l.cameo()), i, c, source, saidOf(s, subj, source), out);
      }
    }
  }

  /**
   * The doer a noun of wrongdoing names itself, whoever the clause's subject is: "said they were responding to
   * Azerbaijani aggression", "Russia's aggression", "aggression by the regime"; empty if it names none.
   */
  private List<Ref> wrongDoer(Sentence s, int w, List<Ref> speaker) {
    List<Ref> doer = new ArrayList<>();
    for (int c : Trees.children(s, w, "nmod:poss")) {
      doer.addAll(who.resolve(s, c));
    }
    for (int c : Trees.withCase(s, w, "by", "from")) {
      doer.addAll(who.resolve(s, c));
    }
    for (int c : Trees.children(s, w, "amod")) {
      Ref r = who.modifier(s, c);
      if (r != null) {
        doer.add(r);
      }
    }
    return Ref.without(doer, speaker);
  }

  /** Whom a statement's clause is about: its subject, or the subject's owner when the subject is a thing. */
  private List<Ref> saidOf(Sentence s, int subj, List<Ref> speaker) {
    List<Ref> target = Ref.without(who.resolve(s, subj), speaker);
    return target.isEmpty() ? Ref.without(who.owner(s, subj), speaker) : target;
  }

  /** Adds an event made in a statement (speech verb {@code verb}, clause {@code clause}) when both sides are known. */
  private void said(Sentence s, Rows rows, Found f, int verb, int clause, List<Ref> source, List<Ref> target,
      List<Found> out) {
    if (source.isEmpty() || target.isEmpty()) {
      return;
    }
    f.mode = modes.of(s, rows, verb);
    f.source = source;
    f.target = target;
    f.tokens.add(clause);
    span(s, rows, f);
    out.add(f);
  }

  /**
   * Who a statement may charge, nearest first: the subjects of the clauses from the word of wrongdoing up to the
   * statement's head; then the speech verb's object before the statement ("claimed Biden won by fraud" parsed with
   * "Biden" as the object of "claimed").
   */
  private static List<Integer> accused(Sentence s, int speech, int c, int w) {
    List<Integer> out = new ArrayList<>();
    for (int h = w; h >= 0; h = s.head(h)) {
      for (int subj : Trees.children(s, h, "nsubj")) {
        out.add(subj);
      }
      if (h == c) {
        break;
      }
    }
    int o = Trees.exactChild(s, speech, "obj");
    if (o > speech && o < c) {
      out.add(o);
    }
    return out;
  }

  private boolean bilateral(Sentence s, int n) {
    for (int c : Trees.children(s, n, "amod", "compound")) {
      if (words.is(Trees.word(s, c), "bilateral")) {
        return true;
      }
    }
    return words.is(Trees.word(s, n), "bilateral");
  }

  private static boolean hasModifier(Sentence s, int i, String word) {
    for (int c : Trees.children(s, i, "amod", "compound")) {
      if (Trees.word(s, c).equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean allPersons(List<Ref> refs) {
    return refs.stream().allMatch(r -> r.kind() == ActorKind.PERSON);
  }

  private static void span(Sentence s, Rows rows, Found f) {
    f.host = rows.host(s, f.trigger);
    f.tokens.add(f.host);
    for (Ref r : f.source) {
      if (r.token() >= 0) {
        f.tokens.add(r.token());
      }
    }
    for (Ref r : f.target) {
      if (r.token() >= 0) {
        f.tokens.add(r.token());
      }
    }
  }
}
