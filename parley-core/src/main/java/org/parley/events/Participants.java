package org.parley.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.actors.Antecedents;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.syntax.Trees;
import org.parley.util.Nullable;

/**
 * Resolves the words that name an event's source or target to actors: named actors, pronouns (inside a quote,
 * in its speaker's frame), groups named by a head noun and their country ("Israeli soldiers", "rebels in the
 * Ivory Coast"), governments named by their country ("Sudan's government"), countries named by a demonym
 * ("an Indian proposal"), and the owner of a thing ("Haiti's efforts"). Returns {@link Ref}s; {@link #commit}
 * turns one into an actor id. One instance per document; not thread-safe.
 */
final class Participants {
  /** Heads that name a country's government: the country is the actor. */
  private static final Set<String> GOVERNMENT = Set.of("government", "governments", "authorities", "administration",
      "regime", "cabinet", "leadership", "officials", "leaders", "side");
  /** Plural state words that name, with no article, the officials of the story's country as a group. */
  private static final Set<String> BARE_OFFICIALS = Set.of("authorities", "officials");

  /**
   * Modifiers left out of a name: "several Andean ministers" are "Andean ministers", "the suspected gunman" is the
   * gunman.
   */
  private static final Set<String> QUANTIFIERS = Set.of("several", "many", "some", "few", "other", "various",
      "numerous", "both", "all", "most", "more", "dozens", "hundreds", "thousands", "scores", "millions", "such",
      "certain", "two", "three", "angry", "young", "first", "recent", "rival", "suspected", "alleged", "lone");
  /** Ordinal adjectives ("a second group"): they count, they do not name. */
  private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "last", "final");

  /**
   * Second halves of a compound adjective that make a thing the named country's: "a British-flagged tanker", "a
   * Saudi-led coalition", "Russian-owned banks". Not "-backed": Iranian-backed militias are not Iran's own.
   */
  private static final Set<String> BELONGING = Set.of("flagged", "led", "owned", "registered", "run", "controlled",
      "operated");

  /** Partitive heads: "a group of Moroccan diplomats", "thousands of students" name what follows "of". */
  private static final Set<String> PARTITIVES = Set.of("group", "groups", "number", "team", "some", "most", "many", "dozens", "hundreds", "thousands", "tens", "scores", "millions", "majority", "handful",
      "contingent", "batch", "patch", "band", "crowd", "crowds", "all", "several");

  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our", "let");
  /** First person plural: a speaker saying "we" may speak for a body. */
  private static final Set<String> WE = Set.of("we", "us", "our");
  private static final Set<String> NEUTER = Set.of("it", "its", "they", "them", "their");
  private static final Set<String> PLURAL = Set.of("they", "them", "their");
  /** How far back a plural pronoun looks for the group it stands for: about two sentences of news text. */
  private static final int RECENT_CHARS = 250;
  /** How far back a bare "the company" looks for a body of its sector: a paragraph or two. */
  private static final int SECTOR_CHARS = 800;

  private final Gazetteer lex;
  private final ActorIndex actors;
  private final String text;
  private final List<Quote> quotes;
  private final List<Sentence> sentences;
  private final Deeds deeds = Deeds.get();
  private final Antecedents antecedents;
  private int depth;

  Participants(Gazetteer lex, ActorIndex actors, String text, List<Quote> quotes, List<Sentence> sentences) {
    this.lex = lex;
    this.actors = actors;
    this.text = text;
    this.quotes = quotes;
    this.sentences = sentences;
    this.antecedents = new Antecedents(actors, lex, text, sentences);
  }

  /**
   * Whether the token is a word inside the longer name of an organisation ("the Democratic Rally", "the Popular
   * Mobilization Forces"): such a word names the organisation, not an event.
   */
  boolean insideName(Sentence s, int i) {
    Token t = s.tokens().get(i);
    ActorIndex.Entry e = actors.at(t.begin());
    if (e == null || e.kind() != ActorKind.ORGANIZATION) {
      return false;
    }
    for (Mention m : e.mentions()) {
      if (m.begin() <= t.begin() && t.end() <= m.end() && (m.begin() < t.begin() || t.end() < m.end())) {
        return true;
      }
    }
    return false;
  }

  /** The participants named by the phrase headed at {@code token}, one per "and" conjunct; empty if none. */
  List<Ref> resolve(Sentence s, int token) {
    List<Ref> out = new ArrayList<>();
    if (token < 0) {
      return out;
    }
    Set<String> seen = new HashSet<>();
    Token t = s.tokens().get(token);
    if (PARTITIVES.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isPos("NNP")) {
      for (int of : Trees.withCase(s, token, "of")) {
        if (Trees.conjuncts(s, of).size() > 1) {
          // "scores of Sierra Leonean and Liberian refugees": each conjunct counted is a participant
          for (int c : Trees.conjuncts(s, of)) {
            Ref r = withPlace(s, token, one(s, c));
            if (r != null && seen.add(r.key())) {
              out.add(r);
            }
          }
          return out;
        }
      }
    }
    if (t.isPos("PRP") && PLURAL.contains(t.word().toLowerCase(Locale.ROOT)) && actors.at(t.begin()) == null) {
      List<Ref> both = coordinatedSubject(s, token);
      if (both.size() >= 2) {
        return both; // "Japan and India announced that they would work together": both of them
      }
    }
    if (t.isPos("PRP") && PLURAL.contains(t.word().toLowerCase(Locale.ROOT)) && actors.at(t.begin()) == null
        && antecedents.reportingBody(s, token, Quote.spokenAt(quotes, t.begin())) == null
        && clauseSubject(s, token) == null) {
      List<Ref> before = earlierSubject(s, token);
      if (before.size() >= 2) {
        return before; // "Sudan and South Sudan signed a deal. They also agreed ..."
      }
    }
    List<Ref> named = namedInApposition(s, token);
    if (!named.isEmpty()) {
      return named;
    }
    List<Ref> ofCountries = ofCountries(s, token);
    if (!ofCountries.isEmpty()) {
      return ofCountries;
    }
    for (int c : Trees.conjuncts(s, token)) {
      Ref r = one(s, c);
      if (r == null && c == token) {
        return out; // "the removal of X and his party": without the head, the conjuncts name no participant
      }
      if (r != null && seen.add(r.key())) {
        out.add(r);
      }
    }
    for (Dependency d : s.children(token)) {
      // "allies such as Germany", "nations including Denmark": the examples named take part too
      int c = d.dependent();
      String prep = Trees.isArgument(d.relation()) ? Trees.caseWord(s, c) : null;
      boolean such = "such".equals(prep) || "including".equals(prep);
      if (such) {
        for (int k : Trees.conjuncts(s, c)) {
          Ref r = one(s, k);
          if (r != null && seen.add(r.key())) {
            out.add(r);
          }
        }
      }
    }
    return out;
  }

  /**
   * "the leaders of Egypt and Libya", "the foreign ministers of Iran and Iraq": a plural common noun of two or more
   * countries stands for each of them, one participant per country; empty unless every conjunct after "of" is a country.
   */
  private List<Ref> ofCountries(Sentence s, int token) {
    if (!s.tokens().get(token).isPos("NNS")) {
      return List.of();
    }
    for (int of : Trees.withCase(s, token, "of")) {
      List<Integer> conjuncts = Trees.conjuncts(s, of);
      List<Ref> out = new ArrayList<>();
      for (int c : conjuncts) {
        Ref r = one(s, c);
        if (r == null || r.kind() != ActorKind.COUNTRY) {
          return List.of();
        }
        out.add(r);
      }
      return conjuncts.size() > 1 ? out : List.of();
    }
    return List.of();
  }

  /**
   * "two ministers, X and Y": the persons a plural noun is followed by in apposition are its participants, one per
   * conjunct; empty when the noun is singular or the apposition names no person.
   */
  private List<Ref> namedInApposition(Sentence s, int token) {
    List<Ref> out = new ArrayList<>();
    int appos = Trees.isNoun(s, token) && s.tokens().get(token).pos().endsWith("S")
        ? Trees.child(s, token, "appos") : -1;
    if (appos < 0) {
      return out;
    }
    for (int c : Trees.conjuncts(s, appos)) {
      Ref r = one(s, c);
      if (r == null || r.kind() != ActorKind.PERSON) {
        return List.of();
      }
      out.add(r);
    }
    return out;
  }

  /** The participant named by one head token, or null. */
  @Nullable Ref one(Sentence s, int h) {
    if (depth > 6) {
      return null; // pronouns and descriptions that refer to each other
    }
    depth++;
    try {
      return resolveOne(s, h);
    } finally {
      depth--;
    }
  }

  /**
   * The actor a relative pronoun follows when the parser hung its clause on another noun ("some in front of the
   * Supreme Court, which rejected"): the noun phrase just before it, widened over "of" phrases while the wider phrase
   * still names an actor ("the Supreme Court of the United States").
   */
  private @Nullable Ref antecedentBefore(Sentence s, int pronoun) {
    int k = pronoun - 1;
    while (k >= 0 && s.tokens().get(k).isPos(",")) {
      k--;
    }
    Ref best = null;
    while (k >= 0) {
      Ref r = one(s, k);
      if (r == null) {
        break;
      }
      best = r;
      if (!s.relation(k).equals("nmod") || !"of".equals(Trees.caseWord(s, k)) || s.head(k) < 0) {
        break;
      }
      k = s.head(k);
    }
    return best;
  }

  private @Nullable Ref resolveOne(Sentence s, int h) {
    Token t = s.tokens().get(h);
    if ((t.isPos("WP") || t.isPos("WDT")) && s.head(h) >= 0 && s.relation(s.head(h)).equals("acl:relcl")) {
      Ref r = one(s, s.head(s.head(h)));
      return r != null ? r : antecedentBefore(s, h);
    }
    if ((t.isPos("WP") || t.isPos("WDT")) && h > 0 && s.tokens().get(h - 1).word().equals(",")) {
      return antecedentBefore(s, h); // ", which had expelled ..." parsed as a clause of its own
    }
    if (t.isPos("PRP")) {
      return pronoun(s, h);
    }
    if (PARTITIVES.contains(t.word().toLowerCase(Locale.ROOT)) && !t.isPos("NNP")) {
      for (int c : Trees.withCase(s, h, "of")) {
        return withPlace(s, h, one(s, c));
      }
    }
    ActorIndex.Entry e = actors.at(t.begin());
    String governed = e != null && e.kind() == ActorKind.GROUP && e.country() == null
        && GOVERNMENT.contains(t.word().toLowerCase(Locale.ROOT)) && ActorCodes.countriesIn(e.name()).isEmpty()
        ? countryIn(s, h) : null;
    if (governed != null) {
      return country(governed, mention(s, phrase(s, h)), h); // "the government of Chad": Chad
    }
    if (e != null) {
      return existing(e, null, h);
    }
    Gazetteer.Country demonym = t.word().endsWith("s") ? ActorCodes.country(t.word()) : null;
    if (demonym != null && demonym.form() == Gazetteer.CountryForm.DEMONYM && Character.isUpperCase(
        t.word().charAt(0))) {
      Mention m = mention(s, phrase(s, h));
      return new Ref(null, m.text(), ActorKind.GROUP, null, m, h); // "Palestinians", "Israelis", "Ghanaians"
    }
    if (lex.isTitleWord(t.word()) && !t.ner().equals("PERSON")) {
      Ref holder = titleHolder(s, h);
      if (holder != null) {
        return holder;
      }
      if (t.isPos("NNP")) {
        return noun(s, h);
      }
    }
    if (t.isPos("NNP")) {
      int[] span = nameSpan(s, h);
      for (int k = span[1]; k >= span[0]; k--) {
        ActorIndex.Entry part = actors.at(s.tokens().get(k).begin());
        if (part != null) {
          return existing(part, null, h); // "Tom King" where the name was found as "Tom"
        }
      }
      if (t.pos().equals("NNPS") && countryIn(s, h) != null) {
        Mention m = mention(s, phrase(s, h));
        return new Ref(null, m.text(), ActorKind.GROUP, null, m, h); // "Iraqi Kurds", "Bosnian Serbs"
      }
      String name = text.substring(s.tokens().get(span[0]).begin(), s.tokens().get(span[1]).end());
      Gazetteer.Country people = ActorCodes.country(name);
      if (people != null && people.form() == Gazetteer.CountryForm.DEMONYM) {
        Mention m = mention(s, phrase(s, h));
        return new Ref(null, m.text(), ActorKind.GROUP, null, m, h); // "scores of Sierra Leonean and ... refugees"
      }
      if (people != null && people.form() == Gazetteer.CountryForm.NAME && t.ner().equals("LOCATION")) {
        // a country no earlier stage found: its name misspelt ("Ethopia has agreed")
        return country(people.iso3(), new Mention(s.tokens().get(span[0]).begin(), s.tokens().get(span[1]).end(),
            name), h);
      }
      ActorIndex.Entry named = actors.personBySurname(name, Integer.MAX_VALUE);
      if (named != null) {
        return existing(named, new Mention(s.tokens().get(span[0]).begin(), s.tokens().get(span[1]).end(), name), h);
      }
      if (!t.ner().equals("PERSON") && !t.ner().equals("ORGANIZATION")) {
        return null;
      }
      ActorKind kind = t.ner().equals("PERSON") ? ActorKind.PERSON : ActorKind.ORGANIZATION;
      Mention m = new Mention(s.tokens().get(span[0]).begin(), s.tokens().get(span[1]).end(), name);
      return new Ref(null, name, kind, null, m, h);
    }
    if (t.isPos("NN")) {
      Ref named = namedAppositive(s, h);
      return named != null ? named : noun(s, h);
    }
    return null;
  }

  /**
   * "The United States auto manufacturer Chrysler", "the carmaker, Fiat,": a singular common noun followed by a name
   * in apposition is the one named, not a country or body among its modifiers; null when no name in apposition is an
   * actor.
   */
  private @Nullable Ref namedAppositive(Sentence s, int h) {
    for (int c : Trees.children(s, h, "appos")) {
      if (c > h && s.tokens().get(c).isPos("NNP")) {
        Ref r = one(s, c);
        if (r != null) {
          return r;
        }
      }
    }
    return null;
  }

  /**
   * "Tens of thousands of university students throughout Indonesia": the place named on the partitive belongs to the
   * group it counts.
   */
  private @Nullable Ref withPlace(Sentence s, int partitive, @Nullable Ref inner) {
    if (inner == null || inner.id() != null || !ActorCodes.countriesIn(inner.name()).isEmpty()) {
      return inner;
    }
    for (Dependency d : s.children(partitive)) {
      int c = d.dependent();
      String prep = Trees.caseWord(s, c);
      if (Trees.isArgument(d.relation()) && prep != null && !prep.equals("of")
          && !ActorCodes.countriesIn(text.substring(s.tokens().get(firstOf(s, c)).begin(),
              s.tokens().get(lastOf(s, c)).end())).isEmpty()) {
        String place = text.substring(s.tokens().get(firstOf(s, c)).begin(), s.tokens().get(lastOf(s, c)).end());
        return new Ref(null, inner.name() + " " + place, inner.kind(), null, inner.mention(), inner.token());
      }
    }
    return inner;
  }

  /**
   * A noun of people the parser took for a verb with no object of its own: "surrendered to police" read as the
   * infinitive "to police"; empty for any other verb.
   */
  List<Ref> nounTakenForVerb(Sentence s, int v) {
    Token t = s.tokens().get(v);
    String kind = lex.personWord(t.word().toLowerCase(Locale.ROOT));
    if (!t.isPos("VB") || !("GROUP".equals(kind) || "INSTITUTION".equals(kind)) || Trees.object(s, v) >= 0) {
      return List.of();
    }
    Ref r = noun(s, v);
    return r == null ? List.of() : List.of(r);
  }

  /** A common noun: a group, a government, an institution or a description of a person; null for anything else. */
  private @Nullable Ref noun(Sentence s, int h) {
    Token t = s.tokens().get(h);
    String w = t.word().toLowerCase(Locale.ROOT);
    int[] span = phrase(s, h);
    Mention m = mention(s, span);
    String name = m.text();
    boolean modified = span[0] != h || span[1] != h;
    String iso = countryIn(s, h);
    String kind = lex.personWord(w);
    boolean group = ActorCodes.headSector(w) != null || "GROUP".equals(kind) || "INSTITUTION".equals(kind);
    if (group && !lex.isTitleWord(w)) {
      if (GOVERNMENT.contains(w) && iso != null) {
        return country(iso, m, h);
      }
      if (!modified && ("INSTITUTION".equals(kind) || GOVERNMENT.contains(w))) {
        // "the court", "the ministry": the organisation of that name mentioned last, if any
        ActorIndex.Entry org = actors.recentOrganization(t.begin(), w);
        if (org == null && "INSTITUTION".equals(kind)) {
          org = ofSector(t.begin(), w);
        }
        boolean theState = ActorIndex.GOVERNMENT_WORDS.contains(w)
            && "the".equals(Trees.lowerWord(s, Math.max(0, h - 1)));
        if (org == null && theState) {
          org = actors.homeCountry(); // "the government" of a story set in one country is that country's
        }
        if (org == null && "INSTITUTION".equals(kind) && Trees.child(s, h, "det") >= 0) {
          // "the army detained", "a court sentenced": the body itself, of the story's country (see countryOf)
          return new Ref(null, w, ActorKind.ORGANIZATION, null, m, h);
        }
        if (org == null && BARE_OFFICIALS.contains(w) && Trees.child(s, h, "det") < 0) {
          // "Authorities arrested twelve people", "turned himself in to authorities": of the story's country
          return new Ref(null, w, ActorKind.GROUP, null, m, h);
        }
        return org == null ? null : existing(org, m, h);
      }
      ActorKind k = "INSTITUTION".equals(kind) || !t.pos().endsWith("S") && !"GROUP".equals(kind)
          ? ActorKind.ORGANIZATION : ActorKind.GROUP;
      boolean named = !name.equals(name.toLowerCase(Locale.ROOT));
      return new Ref(null, iso == null && !named ? ownedBy(s, h, name) : name, k, null, m, h);
    }
    if (lex.isTitleWord(w) || lex.isTitleWord(singular(w))) {
      if (t.pos().endsWith("S")) {
        return new Ref(null, name, ActorKind.GROUP, null, m, h); // "prosecutors charged", "Kenyan senators"
      }
      if (bareMassUse(s, h)) {
        return null; // "bring to justice", "a commitment to justice", "social justice": the value, not a judge
      }
      boolean definite = Trees.child(s, h, "det") >= 0 && Trees.word(s, Trees.child(s, h, "det")).equals("the");
      if (definite && Trees.child(s, h, "nmod:poss") < 0) {
        Gazetteer.Title office = lex.title(w);
        ActorIndex.Entry p = actors.officeHolder(t.begin(), office == null ? null : office.role(), null, null, iso);
        if (p != null) {
          return existing(p, m, h);
        }
      }
      // "the president of Armenia"; "the mayor", "a judge" the text does not name: one person known by the office,
      // of the one country whose office it is ("the Pope") if there is one
      Gazetteer.Title office = lex.title(w);
      return new Ref(null, name, ActorKind.PERSON, office == null ? null : office.country(), m, h);
    }
    if ("INDIVIDUAL".equals(kind)) {
      // "charged the suspect", "the victim": named by role; "her sister": by role and whose
      return new Ref(null, ownedBy(s, h, name), ActorKind.PERSON, null, m, h);
    }
    for (int c : Trees.children(s, h, "compound", "amod")) {
      Ref r = modifier(s, c); // "UN peacekeepers", "an Israeli plane": the actor they belong to
      if (r != null) {
        // people or things of a country in the plural are a group of their own: "Algerian landowners"
        return t.pos().equals("NNS") && r.kind() == ActorKind.COUNTRY ? new Ref(null, name, ActorKind.GROUP, null, m, h)
            : r;
      }
    }
    return ofForce(s, h);
  }

  /** The sectors of the state's own bodies whose patrols, convoys and planes are theirs. */
  private static final Set<String> FORCES = Set.of("MIL", "COP", "GOV");

  /** Units and craft that act for the body that sends them (not buildings: those are places where things happen). */
  private static final Set<String> UNITS = Set.of("patrol", "patrols", "convoy", "convoys", "column", "columns",
      "unit", "units", "plane", "planes", "aircraft", "helicopter", "helicopters", "jet", "vehicle", "vehicles",
      "truck", "trucks", "boat", "boats", "ship", "ships", "vessel", "vessels", "checkpoint", "checkpoints");

  /**
   * "ambushed an army patrol", "shot down a government plane", "fired on a police boat": a unit or craft named after
   * the state body it belongs to is that body, of the story's country as "the army" is; null for anything else, and
   * for one the sentence places ("a police station in Egypt" is a target in Egypt).
   */
  private @Nullable Ref ofForce(Sentence s, int h) {
    if (!UNITS.contains(s.tokens().get(h).word().toLowerCase(Locale.ROOT)) || !Trees.withCase(s, h, "in").isEmpty()) {
      return null;
    }
    for (int c : Trees.children(s, h, "compound", "amod")) {
      Token ct = s.tokens().get(c);
      String cw = ct.word().toLowerCase(Locale.ROOT);
      String sector = ActorCodes.headSector(cw);
      if (sector == null || !cw.equals(ct.word()) || lex.isTitleWord(cw) || !FORCES.contains(sector)) {
        continue;
      }
      Mention m = new Mention(ct.begin(), ct.end(), ct.word());
      if (GOVERNMENT.contains(cw)) {
        ActorIndex.Entry home = actors.homeCountry();
        return home == null ? null : existing(home, m, c);
      }
      return new Ref(null, cw, ActorKind.ORGANIZATION, null, m, c);
    }
    return null;
  }

  /**
   * "their forces", "her sister": the name of an unnamed group or person with whose it is, when a possessive pronoun
   * says so and resolves ("the rebels' forces", "Smith's sister"); else the name as it is.
   */
  private String ownedBy(Sentence s, int h, String name) {
    int poss = Trees.child(s, h, "nmod:poss");
    Ref owner = poss >= 0 && s.tokens().get(poss).isPos("PRP") ? pronoun(s, poss) : null;
    if (owner == null) {
      return name;
    }
    return owner.kind() == ActorKind.PERSON ? owner.name() + "'s " + name : owner.name() + " " + name;
  }

  /**
   * "Verano Mining Corp. ... the company", "the Liberty Party ... the party": the organisation of the sector a bare
   * institution noun names, mentioned last shortly before; null if none or the noun names no sector.
   */
  private ActorIndex.@Nullable Entry ofSector(int offset, String word) {
    String sector = ActorCodes.headSector(word);
    if (sector == null || sector.isEmpty()) {
      return null;
    }
    return actors.nearbyOrganization(offset, SECTOR_CHARS, e -> ActorCodes.codes(e.name(), e.kind(), e.country(),
        e.organization(), e.role(), null).stream().anyMatch(c -> c.endsWith(sector)));
  }

  /**
   * Whether a singular lower-case title word stands bare, with no determiner, owner, compound, "of" phrase,
   * apposition or conjunct to make it someone: an abstract noun that shares its spelling with an office ("justice"),
   * not "former archbishop and cardinal X".
   */
  private static boolean bareMassUse(Sentence s, int h) {
    Token t = s.tokens().get(h);
    return !t.pos().endsWith("S") && Character.isLowerCase(t.word().charAt(0))
        && Trees.child(s, h, "det", "nmod:poss", "compound", "nmod", "appos", "nummod", "conj") < 0
        && !s.relation(h).startsWith("appos") && !s.relation(h).startsWith("compound") && !s.relation(h).equals("conj");
  }

  /**
   * "The Federal Minister for Interior Aftab Sherpao", "the former Lord Mayor Ann Smith" (the name parsed as a loose
   * dependent of the title): the person a title heads, named after it; or null. A named person is their own actor,
   * never the last holder of the title named before.
   */
  private @Nullable Ref titleHolder(Sentence s, int h) {
    for (Dependency d : s.children(h)) {
      String r = d.relation();
      Token c = s.tokens().get(d.dependent());
      if ((r.equals("appos") || Trees.isArgument(r) || r.equals("compound") || r.equals("dep") || r.equals("flat"))
          && c.ner().equals("PERSON")
          && d.dependent() > h) {
        return one(s, d.dependent());
      }
    }
    return null;
  }

  /** A personal pronoun: the speaker of the quote it stands in, or the person or body it refers back to. */
  private @Nullable Ref pronoun(Sentence s, int h) {
    Token t = s.tokens().get(h);
    String w = t.word().toLowerCase(Locale.ROOT);
    Quote q = Quote.spokenAt(quotes, t.begin());
    ActorIndex.Entry speaker = q == null || q.speaker() == null ? null : actors.get(q.speaker());
    Mention m = new Mention(t.begin(), t.end(), t.word());
    if (FIRST_PERSON.contains(w)) {
      ActorIndex.Entry body = speaker == null || !WE.contains(w) ? null : bodyOf(speaker);
      return speaker == null ? null : existing(body != null ? body : speaker, m, h);
    }
    int doer = s.head(h) < 0 || !(w.endsWith("self") || w.endsWith("selves")) ? -1
        : Trees.exactChild(s, s.head(h), "nsubj");
    if (doer >= 0 && doer != h) {
      return one(s, doer); // "the gunman surrendered himself": the subject again, never an actor of its own
    }
    ActorIndex.Entry e = actors.at(t.begin());
    if (e != null) {
      return existing(e, null, h);
    }
    String gender = lex.pronounGender(w);
    ActorIndex.Entry reporter = antecedents.reportingBody(s, h, q);
    if (reporter != null) {
      return existing(reporter, m, h);
    }
    if (NEUTER.contains(w)) {
      Ref subject = clauseSubject(s, h);
      if (subject == null) {
        subject = earlierOne(s, h, PLURAL.contains(w));
      }
      return subject != null || !PLURAL.contains(w) ? subject : recentGroup(t, m, h);
    }
    if (gender != null && !gender.equals("n")) {
      ActorIndex.Entry p = antecedents.person(s, h, gender, q);
      return p == null ? null : existing(p, m, h);
    }
    return null;
  }

  /** Whether one actor speaks for the other as "we": a person and the organisation of their office. */
  boolean speaksFor(String person, String body) {
    ActorIndex.Entry p = actors.get(person);
    ActorIndex.Entry b = p == null ? null : bodyOf(p);
    return b != null && b.id().equals(body);
  }

  /**
   * The body a person speaks for when saying "we": the organisation of the speaker's office, if it is an actor of the
   * story ("we urge Iraqi leaders", said by a State Department spokesperson, is the State Department's appeal); null
   * for a speaker with no organisation.
   */
  private ActorIndex.@Nullable Entry bodyOf(ActorIndex.Entry speaker) {
    String org = speaker.organization();
    if (speaker.kind() != ActorKind.PERSON || org == null) {
      return null;
    }
    ActorIndex.Entry abbreviated = actors.abbreviated(org);
    if (abbreviated != null && abbreviated.kind() == ActorKind.ORGANIZATION) {
      return abbreviated;
    }
    return actors.withName(org, ActorKind.ORGANIZATION);
  }

  /**
   * The subject of the sentence before, for a subject or possessive pronoun with none to follow in its own sentence:
   * "The Security Council met on Friday. It condemned ..." (the subject is what the next sentence goes on about).
   * Empty when the pronoun is no subject or owner, or the sentence opens a text.
   */
  private List<Ref> earlierSubject(Sentence s, int h) {
    String r = s.relation(h);
    if (!r.equals("nsubj") && !r.equals("nsubj:pass") && !r.equals("nmod:poss") || s.index() <= 0
        || s.index() > sentences.size()) {
      return List.of();
    }
    Sentence prev = sentences.get(s.index() - 1);
    if (prev.index() != s.index() - 1) {
      return List.of();
    }
    for (Dependency d : prev.dependencies()) {
      if (d.governor() < 0) {
        int subj = Trees.exactChild(prev, d.dependent(), "nsubj");
        return resolve(prev, subj < 0 ? Trees.exactChild(prev, d.dependent(), "nsubj:pass") : subj);
      }
    }
    return List.of();
  }

  /**
   * The one actor an "it" or a "they" takes from the sentence before ({@link #earlierSubject}), if its number agrees:
   * no person for either, a body or group for "they", a body or country named in the singular for "it"; else null.
   */
  private @Nullable Ref earlierOne(Sentence s, int h, boolean plural) {
    List<Ref> before = earlierSubject(s, h);
    if (before.size() != 1 || before.get(0).kind() == ActorKind.PERSON) {
      return null;
    }
    Ref r = before.get(0);
    boolean many = r.kind() == ActorKind.GROUP;
    if (plural != many) {
      return null;
    }
    Token t = s.tokens().get(h);
    return new Ref(r.id(), r.name(), r.kind(), r.iso3(), r.id() == null ? r.mention()
        : new Mention(t.begin(), t.end(), t.word()), h);
  }

  /**
   * "Students marched. Their demands included ...": a plural pronoun with no subject to follow in its own sentence
   * stands for the group of people named last before it, if that was shortly before (a sentence or two).
   */
  private @Nullable Ref recentGroup(Token t, Mention m, int h) {
    ActorIndex.Entry best = null;
    int bestEnd = -1;
    for (ActorIndex.Entry e : actors.entries()) {
      if (e.kind() != ActorKind.GROUP) {
        continue;
      }
      for (Mention mention : e.mentions()) {
        if (mention.end() <= t.begin() && mention.end() > bestEnd) {
          best = e;
          bestEnd = mention.end();
        }
      }
    }
    return best == null || t.begin() - bestEnd > RECENT_CHARS ? null : existing(best, m, h);
  }

  /**
   * "Japan and India announced that they would ...": the actors a plural pronoun stands for when the nearest subject
   * of a clause above it joins two or more named actors; empty when it joins fewer, or one of them is no actor.
   */
  private List<Ref> coordinatedSubject(Sentence s, int h) {
    int k = s.head(h);
    for (int depth = 0; k >= 0 && depth < 5; depth++, k = s.head(k)) {
      for (Dependency d : s.children(k)) {
        int subj = d.dependent();
        if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && subj != h && subj != s.head(h)
            && !s.tokens().get(subj).isPos("PRP")) {
          List<Ref> out = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (int c : Trees.conjuncts(s, subj)) {
            Ref r = one(s, c);
            if (r == null || c >= h) {
              return List.of();
            }
            if (seen.add(r.key())) {
              out.add(r);
            }
          }
          return out.size() >= 2 ? out : List.of();
        }
      }
    }
    return List.of();
  }

  /** "Benin opened its borders": "its" is the non-person subject of a clause above the pronoun. */
  private @Nullable Ref clauseSubject(Sentence s, int h) {
    int k = s.head(h);
    for (int depth = 0; k >= 0 && depth < 5; depth++, k = s.head(k)) {
      for (Dependency d : s.children(k)) {
        if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && d.dependent() != h
            && d.dependent() != s.head(h) && !s.tokens().get(d.dependent()).isPos("PRP")) {
          Ref r = one(s, d.dependent());
          boolean plural = PLURAL.contains(Trees.word(s, h).toLowerCase(Locale.ROOT));
          if (plural && r != null && r.kind() == ActorKind.PERSON && Trees.conjuncts(s, d.dependent()).size() == 1
              && !s.tokens().get(d.dependent()).pos().endsWith("S")) {
            break; // "the parents had Waseem released by saying they forgave him": "they" is no one person
          }
          if (r != null && r.kind() == ActorKind.COUNTRY && PLURAL.contains(Trees.word(s, h).toLowerCase(Locale.ROOT))
              && Trees.conjuncts(s, d.dependent()).size() == 1) {
            return null; // "Poland criticized their decision": "their" is not Poland's
          }
          if (r != null && r.kind() != ActorKind.PERSON) {
            Token t = s.tokens().get(h);
            return r.id() == null ? r : new Ref(r.id(), r.name(), r.kind(), r.iso3(),
                new Mention(t.begin(), t.end(), t.word()), h);
          }
          return null;
        }
      }
    }
    return null;
  }

  /**
   * Whose thing a noun names, when the noun is no actor: its possessor ("Haiti's efforts"), "by"/"from" X ("calls by
   * Belarus's rulers"), the agent of a participle on it ("sailors detained by Iran"), the subject of a relative clause
   * on it ("the policy Trump announced"), a country adjective ("an Indian proposal"), an actor among its "of",
   * "with", "against", "on", "for", "in" complements, two deep; else, for a deed named again ("the vote"), its doer.
   */
  List<Ref> owner(Sentence s, int n) {
    return owner(s, n, 0);
  }

  private List<Ref> owner(Sentence s, int n, int depth) {
    if (n < 0) {
      return List.of();
    }
    for (int c : Trees.children(s, n, "nmod:poss")) {
      List<Ref> r = resolve(s, c);
      if (!r.isEmpty()) {
        return r;
      }
    }
    for (String prep : List.of("by", "from")) {
      for (int c : Trees.withCase(s, n, prep)) {
        List<Ref> r = resolve(s, c);
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (int a : Trees.children(s, n, "acl", "acl:relcl")) {
      for (int c : Trees.withCase(s, a, "by")) { // "sailors detained by Iran", "strikes which were carried out by X"
        List<Ref> r = resolve(s, c);
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (int a : Trees.children(s, n, "acl:relcl")) {
      if (Trees.object(s, a) == n || Trees.object(s, a) >= 0 && s.tokens().get(Trees.object(s, a)).isPos("WDT")) {
        List<Ref> r = resolve(s, Trees.exactChild(s, a, "nsubj")); // "the policy (that) Trump announced"
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    for (int c : Trees.children(s, n, "amod", "compound")) {
      Ref r = modifier(s, c);
      for (int cc : Trees.children(s, c, "amod", "compound")) {
        r = r != null ? r : modifier(s, cc); // "a new US blockade measure": the modifier of a modifier
      }
      if (r != null) {
        return List.of(r);
      }
    }
    if (depth < 2) {
      for (Dependency d : s.children(n)) {
        if (!d.relation().equals("nmod") && !d.relation().equals("obl")) {
          continue;
        }
        String prep = Trees.caseWord(s, d.dependent());
        if (prep == null || !Set.of("of", "with", "against", "on", "for", "in", "into", "to", "over").contains(prep)) {
          continue;
        }
        List<Ref> r = resolve(s, d.dependent());
        if (r.isEmpty()) {
          r = owner(s, d.dependent(), depth + 1);
        }
        if (!r.isEmpty()) {
          return r;
        }
      }
    }
    Deeds.Doing doing = depth == 0 ? deeds.doing(sentences, s, n) : null;
    return doing == null ? List.of() : resolve(doing.sentence(), doing.doer()); // "the vote" after "X voted"
  }

  /**
   * Who did what a passive with no agent says, when the same verb named its doer just before: "Police arrested twelve
   * people. Four more were arrested later" (the police); empty if it did not.
   */
  List<Ref> earlierDoer(Sentence s, int v) {
    Deeds.Doing doing = deeds.sameDeedBefore(sentences, s, v);
    return doing == null ? new ArrayList<>() : resolve(doing.sentence(), doing.doer());
  }

  /**
   * The country of a town or region a phrase names, or of one in apposition to it ("in Surabaya", "in the capital, San
   * Juan"); null if it names none.
   */
  @Nullable Ref countryOfTown(Sentence s, int h) {
    List<Integer> heads = new ArrayList<>(List.of(h));
    heads.addAll(Trees.children(s, h, "appos"));
    for (int k : heads) {
      if (!s.tokens().get(k).isPos("NNP")) {
        continue;
      }
      int[] span = nameSpan(s, k);
      for (int c : Trees.children(s, k, "compound")) {
        span[0] = Math.min(span[0], c);
      }
      Mention m = mention(s, span);
      Gazetteer.Place town = lex.place(m.text());
      if (town != null && town.country() != null) {
        return country(town.country(), m, k);
      }
    }
    return null;
  }

  /** An actor or country named by a modifier word: "US sanctions", "the Israeli army", "Russian attack". */
  @Nullable Ref modifier(Sentence s, int c) {
    Token t = s.tokens().get(c);
    ActorIndex.Entry e = actors.at(t.begin());
    if (e != null) {
      return existing(e, null, c);
    }
    String w = t.word().startsWith("#") ? t.word().substring(1) : t.word(); // a hashtag in a quoted post: "#US"
    int dash = w.lastIndexOf('-');
    if (dash > 0 && BELONGING.contains(w.substring(dash + 1).toLowerCase(Locale.ROOT))) {
      w = w.substring(0, dash); // "a British-flagged tanker" as one word
    }
    Gazetteer.Country k = !w.isEmpty() && Character.isUpperCase(w.charAt(0)) ? ActorCodes.country(w) : null;
    if (k != null && s.head(c) >= 0 && lex.namesAnAccord(w, Trees.word(s, s.head(c)))) {
      return null; // "the Bogota Declaration": no act of Colombia's
    }
    int part = BELONGING.contains(t.word().toLowerCase(Locale.ROOT))
        ? Trees.child(s, c, "dep", "amod", "compound", "npmod", "obl:npmod") : -1;
    if (k == null && part >= 0 && part < c) {
      return modifier(s, part); // "a British - flagged tanker" as three words
    }
    int first = firstOf(s, c);
    if (k == null && first < c && Character.isUpperCase(s.tokens().get(first).word().charAt(0))) {
      // "a Sri Lankan navy boat", "West German officials": a demonym of two words, the first hung on the second
      Mention wide = new Mention(s.tokens().get(first).begin(), t.end(),
          text.substring(s.tokens().get(first).begin(), t.end()));
      Gazetteer.Country two = ActorCodes.country(wide.text());
      return two == null ? null : country(two.iso3(), wide, c);
    }
    return k == null ? null : country(k.iso3(), new Mention(t.begin(), t.end(), t.word()), c);
  }

  /** The country (ISO3) a noun's modifiers name: "Sudan's government", "Turkish authorities", "rebels in Sudan". */
  private @Nullable String countryIn(Sentence s, int h) {
    for (Dependency d : s.children(h)) {
      String r = d.relation();
      boolean in = Trees.isArgument(r) && Set.of("in", "of", "from").contains(
          String.valueOf(Trees.caseWord(s, d.dependent())));
      if (r.equals("amod") || r.equals("compound") || r.equals("nmod:poss") || in) {
        Token c = s.tokens().get(d.dependent());
        ActorIndex.Entry e = actors.at(c.begin());
        if (e != null && e.kind() == ActorKind.COUNTRY && e.country() != null) {
          return e.country();
        }
        Gazetteer.Country k = Character.isUpperCase(c.word().charAt(0)) ? ActorCodes.country(c.word()) : null;
        if (k != null) {
          return k.iso3();
        }
        List<String> within = ActorCodes.countriesIn(text.substring(c.begin(), s.tokens().get(
            lastOf(s, d.dependent())).end()));
        if (!within.isEmpty()) {
          return within.get(0);
        }
      }
    }
    return null;
  }

  private Ref country(String iso3, Mention m, int token) {
    for (ActorIndex.Entry e : actors.entries()) {
      if (e.kind() == ActorKind.COUNTRY && iso3.equals(e.country())) {
        return existing(e, m, token);
      }
    }
    String name = lex.countryName(iso3);
    return new Ref(null, name == null ? iso3 : name, ActorKind.COUNTRY, iso3, m, token);
  }

  private static Ref existing(ActorIndex.Entry e, @Nullable Mention m, int token) {
    return new Ref(e.id(), e.name(), e.kind(), e.country(), m, token);
  }

  /**
   * The actor id for a participant: the existing actor (with the new mention added), or a new one; null for a
   * participant that names no actor and no words to make one from.
   */
  @Nullable String commit(Ref r) {
    ActorIndex.Entry e = r.id() == null ? null : actors.get(r.id());
    for (ActorIndex.Entry c : e == null ? actors.entries() : List.<ActorIndex.Entry>of()) {
      boolean sameCountry = r.kind() == ActorKind.COUNTRY && r.iso3() != null && r.iso3().equals(c.country());
      if (c.kind() == r.kind() && (sameCountry || c.name().equalsIgnoreCase(r.name()))) {
        e = c;
      }
    }
    if (e == null) {
      return r.mention() == null ? null : actors.named(r.name(), r.kind(), countryOf(r), r.mention()).id();
    }
    if (r.mention() != null && actors.at(r.mention().begin()) == null) {
      actors.addMention(e, r.mention());
    }
    if (e.country() == null && e.kind() == ActorKind.GROUP) {
      actors.placeIn(e, countryOf(r)); // a group first named by an earlier stage ("the rebels" as a speaker)
    }
    return e.id();
  }

  /**
   * The country of a new actor: its own, else the one its name says ("Fijian rebels"), else none if it belongs to an
   * international body ("UN peacekeepers"), else the story's home country ("the rebels" in a story set in one).
   */
  private @Nullable String countryOf(Ref r) {
    if (r.iso3() != null || r.kind() == ActorKind.COUNTRY) {
      return r.iso3();
    }
    List<String> named = ActorCodes.countriesIn(r.name());
    if (!named.isEmpty()) {
      return named.size() == 1 ? named.get(0) : null; // "Hungarian and Romanian officials" belong to no one country
    }
    if (!ActorCodes.codes(r.name(), r.kind(), null, null, null, null).get(0).startsWith(ActorCodes.UNKNOWN)) {
      return null;
    }
    return actors.home();
  }

  /**
   * The tokens of a group's name around its head: compounds, adjectives, names, possessors, and "in"/"of"/"from"
   * complements that name a place or body ("rebels in the Ivory Coast"); not determiners, numbers or quantifiers.
   */
  private int[] phrase(Sentence s, int head) {
    int first = head;
    int last = head;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      int c = d.dependent();
      Token t = s.tokens().get(c);
      boolean keep = r.equals("compound") || r.equals("flat") || r.equals("nmod:poss") && !t.isPos("PRP")
          || r.equals("amod") && !QUANTIFIERS.contains(t.word().toLowerCase(Locale.ROOT)) && t.ner().equals("O")
          && !t.pos().equals("VBG") && !t.isPos("CD") && !ORDINALS.contains(t.word().toLowerCase(Locale.ROOT));
      boolean named = t.isPos("NNP") || actors.at(t.begin()) != null
          || Trees.children(s, c, "compound").stream().anyMatch(k -> s.tokens().get(k).isPos("NNP"))
          || !ActorCodes.countriesIn(text.substring(s.tokens().get(firstOf(s, c)).begin(),
              s.tokens().get(lastOf(s, c)).end())).isEmpty(); // "the president of Armenia"
      if (Trees.isArgument(r) && c > head && Set.of("in", "of", "from").contains(
          String.valueOf(Trees.caseWord(s, c))) && named) {
        last = Math.max(last, lastOf(s, c));
        continue;
      }
      if (keep) {
        first = Math.min(first, firstOf(s, c));
        last = Math.max(last, c < head ? last : lastOf(s, c));
      }
    }
    // a leading determiner or possessive pronoun inside the span is not part of the name
    while (first < head && (s.tokens().get(first).isPos("DT") || s.tokens().get(first).isPos("PRP$")
        || QUANTIFIERS.contains(s.tokens().get(first).word().toLowerCase(Locale.ROOT)))) {
      first++;
    }
    return new int[] {first, last};
  }

  private static int firstOf(Sentence s, int k) {
    int first = k;
    for (Dependency d : s.children(k)) {
      if (!d.relation().equals("punct") && !d.relation().equals("det")) {
        first = Math.min(first, firstOf(s, d.dependent()));
      }
    }
    return first;
  }

  private static int lastOf(Sentence s, int k) {
    int last = k;
    for (Dependency d : s.children(k)) {
      if (!d.relation().equals("punct") && !d.relation().startsWith("acl") && !d.relation().equals("appos")) {
        last = Math.max(last, lastOf(s, d.dependent()));
      }
    }
    return last;
  }

  /** A run of proper nouns around a head: "Hezbollah", "Kurdistan Workers' Party". */
  private static int[] nameSpan(Sentence s, int h) {
    int first = h;
    int last = h;
    String ner = s.tokens().get(h).ner();
    while (first > 0 && s.tokens().get(first - 1).isPos("NNP") && s.head(first - 1) == h
        && s.tokens().get(first - 1).ner().equals(ner)) {
      first--;
    }
    while (last + 1 < s.tokens().size() && s.tokens().get(last + 1).isPos("NNP") && s.head(last + 1) == h
        && s.tokens().get(last + 1).ner().equals(ner)) {
      last++;
    }
    return new int[] {first, last};
  }

  private Mention mention(Sentence s, int[] span) {
    int b = s.tokens().get(span[0]).begin();
    int e = s.tokens().get(span[1]).end();
    return new Mention(b, e, text.substring(b, e));
  }

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
