package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.pipeline.Frozen;

/**
 * Reported statements whose speaker or content is easy to get wrong: a pronoun that continues the subject of the
 * sentence before rather than the last speaker, an evaluation whose verdict needs its verb, and a group named by a
 * list of its members. On the frozen annotation of parley-corenlp's {@code reported-verdicts.txt}.
 */
class ReportedVerdictsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-verdicts.annotated.json");
  }

  @Test
  void aSentenceOpeningPronounContinuesTheSubjectOfTheSentenceBefore() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the delay")).containsOnly("Tomas Rieger");
  }

  @Test
  void anEvaluationReportsItsVerdictVerbAndAll() {
    assertThat(FoundQuotes.indirect(doc, "praised the rescue crews for their speed")).singleElement()
        .satisfies(q -> assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Karl Brenner"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "thank volunteers")).containsOnly("Lena Vogt");
  }

  @Test
  void aGroupNamedByItsMembersSpeaksAsOne() {
    Quote plans = FoundQuotes.indirect(doc, "plans to leave the market").get(0);
    assertThat(FoundQuotes.speakerName(doc, plans)).isEqualTo("Dutch banks");
    assertThat(FoundQuotes.indirect(doc, "plans to leave the market")).noneMatch(q -> q.text().contains("urging"));
  }
}
