package org.parley.store.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.parley.ingest.Loaded;
import org.parley.ingest.UrlFetcher;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.store.Fixtures;
import org.parley.store.Item;

/** Inputs into items: folders, JSON Lines, WARC archives, feeds and pages, each under its source's key. */
class SourcesTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><title>%s</title>"
      + "<meta property=\"article:published_time\" content=\"2025-08-18T09:00:00Z\"></head><body><article>"
      + "<h1>%s</h1><p>\"We will not give up,\" President Anna Berger told reporters on Monday in the capital.</p>"
      + "<p>The talks went on late into the night, and the delegations met again on Tuesday morning.</p>"
      + "</article></body></html>";

  @TempDir Path dir;

  private final Map<String, UrlFetcher.Response> web = new HashMap<>();
  private final Map<String, Integer> fetched = new HashMap<>();

  private Sources sources(LocalDate date) {
    Fetcher fetcher = url -> {
      fetched.merge(url, 1, Integer::sum);
      UrlFetcher.Response r = web.get(url);
      if (r == null) {
        throw new IOException("HTTP 404 from " + url);
      }
      return r;
    };
    return new Sources(fetcher, date, new ByteArrayInputStream("Anna Berger spoke on stdin.".getBytes(StandardCharsets.UTF_8)));
  }

  private void serve(String url, String contentType, String body) {
    web.put(url, new UrlFetcher.Response(url, body.getBytes(StandardCharsets.UTF_8), contentType));
  }

  private static Document doc(Item item) {
    assertThat(item.loaded()).as(item.key()).isInstanceOf(Loaded.Ok.class);
    return ((Loaded.Ok) item.loaded()).document();
  }

  @Test
  void readsAFolderRecursivelyInNameOrderSkippingHiddenFilesAndOtherTypes() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/c/two.txt"), "Tomas Varga spoke second.");
    Files.writeString(dir.resolve("a.txt"), "Anna Berger spoke first.");
    Files.writeString(dir.resolve(".hidden.txt"), "not me");
    Files.writeString(dir.resolve(".git/config.txt"), "not me either");
    Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Fixtures.jsonl(dir.resolve("b/records.jsonl"), List.of(new String[] {"r1", "2025-08-18", "Record one text."},
        new String[] {"r2", "2025-08-19", "Record two text.", "https://example.org/r2"}));
    Sources s = sources(null);
    List<Item> items = s.expand(List.of(dir.toString()));
    assertThat(items).extracting(Item::key).containsExactly(
        "file:" + dir.resolve("a.txt").toAbsolutePath(), "file:" + dir.resolve("b/c/two.txt").toAbsolutePath(),
        "r1", "https://example.org/r2");
    assertThat(s.skipped()).containsExactly(dir.resolve("photo.png"));
    assertThat(doc(items.get(2)).published()).isEqualTo(LocalDate.of(2025, 8, 18));
  }

  @Test
  void keysAFileByItsAbsolutePathHoweverItIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Anna Berger spoke.");
    Files.createDirectories(dir.resolve("x"));
    Sources s = sources(LocalDate.of(2025, 1, 2));
    Item viaAbsolute = s.expand(file.toAbsolutePath().toString()).get(0);
    Item viaDots = s.expand(dir.resolve("x/../a.txt").toString()).get(0);
    assertThat(viaDots.key()).isEqualTo(viaAbsolute.key()).isEqualTo("file:" + file.toAbsolutePath());
    assertThat(doc(viaAbsolute).published()).isEqualTo(LocalDate.of(2025, 1, 2));
  }

  @Test
  void readsStdinUnderItsContentHash() {
    Item item = sources(null).expand("-").get(0);
    assertThat(item.key()).startsWith("stdin:").hasSize(6 + 64);
    assertThat(doc(item).text()).isEqualTo("Anna Berger spoke on stdin.");
  }

  @Test
  void reportsAMissingInputAsAFailedItemNamingIt() {
    String missing = dir.resolve("missing.txt").toString();
    Item item = sources(null).expand(missing).get(0);
    assertThat(item.loaded()).isInstanceOf(Loaded.Failed.class);
    assertThat(((Loaded.Failed) item.loaded()).message()).contains(missing);
  }

  @Test
  void readsTheTextPagesOfAWarcArchiveByTheirUrls() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    Instant captured = Instant.parse("2025-08-19T12:00:00Z");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(response("https://example.org/talks", 200, MediaType.HTML_UTF8,
          String.format(PAGE, "Talks", "Talks").getBytes(StandardCharsets.UTF_8), captured));
      w.write(response("https://example.org/logo.png", 200, MediaType.parse("image/png"), new byte[] {1, 2, 3},
          captured));
      w.write(response("https://example.org/gone", 404, MediaType.HTML_UTF8,
          "<html><body>gone</body></html>".getBytes(StandardCharsets.UTF_8), captured));
      w.write(response("https://example.org/notes.txt", 200, MediaType.PLAIN_TEXT,
          "Tomas Varga met Anna Berger.".getBytes(StandardCharsets.UTF_8), captured));
    }
    List<Item> items = sources(null).expand(warc.toString());
    assertThat(items).extracting(Item::key).containsExactly("https://example.org/talks", "https://example.org/notes.txt");
    Document talks = doc(items.get(0));
    assertThat(talks.id()).isEqualTo("https://example.org/talks");
    assertThat(talks.text()).contains("We will not give up");
    assertThat(talks.published()).isEqualTo(LocalDate.of(2025, 8, 18));
    assertThat(doc(items.get(1)).published()).as("dated by its capture").isEqualTo(LocalDate.of(2025, 8, 19));
  }

  @Test
  void reportsAWarcFileThatIsNotOne() throws IOException {
    Path warc = Files.writeString(dir.resolve("broken.warc"), "this is not a WARC file\n");
    List<Item> items = sources(null).expand(warc.toString());
    assertThat(items).singleElement().satisfies(i -> assertThat(((Loaded.Failed) i.loaded()).message())
        .contains(warc.toString()));
  }

  private static WarcResponse response(String url, int status, MediaType type, byte[] body, Instant date)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  @Test
  void takesTheLinkedPageOfEachFeedItem() {
    serve("https://example.org/feed", "application/rss+xml", FeedsTest.rss(2));
    serve("https://example.org/items/1", "text/html; charset=utf-8", String.format(PAGE, "One", "One"));
    serve("https://example.org/items/2", "text/html", String.format(PAGE, "Two", "Two"));
    List<Item> items = sources(null).expand("https://example.org/feed");
    assertThat(items).extracting(Item::key).containsExactly("https://example.org/items/1", "https://example.org/items/2");
    assertThat(doc(items.get(0)).title()).isEqualTo("One");
    assertThat(doc(items.get(0)).source()).isEqualTo("https://example.org/items/1");
  }

  @Test
  void usesTheItemsOwnTextWhenItsPageCannotBeFetchedAndSaysSo() {
    serve("https://example.org/feed", "application/rss+xml", FeedsTest.rss(1));
    List<Item> items = sources(null).expand("https://example.org/feed");
    Loaded.Ok ok = (Loaded.Ok) items.get(0).loaded();
    assertThat(ok.document().text()).contains("Summary of item 1");
    assertThat(ok.document().published()).isEqualTo(LocalDate.of(2025, 8, 18));
    assertThat(ok.issues()).extracting(DataIssue::code).contains("feed.item.unfetched");
  }

  @Test
  void readsAFeedFile() throws IOException {
    Path feed = Files.writeString(dir.resolve("news.rss"), FeedsTest.rss(2));
    serve("https://example.org/items/1", "text/html", String.format(PAGE, "One", "One"));
    serve("https://example.org/items/2", "text/html", String.format(PAGE, "Two", "Two"));
    assertThat(sources(null).expand(feed.toString())).extracting(Item::key)
        .containsExactly("https://example.org/items/1", "https://example.org/items/2");
  }

  @Test
  void reportsAMalformedFeedAsOneFailedItem() {
    serve("https://example.org/feed", "application/rss+xml", "<rss><channel><item><title>cut off");
    List<Item> items = sources(null).expand("https://example.org/feed");
    assertThat(items).singleElement().satisfies(i -> assertThat(((Loaded.Failed) i.loaded()).message())
        .startsWith("malformed feed: https://example.org/feed"));
  }

  @Test
  void readsAPageUrlUnderItsUrl() {
    serve("https://example.org/live", "text/html", String.format(PAGE, "Live", "Live"));
    Item item = sources(null).expand("https://example.org/live").get(0);
    assertThat(item.key()).isEqualTo("https://example.org/live");
    assertThat(doc(item).text()).contains("Anna Berger");
    assertThat(fetched).containsEntry("https://example.org/live", 1);
  }
}
