package org.parley.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;

/**
 * A self-contained HTML briefing: participants, statements by speaker, and the text with every quote
 * highlighted in its speaker's colour. All document text is escaped.
 */
public final class HtmlBriefing {
  private static final String[] COLOURS = {"#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fbcfe8",
      "#c7d2fe", "#a7f3d0", "#fed7aa", "#e9d5ff"};

  private HtmlBriefing() {}

  public static String write(Analysis a) {
    String title = a.document().title() != null ? a.document().title() : a.document().id();
    Map<String, String> colour = new HashMap<>();
    for (Quote q : a.quotes()) {
      if (q.speaker() != null && !colour.containsKey(q.speaker())) {
        colour.put(q.speaker(), COLOURS[colour.size() % COLOURS.length]);
      }
    }
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append(" · Parley</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
            + "padding:0 1rem;color:#1f2937}h1{font-size:1.6rem}mark{border-radius:3px;padding:0 2px}"
            + ".meta{color:#6b7280}.kind{color:#6b7280;font-size:.85em}.text p{margin:.4rem 0}"
            + "table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #e5e7eb;"
            + "text-align:left}</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">Source: ").append(esc(a.document().source()))
        .append(" · Published: ").append(a.document().published() == null ? "unknown" : a.document().published())
        .append("</p>\n");
    h.append("<h2>Who took part</h2>\n<table><tr><th>Actor</th><th>Kind</th><th>Role</th><th>Country</th>"
        + "<th>Organisation</th></tr>\n");
    for (Actor x : a.actors()) {
      h.append("<tr><td>").append(esc(x.name())).append("</td><td>").append(x.kind().json()).append("</td><td>")
          .append(esc(x.role())).append("</td><td>").append(esc(x.country())).append("</td><td>")
          .append(esc(x.organization())).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Who said what</h2>\n<ul>\n");
    for (Quote q : a.quotes()) {
      if (q.kind() == QuoteKind.TERM) {
        continue;
      }
      Actor sp = q.speaker() == null ? null : a.actor(q.speaker());
      h.append("<li><strong>").append(esc(sp == null ? "unidentified" : sp.name())).append("</strong>: ")
          .append("<mark style=\"background:").append(colour.getOrDefault(q.speaker(), "#e5e7eb")).append("\">")
          .append(esc(q.text())).append("</mark> <span class=\"kind\">").append(q.kind().json()).append("</span></li>\n");
    }
    h.append("</ul>\n<h2>Text</h2>\n<div class=\"text\">").append(highlighted(a, colour)).append("</div>\n");
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String highlighted(Analysis a, Map<String, String> colour) {
    String text = a.document().text();
    List<Quote> spans = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (q.kind() != QuoteKind.INDIRECT) {
        spans.add(q);
      }
    }
    spans.sort(Comparator.comparingInt(Quote::begin));
    StringBuilder out = new StringBuilder("<p>");
    int at = 0;
    for (Quote q : spans) {
      if (q.begin() < at) {
        continue;
      }
      out.append(paragraphs(text.substring(at, q.begin())));
      out.append("<mark title=\"").append(esc(q.kind().json())).append("\" style=\"background:")
          .append(colour.getOrDefault(q.speaker(), "#e5e7eb")).append("\">")
          .append(paragraphs(text.substring(q.begin(), q.end()))).append("</mark>");
      at = q.end();
    }
    out.append(paragraphs(text.substring(at))).append("</p>");
    return out.toString();
  }

  private static String paragraphs(String s) {
    return esc(s).replace("\n", "</p>\n<p>");
  }

  /** Escapes text for HTML element content and attribute values; null becomes empty. */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
