package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Campaign language: making an issue one's cause ("made X a key issue of her campaign"), support received from
 * someone ("won the endorsement of the union", "helped by the support of older voters"), plans to run or not,
 * preferences, a part of a group holding the group's view ("half of the rural voters"), and several holders of
 * one noun ("the union and the league announced their support"), and a subject pronoun that continues the subject
 * before it ("His politics clashed with Greer's views; he came out against ..."). Frozen annotations of sentences written for
 * these tests ({@code src/test/resources/stance/stance-campaign-cases.txt}).
 */
class StanceCampaignTest {
  private static Analysis analysis;
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    analysis = Frozen.analysis("stance/stance-campaign-cases.annotated.json");
    cases = new FoundStances(analysis);
  }

  @Test
  void makingSomethingAKeyIssueOfOnesCampaignSupportsIt() {
    assertThat(cases.polaritiesOf("Ruth Calloway", "housing reform")).containsExactly("support");
    assertThat(cases.polaritiesOf("Alan Pryce", "rural broadband")).containsExactly("support");
  }

  @Test
  void eachOfTwoSubjectsHoldsTheSupportTheyAnnounce() {
    assertThat(cases.polaritiesOf("Farmers Union", "water treaty")).containsExactly("support");
    assertThat(cases.polaritiesOf("Green League", "water treaty")).containsExactly("support");
  }

  @Test
  void whoseEndorsementIsWonSupportsTheWinner() {
    assertThat(cases.polaritiesOf("Dockers Union", "Ingrid Sol")).containsExactly("support");
  }

  @Test
  void votersWhoseSupportHelpedSomeoneSupportThem() {
    assertThat(cases.polaritiesOf("older voters", "Dario Vance")).containsExactly("support");
  }

  @Test
  void aShareOfAGroupHoldsItsPreferenceForTheGroup() {
    assertThat(cases.polaritiesOf("rural voters", "toll road")).containsExactly("support");
  }

  @Test
  void notPlanningToRunOpposesRunning() {
    assertThat(cases.polaritiesOf("Paolo Renzi", "governor")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Ben Ortiz", "mayor")).containsExactly("support");
  }

  @Test
  void aRelativeClauseOnAnOfficeTitleIsTheNamedPersonsNotTheCountryInTheTitle() {
    assertThat(cases.polaritiesOf("Omar Said", "seat")).containsExactly("oppose");
    assertThat(analysis.stances()).noneMatch(s -> s.actor().contains("united-states"));
  }

  @Test
  void theBackingOfAnotherUnionIsNotCreditedToTheUnionNamedBefore() {
    assertThat(analysis.stances()).noneMatch(s -> s.text().contains("teachers"));
  }

  @Test
  void aSubjectPronounContinuesTheSubjectBeforeItNotTheLastNameMentioned() {
    assertThat(cases.polaritiesOf("Dan Hale", "fuel tax")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Kara Voss", "Nina Brandt")).containsExactly("oppose");
    assertThat(analysis.stances()).noneMatch(s -> s.actor().contains("greer"));
  }

  @Test
  void electingOrNominatingSomeoneSupportsThemButBeingNominatedForAnAwardIsNoOnesStance() {
    assertThat(cases.polaritiesOf("Harbour Party", "Lisa Kemp")).containsExactly("support");
    assertThat(cases.polaritiesOf("Riverside City Council", "Eli Moss")).containsExactly("support");
    assertThat(analysis.stances()).noneMatch(s -> s.text().contains("film award"));
  }

  @Test
  void takingAimRailingAndRidiculingOppose() {
    assertThat(cases.polaritiesOf("Rosa Klein", "pension reform")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Tariq Noor", "tariff")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Ines Ward", "parking plan")).containsExactly("oppose");
  }

  @Test
  void aStatedIntentionOrDesireToActSupportsTheAct() {
    assertThat(cases.polaritiesOf("Harbour Party", "coalition")).containsExactly("support");
    assertThat(cases.polaritiesOf("Ines Ward", "port authority")).containsExactly("support");
  }
}
