package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.events.FrozenEvents.actor;
import static org.parley.events.FrozenEvents.analysis;
import static org.parley.events.FrozenEvents.names;
import static org.parley.events.FrozenEvents.only;
import static org.parley.events.FrozenEvents.types;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Event;

/**
 * Who did what to whom, on frozen annotations of short sentences written for these tests
 * ({@code src/test/resources/events/sentences.jsonl}, annotated with {@code parley annotate}): no models.
 */
class EventExtractorTest {
  @Test
  void codesCompoundSubjectAsSourcesOfAMeetingWithTheObject() {
    Analysis a = analysis("meeting-compound");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.source())).containsExactly("Volodymyr Zelensky", "European leaders");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
    assertThat(e.mode()).isEqualTo("asserted");
    assertThat(e.date()).isEqualTo("2025-08-18");
  }

  @Test
  void makesTheSecondOfTwoWhoMetTheTargetOfTheFirst() {
    Analysis a = analysis("meeting-reciprocal");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.source())).containsExactly("Vladimir Putin");
    assertThat(names(a, e.target())).containsExactly("Xi Jinping");
  }

  @Test
  void takesThePassiveAgentAsSourceAndTheSubjectAsTarget() {
    Analysis a = analysis("passive-agent");
    Event e = only(a, "ASSAULT");
    assertThat(e.cameo()).isEqualTo("181");
    assertThat(names(a, e.source())).containsExactly("Russia");
    assertThat(names(a, e.target())).containsExactly("Ukrainian children");
    assertThat(code(a, e.target().get(0))).isEqualTo("UKRCVL");
  }

  @Test
  void codesAnAgreedMeetingAsAgreementAndAFutureMeeting() {
    Analysis a = analysis("agreed-meeting");
    Event agree = only(a, "AGREE");
    assertThat(agree.mode()).isEqualTo("asserted");
    assertThat(names(a, agree.target())).containsExactly("Volodymyr Zelensky");
    Event meeting = only(a, "CONSULT");
    assertThat(meeting.mode()).isEqualTo("future");
    assertThat(names(a, meeting.source())).containsExactly("Vladimir Putin");
  }

  @Test
  void marksWhatWouldHappenIfAsHypothetical() {
    Analysis a = analysis("hypothetical-would");
    Event e = only(a, "SANCTION");
    assertThat(e.mode()).isEqualTo("hypothetical");
    assertThat(names(a, e.source())).containsExactly("United Kingdom");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void marksAMeetingThatDidNotHappenAsNegated() {
    Event e = only(analysis("negated-meeting"), "CONSULT");
    assertThat(e.mode()).isEqualTo("negated");
  }

  @Test
  void readsTheKremlinAsTheRussianGovernment() {
    Analysis a = analysis("kremlin-rejects");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("Kremlin");
    assertThat(ActorCodes.code(actor(a, e.source().get(0)), "Kremlin")).isEqualTo("RUSGOV");
    assertThat(names(a, e.target())).containsExactly("Ukraine"); // the owner of the proposal, "from Kyiv"
  }

  @Test
  void codesAnAppealWithItsAddresseeAsTarget() {
    Analysis a = analysis("urged-to");
    Event e = a.events().stream().filter(x -> x.cameo().equals("020")).findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("Friedrich Merz");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
    Event pressure = a.events().stream().filter(x -> x.cameo().equals("100")).findFirst().orElseThrow();
    assertThat(names(a, pressure.source())).containsExactly("Donald Trump"); // what he is urged to do
    assertThat(names(a, pressure.target())).containsExactly("Russia");
    assertThat(pressure.mode()).isEqualTo("hypothetical");
  }

  @Test
  void codesCallingSomeoneAPeacemakerAsPraise() {
    Analysis a = analysis("called-peacemaker");
    Event e = only(a, "SUPPORT");
    assertThat(e.cameo()).isEqualTo("051");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
    assertThat(a.events()).extracting(Event::type).doesNotContain("CONSULT");
  }

  @Test
  void emitsNoEventWithoutASourceActor() {
    assertThat(analysis("no-source").events()).isEmpty();
  }

  @Test
  void codesLiftingSanctionsAsAConcession() {
    Analysis a = analysis("lifted-sanctions");
    Event e = only(a, "CONCEDE");
    assertThat(e.cameo()).isEqualTo("081");
    assertThat(names(a, e.target())).containsExactly("Iran");
    assertThat(a.events()).extracting(Event::type).doesNotContain("SANCTION");
  }

  @Test
  void codesAPromiseOfAidAsFutureAidAndAStatementOfIntent() {
    Analysis a = analysis("will-give-aid");
    Event aid = only(a, "AID");
    assertThat(aid.mode()).isEqualTo("future");
    assertThat(names(a, aid.target())).containsExactly("Tanzania");
    Event intent = only(a, "AGREE");
    assertThat(intent.cameo()).isEqualTo("033");
    assertThat(intent.mode()).isEqualTo("asserted");
  }

  @Test
  void doesNotCodeWhatSomeoneIsAccusedOf() {
    Analysis a = analysis("alleged-attack");
    assertThat(a.events()).extracting(Event::type).containsExactly("ACCUSE");
  }

  @Test
  void resolvesWeInsideAQuoteToTheSpeakerAndCodesTheRefusal() {
    Analysis a = analysis("quoted-refusal");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("Volodymyr Zelensky");
  }

  @Test
  void aimsAThreatWithAnUltimatumAtWhoeverMustYield() {
    Analysis a = analysis("ultimatum");
    Event e = only(a, "THREATEN");
    assertThat(names(a, e.source())).containsExactly("Iran");
    assertThat(names(a, e.target())).containsExactly("United States");
  }

  @Test
  void namesAGroupByItsCountryAndSector() {
    Analysis a = analysis("soldiers-arrest");
    Event e = only(a, "COERCE");
    assertThat(code(a, e.source().get(0))).isEqualTo("ISRMIL");
    assertThat(code(a, e.target().get(0))).startsWith("PSE");
  }

  @Test
  void codesWhatASpeakerSaysAnotherMustDoAsADemand() {
    Analysis a = analysis("demand-must");
    Event e = only(a, "REQUEST");
    assertThat(e.cameo()).isEqualTo("100");
    assertThat(names(a, e.source())).containsExactly("Russia");
    assertThat(names(a, e.target())).containsExactly("Sudan");
  }

  @Test
  void givesDomesticActorsTheOnlyCountryTheTextNames() {
    Analysis a = analysis("home-country-rebels");
    Event e = only(a, "ACCUSE");
    assertThat(code(a, e.source().get(0))).isEqualTo("TCDGOV");
    assertThat(names(a, e.target())).containsExactly("rebels");
    assertThat(code(a, e.target().get(0))).isEqualTo("TCDREB");
  }

  @Test
  void leavesAPersonWithoutATitleStatelessWhenTheOnlyCountryNamedIsTheTarget() {
    Analysis a = analysis("untitled-person-abroad");
    Event e = only(a, "THREATEN");
    assertThat(names(a, e.source())).containsExactly("Clara Voss");
    assertThat(code(a, e.source().get(0))).doesNotStartWith("TCD");
    assertThat(code(a, e.target().get(0))).isEqualTo("TCD");
  }

  @Test
  void readsTheCountryBeforeAGradedTitle() {
    Analysis a = analysis("junior-minister");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.source())).containsExactly("Musa Bello");
    assertThat(code(a, e.source().get(0))).isEqualTo("NGAGOV");
  }

  @Test
  void joinsTheLastPartOfAHyphenatedSurnameToTheFullName() {
    Analysis a = analysis("hyphen-surname");
    Actor karim = a.actors().stream().filter(x -> x.name().equals("Ahmed Fazl-ur-Karim")).findFirst().orElseThrow();
    assertThat(karim.mentions()).extracting(m -> m.text()).contains("Karim");
    assertThat(a.actors()).hasSize(1);
  }

  @Test
  void codesACourtInAStorySetInOneCountryWithThatCountry() {
    Analysis a = analysis("possessive-court");
    Actor court = a.actors().stream().filter(x -> x.name().endsWith("Supreme Court")).findFirst().orElseThrow();
    assertThat(ActorCodes.code(court)).isEqualTo("GHAJUD");
  }

  @Test
  void takesTheSubjectOfACommaSeparatedComplementAsTheAccused() {
    Analysis a = analysis("allege-parataxis");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Maria Lopez");
    assertThat(names(a, e.target())).containsExactly("Northwind Bank");
  }

  @Test
  void countsEachConjunctOfAPartitiveAsATarget() {
    Analysis a = analysis("partitive-conjuncts");
    Event e = only(a, "ASSAULT");
    assertThat(e.target()).extracting(id -> code(a, id).substring(0, 3)).containsExactly("SLE", "CIV");
  }

  @Test
  void makesTheOwnerOfAnAttackedPlaceTheTarget() {
    Analysis a = analysis("attacked-place-owner");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("gunmen");
    assertThat(code(a, e.target().get(0))).isEqualTo("SOMREF");
  }

  @Test
  void readsTheCourtAsTheCourtTheStoryIsAbout() {
    Analysis a = analysis("salient-court");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Peter Mwangi");
    assertThat(names(a, e.target())).containsExactly("Court of Appeal");
  }

  @Test
  void codesAStatementThatSomeoneBreaksTheLawAsAnAccusationByTheSpeaker() {
    Analysis a = analysis("statement-breaking-law");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("112");
    assertThat(names(a, e.source())).containsExactly("Radek Nowak");
    assertThat(names(a, e.target())).containsExactly("Belarus");
  }

  @Test
  void codesAClaimOfElectoralFraudAsAnAccusationOfTheWinner() {
    Analysis a = analysis("claim-fraud");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Ana Torres");
    assertThat(names(a, e.target())).containsExactly("Nicolas Rivera");
  }

  @Test
  void accusesTheOwnerOfWhatACourtFindsUnlawful() {
    Analysis a = analysis("finding-unlawful-owner");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("High Court");
    assertThat(names(a, e.target())).containsExactly("Daniel Mwangi");
  }

  @Test
  void doesNotCodeAStatementThatDeniesWrongdoingAsAnAccusation() {
    assertThat(analysis("statement-denies-wrongdoing").events()).noneMatch(e -> e.type().equals("ACCUSE"));
  }

  @Test
  void aimsAThreatAtTheConditionOfAVerbDeeperInTheThreatenedChain() {
    Analysis a = analysis("threat-condition-deep");
    Event e = only(a, "THREATEN");
    assertThat(names(a, e.source())).containsExactly("Norway");
    assertThat(names(a, e.target())).containsExactly("Iceland");
  }

  @Test
  void findsTheTargetOfADemandInsideWhatIsDemanded() {
    Analysis a = analysis("demand-inside-object");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Polish coal miners");
    assertThat(names(a, e.target())).containsExactly("Elena Marsh");
  }

  @Test
  void codesAnActAtSomeonesRequestAsTheirRequestToTheActor() {
    Analysis a = analysis("at-the-request-of");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Omar Keller");
    assertThat(names(a, e.target())).containsExactly("Ana Ruiz");
  }

  @Test
  void keepsEveryEventSpanInsideTheTextAndItsParticipantsAmongTheActors() {
    for (String name : List.of("meeting-compound", "agreed-meeting", "urged-to", "ultimatum", "will-give-aid")) {
      Analysis a = analysis(name);
      for (Event e : a.events()) {
        assertThat(a.document().text().substring(e.begin(), e.end())).as(name).isEqualTo(e.text());
        assertThat(e.source()).as(name).allSatisfy(id -> assertThat(actor(a, id)).isNotNull());
        assertThat(e.target()).as(name).allSatisfy(id -> assertThat(actor(a, id)).isNotNull());
        assertThat(e.source()).as(name).doesNotContainAnyElementsOf(e.target());
      }
    }
  }

  @Test
  void codesUsStatesAsActorsOfTheirCountryAndReadsGeorgiaAsAStateAmongThem() {
    Analysis a = analysis("state-sues-states");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Texas");
    assertThat(names(a, e.target())).containsExactly("Georgia", "Michigan");
    assertThat(e.target()).allSatisfy(id -> assertThat(actor(a, id).country()).isEqualTo("USA"));
  }

  @Test
  void readsGeorgiaAsTheCountryWhereTheTextNamesNoOtherUsPlace() {
    Analysis a = analysis("georgia-the-country");
    Event e = only(a, "ACCUSE");
    assertThat(actor(a, e.target().get(0)).country()).isEqualTo("GEO");
  }

  @Test
  void codesAnAgentlessPassiveWithItsTargetAndNoSource() {
    Analysis a = analysis("agentless-passive");
    Event e = only(a, "ASSAULT");
    assertThat(e.source()).isEmpty();
    assertThat(names(a, e.target())).containsExactly("Syrian aid workers");
  }

  @Test
  void takesTheOwnerOfAPrepositionalArgumentThatNamesNoActor() {
    Analysis a = analysis("owner-of-prepositional-target");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.target())).containsExactly("Idlib");
    assertThat(code(a, e.target().get(0))).startsWith("SYR");
  }

  @Test
  void givesASurnameThatKnownLeadersShareTheirCommonCountry() {
    Analysis a = analysis("shared-surname");
    Event e = only(a, "ACCUSE");
    assertThat(code(a, e.source().get(0))).isEqualTo("USAGOV");
  }

  @Test
  void takesTheTargetOfThePurposeForAnEventWithoutOne() {
    Analysis a = analysis("purpose-target");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.target())).containsExactly("Syria");
  }

  @Test
  void holdingPersonsInContemptAccusesEachPersonNamedInApposition() {
    Analysis a = analysis("contempt-apposition");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(names(a, e.target())).containsExactly("Anna Berg", "Lars Holm");
  }

  @Test
  void aRoundFiredOnASingleDemonstratorIsAnAssaultOnThatDemonstrator() {
    Analysis a = analysis("round-on-protester");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Police in Minsk");
    assertThat(names(a, e.target())).containsExactly("demonstrator");
  }

  @Test
  void appreciatingAnotherCountrysHelpIsSupport() {
    Analysis a = analysis("appreciate-help");
    Event e = only(a, "SUPPORT");
    assertThat(names(a, e.source())).containsExactly("Chile");
    assertThat(names(a, e.target())).containsExactly("Peru");
  }

  @Test
  void tearGasUsedAgainstDemonstratorsIsViolentRepression() {
    Analysis a = analysis("tear-gas-against");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("175");
    assertThat(names(a, e.target())).containsExactly("demonstrators");
  }

  @Test
  void threatsMadeInAClauseOfItsOwnAfterANegatedClaimAreAsserted() {
    Analysis a = analysis("threats-against");
    Event e = only(a, "THREATEN");
    assertThat(e.mode()).isEqualTo("asserted");
    assertThat(names(a, e.source())).containsExactly("Syrian militias");
    assertThat(names(a, e.target())).containsExactly("Turkish soldiers");
  }

  @Test
  void troopsLeavingACountryRetreatFromIt() {
    Analysis a = analysis("troops-left-country");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("Russian troops");
    assertThat(names(a, e.target())).containsExactly("Georgia");
    assertThat(e.date()).isEqualTo("2009");
  }

  @Test
  void whoeverReturnedAtAGovernmentsRequestIsTheTargetOfTheRequest() {
    Analysis a = analysis("request-returned");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Mali");
    assertThat(names(a, e.target())).containsExactly("French soldiers");
  }

  @Test
  void protestsWithNoNamedProtestersAreTheProtestersOfTheCountryTheyContinueIn() {
    Analysis a = analysis("protests-no-source");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("protesters in Peru");
    assertThat(code(a, e.source().get(0))).startsWith("PER");
    assertThat(names(a, e.target())).containsExactly("Peru");
  }

  @Test
  void weeksOfProtestsInACityAreProtestsByThatCountrysProtesters() {
    Analysis a = analysis("protests-in-city");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("protesters in Venezuela");
    assertThat(names(a, e.target())).containsExactly("Venezuela");
  }

  @Test
  void aLetterRequestingSomethingIsItsSendersRequestOfTheAddressee() {
    Analysis a = analysis("letter-requesting");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Anna Weber");
    assertThat(names(a, e.target())).containsExactly("Karl Brandt");
  }

  @Test
  void restrictionsOnFlightsToACountryAreASanctionOnIt() {
    Analysis a = analysis("restrictions-on-flights");
    Event e = only(a, "SANCTION");
    assertThat(e.cameo()).isEqualTo("163");
    assertThat(names(a, e.source())).containsExactly("Canada"); // "the Canadian government" is the country's mention
    assertThat(names(a, e.target())).containsExactly("Venezuela");
    assertThat(a.events()).noneMatch(ev -> ev.type().equals("COERCE"));
  }

  @Test
  void citingAGovernmentsRepressionAccusesThatGovernment() {
    Analysis a = analysis("cited-repression");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Erika Lang");
    assertThat(names(a, e.target())).containsExactly("Belarus");
  }

  @Test
  void withdrawingOnesOwnNominationIsAConcession() {
    Analysis a = analysis("withdrew-nomination");
    Event e = only(a, "CONCEDE");
    assertThat(names(a, e.source())).containsExactly("Green Party");
  }

  @Test
  void theirDemandsAreRequestsOfThoseNamedBefore() {
    Analysis a = analysis("demands-included");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("students");
  }

  @Test
  void aRefusalAfterASubpoenaIsAimedAtWhoeverIssuedIt() {
    Analysis a = analysis("refused-after-subpoena");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("Paul Okafor");
    assertThat(names(a, e.target())).containsExactly("Senate committee");
  }

  @Test
  void aWordInsideAnOrganisationsNameIsNoEvent() {
    Analysis a = analysis("party-named-rally");
    assertThat(a.events()).extracting(Event::type).containsExactly("SUPPORT");
  }

  @Test
  void aLabelThatDismissesAnInquiryAccusesWhoeverHoldsIt() {
    Analysis a = analysis("label-witch-hunt");
    Event e = a.events().stream().filter(x -> x.cameo().equals("111")).findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("Donald Trump");
    assertThat(names(a, e.target())).containsExactly("Democratic Party");
  }

  @Test
  void attributingAnAttackToSomeoneBlamesThem() {
    Analysis a = analysis("attributed-bombing");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("112");
    assertThat(names(a, e.target())).containsExactly("Houthi rebels");
  }

  @Test
  void releasingADocumentSetsNoOneFree() {
    Analysis a = analysis("released-transcript");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("Iran");
    assertThat(names(a, e.target())).containsExactly("British sailors");
  }

  @Test
  void tearGasFiredAtACrowdIsRepressionNotAnArmedAttack() {
    Analysis a = analysis("fired-tear-gas");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("175");
    assertThat(names(a, e.target())).containsExactly("protesters");
    assertThat(a.events()).extracting(Event::type).doesNotContain("ASSAULT");
  }

  @Test
  void sanctionsImposedByAnActorAreThatActorsSanctions() {
    Analysis a = analysis("sanctions-imposed-by");
    Event e = only(a, "SANCTION");
    assertThat(names(a, e.source())).containsExactly("European Union");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void helpingToArrangeAMeetingIsNoAid() {
    Analysis a = analysis("helped-arrange");
    assertThat(a.events()).extracting(Event::type).doesNotContain("AID").contains("CONSULT");
  }

  @Test
  void approvingSanctionsMakesThemTheApproversSanctions() {
    Analysis a = analysis("approved-sanctions");
    Event e = only(a, "SANCTION");
    assertThat(names(a, e.source())).containsExactly("European Union");
    assertThat(names(a, e.target())).containsExactly("Belarus");
  }

  @Test
  void grantingAPardonIsAReleaseNotAid() {
    Analysis a = analysis("granted-pardon");
    Event e = only(a, "RETREAT");
    assertThat(e.cameo()).isEqualTo("0841");
    assertThat(names(a, e.target())).containsExactly("Bernard Kerik");
    assertThat(a.events()).extracting(Event::type).doesNotContain("AID");
  }

  @Test
  void impeachingAnOfficialAccusesThem() {
    Analysis a = analysis("house-impeached");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
  }

  @Test
  void pleadingGuiltyAsksNothing() {
    assertThat(analysis("pleaded-guilty").events()).extracting(Event::type).doesNotContain("REQUEST");
  }

  @Test
  void brokeringACeasefireIsMediationBetweenItsParties() {
    Analysis a = analysis("brokered-ceasefire");
    Event e = only(a, "CONSULT");
    assertThat(e.cameo()).isEqualTo("045");
    assertThat(names(a, e.source())).containsExactly("Egypt");
    assertThat(names(a, e.target())).containsExactly("Israel", "Hamas");
  }

  @Test
  void blockingAResolutionVetoesItsSponsor() {
    Analysis a = analysis("blocked-resolution");
    Event e = only(a, "REJECT");
    assertThat(e.cameo()).isEqualTo("129");
    assertThat(names(a, e.target())).containsExactly("France");
  }

  @Test
  void quittingOfficeIsAResignationAndQuittingADealAWithdrawalFromIt() {
    Analysis a = analysis("quit-deal");
    assertThat(only(a, "RETREAT").cameo()).isEqualTo("0831");
    Event e = only(a, "REJECT");
    assertThat(e.cameo()).isEqualTo("127");
    assertThat(names(a, e.target())).containsExactly("Iran");
  }

  @Test
  void solidarityWithACountryIsSupport() {
    Analysis a = analysis("solidarity-with");
    assertThat(names(a, only(a, "SUPPORT").target())).containsExactly("Ukraine");
  }

  @Test
  void pushingForTalksRequestsThem() {
    Analysis a = analysis("pushed-for");
    assertThat(names(a, only(a, "REQUEST").target())).containsExactly("Iran");
  }

  @Test
  void aCandidatesCampaignRallyIsNoProtest() {
    assertThat(analysis("campaign-rally").events()).extracting(Event::type).doesNotContain("PROTEST");
  }

  @Test
  void beingSwornInVowsNothing() {
    assertThat(analysis("sworn-in").events()).extracting(Event::type).doesNotContain("AGREE");
  }

  @Test
  void callingAnElectionForACandidateIsNeitherACallNorADemand() {
    assertThat(analysis("called-election").events()).isEmpty();
  }

  @Test
  void voicedOppositionAndOutrageAreRejectionAndDisapproval() {
    Analysis a = analysis("opposition-to");
    Event reject = only(a, "REJECT");
    assertThat(names(a, reject.target())).containsExactly("Pedro Pierluisi");
    Event accuse = only(a, "ACCUSE");
    assertThat(accuse.cameo()).isEqualTo("110");
    assertThat(names(a, accuse.target())).containsExactly("Donald Trump");
  }

  @Test
  void meetingToDiscussSomeonesNominationDoesNotMeetThem() {
    assertThat(analysis("met-to-discuss").events()).extracting(Event::type).doesNotContain("CONSULT");
  }

  @Test
  void placingSomeoneUnderArrestIsAnArrestBySubject() {
    Analysis a = analysis("placed-under-house-arrest");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("173");
    assertThat(names(a, e.source())).containsExactly("Zimbabwean army");
    assertThat(names(a, e.target())).containsExactly("Robert Mugabe");
  }

  @Test
  void wantingSomeoneToResignIsTheirResignationAndNoCommitmentOfTheSubject() {
    Analysis a = analysis("want-to-resign");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("William Barr");
    assertThat(e.mode()).isEqualTo("future");
    assertThat(a.events()).extracting(Event::type).doesNotContain("AGREE");
  }

  @Test
  void sayingSomeoneMeddledInAnElectionAccusesThem() {
    Analysis a = analysis("said-interfered");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Olaf Scholz");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void callingSomeonesRemarksUnacceptableAccusesWhoeverMadeThem() {
    Analysis a = analysis("said-unacceptable");
    assertThat(names(a, only(a, "ACCUSE").target())).containsExactly("Fumio Kishida");
  }

  @Test
  void sayingACountrySponsorsTerrorismAccusesIt() {
    Analysis a = analysis("said-terrorism");
    assertThat(names(a, only(a, "ACCUSE").target())).containsExactly("Iran");
  }

  @Test
  void warningSomeoneAgainstActingThreatensThem() {
    Analysis a = analysis("warned-against");
    Event e = only(a, "THREATEN");
    assertThat(names(a, e.source())).containsExactly("Joe Biden");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void sayingSomeoneIsAModelPraisesThem() {
    Analysis a = analysis("said-is-a-model");
    Event e = only(a, "SUPPORT");
    assertThat(names(a, e.source())).containsExactly("Oleksiy Honcharuk");
    assertThat(names(a, e.target())).containsExactly("Volodymyr Zelensky");
  }

  @Test
  void designatingAMinisterIsNoSanctionButDesignatingATerroristGroupIs() {
    Analysis a = analysis("designated-minister");
    Event e = only(a, "SANCTION");
    assertThat(names(a, e.source())).containsExactly("State Department");
  }

  @Test
  void expellingDiplomatsReducesRelationsAndExpellingOthersDeportsThem() {
    Analysis a = analysis("expelled-leaders");
    assertThat(only(a, "COERCE").cameo()).isEqualTo("174");
    Event e = only(a, "SANCTION");
    assertThat(e.cameo()).isEqualTo("166");
    assertThat(names(a, e.target())).containsExactly("Russian diplomats");
  }

  @Test
  void puttingPressureOnSomeoneDemandsOfThem() {
    Analysis a = analysis("pressure-on");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Donald Trump");
    assertThat(names(a, e.target())).containsExactly("Ukraine");
  }

  @Test
  void issuingAnArrestWarrantIsAnArrestOfWhoeverItNames() {
    Analysis a = analysis("arrest-warrant");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("173");
    assertThat(names(a, e.target())).containsExactly("Brazilian men");
  }

  @Test
  void theCommitteeIsTheCommitteeNamedInTheSentenceBefore() {
    Analysis a = analysis("committee-earlier");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("House Ethics Committee");
    assertThat(names(a, e.target())).containsExactly("Ray Dolan");
  }

  @Test
  void theCompanyIsTheBusinessNamedJustBefore() {
    Analysis a = analysis("company-earlier");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.target())).containsExactly("Verano Mining Corp.");
  }

  @Test
  void anArrestByTheAgentIsOfItsOwner() {
    Analysis a = analysis("arrest-by");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("Egyptian police");
    assertThat(names(a, e.target())).containsExactly("Omar Haddad");
  }

  @Test
  void aMediatorKeepsTheSourceAndBothSidesAreTargets() {
    Analysis a = analysis("mediation-between");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.source())).containsExactly("Norway");
    assertThat(names(a, e.target())).containsExactly("Sudan", "South Sudan");
  }

  @Test
  void aWhichClauseParsedOnItsOwnActsForTheNounBeforeTheComma() {
    Analysis a = analysis("relcl-source-target");
    Event e = a.events().stream().filter(x -> x.cameo().equals("166")).findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("Saudi Arabia");
    assertThat(names(a, e.target())).containsExactly("Canadian diplomat");
  }

  @Test
  void aRelativeClauseWithoutRelativeWordHasTheNounAsObject() {
    Analysis a = analysis("relcl-zero-2");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("Iranian police");
    assertThat(names(a, e.target())).containsExactly("activists");
  }

  @Test
  void attorneysGeneralOfSeveralStatesAreAGroupThatSues() {
    Analysis a = analysis("attorneys-general");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("attorneys general from sixteen states");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
  }

  @Test
  void membersOfABodyAreAGroupThatCanBoycott() {
    Analysis a = analysis("members-boycott");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("Kurdish members");
  }

  @Test
  void suingOverAPolicyTargetsWhoAnnouncedIt() {
    Analysis a = analysis("policy-relcl");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("California");
    assertThat(names(a, e.target())).containsExactly("Donald Trump");
  }

  @Test
  void rejectingTariffsSomeoneAnnouncedRejectsThem() {
    Analysis a = analysis("policy-zero-relcl");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.target())).containsExactly("Trump administration");
  }

  @Test
  void itOpeningASentenceIsTheBodyTheSentenceBeforeWasAbout() {
    Analysis a = analysis("it-earlier-council");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("UN Security Council");
    assertThat(names(a, e.target())).containsExactly("North Korea");
  }

  @Test
  void theyAfterTwoCountriesIsBothOfThem() {
    Analysis a = analysis("they-countries");
    Event e = only(a, "AGREE");
    assertThat(names(a, e.source())).containsExactly("Sudan", "South Sudan");
  }

  @Test
  void theirIsNotTheOneCountryThatIsTheSubject() {
    Analysis a = analysis("their-decision");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Poland");
    assertThat(names(a, e.target())).containsExactly("Germany", "France");
  }

  @Test
  void boycottingTheVoteIsAimedAtWhoeverVoted() {
    Analysis a = analysis("vote-boycotted");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("Kurdish lawmakers");
    assertThat(names(a, e.target())).containsExactly("Iraqi parliament");
  }

  @Test
  void strikesThatKillAreTheAttackOfWhoeverCarriedThemOut() {
    Analysis a = analysis("strikes-carried-out-killed");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Israeli jets");
    assertThat(names(a, e.target())).containsExactly("people");
  }

  @Test
  void aShipFlaggedByACountryIsThatCountrys() {
    Analysis a = analysis("british-flagged-tanker");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.target())).containsExactly("United Kingdom");
  }

  @Test
  void anActorDescribedByOneCountrysAdjectiveBelongsToThatCountry() {
    Analysis a = analysis("ministry-summoned");
    Event e = only(a, "ACCUSE");
    assertThat(actor(a, e.source().get(0)).country()).isEqualTo("CHN");
    assertThat(actor(a, e.target().get(0)).country()).isEqualTo("JPN");
  }

  @Test
  void rocketsFiredFromACountryAreItsAttack() {
    Analysis a = analysis("fired-from");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Lebanon");
    assertThat(names(a, e.target())).containsExactly("Israel");
  }

  @Test
  void killedInACountrysShellingIsThatCountrysAttack() {
    Analysis a = analysis("killed-in-tank-shelling");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Turkey");
    assertThat(names(a, e.target())).containsExactly("farmers");
  }

  @Test
  void strikingDriversBlockingARoadFromACountryProtestAgainstIt() {
    Analysis a = analysis("blocked-from-to");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("truck drivers");
    assertThat(names(a, e.target())).containsExactly("Chile");
  }

  @Test
  void aPassiveInfinitiveUnderASayingVerbIsDoneToItsSubject() {
    Analysis a = analysis("raised-passive-detained");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("soldiers");
    // the group is named by the event stage ("journalists") or, when another stage made it first, with its number
    assertThat(names(a, e.target())).singleElement().asString().endsWith("journalists");
  }

  @Test
  void anAgentlessPassiveIsDoneByWhoeverDidTheSameJustBefore() {
    Analysis a = analysis("passive-after-active-arrest");
    Event later = a.events().stream().filter(e -> e.type().equals("COERCE") && e.text().contains("journalists"))
        .findFirst().orElseThrow();
    assertThat(names(a, later.source())).containsExactly("Police");
    assertThat(names(a, later.target())).containsExactly("journalists");
  }

  @Test
  void aGappedConjunctOfAnAgentlessPassiveUndergoesTheSameDeed() {
    Analysis a = analysis("gapped-passive-impeached");
    Event e = a.events().stream().filter(x -> x.text().contains("Ortiz")).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo("ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Congress");
    assertThat(names(a, e.target())).containsExactly("Juan Ortiz", "Pedro Ruiz");
  }

  @Test
  void anUnclaimedKillingIsNotCreditedToTheKillersOfTheSentenceBefore() {
    Analysis a = analysis("killed-after-killed");
    List<Event> later = a.events().stream().filter(e -> e.text().contains("workers")).collect(Collectors.toList());
    assertThat(later).allSatisfy(e -> assertThat(e.source()).isEmpty());
  }

  @Test
  void claimingResponsibilityForAnAttackMakesTheClaimantTheAttacker() {
    Analysis a = analysis("claimed-responsibility-for");
    Event e = only(a, "ASSAULT");
    assertThat(e.mode()).isEqualTo("asserted");
    assertThat(names(a, e.source())).containsExactly("Al-Shabaab");
    assertThat(actor(a, e.target().get(0)).country()).isEqualTo("KEN");
  }

  @Test
  void clashesBreakingOutAtAMarchAreTheMarchersFight() {
    Analysis a = analysis("clashes-at-march");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("farmers");
    assertThat(names(a, e.target())).containsExactly("police");
  }

  @Test
  void clashesJustAfterARallyAreTheRalliersFightWithCounterProtesters() {
    Analysis a = analysis("clashes-after-rally");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Students");
    assertThat(names(a, e.target())).containsExactly("counter-protesters");
  }

  @Test
  void anAttackAttributedToAGroupIsThatGroupsAttackOnThoseWhoDiedInIt() {
    Analysis a = analysis("ambush-attributed-to");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Boko Haram");
    assertThat(names(a, e.target())).containsExactly("Nigerian soldiers");
    assertThat(a.events()).noneMatch(x -> x.type().equals("ACCUSE"));
  }

  @Test
  void thoseWhoDiedInAnAttackAreItsTarget() {
    Analysis a = analysis("died-in-air-strikes");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Saudi Arabia");
    assertThat(names(a, e.target())).containsExactly("civilians");
  }

  @Test
  void aClaimOfResponsibilityNamingNoDeedClaimsTheAttackJustBefore() {
    Analysis a = analysis("claimed-responsibility-after");
    Event claimed = a.events().stream().filter(e -> e.type().equals("ASSAULT") && e.text().contains("claimed"))
        .findFirst().orElseThrow();
    assertThat(names(a, claimed.source())).containsExactly("Islamic State");
    assertThat(names(a, claimed.target())).containsExactly("Niger");
  }

  @Test
  void aDeedThatLeftPeopleDeadIsNoWithdrawal() {
    assertThat(analysis("left-dead-resultative").events()).noneMatch(e -> e.type().equals("RETREAT"));
    assertThat(analysis("left-numeral-dead").events()).noneMatch(e -> e.type().equals("RETREAT"));
  }

  @Test
  void aVoteAgainstAMeasureRejectsItsOwner() {
    Analysis a = analysis("voted-against-plan");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("Senate");
    assertThat(names(a, e.target())).containsExactly("Sebastian Pinera");
  }

  @Test
  void aVoteAgainstAPersonRejectsThem() {
    Analysis a = analysis("voted-against-person");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.target())).containsExactly("Leila Haddad");
  }

  @Test
  void aLawsuitIsCodedWhenNoDefendantIsNamed() {
    Analysis a = analysis("sued-no-defendant");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("115");
    assertThat(names(a, e.source())).containsExactly("Maria Gonzalez");
    assertThat(e.target()).isEmpty();
  }

  @Test
  void thoseWhoTakePartInAProtestAreItsProtesters() {
    Analysis took = analysis("took-part-in-protests");
    assertThat(names(took, only(took, "PROTEST").source())).singleElement().asString().contains("students");
    Analysis participated = analysis("participated-in-march");
    assertThat(names(participated, only(participated, "PROTEST").source())).singleElement().asString()
        .contains("teachers");
    Analysis joined = analysis("joined-the-strike");
    assertThat(names(joined, only(joined, "PROTEST").source())).singleElement().asString().contains("dockworkers");
  }

  @Test
  void blastingAPersonIsCriticismAndBlastingRockIsNothing() {
    Analysis a = analysis("blasted-person");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(names(a, e.source())).containsExactly("Ana Ruiz");
    assertThat(names(a, e.target())).containsExactly("Tom Hale");
    assertThat(analysis("blasted-rock").events()).isEmpty();
  }

  @Test
  void questioningSomeonesDecisionAccusesTheOwner() {
    Analysis a = analysis("questioned-decision");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Adam Cole");
    assertThat(names(a, e.target())).containsExactly("Mia Lee");
  }

  @Test
  void aVowToRetaliateIsAThreatOfForce() {
    Analysis a = analysis("vowed-to-retaliate");
    Event threat = only(a, "THREATEN");
    assertThat(threat.cameo()).isEqualTo("138");
    assertThat(names(a, threat.target())).containsExactly("Syria");
    assertThat(only(a, "ASSAULT").mode()).isEqualTo("future");
    Analysis done = analysis("retaliated-against");
    Event e = only(done, "ASSAULT");
    assertThat(names(done, e.source())).containsExactly("Iran");
    assertThat(names(done, e.target())).containsExactly("United States");
  }

  @Test
  void payingAVisitOrATributeIsTheVisitOrThePraise() {
    Analysis visit = analysis("paid-a-visit");
    Event e = only(visit, "CONSULT");
    assertThat(e.cameo()).isEqualTo("042");
    assertThat(names(visit, e.source())).containsExactly("Shinzo Abe");
    assertThat(names(visit, e.target())).containsExactly("China");
    Analysis tribute = analysis("paid-tribute");
    Event p = only(tribute, "SUPPORT");
    assertThat(names(tribute, p.source())).containsExactly("Angela Merkel");
    assertThat(names(tribute, p.target())).containsExactly("Vaclav Havel");
  }

  @Test
  void joinsASurnameWhoseParticleIsCapitalisedAtTheStartOfASentenceToTheFullName() {
    Analysis a = analysis("hyphenated-particle-surname");
    assertThat(a.actors()).filteredOn(x -> x.name().contains("Mansouri")).hasSize(1);
    Event e = a.events().stream().filter(x -> x.text().contains("attacked")).findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("Unknown assailants");
    assertThat(names(a, e.target())).containsExactly("Ahmed Karim al-Mansouri");
  }

  @Test
  void joinsTheFirstOfTwoSurnamesToTheFullName() {
    Analysis a = analysis("two-surnames");
    assertThat(a.actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).extracting(Actor::name)
        .containsExactly("Carlos Ortega Ruiz");
  }

  @Test
  void takesTheSubjectOfAnInfinitiveAfterCalledForAsTheTargetOfTheDemand() {
    Analysis a = analysis("called-for-to-resign");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("opposition");
    assertThat(names(a, e.target())).containsExactly("Ana Costa");
  }

  @Test
  void readsTheGovernmentOfAStorySetInOneCountryAsThatCountrysGovernment() {
    Analysis a = analysis("government-called-for-inquiry");
    Event e = only(a, "REQUEST");
    assertThat(code(a, e.source().get(0))).isEqualTo("KENGOV");
  }

  @Test
  void makesUnnamedCiviliansTheObjectOfAnAttackInsteadOfThePlace() {
    Analysis a = analysis("shot-shoppers");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.target())).containsExactly("shoppers");
  }

  @Test
  void codesAnUnnamedSuspectAsAnActor() {
    Analysis a = analysis("charged-the-suspect");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Prosecutors");
    assertThat(names(a, e.target())).containsExactly("suspect");
  }

  @Test
  void takesTheOfPhraseOfAResignationAsTheOneWhoResigns() {
    Analysis a = analysis("resignation-of");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("Paul Mensah");
  }

  @Test
  void givesAPersonTheCountryOfTheTownTheyAreFrom() {
    Analysis a = analysis("from-hometown");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Tom Reilly")).extracting(Actor::country)
        .containsExactly("IRL");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("John Hale")).extracting(Actor::country)
        .containsExactly("USA");
  }

  @Test
  void takesTheAskerOfARequestHungOnWhatIsAskedFor() {
    Analysis a = analysis("requests-for-from");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Smith's lawyers");
  }

  @Test
  void givesAnOfficeHolderOfATownTheCountryOfTheStateTheTextPlacesItIn() {
    Analysis a = analysis("town-of-state");
    assertThat(a.actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).extracting(Actor::country)
        .containsExactly("USA", "USA");
  }

  @Test
  void readsAReflexiveObjectAsTheSubjectAndDropsSuspectedFromTheName() {
    Analysis a = analysis("surrendered-himself");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("gunman");
    assertThat(e.target()).isEmpty();
  }

  @Test
  void anAppealVoicedWithWouldIsMadeNowButAReportedOneIsStillToCome() {
    Event now = only(analysis("would-urge-performative"), "REQUEST");
    assertThat(now.mode()).isEqualTo("asserted");
    Event later = only(analysis("would-urge-reported"), "REQUEST");
    assertThat(later.mode()).isEqualTo("future");
  }

  @Test
  void theJudgeIsTheJudgeNamedBeforeNotTheLastPersonWhoseOfficeIsAnother() {
    Analysis a = analysis("the-judge-not-the-mayor");
    Event rejected = only(a, "REJECT");
    assertThat(names(a, rejected.source())).singleElement().asString().contains("judge");
    assertThat(names(a, rejected.target())).containsExactly("Paul Girard");
  }

  @Test
  void unnamedBodiesAndOfficialsTakePartByWhatTheTextCallsThemInTheStorysCountry() {
    Analysis a = analysis("unnamed-bodies-and-officials");
    Event detained = only(a, "COERCE");
    assertThat(names(a, detained.source())).containsExactly("army");
    assertThat(code(a, detained.source().get(0))).isEqualTo("TCDMIL");
    assertThat(names(a, detained.target())).containsExactly("mayor");
    Event charged = only(a, "ACCUSE");
    assertThat(names(a, charged.source())).containsExactly("Prosecutors");
    assertThat(names(a, charged.target())).containsExactly("former minister");
  }

  @Test
  void anUnnamedRelativeTakesPartAndAPronounAfterHerIsNotHer() {
    Analysis a = analysis("relative-by-whose");
    Event asked = only(a, "REQUEST");
    assertThat(names(a, asked.source())).singleElement().asString().containsIgnoringCase("sister");
    assertThat(names(a, asked.target())).containsExactly("court");
    assertThat(a.events()).filteredOn(e -> e.type().equals("RETREAT"))
        .allSatisfy(e -> assertThat(names(a, e.target())).containsExactly("Peter Otieno"));
  }

  @Test
  void aDescriptionByOfficeIsNotAnotherPersonKnownOnlyByAnotherOffice() {
    Analysis a = analysis("description-not-another-office");
    Event accused = only(a, "ACCUSE");
    assertThat(names(a, accused.target())).containsExactly("minister");
  }

  @Test
  void codesGivingOneselfUpAsASurrenderToWhomeverItIsTo() {
    Analysis a = analysis("turned-himself-in");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("suspect");
    assertThat(names(a, e.target())).containsExactly("police");
  }

  @Test
  void codesComingToSomeonesDefenseAsSupportAndToTheirAidAsAid() {
    Analysis defense = analysis("came-to-defense");
    Event e = only(defense, "SUPPORT");
    assertThat(names(defense, e.target())).containsExactly("Ana Ruiz");
    Analysis aid = analysis("came-to-aid");
    Event help = only(aid, "AID");
    assertThat(names(aid, help.source())).containsExactly("Turkey");
    assertThat(names(aid, help.target())).containsExactly("Azerbaijan");
  }

  @Test
  void codesBeingCriticalOfSomeoneAsCriticism() {
    Analysis a = analysis("critical-of");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(names(a, e.target())).containsExactly("Jan Novak");
  }

  @Test
  void codesAllegationsAndChargesAgainstSomeoneAsAccusations() {
    Analysis alleged = analysis("allegations-against");
    assertThat(names(alleged, only(alleged, "ACCUSE").target())).containsExactly("Paul Girard");
    Analysis charged = analysis("charges-against");
    Event e = only(charged, "ACCUSE");
    assertThat(names(charged, e.source())).containsExactly("Justice Department");
    assertThat(names(charged, e.target())).containsExactly("Tom Lee");
    Analysis prosecuted = analysis("prosecuted");
    assertThat(names(prosecuted, only(prosecuted, "ACCUSE").target())).containsExactly("Ana Ruiz");
  }

  @Test
  void neitherCodesAFeeAsAChargeNorWhatAnAllegationSaysAsFact() {
    assertThat(analysis("charge-fee").events()).isEmpty();
    assertThat(analysis("allegation-hedges").events()).noneMatch(e -> e.type().equals("ASSAULT"));
  }

  @Test
  void codesAnAssaultAndAShootingOfSomeoneAsViolenceAgainstThem() {
    Analysis assaulted = analysis("assaulted");
    Event e = only(assaulted, "ASSAULT");
    assertThat(e.cameo()).isEqualTo("182");
    assertThat(names(assaulted, e.source())).containsExactly("Protesters");
    Analysis shot = analysis("shooting-of");
    Event shooting = only(shot, "ASSAULT");
    assertThat(names(shot, shooting.source())).containsExactly("police");
    assertThat(names(shot, shooting.target())).containsExactly("Sam Ortiz");
  }

  @Test
  void codesComplyingWithAnotherActorsRequestAsAConcessionToThemButNotComplyingWithRules() {
    Analysis a = analysis("complied-with");
    Event e = only(a, "CONCEDE");
    assertThat(names(a, e.source())).containsExactly("Ana Ruiz");
    assertThat(names(a, e.target())).containsExactly("Paul Girard");
    assertThat(analysis("comply-rules").events()).noneMatch(x -> x.type().equals("CONCEDE"));
  }

  @Test
  void codesADealStruckWithSomeoneAsAnAgreementNotABlow() {
    Analysis a = analysis("struck-deal");
    assertThat(a.events()).noneMatch(e -> e.type().equals("ASSAULT"));
    Event e = only(a, "AGREE");
    assertThat(names(a, e.source())).containsExactly("Turkey");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void codesPressingOrBringingChargesAgainstSomeoneAsAnAccusationNotADemand() {
    Analysis pressed = analysis("pressed-charges");
    assertThat(pressed.events()).noneMatch(e -> e.type().equals("REQUEST"));
    assertThat(names(pressed, only(pressed, "ACCUSE").target())).containsExactly("Tom Lee");
    Analysis brought = analysis("brought-charges");
    Event e = only(brought, "ACCUSE");
    assertThat(names(brought, e.source())).containsExactly("Prosecutors");
    assertThat(names(brought, e.target())).containsExactly("Tom Lee");
  }

  @Test
  void codesOpeningAnInvestigationIntoSomeoneAndOpeningTalksWithThem() {
    Analysis probe = analysis("opened-investigation");
    Event e = only(probe, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("090");
    assertThat(names(probe, e.target())).containsExactly("Tom Lee");
    Analysis talks = analysis("opened-talks");
    assertThat(names(talks, only(talks, "CONSULT").target())).containsExactly("Russia");
  }

  @Test
  void codesLashingOutAtSomeoneAsCriticism() {
    Analysis a = analysis("lashed-out");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("111");
    assertThat(names(a, e.target())).containsExactly("Ana Ruiz");
  }

  @Test
  void codesRelinquishingControlToAnotherAsARetreatInTheirFavour() {
    Analysis a = analysis("relinquished");
    Event e = only(a, "RETREAT");
    assertThat(names(a, e.source())).containsExactly("Portugal");
    assertThat(names(a, e.target())).containsExactly("China");
  }

  @Test
  void codesCounterProtestingAsProtestingAgainstWhomItIsAimedAt() {
    Analysis a = analysis("counter-protesting");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("Students");
    assertThat(e.target()).hasSize(1);
  }

  @Test
  void aimsAProtestHeldOutsideABuildingAtTheBodyItHousesOrItsOwner() {
    Analysis embassy = analysis("protested-outside-embassy");
    assertThat(names(embassy, only(embassy, "PROTEST").target())).containsExactly("Russian embassy");
    Analysis parliament = analysis("rallied-outside-parliament");
    assertThat(names(parliament, only(parliament, "PROTEST").target())).containsExactly("Hungarian Parliament");
    Analysis country = analysis("protested-in-country");
    assertThat(names(country, only(country, "PROTEST").target())).containsExactly("Chile");
  }

  @Test
  void takesBareAuthoritiesAsAGroupThatActs() {
    Analysis a = analysis("bare-authorities-detain");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("authorities");
    assertThat(names(a, e.target())).containsExactly("journalists");
  }

  @Test
  void givesOneselfUpToWhomeverOneSurrendersTo() {
    Analysis authorities = analysis("surrendered-to-authorities");
    assertThat(names(authorities, only(authorities, "RETREAT").target())).containsExactly("authorities");
    Analysis police = analysis("surrendered-to-police");
    assertThat(names(police, only(police, "RETREAT").target())).containsExactly("police");
  }

  @Test
  void creditsThePoliceWithAnArrestNoOneIsNamedFor() {
    Analysis passive = analysis("arrested-by-no-one");
    Event e = only(passive, "COERCE");
    assertThat(names(passive, e.source())).containsExactly("police");
    assertThat(names(passive, e.target())).containsExactly("protesters");
    Analysis noun = analysis("arrest-of-suspect");
    Event n = only(noun, "COERCE");
    assertThat(names(noun, n.source())).containsExactly("police");
    assertThat(names(noun, n.target())).containsExactly("suspect");
  }

  @Test
  void takesAnUnnamedManAsAPerson() {
    Analysis a = analysis("detained-a-man");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("army");
    assertThat(names(a, e.target())).containsExactly("man");
    assertThat(actor(a, e.target().get(0)).kind()).isEqualTo(ActorKind.PERSON);
  }

  @Test
  void codesADeedCreditedToItsDoerWithNoTargetNamed() {
    Analysis a = analysis("attack-ascribed");
    Event e = a.events().stream().filter(x -> x.type().equals("ASSAULT") && !x.source().isEmpty()).findFirst()
        .orElseThrow();
    assertThat(names(a, e.source())).containsExactly("rebels");
  }

  @Test
  void codesWhatARelativeClauseTellsAsSoUnderAnAccusation() {
    Analysis a = analysis("accused-of-shooting-marchers");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("men");
    assertThat(names(a, e.target())).containsExactly("mayor");
  }

  @Test
  void aimsARefusalAtWhoeverMadeTheRequestJustBefore() {
    Analysis a = analysis("refused-subpoenas");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("John Smith", "Mary Jones");
    assertThat(names(a, e.target())).containsExactly("Senate Finance Committee");
  }

  @Test
  void givesProtestsInATownTheProtestersOfItsCountry() {
    Analysis a = analysis("protests-in-a-town");
    Event e = only(a, "PROTEST");
    assertThat(names(a, e.source())).containsExactly("protesters in Indonesia");
    assertThat(names(a, e.target())).containsExactly("Indonesia");
  }

  @Test
  void codesAnInvestigationWithNoOneNamedAsInvestigated() {
    Analysis a = analysis("investigating-a-fire");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("090");
    assertThat(names(a, e.source())).containsExactly("Police");
  }

  @Test
  void readsNoVisitInReceivingLoansAndNoAccusationInChargingForCosts() {
    assertThat(analysis("receive-loans").events()).noneMatch(e -> e.type().equals("CONSULT"));
    assertThat(analysis("charged-for-costs").events()).noneMatch(e -> e.type().equals("ACCUSE"));
  }

  @Test
  void aimsAProtestAtWhiteSupremacists() {
    Analysis a = analysis("against-supremacists");
    assertThat(names(a, only(a, "PROTEST").target())).containsExactly("white supremacists");
  }

  @Test
  void codesDisfiguringAsAnAssault() {
    Analysis a = analysis("tried-to-disfigure");
    Event e = only(a, "ASSAULT");
    assertThat(e.cameo()).isEqualTo("182");
    assertThat(names(a, e.source())).containsExactly("Ahmed Karim");
    assertThat(names(a, e.target())).containsExactly("Sara Malik");
  }

  @Test
  void takesParentsAsAGroupThatForgives() {
    Analysis a = analysis("parents-forgave");
    Event e = only(a, "SUPPORT");
    assertThat(e.cameo()).isEqualTo("056");
    assertThat(names(a, e.target())).containsExactly("gunman");
  }

  @Test
  void givesAGroupOfCoordinatedNationalitiesEveryCountryAndAMovementItsOwnCode() {
    Analysis a = analysis("coordinated-demonyms");
    Event e = only(a, "ASSAULT");
    assertThat(ActorCodes.codes(actor(a, e.source().get(0)), null)).containsExactly("AGOMIL", "CUBMIL");
    assertThat(code(a, e.target().get(0))).isEqualTo("AGOREBUNI");
  }

  @Test
  void readsATwoWordNationalityOnAThingAsItsCountry() {
    Analysis a = analysis("two-word-demonym");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.target())).containsExactly("Sri Lanka");
  }

  @Test
  void takesTheGovernmentOfACountryAsThatCountry() {
    Analysis a = analysis("government-of-country");
    assertThat(names(a, only(a, "REQUEST").source())).containsExactly("Chad");
  }

  @Test
  void aimsTheRecallOfAnAmbassadorAtTheCountryHeIsRecalledFrom() {
    Analysis a = analysis("recalled-ambassador-from");
    Event e = only(a, "SANCTION");
    assertThat(names(a, e.source())).containsExactly("Greece");
    assertThat(names(a, e.target())).containsExactly("Turkey");
  }

  @Test
  void codesAStateOfThePastAsTheStateThatHoldsItsSeat() {
    Analysis a = analysis("soviet-union");
    Event e = only(a, "ACCUSE");
    assertThat(code(a, e.source().get(0))).isEqualTo("RUS");
    assertThat(code(a, e.target().get(0))).isEqualTo("USA");
  }

  @Test
  void makesEachCountryWhoseLeadersMetAParticipant() {
    Analysis a = analysis("leaders-of-two-countries");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.source())).containsExactly("Egypt");
    assertThat(names(a, e.target())).containsExactly("Libya");
  }

  @Test
  void readsANationalityMisspeltByOneLetter() {
    Analysis a = analysis("misspelt-demonym");
    Event e = only(a, "ASSAULT");
    assertThat(code(a, e.source().get(0))).isEqualTo("ETHMIL");
    assertThat(code(a, e.target().get(0))).isEqualTo("SOMREB");
  }

  @Test
  void readsACountryNameMisspeltByOneLetterAsTheCountry() {
    Analysis a = analysis("misspelt-country");
    Event e = only(a, "ACCUSE");
    assertThat(code(a, e.source().get(0))).isEqualTo("ETH");
    assertThat(names(a, e.target())).containsExactly("Kenya");
  }

  @Test
  void makesWhoseWithdrawalIsDemandedTheTargetNotThePlaceTheyLeave() {
    Analysis a = analysis("withdrawal-of-troops-from");
    Event e = only(a, "REQUEST");
    assertThat(code(a, e.source().get(0))).isEqualTo("IGOARL");
    assertThat(names(a, e.target())).containsExactly("Syrian troops");
    assertThat(code(a, e.target().get(0))).isEqualTo("SYRMIL");
  }

  @Test
  void readsTheOneCalledOnAsTheObjectWhenOnIsParsedAsAParticle() {
    Analysis a = analysis("called-on-as-particle");
    Event e = only(a, "REQUEST");
    assertThat(code(a, e.source().get(0))).isEqualTo("ZAFPTYANC");
    assertThat(names(a, e.target())).containsExactly("South Africa");
  }

  @Test
  void codesLootingAsASeizureOfProperty() {
    Analysis a = analysis("looted-warehouse");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("171");
    assertThat(code(a, e.source().get(0))).isEqualTo("SOMREB");
  }

  @Test
  void codesSettingFireToABuildingAsDestructionOfPropertyInItsCountry() {
    Analysis a = analysis("set-fire-to");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("1712");
    assertThat(names(a, e.target())).containsExactly("Egypt");
  }

  @Test
  void codesAColdWarAllianceAsAnIntergovernmentalBody() {
    Analysis a = analysis("cold-war-pact");
    Event e = only(a, "ACCUSE");
    assertThat(code(a, e.source().get(0))).isEqualTo("IGOWAP");
    assertThat(code(a, e.target().get(0))).isEqualTo("IGONAT");
  }

  @Test
  void makesTheGiverOfWhatWasReceivedTheSourceAndTheReceiverTheTarget() {
    Analysis a = analysis("received-weapons-from");
    Event e = only(a, "AID");
    assertThat(e.cameo()).isEqualTo("072");
    assertThat(names(a, e.source())).containsExactly("United States");
    assertThat(names(a, e.target())).containsExactly("Kurdish fighters");
  }

  @Test
  void codesNoAidWhenNoGiverIsNamed() {
    assertThat(analysis("received-weapons-no-giver").events()).noneMatch(e -> e.type().equals("AID"));
  }

  @Test
  void codesEngagingTroopsInAFirefightAsFightingThem() {
    Analysis a = analysis("engaged-in-a-firefight");
    Event e = only(a, "ASSAULT");
    assertThat(e.cameo()).isEqualTo("193");
    assertThat(code(a, e.source().get(0))).isEqualTo("SDNREB");
    assertThat(code(a, e.target().get(0))).isEqualTo("UGAMIL");
  }

  @Test
  void codesEvidencePresentedAgainstACountryAsAnAccusation() {
    Analysis a = analysis("presented-evidence-against");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Ukraine");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void codesFoodAirliftedToRefugeesAsHumanitarianAid() {
    Analysis a = analysis("airlifted-food-to");
    Event e = only(a, "AID");
    assertThat(e.cameo()).isEqualTo("073");
    assertThat(names(a, e.source())).containsExactly("United Kingdom");
    assertThat(names(a, e.target())).containsExactly("Kurdish refugees");
  }

  @Test
  void codesTroopsPutOnAlertAlongABorderAsRaisedAlertAgainstTheNeighbour() {
    Analysis a = analysis("troops-put-on-alert");
    Event e = only(a, "MOBILIZE");
    assertThat(e.cameo()).isEqualTo("151");
    assertThat(names(a, e.source())).containsExactly("Iraq");
    assertThat(names(a, e.target())).containsExactly("Kuwait");
  }

  @Test
  void codesAnArrangementMadeWithAnotherSideAsAnAgreement() {
    Analysis a = analysis("arrangement-with");
    Event e = only(a, "AGREE");
    assertThat(names(a, e.target())).containsExactly("prosecutors");
    assertThat(e.date()).isEqualTo("2026-03");
  }

  @Test
  void givesAGerundAfterAPrepositionTheSubjectOfTheVerbAboveIt() {
    Analysis a = analysis("confessed-to-killing");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Carlos Mendes");
    assertThat(e.mode()).isEqualTo("asserted");
  }

  @Test
  void looksPastAOnePersonSubjectForWhomAPluralPronounStandsFor() {
    Analysis a = analysis("they-forgave-him");
    Event e = only(a, "SUPPORT");
    assertThat(e.cameo()).isEqualTo("056");
    assertThat(names(a, e.source())).containsExactly("parents");
    assertThat(names(a, e.target())).containsExactly("Tomas Berg");
  }

  @Test
  void releasesOnlyPeopleFromCustody() {
    assertThat(analysis("product-released").events()).noneMatch(e -> e.type().equals("RETREAT"));
    Event e = only(analysis("sailors-released"), "RETREAT");
    assertThat(e.cameo()).isEqualTo("0841");
  }

  @Test
  void takesAPlaceWhereTalksAreHeldForNoParticipant() {
    Analysis a = analysis("talks-in-geneva");
    Event e = only(a, "CONSULT");
    assertThat(names(a, e.target())).containsExactly("Antony Blinken");
    assertThat(analysis("talks-in-a-city").events()).noneMatch(ev -> ev.type().equals("CONSULT"));
  }

  @Test
  void readsWeSaidByASpokespersonAsTheBodySpokenFor() {
    Analysis a = analysis("we-said-by-spokesperson");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("European Commission");
    assertThat(names(a, e.target())).containsExactly("Serbia");
  }

  @Test
  void codesNoCallWhenTheVerbGivesALabelTheLexiconDoesNotKnow() {
    assertThat(analysis("called-a-moment").events()).isEmpty();
  }

  @Test
  void codesNoConsultationWithOnlyTheOneWhoWasCalled() {
    assertThat(analysis("service-was-called").events()).noneMatch(e -> e.type().equals("CONSULT"));
  }

  @Test
  void codesAnUnnamedHolderOfAnOfficeOfOneCountryAsThatCountry() {
    Analysis a = analysis("the-pope-urged");
    Event e = only(a, "REQUEST");
    assertThat(code(a, e.source().get(0))).startsWith("VAT");
    assertThat(names(a, e.target())).containsExactly("Italy");
  }

  @Test
  void readsAMinisterForAPortfolioAsAMinisterOfTheGovernment() {
    Analysis a = analysis("minister-for-foreign-affairs");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Sean Kelly");
    assertThat(code(a, e.source().get(0))).isEqualTo("IRLGOV");
  }

  @Test
  void codesSayingOneWouldNotNegotiateAsARefusalToNegotiate() {
    Analysis a = analysis("would-not-negotiate");
    Event e = only(a, "REJECT");
    assertThat(e.cameo()).isEqualTo("125");
    assertThat(names(a, e.source())).containsExactly("Kenya");
    assertThat(names(a, e.target())).containsExactly("rebels");
  }

  @Test
  void codesNoRefusalForTalksThatDidNotHappen() {
    Analysis a = analysis("did-not-negotiate");
    assertThat(only(a, "CONSULT").mode()).isEqualTo("negated");
    assertThat(a.events()).noneMatch(e -> e.type().equals("REJECT"));
  }

  @Test
  void codesSomeoneUnderInvestigationAsInvestigatedByThePolice() {
    Analysis a = analysis("put-under-investigation");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("090");
    assertThat(names(a, e.target())).containsExactly("Dutch journalist");
    assertThat(names(a, e.source())).containsExactly("police");
  }

  @Test
  void givesAnOfficeHolderTheCountryOfTheDescriptionBeforeTheName() {
    Analysis envoy = analysis("envoy-to-un-apposition");
    Event e = only(envoy, "ACCUSE");
    assertThat(names(envoy, e.source())).containsExactly("Paul Girard");
    assertThat(code(envoy, e.source().get(0))).startsWith("CAN");
    Analysis commander = analysis("commander-in-apposition");
    Event m = only(commander, "CONSULT");
    assertThat(names(commander, m.source())).containsExactly("Luc Morel");
    assertThat(code(commander, m.source().get(0))).isEqualTo("FRAMIL");
  }

  @Test
  void takesAnUnnamedMonkAsThePersonSentenced() {
    Analysis a = analysis("court-sentenced-monk");
    Event e = only(a, "COERCE");
    assertThat(code(a, e.source().get(0))).isEqualTo("VNMJUD");
    assertThat(names(a, e.target())).containsExactly("Buddhist monk");
  }

  @Test
  void aimsGroundRecapturedAtThoseItWasTakenFrom() {
    Analysis a = analysis("recaptured-from-rebels");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Malian army");
    assertThat(names(a, e.target())).containsExactly("Islamist rebels");
  }

  @Test
  void makesWhoeverFiresOnTroopsTheSourceOfTheAttackTheyCameUnder() {
    Analysis a = analysis("came-under-fire");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Kurdish militants");
    assertThat(names(a, e.target())).containsExactly("Turkish troops");
  }

  @Test
  void codesASuspendedMembershipAsASanctionOnTheMember() {
    Analysis a = analysis("suspended-membership");
    Event e = only(a, "SANCTION");
    assertThat(names(a, e.source())).containsExactly("African Union");
    assertThat(names(a, e.target())).containsExactly("Guinea");
  }

  @Test
  void codesAFineAsAnAdministrativeSanction() {
    Analysis a = analysis("fined-company");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("172");
    assertThat(names(a, e.source())).containsExactly("European Commission");
    assertThat(code(a, e.target().get(0))).startsWith("SWE");
  }

  @Test
  void codesARallyBrokenUpAsRepressionOfThoseWhoHeldIt() {
    Analysis a = analysis("broke-up-rally");
    Event e = only(a, "COERCE");
    assertThat(e.cameo()).isEqualTo("175");
    assertThat(names(a, e.source())).containsExactly("Belarusian police");
    assertThat(code(a, e.target().get(0))).startsWith("BLR");
  }

  @Test
  void takesAnArmyHelicopterForTheArmyOfTheStorysCountry() {
    Analysis a = analysis("shot-down-army-helicopter");
    Event e = only(a, "ASSAULT");
    assertThat(names(a, e.source())).containsExactly("Sudanese rebels");
    assertThat(code(a, e.target().get(0))).isEqualTo("SDNMIL");
  }

  @Test
  void givesAConvictionWithNoDoerNamedToACourt() {
    Analysis a = analysis("convicted-by-no-one");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("116");
    assertThat(names(a, e.source())).containsExactly("court");
    assertThat(names(a, e.target())).containsExactly("former mayor of Lyon");
  }

  @Test
  void readsALabelAfterAsThatTheParserHangsOnTheVerbAsAClause() {
    Analysis a = analysis("described-veto-as-label");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Ana Ruiz");
    assertThat(names(a, e.target())).containsExactly("governor");
  }

  @Test
  void codesInsultsAndDerisiveLabelsAsVerbalAttacks() {
    Analysis called = analysis("called-a-national-embarrassment");
    Event label = only(called, "ACCUSE");
    assertThat(names(called, label.source())).containsExactly("Tom Hale");
    assertThat(names(called, label.target())).containsExactly("Mary Price");
    Analysis insulted = analysis("insulted-as");
    Event insult = only(insulted, "ACCUSE");
    assertThat(names(insulted, insult.source())).containsExactly("Jo Brandt");
    assertThat(names(insulted, insult.target())).containsExactly("Ed Lowe");
  }

  @Test
  void codesChallengingSomeoneToActAsARequestOfThem() {
    Analysis a = analysis("challenged-to-name");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Ed Lowe");
    assertThat(names(a, e.target())).containsExactly("Jo Brandt");
  }

  @Test
  void findsTheMediatedPartiesInTheDisputeWhoseEndWasMediated() {
    Analysis a = analysis("mediated-end-to-dispute-between");
    Event e = only(a, "CONSULT");
    assertThat(e.cameo()).isEqualTo("045");
    assertThat(names(a, e.source())).containsExactly("Vatican City");
    assertThat(names(a, e.target())).containsExactly("Chile", "Argentina");
  }

  @Test
  void takesThePresidentOfACountryForThatCountrysPresidentNotTheLastPresidentNamed() {
    Analysis a = analysis("president-of-another-country");
    Event e = only(a, "SUPPORT");
    assertThat(names(a, e.source())).doesNotContain("Luis Arce");
    assertThat(actor(a, e.source().get(0)).country()).isEqualTo("KEN");
    assertThat(names(a, e.target())).containsExactly("Somalia");
  }

  @Test
  void givesASentenceWithNoDoerNamedToACourt() {
    Analysis a = analysis("sentenced-by-no-one");
    Event e = only(a, "COERCE");
    assertThat(names(a, e.source())).containsExactly("court");
    assertThat(names(a, e.target())).containsExactly("former mayor");
  }

  @Test
  void takesWhoseNomineeARefusalDeclinedToConsiderAsItsTarget() {
    Analysis a = analysis("refusal-to-consider-nominee");
    Event e = only(a, "REJECT");
    assertThat(names(a, e.source())).containsExactly("senators");
    assertThat(names(a, e.target())).containsExactly("Ed Lowe");
  }

  @Test
  void chargesTheOneWhoseAggressionAStatementNamesNotTheSpeakersOwnTroops() {
    Analysis a = analysis("responding-to-aggression");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Georgian officials");
    assertThat(names(a, e.target())).containsExactly("Russia");
  }

  @Test
  void stillChargesTheWinnerOfAVoteWonByVoterFraud() {
    Analysis a = analysis("voter-fraud-claim");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("Jo Brandt");
    assertThat(names(a, e.target())).containsExactly("Ed Lowe");
  }

  @Test
  void codesNoAgreementForAgreeingWithSomeonesOpinion() {
    assertThat(types(analysis("agreed-with-the-critics"))).doesNotContain("AGREE");
  }

  @Test
  void stillCodesAnAgreementWithSomeoneOnWhatIsAgreed() {
    Analysis a = analysis("agreed-with-on-ceasefire");
    Event e = only(a, "AGREE");
    assertThat(names(a, e.source())).containsExactly("Serbia");
    assertThat(names(a, e.target())).containsExactly("Kosovo");
  }

  @Test
  void codesNoAgreementForAgreeingToAnInterview() {
    assertThat(types(analysis("agreeing-to-an-interview"))).doesNotContain("AGREE");
  }

  @Test
  void codesNoOfferForOfferedCondolences() {
    assertThat(types(analysis("offered-condolences"))).doesNotContain("AGREE");
  }

  @Test
  void stillCodesAnOfferOfALoan() {
    Analysis a = analysis("offered-a-loan");
    Event e = only(a, "AGREE");
    assertThat(names(a, e.source())).containsExactly("Japan");
    assertThat(names(a, e.target())).containsExactly("Nepal");
  }

  @Test
  void codesNoAgreementForABusinessDealOrTheNewDeal() {
    assertThat(types(analysis("son-business-deals"))).doesNotContain("AGREE");
    assertThat(types(analysis("new-deal-programmes"))).doesNotContain("AGREE");
  }

  @Test
  void stillCodesATradeDealWithAnotherCountry() {
    Analysis a = analysis("trade-deal-with");
    Event e = only(a, "SUPPORT"); // signing a formal agreement, CAMEO 057
    assertThat(e.cameo()).isEqualTo("057");
    assertThat(names(a, e.source())).containsExactly("Kenya");
    assertThat(names(a, e.target())).containsExactly("Uganda");
  }

  @Test
  void codesNoAgreementForACommitmentToJustice() {
    assertThat(types(analysis("commitment-to-justice"))).doesNotContain("AGREE");
  }

  @Test
  void codesNoReleaseForLeavingHospital() {
    assertThat(types(analysis("released-from-hospital"))).doesNotContain("RETREAT");
  }

  @Test
  void stillCodesTheReleaseOfHostages() {
    Analysis a = analysis("released-hostages");
    Event e = only(a, "RETREAT");
    assertThat(e.cameo()).isEqualTo("0841");
    assertThat(names(a, e.source())).containsExactly("rebels");
  }

  @Test
  void codesNoWithdrawalForThoseLeftWithoutSomethingOrAThingLeftBehind() {
    assertThat(types(analysis("users-were-left"))).doesNotContain("RETREAT");
    assertThat(types(analysis("left-a-flag"))).doesNotContain("RETREAT");
  }

  @Test
  void codesNoDemobilisationForDisarmingAGunman() {
    assertThat(types(analysis("disarmed-the-gunman"))).doesNotContain("RETREAT");
  }

  @Test
  void stillCodesRebelsWhoDisarm() {
    Analysis a = analysis("rebels-disarmed");
    Event e = a.events().stream().filter(x -> x.cameo().equals("0873")).findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("FARC rebels");
  }

  @Test
  void takesTheNameInAppositionRatherThanTheCountryModifyingTheCommonNoun() {
    Analysis a = analysis("appositive-names-the-firm");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Nissan");
    assertThat(code(a, e.target().get(0))).startsWith("MEX");
  }

  @Test
  void codesSeekingLoansFromAGovernmentAsARequestForAid() {
    Analysis a = analysis("seeks-loans-from");
    Event e = only(a, "REQUEST");
    assertThat(e.cameo()).isEqualTo("023");
    assertThat(names(a, e.source())).containsExactly("Volvo");
    assertThat(code(a, e.target().get(0))).startsWith("SWE");
  }

  @Test
  void takesTheGiverOfReceivedLoansFromTheCountryNamedOnThem() {
    Analysis a = analysis("received-named-loans");
    Event e = only(a, "AID");
    assertThat(code(a, e.source().get(0))).startsWith("JPN");
    assertThat(names(a, e.target())).containsExactly("Toyota", "Honda");
  }

  @Test
  void codesNoAidForLoansReceivedFromAGovernmentNotNamed() {
    assertThat(types(analysis("received-government-loans"))).doesNotContain("AID");
  }

  @Test
  void readsACommitmentNotReceivedAsNoRefusalOfTheGiver() {
    Analysis a = analysis("not-received-commitment");
    assertThat(types(a)).doesNotContain("REJECT", "CONSULT");
    Event e = only(a, "AID");
    assertThat(e.mode()).isEqualTo("negated");
    assertThat(code(a, e.source().get(0))).startsWith("DEU");
    assertThat(names(a, e.target())).containsExactly("Tesla");
  }

  @Test
  void takesTheTargetOfAnInvestigationFromTheClauseGivingItsReason() {
    Analysis a = analysis("investigation-due-to");
    Event e = only(a, "ACCUSE");
    assertThat(names(a, e.source())).containsExactly("European Commission");
    assertThat(names(a, e.target())).containsExactly("Google");
  }

  @Test
  void makesRecordLabelsTheTargetOfADemand() {
    Analysis a = analysis("demanding-record-labels");
    Event e = only(a, "REQUEST");
    assertThat(names(a, e.source())).containsExactly("Spotify");
    assertThat(names(a, e.target())).containsExactly("record labels");
  }

  @Test
  void codesAFormalProtestAsAComplaintNotADemonstration() {
    Analysis a = analysis("formal-protest");
    assertThat(types(a)).doesNotContain("PROTEST");
    Event e = only(a, "ACCUSE");
    assertThat(e.cameo()).isEqualTo("114");
    assertThat(names(a, e.source())).containsExactly("Raytheon");
    assertThat(names(a, e.target())).containsExactly("Army");
  }

  @Test
  void codesPraiseOpeningASpeakersWordsAsSupportOfThePersonTheStoryIsAbout() {
    Analysis a = analysis("said-excellent-diplomat");
    Event e = only(a, "SUPPORT");
    assertThat(names(a, e.source())).containsExactly("Tom Reed");
    assertThat(names(a, e.target())).containsExactly("Carlos Lopez");
  }

  @Test
  void codesALabelSaidOfTheSpeechVerbsObjectAsItsEvent() {
    Analysis a = analysis("said-object-label");
    Event e = only(a, "SUPPORT");
    assertThat(names(a, e.source())).containsExactly("Ana Garcia");
    assertThat(names(a, e.target())).containsExactly("Ramos");
  }

  @Test
  void pressesTheSubjectOfTheUntilClauseWithAPromisedProtest() {
    Analysis a = analysis("threat-until-subject");
    Event e = only(a, "THREATEN");
    assertThat(names(a, e.source())).containsExactly("Lena Holm");
    assertThat(code(a, e.target().get(0))).startsWith("DNK");
  }

  @Test
  void takesWhomSomeoneMetFromAWithClauseTheParserMadeOfIt() {
    Analysis a = analysis("met-with-leaders-advocating");
    Event e = a.events().stream().filter(x -> x.type().equals("CONSULT") && x.text().contains("has met"))
        .findFirst().orElseThrow();
    assertThat(names(a, e.source())).containsExactly("Lena Holm");
    assertThat(names(a, e.target())).containsExactly("world leaders");
  }

  @Test
  void creditsAnAgentlessPassiveToTheBodyThatAnnouncedIt() {
    Analysis a = analysis("announced-agentless-passive");
    Event e = only(a, "CONCEDE");
    assertThat(names(a, e.source())).containsExactly("Ministry of Defence");
    assertThat(names(a, e.target())).containsExactly("Vanta Systems");
  }

  @Test
  void creditsAnAgentlessPassiveToNoPersonWhoMerelyReportedIt() {
    Analysis a = analysis("witness-agentless-passive");
    assertThat(a.events()).allSatisfy(e -> assertThat(names(a, e.source())).doesNotContain("witness"));
  }

  @Test
  void codesWorkingTogetherAsCooperationBetweenTheCoordinatedSubjects() {
    Analysis a = analysis("work-together-compound");
    Event e = only(a, "COOPERATE");
    assertThat(names(a, e.source())).containsExactly("Mexico");
    assertThat(names(a, e.target())).containsExactly("Peru");
  }

  @Test
  void codesWorkingTogetherOfThoseWhoAnnouncedIt() {
    Analysis a = analysis("work-together-pronoun");
    Event e = only(a, "COOPERATE");
    assertThat(names(a, e.source())).contains("Japan");
    assertThat(names(a, e.target())).contains("India");
  }

  @Test
  void codesDeliveredDosesOfVaccineAsAid() {
    Analysis a = analysis("delivered-vaccine-doses");
    Event e = only(a, "AID");
    assertThat(names(a, e.source())).singleElement().asString().contains("Red Cross");
    assertThat(names(a, e.target())).containsExactly("Haiti");
  }

  @Test
  void codesVaccinesSentToACountryAsAid() {
    Analysis a = analysis("sent-vaccines");
    Event e = only(a, "AID");
    assertThat(names(a, e.source())).containsExactly("China");
    assertThat(names(a, e.target())).containsExactly("Peru");
  }

  private static String code(Analysis a, String id) {
    return ActorCodes.code(actor(a, id));
  }
}
