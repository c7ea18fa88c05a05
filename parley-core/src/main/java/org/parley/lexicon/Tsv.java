package org.parley.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the tab-separated lexicon files under {@code src/main/resources}: one row a line, {@code #} starts a
 * comment line, blank lines ignored. A row with the wrong number of columns is a bug in the data file and fails
 * loudly, naming file and line.
 */
public final class Tsv {
  private Tsv() {}

  /** Rows of a class-path resource, each padded to {@code columns} cells (missing trailing cells are ""). */
  public static List<String[]> read(String resource, int minColumns, int columns) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("lexicon resource missing from the class path: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length < minColumns || cells.length > columns) {
          throw new IllegalStateException(resource + " line " + n + ": expected " + minColumns + " to " + columns
              + " tab-separated columns, found " + cells.length);
        }
        String[] row = Arrays.copyOf(cells, columns);
        for (int i = 0; i < columns; i++) {
          row[i] = row[i] == null ? "" : row[i].trim();
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
    return rows;
  }

  /** Splits a {@code |}-separated cell; empty cell gives an empty list. */
  public static List<String> alternatives(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }
}
