package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions that the predicate's own words do not spell out: a holder inside the noun's of-phrase, a critic of
 * a person, an undoing noun whose issue is in the
 * sentence before, preventing an outcome, and an obligation inside a relative clause that is no stance. Frozen
 * annotations of sentences written for these tests ({@code src/test/resources/stance/stance-context-cases.txt}).
 */
class StanceContextTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-context-cases.annotated.json"));
  }

  @Test
  void aCriticOfAPersonOpposesThePerson() {
    assertThat(cases.polaritiesOf("Mira Holt", "Brandt")).containsExactly("oppose");
  }

  @Test
  void theDecisionOfABodyIsItsPosition() {
    assertThat(cases.polaritiesOf("Coastal League", "northern harbour")).containsExactly("support");
  }

  @Test
  void unhappinessAboutARejectionSupportsWhatWasRejected() {
    assertThat(cases.polaritiesOf("Ivo Marsh", "ferry subsidy bill")).containsExactly("support");
  }

  @Test
  void preventingAnOutcomeOpposesIt() {
    assertThat(cases.polaritiesOf("Transport Ministry", "collapse")).containsExactly("oppose");
  }

  @Test
  void anObligationInsideARelativeClauseIsNoStance() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("hospital"));
  }
}
