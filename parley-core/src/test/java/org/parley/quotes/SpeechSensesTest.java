package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Words that are cues of speech in one sense and not in another: "contended for a nomination" competes, "maintained
 * her lead" keeps, "pledged delegates" are delegates; "maintained that ..." and "contended that ..." report a claim;
 * "was rejected by the court" names who rejected, not what anyone said.
 * On the frozen annotation of parley-corenlp's {@code speech-senses.txt}.
 */
class SpeechSensesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/speech-senses.annotated.json");
  }

  @Test
  void aVerbOfClaimingWithoutAClauseReportsNothing() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("nomination") || q.text().contains("lead in the polls"));
  }

  @Test
  void aParticipleBeforeItsNounIsNoCue() {
    assertThat(doc.quotes()).noneMatch(q -> "pledged".equals(q.cue()) || q.text().contains("Hale won"));
  }

  @Test
  void aPassiveRejectionByAnAgentReportsNoWordsButAnAppealStillDoes() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("by the court"));
    assertThat(FoundQuotes.indirect(doc, "try again")).isNotEmpty();
  }

  @Test
  void theOfficeOfAOneWordPlaceSpeaksAsThatOffice() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "schools will reopen")).containsOnly("mayor of Tarvik");
  }

  @Test
  void theSameVerbsWithAClauseReportTheClaim() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the count was fair")).containsOnly("Tom Hale");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the rules favoured him")).containsOnly("Ada Reyes");
  }
}
