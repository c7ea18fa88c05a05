package org.parley.store.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RSS and Atom through Rome: items with absolute links, dates, fingerprints and plain text. */
class FeedsTest {
  /** An RSS feed of items 1..n at https://example.org/items/N, newest first. */
  static String rss(int n) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Example Wire</title><link>https://example.org/</link><description>News</description>\n");
    for (int i = n; i >= 1; i--) {
      b.append("<item><title>Item ").append(i).append("</title><link>https://example.org/items/").append(i)
          .append("</link><guid>item-").append(i).append("</guid><pubDate>Mon, 18 Aug 2025 0").append(i % 10)
          .append(":00:00 GMT</pubDate><description>&lt;p&gt;Summary of item ").append(i)
          .append(": President Anna Berger met Tomas Varga.&lt;/p&gt;</description></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  @Test
  void readsRssItemsOldestFirstWithTheirLinksDatesAndText() throws FeedException {
    Feeds.Feed feed = Feeds.parse(bytes(rss(2)), "https://example.org/feed");
    assertThat(feed.title()).isEqualTo("Example Wire");
    assertThat(feed.items()).extracting(FeedItem::key)
        .containsExactly("https://example.org/items/1", "https://example.org/items/2");
    FeedItem first = feed.items().get(1);
    assertThat(first.published()).isEqualTo(LocalDate.of(2025, 8, 18));
    assertThat(first.text()).isEqualTo("Summary of item 2: President Anna Berger met Tomas Varga.");
    assertThat(first.fingerprint()).isEqualTo("https://example.org/items/2|2025-08-18T02:00:00Z");
  }

  @Test
  void readsAtomAndResolvesRelativeLinks() throws FeedException {
    String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Atom Wire</title><id>urn:x</id><updated>2025-08-18T10:00:00Z</updated>"
        + "<entry><title>Talks</title><link href=\"/live/talks\"/><id>urn:talks</id>"
        + "<updated>2025-08-18T11:30:00Z</updated><content type=\"html\">&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;"
        + "</content></entry></feed>";
    FeedItem item = Feeds.parse(bytes(atom), "https://example.org/atom.xml").items().get(0);
    assertThat(item.link()).isEqualTo("https://example.org/live/talks");
    assertThat(item.updated()).isEqualTo("2025-08-18T11:30:00Z");
    assertThat(item.text()).isEqualTo("One.\n\nTwo.");
  }

  @Test
  void keysAnItemWithoutALinkByItsGuidInTheFeed() throws FeedException {
    String rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>No link</title><guid isPermaLink=\"false\">"
        + "abc</guid><description>Words.</description></item></channel></rss>";
    FeedItem item = Feeds.parse(bytes(rss), "https://example.org/feed").items().get(0);
    assertThat(item.link()).isNull();
    assertThat(item.key()).isEqualTo("https://example.org/feed#abc");
  }

  @Test
  void listsUndatedItemsInTheReverseOfTheFeedsOrder() throws FeedException {
    String rss = "<rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>New</title><link>https://example.org/new</link></item>"
        + "<item><title>Old</title><link>https://example.org/old</link></item></channel></rss>";
    assertThat(Feeds.parse(bytes(rss), "https://example.org/feed").items()).extracting(FeedItem::title)
        .containsExactly("Old", "New");
  }

  @Test
  void rejectsMalformedXmlInOneLineNamingTheFeed() {
    assertThatThrownBy(() -> Feeds.parse(bytes("<rss><channel><title>cut"), "https://example.org/feed"))
        .isInstanceOf(FeedException.class).hasMessageStartingWith("malformed feed: https://example.org/feed: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void rejectsADoctypeRatherThanExpandEntities() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
    assertThatThrownBy(() -> Feeds.parse(bytes(xxe), "https://example.org/feed")).isInstanceOf(FeedException.class);
  }

  @Test
  void tellsFeedsFromPages() {
    assertThat(Feeds.looksLikeFeed(bytes(rss(1)), null)).isTrue();
    assertThat(Feeds.looksLikeFeed(bytes("<?xml version=\"1.0\"?>\n<!-- hi -->\n<feed xmlns=\"x\">"), "text/xml")).isTrue();
    assertThat(Feeds.looksLikeFeed(bytes("<html><body>page</body></html>"), null)).isFalse();
    assertThat(Feeds.looksLikeFeed(bytes("anything"), "application/atom+xml; charset=utf-8")).isTrue();
    assertThat(Feeds.looksLikeFeed(bytes(rss(1)), "text/html")).isFalse();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
