package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Holders named behind a title the parse took for the subject ("the Norwegian Prime Minister Halvard Lunde opposes
 * ...", with the name hung on the title as dep), and criticism worded without a stance verb. Frozen annotation of
 * sentences written for these tests ({@code src/test/resources/stance/stance-holder-title-cases.txt}).
 */
class StanceTitleHolderTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-holder-title-cases.annotated.json"));
  }

  @Test
  void aNameHungOnItsTitleHoldsTheTitlesPosition() {
    assertThat(cases.polaritiesOf("Halvard Lunde", "fishing quota")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Kadri Vaher", "rail link")).containsExactly("support");
  }

  @Test
  void aPlanThatFallsShortIsOpposedByWhoeverSaysSo() {
    assertThat(cases.polaritiesOf("Lena Ortiz", "housing plan")).containsExactly("oppose");
  }

  @Test
  void callingAMeasureADistortionOpposesIt() {
    assertThat(cases.polaritiesOf("Ivo Brandt", "curfew")).containsExactly("oppose");
  }
}
