package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.actors.ActorNames;
import org.parley.lexicon.Tsv;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.util.Nullable;

/**
 * How actors are known across documents: a key from kind and normalised name ({@code person:donald trump}),
 * and a CAMEO-style code from {@code actor-codes.tsv} (country plus sector, or an international
 * organisation's code).
 */
final class ActorKeys {
  private static final Map<String, String> ORGANIZATIONS = new LinkedHashMap<>();
  private static final List<String[]> SECTORS = new ArrayList<>();

  static {
    for (String[] row : Tsv.read("/org/parley/store/actor-codes.tsv", 3, 3)) {
      switch (row[0]) {
        case "org" -> ORGANIZATIONS.put(row[1], row[2]);
        case "sector" -> SECTORS.add(new String[] {" " + row[1] + " ", row[2]});
        default -> throw new IllegalStateException(
            "actor-codes.tsv: expected 'org' or 'sector' in the first column, found '" + row[0] + "'");
      }
    }
  }

  private ActorKeys() {}

  /** Lower case, accents and punctuation dropped, spaces collapsed, a leading "the" removed. */
  static String normalize(String name) {
    return ActorNames.normalize(name);
  }

  /** {@code kind:normalised name}; equal keys are one actor across documents. */
  static String key(Actor a) {
    return ActorNames.key(a);
  }

  /** The last word of a person's normalised name, or null for other kinds. */
  static @Nullable String surname(Actor a) {
    return ActorNames.surname(a);
  }

  /** True for a person named by one word only. */
  static boolean singleName(Actor a) {
    return ActorNames.singleName(a);
  }

  /**
   * The actor's code: a known organisation's (by its name, else by the organisation it speaks for), a
   * country's alpha-3 code, or country plus the sector its role names; null when nothing is known.
   */
  static @Nullable String code(Actor a) {
    if (a.kind() == ActorKind.ORGANIZATION) {
      String org = ORGANIZATIONS.get(normalize(a.name()));
      if (org != null) {
        return org;
      }
    }
    if (a.organization() != null) {
      String org = ORGANIZATIONS.get(normalize(a.organization()));
      if (org != null) {
        return org;
      }
    }
    String country = a.country() == null ? "" : a.country();
    if (a.kind() == ActorKind.COUNTRY) {
      return country.isEmpty() ? null : country;
    }
    String sector = a.role() == null ? null : sector(a.role());
    String code = country + (sector == null ? "" : sector);
    return code.isEmpty() ? null : code;
  }

  private static @Nullable String sector(String role) {
    String words = " " + normalize(role) + " ";
    for (String[] s : SECTORS) {
      if (words.contains(s[0])) {
        return s[1];
      }
    }
    return null;
  }
}
