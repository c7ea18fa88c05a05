package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.model.Document;
import org.parley.model.Post;
import org.parley.model.Span;

class AnchorsTest {
  private static final String TEXT = "Talks began today.\nAt noon the envoy left.\nLater the envoy spoke again.";
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 4, 1);

  @Test
  void countsFromTheLivePostsOwnDateInsideThePostAndFromTheDocumentsElsewhere() {
    Document d = document(new Post(new Span(19, 42), "2026-04-03T12:00:00+02:00", null));
    assertThat(Anchors.at(d, 0)).isEqualTo(PUBLISHED);
    assertThat(Anchors.at(d, 25)).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(Anchors.postDate(d, 25)).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(Anchors.postDate(d, 50)).isNull();
  }

  @Test
  void aPostWithoutAReadableDateCountsFromTheDocumentsDate() {
    Document d = document(new Post(new Span(19, 42), "around noon", null));
    assertThat(Anchors.postDate(d, 25)).isNull();
    assertThat(Anchors.at(d, 25)).isEqualTo(PUBLISHED);
  }

  @Test
  void marksOnlyTheWordsInsideDoubleQuotationMarksAsQuoted() {
    String text = "He said \u201cwe meet on Monday\u201d and 'later' \"then Friday\".";
    boolean[] quoted = Anchors.quoted(text);
    assertThat(quoted[text.indexOf("Monday")]).isTrue();
    assertThat(quoted[text.indexOf("Friday")]).isTrue();
    assertThat(quoted[text.indexOf("later")]).isFalse();
    assertThat(quoted[text.indexOf("said")]).isFalse();
  }

  private static Document document(Post post) {
    return new Document("d", null, PUBLISHED, "d.txt", TEXT, List.of(post));
  }
}
