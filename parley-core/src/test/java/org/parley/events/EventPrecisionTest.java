package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.FrozenEvents.analysis;
import static org.parley.events.FrozenEvents.only;
import static org.parley.events.FrozenEvents.types;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;

/**
 * Words that look like events but code none, on frozen annotations of sentences written for these tests
 * ({@code src/test/resources/events/sentences.jsonl}): no models.
 */
class EventPrecisionTest {
  @Test
  void codesNoAgreementForAnAgreeThatNamesNothingAgreedTo() {
    assertThat(types(analysis("agreed-bare"))).doesNotContain("AGREE");
  }

  @Test
  void stillCodesAnAgreementToSomething() {
    assertThat(types(analysis("agreed-to-plan"))).contains("AGREE");
  }

  @Test
  void codesNoVowForSwearingToTheListener() {
    assertThat(types(analysis("swear-to-you"))).doesNotContain("AGREE");
  }

  @Test
  void takesNoJudgeFromJusticeAsAnAbstractNoun() {
    Analysis a = analysis("bring-to-justice");
    assertThat(a.actors()).extracting(Actor::name).noneMatch(n -> n.equalsIgnoreCase("justice"));
    assertThat(a.events()).allMatch(e -> e.target().stream().noneMatch(id -> id.contains("justice")));
  }

  @Test
  void supportsNoJudgeForSupportingSocialJustice() {
    Analysis a = analysis("supported-social-justice");
    assertThat(a.actors()).extracting(Actor::name).noneMatch(n -> n.toLowerCase().contains("justice"));
    assertThat(a.events()).allMatch(e -> e.target().stream().noneMatch(id -> id.contains("justice")));
  }

  @Test
  void codesWhatAPledgeCommitsToAsFutureNotAsDone() {
    // "the pledge to begin closing ... and to resign": the parser hangs the infinitive on the verb before the noun
    Analysis a = analysis("pledge-to-resign");
    assertThat(a.events()).noneMatch(e -> e.type().equals("RETREAT") && e.mode().equals("asserted"));
    assertThat(a.events()).filteredOn(e -> e.type().equals("RETREAT")).isNotEmpty()
        .allMatch(e -> e.mode().equals("future"));
  }

  @Test
  void codesWhatAVowCommitsToAsFutureNotAsDone() {
    Analysis a = analysis("vow-to-withdraw");
    assertThat(a.events()).filteredOn(e -> e.type().equals("RETREAT") || e.type().equals("YIELD")).isNotEmpty()
        .allMatch(e -> e.mode().equals("future"));
  }

  @Test
  void givesANamedSubjectItsOwnDeedNotTheLastHolderOfItsTitle() {
    Analysis a = analysis("named-title-holder");
    assertThat(a.events()).filteredOn(e -> e.type().equals("RETREAT")).isNotEmpty()
        .allMatch(e -> e.source().equals(List.of("tom-reed")), "resigned by Tom Reed");
  }

  @Test
  void codesNoProtestForDemonstratingAProductOrAFact() {
    assertThat(types(analysis("demonstrated-a-phone"))).doesNotContain("PROTEST");
    assertThat(types(analysis("demonstrates-that"))).doesNotContain("PROTEST");
  }

  @Test
  void stillCodesAStreetDemonstrationAsProtest() {
    assertThat(types(analysis("demonstrated-against"))).contains("PROTEST");
  }

  @Test
  void codesNoCommitmentForAFirmOfferingAProductToItsCustomers() {
    assertThat(types(analysis("offers-a-repair"))).doesNotContain("AGREE");
  }

  @Test
  void codesNoCommitmentForOfferingAViewOrAPrayer() {
    assertThat(types(analysis("offered-a-view"))).doesNotContain("AGREE");
    assertThat(types(analysis("offer-prayers-namaz"))).doesNotContain("AGREE");
  }

  @Test
  void stillCodesAnOfferOfAidToACountry() {
    assertThat(types(analysis("offered-aid-to"))).contains("AGREE");
  }

  @Test
  void codesJoiningATreatyAsSigningAFormalAgreement() {
    Event e = only(analysis("joined-a-treaty"), "SUPPORT");
    assertThat(e.cameo()).isEqualTo("057");
    assertThat(types(analysis("joined-a-treaty"))).doesNotContain("AGREE");
  }

  @Test
  void codesNoReleaseOfCaptivesForAProductNamedInsideTheObject() {
    assertThat(types(analysis("released-a-lineup"))).doesNotContain("RETREAT");
  }

  @Test
  void stillCodesTheReleaseOfSoldiers() {
    assertThat(types(analysis("released-the-prisoners"))).contains("RETREAT");
  }

  @Test
  void codesNoRejectionForAMarketThatDeclines() {
    assertThat(types(analysis("market-declining"))).doesNotContain("REJECT");
  }

  @Test
  void stillCodesDecliningAnOfferAsRejection() {
    assertThat(types(analysis("declined-the-offer"))).contains("REJECT");
  }

  @Test
  void codesNoCooperationForOneGroupWorkingTogether() {
    assertThat(types(analysis("worked-together-album"))).doesNotContain("COOPERATE");
  }
}
