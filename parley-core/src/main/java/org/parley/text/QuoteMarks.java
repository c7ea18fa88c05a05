package org.parley.text;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.Issues;
import org.parley.model.Span;

/**
 * Finds the spans between quotation marks in a text, paragraph by paragraph: straight and curly double quotes,
 * guillemets, and single quotes used as quotation marks. Unbalanced marks are repaired by clause structure, not
 * paired blindly: a quote still open when the next one opens ends where its last clause ended; a paragraph that
 * opens a quote without closing it ends it at the paragraph's end. Each repair is recorded as an issue. Single
 * quotes paired inside a double-quoted span are quotes within the quote ({@code "he told me, 'wait'"}) and are
 * found too.
 */
public final class QuoteMarks {
  /** A quoted span: {@code content} excludes the marks; {@code repaired} when a mark had to be guessed. */
  public record Marked(Span content, Span outer, boolean repaired) {}

  private QuoteMarks() {}

  public static List<Marked> find(String text, Issues issues) {
    List<Marked> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      List<Marked> doubles = scanDoubles(text, lineStart, lineEnd, issues);
      out.addAll(doubles);
      out.addAll(scanSingles(text, lineStart, lineEnd, doubles));
      for (Marked d : doubles) {
        out.addAll(scanSingles(text, d.content().begin(), d.content().end(), List.of()));
      }
      lineStart = lineEnd + 1;
    }
    out.sort((a, b) -> Integer.compare(a.content().begin(), b.content().begin()));
    return out;
  }

  /** A double quotation mark: straight, curly (opening, closing, low) or a guillemet. */
  public static boolean isDoubleMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb';
  }

  private enum Dir { OPEN, CLOSE, EITHER }

  private static Dir direction(String text, int i, int lineStart, int lineEnd) {
    char c = text.charAt(i);
    if (c == '\u201c' || c == '\u201e' || c == '\u00ab') {
      return Dir.OPEN;
    }
    if (c == '\u201d' || c == '\u00bb') {
      return Dir.CLOSE;
    }
    char prev = i > lineStart ? text.charAt(i - 1) : ' ';
    char next = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
    boolean prevOpenish = Character.isWhitespace(prev) || "([{\u2014\u2013-/:".indexOf(prev) >= 0;
    boolean nextCloseish = Character.isWhitespace(next) || ",.;:!?)]}\u2014\u2013-".indexOf(next) >= 0;
    if (prevOpenish && !Character.isWhitespace(next)) {
      return Dir.OPEN;
    }
    if (nextCloseish && !Character.isWhitespace(prev)) {
      return Dir.CLOSE;
    }
    return Dir.EITHER;
  }

  private static List<Marked> scanDoubles(String text, int lineStart, int lineEnd, Issues issues) {
    List<Marked> out = new ArrayList<>();
    int open = -1;
    for (int i = lineStart; i < lineEnd; i++) {
      if (!isDoubleMark(text.charAt(i))) {
        continue;
      }
      Dir d = direction(text, i, lineStart, lineEnd);
      if (open < 0) {
        if (d == Dir.CLOSE) {
          issues.add("quote.stray-close", "closing quotation mark with no opening mark", new Span(i, i + 1));
        } else {
          open = i;
        }
      } else if (d == Dir.OPEN) {
        // a new quote opens while one is open: the open one ends with its last clause
        int end = trimEnd(text, open + 1, i);
        add(out, text, open, end, end, true);
        issues.add("quote.unclosed", "quotation mark opened and not closed before the next quote: ended at the "
            + "clause before it", new Span(open, end));
        open = i;
      } else {
        add(out, text, open, i, i + 1, false);
        open = -1;
      }
    }
    if (open >= 0) {
      int end = trimEnd(text, open + 1, lineEnd);
      boolean continues = continuesInNextParagraph(text, lineEnd);
      add(out, text, open, end, end, !continues);
      if (!continues) {
        issues.add("quote.unclosed", "quotation mark opened and not closed in its paragraph: ended at the "
            + "paragraph's end", new Span(open, end));
      }
    }
    return out;
  }

  /** The convention for quotes over several paragraphs: no closing mark, and the next paragraph opens again. */
  private static boolean continuesInNextParagraph(String text, int lineEnd) {
    int i = lineEnd + 1;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '\u201c' || text.charAt(i) == '"' || text.charAt(i) == '\u00ab');
  }

  private static void add(List<Marked> out, String text, int openMark, int contentEnd, int outerEnd, boolean repaired) {
    int b = openMark + 1;
    int e = contentEnd;
    while (b < e && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > b) {
      out.add(new Marked(new Span(b, e), new Span(openMark, Math.max(outerEnd, e)), repaired));
    }
  }

  /** The offset just past the last non-space character of {@code [from, to)}, or {@code from}. */
  public static int trimEnd(String text, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Single quotation marks in {@code [lineStart, lineEnd)} outside the given double quotes, accepted only as
   * complete pairs ('like this').
   */
  private static List<Marked> scanSingles(String text, int lineStart, int lineEnd, List<Marked> doubles) {
    List<Marked> out = new ArrayList<>();
    int open = -1;
    for (int i = lineStart; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '\u2018' && c != '\u2019') {
        continue;
      }
      if (inside(doubles, i)) {
        continue;
      }
      char prev = i > lineStart ? text.charAt(i - 1) : ' ';
      char next = i + 1 < lineEnd ? text.charAt(i + 1) : ' ';
      boolean apostrophe = Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
      if (apostrophe) {
        continue;
      }
      boolean canOpen = c != '\u2019' && !Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
      boolean canClose = c != '\u2018' && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
      if (open < 0 && canOpen) {
        open = i;
      } else if (open >= 0 && canClose) {
        add(out, text, open, i, i + 1, false);
        open = -1;
      }
    }
    return out;
  }

  private static boolean inside(List<Marked> spans, int i) {
    for (Marked m : spans) {
      if (m.outer().begin() <= i && i < m.outer().end()) {
        return true;
      }
    }
    return false;
  }
}
