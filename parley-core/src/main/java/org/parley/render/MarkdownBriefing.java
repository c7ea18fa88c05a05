package org.parley.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.TimeValue;
import org.parley.options.OptionTable;
import org.parley.stance.PositionHistory;
import org.parley.stance.StanceMatrix;
import org.parley.util.Nullable;

/**
 * The readable briefing of {@code parley brief}: the stance matrix first, then the options on the table, who took
 * part, who said what, what happened and what comes next, and the dates.
 */
public final class MarkdownBriefing {
  private MarkdownBriefing() {}

  /** One document briefed alone: its changes of position are those between its live posts. */
  public static String write(Analysis a) {
    return write(PositionHistory.alone(a), 0);
  }

  /** Document {@code document} of a set briefed together, with the changes of position it shows. */
  public static String write(PositionHistory history, int document) {
    Analysis a = history.documents().get(document);
    StringBuilder md = new StringBuilder();
    String title = a.document().title() != null ? a.document().title() : a.document().id();
    md.append("# ").append(inline(title)).append("\n\n");
    md.append("*Source:* ").append(inline(a.document().source()));
    md.append(" · *Published:* ").append(a.document().published() == null ? "unknown" : a.document().published());
    if (!a.document().posts().isEmpty()) {
      md.append(" · *Live posts:* ").append(a.document().posts().size());
    }
    md.append("\n\n");
    positions(md, a);
    changes(md, "## Changes of position", history.changesInto(document), false);
    options(md, a);
    participants(md, a);
    statements(md, a);
    events(md, a);
    dates(md, a);
    notes(md, a);
    return md.toString();
  }

  /** Issues across at most this many columns; further positions are listed below the table. */
  static final int MATRIX_COLUMNS = 6;

  private static void positions(StringBuilder md, Analysis a) {
    md.append("## Who stands where\n\n");
    StanceMatrix m = StanceMatrix.of(a);
    if (m.isEmpty()) {
      md.append("_No positions found._\n\n");
      return;
    }
    int shown = Math.min(MATRIX_COLUMNS, m.columns().size());
    md.append("| actor |");
    for (Issue i : m.columns().subList(0, shown)) {
      md.append(' ').append(inline(i.label())).append(" |");
    }
    md.append("\n|---|").append("---|".repeat(shown)).append('\n');
    List<String> more = new ArrayList<>();
    for (StanceMatrix.Row row : m.rows()) {
      boolean any = false;
      StringBuilder line = new StringBuilder("| **" + inline(row.actor().name()) + "** |");
      for (int k = 0; k < row.cells().size(); k++) {
        StanceMatrix.Cell c = row.cells().get(k);
        if (k < shown) {
          line.append(' ').append(c == null ? "" : polarity(c.polarity()) + " “" + inline(c.evidence()) + "”"
              + dated(c.stances().get(0).date())).append(" |");
          any |= c != null;
        } else if (c != null) {
          more.add("- **" + inline(row.actor().name()) + "** " + polarity(c.polarity()) + " *"
              + inline(m.columns().get(k).label()) + "*: “" + inline(c.evidence()) + "”"
              + dated(c.stances().get(0).date()));
        }
      }
      if (any) {
        md.append(line).append('\n');
      }
    }
    md.append('\n');
    if (!more.isEmpty()) {
      md.append("**Other positions**\n\n").append(String.join("\n", more)).append("\n\n");
    }
  }

  private static String dated(@Nullable String date) {
    return date == null ? "" : " *(" + date + ")*";
  }

  /**
   * What a set of documents briefed together shows beyond each one: the issues they share (named differently or
   * not) and every change of position. Empty when there is one document.
   */
  public static String across(PositionHistory history) {
    List<Analysis> docs = history.documents();
    if (docs.size() < 2) {
      return "";
    }
    StringBuilder md = new StringBuilder("# Across the " + docs.size() + " documents\n\n");
    md.append("## Shared issues\n\n");
    if (history.shared().isEmpty()) {
      md.append("_No issue is named in more than one document._\n\n");
    }
    for (PositionHistory.SharedIssue i : history.shared()) {
      List<String> named = new ArrayList<>();
      i.labels().forEach((d, label) -> {
        String words = i.evidence().get(d);
        named.add("*" + inline(label) + "* in " + docName(docs.get(d))
            + (words == null ? "" : " (“" + inline(StanceMatrix.shorten(words)) + "”)"));
      });
      md.append("- **").append(inline(i.label())).append("**: ").append(String.join("; ", named)).append('\n');
    }
    if (!history.shared().isEmpty()) {
      md.append('\n');
    }
    changes(md, "## Changes of position", history.changes(), true);
    if (history.changes().isEmpty()) {
      md.append("## Changes of position\n\n_No actor changed position._\n\n");
    }
    return md.toString();
  }

