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
 * Who the speaker is when the sentence names others beside them: the listener, venue or host of the words, the
 * members of a group that speaks jointly, two officials of one body; and a quotation that stands alone after the
 * sentences that name its speaker. On the frozen annotation of parley-corenlp's {@code speaker-resolution.txt}.
 */
class SpeakerResolutionTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/speaker-resolution.annotated.json");
  }

  @Test
  void creditsWordsToldToAnOutletToTheOneWhoToldThem() {
    assertThat(speakerName(covering("the budget would pass next month"))).isEqualTo("Helga Strand");
    assertThat(speakerName(quote("We are not afraid of sanctions,"))).isEqualTo("Helga Strand");
  }

  @Test
  void neverTakesTheReportersOrTheirVenueAsTheSpeaker() {
    assertThat(speakerName(covering("the deficit was shrinking"))).isEqualTo("Helga Strand");
  }

  @Test
  void resolvesASurnameTaggedAsACommonNounAtTheHeadOfASentence() {
    assertThat(doc.actors()).filteredOn(a -> a.name().equals("Helga Strand")).singleElement()
        .satisfies(a -> assertThat(a.mentions()).hasSizeGreaterThan(1));
  }

  @Test
  void creditsASpeakerAtAForumHostedByAnotherBody() {
    assertThat(speakerName(covering("the border was calm"))).isEqualTo("Omar Haddad");
    assertThat(speakerName(quote("We will sign before the summer,"))).isEqualTo("Omar Haddad");
  }

  @Test
  void creditsASpeakerInterviewedByAnOutletNotTheOutlet() {
    assertThat(speakerName(covering("the army would withdraw by spring"))).isEqualTo("Omar Haddad");
  }

  @Test
  void reportsNoStatementMadeOnlyOfWhereAndWhenItWasSaid() {
    assertThat(doc.quotes()).noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("Atlantic Forum"));
    assertThat(doc.quotes()).noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("Carnegie"));
  }

  @Test
  void creditsAJointStatementToTheGroupNotACountryItNames() {
    assertThat(speakerName(covering("Belarus's actions at the border"))).isEqualTo("foreign ministers");
    assertThat(speakersOf("the whole region")).containsOnly("leaders");
  }

  @Test
  void creditsAStatementSayingSomethingToWhoeverIssuedIt() {
    assertThat(speakersOf("Russia's troop movements were deeply worrying")).containsOnly("foreign ministers");
  }

  @Test
  void creditsAStatementSignedByAGroupToTheGroupNotTheFirstMember() {
    assertThat(speakersOf("China's military drills were a threat")).containsOnly("leaders");
  }

  @Test
  void givesAQuoteParagraphTheSpeakerOfTheParagraphBefore() {
    Quote q = quote("We will rebuild every single house, and we will do it this year.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Ines Duarte");
  }

  @Test
  void carriesTheSpeakerAcrossASentenceAboutTheSamePerson() {
    assertThat(speakerName(quote("This is a disgrace to the people of this city."))).isEqualTo("Paul Okafor");
  }

  @Test
  void resolvesAnOfficeToItsHolderNotToTheLastSpeakerOfTheSameBody() {
    assertThat(speakerName(covering("inflation would fall"))).isEqualTo("Victor Kane");
    assertThat(speakerName(covering("interest rates would stay high"))).isEqualTo("Elena Marsh");
  }

  @Test
  void neverTakesThePlatformAPostWentOutOnAsTheSpeaker() {
    assertThat(speakerName(quote("The agreement gives away far too much and secures almost nothing in return.")))
        .isEqualTo("Nadia Berg");
  }

  @Test
  void creditsAPassiveDescriptionToItsAgent() {
    assertThat(speakerName(quote("ruthless"))).isEqualTo("coast guard");
  }

  @Test
  void creditsAQuoteWithinAQuoteToTheSpeakerTheOuterQuoteNames() {
    assertThat(speakerName(quote("Not before the holidays."))).isEqualTo("Elena Marsh");
    assertThat(speakerName(quote("I asked for a vote and Governor Marsh said, 'Not before the holidays.' We left without "
        + "one."))).isEqualTo("Paul Okafor");
  }

  @Test
  void letsAnUnnamedPersonSpeakUnderWhatTheTextCallsThem() {
    assertThat(speakerName(covering("the bridge had shaken"))).isEqualTo("eyewitness");
    assertThat(speakerName(covering("he had been at home all evening"))).isEqualTo("suspect");
  }

  @Test
  void reportsWhatALawSpecifies() {
    assertThat(speakerName(covering("an election must be held within ninety days"))).isEqualTo("Constitution");
  }

  @Test
  void creditsWordsQuotedByAnOutletToWhoeverItQuoted() {
    assertThat(speakersOf("the army would stay on the ridge")).containsOnly("Omar Haddad");
    assertThat(speakersOf("the talks had failed")).containsOnly("Omar Haddad");
  }

  @Test
  void reportsNoStatementMadeOnlyOfTheListener() {
    assertThat(doc.quotes()).noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("evening programme"));
    assertThat(speakerName(quote("We are ready to talk,"))).isEqualTo("Helga Strand");
  }

  private static Quote quote(String words) {
    return FoundQuotes.quote(doc, words);
  }

  /** The first reported statement (indirect) whose span contains the words. */
  private static Quote covering(String words) {
    List<Quote> found = indirect(words);
    assertThat(found).as("indirect quotes containing \"%s\" among %s", words, FoundQuotes.texts(doc)).isNotEmpty();
    return found.get(0);
  }

  /** The speakers of every reported statement that contains the words. */
  private static List<String> speakersOf(String words) {
    assertThat(indirect(words)).as("indirect quotes containing \"%s\"", words).isNotEmpty();
    return indirect(words).stream().map(SpeakerResolutionTest::speakerName).toList();
  }

  private static List<Quote> indirect(String words) {
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(words)).toList();
  }

  private static @Nullable String speakerName(Quote q) {
    return FoundQuotes.speakerName(doc, q);
  }
}
