package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Whose a quotation is when the sentence around it has a speaker of its own: a relative clause with its own subject,
 * a label the quotation stands for, a name quoted inside someone's quotation. On the frozen annotation of
 * parley-corenlp's {@code quote-owners.txt}.
 */
class QuoteOwnersTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/quote-owners.annotated.json");
  }

  @Test
  void creditsAQuoteInARelativeClauseToThatClausesSubject() {
    for (String words : new String[] {"farce", "circus"}) {
      Quote q = FoundQuotes.quote(doc, words);
      assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
      assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Marco Vidal");
    }
  }

  @Test
  void treatsAQuotedQuestionAfterTheWordQuestionAsATermWithNoSpeaker() {
    Quote q = FoundQuotes.quote(doc, "Do you own a car?");
    assertThat(q.kind()).isEqualTo(QuoteKind.TERM);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void treatsAQuotedSloganAsATermWithNoSpeaker() {
    Quote q = FoundQuotes.quote(doc, "Bread and Peace");
    assertThat(q.kind()).isEqualTo(QuoteKind.TERM);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void treatsANameQuotedAfterAPrepositionInsideAQuotationAsATerm() {
    assertThat(FoundQuotes.quote(doc, "Valhalla").kind()).isEqualTo(QuoteKind.TERM);
    Quote plans = FoundQuotes.quote(doc, "plans");
    assertThat(plans.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(FoundQuotes.speakerName(doc, plans)).isEqualTo("Omar Haddad");
  }
}
