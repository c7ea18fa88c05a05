package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Critics' words that a measure falls short ("not enough", "nowhere near enough", "does not go far enough"),
 * and judging adjectives in reported speech ("discriminatory"). Frozen annotations of sentences written for
 * these tests ({@code src/test/resources/stance/stance-insufficient-cases.txt}).
 */
class StanceInsufficiencyTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-insufficient-cases.annotated.json"));
  }

  @Test
  void aMeasureNowhereNearEnoughIsDoubtedByTheSpeaker() {
    assertThat(cases.polaritiesOf("Mark Hale", "safety rules")).containsExactly("skeptical");
  }

  @Test
  void aMeasureNotEnoughIsDoubtedByTheSpeaker() {
    assertThat(cases.polaritiesOf("Alma Price", "pay offer")).containsExactly("skeptical");
  }

  @Test
  void aPackageThatDoesNotGoFarEnoughIsDoubtedByItsCritics() {
    assertThat(cases.polaritiesOf("ritics", "climate package")).containsExactly("skeptical");
  }

  @Test
  void somethingEnoughToDoSomethingIsNoPosition() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("bonus"));
  }

  @Test
  void aPolicyCalledDiscriminatoryIsOpposed() {
    assertThat(cases.polaritiesOf("Noor Salim", "visa policy")).containsExactly("oppose");
  }
}
