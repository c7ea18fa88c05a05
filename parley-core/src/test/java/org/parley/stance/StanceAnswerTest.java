package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * What an interviewee's answers hold and what they do not: others' positions the answer reports, personal talk,
 * plans and calls worded as "my strategy is to", "needs to be", "believe in"; and money sought. Frozen annotation
 * of sentences written for these tests ({@code src/test/resources/stance/stance-answer-cases.txt}).
 */
class StanceAnswerTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-answer-cases.annotated.json"));
  }

  @Test
  void ourTeamInAnAnswerIsTheInterviewee() {
    assertThat(cases.polaritiesOf("Mara Quell", "free ferry")).containsExactly("support");
  }

  @Test
  void othersSubjectBeforeAVerbWithoutOneHoldsItsPosition() {
    assertThat(cases.holdersOf("toll bridge")).doesNotContain("Mara Quell");
    assertThat(cases.polaritiesOf("Fishermen", "toll bridge")).containsExactly("oppose");
    assertThat(cases.holdersOf("port accounts")).doesNotContain("Mara Quell");
  }

  @Test
  void believingInSomethingSupportsItAndNotBelievingOpposes() {
    assertThat(cases.polaritiesOf("Mara Quell", "open council meeting")).containsExactly("support");
    assertThat(cases.polaritiesOf("Otto Brand", "harbour tunnel")).containsExactly("oppose");
  }

  @Test
  void aPhraseFrontedBeforeTheSubjectIsNoIssue() {
    assertThat(cases.holdersOf("Port Alder")).isEmpty();
  }

  @Test
  void anOwnedStrategyToDoSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Mara Quell", "fish market")).containsExactly("support");
    assertThat(cases.polaritiesOf("Greta Lind", "tram depot")).containsExactly("support");
  }

  @Test
  void sayingSomethingNeedsToBeDoneSupportsDoingIt() {
    assertThat(cases.polaritiesOf("Mara Quell", "ferry timetable")).containsExactly("support");
  }

  @Test
  void personalWishesAndHabitsAreNoStances() {
    assertThat(cases.holdersOf("swim")).isEmpty();
    assertThat(cases.holdersOf("grandchildren")).isEmpty();
    assertThat(cases.polaritiesOf("Mara Quell", "harbour tax")).containsExactly("support");
  }

  @Test
  void whatIsDoneInsteadOfSomethingIsNotWanted() {
    assertThat(cases.holdersOf("old pier")).isEmpty();
  }

  @Test
  void theRightToDoSomethingKeepsWhatItIsARightTo() {
    assertThat(cases.polaritiesOf("Mara Quell", "right to repair boats")).containsExactly("support");
  }

  @Test
  void notThinkingSomethingShouldBeDoneOpposesIt() {
    assertThat(cases.polaritiesOf("Mara Quell", "ferry fare")).containsExactly("oppose");
  }

  @Test
  void whatShouldBeDoneUnderAnIfIsNoCall() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("closing"));
  }

  @Test
  void callingSomethingExcitingOrAnInjusticeJudgesIt() {
    assertThat(cases.polaritiesOf("Ida Veer", "research centre")).containsExactly("support");
    assertThat(cases.polaritiesOf("Mara Quell", "parking levy")).containsExactly("oppose");
  }

  @Test
  void askingForAidAndSeekingLoansSupportThem() {
    assertThat(cases.polaritiesOf("ferry company", "aid")).containsExactly("support");
    assertThat(cases.polaritiesOf("Redline", "loan")).containsExactly("support");
  }
}
