package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;
import org.parley.util.Nullable;

/**
 * Quotes whose tag is no speech verb of their own, on the frozen annotation of parley-corenlp's
 * {@code quote-layouts.txt}: a quote after 'spoke on the radio,' or 'speaking on television:', and a quote that
 * opens the sentence after one where someone spoke.
 */
class QuoteLayoutsTest {
  private static Analysis layouts;

  @BeforeAll
  static void extract() {
    layouts = Frozen.analysis("annotated/quote-layouts.annotated.json");
  }

  @Test
  void creditsAQuoteAfterSpokeOnTheRadioToTheOneWhoSpoke() {
    Quote q = quote("We will rebuild the bridge before the spring floods arrive.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Hanna Lindgren");
  }

  @Test
  void creditsAQuoteAfterASpeakingClauseAndAColonToTheSubject() {
    Quote q = quote("Nothing has been agreed and nothing will be signed this week.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Eva Strand");
  }

  @Test
  void creditsAnUntaggedQuoteToTheSpeakerOfTheSentenceBefore() {
    Quote q = quote("This plan takes money from schools and gives it to nobody we can name.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(q)).isEqualTo("Oskar Brandt");
  }

  private static Quote quote(String words) {
    return FoundQuotes.quote(layouts, words);
  }

  private static @Nullable String speakerName(Quote q) {
    return FoundQuotes.speakerName(layouts, q);
  }
}
