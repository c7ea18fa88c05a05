package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.time.TimeTexts.annotated;
import static org.parley.time.TimeTexts.time;
import static org.parley.time.TimeTexts.times;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Issues;
import org.parley.model.Post;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.TimeValue;

/** Time expressions on frozen annotations of the time test texts, dated Wednesday 2025-08-20: no models. */
class TimeExtractorTest {
  private static List<TimeValue> tense;
  private static List<TimeValue> periods;
  private static List<TimeValue> quotes;
  private static List<TimeValue> narrative;

  @BeforeAll
  static void extract() {
    tense = times(annotated("time-tense"));
    periods = times(annotated("time-periods"));
    quotes = times(annotated("time-quotes"));
    narrative = times(annotated("time-narrative"));
  }

  @Test
  void readsAWeekdayInAPastTenseSentenceAsTheOneBefore() {
    // "Ministers met in Geneva on Monday"
    assertThat(time(tense, "on Monday", 1).value()).isEqualTo("2025-08-18");
  }

  @Test
  void readsAWeekdayInAFutureTenseSentenceAsTheOneAfter() {
    // "The delegations will meet again on Monday"; "the summit would take place on Friday"
    assertThat(time(tense, "on Monday", 2).value()).isEqualTo("2025-08-25");
    assertThat(time(tense, "on Friday").value()).isEqualTo("2025-08-22");
  }

  @Test
  void readsTheAnchorDayItselfForItsOwnWeekdayInThePast() {
    assertThat(time(tense, "on Wednesday").value()).isEqualTo("2025-08-20");
  }

  @Test
  void readsLastAndNextWeekdaysStrictlyBeforeAndAfter() {
    assertThat(time(tense, "last Friday").value()).isEqualTo("2025-08-15");
    assertThat(time(tense, "next Tuesday").value()).isEqualTo("2025-08-26");
  }

  @Test
  void takesTheYearOfAMonthFromTheTense() {
    assertThat(time(tense, "in June").value()).isEqualTo("2025-06");
    assertThat(time(tense, "in November").value()).isEqualTo("2025-11");
    assertThat(time(tense, "on August 4").value()).isEqualTo("2025-08-04");
    assertThat(time(tense, "August 12, 2024").value()).isEqualTo("2024-08-12");
  }

  @Test
  void namesYearsAndWeeksAroundTheAnchor() {
    assertThat(time(tense, "this year").value()).isEqualTo("2025");
    assertThat(time(tense, "last year").value()).isEqualTo("2024");
    assertThat(time(tense, "last week").value()).isEqualTo("2025-W33");
  }

  @Test
  void keepsADurationTogetherWithTheWordsThatGiveItsDirection() {
    TimeValue weeks = time(periods, "within the next two weeks");
    assertThat(weeks.value()).isEqualTo("P2W");
    assertThat(weeks.type()).isEqualTo("DURATION");
    assertThat(time(periods, "over the next few days").value()).isEqualTo("PXD");
    assertThat(time(periods, "for the last 27 years").value()).isEqualTo("P27Y");
    assertThat(time(periods, "three months").value()).isEqualTo("P3M");
    assertThat(time(periods, "for years").value()).isEqualTo("PXY");
    assertThat(time(periods, "for a decade").value()).isEqualTo("P10Y");
  }

