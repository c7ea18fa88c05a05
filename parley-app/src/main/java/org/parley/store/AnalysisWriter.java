package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.parley.actors.ActorNames;
import org.parley.events.ActorCodes;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Option;
import org.parley.model.Post;
import org.parley.model.Quote;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.pipeline.Provenance;
import org.parley.util.Nullable;

/** Writes the findings of one analysis into the store's tables, in the caller's transaction. */
final class AnalysisWriter {
  private AnalysisWriter() {}

  static void write(Connection c, String docId, Analysis a, List<Provenance> provenance) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    int n = 0;
    for (Post p : a.document().posts()) {
      rows.add(new Object[] {docId, n++, p.span().begin(), p.span().end(), p.published(), p.title()});
    }
    Rows.insert(c, "posts", rows);

    rows = new ArrayList<>();
    List<Object[]> mentions = new ArrayList<>();
    n = 0;
    for (Actor x : a.actors()) {
      rows.add(new Object[] {docId, x.id(), n++, x.name(), x.kind().json(), x.country(), x.organization(),
          x.role(), ActorNames.key(x), ActorNames.surname(x), ActorNames.singleName(x), code(x)});
      int m = 0;
      for (Mention mention : x.mentions()) {
        mentions.add(new Object[] {docId, x.id(), m++, mention.begin(), mention.end(), mention.text()});
      }
    }
    Rows.insert(c, "actors", rows);
    Rows.insert(c, "mentions", mentions);

    rows = new ArrayList<>();
    n = 0;
    for (Quote q : a.quotes()) {
      rows.add(new Object[] {docId, n++, q.begin(), q.end(), q.text(), q.kind().json(), q.speaker(), q.cue()});
    }
    Rows.insert(c, "quotes", rows);

    rows = new ArrayList<>();
    List<Object[]> participants = new ArrayList<>();
    n = 0;
    for (Event e : a.events()) {
      rows.add(new Object[] {docId, n, e.type(), e.cameo(), e.mode(), e.date(), e.begin(), e.end(), e.text()});
      for (int i = 0; i < e.source().size(); i++) {
        participants.add(new Object[] {docId, n, "source", i, e.source().get(i)});
      }
      for (int i = 0; i < e.target().size(); i++) {
        participants.add(new Object[] {docId, n, "target", i, e.target().get(i)});
      }
      n++;
    }
    Rows.insert(c, "events", rows);
    Rows.insert(c, "event_actors", participants);

    rows = new ArrayList<>();
    n = 0;
    for (Issue i : a.issues()) {
      rows.add(new Object[] {docId, n++, i.id(), i.label(), i.key()});
    }
    Rows.insert(c, "issues", rows);

    rows = new ArrayList<>();
    n = 0;
    for (Stance s : a.stances()) {
      rows.add(new Object[] {docId, n++, s.actor(), s.issue(), s.polarity(), s.begin(), s.end(), s.text(),
          s.date()});
    }
    Rows.insert(c, "stances", rows);

    rows = new ArrayList<>();
    n = 0;
    for (Option o : a.options()) {
      rows.add(new Object[] {docId, n++, o.set(), o.label(), o.likelihood(), o.low(), o.high(), o.rank()});
    }
    Rows.insert(c, "options", rows);

    rows = new ArrayList<>();
    n = 0;
    for (TimeValue t : a.times()) {
      rows.add(new Object[] {docId, n++, t.begin(), t.end(), t.text(), t.value(), t.type()});
    }
    Rows.insert(c, "times", rows);

    rows = new ArrayList<>();
    n = 0;
    for (DataIssue i : a.dataIssues()) {
      rows.add(new Object[] {docId, n++, i.code(), i.message(),
          i.span() == null ? null : i.span().begin(), i.span() == null ? null : i.span().end()});
    }
    Rows.insert(c, "data_issues", rows);

    rows = new ArrayList<>();
    for (Provenance p : provenance) {
      rows.add(new Object[] {docId, p.stage(), p.extractor(), p.version()});
    }
    Rows.insert(c, "provenance", rows);
  }

  /**
   * The actor's CAMEO-style code as events code it ({@link ActorCodes}), so the store and the PLOVER export speak
   * one code book; null when nothing is known of the actor (no country, organisation or sector).
   */
  static @Nullable String code(Actor x) {
    String code = ActorCodes.code(x);
    return code.equals(ActorCodes.UNKNOWN) ? null : code;
  }
}
