package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Reported statements whose speaker is a body or group known only by its common noun ("the airline", "rescuers",
 * "her legal team"), whose words are named by a noun with its clause ("Kane's assertion that ..."), and verbs that
 * report a claim only with a clause after them: estimating, attributing, a judge's order. On the frozen annotation
 * of parley-corenlp's {@code reported-bodies.txt}.
 */
class ReportedBodiesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-bodies.annotated.json");
  }

  @Test
  void anEstimateWithItsClauseIsReported() {
    // unqualified officials speak for the story's country (Lisbon is named further on)
    assertThat(FoundQuotes.indirectSpeakers(doc, "three hundred homes were destroyed")).containsOnly("Portugal");
  }

  @Test
  void anEstimateOfAnAmountOrAPassiveEstimateIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("two billion") || q.text().contains("ten million"));
  }

  @Test
  void aBodyKnownByItsCommonNounSpeaks() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "its flight had been diverted to Lisbon")).containsOnly("airline");
    assertThat(FoundQuotes.indirectSpeakers(doc, "inflation would ease by the spring")).containsOnly("central bank");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the agency had misused public funds")).containsOnly("watchdog");
  }

  @Test
  void aGroupKnownByItsCommonNounSpeaks() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "more people were trapped under the rubble")).containsOnly("Rescuers");
  }

  @Test
  void aLegalTeamArguesForItsClient() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the search of her office was unlawful")).singleElement()
        .asString().containsIgnoringCase("team");
  }

  @Test
  void aJudgesOrderWithItsClauseIsReported() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the company pay a fine")).containsOnly("Carl Harmon");
  }

  @Test
  void anOrderOfAThingIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("recount"));
  }

  @Test
  void aSpeechNounWithItsClauseIsTheOwnersWords() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the deal was illegal")).containsOnly("Rob Kane");
  }

  @Test
  void attributingACauseReportsTheClaim() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the slowdown to higher energy prices")).containsOnly("Ana Bell");
  }
}
