package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML element into text lines: each paragraph, heading, list item or other block on its
 * own line, whitespace collapsed within a line, boilerplate (navigation, headers, footers, asides,
 * scripts, forms, figures and their captions) left out. Iterative, so deep nesting is safe.
 */
final class HtmlLines {
  /** Elements whose text is never main text. */
  static final Set<String> BOILERPLATE = Set.of(
      "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "form",
      "figure", "figcaption", "button", "select", "textarea", "input", "iframe", "svg", "canvas",
      "video", "audio", "object", "embed", "head", "title", "dialog", "menu");

  /** Elements that end the line before them and after them. */
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
      "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
      "address", "hr", "details", "summary", "center", "body", "caption");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private HtmlLines() {}

  /** The lines of {@code root}. */
  static List<String> of(Element root) {
    return of(root, Set.of());
  }

  /** The lines of {@code root}, leaving out the elements in {@code skip} (compared by identity). */
  static List<String> of(Element root, Set<Element> skip) {
    Collector collector = new Collector(skip);
    NodeTraversor.filter(collector, root);
    collector.endLine();
    return collector.lines;
  }

  /** The lines of a text that is either plain (one line a paragraph) or an HTML fragment. */
  static List<String> ofMarkup(String value) {
    if (value.indexOf('<') >= 0 && value.indexOf('>') >= 0) {
      return of(Jsoup.parseBodyFragment(value).body());
    }
    List<String> lines = new ArrayList<>();
    for (String raw : value.split("\\R")) {
      String line = collapse(Parser.unescapeEntities(raw, false));
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** {@code text} with runs of whitespace (non-breaking spaces too) as one space, trimmed. */
  static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /** True for elements whose text is never main text. */
  static boolean isBoilerplate(Element e) {
    return BOILERPLATE.contains(e.normalName())
        || e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || "navigation".equalsIgnoreCase(e.attr("role"));
  }

  /** True when {@code e} or one of its ancestors is boilerplate. */
  static boolean inBoilerplate(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      if (isBoilerplate(at)) {
        return true;
      }
    }
    return false;
  }

  private static final class Collector implements NodeFilter {
    private final Set<Element> skip;
    private final List<String> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();

    Collector(Set<Element> skip) {
      this.skip = skip;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        line.append(text.getWholeText());
      } else if (node instanceof Element e) {
        if (depth > 0 && (isBoilerplate(e) || skip.contains(e))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String name = e.normalName();
        if (BLOCKS.contains(name) || name.equals("br")) {
          endLine();
        } else if (name.equals("td") || name.equals("th")) {
          line.append(' ');
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        endLine();
      }
      return FilterResult.CONTINUE;
    }

    void endLine() {
      String text = collapse(line.toString());
      if (!text.isEmpty()) {
        lines.add(text);
      }
      line.setLength(0);
    }
  }
}
