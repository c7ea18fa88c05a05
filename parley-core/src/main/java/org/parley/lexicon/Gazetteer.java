package org.parley.lexicon;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.util.Nullable;

/**
 * The actor lexicons (countries, places within them, organisations, known people, titles, person words, first
 * names), loaded once from {@code org/parley/actors/*.tsv} and looked up by phrase. Immutable and thread-safe.
 */
public final class Gazetteer {
  /** How a country was named. */
  public enum CountryForm { NAME, DEMONYM, METONYM }

  public record Country(String iso3, String name, CountryForm form) {}

  public record Organization(String code, String name, String kind, @Nullable String country) {}

  /**
   * A well-known person; {@code terms} are the years the role was held ("2017-2021|2025-": 2017 to 2021 and from 2025
   * on), empty when the lexicon does not date it.
   */
  public record Person(String name, @Nullable String country, @Nullable String organization, @Nullable String role,
      @Nullable String gender, List<Term> terms) {
    public Person(String name, @Nullable String country, @Nullable String organization, @Nullable String role,
        @Nullable String gender) {
      this(name, country, organization, role, gender, List.of());
    }

    /**
     * The role as of {@code date}: the listed one when no terms are given, the date is unknown or falls in a term;
     * else null ("the President" in a 2020 story is not the man who held the office from 2021).
     */
    public @Nullable String roleOn(@Nullable LocalDate date) {
      if (role == null || terms.isEmpty() || date == null) {
        return role;
      }
      return terms.stream().anyMatch(t -> date.getYear() >= t.from() && date.getYear() <= t.to()) ? role : null;
    }
  }

  /** The years an office was held, both included; {@code to} is {@link Integer#MAX_VALUE} for a holder in office. */
  public record Term(int from, int to) {
    /** Reads "2017-2021|2025-"; an empty cell is no terms. */
    static List<Term> parse(String cell) {
      List<Term> out = new ArrayList<>();
      for (String term : cell.isBlank() ? new String[0] : cell.split("\\|")) {
        String[] ends = term.split("-", -1);
        try {
          int from = Integer.parseInt(ends[0].strip());
          int to = ends.length < 2 || ends[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(ends[1].strip());
          out.add(new Term(from, to));
        } catch (NumberFormatException e) {
          throw new IllegalStateException("people.tsv: terms '" + cell + "' are not years like 2017-2021|2025-", e);
        }
      }
      return List.copyOf(out);
    }
  }

  /** A title: its canonical role, CAMEO sector, rank, and the one country whose office it is (or null). */
  public record Title(String role, String sector, int rank, @Nullable String country) {}

  /** A place below the country (a state, province, region or city) and the country it belongs to. */
  public record Place(String name, String country, String kind) {}

  public static final int MAX_PHRASE_TOKENS = 6;

  /** Nouns that a city names an accord or a meeting by: "the Paris Agreement", "the Oslo Accords". */
  private static final Set<String> ACCORD_NOUNS = Set.of("agreement", "agreements", "accord", "accords", "convention",
      "conventions", "protocol", "treaty", "declaration", "summit", "conference", "process", "format", "communique",
      "charter", "consensus", "principles", "peace");

  private static final Gazetteer DEFAULT = load();

  private final Map<String, Country> countries = new HashMap<>();
  private final Map<String, String> countryNames = new HashMap<>();
  private final Map<String, Organization> organizations = new HashMap<>();
  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, Person> surnames = new HashMap<>();
  private final Set<String> ambiguousSurnames = new HashSet<>();
  /** What the known bearers of a shared surname have in common: "Bush" is American, whichever Bush is meant. */
  private final Map<String, Person> sharedSurnames = new HashMap<>();
  private final Map<String, Title> titles = new HashMap<>();
  private final Map<String, String> personWords = new HashMap<>();
  private final Map<String, String> nounGenders = new HashMap<>();
  private final Map<String, String> firstNames = new HashMap<>();
  private final Map<String, String> pronounGender = new HashMap<>();

  private Gazetteer() {}

