package org.parley.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.Issues;
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

    String surname() {
      for (int i = 0; i < words.size(); i++) {
        if (i > 0 && PARTICLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
          return String.join(" ", words.subList(i, words.size()));
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
    String text = doc.text();
    Setting setting = setting(doc);
    for (Sentence s : doc.sentences()) {
      boolean[] taken = new boolean[s.tokens().size()];
      for (int[] span : personSpans(s)) {
        PersonMention pm = person(s, span[0], span[1], text, taken);
        persons.add(pm);
      }
      namedEntities(s, text, taken, index, setting);
      descriptions.addAll(descriptions(s, text, taken));
    }
    clusterPersons(persons, index);
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
    return index;
  }

  /**
   * People and organisations the text gives no country take the story's home country: one that clearly dominates
   * the text (named, by demonym or capital), with at least {@link #HOME_MIN_MENTIONS} mentions and twice the next;
   * organisations and office holders also take the only country a text names, when it names just one. Event data codes domestic actors this way ("the president", "rebels" in a story
   * set in one country). Officials of international organisations keep none.
   */
  private void inferHomeCountry(AnnotatedDocument doc, ActorIndex index) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        int len = longestMatchForward(t, i, Kind.COUNTRY);
        int olen = len > 0 ? 0 : longestMatchForward(t, i, Kind.ORGANIZATION);
        Gazetteer.Organization seat = olen > 0 ? lex.organization(joined(t, i, i + olen - 1)) : null;
        if (len > 0) {
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
  record Setting(Set<String> placesOf, Set<String> namedAs) {
    /** The place, not the country: the text names other places of its country and nothing else of the country. */
    boolean readsAsPlace(Gazetteer.Place p, Gazetteer.Country c) {
      return placesOf.contains(p.country()) && !namedAs.contains(c.iso3());
    }
  }

  private Setting setting(AnnotatedDocument doc) {
    Set<String> places = new HashSet<>();
    Set<String> cues = new HashSet<>();
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
      }
    }
    return new Setting(places, cues);
  }

  private boolean internationalName(String name) {
    Gazetteer.Organization o = lex.organization(name);
    return o != null && o.country() == null;
  }

  /** Token ranges [first, last] of person names: PERSON tags, joined across surname particles. */
  private List<int[]> personSpans(Sentence s) {
    List<Token> t = s.tokens();
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
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

  private PersonMention person(Sentence s, int first, int last, String text, boolean[] taken) {
    List<Token> t = s.tokens();
    List<String> words = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      words.add(t.get(k).word());
      taken[k] = true;
    }
    String role = null;
    String country = null;
    String org = null;
    String gender = lex.firstNameGender(words.get(0));
    int i = first - 1;
    if (i >= 0 && "HONORIFIC".equals(lex.personWord(t.get(i).word()))) {
      gender = honorificGender(t.get(i).word(), gender);
      i--;
    }
    // titles and their modifiers before the name: "former UN Deputy Special Envoy", "UK PM", "Russia's"
    boolean former = false;
    while (i >= 0) {
      int len = longestMatch(t, i, Kind.TITLE);
      if (len > 0) {
        String r = lex.title(joined(t, i - len + 1, i)).role();
        role = role == null ? r : r + " " + role;
        String kind = lex.personWord(t.get(i).word());
        if (gender == null && kind != null && kind.endsWith("_TITLE")) {
          gender = kind.startsWith("FEMALE") ? "f" : "m"; // "Princess Ubolratana", "King Maha Vajiralongkorn"
        }
        i -= len;
        continue;
      }
      if (t.get(i).word().equalsIgnoreCase("former") || t.get(i).word().equalsIgnoreCase("ex-")) {
        former = true;
        i--;
        continue;
      }
      if (role != null && TITLE_MODIFIERS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) {
        i--; // "Nigerian junior foreign minister": the country comes before the grade
        continue;
      }
      int p = t.get(i).word().equals("'s") || t.get(i).word().equals("’s") ? i - 1 : i;
      int clen = longestMatch(t, p, Kind.COUNTRY);
      if (clen > 0 && role != null) {
        country = lex.country(joined(t, p - clen + 1, p)).iso3();
        i = p - clen;
        continue;
      }
      int olen = longestMatch(t, p, Kind.ORGANIZATION);
      if (olen > 0 && role != null) {
        Gazetteer.Organization o = lex.organization(joined(t, p - olen + 1, p));
        org = o.name();
        if (country == null) {
          country = o.country();
        }
        i = p - olen;
        continue;
      }
      break;
    }
    // an apposition after the name: ", a former deputy foreign minister,"
    if (role == null && last + 2 < t.size() && t.get(last + 1).word().equals(",")) {
      Appositive ap = appositive(t, last + 2);
      if (ap != null) {
        role = ap.role;
        former = ap.former;
        country = country == null ? ap.country : country;
        org = org == null ? ap.organization : org;
      }
    }
    if (role != null && former) {
      role = "former " + role;
    }
    int begin = t.get(first).begin();
    int end = t.get(last).end();
    return new PersonMention(s.index(), first, last, begin, end, text.substring(begin, end), words, role, country, org,
        gender);
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
      if (w.equalsIgnoreCase("former")) {
        former = true;
      }
      int len = longestMatchForward(t, k, Kind.TITLE);
      if (len > 0) {
        Gazetteer.Title title = lex.title(joined(t, k, k + len - 1));
        role = title.role();
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
      }
    }
    return role == null ? null : new Appositive(role, former, country, org);
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
      if (olen > 0 && "ORGANIZATION".equals(t.get(i).ner()) && longerName(t, i, olen)) {
        olen = 0; // "House of Commons Library": the tagger's longer name is another body than the listed one
      }
      if (olen > 0 && free(taken, i, i + olen - 1)) {
        Gazetteer.Organization o = lex.organization(joined(t, i, i + olen - 1));
        i = claim(index, orgActor(index, o.name(), o.country()), t, i, olen, taken, text);
        continue;
      }
      if (c != null && !"ORGANIZATION".equals(t.get(i).ner())) {
        continue; // a demonym outside a name: "German leaders"
      }
      int inst = institutionName(t, i, taken);
      if (inst > i) {
        int place = inst + 2 < t.size() && t.get(inst + 1).word().equals("in")
            ? longestMatchForward(t, inst + 2, Kind.COUNTRY) : 0;
        String country = place > 0 ? lex.country(joined(t, inst + 2, inst + 1 + place)).iso3()
            : countryWithin(t, i, inst);
        ActorIndex.Entry e = orgActor(index, text.substring(t.get(i).begin(), t.get(inst).end()), country);
        index.addMention(e, mention(t, i, inst, text));
        mark(taken, i, inst);
        i = inst;
        continue;
      }
      if ("ORGANIZATION".equals(t.get(i).ner())) {
        int j = i;
        while (j + 1 < t.size() && "ORGANIZATION".equals(t.get(j + 1).ner()) && !taken[j + 1]) {
          j++;
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
        String name = text.substring(t.get(b).begin(), t.get(j).end());
        if (name.toLowerCase(Locale.ROOT).startsWith("the ")) {
          name = name.substring(4);
        }
        ActorIndex.Entry e = orgActor(index, name, countryWithin(t, b, j));
        index.addMention(e, mention(t, b, j, text));
        mark(taken, i, j);
        i = j;
      }
    }
  }

  /** Prepositions inside the name of a body: "Court of Session", "Commission on Elections", "Office for Budget". */
  private static final Set<String> NAME_PREPOSITIONS = Set.of("of", "on", "for");

  /**
   * The last token of a body's name that the tagger missed: a capitalised institution noun with a capitalised
   * complement ("the Court of Session", "the Ministry of Justice"); {@code from - 1} when there is none.
   */
  private int institutionName(List<Token> t, int from, boolean[] taken) {
    Token head = t.get(from);
    if (!capitalNoun(head) || !"INSTITUTION".equals(lex.personWord(head.word().toLowerCase(Locale.ROOT)))
        || from + 2 >= t.size() || !NAME_PREPOSITIONS.contains(t.get(from + 1).word())) {
      return from - 1;
    }
    int j = from + 1;
    while (j + 1 < t.size() && capitalNoun(t.get(j + 1)) && !taken[j + 1] && !"PERSON".equals(t.get(j + 1).ner())) {
      j++;
    }
    return j > from + 1 ? j : from - 1;
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

  private static ActorIndex.Entry orgActor(ActorIndex index, String name, @Nullable String country) {
    for (ActorIndex.Entry e : index.entries()) {
      if (e.kind() == ActorKind.ORGANIZATION && e.name().equalsIgnoreCase(name)) {
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

  /** Joins person mentions into actors: full names first, then surnames to the actor that bears them. */
  private void clusterPersons(List<PersonMention> persons, ActorIndex index) {
    List<ActorIndex.Entry> entries = new ArrayList<>();
    List<String> surnames = new ArrayList<>();
    List<String> fullNames = new ArrayList<>();
    for (PersonMention pm : persons) {
      String surname = pm.surname();
      int found = -1;
      if (!pm.surnameOnly()) {
        for (int k = 0; k < entries.size(); k++) {
          if (fullNames.get(k) != null && fullNames.get(k).equalsIgnoreCase(pm.text())) {
            found = k;
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
        for (int k = 0; k < entries.size(); k++) {
          if (sameSurname(surnames.get(k), surname)) {
            found = k; // the most recent actor with that surname
          }
        }
      }
      if (found < 0) {
        Gazetteer.Person known = lex.person(pm.text());
        String name = pm.surnameOnly() && known != null ? known.name() : pm.text();
        ActorIndex.Entry e = index.create(name, ActorKind.PERSON);
        entries.add(e);
        surnames.add(surname);
        fullNames.add(pm.surnameOnly() && known == null ? null : name);
        found = entries.size() - 1;
      }
      ActorIndex.Entry e = entries.get(found);
      e.fill(pm.country(), pm.organization(), pm.role(), pm.gender());
      index.addMention(e, new Mention(pm.begin(), pm.end(), pm.text()));
    }
    for (ActorIndex.Entry e : entries) {
      Gazetteer.Person known = lex.person(e.name());
      if (known != null) {
        e.fill(known.country(), known.organization(), e.role() == null ? known.role() : null, known.gender());
      }
    }
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
