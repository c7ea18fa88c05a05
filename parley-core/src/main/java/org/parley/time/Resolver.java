package org.parley.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.util.Nullable;

/**
 * Computes the TIMEX3 value of a grammar rule's value expression ({@code grammar.tsv}, third column) from what
 * its classes bound and the expression's context. Expressions, with {@code {name}} replaced by the bindings
 * ("-" where an optional class matched nothing):
 *
 * <pre>
 * lit V                   the value V as it stands (PRESENT_REF)
 * dur N U                 a duration of N units: P2W, PT3H, PXD (N is X when vague)
 * set U                   a set every unit: P1W
 * rel K U FROM [P]        K calendar units from the anchor (FROM anchor) or from the day of the narrative (FROM
 *                         narrative: a day named before in the sentence, else the lead's), at the unit's precision:
 *                         2025-08-17, 2025-W33, 2025-07, 2025-Q2, 2025, 202; P a part of the day (MO, AF, EV, NI);
 *                         FROM event counts from the last year, month or day named before ("in August ... a month
 *                         later": 2019-09), else from the day of the narrative, and is unknown (XXXX) without one or
 *                         when the unit is finer than what was named ("three days later" is no day after the anchor)
 * ago K U FROM            K counted units back or ahead ("a week ago"): as rel, but weeks give the day
 * weekday D MODE [P]      the weekday D (1 Monday .. 7 Sunday) before or after the anchor
 * weekend MODE            the weekend (2025-W33-WE)
 * month M MODE            month M (2025-06)
 * monthday M D MODE [W]   day D of month M (2025-06-24); with a weekday W, in the year where it falls on W; in
 *                         the tense's mode, in the year of the last day named when it lies six weeks from that one
 *                         and that one more than half a year back (a story told from an older date)
 * season S MODE           the season (2025-SU)
 * quarter N MODE          the N-th quarter of the year (2025-Q2); half N MODE the half (2025-H1)
 * date Y M D | ym Y M | year Y | decade D | yseason Y S | yquarter Y N | yhalf Y N
 * clock HH:MM AMPM ZONE K the clock time on the anchor day plus K days (2025-08-18T14:30, ...Z in UTC); K "-"
 *                         for a bare clock time (no known day inside a quote whose day is unknown)
 * same K                  the month or quarter named last, K years on ("the same period last year": 2024-06);
 *                         the anchor's year K years on when none was named
 * </pre>
 *
 * MODE says which occurrence: {@code tense} (the verb's: the latest one on or before the anchor in the past, the
 * next one on or after it in the future, the nearest otherwise), {@code before} or {@code after} (strictly),
 * {@code past} or {@code future} (the anchor's own included), {@code nearest}; for months and month days also
 * {@code year+K} or {@code year-K}, the one in the anchor's year K years on ("June last year": year-1).
 */
