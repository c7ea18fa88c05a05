package org.parley.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.Frozen;

/**
 * Pronouns in a speaker's own words: "I" is the speaker, "he" is someone else; and the speaker of "Jane Roe of
 * the Farmers League said" is Jane Roe even where the parse makes the body's name the subject. Frozen annotations of sentences
 * written for these tests ({@code src/test/resources/stance/stance-pronoun-cases.txt}).
 */
class StancePronounTest {
  private static FoundStances cases;

  @BeforeAll
  static void extract() {
    cases = new FoundStances(Frozen.analysis("stance/stance-pronoun-cases.annotated.json"));
  }

  @Test
  void heInASpeakersOwnWordsIsNotTheSpeaker() {
    assertThat(cases.issueLabels()).noneMatch(l -> l.contains("pension") || l.contains("audit"));
  }

  @Test
  void iInASpeakersOwnWordsIsTheSpeaker() {
    assertThat(cases.polaritiesOf("Taro Venn", "harbour tax")).containsExactly("oppose");
  }

  @Test
  void aPersonOfABodyTheParseTookForTheSubjectIsTheSpeaker() {
    assertThat(cases.polaritiesOf("Tom Reed", "seed law")).containsExactly("support");
  }
}
