package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * What a rejected or backed thing lacks ("will not approve a budget that does not include X": a position on X), a
 * need seen or felt ("sees no need for X"), and a holder named by a surname alone. Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-lacking-cases.txt}).
 */
class StanceLackingTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-lacking-cases.annotated.json"));
  }

  @Test
  void refusingWhatLacksSomethingSupportsThatThing() {
    assertThat(cases.polaritiesOf("Alma Pietsch", "rural clinics")).containsExactly("support");
    assertThat(cases.polaritiesOf("Alma Pietsch", "budget")).contains("oppose"); // the budget itself, still refused
  }

  @Test
  void rejectingWhatLacksSomethingSupportsThatThing() {
    assertThat(cases.polaritiesOf("Harbour Workers Union", "overtime pay")).containsExactly("support");
  }

  @Test
  void seeingNoNeedForSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Ilse Vogt", "parking levy")).containsExactly("oppose");
  }

  @Test
  void neverFeelingTheNeedToActOpposesTheAct() {
    assertThat(cases.polaritiesOf("Tomas Lind", "imported seed")).containsExactly("oppose");
  }

  @Test
  void aSurnameAloneNamesThePersonNamedBefore() {
    assertThat(cases.polaritiesOf("Oskar Lindqvist", "Brekke")).containsExactly("oppose");
  }
}
