package org.parley.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.pipeline.Frozen;

/**
 * Reported statements whose source is a record or a report named with its author: "according to the ministry's
 * figures" is the ministry's, "according to UNICEF data" UNICEF's, and "X dismissed the Reuters report that ..." is
 * Reuters' report, not X's; "according to the mayor's critics" stays with the critics; a website tagged as a
 * common noun speaks as its publisher. On the frozen annotation of
 * parley-corenlp's {@code reported-records.txt}.
 */
class ReportedRecordsTest {
  private static Analysis doc;

  @BeforeAll
  static void extract() {
    doc = Frozen.analysis("annotated/reported-records.annotated.json");
  }

  @Test
  void aRecordOwnedByABodyIsTheBodys() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "forty people were admitted to hospital")).singleElement()
        .asString().contains("Ministry of Health");
  }

  @Test
  void aRecordNamedAfterItsBodyIsTheBodys() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "two million children are out of school")).containsOnly("UNICEF");
  }

  @Test
  void peopleOwnedBySomeoneSpeakForThemselves() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "the plan was rushed")).singleElement()
        .asString().contains("critics");
  }

  @Test
  void aReportNamedAfterItsAuthorIsNotTheWordsOfWhoMentionsIt() {
    Quote report = FoundQuotes.quote(doc, "troops had crossed the border");
    assertThat(FoundQuotes.speakerName(doc, report)).isEqualTo("Reuters");
  }

  @Test
  void aWebsiteSpeaksForItsPublisher() {
    assertThat(FoundQuotes.indirectSpeakers(doc, "turnout fell in every district")).containsOnly("Ballots1.com");
    assertThat(FoundQuotes.indirectSpeakers(doc, "the count was slow in the north")).containsOnly("Racetracker.com");
  }
}
