package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.parley.store.Table;

/** A query's answer as an aligned text table, one JSON array of objects, or CSV (RFC 4180) with a header. */
final class QueryOutput {
  enum Format { table, json, csv }

  /** Widest cell of a text table; longer values are cut with an ellipsis (json and csv keep them whole). */
  static final int MAX_WIDTH = 60;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private QueryOutput() {}

  static void print(Table t, Format format, PrintStream out) {
    switch (format) {
      case table -> table(t, out);
      case json -> out.println(json(t));
      case csv -> csv(t, out);
    }
    out.flush();
  }

  static String json(Table t) {
    ArrayNode array = JSON.createArrayNode();
    for (List<Object> row : t.rows()) {
      ObjectNode o = array.addObject();
      for (int i = 0; i < t.columns().size(); i++) {
        o.set(t.columns().get(i), JSON.valueToTree(row.get(i)));
      }
    }
    try {
      return JSON.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a query answer as JSON", e);
    }
  }

  private static void csv(Table t, PrintStream out) {
    out.print(csvLine(new ArrayList<>(t.columns())));
    for (List<Object> row : t.rows()) {
      out.print(csvLine(row));
    }
  }

  private static String csvLine(List<?> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      Object v = values.get(i);
      String s = v == null ? "" : v.toString();
      if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
        s = "\"" + s.replace("\"", "\"\"") + "\"";
      }
      b.append(s);
    }
    return b.append("\r\n").toString();
  }

  private static void table(Table t, PrintStream out) {
    if (t.rows().isEmpty()) {
      out.println("(no rows)");
      return;
    }
    int n = t.columns().size();
    List<String[]> cells = new ArrayList<>();
    int[] width = new int[n];
    String[] header = t.columns().toArray(new String[0]);
    cells.add(header);
    for (List<Object> row : t.rows()) {
      String[] c = new String[n];
      for (int i = 0; i < n; i++) {
        c[i] = cell(row.get(i));
      }
      cells.add(c);
    }
    for (String[] c : cells) {
      for (int i = 0; i < n; i++) {
        width[i] = Math.max(width[i], c[i].codePointCount(0, c[i].length()));
      }
    }
    for (int r = 0; r < cells.size(); r++) {
      out.println(line(cells.get(r), width));
      if (r == 0) {
        String[] rule = new String[n];
        for (int i = 0; i < n; i++) {
          rule[i] = "-".repeat(width[i]);
        }
        out.println(line(rule, width));
      }
    }
    out.println("(" + t.rows().size() + (t.rows().size() == 1 ? " row)" : " rows)"));
  }

  private static String line(String[] c, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      if (i > 0) {
        b.append("  ");
      }
      b.append(c[i]);
      if (i < c.length - 1) {
        b.append(" ".repeat(width[i] - c[i].codePointCount(0, c[i].length())));
      }
    }
    return b.toString().stripTrailing();
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString().strip().replaceAll("\\s+", " ");
    if (s.codePointCount(0, s.length()) > MAX_WIDTH) {
      s = s.substring(0, s.offsetByCodePoints(0, MAX_WIDTH - 1)) + "\u2026";
    }
    return s;
  }
}
