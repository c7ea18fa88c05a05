package org.parley.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.util.Nullable;

/**
 * Reads the date part of the date strings sources give: ISO-8601 dates and date-times
 * ({@code 2025-08-18}, {@code 2025-08-18T14:05:00-04:00}), {@code 20250818}, {@code 2025/08/18}
 * and the dateline forms of {@link Dateline}. A date-time keeps the calendar date it was written
 * with: it is not moved to UTC.
 */
public final class Dates {
  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s].*)", Pattern.DOTALL);
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:$|T.*)");

  private Dates() {}

  /** Returns the calendar date {@code value} names, or null when it names none. */
  public static @Nullable LocalDate parse(@Nullable String value) {
    if (value == null || value.isBlank() || value.length() > 100) {
      return null;
    }
    String v = value.strip();
    Matcher m = ISO_PREFIX.matcher(v);
    if (!m.matches()) {
      m = COMPACT.matcher(v);
    }
    if (m.matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return Dateline.parse(v);
  }
}