  /** The lexicons shipped with Parley. */
  public static Gazetteer get() {
    return DEFAULT;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    String base = "/org/parley/actors/";
    for (String[] r : Tsv.read(base + "countries.tsv", 2, 5)) {
      String iso = r[0];
      g.countryNames.put(iso, r[1]);
      g.putCountry(r[1], new Country(iso, r[1], CountryForm.NAME));
      for (String a : Tsv.alternatives(r[2])) {
        g.putCountry(a, new Country(iso, r[1], CountryForm.NAME));
      }
      for (String a : Tsv.alternatives(r[3])) {
        g.countries.putIfAbsent(key(a), new Country(iso, r[1], CountryForm.DEMONYM));
      }
      for (String a : Tsv.alternatives(r[4])) {
        g.countries.putIfAbsent(key(a), new Country(iso, r[1], CountryForm.METONYM));
      }
    }
    for (String[] r : Tsv.read(base + "organizations.tsv", 4, 5)) {
      Organization o = new Organization(r[0], r[1], r[3], r[4].isEmpty() ? null : r[4]);
      g.organizations.putIfAbsent(key(r[1]), o);
      for (String a : Tsv.alternatives(r[2])) {
        g.organizations.putIfAbsent(key(a), o);
      }
    }
    for (String file : List.of("places.tsv", "world-places.tsv")) { // hand-made entries first: they win
      for (String[] r : Tsv.read(base + file, 4, 4)) {
        Place p = new Place(r[0], r[2], r[3]);
        g.places.putIfAbsent(key(r[0]), p);
        for (String a : Tsv.alternatives(r[1])) {
          g.places.putIfAbsent(key(a), p);
        }
      }
    }
    for (String[] r : Tsv.read(base + "people.tsv", 5, 7)) {
      Person p = new Person(r[0], emptyToNull(r[2]), emptyToNull(r[3]), emptyToNull(r[4]), emptyToNull(r[5]),
          Term.parse(r[6]));
      g.people.putIfAbsent(key(r[0]), p);
      g.putSurname(r[0], p);
      for (String a : Tsv.alternatives(r[1])) {
        g.people.putIfAbsent(key(a), p);
      }
    }
    for (String[] r : Tsv.read(base + "titles.tsv", 2, 5)) {
      int rank = r[3].isEmpty() ? 1 : Integer.parseInt(r[3]);
      String country = r.length > 4 && !r[4].isEmpty() ? r[4] : null;
      g.titles.putIfAbsent(key(r[0]), new Title(r[1], r[2], rank, country));
    }
    for (String[] r : Tsv.read(base + "person-words.tsv", 2, 3)) {
      g.personWords.put(key(r[0]), r[1]);
      String note = r.length > 2 ? r[2] : "";
      String gender = r[1].equals("FEMALE_TITLE") || r[1].equals("INDIVIDUAL") && note.startsWith("f;") ? "f"
          : r[1].equals("MALE_TITLE") || r[1].equals("INDIVIDUAL") && note.startsWith("m;") ? "m" : null;
      if (gender != null) {
        g.nounGenders.put(key(r[0]), gender);
      }
    }
    for (String[] r : Tsv.read(base + "first-names.tsv", 2, 2)) {
      g.firstNames.put(key(r[0]), r[1]);
    }
    for (String[] r : Tsv.read(base + "pronouns.tsv", 3, 3)) {
      g.pronounGender.put(key(r[0]), r[1]);
    }
    return g;
  }

  private void putSurname(String fullName, Person p) {
    String[] words = fullName.trim().split("\\s+");
    if (words.length < 2) {
      return;
    }
    String surname = key(words[words.length - 1]);
    Person old = surnames.putIfAbsent(surname, p);
    if (old != null && !old.name().equals(p.name())) {
      ambiguousSurnames.add(surname);
      Person shared = sharedSurnames.getOrDefault(surname, old);
      sharedSurnames.put(surname, new Person(words[words.length - 1], same(shared.country(), p.country()), null, null,
          same(shared.gender(), p.gender())));
    }
  }

  private static @Nullable String same(@Nullable String a, @Nullable String b) {
    return a != null && a.equals(b) ? a : null;
  }

