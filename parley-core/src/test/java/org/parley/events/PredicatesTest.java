package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.lexicon.Tsv;

/** The event lexicons load, and their CAMEO codes agree with their PLOVER types. */
class PredicatesTest {
  /** CAMEO root codes each PLOVER type may carry (CAMEO-to-PLOVER table of the PLOVER project). */
  private static final Map<String, List<String>> ROOTS = Map.ofEntries(
      Map.entry("AGREE", List.of("03")), Map.entry("CONSULT", List.of("04")), Map.entry("SUPPORT", List.of("05")),
      Map.entry("COOPERATE", List.of("06")), Map.entry("AID", List.of("07")), Map.entry("CONCEDE", List.of("08")),
      Map.entry("RETREAT", List.of("08")), Map.entry("REQUEST", List.of("02", "10")),
      Map.entry("ACCUSE", List.of("09", "11")), Map.entry("REJECT", List.of("12")),
      Map.entry("THREATEN", List.of("13")), Map.entry("PROTEST", List.of("14")), Map.entry("MOBILIZE", List.of("15")),
      Map.entry("SANCTION", List.of("16")), Map.entry("COERCE", List.of("17", "19")),
      Map.entry("ASSAULT", List.of("18", "19", "20")));

  @Test
  void loadsHundredsOfPredicates() {
    assertThat(Predicates.get().size()).isGreaterThan(500);
  }

  @Test
  void givesEveryPredicateACameoCodeOfItsType() {
    for (String[] r : Tsv.read("/org/parley/events/predicates.tsv", 5, 5)) {
      if (!r[1].equals("-")) {
        assertThat(ROOTS.get(r[1])).as(r[0]).contains(r[2].substring(0, 2));
      }
    }
  }

  @Test
  void givesEveryDerivedTypeACameoCodeOfItsType() {
    for (String[] r : Tsv.read("/org/parley/events/types.tsv", 9, 9)) {
      for (int c = 2; c <= 6; c += 2) {
        if (!r[c].equals("-")) {
          assertThat(ROOTS.get(r[c])).as(r[0] + " column " + (c + 1)).contains(r[c + 1].substring(0, 2));
        }
      }
    }
  }

  @Test
  void knowsEveryPloverType() {
    for (String type : EventTypes.PLOVER) {
      assertThat(EventTypes.get().needsTarget(type)).isIn(true, false);
    }
  }
}
