package org.parley.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parley.model.DataIssue;
import org.parley.model.Post;
import org.parley.util.Nullable;

/**
 * Cleans an HTML page: main text (or live posts), title and publication date.
 *
 * <ul>
 *   <li>Live page: a JSON-LD {@code LiveBlogPosting} with updates, or repeated post elements with
 *       times on a page whose JSON-LD describes no other article; see {@link LiveBlog}.
 *   <li>Article: the paragraphs of the main element; see {@link MainText}.
 *   <li>Title: {@code og:title}, {@code twitter:title}, JSON-LD {@code headline}, {@code <title>}.
 *   <li>Date: {@code article:published_time} and similar meta tags, JSON-LD {@code datePublished},
 *       the first {@code <time datetime>}; a live page's own date first, else its earliest post.
 * </ul>
 *
 * The text comes out empty when the page has none; the caller decides what that means.
 */
public final class HtmlCleaner {
  private static final String[] META_DATES = {
    "meta[property=article:published_time]", "meta[itemprop=datePublished]",
    "meta[name=article:published_time]", "meta[name=pubdate]", "meta[name=publish-date]",
    "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=dc.date]",
    "meta[name=dcterms.created]"
  };
  private static final String[] META_TITLES = {
    "meta[property=og:title]", "meta[name=og:title]", "meta[name=twitter:title]"
  };

  private HtmlCleaner() {}

  /** Cleans {@code html}; {@code baseUri} is where it came from ("" when unknown). */
  public static Cleaned clean(String html, String baseUri) {
    Document page = Jsoup.parse(html, baseUri);
    List<DataIssue> issues = new ArrayList<>();
    JsonLd ld = JsonLd.read(page, issues);
    JsonNode article = ld.first(JsonLd.ARTICLE_TYPES);
    String title = title(page, article);
    LocalDate published = published(page, article, issues);

    LiveBlog.Page live = LiveBlog.fromJsonLd(ld, issues);
    if (live == null && (article == null || JsonLd.hasType(article, "LiveBlogPosting"))) {
      live = LiveBlog.fromHtml(page);
    }
    if (live != null) {
      LocalDate date = live.published() != null ? live.published() : published;
      return new Cleaned(title, date != null ? date : earliest(live.posts()), live.text(),
          live.posts(), issues);
    }
    return new Cleaned(title, published, String.join("\n", MainText.lines(page)), List.of(), issues);
  }

  private static @Nullable String title(Document page, @Nullable JsonNode article) {
    for (String query : META_TITLES) {
      String t = nonBlank(page.select(query).attr("content"));
      if (t != null) {
        return t;
      }
    }
    if (article != null) {
      String headline = JsonLd.text(article, "headline");
      if (headline != null) {
        return nonBlank(Parser.unescapeEntities(headline, false));
      }
    }
    return nonBlank(page.title());
  }

  private static @Nullable LocalDate published(
      Document page, @Nullable JsonNode article, List<DataIssue> issues) {
    for (String query : META_DATES) {
      LocalDate d = date(page.select(query).attr("content"), query, issues);
      if (d != null) {
        return d;
      }
    }
    if (article != null) {
      LocalDate d = date(JsonLd.text(article, "datePublished"), "JSON-LD datePublished", issues);
      if (d != null) {
        return d;
      }
    }
    for (Element time : page.select("time[datetime]")) {
      LocalDate d = date(time.attr("datetime"), "<time datetime>", issues);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static @Nullable LocalDate date(
      @Nullable String value, String where, List<DataIssue> issues) {
    if (value == null || value.isBlank()) {
      return null;
    }
    LocalDate d = Dates.parse(value);
    if (d == null) {
      String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
      issues.add(new DataIssue("date.unparsed",
          where + " is not a date: \"" + HtmlLines.collapse(shown) + "\"", null));
    }
    return d;
  }

  private static @Nullable LocalDate earliest(List<Post> posts) {
    LocalDate min = null;
    for (Post p : posts) {
      LocalDate d = Dates.parse(p.published());
      if (d != null && (min == null || d.isBefore(min))) {
        min = d;
      }
    }
    return min;
  }

  private static @Nullable String nonBlank(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = HtmlLines.collapse(s);
    return t.isEmpty() ? null : t;
  }
}
