package org.parley.store.sources;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.parley.store.ContentHash;
import org.parley.util.Nullable;

/** RSS and Atom feeds, read with Rome: the feed's title, and its items oldest first. */
public final class Feeds {
  private static final Pattern FEED_ROOT = Pattern.compile(
      "\\A\\uFEFF?\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:(?:<!--.*?-->|<\\?[^>]*\\?>|<!DOCTYPE[^>]*>)\\s*)*"
          + "<(?:rss|feed|rdf:RDF)[\\s>]",
      Pattern.DOTALL);

  /** A feed's title and items, oldest first. */
  public record Feed(@Nullable String title, List<FeedItem> items) {
    public Feed {
      items = List.copyOf(items);
    }
  }

  private Feeds() {}

  /** True when the Content-Type names a feed, or the bytes start with an RSS, Atom or RDF root element. */
  public static boolean looksLikeFeed(byte[] bytes, @Nullable String contentType) {
    if (contentType != null) {
      String ct = contentType.toLowerCase(Locale.ROOT);
      if (ct.contains("rss+xml") || ct.contains("atom+xml") || ct.contains("rdf+xml")) {
        return true;
      }
      if (ct.startsWith("text/html") || ct.startsWith("text/plain")) {
        return false;
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
    return FEED_ROOT.matcher(head).find();
  }

  /** Reads a feed; {@code url} names it in messages and resolves relative links. */
  public static Feed parse(byte[] bytes, String url) throws FeedException {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
      throw new FeedException("malformed feed: " + url + ": " + oneLine(e), e);
    } catch (IOException e) {
      throw new FeedException("cannot read the feed " + url + ": " + oneLine(e), e);
    }
    List<FeedItem> items = new ArrayList<>();
    List<Date> times = new ArrayList<>();
    for (SyndEntry e : feed.getEntries()) {
      items.add(item(e, url));
      times.add(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    }
    return new Feed(blankToNull(feed.getTitle()), oldestFirst(items, times));
  }

  /** By time when every item has one (stable for equal times), else the feed's order reversed. */
  private static List<FeedItem> oldestFirst(List<FeedItem> items, List<Date> times) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      order.add(i);
    }
    if (times.contains(null)) {
      Collections.reverse(order);
    } else {
      order.sort(Comparator.comparing(times::get));
    }
    List<FeedItem> out = new ArrayList<>();
    order.forEach(i -> out.add(items.get(i)));
    return out;
  }

  private static FeedItem item(SyndEntry e, String feedUrl) {
    String link = absolute(feedUrl, blankToNull(e.getLink()));
    String guid = blankToNull(e.getUri());
    if (link == null && guid != null && (guid.startsWith("http://") || guid.startsWith("https://"))) {
      link = guid;
    }
    String title = blankToNull(e.getTitle());
    String text = text(e);
    Date updated = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
    Date published = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    String key = link != null ? link : guid != null ? feedUrl + "#" + guid
        : feedUrl + "#" + ContentHash.of((title == null ? "" : title) + "\n" + text).substring(0, 16);
    return new FeedItem(key, link, title,
        published == null ? null : published.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(),
        updated == null ? null : updated.toInstant().toString(), text);
  }

  /** The item's content, else its description, as plain text. */
  private static String text(SyndEntry e) {
    StringBuilder html = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        html.append(c.getValue()).append('\n');
      }
    }
    if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
      html.append(e.getDescription().getValue());
    }
    if (html.toString().isBlank()) {
      return "";
    }
    return plainText(html.toString());
  }

  /** Paragraphs of an HTML fragment, one a line; the body's text when it has none. */
  static String plainText(String html) {
    Element body = Jsoup.parse(html).body();
    StringBuilder out = new StringBuilder();
    for (Element block : body.select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre")) {
      boolean hasInnerBlocks = block.select("p, li, blockquote").stream().anyMatch(e -> e != block);
      if (!hasInnerBlocks && !block.text().isBlank()) {
        out.append(block.text().strip()).append("\n\n");
      }
    }
    return (out.length() == 0 ? body.text() : out.toString()).strip();
  }

  private static @Nullable String absolute(String base, @Nullable String link) {
    if (link == null) {
      return null;
    }
    try {
      return new URI(base).resolve(link.strip()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return link.strip();
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
