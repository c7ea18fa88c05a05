package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.time.TimeTexts.annotated;
import static org.parley.time.TimeTexts.time;
import static org.parley.time.TimeTexts.times;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.TimeValue;

/**
 * Kinds of time expressions news reports use and their values, on the frozen annotation of {@code time-kinds.txt}
 * (a harbour story dated Wednesday 2025-08-20; its lead day is Monday 2025-08-18): no models.
 */
class TimeKindsTest {
  private static List<TimeValue> kinds;

  @BeforeAll
  static void extract() {
    kinds = times(annotated("time-kinds"));
  }

  @Test
  void readsEarlierThisYearAndEarlierThisMonthAsTheAnchorsYearAndMonth() {
    assertThat(time(kinds, "Earlier this year").value()).isEqualTo("2025");
    assertThat(time(kinds, "earlier this month").value()).isEqualTo("2025-08");
  }

  @Test
  void keepsThePartOfTheDayOfTheNextMorning() {
    // "The storm hit the coast on Monday. The ferry service resumed the next morning."
    assertThat(time(kinds, "the next morning").value()).isEqualTo("2025-08-19TMO");
  }

  @Test
  void readsFiscalYearsAsTheirYearNotAsACountOfYears() {
    TimeValue named = time(kinds, "the 2024 fiscal year");
    assertThat(named.value()).isEqualTo("2024");
    assertThat(named.type()).isEqualTo("DATE");
    assertThat(time(kinds, "fiscal 2023").value()).isEqualTo("2023");
  }

  @Test
  void readsQuarterCodesWithTheirYear() {
    assertThat(time(kinds, "Q2 2024").value()).isEqualTo("2024-Q2");
  }

  @Test
  void readsMidGluedToAYearOrAMonth() {
    assertThat(time(kinds, "in mid-2026").value()).isEqualTo("2026");
    assertThat(time(kinds, "in mid-October").value()).isEqualTo("2025-10");
  }

  @Test
  void readsTheEndOfTheYearAsTheYearWithItsWholeExtent() {
    assertThat(time(kinds, "the end of the year").value()).isEqualTo("2025");
  }

  @Test
  void countsMonthsLaterFromTheMonthNamedBefore() {
    // "The canal was closed in March. Two months later it reopened."
    assertThat(time(kinds, "Two months later").value()).isEqualTo("2025-05");
  }

  @Test
  void leavesDaysLaterUnknownWhenNoDayWasNamedBefore() {
    // only "this year" and "this month" come before "Three days later": no day to count from, and not the anchor
    assertThat(time(kinds, "Three days later").value()).isEqualTo("XXXX-XX-XX");
  }

  @Test
  void readsMoreThanAYearAsADurationAndAboutTwoYearsAgoAsAYear() {
    assertThat(time(kinds, "more than a year").value()).isEqualTo("P1Y");
    TimeValue ago = time(kinds, "about two years ago");
    assertThat(ago.value()).isEqualTo("2023");
    assertThat(ago.type()).isEqualTo("DATE");
  }

  @Test
  void readsEveryFourYearsAsASet() {
    TimeValue set = time(kinds, "every four years");
    assertThat(set.value()).isEqualTo("P4Y");
    assertThat(set.type()).isEqualTo("SET");
  }

  @Test
  void addsUpANumberWhoseHyphenWasSplitOff() {
    assertThat(time(kinds, "thirty-five year").value()).isEqualTo("P35Y");
  }

  @Test
  void takesNoAgeAndNoProgrammeNameForATime() {
    // "Children under five years of age travel free."; "the station's morning news programme"
    assertThat(kinds).noneMatch(t -> t.text().contains("five years"));
    assertThat(kinds).filteredOn(t -> t.text().equals("morning")).singleElement()
        .satisfies(t -> assertThat(t.value()).isEqualTo("2025-08-19TMO"));
  }

  @Test
  void takesTheDayOfAPartOfTheDayFromADayNamedLaterInTheSentence() {
    // "Shares in the operator fell in morning trading on Tuesday."
    assertThat(time(kinds, "morning").value()).isEqualTo("2025-08-19TMO");
  }

