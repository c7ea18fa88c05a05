package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Positions on measures as legislative news reports them: sponsoring or drafting a bill, a bill passing a
 * chamber, a tally before the vote's clause, a companion joined to the subject ("along with"), an authority
 * announcing its own law. Frozen annotations of sentences written for these tests
 * ({@code src/test/resources/stance/stance-sponsor-cases.txt}).
 */
class StanceSponsorshipTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-sponsor-cases.annotated.json"));
  }

  @Test
  void sponsoringABillInARelativeClauseSupportsIt() {
    assertThat(cases.polaritiesOf("Lena Moss", "clean water bill")).containsExactly("support");
  }

  @Test
  void coSponsoringABillSupportsIt() {
    assertThat(cases.polaritiesOf("Omar Haddad", "dredging bill")).containsExactly("support");
  }

  @Test
  void draftingABillOrALawSupportsIt() {
    assertThat(cases.polaritiesOf("Joan Pike", "royalties bill")).containsExactly("support");
    assertThat(cases.polaritiesOf("Carl Dunn", "ferry safety law")).containsExactly("support");
  }

  @Test
  void aBillPassingAChamberIsTheChambersVoteForIt() {
    assertThat(cases.polaritiesOf("National Assembly", "tobacco tax bill")).containsExactly("support");
    assertThat(cases.polaritiesOf("Senate", "fuel subsidy measure")).containsExactly("support");
  }

  @Test
  void somethingPassingAPlaceIsNoVote() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("storm") || l.contains("coast"));
  }

  @Test
  void aCompanionAlongWithTheSubjectHoldsThePositionToo() {
    assertThat(cases.polaritiesOf("Teachers Guild", "pay freeze")).containsExactly("oppose");
    assertThat(cases.polaritiesOf("Dockers Union", "pay freeze")).containsExactly("oppose");
  }

  @Test
  void votingByATallyToDoSomethingSupportsIt() {
    assertThat(cases.polaritiesOf("Federal Council", "legaliz")).containsExactly("support");
  }

  @Test
  void theIssueOfATallyVoteLeavesTheNumbersOut() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("20"));
  }

  @Test
  void anAuthorityAnnouncingANewLawSupportsIt() {
    assertThat(cases.polaritiesOf("Iris Tam", "law")).containsExactly("support");
  }
}
