package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.clean.Cleaned;
import org.parley.clean.Dates;
import org.parley.clean.PlainText;
import org.parley.model.DataIssue;
import org.parley.util.Nullable;

/**
 * Reads JSON Lines: one object a line, {@code {"id", "text", "date", "title", "url"}} with
 * {@code id} and {@code text} required, one {@link Loaded} a record. A bad record fails alone, as
 * {@code line N: what is wrong in PATH}; blank lines are skipped. The date is the record's
 * {@code date}, else a dateline at the top of its text, else the user's date.
 */
public final class JsonlReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  private static final int PEEK = 8192;

  private JsonlReader() {}

  /**
   * Reads every record of {@code in}; {@code path} names the input in sources ({@code path#N} for line N) and
   * messages. Does not close {@code in}.
   */
  public static List<Loaded> read(InputStream in, String path, @Nullable LocalDate date) throws IOException {
    BufferedInputStream input = new BufferedInputStream(in, PEEK);
    if (hasNul(input)) {
      return List.of(new Loaded.Failed(path, "not a text document: " + path + " looks binary"));
    }
    List<Loaded> out = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    byte[] buffer = new byte[PEEK];
    int number = 0;
    int n;
    while ((n = input.read(buffer)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, start, i - start);
          add(out, record(line.toByteArray(), ++number, path, date));
          line.reset();
          start = i + 1;
        }
      }
      line.write(buffer, start, n - start);
    }
    if (line.size() > 0) {
      add(out, record(line.toByteArray(), ++number, path, date));
    }
    return out.isEmpty() ? List.of(new Loaded.Failed(path, "empty document: " + path)) : out;
  }

  private static void add(List<Loaded> out, @Nullable Loaded record) {
    if (record != null) {
      out.add(record);
    }
  }

  private static boolean hasNul(BufferedInputStream input) throws IOException {
    input.mark(PEEK);
    byte[] head = input.readNBytes(PEEK);
    input.reset();
    for (byte b : head) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  /** One record, or null for a blank line. */
  private static @Nullable Loaded record(byte[] bytes, int number, String path, @Nullable LocalDate date) {
    String input = path + "#" + number;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, "UTF-8");
    if (decoded == null) {
      return failed(input, number, "not valid JSON", path);
    }
    String line = decoded.text();
    if (line.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return failed(input, number, "not valid JSON", path);
    }
    if (!node.isObject()) {
      return failed(input, number, "not a JSON object", path);
    }
    String id = scalar(node.get("id"));
    if (id == null || id.isBlank()) {
      return failed(input, number, "missing id", path);
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return failed(input, number, "missing text", path);
    }
    if (!text.isTextual()) {
      return failed(input, number, "text is not a string", path);
    }
    Cleaned cleaned = PlainText.clean(text.asText());
    if (cleaned.text().isBlank()) {
      return failed(input, number, "empty text", path);
    }
    List<DataIssue> issues = new ArrayList<>(decoded.issues());
    issues.addAll(cleaned.issues());
    String dateValue = scalar(node.get("date"));
    LocalDate recordDate = Dates.parse(dateValue);
    if (dateValue != null && !dateValue.isBlank() && recordDate == null) {
      issues.add(new DataIssue("date.unparsed", "date is not YYYY-MM-DD: \"" + dateValue + "\"", null));
    }
    String url = scalar(node.get("url"));
    String source = url == null || url.isBlank() ? input : url;
    String title = scalar(node.get("title"));
    Cleaned dated = new Cleaned(title == null || title.isBlank() ? null : title.strip(),
        recordDate != null ? recordDate : cleaned.published(), cleaned.text(), cleaned.posts(),
        cleaned.issues());
    return DocumentReader.ok(id.strip(), source, dated, date, issues);
  }

  private static @Nullable String scalar(@Nullable JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
  }

  private static Loaded.Failed failed(String input, int number, String what, String path) {
    return new Loaded.Failed(input, "line " + number + ": " + what + " in " + path);
  }
}
