package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Option;
import org.parley.model.Post;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.util.Nullable;

/** Reads a stored document back into the {@link Analysis} that was written: equal records, in order. */
final class AnalysisReader {
  private AnalysisReader() {}

  static @Nullable Analysis read(Connection c, String docId) throws SQLException {
    Document document = document(c, docId);
    if (document == null) {
      return null;
    }
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    for (Object[] r : rows(c, "SELECT actor_id, span_begin, span_end, text FROM mentions WHERE doc_id = ? "
        + "ORDER BY actor_id, ordinal", docId)) {
      mentions.computeIfAbsent((String) r[0], k -> new ArrayList<>())
          .add(new Mention(integer(r[1]), integer(r[2]), (String) r[3]));
    }
    List<Actor> actors = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT actor_id, name, kind, country, organization, role FROM actors "
        + "WHERE doc_id = ? ORDER BY ordinal", docId)) {
      String id = (String) r[0];
      actors.add(new Actor(id, (String) r[1], ActorKind.valueOf(((String) r[2]).toUpperCase(Locale.ROOT)),
          (String) r[3], (String) r[4], (String) r[5], mentions.getOrDefault(id, List.of())));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT span_begin, span_end, text, kind, speaker, cue FROM quotes "
        + "WHERE doc_id = ? ORDER BY ordinal", docId)) {
      quotes.add(new Quote(integer(r[0]), integer(r[1]), (String) r[2],
          QuoteKind.valueOf(((String) r[3]).toUpperCase(Locale.ROOT)), (String) r[4], (String) r[5]));
    }
    Map<Integer, List<String>> sources = new LinkedHashMap<>();
    Map<Integer, List<String>> targets = new LinkedHashMap<>();
    for (Object[] r : rows(c, "SELECT event_ordinal, role, actor_id FROM event_actors WHERE doc_id = ? "
        + "ORDER BY event_ordinal, role, ordinal", docId)) {
      Map<Integer, List<String>> side = "source".equals(r[1]) ? sources : targets;
      side.computeIfAbsent(integer(r[0]), k -> new ArrayList<>()).add((String) r[2]);
    }
    List<Event> events = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT ordinal, type, cameo, mode, date, span_begin, span_end, text FROM events "
        + "WHERE doc_id = ? ORDER BY ordinal", docId)) {
      int n = integer(r[0]);
      events.add(new Event((String) r[1], (String) r[2], sources.getOrDefault(n, List.of()),
          targets.getOrDefault(n, List.of()), (String) r[3], (String) r[4], integer(r[5]), integer(r[6]),
          (String) r[7]));
    }
    List<Issue> issues = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT issue_id, label, coalesce(issue_key, lower(label)) FROM issues "
        + "WHERE doc_id = ? ORDER BY ordinal", docId)) {
      issues.add(new Issue((String) r[0], (String) r[1], (String) r[2]));
    }
    List<Stance> stances = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT actor, issue, polarity, date, span_begin, span_end, text FROM stances "
        + "WHERE doc_id = ? ORDER BY ordinal", docId)) {
      stances.add(new Stance((String) r[0], (String) r[1], (String) r[2], (String) r[3], integer(r[4]),
          integer(r[5]), (String) r[6]));
    }
    List<Option> options = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT option_set, label, likelihood, probability_low, probability_high, rank "
        + "FROM options WHERE doc_id = ? ORDER BY ordinal", docId)) {
      options.add(new Option((String) r[0], (String) r[1], (String) r[2], decimal(r[3]), decimal(r[4]),
          r[5] == null ? null : integer(r[5])));
    }
    List<TimeValue> times = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT span_begin, span_end, text, value, type FROM times WHERE doc_id = ? "
        + "ORDER BY ordinal", docId)) {
      times.add(new TimeValue(integer(r[0]), integer(r[1]), (String) r[2], (String) r[3], (String) r[4]));
    }
    List<DataIssue> dataIssues = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT code, message, span_begin, span_end FROM data_issues WHERE doc_id = ? "
        + "ORDER BY ordinal", docId)) {
      Span span = r[2] == null || r[3] == null ? null : new Span(integer(r[2]), integer(r[3]));
      dataIssues.add(new DataIssue((String) r[0], (String) r[1], span));
    }
    return new Analysis(document, actors, quotes, events, issues, stances, options, times, dataIssues);
  }

  private static @Nullable Document document(Connection c, String docId) throws SQLException {
    List<Post> posts = new ArrayList<>();
    for (Object[] r : rows(c, "SELECT span_begin, span_end, published, title FROM posts WHERE doc_id = ? "
        + "ORDER BY ordinal", docId)) {
      posts.add(new Post(new Span(integer(r[0]), integer(r[1])), (String) r[2], (String) r[3]));
    }
    List<Object[]> doc = rows(c, "SELECT id, title, CAST(published AS VARCHAR), source, text FROM documents "
        + "WHERE doc_id = ?", docId);
    if (doc.isEmpty()) {
      return null;
    }
    Object[] r = doc.get(0);
    LocalDate published = r[2] == null ? null : LocalDate.parse((String) r[2]);
    return new Document((String) r[0], (String) r[1], published, (String) r[3], (String) r[4], posts);
  }

  private static List<Object[]> rows(Connection c, String sql, String docId) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          Object[] row = new Object[columns];
          for (int i = 0; i < columns; i++) {
            row[i] = r.getObject(i + 1);
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  private static int integer(Object o) {
    return ((Number) o).intValue();
  }

  private static @Nullable Double decimal(@Nullable Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }
}
