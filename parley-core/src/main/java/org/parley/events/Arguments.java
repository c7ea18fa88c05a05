package org.parley.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;

/**
 * Who takes part in an event, from the dependency tree: the source (subject, passive agent, the subject shared with
 * the verb a predicate depends on, a noun's owner or its light verb's subject) and the target (object, prepositional
 * argument, owner of the object, the party named by a condition, the country where it happens).
 */
final class Arguments {
  private final Predicates lexicon;
  private final ModeWords words;
  private final Participants who;
  private final Modes modes;

  Arguments(Predicates lexicon, ModeWords words, Participants who, Modes modes) {
    this.lexicon = lexicon;
    this.words = words;
    this.who = who;
    this.modes = modes;
  }

  List<Ref> sources(Sentence s, Rows rows, int i, Predicates.Entry e) {
    if (!Trees.isNoun(s, i)) {
      int subject = subjectOf(s, rows, i, 0);
      List<Ref> r = who.resolve(s, subject);
      if (r.isEmpty() && Trees.passive(s, i)) {
        r = instrumentSource(s, rows, i); // "were killed in Israeli tank shelling": Israel
      }
      if (r.isEmpty() && subject >= 0 && rows.eventNoun(subject) != null && "ASSAULT".equals(rows.eventType(i))) {
        r = who.owner(s, subject); // "the strikes, carried out by Israeli jets, killed ...": who struck
      }
      return r;
    }
    List<Ref> agent = agent(s, i);
    if (!agent.isEmpty()) {
      return agent; // "Haddad's arrest by the police": the agent acts, the owner undergoes it
    }
    for (int c : Trees.children(s, i, "nmod:poss")) {
      List<Ref> r = who.resolve(s, c);
      if (!r.isEmpty()) {
        return r;
      }
    }
    List<Ref> credited = credited(s, rows, i);
    if (!credited.isEmpty()) {
      return credited;
    }
    // a noun with no target of its own takes its doer from "of": "the resignation of the minister"
    for (String prep : e.target().isEmpty() ? List.of("by", "from", "of") : List.of("by", "from")) {
      if (e.target().contains(prep)) {
        continue;
      }
      for (int c : Trees.withCase(s, i, prep)) {
        List<Ref> r = who.resolve(s, c);
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (int wanted : Trees.withCase(s, i, "for")) {
      // "requests for leniency from his lawyers": the parser hangs the asker on what is asked for
      for (int c : Trees.withCase(s, wanted, "from", "by")) {
        List<Ref> r = who.resolve(s, c);
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    int host = rows.host(s, i);
    if (host != i) {
      List<Ref> r = who.resolve(s, subjectOf(s, rows, host, 0));
      if (!r.isEmpty()) {
        return r;
      }
    }
    for (int c : Trees.children(s, i, "amod", "compound")) {
      if (words.is(Trees.word(s, c), "bilateral")) {
        continue;
      }
      Ref r = who.modifier(s, c);
      if (r != null) {
        return new ArrayList<>(List.of(r));
      }
    }
    return new ArrayList<>();
  }

  /** Whom a participle on an event noun credits with it: "an ambush attributed to Boko Haram"; empty if none. */
  List<Ref> credited(Sentence s, Rows rows, int n) {
    for (int p : Trees.children(s, n, "acl")) {
      Predicates.Entry e = rows.event(p);
      if (e != null && e.has("credits") && s.tokens().get(p).pos().equals("VBN")) {
        List<Ref> r = targets(s, p, e.target(), List.of());
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    return List.of();
  }

  /**
   * Who died in an attack: the subject of a verb of dying the attack noun is "in" ("three soldiers died in the
   * ambush"); empty if none.
   */
  List<Ref> dead(Sentence s, Rows rows, int n) {
    int h = s.head(n);
    if (h < 0 || !s.relation(n).startsWith("obl") || !"in".equals(Trees.caseWord(s, n)) || !rows.has(h, "undergo")) {
      return List.of();
    }
    return who.resolve(s, Trees.exactChild(s, h, "nsubj"));
  }

  /** The "by" agent of an event noun that also has an owner ("X's arrest by Y": Y); empty if either is missing. */
  List<Ref> agent(Sentence s, int n) {
    if (Trees.child(s, n, "nmod:poss") < 0) {
      return List.of();
    }
    for (int c : Trees.withCase(s, n, "by")) {
      List<Ref> r = who.resolve(s, c);
      if (!r.isEmpty()) {
        return r;
      }
    }
    return List.of();
  }

  /**
   * The token naming who does what a verb says: its subject; for a passive, the "by" agent; else the subject of
   * the verb it is the infinitive, conjunct or purpose clause of ("arrived ... to meet Trump"), or, after a verb
   * of control, that verb's object ("urged the minister to lift the ban": the minister). -1 if none.
   */
  int subjectOf(Sentence s, Rows rows, int v, int depth) {
    if (v < 0) {
      return -1;
    }
    int nsubj = -1;
    int agent = -1;
    for (Dependency d : s.children(v)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
        nsubj = d.dependent();
      }
      if ((r.equals("obl") || r.equals("obl:agent") || r.equals("nmod:agent"))
          && "by".equals(Trees.caseWord(s, d.dependent()))) {
        agent = d.dependent();
      }
    }
    int h0 = s.head(v);
    if (nsubj < 0 && agent < 0 && s.relation(v).equals("acl") && s.tokens().get(v).pos().equals("VBG")
        && rows.has(h0, "document")) {
      return sender(s, rows, h0, depth); // "sent a letter requesting new rules"
    }
    // "the activists police arrested" is parsed as a participle with a subject: a relative clause, not a passive
    boolean participle = s.tokens().get(v).pos().equals("VBN") && s.relation(v).equals("acl") && nsubj < 0;
    if (Trees.passive(s, v) || participle) {
      return agent;
    }
    if (nsubj >= 0) {
      return nsubj;
    }
    int h = s.head(v);
    String r = s.relation(v);
    if (h < 0 || depth >= 4) {
      return -1;
    }
    if (r.equals("xcomp")) {
      int obj = Trees.child(s, h, "obj");
      if (rows.has(h, "control") && obj >= 0) {
        return obj;
      }
      return subjectOf(s, rows, h, depth + 1);
    }
    if (r.equals("conj") && Trees.isVerb(s, h) && Trees.isVerb(s, v)) {
      return subjectOf(s, rows, h, depth + 1);
    }
    if (r.equals("dep") && s.tokens().get(v).pos().equals("VBD") && s.tokens().get(h).pos().equals("VBD")) {
      return subjectOf(s, rows, h, depth + 1); // "troops left in 2011, then returned": a conjunct without 'and'
    }
    boolean gerund = s.tokens().get(v).pos().equals("VBG");
    if (gerund && (r.equals("advcl") || r.equals("dep")) && v > 0 && s.tokens().get(v - 1).word().equals(",")) {
      // "..., killing 156 people": the subject of the clause it hangs on, else of the main clause
      int subject = subjectOf(s, rows, h, depth + 1);
      int root = root(s);
      return subject >= 0 || rows.has(root, "speech") ? subject : subjectOf(s, rows, root, depth + 1);
    }
    if ((r.equals("advcl") || r.equals("dep")) && ("to".equals(Trees.markWord(s, v)) || gerund)) {
      // "confessed to killing his sister", parsed with the preposition as the gerund's head: the verb above it
      int up = gerund && s.tokens().get(h).isPos("IN") && s.head(h) >= 0 ? s.head(h) : h;
      return subjectOf(s, rows, up, depth + 1);
    }
    return depth == 0 ? surfaceSubject(s, v) : -1;
  }

  /** Who a document speaks for: its owner ("the council's statement"), else who sent or issued it; -1 if none. */
  private int sender(Sentence s, Rows rows, int document, int depth) {
    int owner = Trees.child(s, document, "nmod:poss");
    if (owner >= 0) {
      return owner;
    }
    int verb = s.head(document);
    boolean object = s.relation(document).equals("obj") && verb >= 0 && Trees.isVerb(s, verb);
    return object ? subjectOf(s, rows, verb, depth + 1) : -1;
  }

  /**
   * A finite verb the parser left without a subject ("Ahmed al-Assadi, a spokesman for the PMF, blamed ...", parsed
   * as a clause on "attack"): the nearest actor before it in the same clause.
   */
  private int surfaceSubject(Sentence s, int v) {
    String pos = s.tokens().get(v).pos();
    if (!pos.equals("VBD") && !pos.equals("VBZ") && !pos.equals("VBP")) {
      return -1;
    }
    if (!Set.of("acl", "dep", "root", "parataxis").contains(s.relation(v))) {
      return -1;
    }
    for (int k = v - 1; k >= 0 && k >= v - 12; k--) {
      Token t = s.tokens().get(k);
      if (t.isPos("VB") || t.isPos("MD") || t.word().equals(";") || t.word().equals(":")) {
        return -1;
      }
      if ((t.isPos("NNP") || t.isPos("NN")) && !who.resolve(s, k).isEmpty()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The target from the first slot that names one; failing all, the first prepositional slot whose argument belongs
   * to one ("fired at targets in Jericho", "sanctions on Iran's oil sector": the owner).
   */
  List<Ref> targets(Sentence s, int i, List<String> slots, List<Ref> sources) {
    for (String slot : slots) {
      List<Ref> r = Ref.without(slot(s, i, slot), sources);
      if (!r.isEmpty()) {
        return r;
      }
    }
    for (String slot : slots) {
      if (slot.chars().allMatch(Character::isLetter) && !NOT_PREPOSITIONS.contains(slot)) {
        List<Ref> r = Ref.without(slot(s, i, slot + ">"), sources);
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    return new ArrayList<>();
  }

  /**
   * Whether a noun names a move away whose "from" is the place left, not its owner: "the withdrawal of troops from
   * Kuwait" (an event noun with "from" among its own target slots).
   */
  private boolean leavesFrom(Sentence s, int n) {
    return lexicon.match(s, n).stream()
        .anyMatch(e -> e.form() == Predicates.Form.N && e.isEvent() && e.target().contains("from"));
  }

  /** Slot names that are no preposition. */
  private static final Set<String> NOT_PREPOSITIONS = Set.of("obj", "iobj", "csubj", "between", "why");

  /** The subordinators of a clause that gives the reason for an event ("an investigation due to X charging more"). */
  private static final Set<String> REASONS = Set.of("due", "due to", "because", "for", "over");

  private List<Ref> slot(Sentence s, int i, String slot) {
    switch (slot) {
      case "obj": {
        int o = Trees.object(s, i);
        List<Ref> r = who.resolve(s, o);
        if (r.isEmpty() && o >= 0 && o == s.head(i)) {
          for (int c : Trees.withCase(s, o, "of")) {
            r = who.resolve(s, c); // "the release of sailors detained by Iran": the sailors
          }
        }
        return r;
      }
      case "iobj":
        return who.resolve(s, Trees.child(s, i, "iobj"));
      case "between": {
        // the verb's own "between" is read by between(); "brokered a ceasefire between X and Y": its object's parties
        int o = Trees.isVerb(s, i) ? Trees.object(s, i) : -1;
        List<Integer> parties = o < 0 ? new ArrayList<>() : new ArrayList<>(Trees.withCase(s, o, "between"));
        for (int n : o < 0 ? List.<Integer>of() : Trees.withCase(s, o, "to", "of")) {
          parties.addAll(Trees.withCase(s, n, "between")); // "mediated an end to the dispute between X and Y"
        }
        for (int c : parties) {
          List<Ref> r = who.resolve(s, c);
          if (!r.isEmpty()) {
            return r;
          }
        }
        return List.of();
      }
      case "csubj": {
        for (int c : Trees.children(s, i, "ccomp", "xcomp", "parataxis")) {
          int subj = Trees.exactChild(s, c, "nsubj");
          if (subj < 0) {
            subj = Trees.exactChild(s, c, "nsubj:pass");
          }
          List<Ref> r = who.resolve(s, subj);
          if (!r.isEmpty()) {
            return r;
          }
        }
        return List.of();
      }
      case "why": {
        // "an investigation due to Apple charging customers more", "a lawsuit over the company selling the data":
        // who does what the clause on the event noun gives as its reason
        for (int c : Trees.children(s, i, "acl", "advcl")) {
          if (REASONS.contains(Trees.caseOf(s, c))) {
            List<Ref> r = who.resolve(s, Trees.exactChild(s, c, "nsubj"));
            if (!r.isEmpty()) {
              return r;
            }
          }
        }
        return List.of();
      }
      case ">": {
        int o = Trees.object(s, i);
        if (o < 0) {
          return List.of();
        }
        List<Ref> r = who.resolve(s, o);
        if (r.isEmpty() && leavesFrom(s, o)) {
          for (int c : Trees.withCase(s, o, "of")) {
            r = who.resolve(s, c); // "demanded the withdrawal of Iraqi troops from Kuwait": the troops
            if (!r.isEmpty()) {
              return r;
            }
          }
        }
        return r.isEmpty() ? who.owner(s, o) : r;
      }
      default:
        break;
    }
    boolean owner = slot.endsWith(">");
    String prep = owner ? slot.substring(0, slot.length() - 1) : slot;
    List<Integer> args = new ArrayList<>(Trees.withCase(s, i, prep));
    int o = Trees.isVerb(s, i) ? Trees.object(s, i) : -1;
    if (o >= 0 && !Trees.isVerb(s, o)) {
      args.addAll(Trees.withCase(s, o, prep)); // "imposed sanctions on X" attached to the noun
    }
    for (int c : args) {
      List<Ref> r = who.resolve(s, c);
      if (r.isEmpty() && owner) {
        r = who.owner(s, c);
      }
      if (!r.isEmpty()) {
        return r;
      }
    }
    if (args.isEmpty() && "with".equals(prep) && Trees.isVerb(s, i)
        && lexicon.match(s, i).stream().anyMatch(e -> e.isEvent() && e.target().contains("with"))) {
      // "met with world leaders advocating action" parsed as a clause "with leaders advocating": its subject
      for (int c : Trees.children(s, i, "advcl")) {
        if ("with".equalsIgnoreCase(Trees.markWord(s, c))) {
          List<Ref> r = who.resolve(s, Trees.exactChild(s, c, "nsubj"));
          if (!r.isEmpty()) {
            return r;
          }
        }
      }
    }
    for (int c : Trees.children(s, i, "xcomp")) {
      List<Ref> r = "to".equals(prep) && "to".equals(Trees.markWord(s, c)) ? who.nounTakenForVerb(s, c) : List.of();
      if (!r.isEmpty()) {
        return r; // "surrendered himself to police" parsed as "to police" the verb
      }
    }
    for (int c : Trees.prepositionalInfinitives(s, i, prep)) {
      // "called for NATO members to pay more": whoever is to act; not the passive subject ("for the ban to be lifted")
      List<Ref> r = who.resolve(s, Trees.exactChild(s, c, "nsubj"));
      if (!r.isEmpty()) {
        return r;
      }
    }
    return List.of();
  }

  private static int root(Sentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * The country where an event happens, from an "in" argument of its predicate, its light verb, its object or a
   * participle on it ("imposed a curfew in the town of Cizre in southeastern Turkey", "the curfew imposed in
   * Sudan"); only countries and their capitals count, not groups or persons. A protest held outside a building is
   * aimed at the body it houses or at whoever owns it ("protested outside the Swedish Parliament", "rallied outside
   * the Russian embassy"), but one held outside a country is held elsewhere.
   */
  List<Ref> place(Sentence s, Found f) {
    List<Ref> in = placeIn(s, f, "in");
    return in.isEmpty() && f.type.equals("PROTEST") ? placeIn(s, f, "outside") : in;
  }

  private List<Ref> placeIn(Sentence s, Found f, String preposition) {
    Set<Integer> hosts = new java.util.LinkedHashSet<>(List.of(f.trigger, f.host));
    for (int h : List.copyOf(hosts)) {
      int o = Trees.object(s, h);
      if (o >= 0) {
        hosts.add(o);
      }
    }
    for (int h : List.copyOf(hosts)) {
      hosts.addAll(Trees.children(s, h, "acl"));
    }
    for (int h : hosts) {
      for (int c : Trees.withCase(s, h, preposition)) {
        List<Ref> r = who.resolve(s, c);
        boolean named = !r.isEmpty();
        if (!named) {
          r = who.owner(s, c);
        }
        boolean countries = !r.isEmpty() && r.stream().allMatch(x -> x.kind() == ActorKind.COUNTRY);
        if (preposition.equals("in") ? countries : !r.isEmpty() && !(named && countries)) {
          return r;
        }
      }
    }
    return List.of();
  }

  /**
   * The first actor named inside what an event acts on, for an event with no target of its own: "demanded the removal
   * of President X", "extended the mandate of the force in Lebanon", "blocked the bridge from France to Germany". The
   * object of the trigger (or of the verb it hands its subject to) is searched breadth first through its noun
   * modifiers and participles, not into clauses with subjects of their own.
   */
  List<Ref> insideObject(Sentence s, Found f, List<Ref> source) {
    List<Integer> verbs = new ArrayList<>(List.of(f.trigger));
    for (int k = 0; k < verbs.size() && k < 6; k++) {
      verbs.addAll(Trees.children(s, verbs.get(k), "xcomp"));
    }
    List<Integer> queue = new ArrayList<>();
    for (int v : verbs) {
      int o = Trees.isVerb(s, v) ? Trees.child(s, v, "obj") : v;
      if (o >= 0) {
        queue.add(o);
      } else {
        queue.addAll(Trees.withCase(s, v, "to")); // "agreed to an extension of the mandate of the force in Lebanon"
      }
    }
    for (int k = 0; k < queue.size() && k < 40; k++) {
      int n = queue.get(k);
      if (n != f.trigger || !Trees.isNoun(s, n)) {
        List<Ref> r = Ref.without(who.resolve(s, n), source);
        if (!r.isEmpty()) {
          return r;
        }
      }
      for (int c : Trees.children(s, n, "nmod", "acl", "obl", "obj", "conj")) {
        if (!s.relation(c).equals("acl:relcl") && Trees.exactChild(s, c, "nsubj") < 0) {
          queue.add(c);
        }
      }
    }
    return List.of();
  }

  /**
   * A threat is aimed at whoever its condition names: "threatened to stop negotiations if the United States goes
   * ahead", "... unless Baghdad accepted"; the condition may hang on any verb of the threatened chain.
   */
  List<Ref> conditioned(Sentence s, Rows rows, Found f) {
    List<Integer> predicates = new ArrayList<>(List.of(f.trigger, f.host));
    for (int k = 0; k < predicates.size() && k < 8; k++) {
      predicates.addAll(Trees.children(s, predicates.get(k), "xcomp")); // "threatened to stop talks to reduce ... if"
    }
    for (int p : predicates) {
      int c = modes.conditionClause(s, p);
      if (c >= 0) {
        int subj = Trees.exactChild(s, c, "nsubj");
        return who.resolve(s, subj < 0 ? Trees.exactChild(s, c, "nsubj:pass") : subj);
      }
    }
    return List.of();
  }

  /** The passive harm verb an event noun is the means of ("were killed in a suicide bombing"), or -1. */
  int instrumentOf(Sentence s, Rows rows, int n) {
    int h = s.head(n);
    String prep = Trees.caseWord(s, n);
    if (h < 0 || !s.relation(n).startsWith("obl") || !("in".equals(prep) || "by".equals(prep))
        || !Trees.passive(s, h) || !"ASSAULT".equals(rows.eventType(h))) {
      return -1;
    }
    return h;
  }

  /**
   * For a passive harm verb without an agent, the source of the attack it happened in ("were killed in Israeli tank
   * shelling", also when the parser made "shelling" a modifier of "tank"), else the country it came from ("a mortar
   * was fired at Israel from the Gaza Strip").
   */
  private List<Ref> instrumentSource(Sentence s, Rows rows, int v) {
    if (!"ASSAULT".equals(rows.eventType(v))) {
      return List.of();
    }
    for (String prep : List.of("in", "by")) {
      for (int n : Trees.withCase(s, v, prep)) {
        Predicates.Entry ne = rows.eventNoun(n);
        List<Ref> r = List.of();
        if (ne != null && ne.type().equals("ASSAULT")) {
          r = sources(s, rows, n, ne);
        } else if (Trees.children(s, n, "amod", "compound").stream()
            .anyMatch(c -> "ASSAULT".equals(rows.eventType(c)))) {
          r = who.owner(s, n);
        }
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (int n : Trees.withCase(s, v, "from")) {
      List<Ref> r = who.resolve(s, n);
      if (!r.isEmpty() && r.stream().allMatch(x -> x.iso3() != null && x.kind() != ActorKind.PERSON)) {
        return r;
      }
    }
    return List.of();
  }

  /** Nouns of which the subject of "X is the N of ..." is the target: "Mahan has been the subject of US sanctions". */
  private static final Set<String> SUFFERING = Set.of("subject", "target", "object", "victim", "victims", "focus");

  List<Ref> sufferer(Sentence s, int n) {
    int h = s.head(n);
    if (h < 0 || !s.relation(n).equals("nmod") || !"of".equals(Trees.caseWord(s, n))
        || !SUFFERING.contains(Trees.lemma(s, h)) || Trees.child(s, h, "cop") < 0) {
      return List.of();
    }
    return who.resolve(s, Trees.exactChild(s, h, "nsubj"));
  }

  /**
   * "talks between X and Y": X and Y take part; the first is the source when no other is known. A third party's act
   * between them ("Norway's mediation between X and Y") keeps its source and has both as targets.
   */
  void between(Sentence s, int i, Found f) {
    for (int c : Trees.withCase(s, i, "between")) {
      List<Ref> all = who.resolve(s, c);
      boolean third = f.entry != null && !f.entry.has("sym") && !f.source.isEmpty();
      if (Trees.isNoun(s, i) && all.size() >= 2 && !third) {
        f.source = new ArrayList<>(all.subList(0, 1)); // "talks between X and Y" are theirs, whoever arranged them
        f.target = new ArrayList<>(all.subList(1, all.size()));
        return;
      }
      all = Ref.without(all, f.source);
      if (all.isEmpty()) {
        continue;
      }
      if (f.source.isEmpty() && all.size() >= 2) {
        f.source = new ArrayList<>(all.subList(0, 1));
        f.target = new ArrayList<>(all.subList(1, all.size()));
      } else if (!f.source.isEmpty() && f.target.isEmpty()) {
        f.target = new ArrayList<>(all);
      }
    }
  }
}
