package org.parley.watch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.store.Changes;
import org.parley.store.Outcome;

/** Prints what a stored document changed: new quotes grouped by speaker, new events, changed stances. */
final class ChangeReport {
  private ChangeReport() {}

  static void print(Outcome.Stored stored, PrintStream out) {
    var w = stored.written();
    out.println((w.replaced() ? "changed: " : "new: ") + stored.title() + " <" + w.key() + ">"
        + (w.replaced() ? " (revision " + w.revision() + ")" : ""));
    Changes c = w.changes();
    Map<String, List<Changes.QuoteLine>> bySpeaker = new LinkedHashMap<>();
    for (Changes.QuoteLine q : c.quotes()) {
      bySpeaker.computeIfAbsent(q.speaker() == null ? "(unattributed)" : q.speaker(), k -> new ArrayList<>()).add(q);
    }
    bySpeaker.forEach((speaker, quotes) -> {
      for (Changes.QuoteLine q : quotes) {
        out.println("  quote   " + speaker + ": \u201c" + oneLine(q.text()) + "\u201d"
            + (q.kind().equals("direct") ? "" : " [" + q.kind() + "]"));
      }
    });
    for (Changes.EventLine e : c.events()) {
      out.println("  event   " + e.type() + " " + String.join(", ", e.source())
          + (e.target().isEmpty() ? "" : " -> " + String.join(", ", e.target()))
          + (e.mode().equals("asserted") ? "" : " [" + e.mode() + "]") + ": " + oneLine(e.text()));
    }
    for (Changes.StanceChange s : c.stances()) {
      out.println("  stance  " + s.actor() + " on " + s.issue() + ": "
          + (s.before() == null ? s.after() : s.before() + " -> " + s.after()));
    }
  }

  private static String oneLine(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    return s.length() > 200 ? s.substring(0, 199) + "\u2026" : s;
  }
}
