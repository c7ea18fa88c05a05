package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.time.TimeExtractor;
import org.parley.util.Nullable;

/**
 * Finds the people, countries and organisations of a document and joins their mentions into actors: names
 * with their titles ("Chilean Foreign Minister Ana Rojas": person, role Foreign Minister, country CHL), later mentions
 * by surname, by description ("the Kenyan president") and by capital ("Moscow"); the building of an office of state
 * ("the White House") is a body of its own. Pure and thread-safe.
 */
public final class ActorExtractor {
  public static final String NAME = "actors";

  /** Lower-case words that join parts of one surname ("van der Berg", "bin Salman"). */
  static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "del", "della", "da", "di", "du",
      "la", "le", "al", "al-", "el", "bin", "ibn", "ben", "dos", "das", "ter", "zu");

  /** Nouns that, after a demonym, give a person's nationality without an office ("a Turkish national"). */
  static final Set<String> NATIONALITY_NOUNS = Set.of("national", "citizen", "nationals", "citizens");

  /** Nouns that, after a country word, describe a person by office ("the Chilean leader"). */
  static final Set<String> LEADER_NOUNS = Set.of("leader", "head", "strongman", "dictator", "autocrat");

  /** Lower-case grades and epithets that may stand between a country and a title ("the Nigerian junior minister"). */
  static final Set<String> TITLE_MODIFIERS = Set.of("junior", "senior", "top", "chief", "then", "veteran", "outgoing",
      "incoming", "newly", "new", "elected", "appointed", "powerful", "hardline", "moderate", "long-serving");

  private final Gazetteer lex;

  public ActorExtractor(Gazetteer lex) {
    this.lex = lex;
  }

  public ActorExtractor() {
    this(Gazetteer.get());
  }

  public String name() {
    return NAME;
  }

  /** A person named in the text, with what the words around the name say about them. */
  record PersonMention(int sentence, int first, int last, int begin, int end, String text, List<String> words,
      @Nullable String role, @Nullable String country, @Nullable String organization, @Nullable String gender) {
    boolean surnameOnly() {
      return words.size() == 1 || PARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT));
    }

    /**
     * The surname, with its particles: "al-Quaety" for "Nabil Hasan al-Quaety", "de Graaf" for "de Graaf" alone (a
     * particle in lower case opens no given name), and for "Al-Quaety" at the start of a sentence, where the hyphen
     * shows the particle is part of the surname (the "Al" of "Al Gore" is a given name).
     */
    String surname() {
      for (int i = 0; i < words.size(); i++) {
        boolean particle = PARTICLES.contains(words.get(i).toLowerCase(Locale.ROOT));
        boolean lower = Character.isLowerCase(words.get(i).charAt(0));
        if (particle && (i > 0 || lower || i + 1 < words.size() && words.get(i + 1).equals("-"))) {
          return String.join(" ", words.subList(i, words.size())).replace(" - ", "-");
        }
      }
      return words.get(words.size() - 1);
    }
  }

  /** "the Kenyan president": resolved to a person once all names are known. */
  record Description(int begin, int end, String text, String country, @Nullable String role) {}

  public ActorIndex extract(AnnotatedDocument doc, Issues issues) {
    ActorIndex index = new ActorIndex(lex);
    List<PersonMention> persons = new ArrayList<>();
    List<Description> descriptions = new ArrayList<>();
    List<Mention> ownBodies = new ArrayList<>();
    String text = doc.text();
    Setting setting = setting(doc);
    Map<String, String> namesakeBodies = namesakeBodies(doc);
    for (Sentence s : doc.sentences()) {
      boolean[] taken = new boolean[s.tokens().size()];
      for (int[] span : personSpans(s)) {
        List<Token> t = s.tokens();
        int last = namedAfter(t, span[1] - 1);
        if (last >= span[1]) {
          ActorIndex.Entry body = orgActor(index, text.substring(t.get(span[0]).begin(), t.get(last).end()), null);
          index.addMention(body, mention(t, span[0], last, text));
          mark(taken, span[0], last);
          continue;
        }
        String body = namesakeBodies.get(text.substring(t.get(span[0]).begin(), t.get(span[1]).end()));
        if (body != null && span[1] + 2 < t.size() && t.get(span[1] + 1).isPos("POS")
            && Character.isUpperCase(t.get(span[1] + 2).word().charAt(0))) {
          // "X Hospital ... X's Acute Care Clinic": the hospital's unit, not a person's
          index.addMention(orgActor(index, body, null), mention(t, span[0], span[1], text));
          mark(taken, span[0], span[1]);
          continue;
        }
        PersonMention pm = person(s, span[0], span[1], text, taken, persons, setting);
        persons.add(pm);
      }
      for (int i : surnamesReadAsPlaces(s, taken, persons)) {
        persons.add(person(s, i, i, text, taken, persons, setting)); // "Sudesh Amman ... Amman": him, not Jordan
      }
      namedEntities(s, text, taken, index, setting);
      descriptions.addAll(descriptions(s, text, taken));
      ownBodies.addAll(bodiesOfTheCountry(s, text, taken));
    }
    clusterPersons(persons, index, doc.document().published());
    personsTakenForBodies(index);
    for (Description d : descriptions) {
      ActorIndex.Entry e = d.role() == null ? null : index.recentPersonInRole(d.begin(), d.role(), null, null, d.country());
      if (e == null) {
        e = index.recentPerson(d.begin(), null, null, d.country());
      }
      if (e == null) {
        // nobody of that country named yet: the most recent person whose country the text has not said
        ActorIndex.Entry cand = index.recentPerson(d.begin(), null, null, null);
        if (cand != null && cand.country() == null) {
          cand.fill(d.country(), null, null, null);
          e = cand;
        }
      }
      if (e != null) {
        index.addMention(e, new Mention(d.begin(), d.end(), d.text()));
      }
    }
    inferHomeCountry(doc, index);
    for (Mention m : ownBodies) {
      index.named(m.text(), ActorKind.ORGANIZATION, m); // of the story's country, known only now
    }
    return index;
  }

  /**
   * Tokens the tagger read as a place or capital that are the surname of someone named in full before ("Sudesh
   * Amman ... Amman said", "Maria Lima ... Lima"): mentions of that person.
   */
  private List<Integer> surnamesReadAsPlaces(Sentence s, boolean[] taken, List<PersonMention> persons) {
    List<Integer> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      String w = t.get(i).word();
      boolean place = !taken[i] && t.get(i).isPos("NNP") && (lex.country(w) != null || lex.place(w) != null)
          && (i + 1 == t.size() || !t.get(i + 1).isPos("NNP")) && (i == 0 || !t.get(i - 1).isPos("NNP"));
      if (place && persons.stream().anyMatch(p -> p.words().size() > 1 && p.words().get(p.words().size() - 1)
          .equals(w))) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * "the country's election commission", "the nation's top court": a body of the country the story is about, named
   * by a possessive "country" or "nation" and lower-case words ending in a noun for a body that speaks for itself.
   */
  private List<Mention> bodiesOfTheCountry(Sentence s, String text, boolean[] taken) {
    List<Token> t = s.tokens();
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i + 2 < t.size(); i++) {
      String w = t.get(i).word().toLowerCase(Locale.ROOT);
      if (!(w.equals("country") || w.equals("nation")) || !t.get(i + 1).isPos("POS")) {
        continue;
      }
      int end = -1;
      for (int k = i + 2; k < t.size() && k <= i + 5 && Character.isLowerCase(t.get(k).word().charAt(0)); k++) {
        if ("INSTITUTION".equals(lex.personWord(t.get(k).word()))) {
          end = k;
        }
      }
      if (end > 0 && free(taken, i, end)) {
        out.add(mention(t, i, end, text));
        mark(taken, i, end);
      }
    }
    return out;
  }

  /**
   * People and organisations the text gives no country take the story's home country: one that clearly dominates
   * the text (named, by demonym, capital or one of its places, "Wisconsin" for the US), with at least
   * {@link #HOME_MIN_MENTIONS} mentions and twice the next; organisations and office holders also take the only
   * country a text names, when it names just one. Event data codes domestic actors this way ("the president",
   * "rebels" in a story set in one country). Officials of international organisations keep none.
   */
  private void inferHomeCountry(AnnotatedDocument doc, ActorIndex index) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        int len = longestMatchForward(t, i, Kind.COUNTRY);
        int plen = longestMatchForward(t, i, Kind.PLACE);
        int olen = len > 0 ? 0 : longestMatchForward(t, i, Kind.ORGANIZATION);
        Gazetteer.Organization seat = olen > 0 ? lex.organization(joined(t, i, i + olen - 1)) : null;
        if (namesAnAccord(t, i, Math.max(plen, len))) {
          i += Math.max(plen, len) - 1; // "the Paris Agreement" sets no story in France
        } else if (plen > len) {
          counts.merge(lex.place(joined(t, i, i + plen - 1)).country(), 1, Integer::sum); // "Wisconsin", "Lyon"
          i += plen - 1;
        } else if (len > 0) {
          counts.merge(lex.country(joined(t, i, i + len - 1)).iso3(), 1, Integer::sum);
          i += len - 1;
        } else if (seat != null && seatOfGovernment(seat)) {
          counts.merge(seat.country(), 1, Integer::sum); // "the White House" sets a story in the US as "Washington" does
          i += olen - 1;
        } else if (t.get(i).isPos("NNPS") || t.get(i).isPos("NNS")) {
          String w = t.get(i).word();
          Gazetteer.Country c = Character.isUpperCase(w.charAt(0)) ? lex.pluralDemonym(w) : null;
          if (c != null) {
            counts.merge(c.iso3(), 1, Integer::sum); // "Algerians"
          }
        }
      }
    }
    for (ActorIndex.Entry e : index.entries()) {
      // a person or body the lexicon or the text's own words already place ("President Trump", "the Senate",
      // "Kenyan MP X") sets the story there as its country's name would: one vote for each, however often named
      if (e.kind() != ActorKind.COUNTRY && e.country() != null && !e.country().isEmpty()) {
        counts.merge(e.country(), 1, Integer::sum);
      }
    }
    String home = null;
    int first = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > first) {
        second = first;
        first = e.getValue();
        home = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    boolean dominant = first >= HOME_MIN_MENTIONS && first >= 2 * second;
    if (home == null || !(dominant || counts.size() == 1)) {
      return;
    }
    index.home(home);
    for (ActorIndex.Entry e : index.entries()) {
      // The only country a text names is weak evidence for a person named without a title ("Smith visited
      // Russia"): for those, only a dominant home country counts. An office holder ("President X") takes it.
      boolean candidate = e.kind() == ActorKind.ORGANIZATION
          || e.kind() == ActorKind.PERSON && (dominant || e.role() != null);
      if (candidate && e.country() == null && e.organization() == null && !internationalName(e.name())) {
        e.fill(home, null, null, null);
      }
    }
  }

  static final int HOME_MIN_MENTIONS = 3;

  /** A body of a country's executive ("the White House", "the Pentagon"): its government or one of its departments. */
  private static boolean seatOfGovernment(Gazetteer.Organization o) {
    return o.country() != null && (o.code().startsWith(o.country() + "GOV") || o.code().startsWith(o.country() + "MIL"));
  }

  /**
   * What a text says of where it is set, to read a name that is both a country's and a place's ("Georgia"): the
   * countries it names places of by names that are no country's ("Texas", "Michigan"), and the countries it names by
   * demonym or seat of government ("Georgian", "Tbilisi").
   */
  record Setting(Set<String> placesOf, Set<String> namedAs, Map<String, String> towns,
      Map<String, Set<String>> describedAs) {
    /**
     * The one country the text gives people it describes by the noun with lemma {@code noun} ("tourist" in "a
     * Canadian tourist", "officer" in "two French police officers"); null when it gives none or several.
     */
    @Nullable String countryOfDescribed(String noun) {
      Set<String> countries = describedAs.get(noun);
      return countries != null && countries.size() == 1 ? countries.iterator().next() : null;
    }

    /**
     * The length of the name of a town the lexicon does not know but the text places ("in El Paso, Texas", "Kenosha,
     * Wisconsin") that ends at token {@code end}; 0 if none. Its country is in {@code towns}.
     */
    int townEndingAt(List<Token> t, int end) {
      for (int b = end; b >= 0 && t.get(b).isPos("NNP"); b--) {
        if (towns.containsKey(joined(t, b, end))) {
          return end - b + 1;
        }
      }
      return 0;
    }

    /** The place, not the country: the text names other places of its country and nothing else of the country. */
    boolean readsAsPlace(Gazetteer.Place p, Gazetteer.Country c) {
      return placesOf.contains(p.country()) && !namedAs.contains(c.iso3());
    }
  }

  private Setting setting(AnnotatedDocument doc) {
    Set<String> places = new HashSet<>();
    Set<String> cues = new HashSet<>();
    Map<String, String> towns = new HashMap<>();
    Map<String, Set<String>> described = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        int plen = longestMatchForward(t, i, Kind.PLACE);
        String phrase = plen > 0 ? joined(t, i, i + plen - 1) : null;
        if (phrase != null && lex.country(phrase) == null) {
          places.add(lex.place(phrase).country());
        }
        int clen = longestMatchForward(t, i, Kind.COUNTRY);
        Gazetteer.Country c = clen > 0 ? lex.country(joined(t, i, i + clen - 1)) : null;
        if (c != null && c.form() != Gazetteer.CountryForm.NAME) {
          cues.add(c.iso3());
        }
        if (t.get(i).word().equals(",") && i + 1 < t.size()) {
          townBefore(t, i, towns);
        }
        if (c != null && c.form() == Gazetteer.CountryForm.DEMONYM) {
          describedNoun(t, i + clen, c.iso3(), described);
        }
      }
    }
    return new Setting(places, cues, towns, described);
  }

  /**
   * Records the head noun of lower-case describing words from token {@code k} on as describing people of
   * {@code country}: "police officers" after "French", "tourist" after "Canadian".
   */
  private static void describedNoun(List<Token> t, int k, String country, Map<String, Set<String>> described) {
    int head = -1;
    for (int j = k; j < t.size() && j < k + 3 && isDescribingWord(t.get(j)); j++) {
      head = t.get(j).isPos("NN") ? j : head;
    }
    if (head >= 0 && (head + 1 >= t.size() || !t.get(head + 1).isPos("NN"))) {
      described.computeIfAbsent(t.get(head).lemma().toLowerCase(Locale.ROOT), x -> new HashSet<>()).add(country);
    }
  }

  private boolean internationalName(String name) {
    Gazetteer.Organization o = lex.organization(name);
    return o != null && o.country() == null;
  }

  /**
   * The last word of a body or place named after a person whose name runs past {@code end}: capitalised words up to
   * an institution or facility noun, which the tagger may count as part of the person's name ("the Mary Kelso Memorial
   * Hospital", "John Smith University", "the Ada Lovelace Prize"); {@code end} when the name is the person's own.
   */
  private int namedAfter(List<Token> t, int end) {
    for (int k = end + 1; k < t.size() && capitalNoun(t.get(k)); k++) {
      String w = t.get(k).word().toLowerCase(Locale.ROOT);
      if ("INSTITUTION".equals(lex.personWord(w)) || NAMED_AFTER_NOUNS.contains(w)) {
        return k;
      }
    }
    return end;
  }

  /**
   * The bodies of the text named after a person ("the Ada Lovelace Hospital"), by the person's part of their name
   * ("Ada Lovelace"), so that the possessive of that part before a named unit ("Ada Lovelace's Maternity Ward") is the
   * body again, not a person.
   */
  private Map<String, String> namesakeBodies(AnnotatedDocument doc) {
    Map<String, String> out = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int b = 0; b < t.size(); b++) {
        if (!t.get(b).isPos("NNP") || b > 0 && t.get(b - 1).isPos("NNP")) {
          continue; // the start of a run of proper nouns only: the tagger may read the whole run as a body's name
        }
        int end = b;
        while (end + 1 < t.size() && capitalNoun(t.get(end + 1))) {
          end++;
        }
        for (int k = b + 1; k <= end; k++) {
          if (namedAfter(t, k - 1) == k) { // the first noun of a body: the words before it are its namesake
            out.putIfAbsent(doc.text().substring(t.get(b).begin(), t.get(k - 1).end()),
                doc.text().substring(t.get(b).begin(), t.get(end).end()));
            break;
          }
        }
      }
    }
    return out;
  }

  /** Nouns of bodies and places that bear a person's name and are no person: universities, airports, prizes. */
  static final Set<String> NAMED_AFTER_NOUNS = Set.of("university", "college", "school", "institute", "foundation",
      "centre", "center", "airport", "stadium", "museum", "library", "prize", "award", "memorial", "bridge", "street",
      "avenue", "square", "park", "clinic", "trust");

  /** Token ranges [first, last] of person names: PERSON tags, joined across surname particles. */
  private List<int[]> personSpans(Sentence s) {
    List<Token> t = s.tokens();
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (foldedName(t, i)) {
        out.add(new int[] {i, i + 1}); // "the chairman of Nordwind Motors Gary Holt", tagged as one body
        i += 2;
        continue;
      }
      if (!isPersonToken(s, t.get(i))) {
        i++;
        continue;
      }
      int j = i;
      while (true) {
        if (j + 1 < t.size() && isPersonToken(s, t.get(j + 1))) {
          j++;
        } else if (j + 2 < t.size() && isParticle(t.get(j + 1).word())
            && (isPersonToken(s, t.get(j + 2)) || (isParticle(t.get(j + 2).word()) && j + 3 < t.size()
                && isPersonToken(s, t.get(j + 3))))) {
          j += isPersonToken(s, t.get(j + 2)) ? 2 : 3;
        } else {
          break;
        }
      }
      if (untaggedSurname(s, j)) {
        j++; // "Regina Ip" when the tagger knew only the given name
      }
      // a particle just before the name belongs to it ("van der Berg" when NER tagged only "Berg")
      int b = i;
      while (b > 0 && isParticle(t.get(b - 1).word()) && b - 1 > 0 && !isPersonToken(s, t.get(b - 2))
          && Character.isLowerCase(t.get(b - 1).word().charAt(0))) {
        b--;
      }
      if (b != i && b > 0 && isPersonToken(s, t.get(b - 1))) {
        b = i;
      }
      out.add(new int[] {b, j});
      i = j + 1;
    }
    return out;
  }

  /**
   * A known first name and a surname that end a run the tagger read as one body's name, after an office of that body
   * ("the vice president and chairman of Nordwind Motors Gary Holt"): the holder of the office, named after the body.
   */
  private boolean foldedName(List<Token> t, int i) {
    if (i < 1 || i + 1 >= t.size() || lex.firstNameGender(t.get(i).word()) == null) {
      return false;
    }
    Token surname = t.get(i + 1);
    boolean ends = i + 2 >= t.size() || !"ORGANIZATION".equals(t.get(i + 2).ner());
    if (!ends || !t.get(i).isPos("NNP") || !surname.isPos("NNP") || !Character.isUpperCase(surname.word().charAt(0))
        || !"ORGANIZATION".equals(t.get(i).ner()) || !"ORGANIZATION".equals(surname.ner())
        || !"ORGANIZATION".equals(t.get(i - 1).ner())) {
      return false;
    }
    int b = i - 1;
    while (b > 0 && "ORGANIZATION".equals(t.get(b - 1).ner())) {
      b--;
    }
    return b >= 2 && t.get(b - 1).word().equals("of") && lex.isTitleWord(t.get(b - 2).word());
  }

  private boolean isPersonToken(Sentence s, Token t) {
    if (!"PERSON".equals(t.ner())) {
      return false;
    }
    // honorifics and titles tagged as part of the name are not the name; a title word ending a name is ("Tom King")
    boolean titleBeforeName = lex.isTitleWord(t.word()) && t.index() + 1 < s.tokens().size()
        && "PERSON".equals(s.tokens().get(t.index() + 1).ner());
    String kind = lex.personWord(t.word());
    return !"HONORIFIC".equals(kind) && !titleBeforeName;
  }

  /** The untagged proper noun after name token {@code j} that the name hangs on as a compound: the surname. */
  private boolean untaggedSurname(Sentence s, int j) {
    List<Token> t = s.tokens();
    if (j + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(j + 1);
    return next.pos().equals("NNP") && "O".equals(next.ner()) && s.head(j) == j + 1
        && s.relation(j).equals("compound") && Character.isUpperCase(next.word().charAt(0))
        && !lex.isTitleWord(next.word()) && lex.personWord(next.word()) == null && lex.country(next.word()) == null;
  }

  private static boolean isParticle(String w) {
    return PARTICLES.contains(w.toLowerCase(Locale.ROOT));
  }

  private PersonMention person(Sentence s, int first, int last, String text, boolean[] taken,
      List<PersonMention> earlier, Setting setting) {
    List<Token> t = s.tokens();
    List<String> words = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      words.add(t.get(k).word());
      taken[k] = true;
    }
    String gender = lex.firstNameGender(words.get(0));
    int i = first - 1;
    if (i >= 0 && "HONORIFIC".equals(lex.personWord(t.get(i).word()))) {
      gender = honorificGender(t.get(i).word(), gender);
      i--;
    }
    Prefix pre = prefix(s, i, earlier, setting);
    boolean unplaced = pre.role() == null || pre.country() == null && pre.organization() == null;
    if (unplaced && pre.stop() >= 1 && t.get(pre.stop()).word().equals(",")) {
      // a description before the name and a comma: "The mayor of Lyon, Pierre Dumas,", "Brandt's spokesman, Karl Weber",
      // "A Dutch aid worker, Eva Smit,"; before a title that names no country, the description's country: "The US
      // commander in Iraq, General Ann Cole" is American
      Prefix described = prefix(s, pre.stop() - 1, earlier, setting);
      if ((described.role() != null || described.country() != null)
          && (described.ofPerson() || opensDescription(t, described.stop()))) {
        pre = pre.role() == null ? described : new Prefix(pre.role(), described.country(), described.organization(),
            pre.former(), pre.gender() == null ? described.gender() : pre.gender(), described.stop(), false);
      }
    }
    String role = pre.role();
    String country = pre.country();
    String org = pre.organization();
    boolean former = pre.former();
    if (role == null && country == null && i >= 0 && isDescribingWord(t.get(i)) && t.get(i).isPos("NN")) {
      // "met officers X and Y" after "two French police officers": the people the text described by that noun
      country = setting.countryOfDescribed(t.get(i).lemma().toLowerCase(Locale.ROOT));
    }
    PersonMention listed = role == null && country == null ? coordinatedAfter(t, i, s.index(), earlier) : null;
    if (listed != null) {
      role = listed.role(); // "Swiss nationals Anna Roth and Ben Keller": both
      country = listed.country();
      org = listed.organization();
    }
    gender = gender == null ? pre.gender() : gender;
    // an apposition after the name: ", a former deputy foreign minister,", ", a Swiss national,"; or "is a Swiss national"
    int after = last + 1 < t.size() && (t.get(last + 1).word().equals(",") || t.get(last + 1).lemma().equals("be"))
        ? last + 2 : -1;
    if (after > 0 && after < t.size()) {
      Appositive ap = appositive(t, after);
      if (ap != null && role == null) {
        role = ap.role;
        former = ap.former;
      }
      if (ap != null) {
        country = country == null ? ap.country : country;
        org = org == null ? ap.organization : org;
      }
      country = country == null ? nationality(t, after) : country;
    }
    int held = role == null ? officeInRelativeClause(t, last) : -1;
    if (held >= 0) {
      Prefix rel = prefix(s, held, earlier, setting); // "X, who was Rojas's national security adviser,"
      role = rel.role();
      country = country == null ? rel.country() : country;
      org = org == null ? rel.organization() : org;
    }
    if (country == null && last + 2 < t.size() && t.get(last + 1).word().equals("of")) {
      country = hometownAt(t, last + 2, setting); // "Amina Bello of Ghana", "Senator Ann Cole of Texas"
      if (country == null) {
        country = placeInName(t, last + 2); // "Ann Cole of the Lagos Business School"
      }
    }
    if (org == null && last + 2 < t.size() && t.get(last + 1).word().equals("of")) {
      Body body = bodyAt(t, last + 2, text, taken);
      if (body != null && (body.country() != null || internationalName(body.name()))) {
        // "Mike Ryan of the World Health Organization", "Ann Cole of the British Council"; a body the text does not
        // place leaves the person to the story's home country
        org = body.name();
        country = country == null ? body.country() : country;
      }
    }
    if (country == null && after > 0 && after + 1 < t.size() && t.get(after).word().equals("from")) {
      country = hometownAt(t, after + 1, setting); // "Ann Cole, from Toronto, Canada,"
    }
    if (role != null && former) {
      role = "former " + role;
    }
    int begin = t.get(first).begin();
    int end = t.get(last).end();
    return new PersonMention(s.index(), first, last, begin, end, text.substring(begin, end), words, role, country, org,
        gender);
  }

  /** The last token of the run the tagger marks as one organisation's name from token {@code i}, up to a taken one. */
  private static int taggedBodyEnd(List<Token> t, int i, boolean[] taken) {
    int j = i;
    while (j + 1 < t.size() && "ORGANIZATION".equals(t.get(j + 1).ner()) && !taken[j + 1]) {
      j++;
    }
    return j;
  }

  /** A body named in the text: its name as the actor is called, and its country (null for international ones). */
  private record Body(String name, @Nullable String country) {}

  /**
   * The body named from token {@code k} on, after an optional "the": one the lexicon lists, or a name the tagger marks
   * as an organisation (placed by a country word within it); null if none.
   */
  private @Nullable Body bodyAt(List<Token> t, int k, String text, boolean[] taken) {
    int b = k < t.size() && t.get(k).word().equalsIgnoreCase("the") ? k + 1 : k;
    if (b >= t.size()) {
      return null;
    }
    int olen = longestMatchForward(t, b, Kind.ORGANIZATION);
    if (olen > 0 && !longerName(t, b, olen)) {
      Gazetteer.Organization o = lex.organization(joined(t, b, b + olen - 1));
      return new Body(o.name(), o.country());
    }
    if (!"ORGANIZATION".equals(t.get(b).ner())) {
      return null;
    }
    int j = taggedBodyEnd(t, b, taken);
    return new Body(text.substring(t.get(b).begin(), t.get(j).end()), countryWithin(t, b, j));
  }

  /**
   * The person named just before "and" at token {@code k} when a plural noun describes both ("officers X and Y",
   * "Swiss nationals X and Y"): the second shares what the noun said of the first; null otherwise.
   */
  private static @Nullable PersonMention coordinatedAfter(List<Token> t, int k, int sentence,
      List<PersonMention> earlier) {
    if (k < 1 || !t.get(k).word().equals("and")) {
      return null;
    }
    for (PersonMention pm : earlier) {
      if (pm.sentence() == sentence && pm.last() == k - 1 && pm.first() > 0 && t.get(pm.first() - 1).isPos("NNS")
          && Character.isLowerCase(t.get(pm.first() - 1).word().charAt(0))
          && (pm.country() != null || pm.role() != null)) {
        return pm;
      }
    }
    return null;
  }

  /**
   * The last token of the office named in a relative clause on the name ending at token {@code last} (", who is
   * the bank's chief economist", ", who was Rojas's national security adviser"), or -1.
   */
  private int officeInRelativeClause(List<Token> t, int last) {
    if (last + 4 >= t.size() || !t.get(last + 1).word().equals(",") || !t.get(last + 2).word().equalsIgnoreCase("who")
        || !t.get(last + 3).lemma().equals("be")) {
      return -1;
    }
    int end = -1;
    for (int k = last + 4; k < t.size() && k < last + 12; k++) {
      String w = t.get(k).word();
      if (w.equals(",") || w.equals(".") || t.get(k).isPos("VB")) {
        break;
      }
      int len = longestMatchForward(t, k, Kind.TITLE);
      if (len > 0) {
        end = k + len - 1;
        k = end;
      } else if (end >= 0) {
        break;
      }
    }
    return end;
  }

  /**
   * Words before a description that starts a phrase of its own: start of sentence, a determiner, a comma, a verb,
   * after up to two adjectives the title reading does not know ("A conservative Chilean senator, Jorge Pinto,").
   */
  private static boolean opensDescription(List<Token> t, int stop) {
    int k = stop;
    for (int skipped = 0; k >= 0 && skipped < 2 && (t.get(k).isPos("JJ") || t.get(k).isPos("NNP")); skipped++) {
      k--;
    }
    return k < 0 || t.get(k).word().equals(",") || t.get(k).isPos("DT") || t.get(k).isPos("VB")
        || t.get(k).isPos("IN") || t.get(k).isPos("CC");
  }

  /**
   * The country of the place named at token {@code k}, also through a town the lexicon does not know followed by its
   * state or country: "of Allen, Texas", "from Toronto, Canada"; null if none.
   */
  private @Nullable String hometownAt(List<Token> t, int k, Setting setting) {
    String country = countryOrPlaceAt(t, k, setting);
    int j = k;
    while (country == null && j < t.size() && t.get(j).isPos("NNP")) {
      j++;
    }
    if (country == null && j > k && j + 1 < t.size() && t.get(j).word().equals(",")) {
      country = countryOrPlaceAt(t, j + 1, setting);
    }
    return country;
  }

  /**
   * The one country the name of a body starting at token {@code k} places it in, by a one-word country or place among
   * its words: "the Lagos Business School", "Marriage Equality Coalition Norway"; null if none or more than one.
   */
  private @Nullable String placeInName(List<Token> t, int k) {
    int b = k < t.size() && t.get(k).word().equalsIgnoreCase("the") ? k + 1 : k;
    String found = null;
    for (int j = b; j < t.size() && t.get(j).isPos("NNP") && j < b + 8; j++) {
      Gazetteer.Place place = lex.place(t.get(j).word());
      Gazetteer.Country country = lex.country(t.get(j).word());
      String c = place != null ? place.country() : country != null ? country.iso3() : null; // "Beijing" too
      if (c != null && found != null && !found.equals(c)) {
        return null;
      }
      found = c != null ? c : found;
    }
    return found;
  }

  private @Nullable String countryOrPlaceAt(List<Token> t, int k, Setting setting) {
    int clen = longestMatchForward(t, k, Kind.COUNTRY);
    int plen = longestMatchForward(t, k, Kind.PLACE);
    Gazetteer.Place place = plen > 0 ? lex.place(joined(t, k, k + plen - 1)) : null;
    if (place != null && (plen > clen || setting.readsAsPlace(place, lex.country(joined(t, k, k + clen - 1))))) {
      return place.country(); // "Ann Cole of Georgia" in a story set in the United States
    }
    if (clen > 0) {
      Gazetteer.Country c = lex.country(joined(t, k, k + clen - 1));
      return c.form() == Gazetteer.CountryForm.DEMONYM ? null : c.iso3();
    }
    return place == null ? null : place.country();
  }

  /**
   * What the words ending at token {@code from} say of the person named after them, read backwards: titles and
   * their modifiers ("former UN Deputy Special Envoy", "UK PM"), the country or body they belong to ("Russia's",
   * "the State Department"), the country or place of an office ("Mayor of Lyon"), the one a post is sent to
   * ("Ambassador to Kenya", not the ambassador's country) and the person whose aide this is ("Brandt's spokesman").
   * {@code stop} is the first token before them.
   */
  private record Prefix(@Nullable String role, @Nullable String country, @Nullable String organization,
      boolean former, @Nullable String gender, int stop, boolean ofPerson) {}

  /**
   * Learns the town named before the comma at token {@code comma} when a known state or country follows it: "El Paso,
   * Texas" puts El Paso in the United States for "the El Paso mayor" later on.
   */
  private void townBefore(List<Token> t, int comma, Map<String, String> towns) {
    int b = comma;
    while (b > 0 && t.get(b - 1).isPos("NNP") && "LOCATION".equals(t.get(b - 1).ner())) {
      b--;
    }
    int plen = longestMatchForward(t, comma + 1, Kind.PLACE);
    int clen = longestMatchForward(t, comma + 1, Kind.COUNTRY);
    String country = plen >= clen && plen > 0 ? lex.place(joined(t, comma + 1, comma + plen)).country()
        : clen > 0 && lex.country(joined(t, comma + 1, comma + clen)).form() == Gazetteer.CountryForm.NAME
            ? lex.country(joined(t, comma + 1, comma + clen)).iso3() : null;
    if (b < comma && country != null && longestMatchForward(t, b, Kind.PLACE) == 0
        && longestMatchForward(t, b, Kind.COUNTRY) == 0) {
      towns.putIfAbsent(joined(t, b, comma - 1), country);
    }
  }

  private Prefix prefix(Sentence s, int from, List<PersonMention> earlier, Setting setting) {
    List<Token> t = s.tokens();
    String role = null;
    String country = null;
    String org = null;
    String gender = null;
    boolean former = false;
    int i = from;
    while (i >= 0) {
      int len = longestMatch(t, i, Kind.TITLE);
      if (len > 0) {
        Gazetteer.Title title = lex.title(joined(t, i - len + 1, i));
        String r = title.role();
        role = role == null ? r : r + " " + role;
        country = country == null ? title.country() : country; // "Pope Francis": the Holy See's
        if (gender == null) {
          gender = lex.nounGender(t.get(i).word()); // "Princess Ubolratana", "King Maha Vajiralongkorn"
        }
        i -= len;
        continue;
      }
      if (t.get(i).word().equalsIgnoreCase("former") || t.get(i).word().equalsIgnoreCase("ex-")) {
        former = true;
        i--;
        continue;
      }
      String second = t.get(i).word().toLowerCase(Locale.ROOT);
      if (role != null && ActorIndex.SECOND_IN_OFFICE.contains(second)) {
        // "Deputy Governor X" when the titles do not list the deputy's office: a second to the office, not its holder
        role = Character.toUpperCase(second.charAt(0)) + second.substring(1) + " " + role;
        i--;
        continue;
      }
      if (role != null && TITLE_MODIFIERS.contains(second)) {
        i--; // "Nigerian junior foreign minister": the country comes before the grade
        continue;
      }
      int across = officeComplement(t, i);
      if (across > 0) {
        int named = i - across + 2;
        String where = countryOrPlaceAt(t, t.get(named).word().equalsIgnoreCase("the") ? named + 1 : named, setting);
        if (t.get(i - across + 1).word().equals("of") && country == null) {
          country = where; // "the Mayor of Lyon": the office's; "Ambassador to Kenya" is sent there, not from there
        }
        i -= across;
        continue;
      }
      int p = t.get(i).word().equals("'s") || t.get(i).word().equals("’s") ? i - 1 : i;
      int clen = longestMatch(t, p, Kind.COUNTRY);
      int plen = role == null ? 0 : longestMatch(t, p, Kind.PLACE);
      if (plen > 0 && clen > 0 && plen <= clen
          && !setting.readsAsPlace(lex.place(joined(t, p - plen + 1, p)), lex.country(joined(t, p - clen + 1, p)))) {
        plen = 0; // "Georgia Governor" in a story set in the Caucasus: the country
      }
      if (clen > 0 && role != null && plen == 0) {
        if (country == null) {
          country = lex.country(joined(t, p - clen + 1, p)).iso3();
        }
        i = p - clen;
        continue;
      }
      int tlen = role == null || plen > 0 ? 0 : setting.townEndingAt(t, p);
      if (plen > 0 || tlen > 0) {
        // "Texas Governor Ann Cole", "the El Paso mayor", "El Paso's police chief", "New Mexico governor" (a place
        // whose name holds a country's): the office's place's country
        String place = joined(t, p - plen - tlen + 1, p);
        country = country != null ? country : plen > 0 ? lex.place(place).country() : setting.towns().get(place);
        i = p - plen - tlen;
        continue;
      }
      int olen = longestMatch(t, p, Kind.ORGANIZATION);
      if (olen > 0 && role != null) {
        Gazetteer.Organization o = lex.organization(joined(t, p - olen + 1, p));
        org = org == null ? o.name() : org;
        if (country == null) {
          country = o.country();
        }
        i = p - olen;
        continue;
      }
      if (role == null && country == null && i > 0 && t.get(i - 1).isPos("DT") && demonymNoun(t, i)) {
        // "An Australian, Tom Hale,": a nationality alone, as a noun
        country = lex.country(t.get(i).word()).iso3();
        i -= 2;
        break;
      }
      int described = country == null ? demonymBefore(t, i) : -1;
      if (described >= 0) {
        // "Swiss national Lena Vogel", "Canadian tourist Ann Cole", "Italian economic development minister Luca Neri":
        // a nationality before the plain words that describe the person
        country = lex.country(t.get(described).word()).iso3();
        i = described - 1;
        if (role == null) {
          break;
        }
        continue;
      }
      if (p < i && role != null && "PERSON".equals(t.get(p).ner())) {
        int b = p;
        while (b > 0 && "PERSON".equals(t.get(b - 1).ner())) {
          b--;
        }
        if (country == null) {
          country = countryOfPerson(earlier, s.index(), p, t.get(p).word()); // "Olaf Brandt's spokesman": his
        }
        return new Prefix(role, country, org, former, gender, b - 1, true);
      }
      break;
    }
    return new Prefix(role, country, org, former, gender, i, false);
  }

  /**
   * The token of the nationality ("Canadian", "Israeli") before up to three lower-case describing words ending at
   * token {@code end} ("tourist", "security official", "economic development"), or -1 if there is none.
   */
  private int demonymBefore(List<Token> t, int end) {
    int k = end;
    for (int words = 0; k > 0 && words < 3 && isDescribingWord(t.get(k)); words++) {
      k--;
      Gazetteer.Country c = lex.country(t.get(k).word());
      if (c != null && c.form() == Gazetteer.CountryForm.DEMONYM && Character.isUpperCase(t.get(k).word().charAt(0))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A nationality used as a noun at token {@code k}: a demonym ("Australian", "Swede", "Briton") that no noun follows,
   * as in "an Australian, Tom Hale," or "Hale, an Australian," or "the Swede said".
   */
  private boolean demonymNoun(List<Token> t, int k) {
    String w = t.get(k).word();
    Gazetteer.Country c = lex.country(w);
    if (c == null || c.form() != Gazetteer.CountryForm.DEMONYM || !Character.isUpperCase(w.charAt(0))
        || PEOPLE_DEMONYM.matcher(w).find()) {
      return false;
    }
    if (k + 1 >= t.size()) {
      return true;
    }
    Token next = t.get(k + 1);
    return !next.isPos("NN") && !next.isPos("JJ") && !next.isPos("CD") && !next.isPos("HYPH") && !next.isPos("POS")
        && !next.word().equals("and") && !next.word().equals("or");
  }

  /**
   * "the British" at token {@code k} as the subject of a verb: a demonym that names a whole people ("the British",
   * "the Chinese", "the Dutch"), after "the" and before a verb.
   */
  private boolean peopleActing(List<Token> t, int k) {
    String w = t.get(k).word();
    return k > 0 && k + 1 < t.size() && t.get(k - 1).word().equalsIgnoreCase("the") && PEOPLE_DEMONYM.matcher(w).find()
        && Character.isUpperCase(w.charAt(0)) && (t.get(k + 1).isPos("VB") || t.get(k + 1).isPos("MD"));
  }

  /** Tokens {@code from..to} end a title that starts up to three tokens before: "State" in "Secretary of State". */
  private boolean withinTitle(List<Token> t, int from, int to) {
    for (int k = Math.max(0, from - 3); k < from; k++) {
      if (longestMatchForward(t, k, Kind.TITLE) == to - k + 1) {
        return true;
      }
    }
    return false;
  }

  /** Demonyms that name a whole people rather than one person: "the British", "the Chinese", "the Scots". */
  private static final Pattern PEOPLE_DEMONYM = Pattern.compile("(sh|ch|ese|s)$");

  /** A lower-case adjective or common noun: a word that describes a person without naming an office or a place. */
  private static boolean isDescribingWord(Token t) {
    return (t.isPos("JJ") || t.isPos("NN")) && Character.isLowerCase(t.word().charAt(0));
  }

  /**
   * Tokens of "of Lyon" / "to Kenya" / "in Iraq" / "to the United Nations" ending at token {@code end} and following a
   * title, or 0: a preposition, perhaps "the", and a country, place or body name.
   */
  private int officeComplement(List<Token> t, int end) {
    int clen = longestMatch(t, end, Kind.COUNTRY);
    int plen = longestMatch(t, end, Kind.PLACE);
    int olen = longestMatch(t, end, Kind.ORGANIZATION);
    int len = Math.max(clen, Math.max(plen, olen));
    int prep = end - len;
    if (len > 0 && prep >= 1 && t.get(prep).word().equalsIgnoreCase("the")) {
      prep--;
      len++;
    }
    if (len == 0 || prep < 1) {
      return 0;
    }
    String w = t.get(prep).word();
    boolean afterTitle = longestMatch(t, prep - 1, Kind.TITLE) > 0;
    boolean office = w.equals("of") || w.equals("to") || (w.equals("in") || w.equals("at")) && clen + plen > 0;
    return office && afterTitle ? len + 1 : 0;
  }

  /**
   * The country of the person whose name ends at token {@code last}: the one the words around that name gave, else
   * the one given to the last earlier mention with that surname ("Rojas's adviser" after "Chilean President Ana
   * Rojas"); null if none was.
   */
  private static @Nullable String countryOfPerson(List<PersonMention> persons, int sentence, int last,
      String surname) {
    String country = null;
    for (PersonMention pm : persons) {
      if (pm.sentence() == sentence && pm.last() == last && pm.country() != null) {
        return pm.country();
      }
      if (pm.country() != null && sameSurname(pm.surname(), surname)) {
        country = pm.country();
      }
    }
    return country;
  }

  private record Appositive(String role, boolean former, @Nullable String country, @Nullable String organization) {}

  private @Nullable Appositive appositive(List<Token> t, int from) {
    String role = null;
    String country = null;
    String org = null;
    boolean former = false;
    for (int k = from; k < t.size() && k < from + 8; k++) {
      String w = t.get(k).word();
      if (w.equals(",") || w.equals(".") || t.get(k).isPos("VB")) {
        break;
      }
      if ("PERSON".equals(t.get(k).ner())) {
        return null; // "X and trade minister Y, Greek prime minister Z": the description is Z's, not X's
      }
      if (w.equalsIgnoreCase("former")) {
        former = true;
      }
      int len = longestMatchForward(t, k, Kind.TITLE);
      if (len > 0) {
        Gazetteer.Title title = lex.title(joined(t, k, k + len - 1));
        role = title.role();
        country = country == null ? title.country() : country;
        k += len - 1;
        continue;
      }
      int clen = longestMatchForward(t, k, Kind.COUNTRY);
      if (clen > 0) {
        country = lex.country(joined(t, k, k + clen - 1)).iso3();
        k += clen - 1;
        continue;
      }
      int olen = longestMatchForward(t, k, Kind.ORGANIZATION);
      if (olen > 0) {
        Gazetteer.Organization o = lex.organization(joined(t, k, k + olen - 1));
        org = o.name();
        country = country == null ? o.country() : country; // "the White House press secretary": American
        k += olen - 1;
        continue;
      }
      int plen = role == null ? longestMatchForward(t, k, Kind.PLACE) : 0;
      if (plen > 0 && country == null) {
        country = lex.place(joined(t, k, k + plen - 1)).country(); // "a Toronto lawyer", "a Bavarian MP"
        k += plen - 1;
      }
    }
    return role == null ? null : new Appositive(role, former, country, org);
  }

  /**
   * The country of a description that opens with a demonym before its head noun: "a Turkish national", "the Swiss
   * citizen", "a Peruvian journalist"; null otherwise, and for a demonym further in ("a critic of the Russian
   * government" says nothing of the critic's country).
   */
  private @Nullable String nationality(List<Token> t, int from) {
    if (from >= t.size() || !t.get(from).isPos("DT")) {
      return null;
    }
    for (int k = from + 1; k < t.size() && k <= from + 3; k++) {
      int clen = longestMatchForward(t, k, Kind.COUNTRY);
      int head = k + clen;
      boolean noun = head < t.size() && (t.get(head).isPos("NN") && !t.get(head).isPos("NNP")
          || NATIONALITY_NOUNS.contains(t.get(head).word().toLowerCase(Locale.ROOT)));
      if (clen > 0 && noun) {
        Gazetteer.Country c = lex.country(joined(t, k, head - 1));
        return c.form() == Gazetteer.CountryForm.DEMONYM ? c.iso3() : null;
      }
      if (t.get(k).word().equalsIgnoreCase("ethnic")) {
        return null; // "an ethnic Palestinian": a people, not a citizenship
      }
      if (clen == 1 && demonymNoun(t, k)) {
        return lex.country(t.get(k).word()).iso3(); // "Hale, an Australian,", "Hale is a Swede"
      }
      if (!t.get(k).isPos("JJ") && !t.get(k).isPos("RB")) {
        return null;
      }
    }
    return null;
  }

  private static String honorificGender(String word, @Nullable String fallback) {
    String w = word.toLowerCase(Locale.ROOT).replace(".", "");
    if (w.equals("mr") || w.equals("sir") || w.equals("lord")) {
      return "m";
    }
    if (w.equals("ms") || w.equals("mrs") || w.equals("miss") || w.equals("dame") || w.equals("lady")
        || w.equals("madam") || w.equals("mme")) {
      return "f";
    }
    return fallback;
  }

  private enum Kind { TITLE, COUNTRY, ORGANIZATION, PLACE }

  /** Length of the longest lexicon phrase of the kind that ends at token {@code end}, or 0. */
  private int longestMatch(List<Token> t, int end, Kind kind) {
    for (int len = Math.min(Gazetteer.MAX_PHRASE_TOKENS, end + 1); len >= 1; len--) {
      if (matches(t, end - len + 1, end, kind)) {
        return len;
      }
    }
    return 0;
  }

  /** Length of the longest lexicon phrase of the kind that starts at token {@code start}, or 0. */
  private int longestMatchForward(List<Token> t, int start, Kind kind) {
    for (int len = Math.min(Gazetteer.MAX_PHRASE_TOKENS, t.size() - start); len >= 1; len--) {
      if (matches(t, start, start + len - 1, kind)) {
        return len;
      }
    }
    return 0;
  }

  private boolean matches(List<Token> t, int from, int to, Kind kind) {
    if (from < 0) {
      return false;
    }
    String phrase = joined(t, from, to);
    switch (kind) {
      case TITLE:
        return lex.title(phrase) != null;
      case COUNTRY:
        return Character.isUpperCase(t.get(from).word().charAt(0)) && lex.country(phrase) != null;
      case PLACE:
        return Character.isUpperCase(t.get(from).word().charAt(0)) && "LOCATION".equals(t.get(from).ner())
            && lex.place(phrase) != null;
      default:
        return Character.isUpperCase(t.get(from).word().charAt(0)) && lex.organization(phrase) != null;
    }
  }

  private static String joined(List<Token> t, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(t.get(k).word());
    }
    return sb.toString();
  }

  /**
   * Whether the place or capital of {@code len} tokens at {@code i} only names an accord or a meeting held there
   * ({@link Gazetteer#namesAnAccord}).
   */
  private boolean namesAnAccord(List<Token> t, int i, int len) {
    return len > 0 && i + len < t.size() && lex.namesAnAccord(joined(t, i, i + len - 1), t.get(i + len).word());
  }

  /**
   * Countries (by name or metonym), places within them (as bodies of their country: "Texas sued") and organisations
   * (by lexicon or NER) as actors.
   */
  private void namedEntities(Sentence s, String text, boolean[] taken, ActorIndex index, Setting setting) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (taken[i]) {
        continue;
      }
      int clen = longestMatchForward(t, i, Kind.COUNTRY);
      int olen = longestMatchForward(t, i, Kind.ORGANIZATION);
      int plen = longestMatchForward(t, i, Kind.PLACE);
      if (namesAnAccord(t, i, Math.max(plen, clen))) {
        i += Math.max(plen, clen) - 1; // "the Paris Agreement", "the Minsk agreements": no part of France or Belarus
        continue;
      }
      Gazetteer.Place named = plen > 0 && plen >= olen ? lex.place(joined(t, i, i + plen - 1)) : null;
      Gazetteer.Country same = named != null && plen == clen ? lex.country(joined(t, i, i + clen - 1)) : null;
      if (named != null && (plen > clen || same != null && setting.readsAsPlace(named, same))) {
        if (free(taken, i, i + plen - 1)) {
          i = claim(index, orgActor(index, named.name(), named.country()), t, i, plen, taken, text);
        }
        continue;
      }
      Gazetteer.Country c = clen > 0 && clen >= olen ? lex.country(joined(t, i, i + clen - 1)) : null;
      if (c != null && c.form() != Gazetteer.CountryForm.DEMONYM) {
        if (free(taken, i, i + clen - 1)) {
          i = claim(index, index.country(c), t, i, clen, taken, text);
        }
        continue;
      }
      String within = null;
      if (olen > 0 && "ORGANIZATION".equals(t.get(i).ner()) && longerName(t, i, olen)) {
        // "House of Commons Library": the tagger's longer name is another body than the listed one, of its country
        within = lex.organization(joined(t, i, i + olen - 1)).country();
        olen = 0;
      }
      if (olen > 0 && free(taken, i, i + olen - 1)) {
        Gazetteer.Organization o = lex.organization(joined(t, i, i + olen - 1));
        i = claim(index, orgActor(index, o.name(), o.country()), t, i, olen, taken, text);
        continue;
      }
      if (c != null && clen == 1 && peopleActing(t, i) && !taken[i - 1]) {
        // "the British relinquished control", "the French will vote": the nation, as its country
        i = claim(index, index.country(c), t, i - 1, 2, taken, text);
        continue;
      }
      if (c != null && !"ORGANIZATION".equals(t.get(i).ner())) {
        continue; // a demonym outside a name: "German leaders"
      }
      int inst = institutionName(s, i, taken);
      if (inst > i) {
        int place = inst + 2 < t.size() && t.get(inst + 1).word().equals("in")
            ? longestMatchForward(t, inst + 2, Kind.COUNTRY) : 0;
        String country = place > 0 ? lex.country(joined(t, inst + 2, inst + 1 + place)).iso3()
            : countryWithin(t, i, inst);
        i = claimBody(index, t, i, inst, country == null ? countryBefore(t, i) : country, taken, text);
        continue;
      }
      int untagged = "O".equals(t.get(i).ner()) ? untaggedBodyName(t, i, taken) : i - 1;
      if (untagged > i) {
        // "the Gun Violence Archive", "Native American Rights Fund": a body's name the tagger missed
        String country = countryWithin(t, i, untagged);
        i = claimBody(index, t, i, untagged, country == null ? countryBefore(t, i) : country, taken, text);
        continue;
      }
      if ("ORGANIZATION".equals(t.get(i).ner())) {
        int j = taggedBodyEnd(t, i, taken);
        if (withinTitle(t, i, j)) {
          i = j; // "Secretary of State", "Minister of Transportation": the tagger's body is part of an office
          continue;
        }
        int b = i;
        if (i > 0 && !taken[i - 1] && Character.isUpperCase(t.get(i - 1).word().charAt(0))
            && longestMatch(t, i - 1, Kind.COUNTRY) == 1) {
          b = i - 1; // "Iraqi Parliament": the demonym belongs to the name
        }
        if (t.get(i).isPos("POS")) {
          int owner = i > 0 ? longestMatch(t, i - 1, Kind.COUNTRY) : 0;
          if (owner == 0 && i == j) {
            continue;
          }
          // "the Ivory Coast's Supreme Court": the country owns the body; a stray "'s" alone is no part of a name
          b = owner > 0 ? i - owner : i + 1;
        }
        while (b < j && LEADING_NON_NAME.contains(t.get(b).word().toLowerCase(Locale.ROOT))) {
          b++; // "Former CIA officer X": the tagger took the person's adjective into the body's name
        }
        String name = text.substring(t.get(b).begin(), t.get(j).end());
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
          name = name.substring(4);
        }
        String country = countryWithin(t, b, j);
        country = country == null ? within : country;
        country = country == null ? countryBefore(t, b) : country;
        ActorIndex.Entry e = orgActor(index, name, country);
        index.addMention(e, mention(t, b, j, text));
        mark(taken, i, j);
        i = shortFormAfter(t, b, j, e, index, taken, text);
      }
    }
  }

  /**
   * The body named by tokens {@code from..to}, placed in {@code country}, as an actor with this mention (and the short
   * form the text gives it just after); returns the last token it took.
   */
  private int claimBody(ActorIndex index, List<Token> t, int from, int to, @Nullable String country, boolean[] taken,
      String text) {
    ActorIndex.Entry e = orgActor(index, text.substring(t.get(from).begin(), t.get(to).end()), country);
    index.addMention(e, mention(t, from, to, text));
    mark(taken, from, to);
    return shortFormAfter(t, from, to, e, index, taken, text);
  }

  /**
   * The country the words just before a body's name give it: a possessive country ("Russia's Wagner Group"), a country
   * word ("the United States Commission on Civil Rights", "the Kenyan Ministry of Health"), or a demonym and a noun for a
   * kind of body, alone or before a list ("Iranian airline Qeshm Air", "Swedish firms including Volvo and Saab");
   * null when they give none.
   */
  private @Nullable String countryBefore(List<Token> t, int b) {
    int k = b - 1;
    if (k >= 1 && (t.get(k).word().equals("'s") || t.get(k).word().equals("’s"))) {
      Gazetteer.Country c = countryEndingAt(t, k - 1);
      return c != null && c.form() != Gazetteer.CountryForm.DEMONYM ? c.iso3() : null;
    }
    Gazetteer.Country c = countryEndingAt(t, k);
    if (c != null) {
      return c.iso3();
    }
    String kind = kindOfBody(t, k);
    if (kind == null && k >= 2 && t.get(k).word().equals(",")) {
      kind = kindOfBody(t, k - 1); // "the Dutch company, Vostra Holdings,": the description set off before the name
    }
    if (kind == null) {
      k = listStart(t, k);
      kind = k < b - 1 ? kindOfBody(t, k) : null;
    }
    return kind;
  }

  private Gazetteer.@Nullable Country countryEndingAt(List<Token> t, int k) {
    int len = k >= 0 ? longestMatch(t, k, Kind.COUNTRY) : 0;
    return len > 0 ? lex.country(joined(t, k - len + 1, k)) : null;
  }

  /**
   * The country of "Iranian airline", "German energy firms", "the Danish shipping company" ending at token {@code k}:
   * a noun for a kind of body, up to two lower-case modifiers, and a country word before them; null otherwise.
   */
  private @Nullable String kindOfBody(List<Token> t, int k) {
    if (k < 1 || !BODY_NOUNS.contains(t.get(k).lemma().toLowerCase(Locale.ROOT))) {
      return null;
    }
    for (int m = k - 1, words = 0; m >= 0 && words < 3; m--) {
      if (t.get(m).isPos("HYPH") || t.get(m).word().equals("-")) {
        continue; // "auto-parts company": the parts of a compound are one modifier
      }
      words++;
      Gazetteer.Country c = countryEndingAt(t, m);
      if (c != null) {
        return c.iso3(); // "Iranian airline", "a Berlin charity"
      }
      int plen = longestMatch(t, m, Kind.PLACE);
      if (plen > 0) {
        return lex.place(joined(t, m - plen + 1, m)).country(); // "the Texas company"
      }
      if (!Character.isLowerCase(t.get(m).word().charAt(0))) {
        return null;
      }
    }
    return null;
  }

  /**
   * The token before a list that ends at token {@code k} and is introduced by "including", "such as" or "like" (the
   * noun the list illustrates: "firms" in "Swedish firms including Volvo, Saab and"); {@code k} when there is none.
   */
  private static int listStart(List<Token> t, int k) {
    int m = k;
    while (m >= 0 && (t.get(m).word().equals(",") || t.get(m).word().equals("and")
        || Character.isUpperCase(t.get(m).word().charAt(0)) && !"O".equals(t.get(m).ner()))) {
      m--;
    }
    if (m >= 1 && (t.get(m).word().equals("including") || t.get(m).word().equals("like"))) {
      return m - 1;
    }
    if (m >= 2 && t.get(m).word().equals("as") && t.get(m - 1).word().equals("such")) {
      return m - 2;
    }
    return k;
  }

  /** Nouns for a kind of body that a demonym before them places in its country ("Iranian airline", "German firms"). */
  static final Set<String> BODY_NOUNS = Set.of("airline", "carrier", "company", "firm", "bank", "broadcaster",
      "newspaper", "carmaker", "automaker", "manufacturer", "maker", "giant", "group", "conglomerate", "insurer",
      "operator", "retailer", "publisher", "utility", "lender", "agency", "outlet", "network", "channel", "daily",
      "tabloid", "party", "militia", "charity", "foundation", "union", "business", "non-profit", "nonprofit", "ngo",
      "organisation", "organization");

  /** Words the tagger puts at the head of a body's name that belong to a person after it ("Former CIA officer"). */
  private static final Set<String> LEADING_NON_NAME = Set.of("former", "ex", "then", "late");

  /** Prepositions inside the name of a body: "Court of Session", "Commission on Elections", "Office for Budget". */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for");

  /**
   * The last token of a body's name that the tagger missed: a capitalised institution noun with a capitalised
   * complement ("the Court of Session", "the Ministry of Justice"), never a time ("the Court on Monday");
   * {@code from - 1} when there is none.
   */
  private int institutionName(Sentence s, int from, boolean[] taken) {
    List<Token> t = s.tokens();
    Token head = t.get(from);
    if (!capitalNoun(head) || !"INSTITUTION".equals(lex.personWord(head.word().toLowerCase(Locale.ROOT)))
        || from + 2 >= t.size() || !NAME_PREPOSITIONS.contains(t.get(from + 1).word())) {
      return from - 1;
    }
    boolean[] time = TimeExtractor.timeTokens(s);
    int j = from + 1;
    while (j + 1 < t.size() && !taken[j + 1] && !time[j + 1] && (nameWord(t.get(j + 1)) || andWithinName(t, j + 1))) {
      j++;
    }
    return j > from + 1 ? j : from - 1;
  }

  /**
   * The last token of a body's name that the tagger left untagged, starting at token {@code from}: capitalised words
   * (with "for" or "of" between two of them) ending in a noun that heads the names of bodies ("Native American Rights
   * Fund", "Cinema for Peace Foundation", "Gun Violence Archive"); {@code from - 1} when there is none.
   */
  private static int untaggedBodyName(List<Token> t, int from, boolean[] taken) {
    int end = from - 1;
    for (int k = from; k < t.size() && !taken[k]; k++) {
      Token w = t.get(k);
      boolean capital = Character.isUpperCase(w.word().charAt(0)) && (w.isPos("NNP") || w.isPos("JJ"))
          && !"PERSON".equals(w.ner()) && !"DATE".equals(w.ner());
      boolean inner = k > from && NAME_PREPOSITIONS.contains(w.word()) && k + 1 < t.size()
          && Character.isUpperCase(t.get(k + 1).word().charAt(0));
      if (!capital && !inner) {
        break;
      }
      if (capital && k > from && BODY_NAME_HEADS.contains(w.word().toLowerCase(Locale.ROOT))) {
        end = k;
      }
    }
    return end;
  }

  /** Nouns that end the names of bodies: "Rights Fund", "Violence Archive", "Liberation Front". */
  static final Set<String> BODY_NAME_HEADS = Set.of("fund", "foundation", "archive", "front", "association",
      "alliance", "coalition", "movement", "federation", "league", "society", "institute", "network", "council",
      "committee", "party", "union", "trust", "centre", "center", "commission", "forum", "initiative", "project",
      "watch", "agency", "authority", "bureau", "service", "board", "group", "organisation", "organization");

  /** A capitalised noun that can continue a body's name: no person's name. */
  private static boolean nameWord(Token t) {
    return capitalNoun(t) && !"PERSON".equals(t.ner());
  }

  /**
   * "Department of Health and Human Services": an "and" the entity tagger keeps inside one organisation's name,
   * followed by more of the name; "the Ministry of Defence and the army" stays two.
   */
  private static boolean andWithinName(List<Token> t, int k) {
    return t.get(k).word().equals("and") && "ORGANIZATION".equals(t.get(k).ner()) && k + 1 < t.size()
        && nameWord(t.get(k + 1)) && "ORGANIZATION".equals(t.get(k + 1).ner()) && k > 0 && nameWord(t.get(k - 1));
  }

  /** A capitalised noun, whatever the tagger made of it ("The Court of Appeal" is often tagged NN). */
  private static boolean capitalNoun(Token t) {
    return t.isPos("NN") && Character.isUpperCase(t.word().charAt(0));
  }

  /** The organisation tagged from {@code i} runs on past the {@code len} words of a listed name, in capitals. */
  private static boolean longerName(List<Token> t, int i, int len) {
    for (int k = i; k < i + len; k++) {
      if (!"ORGANIZATION".equals(t.get(k).ner())) {
        return false;
      }
    }
    int after = i + len;
    return after < t.size() && "ORGANIZATION".equals(t.get(after).ner()) && t.get(after).isPos("NNP");
  }

  /** A country named inside an organisation's name ("Thai Raksa Chart Party", "Iraqi Parliament"), or null. */
  private @Nullable String countryWithin(List<Token> t, int from, int to) {
    for (int k = from; k <= to; k++) {
      int len = longestMatchForward(t, k, Kind.COUNTRY);
      if (len > 0 && k + len - 1 <= to) {
        return lex.country(joined(t, k, k + len - 1)).iso3();
      }
    }
    return null;
  }

  /**
   * A short form defined in brackets right after a body's name, "the Federal Aviation Administration (FAA)": the
   * acronym is another mention of the same body, here and wherever the text uses it later. It must start as the
   * name does ("the Parliament of New South Wales (NSW)" abbreviates the place); one the gazetteer lists is left to it
   * ("UNESCO" after a name the tagger cut short). Returns the index of the last token taken.
   */
  private int shortFormAfter(List<Token> t, int begin, int end, ActorIndex.Entry e, ActorIndex index, boolean[] taken,
      String text) {
    int k = end + 2;
    if (k + 1 < t.size() && t.get(end + 1).isPos("-LRB-") && t.get(k + 1).isPos("-RRB-") && !taken[k]
        && ActorNames.isAcronym(t.get(k).word()) && t.get(k).word().charAt(0) == t.get(begin).word().charAt(0)
        && longestMatchForward(t, k, Kind.ORGANIZATION) == 0) {
      index.abbreviate(e, t.get(k).word());
      index.addMention(e, mention(t, k, k, text));
      mark(taken, k, k);
      return k + 1;
    }
    return end;
  }

  private static ActorIndex.Entry orgActor(ActorIndex index, String name, @Nullable String country) {
    ActorIndex.Entry defined = index.abbreviated(name);
    if (defined != null) {
      defined.fill(country, null, null, null);
      return defined;
    }
    for (ActorIndex.Entry e : index.entries()) {
      if (e.kind() == ActorKind.ORGANIZATION && e.name().equalsIgnoreCase(name)) {
        e.fill(country, null, null, null);
        return e;
      }
    }
    ActorIndex.Entry e = index.create(name, ActorKind.ORGANIZATION);
    e.fill(country, null, null, null);
    return e;
  }

  /** "the Kenyan president", "the Chilean leader": a definite description of a person by country and office. */
  private List<Description> descriptions(Sentence s, String text, boolean[] taken) {
    List<Token> t = s.tokens();
    List<Description> out = new ArrayList<>();
    for (int i = 0; i + 2 < t.size(); i++) {
      if (!t.get(i).word().equalsIgnoreCase("the")) {
        continue;
      }
      int k = i + 1;
      while (k + 1 < t.size() && k < i + 7 && (t.get(k).isPos("CD") || t.get(k).isPos("HYPH") || t.get(k).isPos("JJ")
          && Character.isLowerCase(t.get(k).word().charAt(0)) || AGE_WORDS.contains(t.get(k).word()))) {
        k++; // "the 39-year-old", "the young"
      }
      if (!taken[k] && demonymNoun(t, k)) {
        // "the sixteen-year-old Swede", "the Australian": a person of that country named before
        out.add(new Description(t.get(i).begin(), t.get(k).end(), text.substring(t.get(i).begin(), t.get(k).end()),
            lex.country(t.get(k).word()).iso3(), null));
        mark(taken, i, k);
        continue;
      }
      int clen = longestMatchForward(t, i + 1, Kind.COUNTRY);
      if (clen == 0) {
        continue;
      }
      int h = i + 1 + clen;
      if (h >= t.size()) {
        continue;
      }
      String noun = t.get(h).word();
      boolean lower = Character.isLowerCase(noun.charAt(0));
      Gazetteer.Title title = lex.title(noun);
      boolean leader = LEADER_NOUNS.contains(noun.toLowerCase(Locale.ROOT));
      boolean nameFollows = h + 1 < t.size() && "PERSON".equals(t.get(h + 1).ner());
      if (!lower || nameFollows || (title == null && !leader) || (title != null && title.rank() < 3 && !leader)) {
        continue;
      }
      Gazetteer.Country c = lex.country(joined(t, i + 1, i + clen));
      out.add(new Description(t.get(i).begin(), t.get(h).end(), text.substring(t.get(i).begin(), t.get(h).end()),
          c.iso3(), title == null ? null : title.role()));
      mark(taken, i, h);
    }
    return out;
  }

  /** The nouns of an age before a nationality: "the 39-year-old Briton". */
  private static final Set<String> AGE_WORDS = Set.of("year", "years", "old");

  /**
   * Bodies the tagger made of a person's name in one sentence ("Zapata", "Rock Hudson" tagged as organisations) that
   * the lexicon does not know: mentions of the one person with that full name or surname.
   */
  private void personsTakenForBodies(ActorIndex index) {
    List<ActorIndex.Entry> people = index.entries().stream().filter(e -> e.kind() == ActorKind.PERSON).toList();
    for (ActorIndex.Entry body : index.entries()) {
      if (body.kind() != ActorKind.ORGANIZATION || lex.organization(body.name()) != null) {
        continue;
      }
      List<ActorIndex.Entry> bearers = people.stream().filter(p -> p.name().equals(body.name())
          || !body.name().contains(" ") && p.name().endsWith(" " + body.name())).toList();
      if (bearers.size() == 1) {
        index.merge(body, bearers.get(0));
      }
    }
  }

  /** Joins person mentions into actors: full names first, then surnames to the actor that bears them. */
  private void clusterPersons(List<PersonMention> persons, ActorIndex index, @Nullable LocalDate date) {
    List<ActorIndex.Entry> entries = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    List<String> fullNames = new ArrayList<>();
    List<Integer> bareMentions = new ArrayList<>();
    for (PersonMention pm : persons) {
      String surname = pm.surname();
      int found = -1;
      if (!pm.surnameOnly()) {
        for (int k = 0; k < entries.size(); k++) {
          if (fullNames.get(k) != null && fullNames.get(k).equalsIgnoreCase(pm.text())) {
            found = k;
          }
        }
        for (int k = 0; k < entries.size() && found < 0; k++) {
          if (fullNames.get(k) != null && sameFirstAndLast(fullNames.get(k), pm)) {
            found = k; // "Robert Gabriel Mugabe" after "Robert Mugabe", "George W. Bush" after "George Bush"
          }
        }
        if (found < 0) {
          for (int k = 0; k < entries.size(); k++) {
            if (fullNames.get(k) == null && surnames.get(k).equalsIgnoreCase(surname)) {
              found = k; // an actor known so far only by surname gets its full name
              fullNames.set(k, pm.text());
              entries.get(k).rename(pm.text());
            }
          }
        }
      } else {
        found = bearerOf(surname, pm.gender(), entries, surnames, bareMentions);
        if (found < 0) {
          found = onlyOneCalled(fullNames, surname); // "Tony" after "Tony Mendez", when no one else is Tony
        }
        if (found < 0) {
          found = onlyOneWithFirstSurname(fullNames, surname); // "Rosselló" after "Ricardo Rosselló Nevares"
        }
      }
      ActorIndex.Entry body = found < 0 && pm.words().size() == 1 && lex.person(pm.text()) == null
          ? bodyCalled(index, pm.text()) : null; // a well-known surname stays the person's ("the Trump Organization")
      if (body != null) {
        index.addMention(body, new Mention(pm.begin(), pm.end(), pm.text())); // "Hamid" after "Hamid Air"
        continue;
      }
      if (found < 0) {
        Gazetteer.Person known = lex.person(pm.text());
        String name = pm.surnameOnly() && known != null ? known.name() : pm.text();
        ActorIndex.Entry e = index.create(name, ActorKind.PERSON);
        entries.add(e);
        surnames.add(surname);
        fullNames.add(pm.surnameOnly() && known == null ? null : name);
        bareMentions.add(0);
        found = entries.size() - 1;
      }
      if (pm.surnameOnly()) {
        bareMentions.set(found, bareMentions.get(found) + 1);
      }
      ActorIndex.Entry e = entries.get(found);
      e.fill(pm.country(), pm.organization(), pm.role(), pm.gender());
      index.addMention(e, new Mention(pm.begin(), pm.end(), pm.text()));
    }
    for (ActorIndex.Entry e : entries) {
      Gazetteer.Person known = lex.person(e.name());
      if (known != null) {
        // the office the person held when the story was written, if the lexicon dates it
        String role = known.roleOn(date);
        e.fill(known.country(), known.organization(), e.role() == null ? role : null, known.gender());
      }
    }
  }

  /**
   * The body whose name of several words opens with this one word ("Hamid" for "Hamid Air"): a tagger's PERSON
   * that is the short name of a company or party the text has named; null if none.
   */
  private static ActorIndex.@Nullable Entry bodyCalled(ActorIndex index, String word) {
    for (ActorIndex.Entry e : index.entries()) {
      String name = e.name();
      if (e.kind() == ActorKind.ORGANIZATION && name.length() > word.length() + 1
          && name.regionMatches(true, 0, word, 0, word.length()) && name.charAt(word.length()) == ' ') {
        return e;
      }
    }
    return null;
  }

  /**
   * The index of the person a surname alone names, -1 when no one bears it. News calls the main bearer of a surname by
   * it alone and names a relative in full ("Trump" after "First Lady Melania Trump" is still the president), so among
   * several bearers the one already called by the bare surname most often wins; among equals, the one named most often
   * ("Mukherjee" after "Pranab Mukherjee ... his son Abhijit Mukherjee" is still the former president), then the latest
   * introduced.
   * A bearer of the other sex is passed over when the mention's title shows its sex ("Mrs. Trump").
   */
  private static int bearerOf(String surname, @Nullable String gender, List<ActorIndex.Entry> entries,
      List<String> surnames, List<Integer> bareMentions) {
    int found = -1;
    for (int k = 0; k < entries.size(); k++) {
      String known = entries.get(k).gender();
      boolean otherSex = gender != null && known != null && !known.equals(gender);
      if (!sameSurname(surnames.get(k), surname) || otherSex) {
        continue;
      }
      int bare = found < 0 ? 0 : Integer.compare(bareMentions.get(k), bareMentions.get(found));
      int all = found < 0 ? 0
          : Integer.compare(entries.get(k).mentions().size(), entries.get(found).mentions().size());
      if (found < 0 || bare > 0 || bare == 0 && all > 0) {
        found = k;
      }
    }
    return found;
  }

  /** The full name has the mention's given name and surname, whatever stands between them. */
  private static boolean sameFirstAndLast(String fullName, PersonMention pm) {
    String[] words = fullName.split("\\s+");
    return words.length >= 2 && words[0].equalsIgnoreCase(pm.words().get(0))
        && words[words.length - 1].equalsIgnoreCase(pm.words().get(pm.words().size() - 1));
  }

  /**
   * The index of the one full name of three or more words whose next-to-last word is {@code word}: the first of two
   * surnames, by which Spanish and Portuguese names are shortened ("López" for "Andrés Manuel López Obrador");
   * -1 when none or several are.
   */
  private static int onlyOneWithFirstSurname(List<String> fullNames, String word) {
    int found = -1;
    for (int k = 0; k < fullNames.size(); k++) {
      String[] words = fullNames.get(k) == null ? new String[0] : fullNames.get(k).split("\\s+");
      if (words.length >= 3 && words[words.length - 2].equalsIgnoreCase(word)) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  /** The index of the one full name whose given name is {@code word}; -1 when none or several are. */
  private static int onlyOneCalled(List<String> fullNames, String word) {
    int found = -1;
    for (int k = 0; k < fullNames.size(); k++) {
      String full = fullNames.get(k);
      if (full != null && full.contains(" ") && full.substring(0, full.indexOf(' ')).equalsIgnoreCase(word)) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }

  /**
   * Whether a surname-only mention names the bearer of a known surname: the same word, or the last part of a
   * hyphenated one ("Rehman" after "Fazl-ur-Rehman", "Gvir" is not matched by "Ben").
   */
  static boolean sameSurname(String known, String mention) {
    if (known.equalsIgnoreCase(mention)) {
      return true;
    }
    String k = known.toLowerCase(Locale.ROOT);
    String m = mention.toLowerCase(Locale.ROOT);
    return m.length() >= 3 && k.endsWith("-" + m);
  }

  /**
   * Makes the {@code length} tokens from {@code i} a mention of the actor and marks them taken; returns the index of
   * the last of them.
   */
  private static int claim(ActorIndex index, ActorIndex.Entry e, List<Token> t, int i, int length, boolean[] taken,
      String text) {
    index.addMention(e, mention(t, i, i + length - 1, text));
    mark(taken, i, i + length - 1);
    return i + length - 1;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int k = from; k <= to; k++) {
      taken[k] = true;
    }
  }

  private static Mention mention(List<Token> t, int from, int to, String text) {
    return new Mention(t.get(from).begin(), t.get(to).end(), text.substring(t.get(from).begin(), t.get(to).end()));
  }
}
