package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * A second cue of the same speaker after "but" or "and" opens a statement of its own, wherever the parser hangs it,
 * and a phrasal verb of class none ("call off") is no cue. On the frozen annotation of parley-corenlp's
 * {@code second-cues.txt}.
 */
class SecondCuesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/second-cues.annotated.json");
  }

  @Test
  void aSecondSaidAfterButIsAStatementOfItsOwn() {
    assertThat(FoundQuotes.indirect(doc, "the ferries were safe")).singleElement()
        .satisfies(q -> assertThat(q.text()).doesNotContain("timetable"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "the timetable would change")).containsOnly("Ines Moreau");
  }

  @Test
  void anAddedStatementAfterAndIsNotFoldedIntoTheFirst() {
    assertThat(FoundQuotes.indirect(doc, "fares would stay the same")).singleElement()
        .satisfies(q -> assertThat(q.text()).doesNotContain("boats"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "two new boats had been ordered")).containsOnly("Karl Dahl");
  }

  @Test
  void callingOffASearchIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("search"));
  }
}
