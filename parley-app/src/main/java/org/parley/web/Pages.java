package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The page shells: one layout ({@code org/parley/web/layout.html}: head, navigation, an empty {@code main} that
 * {@code parley.js} fills from the API) made into each page once, by fixed name, so no request ever names a
 * file. A page is added here, with a route in {@link WebServer} and its rendering in {@code parley.js}.
 */
final class Pages {
  private static final String LOADING = "<p class=\"loading\">Loading…</p>";
  private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

  /** The pages: name (the body's {@code data-page}), title, and the scripts each needs before parley.js. */
  private static final List<Page> PAGES = List.of(
      new Page("overview", "Overview", LOADING),
      new Page("document", "Document", LOADING),
      new Page("matrix", "Stance matrix", LOADING),
      new Page("actor", "Actor", LOADING),
      new Page("quotes", "Quotes", LOADING),
      new Page("network", "Network", LOADING, ECHARTS),
      new Page("options", "Options", LOADING),
      new Page("missing", "Not found", "<h1>Not found</h1><p>Nothing is stored under this address. "
          + "<a href=\"/\">Back to the overview</a>.</p>"));

  /** The navigation bar's links, in order, each named by the title of the page it leads to. */
  private static final List<Link> NAV = List.of(new Link("/", "overview"), new Link("/matrix", "matrix"),
      new Link("/quotes", "quotes"), new Link("/network", "network"), new Link("/options", "options"));

  private static final Map<String, String> HTML = render();

  private Pages() {}

  /** The page {@code name}: overview, document, matrix, actor, quotes, network, options or missing. */
  static String get(String name) {
    String html = HTML.get(name);
    if (html == null) {
      throw new IllegalArgumentException("page must be one of " + HTML.keySet() + ", was '" + name + "'");
    }
    return html;
  }

  private record Page(String name, String title, String main, String... scripts) {}

  private record Link(String href, String page) {}

  private static Map<String, String> render() {
    String layout = layout();
    Map<String, Page> byName = PAGES.stream().collect(Collectors.toMap(Page::name, Function.identity()));
    return PAGES.stream().collect(Collectors.toUnmodifiableMap(Page::name, p -> layout
        .replace("${title}", p.title())
        .replace("${page}", p.name())
        .replace("${nav}", nav(p, byName))
        .replace("${main}", p.main())
        .replace("${scripts}", scripts(p))));
  }

  private static String nav(Page here, Map<String, Page> byName) {
    List<String> links = new ArrayList<>();
    for (Link link : NAV) {
      links.add("      <a href=\"" + link.href() + "\"" + (link.page().equals(here.name()) ? " class=\"here\"" : "")
          + ">" + byName.get(link.page()).title() + "</a>");
    }
    return String.join("\n", links);
  }

  private static String scripts(Page p) {
    List<String> lines = new ArrayList<>();
    for (String script : p.scripts()) {
      lines.add("  <script src=\"" + script + "\"></script>");
    }
    lines.add("  <script src=\"/assets/parley.js\"></script>");
    return String.join("\n", lines);
  }

  private static String layout() {
    String path = "/org/parley/web/layout.html";
    try (InputStream in = Pages.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("layout missing from the jar: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the layout " + path, e);
    }
  }
}
