package org.parley.store.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.parley.clean.Cleaned;
import org.parley.clean.PlainText;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.ingest.UrlFetcher;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.store.ContentHash;
import org.parley.store.Item;
import org.parley.util.Nullable;

/**
 * Expands {@code parley ingest}'s inputs into items, each keyed by what identifies its source:
 *
 * <ul>
 *   <li>a folder: every file under it of a known type, recursively, in name order (hidden files skipped);
 *   <li>{@code .jsonl}: one item a record, keyed by its {@code url}, else its {@code id};
 *   <li>{@code .warc}, {@code .warc.gz}: one item a captured text page, keyed by its URL;
 *   <li>an RSS or Atom feed (a URL or a {@code .rss}, {@code .atom} or {@code .xml} file): one item an entry,
 *       the page it links to, keyed by the link;
 *   <li>an http(s) URL: the page, keyed by the URL;
 *   <li>any other file (text, HTML): keyed by {@code file:} and its absolute path;
 *   <li>{@code -}: standard input, keyed by {@code stdin:} and its content hash.
 * </ul>
 */
public final class Sources {
  /** File types a folder is searched for; others are counted in {@link #skipped()}. */
  private static final Set<String> KNOWN = Set.of("txt", "text", "md", "html", "htm", "xhtml", "jsonl", "ndjson",
      "warc", "warc.gz", "rss", "atom", "xml", "");

  private final Fetcher fetcher;
  private final @Nullable LocalDate date;
  private final InputStream stdin;
  private final List<Path> skipped = new ArrayList<>();

  /** @param date the user's --date, for documents whose source gives none, or null */
  public Sources(Fetcher fetcher, @Nullable LocalDate date, InputStream stdin) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.date = date;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** All items of all inputs, in order. */
  public List<Item> expand(List<String> inputs) {
    List<Item> out = new ArrayList<>();
    for (String input : inputs) {
      out.addAll(expand(input));
    }
    return out;
  }

  /** Files in folders that were passed over because their type is not one Parley reads. */
  public List<Path> skipped() {
    return List.copyOf(skipped);
  }