  private static void changes(StringBuilder md, String heading, List<PositionHistory.Change> changes,
      boolean withDocuments) {
    if (changes.isEmpty()) {
      return;
    }
    md.append(heading).append("\n\n");
    for (PositionHistory.Change c : changes) {
      md.append("- ⚠️ **").append(inline(c.actor())).append("** on *").append(inline(c.issue())).append("*: ")
          .append(position(c.from(), withDocuments)).append(" → ").append(position(c.to(), withDocuments))
          .append('\n');
    }
    md.append('\n');
  }

  private static String position(PositionHistory.Position p, boolean withDocument) {
    String when = p.stance().date() == null ? "undated" : p.stance().date();
    return polarity(p.stance().polarity()) + " (" + when + (withDocument ? ", " + inline(p.documentId()) : "")
        + ": “" + inline(StanceMatrix.shorten(p.stance().text())) + "”)";
  }

  private static String docName(Analysis a) {
    return inline(a.document().title() != null ? a.document().title() : a.document().id());
  }

  private static String polarity(String p) {
    return switch (p) {
      case "support" -> "✅ supports";
      case "oppose" -> "❌ opposes";
      case "skeptical" -> "❔ skeptical of";
      case "mixed" -> "↔️ mixed on";
      default -> "➖ " + p;
    };
  }

  private static void options(StringBuilder md, Analysis a) {
    OptionTable table = OptionTable.of(a);
    if (table.isEmpty()) {
      return;
    }
    md.append("## What is on the table\n\n");
    for (OptionTable.OptionSet set : table.sets()) {
      md.append("### ").append(inline(set.name())).append("\n\n| rank | option | the text says | band |\n"
          + "|---|---|---|---|\n");
      for (Option o : set.options()) {
        String band = OptionTable.bandWords(o);
        md.append("| ").append(o.rank() == null ? "–" : o.rank()).append(" | ").append(inline(o.label()))
            .append(" | ").append(o.likelihood() == null ? "" : inline(o.likelihood())).append(" | ")
            .append(band == null || band.isEmpty() ? "" : band + " (" + OptionTable.percent(o) + ")").append(" |\n");
      }
      md.append('\n');
    }
  }

  private static void events(StringBuilder md, Analysis a) {
    List<Event> happened = new ArrayList<>();
    List<Event> next = new ArrayList<>();
    for (Event e : a.events()) {
      (e.mode().equals("future") ? next : happened).add(e);
    }
    md.append("## What happened\n\n");
    if (happened.isEmpty()) {
      md.append("_No events found._\n\n");
    }
    for (Event e : happened) {
      md.append(eventLine(a, e)).append('\n');
    }
    if (!happened.isEmpty()) {
      md.append('\n');
    }
    if (!next.isEmpty()) {
      md.append("## What comes next\n\n");
      for (Event e : next) {
        md.append(eventLine(a, e)).append('\n');
      }
      md.append('\n');
    }
  }

  private static String eventLine(Analysis a, Event e) {
    StringBuilder line = new StringBuilder("- ");
    line.append(e.date() == null ? "" : "**" + e.date() + "** ");
    line.append(names(a, e.source())).append(" → ").append(e.type()).append(e.cameo() == null ? "" : " (" + e.cameo()
        + ")");
    if (!e.target().isEmpty()) {
      line.append(" → ").append(names(a, e.target()));
    }
    if (!e.mode().equals("asserted") && !e.mode().equals("future")) {
      line.append(" *[").append(e.mode()).append("]*");
    }
    line.append(": “").append(inline(shorten(e.text(), 100))).append("”");
    return line.toString();
  }

