package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.pipeline.Frozen;

/**
 * Cue verbs with senses that report nothing (observe, pledge, direct, predict, post), a listener the parser reads as
 * an indirect object, two statements joined by "but", an organisation named with its place, and a speaker of unknown
 * gender taken up by "she". On the frozen annotation of parley-corenlp's {@code cue-senses.txt}.
 */
class CueSensesTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/cue-senses.annotated.json");
  }

  @Test
  void observingASilenceIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("silence"));
  }

  @Test
  void observingWithAClauseIsAStatement() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the square had never been so full")).containsOnly("Helena Brandt");
  }

  @Test
  void pledgingMoneyIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("funds"));
  }

  @Test
  void pledgingToActIsAStatement() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "to cut fuel taxes")).containsOnly("Tomas Varga");
  }

  @Test
  void whatPicturesShowIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("collapsed into the river"));
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("two men left"));
  }

  @Test
  void aStatementBesidePicturesStaysAStatement() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "closed for repairs")).containsOnly("Ines Korver");
  }

  @Test
  void directingAFilmIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("the film"));
  }

  @Test
  void directingSomeoneToActIsAStatement() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "reopen the border crossing")).containsOnly("Ruth Adler");
  }

  @Test
  void anInfinitiveOfPurposeIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("height of the waves"));
  }

  @Test
  void postingATimeIsNoStatement() {
    assertThat(doc.quotes()).noneMatch(q -> q.text().contains("two hours"));
  }

  @Test
  void aListenerReadAsIndirectObjectStaysOutOfTheContent() {
    assertThat(FoundQuotes.indirect(doc, "the engine had failed")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("the engine had failed shortly after takeoff"));
  }

  @Test
  void twoStatementsJoinedByButStayTwo() {
    assertThat(FoundQuotes.indirect(doc, "the bridge would reopen")).singleElement()
        .satisfies(q -> assertThat(q.text()).doesNotContain("cost"));
    assertThat(FoundQuotes.indirectSpeakers(doc, "the cost remained unclear")).containsOnly("Maria Lund");
  }

  @Test
  void anOrganisationNamedWithItsPlaceKeepsItsWholeName() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the vote had been unfair")).containsOnly("Green Alliance Party");
  }

  @Test
  void aSpeakerOfUnknownGenderTakesShe() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the figures were final")).containsOnly("Jordan Ellis");
  }
}
