package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Interview transcripts whose turns are marked with the speaker's name in double brackets, on the frozen annotation
 * of parley-corenlp's {@code interview-turns.txt}: a named person's turn, over all its paragraphs, is their own words;
 * the interviewer's turn is no one's quote.
 */
class InterviewTurnsTest {
  private static Analysis interview;

  @BeforeAll
  static void extract() {
    interview = Frozen.analysis("annotated/interview-turns.annotated.json");
  }

  @Test
  void creditsANamedTurnToItsSpeakerAsHerOwnWords() {
    Quote q = interview.quotes().stream().filter(x -> x.text().startsWith("I support a ban")).findFirst().orElseThrow();
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(FoundQuotes.speakerName(interview, q)).isEqualTo("Priya Nandakumar");
    assertThat(q.text()).contains("Our team also backs a night bus").doesNotContain("Why is that");
  }

  @Test
  void leavesTheInterviewersQuestionsUnattributed() {
    assertThat(interview.quotes()).noneMatch(q -> q.speaker() != null && q.text().contains("What would you change"));
  }
}
