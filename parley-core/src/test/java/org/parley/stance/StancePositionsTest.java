package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions as campaign and policy news words them: introducing or unveiling a measure, advising against
 * something, requesting that others act, criticism and preferences whose phrase the parse hangs on the verb,
 * support given up, a quoted judgement the parse takes apart, and "anti-" views held by the one whose platform
 * they are. Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-platform-cases.txt}).
 */
class StancePositionsTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-platform-cases.annotated.json"));
  }

  @Test
  void introducingABillSupportsIt() {
    assertThat(cases.polaritiesOf("Ruth Calloway", "bill")).containsExactly("support");
  }

  @Test
  void unveilingAPlanSupportsIt() {
    assertThat(cases.polaritiesOf("Hamid Farouk", "tram network")).containsExactly("support");
  }

  @Test
  void notRecommendingSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("National Health Board", "cough syrup")).containsExactly("oppose");
  }

  @Test
  void requestingOthersToActSupportsTheActNotThem() {
    assertThat(cases.polaritiesOf("Ingrid Sol", "postpon")).containsExactly("support");
    assertThat(cases.issueLabels()).noneMatch(l -> l.equals("regional council"));
  }

  @Test
  void criticismLeveledAtSomethingOpposesIt() {
    assertThat(cases.polaritiesOf("Paolo Renzi", "harbour tax")).containsExactly("oppose");
  }

  @Test
  void aPreferenceForSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Alan Pryce", "settlement")).containsExactly("support");
  }

  @Test
  void aQuotedJudgementTheParseHangsTheNounOnStillJudgesTheNoun() {
    assertThat(cases.polaritiesOf("Mia Holt", "Ruiz")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Tom Greer", "sentence")).containsExactly("oppose");
  }

  @Test
  void supportWithdrawnOrBackedAwayFromIsOpposition() {
    assertThat(cases.polaritiesOf("Farmers Union", "water treaty")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Dario Vance", "mining law")).containsExactly("oppose");
  }

  @Test
  void antiViewsInAPlatformAreTheCandidates() {
    assertThat(cases.polaritiesOf("Carla Mendes", "nuclear")).containsExactly("oppose");
  }

  @Test
  void antiInTheNameOfAWeaponIsNoPosition() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("aircraft"));
  }

  @Test
  void aRequestInsideAProposalIsForTheActRequestedNotForThoseAsked() {
    assertThat(cases.polaritiesOf("Ana Ruiz", "water charter")).containsExactly("support");
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("governors"));
  }

  @Test
  void anAcronymTaggedAsAPronounStillNamesItsBody() {
    assertThat(cases.polaritiesOf("World Health Organization", "herbal tonic")).containsExactly("oppose");
  }

  @Test
  void aTrailingParticipleHungOnAPrepositionalNounIsTheSubjects() {
    assertThat(cases.polaritiesOf("Harbour Workers Party", "shorter shifts")).containsExactly("support");
    assertThat(cases.polaritiesOf("Lee Chan", "curfew")).containsExactly("support");
  }

  @Test
  void attackingAMeasureOrSomeoneForAStatementOpposesIt() {
    assertThat(cases.polaritiesOf("Rosa Klein", "pension inquiry")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Ben Ortiz", "parking tweet")).containsExactly("oppose");
  }

  @Test
  void attackingAConvoyIsNoPosition() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("convoy"));
  }

  @Test
  void representativesWithAModifierAreAGroupHolder() {
    assertThat(cases.polaritiesOf("Conservative Representatives", "pension reform")).containsExactly("oppose");
  }

  @Test
  void disillusionOverAPolicyIsSkepticismOfIt() {
    assertThat(cases.polaritiesOf("Nadia Petrov", "parking fees")).containsExactly("skeptical");
  }

  @Test
  void pressuringSomeoneNotToActOpposesTheAct() {
    assertThat(cases.polaritiesOf("farm groups", "water bill")).containsExactly("oppose");
  }

  @Test
  void embracingAPlanSupportsIt() {
    assertThat(cases.polaritiesOf("Ruth Abe", "bike lane plan")).containsExactly("support");
  }
}
