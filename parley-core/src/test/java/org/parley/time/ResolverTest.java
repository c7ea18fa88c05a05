package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value expressions of grammar.tsv, computed against fixed anchors. */
class ResolverTest {
  /** Monday 2025-08-18, the day of the White House talks. */
  private static final LocalDate MONDAY = LocalDate.of(2025, 8, 18);

  private static String resolve(String expression, Map<String, String> bind, LocalDate anchor, Tense tense) {
    return Resolver.resolve(expression, bind, new Resolver.Context(anchor, anchor, null, null, tense, false));
  }

  @ParameterizedTest(name = "{0} {1} from Monday 2025-08-18 -> {2}")
  @CsvSource({
      "1, past, 2025-08-18", "1, future, 2025-08-18", "1, before, 2025-08-11", "1, after, 2025-08-25",
      "5, past, 2025-08-15", "5, future, 2025-08-22", "5, nearest, 2025-08-15", "3, nearest, 2025-08-20",
      "7, past, 2025-08-17", "7, nearest, 2025-08-17"})
  void findsTheWeekdayTheModeAsksFor(int day, String mode, String expected) {
    assertThat(Resolver.weekday(MONDAY, DayOfWeek.of(day), mode)).isEqualTo(expected);
  }

  @Test
  void followsTheTenseForWeekdays() {
    Map<String, String> friday = Map.of("weekday", "5");
    assertThat(resolve("weekday {weekday} tense", friday, MONDAY, Tense.PAST)).isEqualTo("2025-08-15");
    assertThat(resolve("weekday {weekday} tense", friday, MONDAY, Tense.FUTURE)).isEqualTo("2025-08-22");
    assertThat(resolve("weekday {weekday} tense MO", friday, MONDAY, Tense.FUTURE)).isEqualTo("2025-08-22TMO");
  }

  @Test
  void putsAPartOfTheDayOnAMonthDayWithNoWeekdayGiven() {
    Map<String, String> june21 = Map.of("month", "6", "dom", "21", "part-of-day", "NI");
    assertThat(resolve("monthday {month} {dom} tense - {part-of-day}", june21, MONDAY, Tense.PAST))
        .isEqualTo("2025-06-21TNI");
  }

  @Test
  void putsAMonthWithoutAYearInTheYearTheTenseSays() {
    Map<String, String> june = Map.of("month", "6");
    Map<String, String> november = Map.of("month", "11");
    assertThat(resolve("month {month} tense", june, MONDAY, Tense.PAST)).isEqualTo("2025-06");
    assertThat(resolve("month {month} tense", june, MONDAY, Tense.FUTURE)).isEqualTo("2026-06");
    assertThat(resolve("month {month} tense", november, MONDAY, Tense.PAST)).isEqualTo("2024-11");
    assertThat(resolve("month {month} tense", november, MONDAY, Tense.UNKNOWN)).isEqualTo("2025-11");
  }

  @Test
  void takesTheNearestDayOfAMonthAcrossTheTurnOfTheYear() {
    LocalDate january = LocalDate.of(2020, 1, 5);
    Map<String, String> eve = Map.of("month", "12", "dom", "31");
    assertThat(resolve("monthday {month} {dom} tense", eve, january, Tense.UNKNOWN)).isEqualTo("2019-12-31");
    assertThat(resolve("monthday {month} {dom} tense", eve, january, Tense.FUTURE)).isEqualTo("2020-12-31");
  }

  @Test
  void writesCalendarUnitsAtTheirOwnPrecision() {
    assertThat(resolve("rel -1 W anchor", Map.of(), MONDAY, Tense.UNKNOWN)).isEqualTo("2025-W33");
    assertThat(resolve("rel 0 Y anchor", Map.of(), MONDAY, Tense.UNKNOWN)).isEqualTo("2025");
    assertThat(resolve("rel -1 Q anchor", Map.of(), MONDAY, Tense.UNKNOWN)).isEqualTo("2025-Q2");
    assertThat(resolve("rel 0 DE anchor", Map.of(), MONDAY, Tense.UNKNOWN)).isEqualTo("202");
    assertThat(resolve("rel -1 D anchor NI", Map.of(), MONDAY, Tense.UNKNOWN)).isEqualTo("2025-08-17TNI");
  }

