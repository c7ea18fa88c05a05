package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions as candidate profiles word them: lists of issues ("supports both X and Y", "opposes coal mining,
 * offshore drilling and nuclear power"), a part taken in a movement or in rallies for something, "anti-" and "pro-"
 * said of a person ("anti-war activist Nadia Fell", "she is pro-choice"), and a run of sentences that each open
 * with "she". Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-participation-cases.txt}).
 */
class StanceParticipationTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-participation-cases.annotated.json"));
  }

  @Test
  void bothAndNamesTwoIssues() {
    assertThat(cases.polaritiesOf("Mara Quill", "farm subsid")).containsOnly("support");
    assertThat(cases.polaritiesOf("Mara Quill", "rail investment")).containsOnly("support");
    assertThat(cases.issueLabels()).anyMatch(l -> l.equals("rail investment"));
  }

  @Test
  void listedIssuesWithModifiersOfTheirOwnAreEachAnIssue() {
    assertThat(cases.polaritiesOf("Greenway Alliance", "offshore drilling")).containsOnly("oppose");
    assertThat(cases.polaritiesOf("Greenway Alliance", "nuclear power")).containsOnly("oppose");
    assertThat(cases.issueLabels()).anyMatch(l -> l.equals("nuclear power"));
  }

  @Test
  void bareConjoinedNounsStayOneIssue() {
    assertThat(cases.polaritiesOf("Lena Ortiz", "peace")).containsExactly("support");
    assertThat(cases.issueLabels()).noneMatch(l -> l.equals("stability"));
  }

  @Test
  void takingPartInRalliesInSupportOfSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Omar Castell", "rent control")).containsExactly("support");
  }

  @Test
  void beingActiveInAnAntiMovementOpposesItsStem() {
    assertThat(cases.polaritiesOf("Jia Mercer", "fracking")).containsExactly("oppose");
  }

  @Test
  void beingHurtAtAProtestIsNoPosition() {
    assertThat(cases.holdersOf("dock strike")).noneMatch(h -> h.contains("officer"));
  }

  @Test
  void aLongRunOfSentencesOpeningWithSheKeepsItsHolder() {
    assertThat(cases.polaritiesOf("Dana Whitlock", "welfare")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Dana Whitlock", "border")).containsExactly("support");
    assertThat(cases.holdersOf("welfare")).noneMatch(h -> h.contains("Hale"));
  }

  @Test
  void anAntiTitleBeforeANameIsThatPersonsPosition() {
    assertThat(cases.polaritiesOf("Nadia Fell", "war")).containsExactly("oppose");
  }

  @Test
  void beingAntiOrProSomethingIsAPositionOnIt() {
    assertThat(cases.polaritiesOf("Ellis Pratt", "tax")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Rosa Imber", "choice")).containsExactly("support");
  }
}
