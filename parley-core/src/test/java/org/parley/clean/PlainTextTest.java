package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void keepsTheDatelineInTheTextAndReadsItsDate() {
    Cleaned c = PlainText.clean("Friday, January 4, 2019\r\nThe summit opened.\r\n");
    assertThat(c.text()).isEqualTo("Friday, January 4, 2019\nThe summit opened.");
    assertThat(c.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(c.title()).isNull();
    assertThat(c.posts()).isEmpty();
    assertThat(c.issues()).isEmpty();
  }

  @Test
  void flagsADocumentThatIsOnlyADateline() {
    Cleaned c = PlainText.clean("Friday, January 4, 2019\n");
    assertThat(c.text()).isEqualTo("Friday, January 4, 2019");
    assertThat(c.issues()).extracting(i -> i.code()).containsExactly("text.dateline-only");
  }

  @Test
  void flagsAWrongWeekdayButKeepsTheDate() {
    Cleaned c = PlainText.clean("Sunday, January 4, 2019\nBody.");
    assertThat(c.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(c.issues()).extracting(i -> i.code()).containsExactly("dateline.weekday");
    assertThat(c.issues().get(0).span().of(c.text())).isEqualTo("Sunday, January 4, 2019");
  }

  @Test
  void hasNoDateWithoutADateline() {
    assertThat(PlainText.clean("Leaders met.\nThey talked.").published()).isNull();
  }
}
