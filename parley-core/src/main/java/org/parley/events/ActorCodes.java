package org.parley.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.lexicon.Tsv;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.util.Nullable;

/**
 * Event-data actor codes in the CAMEO style: a country (ISO 3166 alpha-3) or international prefix (IGO, NGO, IMG)
 * followed by a sector: {@code KENGOV} for the Kenyan president, {@code ISRMIL} for Israeli soldiers, {@code IGONAT}
 * for NATO, {@code RUSGOV} for "the Kremlin" (an organisation with its code in {@code organizations.tsv}) and for
 * "Moscow" as a metonym. Unknown countries are {@code ---}. Organisations take their code from
 * {@code organizations.tsv}, persons their sector from the title of their role, groups from their head noun
 * ({@code sectors.tsv}). Pure and thread-safe.
 */
public final class ActorCodes {
  /** Code of an actor whose country is not known. */
  public static final String UNKNOWN = "---";

  private static final Map<String, String> SECTORS = loadSectors();

  private ActorCodes() {}

  private static Map<String, String> loadSectors() {
    Map<String, String> m = new HashMap<>();
    for (String[] r : Tsv.read("/org/parley/events/sectors.tsv", 2, 3)) {
      m.put(r[0], r[1]);
    }
    return m;
  }

  public static String code(ActorIndex.Entry e) {
    return codes(e.name(), e.kind(), e.country(), e.organization(), e.role(), null).get(0);
  }

  public static String code(Actor a) {
    return code(a, null);
  }

  /**
   * The code of an actor as one of its mentions names it: a country named by its capital ("Moscow",
   * "Washington") or as a government ("Turkish authorities") is coded with sector GOV.
   */
  public static String code(Actor a, @Nullable String mention) {
    return codes(a, mention).get(0);
  }

  /** All codes of an actor, one per country it names ("Hungarian and Romanian officials": HUNGOV, ROUGOV). */
  public static List<String> codes(Actor a, @Nullable String mention) {
    return codes(a.name(), a.kind(), a.country(), a.organization(), a.role(), mention);
  }

  static List<String> codes(String name, ActorKind kind, @Nullable String country, @Nullable String organization,
      @Nullable String role, @Nullable String mention) {
    Gazetteer.Organization org = organization(name, kind, organization);
    if (org != null && (country == null || org.code().startsWith(country))) {
      return List.of(org.code());
    }
    String sector = sector(name, kind, role, mention);
    Set<String> countries = new LinkedHashSet<>();
    if (country != null) {
      countries.add(country);
      if (kind == ActorKind.GROUP) {
        countries.addAll(coordinatedCountries(name, country)); // "French and Egyptian warships": FRA, EGY
      }
    } else {
      countries.addAll(countriesIn(name));
    }
    if (countries.isEmpty()) {
      countries.add(UNKNOWN);
    }
    List<String> out = new ArrayList<>();
    for (String c : countries) {
      out.add(c + sector);
    }
    return out;
  }