  private static String names(Analysis a, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Actor x = a.actor(id);
      out.add(inline(x == null ? id : x.name()));
    }
    return String.join(" and ", out);
  }

  private static String shorten(String s, int max) {
    String one = s.replaceAll("\\s+", " ").trim();
    return one.length() <= max ? one : one.substring(0, max - 1) + "…";
  }

  private static void participants(StringBuilder md, Analysis a) {
    md.append("## Who took part\n\n");
    List<Actor> people = new ArrayList<>();
    List<Actor> others = new ArrayList<>();
    for (Actor x : a.actors()) {
      (x.kind() == ActorKind.PERSON ? people : others).add(x);
    }
    if (people.isEmpty() && others.isEmpty()) {
      md.append("_No actors found._\n\n");
      return;
    }
    for (Actor x : people) {
      md.append("- **").append(inline(x.name())).append("**").append(describe(x)).append('\n');
    }
    if (!others.isEmpty()) {
      md.append("\nAlso named: ");
      for (int i = 0; i < others.size(); i++) {
        md.append(i > 0 ? ", " : "").append(inline(others.get(i).name()));
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private static String describe(Actor x) {
    List<String> parts = new ArrayList<>();
    if (x.role() != null) {
      parts.add(x.role());
    }
    if (x.organization() != null) {
      parts.add(x.organization());
    }
    if (x.country() != null) {
      parts.add(x.country());
    }
    return parts.isEmpty() ? "" : " — " + inline(String.join(", ", parts));
  }

  private static void statements(StringBuilder md, Analysis a) {
    md.append("## Who said what\n\n");
    Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
    List<Quote> terms = new ArrayList<>();
    List<Quote> unattributed = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (q.kind() == QuoteKind.TERM) {
        terms.add(q);
      } else if (q.speaker() == null) {
        unattributed.add(q);
      } else {
        bySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(q);
      }
    }
    if (bySpeaker.isEmpty() && unattributed.isEmpty()) {
      md.append("_No statements found._\n\n");
    }
    for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
      Actor speaker = a.actor(e.getKey());
      md.append("### ").append(inline(speaker == null ? e.getKey() : speaker.name()))
          .append(speaker == null ? "" : describe(speaker)).append("\n\n");
      for (Quote q : e.getValue()) {
        md.append("- ").append(quoted(q)).append(" *(").append(q.kind().json());
        if (q.cue() != null) {
          md.append(", ").append(inline(q.cue()));
        }
        md.append(")*\n");
      }
      md.append('\n');
    }
    if (!unattributed.isEmpty()) {
      md.append("### Speaker not identified\n\n");
      for (Quote q : unattributed) {
        md.append("- ").append(quoted(q)).append('\n');
      }
      md.append('\n');
    }
    if (!terms.isEmpty()) {
      md.append("*Terms in quotation marks:* ");
      for (int i = 0; i < terms.size(); i++) {
        md.append(i > 0 ? ", " : "").append('“').append(inline(terms.get(i).text())).append('”');
      }
      md.append("\n\n");
    }
  }

  private static String quoted(Quote q) {
    return q.kind() == QuoteKind.INDIRECT ? "reported: " + inline(q.text()) : "“" + inline(q.text()) + "”";
  }

  private static void dates(StringBuilder md, Analysis a) {
    md.append("## Dates\n\n");
    if (a.times().isEmpty()) {
      md.append("_No time expressions found._\n\n");
      return;
    }
    for (TimeValue t : a.times()) {
      md.append("- ").append(inline(t.text())).append(" → `").append(t.value()).append("` (")
          .append(t.type().toLowerCase(java.util.Locale.ROOT)).append(")\n");
    }
    md.append('\n');
  }

  private static void notes(StringBuilder md, Analysis a) {
    if (a.dataIssues().isEmpty()) {
      return;
    }
    md.append("## Notes on the input\n\n");
    for (DataIssue i : a.dataIssues()) {
      md.append("- `").append(i.code()).append("` ").append(inline(i.message()));
      if (i.span() != null) {
        md.append(" (at ").append(i.span().begin()).append(')');
      }
      md.append('\n');
    }
    md.append('\n');
  }

  /** One line of text safe inside Markdown: no line breaks, Markdown's active characters escaped. */
  static String inline(String s) {
    String oneLine = s.replaceAll("\\s+", " ").trim();
    StringBuilder sb = new StringBuilder();
    for (char c : oneLine.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
