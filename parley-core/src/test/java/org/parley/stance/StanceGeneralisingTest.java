package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Constructions common in news that no single article taught: conjoined holders, bodies speaking through a
 * spokesman or voting in a chamber, undoing nouns and lawsuits. Frozen annotations of sentences written for
 * these tests ({@code src/test/resources/stance/stance-generalising-cases.txt}): no models.
 */
class StanceGeneralisingTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-generalising-cases.annotated.json"));
  }

  @Test
  void eachConjoinedSubjectHoldsThePosition() {
    assertThat(cases.polaritiesOf("Farmers Union", "water tax")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Green Party", "water tax")).containsExactly("oppose");
  }

  @Test
  void aSpokesmanForAGovernmentSpeaksForItsState() {
    assertThat(cases.polaritiesOf("Norway", "raid")).containsExactly("oppose");
  }

  @Test
  void aBillRejectedInAChamberIsOpposedByTheChamber() {
    assertThat(cases.polaritiesOf("Senate", "fishing quota bill")).containsExactly("oppose");
  }

  @Test
  void disappointmentAtTheFailureOfABillSupportsTheBill() {
    assertThat(cases.polaritiesOf("Ada Novak", "housing bill")).containsExactly("support");
  }

  @Test
  void approvingAPlanSupportsIt() {
    assertThat(cases.polaritiesOf("Harbour Authority", "marina expansion")).containsExactly("support");
  }

  @Test
  void aLawsuitOverAPermitOpposesThePermit() {
    assertThat(cases.polaritiesOf("Coastal Alliance", "mining permit")).containsExactly("oppose");
  }
}