  /** The items of one input. */
  public List<Item> expand(String input) {
    try {
      if (input.equals("-")) {
        Loaded loaded = Inputs.readStdin(stdin, date);
        return List.of(loaded instanceof Loaded.Ok ok
            ? new Item("stdin:" + ContentHash.of(ok.document()), loaded) : new Item("-", loaded));
      }
      String lower = input.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        return url(input);
      }
      Path path = pathOrNull(input);
      if (path != null && Files.isDirectory(path)) {
        return folder(path);
      }
      if (path != null && Files.isRegularFile(path)) {
        return file(path, input);
      }
      return keyed(Inputs.read(input, date), input, false); // Inputs says what is wrong with it
    } catch (RuntimeException e) {
      return List.of(Item.failed(input, "cannot read " + input + ": internal error " + e));
    }
  }

  private List<Item> folder(Path dir) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(dir.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(Item.failed(dir.toString(), "cannot read the folder " + dir + ": " + e.getMessage()));
    }
    List<Item> out = new ArrayList<>();
    for (Path f : files) {
      if (KNOWN.contains(extension(f))) {
        out.addAll(file(f, f.toString()));
      } else {
        skipped.add(f);
      }
    }
    return out;
  }

  private List<Item> file(Path path, String input) {
    String ext = extension(path);
    if (ext.equals("warc") || ext.equals("warc.gz")) {
      return Warcs.read(path, input, date);
    }
    if (ext.equals("rss") || ext.equals("atom") || ext.equals("xml")) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException e) {
        return List.of(Item.failed(input, "cannot read " + input + ": " + e.getMessage()));
      }
      if (!ext.equals("xml") || Feeds.looksLikeFeed(bytes, null)) {
        return feed(bytes, path.toAbsolutePath().toUri().toString(), input);
      }
    }
    return keyed(Inputs.read(input, date), "file:" + path.toAbsolutePath().normalize(),
        ext.equals("jsonl") || ext.equals("ndjson"));
  }

  private List<Item> url(String url) {
    UrlFetcher.Response response;
    try {
      response = fetcher.fetch(url);
    } catch (IOException e) {
      return List.of(Item.failed(url, e.getMessage()));
    }
    if (Feeds.looksLikeFeed(response.body(), response.contentType())) {
      return feed(response.body(), url, url);
    }
    return List.of(new Item(url, Inputs.read(response.body(), url, url, response.contentType(), date)));
  }

  private List<Item> feed(byte[] bytes, String feedUrl, String input) {
    Feeds.Feed feed;
    try {
      feed = Feeds.parse(bytes, feedUrl);
    } catch (FeedException e) {
      return List.of(Item.failed(input, e.getMessage()));
    }
    List<Item> out = new ArrayList<>();
    for (FeedItem item : feed.items()) {
      out.add(item(item, feedUrl));
    }
    if (out.isEmpty()) {
      out.add(Item.failed(input, "no items in the feed " + input));
    }
    return out;
  }

  /**
   * The page a feed item links to, dated by the item when the page gives no date. When the page cannot
   * be fetched, or there is no link, the item's own text stands in for it, with an issue saying so.
   */
  public Item item(FeedItem item, String feedUrl) {
    LocalDate itemDate = item.published() != null ? item.published() : date;
    String fetchError = null;
    if (item.link() != null) {
      try {
        UrlFetcher.Response page = fetcher.fetch(item.link());
        Loaded loaded = Inputs.read(page.body(), item.link(), item.link(), page.contentType(), itemDate);
        if (loaded instanceof Loaded.Ok) {
          return new Item(item.key(), loaded);
        }
        fetchError = ((Loaded.Failed) loaded).message();
      } catch (IOException e) {
        fetchError = e.getMessage();
      }
    }
    if (item.text().isBlank()) {
      return Item.failed(item.key(), fetchError != null ? fetchError
          : "feed item without a link or text in " + feedUrl + (item.title() == null ? "" : ": " + item.title()));
    }
    String body = (item.title() == null ? "" : item.title() + "\n\n") + item.text();
    Cleaned cleaned = PlainText.clean(body);
    List<DataIssue> issues = new ArrayList<>(cleaned.issues());
    issues.add(fetchError != null
        ? new DataIssue("feed.item.unfetched", "the linked page could not be read (" + fetchError
            + "); the feed item's own text is used", null)
        : new DataIssue("feed.item.no-link", "the feed item has no link; its own text is used", null));
    String source = item.link() != null ? item.link() : feedUrl;
    Cleaned titled = new Cleaned(item.title(), cleaned.published(), cleaned.text(), cleaned.posts(), cleaned.issues());
    return new Item(item.key(), Inputs.fromCleaned(item.key(), source, titled, itemDate, issues));
  }

  /**
   * Keys the documents of one input: one whose source is a URL by the URL, a JSON Lines record by its id,
   * any other by {@code key}.
   */
  private static List<Item> keyed(List<Loaded> loaded, String key, boolean jsonl) {
    List<Item> out = new ArrayList<>();
    for (Loaded l : loaded) {
      if (l instanceof Loaded.Ok ok) {
        Document d = ok.document();
        String source = d.source().toLowerCase(Locale.ROOT);
        String k = source.startsWith("http://") || source.startsWith("https://") ? d.source() : jsonl ? d.id() : key;
        out.add(new Item(k, l));
      } else {
        out.add(new Item(((Loaded.Failed) l).input(), l));
      }
    }
    return out;
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The file's extension in lower case ("warc.gz" for a compressed WARC), or "". */
  static String extension(Path p) {
    String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      return "warc.gz";
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot + 1) : "";
  }

  private static @Nullable Path pathOrNull(String input) {
    try {
      return input.isBlank() ? null : Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
