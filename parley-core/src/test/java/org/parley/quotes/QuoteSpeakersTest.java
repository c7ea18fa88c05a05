package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.pipeline.Frozen;
import org.parley.util.Nullable;

/**
 * Who speaks a quotation when the sentence offers someone else first: a pronoun after a speaker just named, a pronoun
 * after a passive sentence, a person set off after a body, a tag after a quotation a colon introduced, an office no
 * one named holds. On the frozen annotation of parley-corenlp's {@code quote-speakers.txt}.
 */
class QuoteSpeakersTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/quote-speakers.annotated.json");
  }

  @Test
  void pronounAfterASpeakerNamedInTheSameSentenceIsThatSpeaker() {
    assertThat(speakerOf("cowardly crime")).isEqualTo("Tomas Villanueva");
    assertThat(speakerOf("stay calm")).isEqualTo("Tomas Villanueva");
  }

  @Test
  void pronounAfterAPassiveSentenceIsItsSubjectNotItsAgent() {
    assertThat(speakerOf("treated like a suspect")).isEqualTo("Lena Holt");
  }

  @Test
  void personSetOffAfterABodysRoleSpeaksNotTheBody() {
    assertThat(speakerOf("This is the warmest year we have ever measured.")).isEqualTo("Maren Lund");
  }

  @Test
  void tagAfterTheQuoteBeatsTheFrameBeforeItsColon() {
    assertThat(speakerOf("Our members will not go back to work. Not next week, and not next month,"))
        .isEqualTo("Petra Iles");
  }

  @Test
  void officeOfABodyNoOneNamedHoldsIsItsOwnSpeaker() {
    assertThat(speakerOf("The alarms did not work.")).isEqualTo("head of the city's fire brigade");
    assertThat(speakerOf("We asked for new alarms twice.")).isEqualTo("head of the city's fire brigade");
  }

  @Test
  void spokespersonForAGovernmentSpeaksForItsCountry() {
    assertThat(speakerOf("an attack on our sovereignty")).isEqualTo("Denmark");
  }

  @Test
  void organisationNameKeepsAnAndTheTaggerKeptInside() {
    assertThat(doc.actors()).filteredOn(a -> a.kind() == ActorKind.ORGANIZATION).extracting(Actor::name)
        .contains("Department of Energy and Climate Change");
  }

  @Test
  void descriptionBeforeTheNextNameInAListIsNotTheNameBeforeIt() {
    assertThat(doc.actors()).filteredOn(a -> a.name().equals("Luis Mora")).singleElement()
        .satisfies(a -> assertThat(a.country()).isNotEqualTo("PER"));
    assertThat(doc.actors()).filteredOn(a -> a.name().equals("Rosa Quispe")).singleElement()
        .satisfies(a -> assertThat(a.country()).isEqualTo("PER"));
  }

  private static @Nullable String speakerOf(String words) {
    Quote q = FoundQuotes.quote(doc, words);
    return FoundQuotes.speakerName(doc, q);
  }
}