  private void putCountry(String phrase, Country c) {
    Country old = countries.get(key(phrase));
    if (old == null || old.form() != CountryForm.NAME) {
      countries.put(key(phrase), c);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The country whose people a plural demonym names ("Palestinians", "Israelis"), or null. */
  public @Nullable Country pluralDemonym(String word) {
    if (word.length() <= 4 || !word.endsWith("s")) {
      return null;
    }
    Country c = country(word.substring(0, word.length() - 1));
    return c != null && c.form() == CountryForm.DEMONYM ? c : null;
  }

  /**
   * Lookup key of a phrase: short all-capital abbreviations keep their case ("US" is not "us"), everything else
   * is lower-cased with accents removed and curly apostrophes made straight.
   */
  public static String key(String phrase) {
    // token sequences are joined with spaces: "People 's", "Secretary - General" key like the written forms
    String p = phrase.trim().replace('\u2019', '\'').replace(" 's", "'s").replace(" - ", "-");
    if (p.length() <= 4 && p.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
      return "=" + p;
    }
    String n = Normalizer.normalize(p, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  public @Nullable Country country(String phrase) {
    return countries.get(key(phrase));
  }

  /** Shortest misspelling or spelling that {@link #countryMisspelt} compares: shorter ones collide with real words. */
  private static final int MISSPELT_MIN = 6;

  /**
   * A country whose one-word name or demonym this word misspells by one letter left out or put in, neither the first
   * letter nor the last ("Ethopia", "Quatar", "Ethopian"), when the word is no known place, body or first name and
   * only one country fits; else null. Not a letter changed: "Roland" is not "Poland", "Franco" not "France".
   */
  public @Nullable Country countryMisspelt(String word) {
    String w = key(word);
    if (w.length() < MISSPELT_MIN - 1 || !w.chars().allMatch(Character::isLetter) || countries.containsKey(w)
        || places.containsKey(w) || organizations.containsKey(w) || people.containsKey(w)
        || firstNames.containsKey(w)) {
      return null;
    }
    Country found = null;
    for (Map.Entry<String, Country> e : countries.entrySet()) {
      String k = e.getKey();
      boolean fits = Math.max(k.length(), w.length()) >= MISSPELT_MIN && k.charAt(0) == w.charAt(0)
          && k.charAt(k.length() - 1) == w.charAt(w.length() - 1)
          && (oneLeftOut(k, w) || oneLeftOut(w, k)) && e.getValue().form() != CountryForm.METONYM;
      if (fits) {
        if (found != null && !found.iso3().equals(e.getValue().iso3())) {
          return null;
        }
        found = e.getValue();
      }
    }
    return found;
  }

  /** Whether {@code shorter} is {@code longer} with one inner letter left out. */
  private static boolean oneLeftOut(String longer, String shorter) {
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
      i++;
    }
    return i > 0 && i < longer.length() - 1 && longer.substring(i + 1).equals(shorter.substring(i));
  }

  /** A place below the country by name or alias ("Texas", "West Darfur"), or null. */
  public @Nullable Place place(String phrase) {
    return places.get(key(phrase));
  }

  public @Nullable String countryName(String iso3) {
    return countryNames.get(iso3);
  }

  public @Nullable Organization organization(String phrase) {
    return organizations.get(key(phrase));
  }

  /**
   * A known person by full name or alias, or by surname alone where only one known person bears it; a surname that
   * several bear gives what they share (their country), under the surname, if they share a country.
   */
  public @Nullable Person person(String phrase) {
    Person p = people.get(key(phrase));
    if (p == null && !phrase.contains(" ")) {
      if (!ambiguousSurnames.contains(key(phrase))) {
        return surnames.get(key(phrase));
      }
      Person shared = sharedSurnames.get(key(phrase));
      return shared != null && shared.country() != null ? shared : null;
    }
    return p;
  }

  public @Nullable Title title(String phrase) {
    return titles.get(key(phrase));
  }

  /** "HONORIFIC" or "GROUP" for words such as "Ms" or "officials", else null. */
  public @Nullable String personWord(String word) {
    return personWords.get(key(word));
  }

  /**
   * Whether a place or capital only names an accord or a meeting held there when the next word is {@code next}:
   * "the Paris Agreement", "the Minsk agreements" are no part of France or Belarus. A country's name still counts
   * ("the Iran deal", "the Korea summit" concern those countries).
   */
  public boolean namesAnAccord(String place, String next) {
    if (!ACCORD_NOUNS.contains(next.toLowerCase(Locale.ROOT))) {
      return false;
    }
    Country c = country(place);
    return c == null ? place(place) != null : c.form() == CountryForm.METONYM;
  }

  /** "f" for a noun that names a woman ("sister", "queen"), "m" for one that names a man ("father"), else null. */
  public @Nullable String nounGender(String word) {
    return nounGenders.get(key(word));
  }

  /** "m" or "f" for a known first name, else null. */
  public @Nullable String firstNameGender(String name) {
    return firstNames.get(key(name));
  }

  /** "m", "f" or "n" for a personal pronoun, else null. */
  public @Nullable String pronounGender(String word) {
    return pronounGender.get(key(word));
  }

  public boolean isTitleWord(String word) {
    return titles.containsKey(key(word));
  }

  /**
   * A noun for someone by office or kind ("spokesman", "minister", "officials"): its for- or of-phrase names the body
   * it speaks for ("the spokesman for the ministry").
   */
  public boolean isRoleNoun(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return isTitleWord(w) || personWord(w) != null;
  }

  /** Joins token words the way phrases are keyed: tokens separated by one space, "'s" kept apart. */
  public static String phrase(List<String> words) {
    return String.join(" ", words);
  }
}
