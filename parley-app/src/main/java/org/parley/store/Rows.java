package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Small JDBC helpers: parameters from values, batched inserts of rows. */
final class Rows {
  private Rows() {}

  /** Sets the statement's parameters, in order; null becomes SQL NULL. */
  static void set(PreparedStatement p, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        p.setNull(i + 1, Types.VARCHAR);
      } else if (v instanceof String s) {
        p.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        p.setInt(i + 1, n);
      } else if (v instanceof Double d) {
        p.setDouble(i + 1, d);
      } else if (v instanceof Boolean b) {
        p.setBoolean(i + 1, b);
      } else {
        throw new IllegalArgumentException("parameter " + (i + 1) + " must be a String, Integer, Double, "
            + "Boolean or null, was " + v.getClass().getName());
      }
    }
  }

  /** Inserts rows into {@code table}, one value a column, in one batch. */
  static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.get(0).length;
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES (");
    for (int i = 0; i < columns; i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(')');
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      for (Object[] row : rows) {
        set(p, row);
        p.addBatch();
      }
      p.executeBatch();
    }
  }
}
