package org.parley.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.store.Store;
import org.parley.store.StoreException;

/** Each table of the store as one CSV (with a header) or Parquet file in a folder, written by DuckDB's COPY. */
public final class TableExport {
  /** The tables exported, in this order: documents and everything found in them. */
  public static final List<String> TABLES = List.of("documents", "posts", "actors", "mentions", "quotes", "events",
      "event_actors", "issues", "stances", "options", "times", "data_issues", "provenance");

  /** CSV or Parquet. */
  public enum Format {
    CSV("(FORMAT csv, HEADER)"), PARQUET("(FORMAT parquet, COMPRESSION zstd)");

    private final String options;

    Format(String options) {
      this.options = options;
    }

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private TableExport() {}

  /** Writes {@code DIR/<table>.<csv|parquet>} for every table; returns the row count of each file. */
  public static Map<Path, Long> write(Store store, Path dir, Format format) throws StoreException, IOException {
    Files.createDirectories(dir);
    Map<Path, Long> written = new LinkedHashMap<>();
    try (Statement s = store.connection().createStatement()) {
      for (String table : TABLES) {
        Path file = dir.resolve(table + "." + format.extension()).toAbsolutePath();
        s.execute("COPY (SELECT * FROM " + table + " ORDER BY ALL) TO '" + file.toString().replace("'", "''")
            + "' " + format.options);
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
          r.next();
          written.put(file, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot export the store " + store.file() + " to " + dir + ": "
          + e.getMessage().strip().lines().findFirst().orElse(""), e);
    }
    return written;
  }
}
