package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parley.clean.Cleaned;
import org.parley.model.DataIssue;
import org.parley.util.Nullable;

/**
 * The front door of ingest: reads one command-line input (a file, an http(s) URL, "-" for stdin,
 * or a JSON Lines file) into documents. Bad input never throws: it comes back as
 * {@link Loaded.Failed} with a one-line message naming the input. Bytes that Parley did not read from a path or
 * URL itself (a feed's pages, a WARC record) come in through {@link #read(byte[], String, String, String,
 * LocalDate)}, to be read the same way.
 */
public final class Inputs {
  /** Largest document read, in bytes (JSON Lines files are read a record at a time, unbounded). */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final Pattern OTHER_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://");

  private Inputs() {}

  /**
   * Reads one input, with stdin and the shared {@link UrlFetcher}.
   *
   * @param input a file path, an http(s):// URL, "-" for stdin, or a .jsonl file
   * @param date the user's --date, used when the source gives none, or null
   * @return one result, or one per record for JSON Lines
   */
  public static List<Loaded> read(String input, @Nullable LocalDate date) {
    return read(input, date, System.in, UrlFetcher.shared());
  }

  /** Reads one input as {@link #read(String, LocalDate)} does, from the given stdin and fetcher. */
  public static List<Loaded> read(
      String input, @Nullable LocalDate date, InputStream stdin, UrlFetcher fetcher) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(fetcher, "fetcher");
    try {
      if (input.equals("-")) {
        return List.of(readStdin(stdin, date));
      }
      if (isUrl(input)) {
        return List.of(readUrl(input, date, fetcher));
      }
      if (OTHER_SCHEME.matcher(input).lookingAt()) {
        return List.of(new Loaded.Failed(input,
            "unsupported URL scheme: " + input + " (only http:// and https:// are read)"));
      }
      return readPath(input, date);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug met on strange input: report it for this input and let the others go on.
      return List.of(new Loaded.Failed(input, "cannot read " + input + ": internal error "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    }
  }

  /**
   * Reads one plain-text or HTML document from its bytes, as fetched or archived: decoded (the Content-Type's
   * charset, else the HTML meta, else detected), cleaned as HTML or plain text, dated by the source or else by
   * {@code date}. Empty, binary or textless bytes give a {@link Loaded.Failed} naming {@code source}.
   *
   * @param id the document id
   * @param source where the bytes came from: a URL, a path or "stdin"
   * @param contentType the HTTP Content-Type, or null
   * @param date the date used when the source gives none, or null
   */
  public static Loaded read(
      byte[] bytes, String id, String source, @Nullable String contentType, @Nullable LocalDate date) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    return DocumentReader.read(bytes, id, source, contentType, date);
  }

  /**
   * A document from text already cleaned (a feed item's own text), dated by the text or else by {@code date};
   * a document with no date gets a {@code date.missing} issue.
   */
  public static Loaded.Ok fromCleaned(
      String id, String source, Cleaned cleaned, @Nullable LocalDate date, List<DataIssue> issues) {
    return DocumentReader.ok(id, source, cleaned, date, issues);
  }

  /** Reads a document from {@code stdin}; its id and source are "stdin". */
  public static Loaded readStdin(InputStream stdin, @Nullable LocalDate date) {
    try {
      byte[] bytes = stdin.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return new Loaded.Failed("-", "document too large: stdin is over " + MAX_BYTES + " bytes");
      }
      Loaded loaded = DocumentReader.read(bytes, "stdin", "stdin", null, date);
      return loaded instanceof Loaded.Failed f ? new Loaded.Failed("-", f.message()) : loaded;
    } catch (IOException e) {
      return new Loaded.Failed("-", "cannot read stdin: " + UrlFetcher.reason(e));
    }
  }

  private static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static Loaded readUrl(String url, @Nullable LocalDate date, UrlFetcher fetcher) {
    UrlFetcher.Response response;
    try {
      response = fetcher.fetch(url);
    } catch (IOException e) {
      return new Loaded.Failed(url, e.getMessage());
    }
    String type = response.contentType();
    if (type != null && isBinaryType(type)) {
      return new Loaded.Failed(url, "not a text document: " + url + " is " + type.split(";")[0].strip());
    }
    return DocumentReader.read(response.body(), url, url, type, date);
  }

  private static boolean isBinaryType(String contentType) {
    String t = contentType.toLowerCase(Locale.ROOT).strip();
    return t.startsWith("image/") || t.startsWith("audio/") || t.startsWith("video/")
        || t.startsWith("font/") || t.startsWith("application/pdf") || t.startsWith("application/zip")
        || t.startsWith("application/gzip");
  }

  private static List<Loaded> readPath(String input, @Nullable LocalDate date) {
    if (input.isBlank()) {
      return List.of(new Loaded.Failed(input, "no such file: \"" + input + "\" (empty path)"));
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (InvalidPathException e) {
      return List.of(new Loaded.Failed(input, "no such file: " + input + " (" + e.getReason() + ")"));
    }
    if (!Files.exists(path)) {
      return List.of(new Loaded.Failed(input, "no such file: " + input));
    }
    if (Files.isDirectory(path)) {
      return List.of(new Loaded.Failed(input, "not a file: " + input + " is a directory"));
    }
    String name = path.getFileName() == null ? input : path.getFileName().toString();
    try {
      if (Sniffer.isJsonl(name)) {
        try (InputStream in = Files.newInputStream(path)) {
          return JsonlReader.read(in, input, date);
        }
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        return List.of(new Loaded.Failed(input,
            "document too large: " + input + " is " + size + " bytes, the limit is " + MAX_BYTES));
      }
      return List.of(DocumentReader.read(Files.readAllBytes(path), idOf(name), input, null, date));
    } catch (AccessDeniedException e) {
      return List.of(new Loaded.Failed(input, "cannot read " + input + ": permission denied"));
    } catch (IOException e) {
      return List.of(new Loaded.Failed(input, "cannot read " + input + ": " + UrlFetcher.reason(e)));
    }
  }

  /** The file name without its last extension: {@code 000_abc} for {@code 000_abc.txt}. */
  static String idOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