  @Test
  void resolvesTodayEarlierTodayAndNow() {
    assertThat(time(periods, "Earlier today").value()).isEqualTo("2025-08-20");
    assertThat(time(periods, "now").value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void takesTheSamePeriodLastYearFromTheMonthNamedBefore() {
    assertThat(time(periods, "in July").value()).isEqualTo("2025-07");
    assertThat(time(periods, "the same month last year").value()).isEqualTo("2024-07");
  }

  @Test
  void writesClockTimesInUtcWithZAndDecadesTruncated() {
    TimeValue clock = time(periods, "at 14:30 UTC");
    assertThat(clock.value()).isEqualTo("2025-08-20T14:30Z");
    assertThat(clock.type()).isEqualTo("TIME");
    assertThat(time(periods, "the 1990s").value()).isEqualTo("199");
  }

  @Test
  void readsAYearBeforeANounAndACenturyButNotACount() {
    assertThat(time(periods, "The 2019").value()).isEqualTo("2019");
    assertThat(time(periods, "the 21st century").value()).isEqualTo("20");
    assertThat(periods).noneMatch(t -> t.text().contains("1500"));
  }

  @Test
  void countsAQuotesTodayFromTheDayTheNarrativeIsAt() {
    // On Monday, the foreign minister arrived in Kyiv. "Today we begin a new chapter," she told reporters.
    assertThat(time(quotes, "Today").value()).isEqualTo("2025-08-18");
  }

  @Test
  void countsAQuotesTomorrowFromTheDayNamedOutsideTheQuote() {
    // The envoy said on Tuesday: "We will meet again tomorrow."
    assertThat(time(quotes, "tomorrow").value()).isEqualTo("2025-08-20");
  }

  @Test
  void takesThatDayAndTheMorningFromTheDayOfTheNarrative() {
    assertThat(time(quotes, "Later that day").value()).isEqualTo("2025-08-18");
    // Stocks rose on Tuesday in morning trading and fell later in the day.
    assertThat(time(quotes, "morning").value()).isEqualTo("2025-08-19TMO");
    assertThat(time(quotes, "later in the day").value()).isEqualTo("2025-08-19");
  }

  @Test
  void takesTheDayFromTheLeadNotFromALaterBackgroundDay() {
    // On Monday, stock markets across Asia resumed their slide. On Friday, the yen had fallen ... The Hang Seng
    // Index lost ground for most of the day.
    assertThat(time(narrative, "On Friday").value()).isEqualTo("2025-08-15");
    assertThat(time(narrative, "the day").value()).isEqualTo("2025-08-18");
  }

  @Test
  void countsTheDayBeforeFromTheDayNamedEarlierInTheSentence() {
    // The rally was held on Saturday, and the day before the rally its organisers met the police.
    assertThat(time(narrative, "the day before").value()).isEqualTo("2025-08-15");
  }

  @Test
  void joinsAClockTimeAndTheDayNextToIt() {
    assertThat(time(narrative, "at 5:03 a.m., February 10, 2019").value()).isEqualTo("2019-02-10T05:03");
    TimeValue meeting = time(narrative, "on Friday at 3 p.m.");
    assertThat(meeting.value()).isEqualTo("2025-08-22T15:00");
    assertThat(meeting.type()).isEqualTo("TIME");
  }

  @Test
  void readsQuartersAndDecadesInThePast() {
    assertThat(time(narrative, "the fourth quarter").value()).isEqualTo("2024-Q4");
    assertThat(time(narrative, "the 1970s").value()).isEqualTo("197");
    assertThat(time(narrative, "the late 1980's").value()).isEqualTo("198");
    assertThat(time(narrative, "August 1995").value()).isEqualTo("1995-08");
  }

  @Test
  void leavesFractionsModalsAndNamedDaysAlone() {
    // "nearly three quarters of their value", "The talks may last months", "Black Friday", "The Sunday Times"
    assertThat(narrative).extracting(TimeValue::text)
        .noneMatch(t -> t.contains("quarters") || t.contains("may") || t.contains("Black") || t.contains("Sunday"));
  }

  @Test
  void readsABarePluralUnitAsAVagueDuration() {
    // "The talks may last months": the modal is no month, the plural a duration of some months
    assertThat(time(narrative, "months").value()).isEqualTo("PXM");
    assertThat(time(narrative, "months").type()).isEqualTo("DURATION");
  }

  @Test
  void leavesTheDayOfABareClockTimeInAQuoteUnknown() {
    assertThat(time(quotes, "at 5 p.m.").value()).isEqualTo("XXXX-XX-XXT17:00");
  }

  @Test
  void ignoresWordsThatOnlyLookLikeTimes() {
    // "after a night of talks", "A second round"
    assertThat(tense).extracting(TimeValue::text).doesNotContain("night", "A second", "second");
  }

  @Test
  void countsFromTheLivePostsOwnDate() {
    AnnotatedDocument a = annotated("time-periods");
    int split = sentenceStarting(a, "Earlier today");
    Document d = a.document();
    List<Post> posts = List.of(new Post(new Span(0, split), "2025-08-19T23:30:00+02:00", null),
        new Post(new Span(split, d.text().length()), "2025-08-22T09:00:00Z", null));
    List<TimeValue> live = times(withDocument(a, new Document(d.id(), d.title(), d.published(), d.source(), d.text(),
        posts)));
    assertThat(time(live, "Earlier today").value()).isEqualTo("2025-08-22");
    assertThat(time(live, "now").value()).isEqualTo("PRESENT_REF");
    assertThat(time(live, "at 14:30 UTC").value()).isEqualTo("2025-08-22T14:30Z");
  }

  @Test
  void recordsAnIssueForALivePostTimeItCannotRead() {
    AnnotatedDocument a = annotated("time-periods");
    Document d = a.document();
    List<Post> posts = List.of(new Post(new Span(0, d.text().length()), "a while ago", null));
    Issues issues = new Issues();
    List<TimeValue> live = new TimeExtractor().extract(withDocument(a, new Document(d.id(), d.title(),
        d.published(), d.source(), d.text(), posts)), issues);
    assertThat(issues.list()).extracting(DataIssue::code).containsExactly("time.post-date");
    assertThat(time(live, "Earlier today").value()).isEqualTo("2025-08-20");
  }

  @Test
  void leavesRelativeTimesUnresolvedWithoutADateAndSaysSo() {
    AnnotatedDocument a = annotated("time-tense");
    Issues issues = new Issues();
    List<TimeValue> undated = new TimeExtractor().extract(withDocument(a, a.document().withPublished(null)), issues);
    assertThat(time(undated, "last week").value()).isEqualTo("XXXX-WXX");
    assertThat(time(undated, "in June").value()).isEqualTo("XXXX-06");
    assertThat(time(undated, "on Monday").value()).isEqualTo("XXXX-WXX-1");
    assertThat(time(undated, "August 12, 2024").value()).isEqualTo("2024-08-12");
    assertThat(issues.list()).extracting(DataIssue::code).containsExactly("time.no-anchor");
  }

  @Test
  void neverChangesItsInput() {
    AnnotatedDocument a = annotated("time-quotes");
    List<Sentence> before = new ArrayList<>(a.sentences());
    times(a);
    assertThat(a.sentences()).isEqualTo(before);
  }

  private static AnnotatedDocument withDocument(AnnotatedDocument a, Document d) {
    return new AnnotatedDocument(d, a.sentences());
  }

  private static int sentenceStarting(AnnotatedDocument a, String words) {
    for (Sentence s : a.sentences()) {
      if (a.text().startsWith(words, s.begin())) {
        return s.begin();
      }
    }
    throw new AssertionError("no sentence starts with '" + words + "'");
  }
}
