package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    assertThat(speakersOf("toll was condemned")).containsOnly("Norway");
  }

  @Test
  void quotedAsSayingCreditsTheOneQuotedNotTheOutlet() {
    assertThat(speakersOf("the fleet was ready")).containsOnly("Henrik Sorensen");
  }

  @Test
  void aNewspaperNamedPostIsNoSpeechNoun() {
    assertThat(speakersOf("told investigators about the payments")).contains("The Washington Post");
  }

  @Test
  void aStatementNamedAfterItsBodyIsTheBodys() {
    assertThat(speakersOf("the talks would resume in May")).containsOnly("White House");
  }

  @Test
  void anIndefiniteTitleIsSomeoneNewNotThePersonNamedBefore() {
    assertThat(speakersOf("the contract was void")).containsOnly("judge");
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
    assertThat(speakersOf("the pipeline is open to all neighbours")).containsOnly("Anton Veld");
    assertThat(speakersOf("would never pay for itself")).containsOnly("Rita Moss");
  }

  @Test
  void aBeliefWithItsClauseIsReported() {
    assertThat(indirect("the agreement will survive the election")).singleElement()
        .satisfies(q -> assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Kari Halvorsen"));
  }

  @Test
  void accordingToAMemoBySomeoneReportsTheClauseWithoutThePhrase() {
    Quote q = indirect("the hearing was cancelled").get(0);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Paula Grint");
    assertThat(q.text()).isEqualTo("the hearing was cancelled");
  }

  @Test
  void peopleAfterWithSpeakThroughTheGerund() {
    assertThat(speakersOf("investors feared a recession")).containsOnly("analysts");
  }

  @Test
  void aPresentParticipleBeforeItsNounIsNoCue() {
    assertThat(doc.quotes()).noneMatch(q -> "ruling".equals(q.cue()));
  }

  @Test
  void theOneReportedOnIsNotTheReporter() {
    assertThat(speakersOf("to be in hiding")).doesNotContain("Karl Meyer");
  }

  @Test
  void aListenerOfSeveralWordsIsNotWhatWasSaid() {
    assertThat(indirect("the talks had stalled")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the talks had stalled"));
  }

  @Test
  void aRelativeClauseReportsWhatTheSpeakerSaidItWas() {
    assertThat(speakersOf("a blueprint for the decade")).containsOnly("Rita Moss");
  }

  @Test
  void whenItWasReportedIsSkippedBeforeWhatWasReported() {
    assertThat(speakersOf("the port had lost its licence")).containsOnly("Herald");
  }

  @Test
  void pluralBodiesSpeakAsAGroup() {
    assertThat(speakersOf("would meet again in June")).containsOnly("two parties");
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

  private static List<String> speakersOf(String words) {
    assertThat(indirect(words)).as("indirect quotes containing \"%s\" among %s", words, FoundQuotes.texts(doc))
        .isNotEmpty();
    return indirect(words).stream().map(q -> FoundQuotes.speakerName(doc, q)).toList();
  }

  private static List<Quote> indirect(String words) {
    return doc.quotes().stream().filter(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains(words)).toList();
  }
}
