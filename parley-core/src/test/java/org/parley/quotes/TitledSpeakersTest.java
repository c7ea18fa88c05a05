package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Speakers named with a title in front of them or known only by an office: an inverted tag between two halves of a
 * quote whose name follows a demonym and a title ('"...," said Italian minister X, "..."') while the parser made the
 * name the subject of the second half, and the holder of an office in a named part of a country ('the governor of the
 * Italian region of X'), who is not the country. On the frozen annotation of parley-corenlp's
 * {@code titled-speakers.txt}.
 */
class TitledSpeakersTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/titled-speakers.annotated.json");
  }

  private static String speakerOf(String words) {
    return FoundQuotes.speakerName(doc, FoundQuotes.marked(doc, words));
  }

  @Test
  void anInvertedTagWithATitleBeforeTheNameNamesTheSpeakerOfBothHalves() {
    assertThat(speakerOf("not only to keep its trains")).isEqualTo("Carlo Benedetti");
    assertThat(speakerOf("Rome has shown that it can fund")).isEqualTo("Carlo Benedetti");
    assertThat(speakerOf("We will take the case to the courts")).isEqualTo("Odile Marchal");
    assertThat(speakerOf("Paris has made clear")).isEqualTo("Odile Marchal");
  }

  @Test
  void theHolderOfAnOfficeInANamedRegionSpeaksNotTheCountry() {
    assertThat(speakerOf("the cold face of central planning")).startsWith("governor of the Italian region");
    assertThat(speakerOf("rail money should follow the passengers")).startsWith("premier of the Canadian province");
  }
}
