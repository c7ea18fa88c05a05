package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * The verbs news uses for taking a side: harsh criticism ("slammed", "blasted", "decried"), courts striking
 * down, overturning or upholding, ratifying and signing off, objecting, striking over a grievance, casting doubt.
 * Frozen annotations of sentences written for these tests ({@code src/test/resources/stance/stance-verb-cases.txt}).
 */
class StanceVerbsTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-verb-cases.annotated.json"));
  }

  @Test
  void harshCriticismVerbsOppose() {
    assertThat(cases.polaritiesOf("Nia Roth", "carbon tax")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Farmers League", "grazing rules")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Leo Park", "transit cut")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Bishops Council", "deportation policy")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Paul Orr", "strike ballot")).containsExactly("oppose");
  }

  @Test
  void aCourtStrikingDownOrOverturningSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Constitutional Court", "curfew law")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Appeals Court", "mining permit")).containsExactly("oppose");
  }

  @Test
  void aCourtUpholdingSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Supreme Court", "gambling ban")).containsExactly("support");
  }

  @Test
  void ratifyingOrSigningOffOnSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("National Assembly", "border treaty")).containsExactly("support");
    assertThat(cases.polaritiesOf("Harbour Authority", "dredging plan")).containsExactly("support");
  }

  @Test
  void objectingToSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Green League", "quarry plan")).containsExactly("oppose");
  }

  @Test
  void strikingOverAGrievanceOpposesIt() {
    assertThat(cases.polaritiesOf("Dockers Union", "pension change")).containsExactly("oppose");
  }

  @Test
  void censuringSomeoneOpposesThem() {
    assertThat(cases.polaritiesOf("Senate", "Rick Dole")).containsExactly("oppose");
  }

  @Test
  void scrappingSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Ola Berg", "fuel levy")).containsExactly("oppose");
  }

  @Test
  void castingDoubtOnOrBalkingAtSomethingIsSkeptical() {
    assertThat(cases.polaritiesOf("Ada Vance", "audit finding")).containsExactly("skeptical");
    assertThat(cases.polaritiesOf("Retail Council", "rent rules")).containsExactly("skeptical");
  }
}
