package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.pipeline.Frozen;

/**
 * Constructions of campaign and court reporting: a judgement voiced with "regarded X as", an armed attack that says
 * nothing, a question voiced with "wondered how", a second "and that" clause of one cue, and a pronoun after a role
 * noun whose holder is named ("X's manager Y held ... He claimed"). On the frozen annotation of parley-corenlp's
 * {@code news-constructions.txt}.
 */
class NewsConstructionsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/news-constructions.annotated.json");
  }

  @Test
  void aJudgementVoicedWithRegardIsTheJudgesQuote() {
    Quote q = FoundQuotes.quote(doc, "far more orderly");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(FoundQuotes.speakerName(doc, q)).isEqualTo("Mara Quint");
  }

  @Test
  void anArmedAttackIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("border post"));
  }

  @Test
  void wonderingHowIsAStatement() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the state can cut taxes")).containsOnly("Peter Olsen");
  }

  @Test
  void wonderingAtAThingIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("the new bridge"));
  }

  @Test
  void aSecondThatClauseHungOnTheCueIsTheSameSpeakers() {
    assertThat(FoundQuotes.indirect(doc, "his aim was not to")).singleElement()
        .satisfies(q -> assertThat(q.text()).doesNotContain("lending"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "lending the mine more money would have done exactly that"))
        .containsOnly("Paul Ederer");
  }

  @Test
  void aSecondThatClauseHungOnTheFirstStaysInOneStatement() {
    assertThat(FoundQuotes.indirect(doc, "the city must repay the builder")).singleElement()
        .satisfies(q -> assertThat(q.text()).startsWith("the lease was void"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "the city must repay the builder")).containsOnly("Alma Weiss");
  }

  @Test
  void aPronounAfterARoleNamedWithItsHolderContinuesTheHolder() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the mayor knew about the loans")).containsOnly("Tom Keller");
    assertThat(FoundQuotes.indirectSpeakers(doc, "to have letters proving the claim")).containsOnly("Tom Keller");
  }
}
