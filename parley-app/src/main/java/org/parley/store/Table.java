package org.parley.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a query: named columns and rows of values (String, Long, Integer, Double, Boolean or null;
 * dates as {@code YYYY-MM-DD} strings; SQL lists as lists and structs as maps of these).
 */
public record Table(List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      Objects.requireNonNull(row, "row");
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "each row must have " + columns.size() + " values, one a column; found " + row.size());
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /** The values of one column, by name. */
  public List<Object> column(String name) {
    int i = columns.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("column must be one of " + columns + ", was '" + name + "'");
    }
    List<Object> out = new ArrayList<>();
    for (List<Object> row : rows) {
      out.add(row.get(i));
    }
    return out;
  }

  /** Each row as a map from column name to value, in column order: a JSON object a row. */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        record.put(columns.get(i), row.get(i));
      }
      out.add(record);
    }
    return out;
  }
}
