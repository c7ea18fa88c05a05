package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parley.clean.Cleaned;
import org.parley.clean.HtmlCleaner;
import org.parley.clean.PlainText;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.util.Nullable;

/**
 * Turns the bytes of one plain-text or HTML document into a {@link Loaded}: decodes them, refuses
 * binary and empty input, cleans the text and settles the date (the source's own, else the
 * user's).
 */
final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads one document.
   *
   * @param id the document id
   * @param source the input as given: a path, a URL or "stdin"
   * @param contentType the HTTP Content-Type, or null
   * @param date the user's date, used when the source gives none, or null
   */
  static Loaded read(
      byte[] bytes, String id, String source, @Nullable String contentType, @Nullable LocalDate date) {
    if (bytes.length == 0) {
      return new Loaded.Failed(source, "empty document: " + source);
    }
    String declared = TextDecoder.charsetOf(contentType);
    if (declared == null) {
      declared = TextDecoder.declaredInMeta(bytes);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declared);
    if (decoded == null) {
      return new Loaded.Failed(source, "not a text document: " + source + " looks binary");
    }
    String text = decoded.text();
    if (text.replace('\uFEFF', ' ').isBlank()) {
      return new Loaded.Failed(source, "empty document: " + source);
    }
    boolean html = Sniffer.isHtml(source, contentType, text);
    Cleaned cleaned = html ? HtmlCleaner.clean(text, baseUri(source)) : PlainText.clean(text);
    if (cleaned.text().isBlank()) {
      return new Loaded.Failed(source,
          html ? "no main text found in " + source : "empty document: " + source);
    }
    List<DataIssue> issues = new ArrayList<>(decoded.issues());
    issues.addAll(cleaned.issues());
    return ok(id, source, cleaned, date, issues);
  }

  /** A document from cleaned text, dated by the source or else by {@code date}. */
  static Loaded.Ok ok(
      String id, String source, Cleaned cleaned, @Nullable LocalDate date, List<DataIssue> issues) {
    LocalDate published = cleaned.published() != null ? cleaned.published() : date;
    List<DataIssue> all = new ArrayList<>(issues);
    if (published == null) {
      all.add(new DataIssue("date.missing", "the source gives no date and no --date was given", null));
    }
    Document document =
        new Document(id, cleaned.title(), published, source, cleaned.text(), cleaned.posts());
    return new Loaded.Ok(document, all);
  }

  private static String baseUri(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") ? source : "";
  }
}
