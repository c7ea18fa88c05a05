package org.parley.store.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.clean.Cleaned;
import org.parley.clean.HtmlCleaner;
import org.parley.clean.PlainText;
import org.parley.ingest.Loaded;
import org.parley.ingest.TextDecoder;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.util.Nullable;

/**
 * One page's bytes, as fetched or archived, into a document: decoded (Content-Type charset, else HTML meta,
 * else detected), cleaned as HTML or plain text, dated by the page or else by the given date. The same steps
 * as {@code parley brief} takes on a URL, for bytes that did not come from a path or URL Parley read itself.
 */
public final class Pages {
  private static final Pattern HTML_START = Pattern.compile(
      "\\A[\\s\\uFEFF]*<(?:!doctype html|html|head|body|title|meta|article|main|div|p|h1|section|script|link)[\\s>/]",
      Pattern.CASE_INSENSITIVE);

  private Pages() {}

  /**
   * @param id the document id (the page's URL)
   * @param source where it came from (the URL)
   * @param contentType the Content-Type, or null
   * @param date the date used when the page gives none, or null
   */
  public static Loaded read(byte[] bytes, String id, String source, @Nullable String contentType,
      @Nullable LocalDate date) {
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
    boolean html = isHtml(contentType, text);
    Cleaned cleaned = html ? HtmlCleaner.clean(text, source) : PlainText.clean(text);
    if (cleaned.text().isBlank()) {
      return new Loaded.Failed(source, html ? "no main text found in " + source : "empty document: " + source);
    }
    List<DataIssue> issues = new ArrayList<>(decoded.issues());
    issues.addAll(cleaned.issues());
    return ok(id, source, cleaned, date, issues);
  }

  /** A document from cleaned text, dated by the source or else by {@code date}. */
  static Loaded.Ok ok(String id, String source, Cleaned cleaned, @Nullable LocalDate date, List<DataIssue> issues) {
    LocalDate published = cleaned.published() != null ? cleaned.published() : date;
    List<DataIssue> all = new ArrayList<>(issues);
    if (published == null) {
      all.add(new DataIssue("date.missing", "the source gives no date and no --date was given", null));
    }
    return new Loaded.Ok(new Document(id, cleaned.title(), published, source, cleaned.text(), cleaned.posts()), all);
  }

  static boolean isHtml(@Nullable String contentType, String text) {
    if (contentType != null) {
      String ct = contentType.toLowerCase(Locale.ROOT).strip();
      if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) {
        return true;
      }
      if (ct.startsWith("text/plain")) {
        return false;
      }
    }
    return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
  }
}
