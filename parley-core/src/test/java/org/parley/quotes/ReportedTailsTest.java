package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Reported statements the tag of which stands after the words or that a group speaks: a tag with an auxiliary at the
 * end of the sentence ("..., the agency has announced"), groups of business people ("executives", "investors",
 * "employees"), and a cue in a subordinate clause that the parser hangs on the reported verb ("Although X said she
 * expected ..., Y"). On the frozen annotation of parley-corenlp's {@code reported-tails.txt}.
 */
class ReportedTailsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-tails.annotated.json");
  }

  @Test
  void aTagWithAnAuxiliaryAfterTheWordsReportsWhatStandsBeforeIt() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "allowed to fly to the capital")).containsExactly("transport agency");
    assertThat(FoundQuotes.indirectSpeakers(doc, "will stay closed until the spring"))
        .containsExactly("Coastal Ports Authority");
    assertThat(FoundQuotes.indirectSpeakers(doc, "will hurt farmers in the north")).containsExactly("Tomas Reyes");
  }

  @Test
  void aTagAfterTheWordsReportsThemWhenTheParserHangsThemOnTheTag() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "given seats on the national wage council"))
        .containsExactly("labour ministry");
    assertThat(FoundQuotes.indirectSpeakers(doc, "Rosa Lind, aged 81, has died")).hasSize(1);
  }

  @Test
  void groupsOfBusinessPeopleSpeak() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "demand for copper would recover")).hasSize(1);
    assertThat(FoundQuotes.indirectSpeakers(doc, "new lending rules were far too strict")).hasSize(1);
    assertThat(FoundQuotes.indirectSpeakers(doc, "had not been paid for two months")).hasSize(1);
  }

  @Test
  void aCueInASubordinateClauseHungOnTheReportedVerbStillReportsIt() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "expected to settle the dispute through talks"))
        .containsExactly("Hanna Kowalczyk");
    assertThat(FoundQuotes.indirect(doc, "bus drivers walked out")).isEmpty();
    assertThat(FoundQuotes.indirect(doc, "they do not need new subsidies")).extracting(q -> q.text())
        .containsExactly("they do not need new subsidies");
  }
}
