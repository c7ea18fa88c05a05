package org.parley.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.Gazetteer;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.util.Nullable;

/**
 * The actors of one document while they are being found: later stages (quotes, events) look actors up by the
 * words that mention them and add mentions (pronouns, groups). {@link #actors()} freezes the result.
 * One instance per document; not thread-safe.
 */
public final class ActorIndex {
  /** One actor under construction. */
  public static final class Entry {
    private final String id;
    private String name;
    private final ActorKind kind;
    private @Nullable String country;
    private @Nullable String organization;
    private @Nullable String role;
    private @Nullable String gender;
    private final List<Mention> mentions = new ArrayList<>();

    Entry(String id, String name, ActorKind kind) {
      this.id = id;
      this.name = name;
      this.kind = kind;
    }

    public String id() {
      return id;
    }

    public String name() {
      return name;
    }

    public ActorKind kind() {
      return kind;
    }

    public @Nullable String country() {
      return country;
    }

    public @Nullable String organization() {
      return organization;
    }

    public @Nullable String role() {
      return role;
    }

    public @Nullable String gender() {
      return gender;
    }

    public List<Mention> mentions() {
      return List.copyOf(mentions);
    }

    void rename(String newName) {
      name = newName;
    }

    void fill(@Nullable String newCountry, @Nullable String newOrganization, @Nullable String newRole,
        @Nullable String newGender) {
      if (country == null) {
        country = newCountry;
      }
      if (organization == null) {
        organization = newOrganization;
      }
      if (role == null || (newRole != null && newRole.length() > role.length() && !newRole.startsWith("former"))) {
        role = newRole == null ? role : newRole;
      }
      if (gender == null) {
        gender = newGender;
      }
    }

    /** Offset of the last mention that begins before {@code offset}, or -1. */
    int lastMentionBefore(int offset) {
      int best = -1;
      for (Mention m : mentions) {
        if (m.begin() < offset && m.begin() > best) {
          best = m.begin();
        }
      }
      return best;
    }

    int mentionsBefore(int offset) {
      int n = 0;
      for (Mention m : mentions) {
        n += m.begin() < offset ? 1 : 0;
      }
      return n;
    }

    int firstMention() {
      int best = Integer.MAX_VALUE;
      for (Mention m : mentions) {
        best = Math.min(best, m.begin());
      }
      return best;
    }
  }

  /**
   * Head nouns of a phrase that names a state's government as a whole: "the German government", "Chinese
   * authorities", "the Syrian regime".
   */
  public static final Set<String> GOVERNMENT_WORDS = Set.of("government", "authorities", "administration", "regime");

  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Map<String, Entry> byShortForm = new HashMap<>();
  private final Gazetteer lex;
  private @Nullable String home;

  ActorIndex(Gazetteer lex) {
    this.lex = lex;
  }

  /**
   * The story's home country (ISO alpha-3): the country of actors the text names without one, such as groups found
   * later ("the rebels", "protesters"); null when the text has no single home country.
   */
  public @Nullable String home() {
    return home;
  }

  void home(String iso3) {
    home = iso3;
  }

  /** Creates an actor with an id derived from its name, unique in this document. */
  public Entry create(String name, ActorKind kind) {
    String base = slug(name);
    String id = base;
    for (int n = 2; byId.containsKey(id); n++) {
      id = base + "-" + n;
    }
    Entry e = new Entry(id, name, kind);
    byId.put(id, e);
    return e;
  }

  /** Records a short form the text defines for an actor, as in "the Federal Aviation Administration (FAA)". */
  public void abbreviate(Entry e, String shortForm) {
    byShortForm.putIfAbsent(shortForm, e);
  }

  /** The actor the text gave this short form (case as written), or null. */
  public @Nullable Entry abbreviated(String shortForm) {
    return byShortForm.get(shortForm);
  }

  public @Nullable Entry get(String id) {
    return byId.get(id);
  }

  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  public void addMention(Entry e, Mention m) {
    for (Mention old : e.mentions) {
      if (old.begin() == m.begin() && old.end() == m.end()) {
        return;
      }
    }
    e.mentions.add(m);
  }

