package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DatelineTest {
  private static final LocalDate JAN_4_2019 = LocalDate.of(2019, 1, 4);

  @ParameterizedTest
  @ValueSource(strings = {
    "Friday, January 4, 2019", "January 4, 2019", "4 January 2019", "2019-01-04", "Jan. 4, 2019",
    "Fri 4 Jan 2019", "4th of January, 2019", "January 4 2019 10:32 AM", "Friday, January 4, 2019 at 9.15 GMT",
    "Fri, 04 Jan 2019 10:00:00 GMT", "JANUARY 4, 2019"
  })
  void readsDatelineForms(String line) {
    Dateline.Match m = Dateline.find(line + "\nThe talks began.");
    assertThat(m).isNotNull();
    assertThat(m.date()).isEqualTo(JAN_4_2019);
    assertThat(m.span().of(line + "\nThe talks began.")).isEqualTo(line);
  }

  @Test
  void spanSkipsLeadingBlankLinesAndSurroundingSpaces() {
    String text = "\n\n  Friday, January 4, 2019  \nBody.";
    Dateline.Match m = Dateline.find(text);
    assertThat(m).isNotNull();
    assertThat(m.span().of(text)).isEqualTo("Friday, January 4, 2019");
    assertThat(m.weekdayAgrees()).isTrue();
  }

  @Test
  void notesAWeekdayThatDisagreesWithTheDate() {
    Dateline.Match m = Dateline.find("Monday, January 4, 2019");
    assertThat(m).isNotNull();
    assertThat(m.weekdayAgrees()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Leaders met on January 4, 2019 in Paris.", "February 30, 2019", "Meeting January 4, 2019",
    "2019-13-01", "January 2019", "", "The talks began.\nJanuary 4, 2019"
  })
  void findsNoDatelineInOtherText(String text) {
    assertThat(Dateline.find(text)).isNull();
  }

  @Test
  void ignoresAVeryLongFirstLine() {
    assertThat(Dateline.find("January 4, 2019" + " ".repeat(10) + "x".repeat(200))).isNull();
  }
}