  @Test
  void picksTheYearInWhichTheMonthDayFallsOnTheNamedWeekday() {
    // "announced his departure effective Friday, August 29": past tense, but 2025-08-29 is the Friday
    assertThat(time(kinds, "Friday, August 29").value()).isEqualTo("2025-08-29");
  }

  @Test
  void takesTheNearestDateForAPlanMadeInThePast() {
    // "was planning to strike on Monday, but a judge halted it"; "was expected to end on August 15, but it was
    // extended"; "rescheduled the hearing to September 3"
    assertThat(time(kinds, "on Monday", 2).value()).isEqualTo("2025-08-18");
    assertThat(time(kinds, "on August 15").value()).isEqualTo("2025-08-15");
    assertThat(time(kinds, "September 3").value()).isEqualTo("2025-09-03");
  }

  @Test
  void countsQuotedWordsFromTheDayTheSentenceBeforeNamedThroughARunOfQuotes() {
    // "The harbour master resigned on Tuesday. "Today I step aside," he told reporters. "The port needs calm.
    // Tomorrow the board will choose my successor.""; the lead's day is Monday
    assertThat(time(kinds, "Today").value()).isEqualTo("2025-08-19");
    assertThat(time(kinds, "Tomorrow").value()).isEqualTo("2025-08-20");
  }

  @Test
  void readsARecordWeekAsTheWeekOfTheReport() {
    // "Shipping stocks had their best week since April."
    assertThat(time(kinds, "best week").value()).isEqualTo("2025-W34");
    assertThat(time(kinds, "since April").value()).isEqualTo("2025-04");
  }

  @Test
  void readsEarlierWeekdayAsBehindWhateverTheVerb() {
    // "after being detained earlier Friday": the participle gives no tense
    assertThat(time(kinds, "earlier Friday").value()).isEqualTo("2025-08-15");
  }

  @Test
  void readsAPlanSeenFromThePastAsTheNearestDay() {
    // "The inspectors were to visit the docks Monday."
    assertThat(time(kinds, "Monday").value()).isEqualTo("2025-08-18");
  }

  @Test
  void takesTheYearOfAStoryToldFromAnOlderDate() {
    // "The harbour first flooded on October 3, 2023. Engineers sealed the gates on October 9."
    assertThat(time(kinds, "on October 9").value()).isEqualTo("2023-10-09");
  }

  @Test
  void readsAnAttemptAsTakingPlaceWhenTheTryingDid() {
    // "A pilot tried to land the seaplane in November. The pilot will try to land it again in October."
    assertThat(time(kinds, "in November").value()).isEqualTo("2024-11");
    assertThat(time(kinds, "in October").value()).isEqualTo("2025-10");
  }

  @Test
  void readsAMonthWithThisLastOrNextYearInThatYear() {
    // "The canal reopened in March this year. Dredging began in June last year, and tolls rise on May 5 next year."
    assertThat(time(kinds, "in March this year").value()).isEqualTo("2025-03");
    assertThat(time(kinds, "in June last year").value()).isEqualTo("2024-06");
    assertThat(time(kinds, "on May 5 next year").value()).isEqualTo("2026-05-05");
  }

  @Test
  void readsAMonthLookedBackOnAsPastWhateverTheVerb() {
    // "The pilots still remember the flood back in September."
    assertThat(time(kinds, "back in September").value()).isEqualTo("2024-09");
  }

  @Test
  void readsTheWeekdayOfAnEventToldAsPastAsThePastOne() {
    // "Thursday's storm damaged the pier, and the council met after Friday's vote. Saturday's regatta will go ahead."
    assertThat(time(kinds, "Thursday").value()).isEqualTo("2025-08-14");
    assertThat(time(kinds, "Friday").value()).isEqualTo("2025-08-15");
    assertThat(time(kinds, "Saturday").value()).isEqualTo("2025-08-23");
  }

  @Test
  void readsTheNewDayOfATimeMovedInThePastAsTheNearest() {
    // "The mayor extended the harbour curfew to September 2."
    assertThat(time(kinds, "September 2").value()).isEqualTo("2025-09-02");
  }

