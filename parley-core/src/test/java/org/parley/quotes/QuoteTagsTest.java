package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Tags that name a quote's speaker in ways the parse or the cue lexicon used to miss: an inverted tag between the
 * two halves of a quote that the parser hangs on the second half ('"...," says X, "and ..."'), verbs of telling
 * that only tag ("quipped", "recounted", "reacted on Twitter"), a document that "read" or "said" the words on its
 * owner's behalf ("the union's statement read"), and a sentence about a person that a colon hands to the quote. On
 * the frozen annotation of parley-corenlp's {@code quote-tags.txt}.
 */
class QuoteTagsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/quote-tags.annotated.json");
  }

  private static String speakerOf(String words) {
    return FoundQuotes.speakerName(doc, FoundQuotes.marked(doc, words));
  }

  @Test
  void anInvertedTagThatTheParserHangsOnTheSecondHalfStillNamesTheSpeaker() {
    assertThat(speakerOf("nine members with a fixed term")).isEqualTo("Karl Marsh");
    assertThat(speakerOf("three new members should be teachers")).isEqualTo("Karl Marsh");
  }

  @Test
  void quippingTagsAQuoteOnEitherSide() {
    assertThat(speakerOf("You need a thick skin")).isEqualTo("Dana Holt");
    assertThat(speakerOf("The coffee was the best part")).isEqualTo("Ivo Sand");
  }

  @Test
  void recountingTagsTheQuoteAfterIt() {
    Quote q = FoundQuotes.marked(doc, "We poured the concrete");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Lena Brandt");
  }

  @Test
  void reactingOnlineTagsTheQuoteAfterIt() {
    assertThat(speakerOf("A sad day for the valley")).isEqualTo("Omar Vance");
  }

  @Test
  void aStatementThatReadsTheWordsIsItsOwnersQuote() {
    assertThat(speakerOf("Members will return to work")).isEqualTo("Valley Teachers Union");
    assertThat(speakerOf("Parents should check with their school")).isEqualTo("Education Ministry");
  }

  @Test
  void aColonHandsTheQuoteToThePersonTheSentenceIsAbout() {
    assertThat(speakerOf("both councils should share one budget")).isEqualTo("Ruth Adeyemi");
  }

  @Test
  void aWrittenStatementTagsTheQuoteBeforeItAndTheOneAfter() {
    assertThat(speakerOf("It was a fine season")).isEqualTo("Tomas Berg");
    assertThat(speakerOf("They never gave up")).isEqualTo("Tomas Berg");
  }

  @Test
  void aPersonNamedAfterHerEmployerAndTitleInAnInvertedTagSpeaks() {
    assertThat(speakerOf("Nobody reads the minutes")).isEqualTo("Mina Okafor");
  }

  @Test
  void aPronounTaggingAQuoteIsThePersonTheSentenceBeforeIntroduced() {
    assertThat(speakerOf("We lost three schools")).isEqualTo("Paul Brenner");
  }

  @Test
  void aPronounTaggingAQuoteAfterASentenceAboutAThingIsTheLastSpeaker() {
    assertThat(speakerOf("We will keep every school open")).isEqualTo("Ben Aldous");
  }

  @Test
  void aSentenceOfNarrativeBetweenTwoQuotationsIntroducesTheNextSpeaker() {
    assertThat(speakerOf("Sales will pick up by spring")).isEqualTo("Rosa Lind");
    assertThat(speakerOf("We rule nothing out")).isEqualTo("Otto Brandt");
  }

  @Test
  void enthusingTagsTheQuoteBeforeIt() {
    assertThat(speakerOf("This is the finest squad")).isEqualTo("Ilse Varga");
  }

  @Test
  void aSurnameInATagIsThePersonOfThatSurname() {
    assertThat(speakerOf("We will ship twice as much grain")).isEqualTo("Maria Banks");
  }

  @Test
  void aTagAfterAQuotationEndingInAFullStopNamesItsSpeakerThoughAnotherQuotationFollows() {
    assertThat(speakerOf("This is a painful but necessary step")).isEqualTo("Lena Koss");
    assertThat(speakerOf("We will not let the industry simply disappear")).isEqualTo("Lena Koss");
  }
}