  /** The organisation an actor is or belongs to: by name, by its organisation, or named inside a group's name. */
  private static Gazetteer.@Nullable Organization organization(String name, ActorKind kind,
      @Nullable String organization) {
    Gazetteer lex = Gazetteer.get();
    if (kind == ActorKind.ORGANIZATION && lex.organization(name) != null) {
      return lex.organization(name);
    }
    if (organization != null && lex.organization(organization) != null) {
      return lex.organization(organization);
    }
    if (kind == ActorKind.GROUP || kind == ActorKind.ORGANIZATION) {
      String[] words = name.replaceAll("(?<=\\p{L})['\u2019]s\\b", "").split("[\\s,()]+");
      for (int i = 0; i < words.length; i++) {
        for (int n = Math.min(5, words.length - i); n >= 1; n--) {
          Gazetteer.Organization o = lex.organization(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
          if (o != null && !words[i].isEmpty() && words[i].chars().anyMatch(Character::isUpperCase)) {
            return o;
          }
        }
      }
    }
    return null;
  }

  private static String sector(String name, ActorKind kind, @Nullable String role, @Nullable String mention) {
    Gazetteer lex = Gazetteer.get();
    switch (kind) {
      case PERSON: {
        String s = role == null ? null : titleSector(role);
        return s == null ? "" : s;
      }
      case COUNTRY: {
        if (mention == null) {
          return "";
        }
        Gazetteer.Country c = lex.country(mention.replaceFirst("(?i)^the\\s+", ""));
        if (c != null && c.form() == Gazetteer.CountryForm.METONYM) {
          return "GOV";
        }
        String s = headSector(mention);
        return s == null ? "" : s;
      }
      default: {
        String s = headSector(name);
        if ((s == null || s.isEmpty()) && role != null) {
          s = titleSector(role);
        }
        return s == null ? "" : s;
      }
    }
  }

  private static @Nullable String titleSector(String role) {
    String r = role.toLowerCase(Locale.ROOT).replaceFirst("^(former|acting|interim|deputy|vice|outgoing)\\s+", "");
    Gazetteer.Title t = Gazetteer.get().title(r);
    if (t == null) {
      String[] words = r.split("\\s+");
      t = Gazetteer.get().title(words[words.length - 1]);
    }
    if (t == null) {
      return null;
    }
    return t.sector().equals("DIP") ? "GOV" : t.sector();
  }

  /** The sector of a phrase's head noun: the last word, or the word before "of" or "in" ("rebels in the Ivory Coast"). */
  static @Nullable String headSector(String phrase) {
    String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' -]", " ").trim();
    String[] cut = p.split("\\s+(of|in|from|based|loyal|near|throughout|operating)\\s+", 2);
    String[] words = cut[0].trim().split("\\s+");
    if (words.length >= 2) {
      String two = words[words.length - 2] + " " + words[words.length - 1];
      if (SECTORS.containsKey(two)) {
        return SECTORS.get(two).equals("-") ? "" : SECTORS.get(two);
      }
    }
    String last = words[words.length - 1];
    if (SECTORS.containsKey(last)) {
      return SECTORS.get(last).equals("-") ? "" : SECTORS.get(last);
    }
    Gazetteer.Title t = Gazetteer.get().title(last);
    if (t != null) {
      return t.sector().equals("DIP") ? "GOV" : t.sector();
    }
    if (last.endsWith("s") && Gazetteer.get().title(last.substring(0, last.length() - 1)) != null) {
      Gazetteer.Title ts = Gazetteer.get().title(last.substring(0, last.length() - 1));
      return ts.sector().equals("DIP") ? "GOV" : ts.sector();
    }
    return null;
  }

  /**
   * The countries of a group's coordinated modifiers when its own country is one of them: "Iraqi and Iranian
   * delegations" (IRQ, IRN), "Angolan, Cuban and Namibian forces"; none for one modifier ("Palestinian guerrilla bases
   * in southern Lebanon" stays PSE: a place after the head is where the group is, not whose).
   */
  private static List<String> coordinatedCountries(String name, String country) {
    String modifiers = name.split("\\s+(of|in|from|based|loyal|near|throughout|operating)\\s+", 2)[0];
    if (!modifiers.matches(".*(\\s+and\\s+|,\\s*).*")) {
      return List.of();
    }
    List<String> named = countriesIn(modifiers);
    return named.contains(country) ? named : List.of();
  }

  /**
   * Countries named in a phrase by name, demonym or metonym, or by a place within them, capitalised words only
   * ("Israeli soldiers": ISR; "protesters in Ohio": USA).
   */
  static List<String> countriesIn(String phrase) {
    Gazetteer lex = Gazetteer.get();
    String[] words = phrase.replaceAll("(?<=\\p{L})['\u2019]s\\b", "").split("[\\s,()]+");
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      for (int n = Math.min(4, words.length - i); n >= 1; n--) {
        if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
          break;
        }
        String gram = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        Gazetteer.Country c = country(gram);
        Gazetteer.Place p = c == null ? lex.place(gram) : null;
        if (c != null || p != null) {
          out.add(c != null ? c.iso3() : p.country()); // "rebels in Darfur": Sudan
          i += n - 1;
          break;
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * A country by name, demonym or metonym, also by plural demonym ("Palestinians", "Israelis") and by a one-word name
   * or demonym misspelt by one letter ("Ethopia").
   */
  static Gazetteer.@Nullable Country country(String phrase) {
    Gazetteer lex = Gazetteer.get();
    Gazetteer.Country c = lex.country(phrase);
    c = c != null ? c : lex.pluralDemonym(phrase);
    return c != null || phrase.indexOf(' ') >= 0 ? c : lex.countryMisspelt(phrase); // "Ethopian troops"
  }
}
