package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions taken by acts (signing, passing, voting to, banning, sanctioning, suing), by nouns of stance ("in
 * favour of", "in protest against", "approval of"), by pride, and by judging words, as news reports them. Frozen
 * annotations of sentences written for these tests ({@code src/test/resources/stance/stance-recall-cases.txt}).
 */
class StanceRecallTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-recall-cases.annotated.json"));
  }

  @Test
  void signingABillSupportsIt() {
    assertThat(cases.polaritiesOf("Mara Quill", "water rights bill")).containsExactly("support");
  }

  @Test
  void passingABillSupportsIt() {
    assertThat(cases.polaritiesOf("Senate", "fishing reform bill")).containsExactly("support");
  }

  @Test
  void votingToDoSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Nordic Council", "fishing season")).containsExactly("support");
  }

  @Test
  void votingToSuspendSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("National Assembly", "mining licence")).containsExactly("oppose");
  }

  @Test
  void votingInFavourOfSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Farmers League", "grain tariff")).containsExactly("support");
  }

  @Test
  void resigningInProtestAgainstSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Ivo Brandt", "pension reform")).containsExactly("oppose");
  }

  @Test
  void banningSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Harbour Authority", "night fishing")).containsExactly("oppose");
  }

  @Test
  void requestingSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Ona Vale", "inquiry")).containsExactly("support");
  }

  @Test
  void lashingOutAtSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Tom Reyes", "transit plan")).containsExactly("oppose");
  }

  @Test
  void beingProudOfSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Ada Novak", "clinic law")).containsExactly("support");
  }

  @Test
  void imposingSanctionsOnAStateOpposesIt() {
    assertThat(cases.polaritiesOf("European Union", "Valdoria")).containsExactly("oppose");
  }

  @Test
  void aJudgeNamedInAQuoteHoldsTheJudgementAndSoDoesTheSpeaker() {
    assertThat(cases.polaritiesOf("High Court", "curfew")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Lia Park", "curfew")).containsExactly("oppose");
  }

  @Test
  void aLawsuitThatSeeksToBlockSomethingIsItsFilersOpposition() {
    assertThat(cases.polaritiesOf("Miners Union", "pipeline")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Rosa Lind", "stadium subsidy")).containsExactly("oppose");
  }

  @Test
  void referringToSomethingAsAStuntOpposesIt() {
    assertThat(cases.polaritiesOf("Dana Holt", "ruling")).containsExactly("oppose");
  }

  @Test
  void fightingAgainstSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Fishers Guild", "quota cuts")).containsExactly("oppose");
  }

  @Test
  void callingSomethingAHoaxOpposesIt() {
    assertThat(cases.polaritiesOf("Ben Ward", "audit")).containsExactly("oppose");
  }

  @Test
  void dismissingAReportAsBaselessOpposesIt() {
    assertThat(cases.polaritiesOf("Teachers Guild", "budget report")).containsExactly("oppose");
  }

  @Test
  void announcingOnesApprovalOfAMergerSupportsIt() {
    assertThat(cases.polaritiesOf("Retail Council", "port merger")).containsExactly("support");
  }

  @Test
  void anAntiWordOnAGroupIsTheGroupsOpposition() {
    assertThat(cases.polaritiesOf("protesters", "austerity")).containsExactly("oppose");
  }

  @Test
  void aCriticInAnAppositionIsThePersonItDescribes() {
    assertThat(cases.polaritiesOf("Olga Dent", "mining law")).containsExactly("oppose");
  }

  @Test
  void protestingSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Paul Weir", "wage freeze")).containsExactly("oppose");
  }

  @Test
  void campaigningAgainstSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Green League", "coastal highway")).containsExactly("oppose");
  }

  @Test
  void aCampNamedByAPluralAloneHoldsAPosition() {
    assertThat(cases.polaritiesOf("conservatives", "marriage law")).containsExactly("oppose");
  }

  @Test
  void objectionsAReactionReceivedOpposeWhatDrewThem() {
    assertThat(cases.polaritiesOf("conservatives", "ruling")).containsExactly("oppose");
  }

  @Test
  void theDayThatSomeoneProtestedIsNotWhatTheyProtested() {
    assertThat(cases.issueLabels()).noneMatch(label -> label.contains("day"));
  }

  @Test
  void vowingToRepealATaxOpposesIt() {
    assertThat(cases.polaritiesOf("Karl Odin", "fuel tax")).containsExactly("oppose");
  }

  @Test
  void pledgingToHoldAReferendumSupportsIt() {
    assertThat(cases.polaritiesOf("Rosa Lind", "referendum")).containsExactly("support");
  }

  @Test
  void denyingAllegationsOpposesThem() {
    assertThat(cases.polaritiesOf("Jon Hale", "allegations")).containsExactly("oppose");
  }

  @Test
  void appealingARulingOpposesIt() {
    assertThat(cases.polaritiesOf("Fishers Guild", "court ruling")).containsExactly("oppose");
  }

  @Test
  void holdingSomeoneResponsibleOpposesThem() {
    assertThat(cases.polaritiesOf("Ada Novak", "Rail Company")).containsExactly("oppose");
  }

  @Test
  void threateningToVetoALevyOpposesIt() {
    assertThat(cases.polaritiesOf("Tom Reyes", "parking levy")).containsExactly("oppose");
  }

  @Test
  void announcingPlansToDoSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Tom Reyes", "old harbour")).containsExactly("support");
  }

  @Test
  void tryingToOverturnABanOpposesIt() {
    assertThat(cases.polaritiesOf("Farmers League", "grazing ban")).containsExactly("oppose");
  }

  @Test
  void aSpokespersonForAGovernmentCondemnsForItsState() {
    assertThat(cases.polaritiesOf("Norway", "harbour blockade")).containsExactly("oppose");
  }

  @Test
  void aLetterSentRequestingSomethingIsTheSendersRequest() {
    assertThat(cases.polaritiesOf("Ona Vale", "recount")).containsExactly("support");
  }

  @Test
  void aStatementIssuedCondemningSomethingIsTheIssuersCondemnation() {
    assertThat(cases.polaritiesOf("Harbour Authority", "oil spill")).containsExactly("oppose");
  }

  @Test
  void refusingToRecogniseABodyOpposesIt() {
    assertThat(cases.polaritiesOf("Fishers Guild", "quota board")).containsExactly("oppose");
  }

  @Test
  void warningThatSomethingIsIllegalOpposesIt() {
    assertThat(cases.polaritiesOf("Karl Odin", "strike")).containsExactly("oppose");
  }

  @Test
  void beingAgainstSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Dana Holt", "casino licence")).containsExactly("oppose");
  }
}
