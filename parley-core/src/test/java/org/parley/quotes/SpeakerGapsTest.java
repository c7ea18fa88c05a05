package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Speakers the tag names in ways the parse hides: a person's name the tagger folded into the body before it, a
 * pronoun beside the listener of the clause that opens its sentence, a statement on a body's website. On the frozen annotation of parley-corenlp's {@code speaker-gaps.txt}.
 */
class SpeakerGapsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/speaker-gaps.annotated.json");
  }

  private static String speakerOf(String words) {
    return FoundQuotes.speakerName(doc, FoundQuotes.marked(doc, words));
  }

  @Test
  void aNameTheTaggerFoldedIntoTheBodyAfterATitleIsThePersonWhoSpeaks() {
    assertThat(speakerOf("Orders are starting to come back")).isEqualTo("Gary Holt");
  }

  @Test
  void aPronounIsNotTheListenerOfTheClauseThatOpensItsSentence() {
    assertThat(speakerOf("I take full responsibility for the delay.")).isEqualTo("Paul Dunmore");
  }

  @Test
  void aStatementOnABodysWebsiteIsTheBodysWords() {
    assertThat(speakerOf("Our volunteers will stay in the valley")).isEqualTo("International Committee of the Red Cross");
  }
}
