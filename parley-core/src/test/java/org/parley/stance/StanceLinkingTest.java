package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions that hang on a linking verb or a cleft rather than on a stance word: "the closure marked a sad day",
 * "the treaty represents a milestone", "what we need is a ceasefire", "the only solution is dialogue"; and clauses whose act is not done ("failed
 * to pass", "refused to back"). Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-linking-cases.txt}).
 */
class StanceLinkingTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-linking-cases.annotated.json"));
  }

  @Test
  void somethingThatMarksASadDayIsOpposedByTheOneWhoSaysSo() {
    assertThat(cases.polaritiesOf("Rita Olsen", "mill closure")).containsExactly("oppose");
  }

  @Test
  void somethingThatRepresentsAMilestoneIsSupportedByTheOneWhoSaysSo() {
    assertThat(cases.polaritiesOf("Hugo Brant", "trade treaty")).containsExactly("support");
  }

  @Test
  void whatASpeakerSaysWeNeedIsSupported() {
    assertThat(cases.polaritiesOf("Nils Aberg", "ceasefire")).containsExactly("support");
  }

  @Test
  void whatASpeakerSaysWeDoNotNeedIsOpposed() {
    assertThat(cases.polaritiesOf("Ivan Kos", "fuel tax")).containsExactly("oppose");
  }

  @Test
  void failingToPassABillIsNoSupportForIt() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("ferry"));
  }

  @Test
  void plansToOpposeSomethingOpposeItWithoutASupportForOpposing() {
    assertThat(cases.polaritiesOf("Green Party", "airport expansion")).containsOnly("oppose");
  }

  @Test
  void refusingToBackSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Dockers Union", "pay deal")).containsOnly("oppose");
  }

  @Test
  void theOnlySolutionASpeakerNamesIsSupported() {
    assertThat(cases.polaritiesOf("Jan Kral", "dialogue")).containsExactly("support");
  }

  @Test
  void theEasiestWayBeingToLiftSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Ruth Amos", "embargo")).containsExactly("oppose");
  }

  @Test
  void theBestWayToAnEndIsNoPositionOnTheMeans() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("depot") || l.contains("cost"));
  }
}
