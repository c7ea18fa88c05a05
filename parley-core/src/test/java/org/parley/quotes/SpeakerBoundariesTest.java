package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.quotes.FoundQuotes.indirect;
import static org.parley.quotes.FoundQuotes.indirectSpeakers;
import static org.parley.quotes.FoundQuotes.quote;
import static org.parley.quotes.FoundQuotes.speakerName;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Where one speaker's words end and the next speaker's begin: tags after a quote that belong to a new sentence, names
 * before a colon, subjects and clauses the parser misplaces, and documents that speak for their authors. On the frozen
 * annotation of parley-corenlp's {@code speaker-boundaries.txt}.
 */
class SpeakerBoundariesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/speaker-boundaries.annotated.json");
  }

  @Test
  void doesNotTakeTheNextSentencesOwnReportAsTheTagOfAQuoteEndingInAFullStop() {
    String words = "Nobody expected the vote to pass. But the members backed the plan in the end.";
    assertThat(speakerName(doc, quote(doc, words))).isEqualTo("Lena Voss");
  }

  @Test
  void doesNotTakeAClauseWithItsOwnVerbAfterAQuoteAsItsTag() {
    assertThat(speakerName(doc, quote(doc, "We cannot accept this outcome. The yard at home was ready.")))
        .isEqualTo("Ida Brandt");
  }

  @Test
  void attributesAQuoteToTheSubjectNotToARelativeClauseWhoseVerbSaysNothing() {
    assertThat(speakerName(doc, quote(doc,
        "We are shocked that the Coast Guard tapped a European company to provide a ferry to our navy.")))
        .isEqualTo("Petra Lind");
  }

  @Test
  void takesHailingFromAPlaceAsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("hails from"));
  }

  @Test
  void letsAGroupOfPoliticiansSpeakAsAGroup() {
    assertThat(speakerName(doc, quote(doc, "We will demand answers from the ministry."))).contains("politicians");
  }

  @Test
  void takesAParticipleUsedAsAPrepositionAsNoCue() {
    assertThat(doc.quotes()).noneMatch(q -> "regarding".equals(q.cue()));
    assertThat(doc.quotes()).noneMatch(q -> "Kestrel Air".equals(speakerName(doc, q)));
  }

  @Test
  void attributesAQuoteAfterANameAndAColonToThatName() {
    assertThat(speakerName(doc, quote(doc, "We should wait until Monday before we answer them.")))
        .isEqualTo("Anna Berg");
    assertThat(quote(doc, "Agreed, send them nothing yet.").kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(speakerName(doc, quote(doc, "Agreed, send them nothing yet."))).isEqualTo("Tomas Ek");
  }

  @Test
  void takesANameBeforeAColonAfterAVerbAsTheListener() {
    assertThat(speakerName(doc, quote(doc, "Hold the figures until Monday."))).isEqualTo("Tomas Ek");
  }

  @Test
  void creditsALetterToItsSenderNotItsAddressee() {
    assertThat(indirectSpeakers(doc, "the council to delay the vote")).containsOnly("Vento Group");
  }

  @Test
  void prefersTheNamedPersonOfTwoSubjectsTheParserGaveACue() {
    assertThat(speakerName(doc, quote(doc, "put all our resources behind this program."))).isEqualTo("Rafael Ortiz");
  }

  @Test
  void givesAGerundSetOffAfterAnEmbeddedQuestionToTheMainSubject() {
    assertThat(indirectSpeakers(doc, "the aim was to cut costs first")).containsOnly("Nora Falk");
  }

  @Test
  void givesAQuoteUnderABeliefInsideAStatementToTheOneWhoStatesIt() {
    assertThat(speakerName(doc, quote(doc, "a fair return for taxpayers."))).isEqualTo("Nora Falk");
  }

  @Test
  void reportsTheWholeListThatEndsAStatement() {
    assertThat(indirect(doc, "the plan had the backing of")).singleElement()
        .satisfies(q -> assertThat(q.text()).endsWith("most of the creditors"));
  }

  @Test
  void letsABareTheReportSpeakForTheAuthorOfTheDocumentBefore() {
    assertThat(indirectSpeakers(doc, "the port authority had hidden the price")).singleElement()
        .satisfies(name -> assertThat(name).contains("Herald"));
    assertThat(indirectSpeakers(doc, "half of the ferries had faulty lifeboats")).singleElement()
        .satisfies(name -> assertThat(name).contains("Red Cross"));
  }

  @Test
  void reportsTheWholeClauseAfterAnOpeningAccordingToTheParserHungOnItsSubject() {
    assertThat(indirect(doc, "treatment for any possible infection")).singleElement()
        .satisfies(q -> assertThat(q.text()).endsWith("over a ten day period"));
  }

  @Test
  void letsDefendantsSpeakAsAGroup() {
    assertThat(indirectSpeakers(doc, "the guard had first reported a theft")).containsOnly("defendants");
  }

  @Test
  void takesALowerCaseQuoteAfterAQuestionAsWordsSaidOfIt() {
    assertThat(quote(doc, "better put to the finance ministry").kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(speakerName(doc, quote(doc, "better put to the finance ministry"))).isEqualTo("Nora Falk");
    assertThat(quote(doc, "Who pays for the harbour?").kind()).isEqualTo(QuoteKind.TERM);
  }
}