  /** The actor of this kind with this name (case ignored), or null. */
  public @Nullable Entry withName(String name, ActorKind kind) {
    for (Entry e : byId.values()) {
      if (e.kind == kind && e.name.equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  /** Moves every mention of {@code from} to {@code into}: one actor the text named twice over. */
  void merge(Entry from, Entry into) {
    for (Mention m : from.mentions) {
      addMention(into, m);
    }
    from.mentions.clear();
  }

  /** The actor one of whose mentions covers the character offset, preferring the shortest such mention. */
  public @Nullable Entry at(int offset) {
    Entry best = null;
    int bestLen = Integer.MAX_VALUE;
    for (Entry e : byId.values()) {
      for (Mention m : e.mentions) {
        if (m.begin() <= offset && offset < m.end() && m.end() - m.begin() < bestLen) {
          best = e;
          bestLen = m.end() - m.begin();
        }
      }
    }
    return best;
  }

  /** The group actor with this name, created on first use. */
  public Entry group(String name, Mention m) {
    return named(name, ActorKind.GROUP, m);
  }

  /** The actor of this kind and name, created on first use with the country (ISO alpha-3, or null). */
  public Entry named(String name, ActorKind kind, @Nullable String country, Mention m) {
    return find(name, kind, country, m);
  }

  /**
   * The actor of this kind and name, created on first use, with the mention added. A group that is a country's
   * government ("the Iraqi government", "British authorities") is that country: news and event data name the state
   * by its government, unlike a body of its own ("the White House", "the Foreign Ministry").
   */
  public Entry named(String name, ActorKind kind, Mention m) {
    return find(name, kind, null, m);
  }

  /**
   * The actor of this kind and name, created on first use with the country given, else (for a group or body) the
   * one its name gives, else the story's home country unless its name places it beyond ("foreign diplomats").
   */
  private Entry find(String name, ActorKind kind, @Nullable String given, Mention m) {
    Gazetteer.Country state = kind == ActorKind.GROUP ? governmentOf(name) : null;
    if (state != null) {
      Entry country = country(state);
      addMention(country, m);
      return country;
    }
    boolean body = kind == ActorKind.GROUP || kind == ActorKind.ORGANIZATION;
    Matcher ours = THE_COUNTRYS.matcher(name);
    String country = given;
    if (body && ours.lookingAt() && ours.end() < name.length()) {
      name = name.substring(ours.end()); // "the country's election commission": the election commission, of that country
      country = country != null ? country : home != null ? home : recentCountry(m.begin());
    }
    Entry known = withName(name, kind);
    if (known != null) {
      known.fill(country, null, null, null);
      addMention(known, m);
      return known;
    }
    Entry e = create(name, kind);
    String[] words = name.split(" ");
    e.fill(country, null, null, kind == ActorKind.PERSON ? lex.nounGender(words[words.length - 1]) : null);
    if (body) {
      e.fill(countryInName(name), null, null, null);
      if (e.country == null && !beyondHome(name)) {
        e.fill(home, null, null, null); // "the ministry", "government officials" in a story set in one country
      }
    }
    addMention(e, m);
    return e;
  }

  /** Words that place a group or body outside the story's home country: "foreign diplomats", "world leaders". */
  static final Set<String> BEYOND_HOME_WORDS = Set.of("foreign", "international", "western", "world", "global",
      "other", "overseas", "allied", "allies", "regional", "european", "african", "asian", "arab", "coalition",
      "multinational", "exiled", "exile");

  /** The name marks its bearer as foreign or international, or contains an international body's name ("UN troops"). */
  private boolean beyondHome(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+");
    for (int i = 0; i < words.length; i++) {
      if (BEYOND_HOME_WORDS.contains(words[i])) {
        return true;
      }
    }
    String[] raw = name.strip().split("\\s+");
    for (int i = 0; i < raw.length; i++) {
      for (int j = i + 1; j <= raw.length && j - i <= Gazetteer.MAX_PHRASE_TOKENS; j++) {
        Gazetteer.Organization o = lex.organization(String.join(" ", Arrays.copyOfRange(raw, i, j)));
        if (o != null && o.country() == null) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the country's", "the nation's" opening the name of a body: the country the story is about. */
  private static final Pattern THE_COUNTRYS =
      Pattern.compile("(?i)(the\\s+)?(country|nation)['\u2019]s\\s+");

  private @Nullable String recentCountry(int offset) {
    Entry c = mostRecent(offset, e -> e.kind == ActorKind.COUNTRY);
    return c == null ? null : c.country;
  }

  /**
   * The country a group's or body's name opens with, by name or demonym ("Dutch officials", "U.S. troops", "the
   * Chilean Embassy"), or the country it is said to be in ("protesters in Chile", "police in Cairo"); null
   * otherwise: a capital opening a name names no country ("Washington lobbyists").
   */
  private @Nullable String countryInName(String name) {
    String[] words = name.strip().replaceFirst("(?i)^the\\s+", "").split("\\s+");
    for (int n = Math.min(Gazetteer.MAX_PHRASE_TOKENS, words.length - 1); n >= 1; n--) {
      String head = String.join(" ", Arrays.copyOf(words, n));
      Gazetteer.Country c = Character.isUpperCase(head.charAt(0)) ? lex.country(head) : null;
      if (c != null && c.form() != Gazetteer.CountryForm.METONYM) {
        return c.iso3();
      }
    }
    for (int k = words.length - 2; k >= 1; k--) {
      String place = String.join(" ", Arrays.copyOfRange(words, k + 1, words.length));
      Gazetteer.Country c = words[k].equals("in") && Character.isUpperCase(place.charAt(0)) ? lex.country(place) : null;
      if (c != null && c.form() != Gazetteer.CountryForm.DEMONYM) {
        return c.iso3(); // "protesters in Chile", "police in Cairo"
      }
    }
    return null;
  }

  /** The country actor of this country, created on first use. */
  Entry country(Gazetteer.Country c) {
    for (Entry e : byId.values()) {
      if (e.kind == ActorKind.COUNTRY && c.iso3().equals(e.country)) {
        return e;
      }
    }
    Entry e = create(c.name(), ActorKind.COUNTRY);
    e.fill(c.iso3(), null, null, null);
    return e;
  }

  /** The country whose government the words name: a country's name or demonym and a government word, else null. */
  private Gazetteer.@Nullable Country governmentOf(String name) {
    String[] words = name.strip().replaceFirst("(?i)^the\\s+", "").split("\\s+");
    if (words.length < 2 || !GOVERNMENT_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
      return null;
    }
    String owner = String.join(" ", Arrays.copyOf(words, words.length - 1)).replaceFirst("['\u2019]s$", "");
    Gazetteer.Country c = Character.isUpperCase(owner.charAt(0)) ? lex.country(owner) : null;
    return c != null && c.form() != Gazetteer.CountryForm.METONYM ? c : null;
  }

  /** Gives an actor the country (ISO alpha-3) where it has none yet; a null country changes nothing. */
  public void placeIn(Entry e, @Nullable String country) {
    e.fill(country, null, null, null);
  }

  /** The organisation mentioned last before {@code offset} whose name contains the word ("the party"). */
  public @Nullable Entry recentOrganization(int offset, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Predicate<Entry> named =
        e -> e.kind == ActorKind.ORGANIZATION && e.name.toLowerCase(Locale.ROOT).contains(w);
    Entry recent = mostRecent(offset, named);
    if (recent == null) {
      return null;
    }
    // the body the story is about outweighs one named in passing: "the court" after "the Court of Session ...
    // the only court above it is the Supreme Court" is still the Court of Session
    Entry salient = recent;
    for (Entry e : byId.values()) {
      if (named.test(e) && e.mentionsBefore(offset) > salient.mentionsBefore(offset)) {
        salient = e;
      }
    }
    return salient;
  }

  /**
   * The organisation mentioned last in the {@code window} characters before {@code offset}, whatever its name: a bare
   * "the office" that names no body of its own speaks for the body just named ("The embassy in Iraq ... The office
   * asked ..."); null if none was.
   */
  public @Nullable Entry nearbyOrganization(int offset, int window) {
    return nearbyOrganization(offset, window, e -> true);
  }

  /**
   * The organisation that passes {@code test} mentioned last in the {@code window} characters before {@code offset}:
   * "the company" is the business just named, whatever its name ("Verano Mining Corp. ... the company"); null if none.
   */
  public @Nullable Entry nearbyOrganization(int offset, int window, Predicate<Entry> test) {
    Entry recent = mostRecent(offset, e -> e.kind == ActorKind.ORGANIZATION && test.test(e));
    return recent != null && offset - recent.lastMentionBefore(offset) <= window ? recent : null;
  }

  /** The country actor of the story's home country, or null when there is no home or it is not named. */
  public @Nullable Entry homeCountry() {
    for (Entry e : byId.values()) {
      if (home != null && e.kind == ActorKind.COUNTRY && home.equals(e.country)) {
        return e;
      }
    }
    return null;
  }

  /**
   * The person a pronoun or description at {@code offset} most likely refers to: among persons mentioned before
   * it, compatible with the gender, the {@code preferred} one if it qualifies, else the most recently mentioned.
   */
  public @Nullable Entry recentPerson(int offset, @Nullable String gender, @Nullable String preferred,
      @Nullable String country) {
    if (preferred != null) {
      Entry p = byId.get(preferred);
      if (p != null && p.kind == ActorKind.PERSON && compatible(p, gender, country) && p.lastMentionBefore(offset) >= 0) {
        return p;
      }
    }
    return mostRecent(offset, e -> e.kind == ActorKind.PERSON && compatible(e, gender, country));
  }

  /**
   * The person a description by office ("the governor", "the secretary general") refers to: among persons mentioned
   * before {@code offset} whose role holds that office, the {@code preferred} one if it qualifies, else the most
   * recently mentioned; null when nobody named so far holds it. Two people of one body ("the governor and her
   * deputy") are told apart by what each is called, not by who was named last.
   */
  public @Nullable Entry recentPersonInRole(int offset, String role, @Nullable String gender, @Nullable String preferred,
      @Nullable String country) {
    String office = role.toLowerCase(Locale.ROOT);
    Predicate<Entry> holds = e -> e.kind == ActorKind.PERSON && compatible(e, gender, country) && (e.role != null
        ? holdsOffice(e.role.toLowerCase(Locale.ROOT), office) && !e.role.startsWith("former")
        : e.name.toLowerCase(Locale.ROOT).startsWith(office + " ")); // no name but the office: "judge in Ohio"
    if (preferred != null) {
      Entry p = byId.get(preferred);
      if (p != null && holds.test(p) && p.lastMentionBefore(offset) >= 0) {
        return p;
      }
    }
    return mostRecent(offset, holds);
  }

  /**
   * A role that is the office or a kind of it ("Foreign Minister" for "minister"), not a second to it: the deputy
   * governor is not "the governor", the vice president not "the president" (unless the office says so itself).
   */
  static boolean holdsOffice(String role, String office) {
    int at = role.indexOf(office);
    return at >= 0 && Arrays.stream(role.substring(0, at).split("[ -]")).noneMatch(SECOND_IN_OFFICE::contains);
  }

  /** Words before an office that make its holder a second to it: "Deputy Governor", "Vice President". */
  static final Set<String> SECOND_IN_OFFICE = Set.of("deputy", "vice", "assistant", "lieutenant");

  /**
   * The person a definite description by office refers to ("the judge", "the governor"): whoever holds that office
   * ({@link #recentPersonInRole}), else the last person named whose office the text has not said; never one known to
   * hold another ("the judge" is not "former mayor Tom Reed" named before), nor one the text knows only by another
   * description ("the minister" is not "the mayor" met before).
   */
  public @Nullable Entry officeHolder(int offset, @Nullable String role, @Nullable String gender,
      @Nullable String preferred, @Nullable String country) {
    Entry p = role == null ? null : recentPersonInRole(offset, role, gender, preferred, country);
    if (p == null) {
      p = recentPerson(offset, gender, preferred, country);
      p = p != null && (p.role != null || unnamed(p)) ? null : p;
    }
    return p;
  }

  /** A person known only by a description ("mayor", "Her sister"): no capital letter after the first. */
  private static boolean unnamed(Entry e) {
    return e.name.length() > 1 && e.name.substring(1).chars().noneMatch(Character::isUpperCase);
  }

  /**
   * The one person whose name ends with these words ("al-Muhandis" for "Abu Mahdi al-Muhandis") and who is mentioned
   * before {@code offset}; null if there is none, or two ("not guessed").
   */
  public @Nullable Entry personBySurname(String words, int offset) {
    String w = words.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return null;
    }
    Entry found = null;
    for (Entry e : byId.values()) {
      String n = " " + e.name.toLowerCase(Locale.ROOT);
      boolean ends = n.endsWith(w) && " -".indexOf(n.charAt(n.length() - w.length() - 1)) >= 0;
      if (e.kind == ActorKind.PERSON && ends && e.lastMentionBefore(offset) >= 0) {
        if (found != null) {
          return null;
        }
        found = e;
      }
    }
    return found;
  }

  /**
   * The person mentioned most often before {@code offset}, other than {@code except}, with at least {@code least}
   * mentions there; null when none is, or when two are mentioned equally often.
   */
  public @Nullable Entry mostMentionedPerson(int offset, @Nullable String gender, @Nullable String except, int least) {
    Entry best = null;
    int bestCount = least - 1;
    boolean tie = false;
    for (Entry e : byId.values()) {
      if (e.kind != ActorKind.PERSON || e.id.equals(except) || !compatible(e, gender, null)) {
        continue;
      }
      int n = e.mentionsBefore(offset);
      if (n > bestCount) {
        best = e;
        bestCount = n;
        tie = false;
      } else if (n == bestCount && best != null) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** Among the actors that pass the test, the one mentioned last before {@code offset}; null if none was. */
  private @Nullable Entry mostRecent(int offset, Predicate<Entry> test) {
    Entry best = null;
    int bestAt = -1;
    for (Entry e : byId.values()) {
      int at = test.test(e) ? e.lastMentionBefore(offset) : -1;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  private static boolean compatible(Entry e, @Nullable String gender, @Nullable String country) {
    boolean genderOk = gender == null || e.gender == null || e.gender.equals(gender);
    boolean countryOk = country == null || country.equals(e.country);
    return genderOk && countryOk;
  }

  /** Frozen actors, in order of first mention, mentions sorted. Actors with no mention are dropped. */
  public List<Actor> actors() {
    List<Entry> list = new ArrayList<>(byId.values());
    list.removeIf(e -> e.mentions.isEmpty());
    list.sort(Comparator.comparingInt(Entry::firstMention));
    List<Actor> out = new ArrayList<>();
    for (Entry e : list) {
      List<Mention> ms = new ArrayList<>(e.mentions);
      ms.sort(Comparator.comparingInt(Mention::begin).thenComparingInt(Mention::end));
      out.add(new Actor(e.id, e.name, e.kind, e.country, e.organization, e.role, ms));
    }
    return out;
  }

  /** Ids of actors that survive {@link #actors()}. */
  public Set<String> liveIds() {
    Set<String> ids = new HashSet<>();
    for (Entry e : byId.values()) {
      if (!e.mentions.isEmpty()) {
        ids.add(e.id);
      }
    }
    return ids;
  }

  static String slug(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    return s.isEmpty() ? "actor" : s;
  }
}
