package org.parley.clean;

/**
 * Normalises decoded text without changing its content: drops leading byte order marks, turns
 * CRLF and lone CR into LF, and trims whitespace at the end of the document. Nothing inside the
 * text is reflowed or trimmed.
 */
public final class TextCleaner {
  private static final char BOM = '\uFEFF';

  private TextCleaner() {}

  /** Returns {@code text} with no leading BOMs, LF line ends only and no trailing whitespace. */
  public static String clean(String text) {
    String s = stripBom(text);
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return s.stripTrailing();
  }

  /** Returns {@code text} without its leading byte order marks (a re-saved file may have two). */
  public static String stripBom(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == BOM) {
      i++;
    }
    return text.substring(i);
  }
}