final class Resolver {
  private static final Set<String> YEAR_UNITS = Set.of("Y", "DE", "CE");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+[0-9]?)\\}");

  /**
   * What a value depends on besides the words: the anchor day, the day of the narrative, the last month or quarter
   * named (for "the same period last year"), the last year, month or day named (for "a month later"), the tense,
   * and whether a bare clock time names no known day (inside a quote whose day is unknown).
   */
  record Context(@Nullable LocalDate anchor, @Nullable LocalDate narrative, @Nullable String period,
      @Nullable String last, Tense tense, boolean dayUnknown) {}

  private Resolver() {}

  /**
   * The value, or null when the words make none (a class bound nothing a number is needed for, February 30); an
   * expression that is not of the language above is a bug in grammar.tsv and throws.
   */
  static @Nullable String resolve(String expression, Map<String, String> bind, Context c) {
    Matcher m = PLACEHOLDER.matcher(expression);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(bind.getOrDefault(m.group(1), "-")));
    }
    m.appendTail(sb);
    String[] a = sb.toString().trim().split("\\s+");
    try {
      return evaluate(a, c);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      return null;
    }
  }

  private static @Nullable String evaluate(String[] a, Context c) {
    LocalDate anchor = c.anchor();
    switch (a[0]) {
      case "lit":
        return a[1];
      case "dur":
        return duration(a[1], a[2]);
      case "set":
        return duration("1", a[1]);
      case "rel":
      case "ago": {
        String part = a.length > 4 ? a[4] : "-";
        if (a[3].equals("event")) {
          return fromEvent(c, a[1], a[2], part, a[0].equals("ago"));
        }
        LocalDate from = a[3].equals("narrative") && c.narrative() != null ? c.narrative() : anchor;
        return relative(a[1], a[2], from, part, a[0].equals("ago"));
      }
      case "weekday": {
        int d = Integer.parseInt(a[1]);
        if (anchor == null) {
          return "XXXX-WXX-" + d;
        }
        LocalDate day = weekday(anchor, DayOfWeek.of(d), mode(a[2], c.tense()));
        return withPart(day.toString(), a.length > 3 ? a[3] : "-");
      }
      case "weekend":
        return anchor == null ? "XXXX-WXX-WE" : week(weekend(anchor, mode(a[1], c.tense()))) + "-WE";
      case "month": {
        int month = Integer.parseInt(a[1]);
        return anchor == null ? String.format("XXXX-%02d", month)
            : String.format("%04d-%02d", yearOfMonth(anchor, month, mode(a[2], c.tense())), month);
      }
      case "monthday": {
        int month = Integer.parseInt(a[1]);
        int day = Integer.parseInt(a[2]);
        if (anchor == null) {
          return String.format("XXXX-%02d-%02d", month, day);
        }
        // a[4]: the weekday the text gives with the date, or '-'; a[5]: a part of the day ("the night of June 21")
        boolean weekday = a.length > 4 && !a[4].equals("-");
        LocalDate named = weekday ? onWeekday(anchor, month, day, DayOfWeek.of(Integer.parseInt(a[4])))
            : a[3].equals("tense") ? nearLast(c.last(), month, day, anchor) : null;
        String date = (named != null ? named : monthDay(anchor, month, day, mode(a[3], c.tense()))).toString();
        return withPart(date, a.length > 5 ? a[5] : "-");
      }
      case "season":
        return anchor == null ? "XXXX-" + a[1] : season(anchor, a[1], mode(a[2], c.tense()));
      case "quarter":
      case "half":
        return anchor == null ? "XXXX-" + (a[0].equals("quarter") ? "Q" : "H") + a[1]
            : part(anchor, a[0].equals("quarter") ? 4 : 2, a[1], mode(a[2], c.tense()));
      case "date":
        return LocalDate.of(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3])).toString();
      case "ym":
        return String.format("%04d-%02d", Integer.parseInt(a[1]), Integer.parseInt(a[2]));
      case "year":
        return a[1];
      case "decade":
        return a[1];
      case "century":
        return String.format("%02d", Integer.parseInt(a[1]) - 1);
      case "yseason":
        return a[1] + "-" + a[2];
      case "yquarter":
        return a[1] + "-Q" + ordinal(a[2], 4);
      case "yhalf":
        return a[1] + "-H" + ordinal(a[2], 2);
      case "clock":
        return clock(a[1], a[2], a[3], a[4], c);
      case "same":
        return samePeriod(c.period(), Integer.parseInt(a[1]), anchor);
      default:
        throw new IllegalStateException("unknown value expression '" + a[0] + "' in " + Grammar.RESOURCE);
    }
  }

  /** A TIMEX3 duration: P2W, PT3H, PXD; decades and centuries as years (PXY when vague), fortnights as weeks. */
  static String duration(String n, String unit) {
    boolean vague = n.equals("-") || n.equals("X");
    String k = vague ? "X" : n;
    switch (unit) {
      case "S":
        return "PT" + k + "S";
      case "MIN":
        return "PT" + k + "M";
      case "H":
        return "PT" + k + "H";
      case "FN":
        return "P" + (vague ? "X" : times(n, 2)) + "W";
      case "DE":
        return vague ? "PXY" : "P" + times(n, 10) + "Y";
      case "CE":
        return vague ? "PXY" : "P" + times(n, 100) + "Y";
      default:
        return "P" + k + unit;
    }
  }

  private static String times(String n, int factor) {
    double v = Double.parseDouble(n) * factor;
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * K units from a day, at the unit's precision; a vague K gives PAST_REF or FUTURE_REF. Counted weeks ("a week
   * ago") give the day, calendar ones ("last week") the week.
   */
  private static String relative(String k, String unit, @Nullable LocalDate from, String part, boolean counted) {
    boolean back = k.startsWith("-");
    String n = k.replaceFirst("^[-+]+", "");
    if (n.equals("X") || n.equals("-")) {
      return back ? "PAST_REF" : "FUTURE_REF";
    }
    if (from == null) {
      return unknown(unit);
    }
    double amount = Double.parseDouble(n) * (back ? -1 : 1);
    long whole = (long) amount;
    switch (unit) {
      case "S":
      case "MIN":
      case "H":
        return withPart(from.toString(), part);
      case "D":
        return withPart(from.plusDays(whole).toString(), part);
      case "W":
        return counted ? from.plusWeeks(whole).toString() : week(from.plusWeeks(whole));
      case "FN":
        return from.plusWeeks(2 * whole).toString();
      case "M":
        return from.plusMonths(whole).toString().substring(0, 7);
      case "Q": {
        LocalDate d = from.plusMonths(3 * whole);
        return d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      }
      case "Y":
        return Integer.toString(from.plusYears(whole).getYear());
      case "DE":
        return Integer.toString(from.plusYears(10 * whole).getYear() / 10);
      case "CE":
        return Integer.toString(from.plusYears(100 * whole).getYear() / 100);
      default:
        return null;
    }
  }

  /** K units from the last point in time named (or the day of the narrative), at the precision it was named with. */
  private static String fromEvent(Context c, String k, String unit, String part, boolean counted) {
    if (k.matches("[-+]?[X-]")) {
      // "a few days later": some day after a time named before, neither past nor future as such
      return unknown(unit);
    }
    String last = c.last();
    LocalDate from = null;
    int precision = 0;
    if (last != null && last.matches("\\d{4}-\\d{2}-\\d{2}")) {
      from = LocalDate.parse(last);
      precision = 3;
    } else if (last != null && last.matches("\\d{4}-\\d{2}")) {
      from = LocalDate.parse(last + "-01");
      precision = 2;
    } else if (last != null && last.matches("\\d{4}")) {
      from = LocalDate.of(Integer.parseInt(last), 1, 1);
      precision = 1;
    } else if (c.narrative() != null) {
      from = c.narrative();
      precision = 3;
    }
    int needed = YEAR_UNITS.contains(unit) ? 1 : unit.equals("M") || unit.equals("Q") ? 2 : 3;
    return relative(k, unit, precision >= needed ? from : null, part, counted);
  }

  private static String unknown(String unit) {
    switch (unit) {
      case "W":
        return "XXXX-WXX";
      case "M":
        return "XXXX-XX";
      case "Y":
      case "Q":
      case "DE":
      case "CE":
        return "XXXX";
      default:
        return "XXXX-XX-XX";
    }
  }

  private static String withPart(String day, String part) {
    return part.equals("-") ? day : day + "T" + part;
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The mode a tense gives: PAST -> past, FUTURE -> future, PRESENT and UNKNOWN -> nearest. */
  /** The years from the anchor's of a mode {@code year+K} or {@code year-K} ("in March last year": year-1). */
  private static int yearsOn(String mode) {
    return Integer.parseInt(mode.substring("year".length()).replace("+", ""));
  }

  private static String mode(String m, Tense t) {
    if (!m.equals("tense")) {
      return m;
    }
    switch (t) {
      case PAST:
        return "past";
      case FUTURE:
        return "future";
      default:
        return "nearest";
    }
  }

  static LocalDate weekday(LocalDate anchor, DayOfWeek day, String mode) {
    int diff = day.getValue() - anchor.getDayOfWeek().getValue();
    int back = diff <= 0 ? diff : diff - 7;
    int ahead = diff >= 0 ? diff : diff + 7;
    switch (mode) {
      case "past":
        return anchor.plusDays(back);
      case "future":
        return anchor.plusDays(ahead);
      case "before":
        return anchor.plusDays(back == 0 ? -7 : back);
      case "after":
        return anchor.plusDays(ahead == 0 ? 7 : ahead);
      default:
        return anchor.plusDays(-back <= ahead ? back : ahead);
    }
  }

  /** The Saturday of the weekend meant. */
  private static LocalDate weekend(LocalDate anchor, String mode) {
    boolean inWeekend = anchor.getDayOfWeek().getValue() >= 6;
    LocalDate saturday = weekday(anchor, DayOfWeek.SATURDAY, "past");
    switch (mode) {
      case "past":
        return saturday;
      case "before":
        return inWeekend ? saturday.minusWeeks(1) : saturday;
      case "after":
        return saturday.plusWeeks(1);
      default:
        return inWeekend ? saturday : saturday.plusWeeks(1);
    }
  }

  private static int yearOfMonth(LocalDate anchor, int month, String mode) {
    int y = anchor.getYear();
    int now = anchor.getMonthValue();
    if (mode.startsWith("year")) {
      return y + yearsOn(mode);
    }
    switch (mode) {
      case "nearest":
        // within six months either way; a tie goes to the past
        return month - now > 6 ? y - 1 : now - month > 5 ? y + 1 : y;
      case "past":
        return month <= now ? y : y - 1;
      case "future":
        return month >= now ? y : y + 1;
      case "before":
        return month < now ? y : y - 1;
      case "after":
        return month > now ? y : y + 1;
      default:
        return y;
    }
  }

  private static LocalDate monthDay(LocalDate anchor, int month, int day, String mode) {
    LocalDate same = LocalDate.of(anchor.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
    if (mode.startsWith("year")) {
      return same.plusYears(yearsOn(mode));
    }
    switch (mode) {
      case "past":
        return same.isAfter(anchor) ? same.minusYears(1) : same;
      case "future":
        return same.isBefore(anchor) ? same.plusYears(1) : same;
      case "before":
        return same.isBefore(anchor) ? same : same.minusYears(1);
      case "after":
        return same.isAfter(anchor) ? same : same.plusYears(1);
      default:
        LocalDate before = same.isAfter(anchor) ? same.minusYears(1) : same;
        LocalDate after = same.isBefore(anchor) ? same.plusYears(1) : same;
        return anchor.toEpochDay() - before.toEpochDay() <= after.toEpochDay() - anchor.toEpochDay() ? before : after;
    }
  }

  /**
   * A month day without a year in a story told from an older date ("the army moved on November 15, 2017 ... he
   * resigned on November 21"): the year of the last day or month named, when that lies more than half a year before
   * the anchor and the month day falls within six weeks of it; else null.
   */
  private static @Nullable LocalDate nearLast(@Nullable String last, int month, int day, LocalDate anchor) {
    if (last == null || !last.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      return null;
    }
    LocalDate from = LocalDate.parse(last.length() == 7 ? last + "-01" : last);
    if (!from.isBefore(anchor.minusDays(183))) {
      return null;
    }
    LocalDate d = LocalDate.of(from.getYear(), month, Math.min(day, 28)).withDayOfMonth(day);
    return Math.abs(d.toEpochDay() - from.toEpochDay()) <= 42 ? d : null;
  }

  /**
   * The day of the month in the year next to the anchor's (the year before, the same or the next) where it falls on
   * the weekday named with it, the nearest such; null when none does (the words or the anchor are wrong).
   */
  private static @Nullable LocalDate onWeekday(LocalDate anchor, int month, int day, DayOfWeek weekday) {
    LocalDate best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate d = LocalDate.of(y, month, Math.min(day, 28)).withDayOfMonth(day);
      if (d.getDayOfWeek() == weekday && (best == null
          || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
        best = d;
      }
    }
    return best;
  }

  private static final String SEASONS = "SP SU FA WI";

  private static String season(LocalDate anchor, String code, String mode) {
    int m = anchor.getMonthValue();
    // the season now, with the year it is written with (winter belongs to the year it starts in)
    int now = m >= 3 && m <= 5 ? 0 : m >= 6 && m <= 8 ? 1 : m >= 9 && m <= 11 ? 2 : 3;
    int year = m <= 2 ? anchor.getYear() - 1 : anchor.getYear();
    int want = SEASONS.indexOf(code) / 3;
    int y;
    switch (mode) {
      case "past":
        y = want <= now ? year : year - 1;
        break;
      case "future":
        y = want >= now ? year : year + 1;
        break;
      case "before":
        y = want < now ? year : year - 1;
        break;
      case "after":
        y = want > now ? year : year + 1;
        break;
      default:
        y = year;
    }
    return y + "-" + code;
  }

  private static String part(LocalDate anchor, int parts, String n, String mode) {
    int want = ordinal(n, parts);
    int now = (anchor.getMonthValue() - 1) / (12 / parts) + 1;
    int y = anchor.getYear();
    switch (mode) {
      case "this":
        break;
      case "last":
        y--;
        break;
      case "past":
      case "before":
        y = want <= now ? y : y - 1;
        break;
      case "future":
      case "after":
        y = want >= now ? y : y + 1;
        break;
      default:
        break;
    }
    return y + (parts == 4 ? "-Q" : "-H") + want;
  }

  private static int ordinal(String n, int parts) {
    int k = n.equals("L") ? parts : Integer.parseInt(n);
    if (k < 1 || k > parts) {
      throw new NumberFormatException("part " + n + " of " + parts);
    }
    return k;
  }

  /** The period named last (YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-MM-DD) shifted by K years. */
  private static @Nullable String samePeriod(@Nullable String period, int k, @Nullable LocalDate anchor) {
    if (period == null || !period.matches("\\d{4}(-\\d{2}(-\\d{2})?|-Q[1-4]|-H[12])")) {
      return anchor == null ? "XXXX" : Integer.toString(anchor.getYear() + k);
    }
    return String.format("%04d", Integer.parseInt(period.substring(0, 4)) + k) + period.substring(4);
  }

  /**
   * A clock time on the anchor day plus K days; K "-" for a bare clock time, which names no known day inside a
   * quote whose day is unknown.
   */
  private static String clock(String hhmm, String ampm, String zone, String k, Context c) {
    int h = Integer.parseInt(hhmm.substring(0, 2));
    String mm = hhmm.substring(3);
    if (ampm.equals("pm") && h < 12) {
      h += 12;
    } else if (ampm.equals("am") && h == 12) {
      h = 0;
    }
    String z = zone.equals("Z") || zone.startsWith("+") || zone.startsWith("-") && zone.length() > 1 ? zone : "";
    boolean bare = k.equals("-");
    // a bare clock time lies on the day of the narrative ("Yesterday ... ended his campaign. He spoke at 7:30 a.m.")
    LocalDate on = bare && c.narrative() != null ? c.narrative() : c.anchor();
    String day = on == null || bare && c.dayUnknown() ? "XXXX-XX-XX"
        : on.plusDays(bare ? 0 : Integer.parseInt(k)).toString();
    return String.format("%sT%02d:%s%s", day, h, mm, z);
  }
}
