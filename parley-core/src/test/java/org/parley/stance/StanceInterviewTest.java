package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * An interviewee's answers in a transcript that marks turns with names in double brackets: "I" and "we" in them are
 * the interviewee. Frozen annotation of parley-corenlp's {@code interview-turns.txt}.
 */
class StanceInterviewTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("annotated/interview-turns.annotated.json"));
  }

  @Test
  void firstPersonInAnAnswerHoldsTheIntervieweesPosition() {
    assertThat(cases.polaritiesOf("Priya Nandakumar", "ban on plastic bags")).contains("support");
    assertThat(cases.polaritiesOf("Priya Nandakumar", "parking levy")).containsOnly("oppose");
  }
}
