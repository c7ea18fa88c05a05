package org.parley.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of an article page: the element that holds the article's paragraphs, by
 * preference {@code [itemprop=articleBody]}, then {@code <article>}, then {@code <main>}, as long as
 * it holds at least half the page's paragraph text; else the element with the largest cluster of
 * {@code <p>} text; else the whole body. Boilerplate never counts.
 */
final class MainText {
  private static final String[] PREFERRED = {"[itemprop=articleBody]", "article", "main, [role=main]"};

  private MainText() {}

  /** The main text of {@code page} as lines; empty when it has none. */
  static List<String> lines(Document page) {
    Element body = page.body();
    Element root = root(page);
    List<String> lines = HtmlLines.of(root);
    return lines.isEmpty() && root != body ? HtmlLines.of(body) : lines;
  }

  /** The element holding the main text. */
  static Element root(Document page) {
    Element body = page.body();
    Map<Element, Integer> paragraphLength = new IdentityHashMap<>();
    Map<Element, Integer> cluster = new IdentityHashMap<>();
    int total = 0;
    for (Element p : body.select("p")) {
      if (HtmlLines.inBoilerplate(p)) {
        continue;
      }
      int length = HtmlLines.collapse(p.text()).length();
      paragraphLength.put(p, length);
      total += length;
      Element parent = p.parent();
      if (parent != null) {
        cluster.merge(parent, length, Integer::sum);
        if (parent.parent() != null) {
          cluster.merge(parent.parent(), length / 2, Integer::sum);
        }
      }
    }
    for (String query : PREFERRED) {
      Element best = null;
      int bestLength = -1;
      for (Element candidate : body.select(query)) {
        if (HtmlLines.inBoilerplate(candidate)) {
          continue;
        }
        int length = 0;
        for (Element p : candidate.select("p")) {
          length += paragraphLength.getOrDefault(p, 0);
        }
        if (length > bestLength) {
          best = candidate;
          bestLength = length;
        }
      }
      boolean enough = total == 0 ? best != null && !HtmlLines.of(best).isEmpty() : bestLength * 2 >= total;
      if (best != null && enough) {
        return best;
      }
    }
    Element best = body;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> e : cluster.entrySet()) {
      if (e.getValue() > bestScore) {
        best = e.getKey();
        bestScore = e.getValue();
      }
    }
    return best;
  }
}
