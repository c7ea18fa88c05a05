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
 * Quotes within quotes, on the frozen annotation of parley-corenlp's {@code nested-quotes.txt}: the inner quote is
 * found besides the outer one and relayed by the outer quote's speaker.
 */
class NestedQuotesTest {
  private static Analysis nested;

  @BeforeAll
  static void extract() {
    nested = Frozen.analysis("annotated/nested-quotes.annotated.json");
  }

  @Test
  void keepsTheOuterQuoteWholeAroundAnInnerSentence() {
    Quote outer = quote("The fishermen told me, 'We cannot wait another winter.' I agree with them,");
    assertThat(outer.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(outer)).isEqualTo("Ines Vaaler");
  }

  @Test
  void creditsAnInnerSentenceToTheSpeakerOfTheQuoteAroundIt() {
    Quote inner = quote("We cannot wait another winter.");
    assertThat(inner.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(inner)).isEqualTo("Ines Vaaler");
  }

  @Test
  void takesAnInnerPhraseAsAPartialQuoteOfTheOuterSpeaker() {
    Quote inner = quote("a temporary fix");
    assertThat(inner.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerName(inner)).isEqualTo("Piet Dorland");
  }

  @Test
  void findsAnInnerQuoteInsideAPartialQuote() {
    Quote inner = quote("ready for ships");
    assertThat(inner.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(inner.speaker()).isEqualTo(quote("finally 'ready for ships' after years of delay.").speaker());
  }

  private static Quote quote(String words) {
    return FoundQuotes.quote(nested, words);
  }

  private static @Nullable String speakerName(Quote q) {
    return FoundQuotes.speakerName(nested, q);
  }
}
