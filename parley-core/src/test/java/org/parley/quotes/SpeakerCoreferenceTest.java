package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Who a surname, a pronoun or a description after a quotation stands for: the main bearer of a surname a relative
 * shares, a pronoun after an opening phrase or after a sentence about someone else than the last speaker, and a tag
 * that names the speaker in apposition to a description; also "According to X, ..." parsed with X as the root, and
 * "questioned whether". On the frozen annotation of parley-corenlp's
 * {@code speaker-coreference.txt}.
 */
class SpeakerCoreferenceTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/speaker-coreference.annotated.json");
  }

  @Test
  void keepsABareSurnameOnItsMainBearerAfterARelativeIsNamedInFull() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the harbour would reopen")).containsOnly("Omar Reyes");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the budget would pass")).containsOnly("Omar Reyes");
  }

  @Test
  void creditsAQuoteTaggedWithADescriptionToThePersonItsAppositionNames() {
    assertThat(FoundQuotes.speakerName(doc, FoundQuotes.quote(doc, "We will rebuild the bridge before winter,")))
        .isEqualTo("Tomas Varga");
    assertThat(doc.quotes()).noneMatch(q -> q.kind() == QuoteKind.INDIRECT && q.text().contains("her brother"));
  }

  @Test
  void resolvesAPronounAfterAnOpeningPhraseToTheSubjectOfTheSentenceBefore() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the drought had cost the region dearly")).containsOnly("Ines Maro");
  }

  @Test
  void resolvesAPronounToTheOnePersonTheSentenceBeforeNamesNotToTheLastSpeaker() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the city accounts were in order")).containsOnly("Henrik Dahl");
  }

  @Test
  void joinsASurnameOpeningWithALowerCaseParticleToTheFullName() {
    List<String> speakers = FoundQuotes.indirectSpeakers(doc, "the appeal would be filed soon");
    assertThat(speakers).containsOnly("Martina van Dijk");
  }

  @Test
  void reportsWhatAnOpeningAccordingToSaysWhenTheParserMadeTheSourceTheRoot() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "a delivery truck hit Dalton on the side street")).containsOnly("union");
  }

  @Test
  void reportsADoubtVoicedAboutAClauseButNotAQuestioning() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the vote count was fair")).containsOnly("Critics");
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("the driver"));
  }
}
