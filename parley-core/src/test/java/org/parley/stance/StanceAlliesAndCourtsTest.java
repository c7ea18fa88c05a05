package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Allegiance ("a close ally of", "remained loyal to", "distanced itself from") and legal moves ("threw out the
 * lawsuit", "ruled against", "filed an appeal against", "lodged a complaint over", "a legal challenge to").
 * Frozen annotations of sentences written for these tests ({@code src/test/resources/stance/stance-relation-cases.txt}).
 */
class StanceAlliesAndCourtsTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-relation-cases.annotated.json"));
  }

  @Test
  void aCloseAllyOfSomeoneSupportsThem() {
    assertThat(cases.polaritiesOf("Ray Dunn", "Lisa Kemp")).containsExactly("support");
  }

  @Test
  void remainingLoyalToSomeoneSupportsThem() {
    assertThat(cases.polaritiesOf("Eli Moss", "Dan Ruiz")).containsExactly("support");
  }

  @Test
  void distancingOneselfFromSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Farmers League", "remark")).containsExactly("oppose");
  }

  @Test
  void aJudgeThrowingOutALawsuitOpposesIt() {
    assertThat(cases.polaritiesOf("Ana Cruz", "lawsuit")).containsExactly("oppose");
  }

  @Test
  void aCourtRulingAgainstSomeoneOpposesThem() {
    assertThat(cases.polaritiesOf("Appeals Court", "mining company")).containsExactly("oppose");
  }

  @Test
  void appealsComplaintsAndChallengesOpposeWhatTheyAreAgainst() {
    assertThat(cases.polaritiesOf("Fishers Guild", "quota ruling")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Tenants Union", "rent increase")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Green League", "motorway plan")).containsExactly("oppose");
  }
}
