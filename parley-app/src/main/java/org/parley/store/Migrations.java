package org.parley.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's schema, as numbered SQL scripts listed in {@code migrations.txt}. Each runs once, in one
 * transaction with its row in {@code schema_version}, so a store is always at exactly one version.
 */
final class Migrations {
  private static final String BASE = "/org/parley/store/";

  /** One script: its number, file under {@value #BASE}, and what it adds. */
  record Migration(int version, String file, String description) {}

  private static final List<Migration> ALL = load();

  private Migrations() {}

  static List<Migration> all() {
    return ALL;
  }

  /** The newest schema version this Parley knows. */
  static int latest() {
    return ALL.get(ALL.size() - 1).version();
  }

  /** The store's version: 0 for an empty database. */
  static int current(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'")) {
      r.next();
      if (r.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  /** Applies every migration above the store's version up to {@code upTo}, each in its own transaction. */
  static void apply(Connection c, int upTo) throws SQLException {
    int current = current(c);
    for (Migration m : ALL) {
      if (m.version() <= current || m.version() > upTo) {
        continue;
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        if (current == 0) {
          s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        s.execute(script(m.file()));
        try (PreparedStatement p = c.prepareStatement(
            "INSERT INTO schema_version VALUES (?, ?, CAST(? AS TIMESTAMP))")) {
          p.setInt(1, m.version());
          p.setString(2, m.description());
          p.setString(3, Store.nowUtc());
          p.executeUpdate();
        }
        c.commit();
        current = m.version();
      } catch (SQLException e) {
        c.rollback();
        throw new SQLException("migration " + m.file() + " failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(auto);
      }
    }
  }

  private static String script(String file) {
    try (InputStream in = Migrations.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the class path: " + BASE + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + file, e);
    }
  }

  private static List<Migration> load() {
    List<Migration> out = new ArrayList<>();
    for (String line : script("migrations.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\\s+", 3);
      if (cells.length < 3) {
        throw new IllegalStateException(
            "migrations.txt: expected 'NUMBER FILE DESCRIPTION', found '" + line + "'");
      }
      int version = Integer.parseInt(cells[0]);
      if (version != out.size() + 1) {
        throw new IllegalStateException(
            "migrations.txt: expected migration " + (out.size() + 1) + " next, found " + version);
      }
      out.add(new Migration(version, cells[1], cells[2]));
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("migrations.txt lists no migrations");
    }
    return List.copyOf(out);
  }
}
