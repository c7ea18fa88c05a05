package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Doubt as news words it: "questioned whether X would work", "remains unconvinced by", "a longtime skeptic of".
 * Frozen annotations of sentences written for these tests ({@code src/test/resources/stance/stance-doubt-cases.txt}).
 */
class StanceDoubtTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-doubt-cases.annotated.json"));
  }

  @Test
  void questioningWhetherSomethingWorksIsSkeptical() {
    assertThat(cases.polaritiesOf("Ida Moe", "border fence")).containsExactly("skeptical");
  }

  @Test
  void remainingUnconvincedBySomethingIsSkeptical() {
    assertThat(cases.polaritiesOf("Farmers League", "drought plan")).containsExactly("skeptical");
  }

  @Test
  void aSkepticOfSomethingIsSkeptical() {
    assertThat(cases.polaritiesOf("Raj Patel", "currency union")).containsExactly("skeptical");
  }
}
