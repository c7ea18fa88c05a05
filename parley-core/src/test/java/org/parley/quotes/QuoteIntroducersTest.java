package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Quotations introduced by other frames than a plain 'X said "..."', and reported statements followed by narration.
 * Words a document or an unnamed member of a group said are speech, not terms ('the letter alleged its aim was to
 * "..."', 'one of the workers said "..."'); what a speaker reported ends where the narrator's own clause begins
 * (', but later ...', ', while Y ...', the main clause after 'When X announced ...').
 * On the frozen annotation of parley-corenlp's {@code quote-introducers.txt}.
 */
class QuoteIntroducersTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/quote-introducers.annotated.json");
  }

  @Test
  void wordsADocumentAllegesAreSpeechEvenWithNoSpeakerNamed() {
    assertThat(FoundQuotes.quote(doc, "cut wages and push out the older staff").kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(FoundQuotes.quote(doc, "sell the land to developers without a vote").kind())
        .isEqualTo(QuoteKind.PARTIAL);
  }

  @Test
  void aQuotedNameInsideReportedContentStaysATerm() {
    assertThat(FoundQuotes.quote(doc, "ghost ships").kind()).isEqualTo(QuoteKind.TERM);
  }

  @Test
  void aQuotationAfterAMemoClaimedIsTheOwnersSpeech() {
    var q = FoundQuotes.quote(doc, "the site has lost money for six years and cannot be saved by any new investment");
    assertThat(q.kind()).isNotEqualTo(QuoteKind.TERM);
  }

  @Test
  void oneMemberOfAGroupSpeaksAsAnUnnamedPerson() {
    var q = FoundQuotes.quote(doc, "we were told nothing until the gates were locked this morning");
    assertThat(q.kind()).isNotEqualTo(QuoteKind.TERM);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("One of the workers");
    var nested = FoundQuotes.quote(doc, "a cost to be trimmed");
    assertThat(FoundQuotes.speakerName(doc, nested)).isEqualTo("One of the nurses");
  }

  @Test
  void aLaterStepSetOffByButIsNotPartOfWhatWasHinted() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the plant would reopen in the autumn")).containsOnly("Lena Ortiz");
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("withdrew"));
  }

  @Test
  void aWhileClauseWithItsOwnSubjectIsNarration() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the talks had been useful")).containsOnly("Paul Grant");
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("walked out"));
  }

  @Test
  void aQuotationBeforeAWhileClauseIsNotTaggedByThatClausesSpeaker() {
    var q = FoundQuotes.quote(doc, "was a serious mistake,");
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Ruth Moss");
    assertThat(FoundQuotes.indirect(doc, "serious mistake")).noneMatch(r -> r.text().contains("praised"));
  }

  @Test
  void theMainClauseAfterAWhenClauseIsNotWhatWasAnnounced() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("joined the race"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "her retirement")).containsOnly("Ada Lund");
    assertThat(FoundQuotes.indirect(doc, "the budget would be cut")).extracting(q -> q.text())
        .containsOnly("the budget would be cut");
  }
}
