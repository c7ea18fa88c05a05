package org.parley.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.TimeValue;

/** The readable briefing of {@code parley brief}: who took part, who said what, and what later stages add. */
public final class MarkdownBriefing {
  private MarkdownBriefing() {}

  public static String write(Analysis a) {
    StringBuilder md = new StringBuilder();
    String title = a.document().title() != null ? a.document().title() : a.document().id();
    md.append("# ").append(inline(title)).append("\n\n");
    md.append("*Source:* ").append(inline(a.document().source()));
    md.append(" · *Published:* ").append(a.document().published() == null ? "unknown" : a.document().published());
    if (!a.document().posts().isEmpty()) {
      md.append(" · *Live posts:* ").append(a.document().posts().size());
    }
    md.append("\n\n");
    participants(md, a);
    statements(md, a);
    md.append("## Positions\n\n_Stances are not extracted yet._\n\n");
    md.append("## Options on the table\n\n_Options are not extracted yet._\n\n");
    md.append("## What happened\n\n_Events are not extracted yet._\n\n");
    dates(md, a);
    notes(md, a);
    return md.toString();
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