  @Test
  void givesTheDayForCountedWeeksAndTheYearForCountedYears() {
    assertThat(resolve("ago -{n} {unit} anchor", Map.of("n", "1", "unit", "W"), MONDAY, Tense.PAST))
        .isEqualTo("2025-08-11");
    assertThat(resolve("ago -{n} {unit} anchor", Map.of("n", "2", "unit", "Y"), MONDAY, Tense.PAST))
        .isEqualTo("2023");
    assertThat(resolve("ago -{n} {unit} anchor", Map.of("n", "X", "unit", "Y"), MONDAY, Tense.PAST))
        .isEqualTo("PAST_REF");
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({"2, W, P2W", "X, D, PXD", "3, H, PT3H", "30, MIN, PT30M", "1, DE, P10Y", "X, DE, PXY",
      "1, FN, P2W", "2.5, Y, P2.5Y", "-, M, PXM", "2, Q, P2Q"})
  void writesDurationsInTimex3(String n, String unit, String expected) {
    assertThat(Resolver.duration(n, unit)).isEqualTo(expected);
  }

  @Test
  void weekendsFollowTheTense() {
    Map<String, String> none = Map.of();
    assertThat(resolve("weekend tense", none, MONDAY, Tense.PAST)).isEqualTo("2025-W33-WE");
    assertThat(resolve("weekend tense", none, MONDAY, Tense.FUTURE)).isEqualTo("2025-W34-WE");
  }

  @Test
  void takesTheSamePeriodAYearBackFromWhatWasNamedLast() {
    Resolver.Context named = new Resolver.Context(MONDAY, MONDAY, "2025-Q2", null, Tense.PAST, false);
    assertThat(Resolver.resolve("same -1", Map.of(), named)).isEqualTo("2024-Q2");
    Resolver.Context nothing = new Resolver.Context(MONDAY, MONDAY, null, null, Tense.PAST, false);
    assertThat(Resolver.resolve("same -1", Map.of(), nothing)).isEqualTo("2024");
  }

  @Test
  void writesClockTimesOnTheAnchorDayOrOnNoKnownDay() {
    Map<String, String> bind = Map.of("clock", "05:03", "ampm", "pm", "utc", "Z");
    assertThat(resolve("clock {clock} {ampm} {utc} -", bind, MONDAY, Tense.PAST)).isEqualTo("2025-08-18T17:03Z");
    Resolver.Context quoted = new Resolver.Context(MONDAY, MONDAY, null, null, Tense.PAST, true);
    assertThat(Resolver.resolve("clock {clock} {ampm} - -", bind, quoted)).isEqualTo("XXXX-XX-XXT17:03");
    assertThat(Resolver.resolve("clock {clock} {ampm} - 1", bind, quoted)).isEqualTo("2025-08-19T17:03");
  }

  @Test
  void givesNoValueWhenTheWordsDoNotMakeADate() {
    assertThat(resolve("date {year} {month} {dom}", Map.of("year", "2025", "month", "2", "dom", "30"), MONDAY,
        Tense.PAST)).isNull();
  }

  @Test
  void countsLaterAndEarlierFromTheLastTimeNamedAtItsPrecision() {
    Resolver.Context august = new Resolver.Context(MONDAY, null, null, "2019-08", Tense.PAST, false);
    Resolver.Context year = new Resolver.Context(MONDAY, null, null, "2011", Tense.PAST, false);
    assertThat(Resolver.resolve("ago 1 M event", Map.of(), august)).isEqualTo("2019-09");
    assertThat(Resolver.resolve("ago 3 Y event", Map.of(), year)).isEqualTo("2014");
    // a year gives no day to count days from, and "a few days later" names no day
    assertThat(Resolver.resolve("ago 3 D event", Map.of(), year)).isEqualTo("XXXX-XX-XX");
    assertThat(Resolver.resolve("ago X D event", Map.of(), august)).isEqualTo("XXXX-XX-XX");
  }
}
