package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Reported speech without quotation marks in the constructions news uses: passives, "X quoted Y as saying", speech
 * nouns owned by a body, findings and beliefs with their clauses, requested speech that was never made, listeners of
 * more than one word, relative clauses and time phrases before what was said; and quotations that open with an
 * editor's bracket or follow "nicknamed the". On the frozen annotation of
 * parley-corenlp's {@code reported-speech.txt}.
 */
class ReportedSpeechTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-speech.annotated.json");
  }

  @Test
  void aPassiveCueWithoutAnAgentGivesItsSubjectNoVoice() {
    assertThat(doc.quotes()).noneMatch(q -> "praised".equals(q.cue()) || "said".equals(q.cue())
        && q.text().contains("finalists"));
  }

  @Test
  void aPassiveEvaluationInAStatementBySomeoneIsTheirs() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "toll was condemned")).containsOnly("Norway");
  }

  @Test
  void quotedAsSayingCreditsTheOneQuotedNotTheOutlet() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the fleet was ready")).containsOnly("Henrik Sorensen");
  }

  @Test
  void aNewspaperNamedPostIsNoSpeechNoun() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "told investigators about the payments")).contains("The Washington Post");
  }

  @Test
  void aStatementNamedAfterItsBodyIsTheBodys() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the talks would resume in May")).containsOnly("White House");
  }

  @Test
  void anIndefiniteTitleIsSomeoneNewNotThePersonNamedBefore() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the contract was void")).containsOnly("judge");
  }

  @Test
  void aDecisionToActIsNoFinding() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("postpone the vote"));
  }

  @Test
  void speechSomeoneWasAskedForIsNotReportedAsMade() {
    assertThat(doc.quotes()).noneMatch(q -> "explain".equals(q.cue()));
  }

  @Test
  void reaffirmingAndCounteringReportTheirClauses() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the pipeline is open to all neighbours")).containsOnly("Anton Veld");
    assertThat(FoundQuotes.indirectSpeakers(doc, "would never pay for itself")).containsOnly("Rita Moss");
  }

  @Test
  void aBeliefWithItsClauseIsReported() {
    assertThat(FoundQuotes.indirect(doc, "the agreement will survive the election")).singleElement()
        .satisfies(q -> assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Kari Halvorsen"));
  }

  @Test
  void accordingToAMemoBySomeoneReportsTheClauseWithoutThePhrase() {
    Quote q = FoundQuotes.indirect(doc, "the hearing was cancelled").get(0);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Paula Grint");
    assertThat(q.text()).isEqualTo("the hearing was cancelled");
  }

  @Test
  void peopleAfterWithSpeakThroughTheGerund() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "investors feared a recession")).containsOnly("analysts");
  }

  @Test
  void aPresentParticipleBeforeItsNounIsNoCue() {
    assertThat(doc.quotes()).noneMatch(q -> "ruling".equals(q.cue()));
  }

  @Test
  void theOneReportedOnIsNotTheReporter() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "to be in hiding")).doesNotContain("Karl Meyer");
  }

  @Test
  void aListenerOfSeveralWordsIsNotWhatWasSaid() {
    assertThat(FoundQuotes.indirect(doc, "the talks had stalled")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the talks had stalled"));
  }

  @Test
  void aRelativeClauseReportsWhatTheSpeakerSaidItWas() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "a blueprint for the decade")).containsOnly("Rita Moss");
  }

  @Test
  void whenItWasReportedIsSkippedBeforeWhatWasReported() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the port had lost its licence")).containsOnly("Herald");
  }

  @Test
  void pluralBodiesSpeakAsAGroup() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "would meet again in June")).containsOnly("two parties");
  }

  @Test
  void aQuotationOpeningWithAnEditorsBracketIsASentence() {
    Quote q = FoundQuotes.quote(doc, "[W]e will not wait for the courts,");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Anton Veld");
  }

  @Test
  void aNicknameAfterAnArticleIsATerm() {
    assertThat(FoundQuotes.quote(doc, "Silver Snake").kind()).isEqualTo(QuoteKind.TERM);
  }
}
