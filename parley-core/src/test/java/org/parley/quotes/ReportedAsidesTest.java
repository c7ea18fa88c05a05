package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Tags set off by commas in the middle of a sentence ("The terminal, the harbour master said, will open ..."), a tag
 * whose closing comma opens a quotation instead, and speech verbs that nobody uses ("too early to say whether"). On
 * the frozen annotation of parley-corenlp's {@code reported-asides.txt}.
 */
class ReportedAsidesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-asides.annotated.json");
  }

  @Test
  void aTagSetOffByCommasReportsTheClauseAroundIt() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "will open in the spring")).containsExactly("harbour master");
  }

  @Test
  void aTagWhoseClosingCommaOpensAQuotationIsNoAsideOfTheSentence() {
    assertThat(FoundQuotes.indirect(doc, "In a statement")).isEmpty();
    assertThat(FoundQuotes.speakerName(doc, FoundQuotes.marked(doc, "We will rebuild every school")))
        .isEqualTo("Mara Lindqvist");
  }

  @Test
  void aSpeechVerbAfterAnAdjectiveReportsNothing() {
    assertThat(FoundQuotes.indirect(doc, "whether the harvest will recover")).isEmpty();
    assertThat(FoundQuotes.indirect(doc, "what the grain board would do next"))
        .allSatisfy(q -> assertThat(q.text()).startsWith("it was hard"));
  }

  @Test
  void aPersonsSecondAppositionBeforeTheCueIsNoTagOfItsOwn() {
    assertThat(FoundQuotes.speakerName(doc, FoundQuotes.marked(doc, "that the ministry had failed to act in time")))
        .isEqualTo("Anna Berg");
  }

  @Test
  void aClauseBeforeATagThatOpensAQuotationIsNotWhatWasSaid() {
    assertThat(FoundQuotes.indirect(doc, "Speaking about the help")).isEmpty();
  }

  @Test
  void anImperativeSaysNothingOfItsOwn() {
    assertThat(FoundQuotes.indirect(doc, "the first season of the league")).isEmpty();
    assertThat(FoundQuotes.indirect(doc, "for coming to the studio")).isEmpty();
    assertThat(FoundQuotes.indirect(doc, "good luck to the league")).isEmpty();
  }
}