  @Test
  void readsADayOfANounUnderAnInfinitiveOfPurposeAsTheNearest() {
    // "The model uses shipping records to estimate the cargo in the port on August 12."
    assertThat(time(kinds, "on August 12").value()).isEqualTo("2025-08-12");
  }

  @Test
  void readsWasAbleToAsPast() {
    // "The crew was able to reach the shore on June 4."
    assertThat(time(kinds, "on June 4").value()).isEqualTo("2025-06-04");
  }

  @Test
  void putsAClockTimeAndItsBracketedConversionOnTheDayNamedAfterThem() {
    // "The last ferry left at 11pm local time (0300 UTC) on Saturday.": in UTC already Sunday
    assertThat(time(kinds, "at 11pm").value()).isEqualTo("2025-08-16T23:00");
    assertThat(time(kinds, "0300 UTC").value()).isEqualTo("2025-08-17T03:00Z");
  }

  @Test
  void putsABareClockTimeOnTheDayOfTheNarrative() {
    // "The port reopened at 9:15 a.m.": the lead's Monday, not the report's Wednesday
    assertThat(time(kinds, "at 9:15 a.m").value()).isEqualTo("2025-08-18T09:15");
  }

  @Test
  void countsTheFollowingYearAndThatYearFromTheYearNamedBefore() {
    // "The quay was rebuilt in 2015, and the following year a second pier opened. Cargo volumes doubled that year."
    assertThat(time(kinds, "the following year").value()).isEqualTo("2016");
    assertThat(time(kinds, "that year").value()).isEqualTo("2016");
  }

  @Test
  void readsTwoAndAHalfYears() {
    assertThat(time(kinds, "two and a half years").value()).isEqualTo("P2.5Y");
  }

  @Test
  void readsAFixedHolidayButNotOneInAName() {
    // "Repairs should end by Christmas. The Harbour Christmas Fair drew large crowds."
    assertThat(time(kinds, "by Christmas").value()).isEqualTo("2025-12-25");
    assertThat(kinds).noneMatch(t -> t.text().equals("Christmas"));
  }

  @Test
  void readsAnOrdinalQuarterAsAnAdjectiveAndABarePluralAsAVagueDuration() {
    // "reported a third-quarter loss, a setback its chairman called decades in the making"
    assertThat(time(kinds, "third-quarter").value()).isEqualTo("2025-Q3");
    assertThat(time(kinds, "decades").value()).isEqualTo("PXY");
  }

  @Test
  void readsAUnitAfterAnAmountOrACountAsASet() {
    // "Tickets cost 40 euros a day, and the boats sail 12 times a week."
    TimeValue day = time(kinds, "a day");
    assertThat(day.value()).isEqualTo("P1D");
    assertThat(day.type()).isEqualTo("SET");
    assertThat(time(kinds, "12 times a week").value()).isEqualTo("P1W");
  }

  @Test
  void readsRecentAndTheCurrentBeforeANounButNotTheMostRecent() {
    // "Recent storms damaged the pier, but the most recent one spared it. The current timetable will stay in place
    // for the moment."
    assertThat(time(kinds, "Recent").value()).isEqualTo("PAST_REF");
    assertThat(kinds).noneMatch(t -> t.text().contains("most recent"));
    assertThat(time(kinds, "The current").value()).isEqualTo("PRESENT_REF");
    assertThat(time(kinds, "for the moment").value()).isEqualTo("PRESENT_REF");
    assertThat(time(kinds, "At present").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void readsTheseDaysAsThePresentAndThoseDaysAsThePast() {
    assertThat(time(kinds, "in those days").value()).isEqualTo("PAST_REF");
    assertThat(time(kinds, "these days").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void leavesNamesAgesDistancesAndNowAdjectivesAlone() {
    // "The now-defunct rival", "the Russell 2000 Index", "rocks 300 million years old", "40 light years away"
    assertThat(kinds).extracting(TimeValue::text).noneMatch(t -> t.startsWith("now") || t.contains("2000")
        || t.contains("years old") || t.equals("years"));
  }
}
