package org.parley.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "2025-08-18", "2025-08-18T14:05:00-04:00", "2025-08-18T23:59:59Z", "2025-08-18 10:00",
    "20250818", "2025/08/18", "Monday, August 18, 2025", "Mon, 18 Aug 2025 10:00:00 GMT", " 2025-08-18 "
  })
  void readsTheCalendarDateOfCommonForms(String value) {
    assertThat(Dates.parse(value)).isEqualTo(LocalDate.of(2025, 8, 18));
  }

  @Test
  void keepsTheDateAsWrittenRatherThanMovingItToUtc() {
    assertThat(Dates.parse("2022-06-30T21:45:00-04:00")).isEqualTo(LocalDate.of(2022, 6, 30));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "2025-02-30", "not a date at all", "", "  ", "2025-8"})
  void returnsNullForWhatIsNotADate(String value) {
    assertThat(Dates.parse(value)).isNull();
  }

  @Test
  void returnsNullForNull() {
    assertThat(Dates.parse(null)).isNull();
  }
}
