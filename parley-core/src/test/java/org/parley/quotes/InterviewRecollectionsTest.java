package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Quotations inside an interviewee's answer: what "I" said or was like saying is the interviewee's own words; on the
 * frozen annotation of parley-corenlp's {@code interview-recollections.txt}.
 */
class InterviewRecollectionsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/interview-recollections.annotated.json");
  }

  private static String speakerOf(String words) {
    return FoundQuotes.speakerName(doc, FoundQuotes.quote(doc, words));
  }

  @Test
  void whatTheIntervieweeRecallsSayingIsHerOwnWords() {
    assertThat(speakerOf("Please stop calling me at this hour.")).isEqualTo("Elena Varga");
    assertThat(speakerOf("This belongs to all of us.")).isEqualTo("Elena Varga");
  }
}
