package org.parley.clean;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.parley.model.DataIssue;
import org.parley.model.Post;
import org.parley.model.Span;
import org.parley.util.Nullable;

/**
 * Reads a live page as a list of posts, each with its own time: from a schema.org
 * {@code LiveBlogPosting} with {@code liveBlogUpdate} items, or, on a page whose JSON-LD describes
 * no other kind of article, from repeated post elements ({@code <article>} or a class naming a post
 * or update, outside boilerplate) that each hold a {@code <time datetime>}. The text is the posts
 * in the order given, each its headline line and body lines.
 */
final class LiveBlog {
  /** Fewer post elements than this is an article with a timestamp, not a live page. */
  static final int MIN_HTML_POSTS = 2;

  private static final Set<String> LIVE_TYPES = Set.of("LiveBlogPosting");

  private LiveBlog() {}

  /**
   * A live page read as posts.
   *
   * @param published the page's own date (its datePublished or coverageStartTime), or null
   */
  record Page(String text, List<Post> posts, @Nullable LocalDate published) {
    Page {
      posts = List.copyOf(posts);
    }
  }

  /** The posts of a {@code LiveBlogPosting}, or null when the JSON-LD has none with posts. */
  static @Nullable Page fromJsonLd(JsonLd ld, List<DataIssue> issues) {
    JsonNode live = ld.first(LIVE_TYPES);
    if (live == null) {
      return null;
    }
    JsonNode updates = live.path("liveBlogUpdate");
    List<JsonNode> items = new ArrayList<>();
    if (updates.isObject()) {
      items.add(updates);
    } else {
      updates.forEach(items::add);
    }
    TextBuilder text = new TextBuilder();
    List<Post> posts = new ArrayList<>();
    int index = 0;
    for (JsonNode update : items) {
      index++;
      if (!update.isObject()) {
        continue;
      }
      String rawHeadline = JsonLd.text(update, "headline");
      String headline =
          headline(rawHeadline == null ? null : Parser.unescapeEntities(rawHeadline, false));
      String body = JsonLd.text(update, "articleBody");
      if (body == null) {
        body = JsonLd.text(update, "text");
      }
      List<String> lines = body == null ? List.of() : HtmlLines.ofMarkup(body);
      Post post = addPost(text, headline, lines, JsonLd.text(update, "datePublished"));
      if (post == null) {
        issues.add(new DataIssue(
            "live.empty-post", "liveBlogUpdate " + index + " has no headline and no text", null));
      } else {
        posts.add(post);
      }
    }
    if (posts.isEmpty()) {
      return null;
    }
    String start = JsonLd.text(live, "datePublished");
    if (start == null) {
      start = JsonLd.text(live, "coverageStartTime");
    }
    return new Page(text.text(), posts, Dates.parse(start));
  }

  /**
   * The posts of a page marked up as repeated post elements each with a {@code <time datetime>},
   * or null when it has fewer than {@link #MIN_HTML_POSTS}.
   */
  static @Nullable Page fromHtml(Document page) {
    List<Element> postElements = postElements(page);
    if (postElements.size() < MIN_HTML_POSTS) {
      return null;
    }
    TextBuilder text = new TextBuilder();
    List<Post> posts = new ArrayList<>();
    for (Element e : postElements) {
      Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
      skip.addAll(e.select("time"));
      Element heading = e.selectFirst("h1, h2, h3, h4, h5, h6");
      String headline = null;
      if (heading != null) {
        headline = headline(heading.text());
        skip.add(heading);
      }
      String time = e.selectFirst("time[datetime]").attr("datetime").strip();
      Post post = addPost(text, headline, HtmlLines.of(e, skip), time.isEmpty() ? null : time);
      if (post != null) {
        posts.add(post);
      }
    }
    return posts.size() < MIN_HTML_POSTS ? null : new Page(text.text(), posts, null);
  }

  /**
   * Post elements: outermost post-like elements that hold the time of exactly one post. A
   * post-like element is an {@code <article>} or has a class naming a post or an update; one whose
   * times belong to two or more innermost post-like elements is a container, not a post.
   */
  private static List<Element> postElements(Document page) {
    Map<Element, Element> innermostOf = new IdentityHashMap<>();
    List<Element> innermosts = new ArrayList<>();
    for (Element time : page.select("time[datetime]")) {
      Element post = closestPostLike(time);
      if (post != null && !HtmlLines.inBoilerplate(post)) {
        innermostOf.put(time, post);
        innermosts.add(post);
      }
    }
    // Times come in page order, so posts are found in page order too.
    Map<Element, Boolean> container = new IdentityHashMap<>();
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> posts = new ArrayList<>();
    for (Element innermost : innermosts) {
      Element post = null;
      for (Element at = innermost; at != null; at = at.parent()) {
        if (container.computeIfAbsent(at, e -> isContainer(e, innermostOf))) {
          break;
        }
        if (isPostLike(at)) {
          post = at;
        }
      }
      if (post != null && found.add(post)) {
        posts.add(post);
      }
    }
    return posts;
  }

  private static boolean isContainer(Element e, Map<Element, Element> innermostOf) {
    Set<Element> owners = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element time : e.select("time[datetime]")) {
      Element owner = innermostOf.get(time);
      if (owner != null) {
        owners.add(owner);
      }
    }
    return owners.size() > 1;
  }

  private static @Nullable Element closestPostLike(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (isPostLike(at)) {
        return at;
      }
    }
    return null;
  }

  private static boolean isPostLike(Element e) {
    if (e.normalName().equals("article")) {
      return true;
    }
    String cls = e.className().toLowerCase(Locale.ROOT);
    return cls.contains("post") || cls.contains("update");
  }

  private static @Nullable String headline(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String h = HtmlLines.collapse(raw);
    return h.isEmpty() ? null : h;
  }

  /** Appends a post's lines and returns it, or returns null when it has no line at all. */
  private static @Nullable Post addPost(
      TextBuilder text, @Nullable String headline, List<String> body, @Nullable String published) {
    Span first = null;
    Span last = null;
    if (headline != null) {
      first = text.append(headline);
      last = first;
    }
    for (String line : body) {
      last = text.append(line);
      if (first == null) {
        first = last;
      }
    }
    if (first == null) {
      return null;
    }
    return new Post(new Span(first.begin(), last.end()), published, headline);
  }
}
