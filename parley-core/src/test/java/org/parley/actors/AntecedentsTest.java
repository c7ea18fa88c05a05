package org.parley.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.Stance;
import org.parley.pipeline.Frozen;

/**
 * One rule for what "he" and "she" refer to ({@link Antecedents}): the speaker of a quote, the source of an event
 * and the holder of a stance that a pronoun names are the same person. Frozen annotations of
 * {@code src/test/resources/actors/sentences.jsonl}: no models.
 */
class AntecedentsTest {
  @Test
  void aSentenceOpeningPronounContinuesTheSubjectBeforeNotThePersonNamedLast() {
    Analysis a = analysis("pronoun-continues-the-subject-before");
    assertThat(sourcesOf(a, "visited Chile")).containsExactly("tomas-hale");
    assertThat(holdersOf(a, "trade deal")).containsExactly("tomas-hale");
  }

  @Test
  void aSpeakerPronounAndTheEventItDoesNameTheSamePerson() {
    Analysis a = analysis("speaker-pronoun-continues-the-subject-before");
    assertThat(a.quotes()).extracting(Quote::speaker).containsOnly("tomas-hale");
    assertThat(sourcesOf(a, "accused")).containsExactly("tomas-hale");
  }

  @Test
  void aPronounAfterASentenceAboutWhatWasDoneToAPersonIsThatPersonNotTheLastSpeaker() {
    Analysis a = analysis("pronoun-after-a-person-the-police-held");
    assertThat(sourcesOf(a, "met the Chilean ambassador")).containsExactly("jana-brill");
    assertThat(holdersOf(a, "border law")).containsExactly("jana-brill");
  }

  @Test
  void aPronounInALaterClauseContinuesTheSubjectOfItsSentence() {
    assertThat(sourcesOf(analysis("pronoun-continues-the-subject-of-its-sentence"), "visited Ecuador"))
        .containsExactly("lena-ortiz");
  }

  @Test
  void heInASpeakersOwnWordsIsSomeoneElseForEventsAndStancesAlike() {
    Analysis a = analysis("pronoun-in-the-speakers-own-words");
    assertThat(sourcesOf(a, "visit Kenya")).containsOnly("ivan-petrov");
    assertThat(holdersOf(a, "ceasefire")).containsExactly("ivan-petrov");
  }

  @Test
  void itInWhatABodySaidIsTheBodyUnlessSomethingElseIsNamedBetween() {
    Analysis a = analysis("it-in-what-a-body-said");
    assertThat(sourcesOf(a, "expel")).containsOnly("kenyan-foreign-ministry");
    assertThat(a.stances()).filteredOn(s -> s.text().contains("nurses")).isEmpty();
    assertThat(a.stances()).extracting(Stance::actor).containsOnly("teachers-union");
  }

  @Test
  void aBareSurnameStaysWithItsFirstBearerWhenARelativeIsNamedInFullAfterHim() {
    Analysis a = analysis("a-bare-surname-stays-with-the-first-bearer");
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Ravi Sharma")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(m -> m.text()).contains("Sharma"));
    assertThat(a.actors()).filteredOn(x -> x.name().equals("Anil Sharma")).singleElement()
        .satisfies(x -> assertThat(x.mentions()).extracting(m -> m.text()).containsExactly("Anil Sharma"));
  }

  private static List<String> sourcesOf(Analysis a, String words) {
    return a.events().stream().filter(e -> e.text().contains(words)).flatMap(e -> e.source().stream()).distinct()
        .toList();
  }

  private static List<String> holdersOf(Analysis a, String words) {
    return a.stances().stream().filter(s -> s.text().contains(words)).map(Stance::actor).distinct().toList();
  }

  private static Analysis analysis(String name) {
    return Frozen.analysis("actors/annotated/" + name + ".annotated.json");
  }
}
