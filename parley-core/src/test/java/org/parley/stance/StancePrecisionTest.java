package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Clauses that look like positions and are not: what someone is accused of, an open question, calling a race for a
 * candidate, seeking a nomination, those urged or questioned, a wish to say something, demand as an amount, what
 * one must know; and holders that are not actors. Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-precision-cases.txt}).
 */
class StancePrecisionTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-precision-cases.annotated.json"));
  }

  @Test
  void whatSomeoneIsAccusedOfIsNoPositionOfTheAccuser() {
    assertThat(cases.polaritiesOf("Farmers League", "developers")).containsExactly("oppose");
    assertThat(cases.holdersOf("developers")).containsExactly("Farmers League");
  }

  @Test
  void anOpenQuestionTakesNoSide() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("water bill"));
  }

  @Test
  void callingARaceForACandidateIsNoDemand() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("Reed") || label.contains("Ohio race"));
  }

  @Test
  void seekingANominationIsNoPositionButSeekingARecountIs() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("nomination"));
    assertThat(cases.polaritiesOf("union", "recount")).containsExactly("support");
  }

  @Test
  void thoseUrgedAreNoIssue() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("supporter"));
  }

  @Test
  void wantingToExpressSympathyIsNoPosition() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("sympathy"));
  }

  @Test
  void growingDemandForSomethingIsNoCallForIt() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("postal ballot"));
  }

  @Test
  void aRelativePronounIsNoHolder() {
    assertThat(cases.holdersOf("dam")).noneMatch(holder -> holder.startsWith("whose"));
  }

  @Test
  void thoseQuestionedAreNoIssue() {
    assertThat(cases.holdersOf("questioned them")).isEmpty();
  }

  @Test
  void whatPeopleMustKnowIsNoCourseOfAction() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("know"));
  }
}
