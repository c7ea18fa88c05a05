package org.parley.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Span;
import org.parley.util.Nullable;

/**
 * Finds a dateline: a first non-empty line that is only a date, such as {@code Friday, January 4,
 * 2019}, {@code January 4, 2019}, {@code 4 January 2019} or {@code 2019-01-04}, optionally followed
 * by a time of day. The line stays in the text; only its date is read.
 */
public final class Dateline {
  /** Longer first lines are text, not datelines. */
  static final int MAX_LINE = 80;

  private static final String TIME =
      "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?"
          + "(?:\\s*(?:[a-z]{2,5}|[+-]\\d{2}:?\\d{2}))?)?";
  private static final String WEEKDAY = "(?:(?<weekday>[a-z]{3,9})\\.?,?\\s+)?";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final String MONTH = "(?<month>[a-z]{3,9})\\.?";
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + MONTH + "\\s+" + DAY + ",?\\s+(?<year>\\d{4})" + TIME, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile(
      WEEKDAY + "(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})" + TIME, Pattern.CASE_INSENSITIVE);

  private Dateline() {}

  /**
   * A dateline found in a text.
   *
   * @param date the date it names
   * @param span the dateline's characters in the text, without surrounding whitespace
   * @param weekday the weekday as the line spells it, or null
   */
  public record Match(LocalDate date, Span span, @Nullable String weekday) {
    /** True when the line names no weekday, or the weekday the date falls on. */
    public boolean weekdayAgrees() {
      return weekday == null || weekdayOf(weekday) == date.getDayOfWeek();
    }
  }

  /** Returns the dateline on the first non-empty line of {@code text}, or null if it has none. */
  public static @Nullable Match find(String text) {
    int begin = 0;
    while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
      begin++;
    }
    int end = text.indexOf('\n', begin);
    if (end < 0) {
      end = text.length();
    }
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end == begin || end - begin > MAX_LINE) {
      return null;
    }
    String line = text.substring(begin, end);
    for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, ISO}) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        LocalDate date = dateOf(m);
        if (date != null) {
          return new Match(date, new Span(begin, end), m.group("weekday"));
        }
      }
    }
    return null;
  }

  /** Returns the date a whole line names in one of the dateline forms, or null. */
  public static @Nullable LocalDate parse(String line) {
    Match m = find(line.strip());
    return m == null || m.span().length() != line.strip().length() ? null : m.date();
  }

  private static @Nullable LocalDate dateOf(Matcher m) {
    String weekday = m.group("weekday");
    if (weekday != null && weekdayOf(weekday) == null) {
      return null;
    }
    String month = m.group("month");
    int monthNumber = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : monthOf(month);
    try {
      return LocalDate.of(
          Integer.parseInt(m.group("year")), monthNumber, Integer.parseInt(m.group("day")));
    } catch (DateTimeException e) {
      return null; // February 30, month 0: not a date
    }
  }

  /** 1-12 for a month name or its abbreviation of three or more letters ("Sept" too), else 0. */
  private static int monthOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(n)) {
        return month.getValue();
      }
    }
    return 0;
  }

  private static @Nullable DayOfWeek weekdayOf(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().toLowerCase(Locale.ROOT).startsWith(n)) {
        return day;
      }
    }
    return null;
  }
}
