package org.parley.clean;

import java.util.ArrayList;
import java.util.List;
import org.parley.model.DataIssue;

/**
 * Cleans a plain-text document: {@link TextCleaner} for line ends and BOM, and a {@link Dateline}
 * on the first line, if any, for the date. Plain text has no title and no posts.
 */
public final class PlainText {
  private PlainText() {}

  /** Cleans decoded plain text; the text may come out empty, which the caller must check. */
  public static Cleaned clean(String decoded) {
    String text = TextCleaner.clean(decoded);
    List<DataIssue> issues = new ArrayList<>();
    Dateline.Match dateline = Dateline.find(text);
    if (dateline == null) {
      return new Cleaned(null, null, text, List.of(), issues);
    }
    if (!dateline.weekdayAgrees()) {
      issues.add(new DataIssue("dateline.weekday",
          "dateline says " + dateline.weekday() + " but " + dateline.date() + " is a "
              + dateline.date().getDayOfWeek(),
          dateline.span()));
    }
    if (text.substring(dateline.span().end()).isBlank()) {
      issues.add(new DataIssue(
          "text.dateline-only", "the document has a dateline and no other text", dateline.span()));
    }
    return new Cleaned(null, dateline.date(), text, List.of(), issues);
  }
}
