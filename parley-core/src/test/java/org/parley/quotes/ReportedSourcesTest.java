package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Reported statements whose source the lexicons do not know: a description that opens the sentence ("Reports said
 * ..."), a relative pronoun whose clause the parser hung on the wrong noun ("news from X and Y, who announced ..."), a
 * newspaper the entity tagger took for a place ("According to the Lisbon Courier, ..."), a source closing the sentence
 * that the parser hung inside the clause ("..., according to Captain X of the Y Department."). On the frozen
 * annotation of parley-corenlp's {@code reported-sources.txt}.
 */
class ReportedSourcesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-sources.annotated.json");
  }

  @Test
  void aDescriptionOpeningTheSentenceSpeaks() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the ferry had been carrying more than eighty passengers"))
        .containsExactly("Reports");
  }

  @Test
  void aRelativePronounAfterACommaSpeaksForTheBodyNamedBeforeIt() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "they had returned to profit in the last quarter"))
        .hasSize(1).first().isIn("Norvik Bank", "Selby Trust Co.");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the river was safe for swimming again"))
        .containsExactly("Water Institute");
  }

  @Test
  void aNewspaperTakenForAPlaceIsTheSourceOfAccordingTo() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the new bridge over the estuary will open to traffic in May"))
        .containsExactly("Lisbon Courier");
  }

  @Test
  void aSourceClosingTheSentenceReportsTheClauseBeforeItWhateverTheParse() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "Twelve people were hurt in the collision"))
        .containsExactly("Lena Vos");
    assertThat(FoundQuotes.indirectSpeakers(doc, "Eight firemen were treated at the scene"))
        .containsExactly("Olaf Berg");
  }
}
