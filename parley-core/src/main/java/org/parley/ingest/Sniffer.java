package org.parley.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.util.Nullable;

/** Tells HTML from plain text by file name, Content-Type and the first characters. */
final class Sniffer {
  private static final Pattern HTML_TAG = Pattern.compile(
      "<(?:html|head|body|title|meta|article|main|div|p|h1|h2|section|script|link)[\\s>/]");

  private Sniffer() {}

  /** True when the name or Content-Type says HTML, or the text starts like a web page. */
  static boolean isHtml(String name, @Nullable String contentType, String text) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return true;
    }
    if (contentType != null) {
      String ct = contentType.toLowerCase(Locale.ROOT);
      if (ct.startsWith("text/html") || ct.startsWith("application/xhtml")) {
        return true;
      }
    }
    return looksLikeHtml(text);
  }

  /** True when the text, after leading whitespace, starts with a tag and soon names an HTML element. */
  static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return false;
    }
    String head = text.substring(i, Math.min(text.length(), i + 2048)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || HTML_TAG.matcher(head).find();
  }

  /** True when the file name says JSON Lines. */
  static boolean isJsonl(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".jsonl") || n.endsWith(".ndjson");
  }
}
