package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Hopes, commitments and approval as statements word them: "hopes to sign", "hoped for", "expressed hope that",
 * "reaffirmed his commitment to", "gave final approval to", "is in favour of". Frozen annotations of sentences
 * written for these tests ({@code src/test/resources/stance/stance-hope-cases.txt}).
 */
class StanceHopeTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-hope-cases.annotated.json"));
  }

  @Test
  void beingInFavourOfSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Ruth Kahn", "stadium")).containsExactly("support");
  }

  @Test
  void givingApprovalToSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("National Assembly", "water budget")).containsExactly("support");
  }

  @Test
  void aCommitmentToSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Omar Tal", "peace process")).containsExactly("support");
  }

  @Test
  void hopingThatSomethingHappensSupportsIt() {
    assertThat(cases.polaritiesOf("Lena Fox", "border talk")).containsExactly("support");
  }

  @Test
  void hopingToSignSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Ola Berg", "fishing accord")).containsExactly("support");
  }

  @Test
  void hopingForSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Green League", "ban on night trawling")).containsExactly("support");
  }
}
