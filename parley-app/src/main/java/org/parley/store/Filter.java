package org.parley.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.util.Nullable;

/**
 * The WHERE (and HAVING) conditions of one query and their parameters: only for the filters given, each a {@code ?}.
 * The query text puts the WHERE clause before the HAVING clause, as {@link #params} orders their parameters.
 */
final class Filter {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();
  private final List<String> groupConditions = new ArrayList<>();
  private final List<Object> groupParams = new ArrayList<>();

  /** A condition with its parameters, one a {@code ?}, in order. */
  void add(String condition, Object... values) {
    conditions.add(condition);
    params.addAll(List.of(values));
  }

  /** The column contains the text, ignoring case; nothing when the text is null. */
  void contains(String column, @Nullable String text) {
    if (text != null) {
      add("contains(lower(" + column + "), lower(?))", text);
    }
  }

  void equalsIgnoringCase(String column, @Nullable String text) {
    if (text != null) {
      add("lower(" + column + ") = lower(?)", text);
    }
  }

  void equalsExactly(String column, @Nullable String text) {
    if (text != null) {
      add(column + " = ?", text);
    }
  }

  /** The date column is on or after {@code since} and on or before {@code until}; each bound when given. */
  void between(String column, @Nullable LocalDate since, @Nullable LocalDate until) {
    if (since != null) {
      add(column + " >= CAST(? AS DATE)", since.toString());
    }
    if (until != null) {
      add(column + " <= CAST(? AS DATE)", until.toString());
    }
  }

  /** A condition on a group's aggregate ({@code first(x.polarity ...)}) equal to the text; nothing when it is null. */
  void groupEqualsExactly(String aggregate, @Nullable String text) {
    if (text != null) {
      groupConditions.add(aggregate + " = ?");
      groupParams.add(text);
    }
  }

  Object[] params() {
    List<Object> all = new ArrayList<>(params);
    all.addAll(groupParams);
    return all.toArray();
  }

  /** {@code " WHERE a AND b"}, or "" when there are no conditions. */
  String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** {@code " HAVING a AND b"}, or "" when there are no group conditions. */
  String having() {
    return groupConditions.isEmpty() ? "" : " HAVING " + String.join(" AND ", groupConditions);
  }
}
