package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;
import org.parley.util.Nullable;

/**
 * Attribution constructions seen in news reports, one sentence each, on the frozen annotation of parley-corenlp's
 * {@code attribution-cases.txt}: no models.
 */
class AttributionCasesTest {
  private static Analysis cases;

  @BeforeAll
  static void extract() {
    cases = Frozen.analysis("annotated/attribution-cases.annotated.json");
  }

  @Test
  void creditsReportedSpeechToTheNameBeforeAnAsideBetweenCommas() {
    Quote q = covering("the reforms would take years");
    assertThat(speakerName(q)).isEqualTo("Marta Kowalczyk");
  }

  @Test
  void takesTheObjectOfANonListenerVerbAsPartOfWhatWasSaid() {
    Quote q = covering("Portugal was to join the scheme");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(speakerName(q)).contains("agency");
  }

  @Test
  void attributesAQuoteTaggedWithContinuedToThePersonBefore() {
    Quote q = quote("Our doors remain open to every neighbour,");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Tomas Lindqvist");
  }

  @Test
  void takesAShortCapitalisedQuoteAfterAPrepositionAsAName() {
    Quote q = quote("Clean Rivers Now");
    assertThat(q.kind()).isEqualTo(QuoteKind.TERM);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void takesACapitalisedClauseRightAfterSayingAsDirect() {
    Quote q = quote("It protects our pilots and parliament approved it");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Carla Ruiz");
  }

  @Test
  void attributesAQuoteToTheSubjectOfItsClauseNotToTheOwnerOfAnotherStatement() {
    Quote q = quote("a fantasy");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerName(q)).isEqualTo("Paul Hale");
  }

  @Test
  void doesNotReportWhatAReplyAnswersAsItsContent() {
    assertThat(cases.quotes()).noneMatch(q -> q.kind() == QuoteKind.INDIRECT
        && q.text().startsWith("to the mayor's statement"));
  }

  @Test
  void reportsAShortNounPhraseDeniedByTwoCountries() {
    Quote q = covering("any involvement");
    assertThat(speakerName(q)).isIn("Peru", "Chile");
  }

  @Test
  void reportsWhatSomeoneWasCreditedWith() {
    assertThat(covering("local volunteers with saving the harbour").kind()).isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void letsAChannelNamedInCapitalsSpeakUnderItsOwnName() {
    Quote q = covering("the bridge had been closed since the storm");
    assertThat(speakerName(q)).isEqualTo("KTV4");
  }

  @Test
  void reportsWhatCriticsClaimAsSpeechOfTheGroup() {
    Quote q = covering("this is a tactic to delay the vote");
    assertThat(speakerName(q)).containsIgnoringCase("critics");
  }

  @Test
  void creditsUnnamedOfficialsToTheCountryTheyActFor() {
    assertThat(speakerName(covering("the measure was temporary"))).isEqualTo("Norway");
  }

  @Test
  void letsABareOfficeSpeakForTheOrganisationJustNamed() {
    assertThat(speakerName(covering("avoid the port area"))).isEqualTo("World Health Organization");
  }

  @Test
  void reportsAStatementToTheEffectThatAsTheOwnersSpeech() {
    Quote q = covering("the festival would go ahead");
    assertThat(q.text()).isEqualTo("the festival would go ahead");
    assertThat(speakerName(q)).containsIgnoringCase("council");
  }

  @Test
  void reportsTheObjectBeforeAColonAndQuotesWhatFollowsSeparately() {
    assertThat(covering("the fuel proposal outright").text()).doesNotContain("bread");
    assertThat(speakerName(quote("We will not raise taxes on bread."))).isEqualTo("Lena Berg");
  }

  @Test
  void letsASpokesmanForAnUnknownBodySpeakForTheBody() {
    assertThat(speakerName(covering("the fishing boats had left the bay"))).isEqualTo("Harbour Watch");
  }

  @Test
  void letsAnOutletNamedInWordsSpeakUnderItsName() {
    assertThat(speakerName(covering("the mayor had resigned after the vote"))).contains("Baltica");
  }

  @Test
  void givesAPurposeClauseTheSpeakerOfItsSentence() {
    assertThat(speakerName(covering("the volunteers of the coast guard"))).isEqualTo("Lena Berg");
  }

  private static Quote quote(String words) {
    return FoundQuotes.quote(cases, words);
  }

  /** The reported statement (indirect) whose span contains the words. */
  private static Quote covering(String words) {
    List<Quote> found = cases.quotes().stream()
        .filter(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(words)).toList();
    assertThat(found).as("indirect quotes containing \"%s\" among %s", words, texts()).isNotEmpty();
    return found.get(0);
  }

  private static List<String> texts() {
    return FoundQuotes.texts(cases);
  }

  private static @Nullable String speakerName(Quote q) {
    return FoundQuotes.speakerName(cases, q);
  }
}
