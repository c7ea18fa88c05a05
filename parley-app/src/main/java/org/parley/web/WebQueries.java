package org.parley.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.util.Nullable;

/**
 * The web's questions to the store, in plain SQL against its schema ({@code 001-documents.sql}), each a page
 * ({@code LIMIT}/{@code OFFSET}) of rows as ordered maps. Actors are the store's merged actors; their id is
 * their {@code global_key}. Filters on names and words match a part of the value, ignoring case.
 */
final class WebQueries {
  /** The date of a finding at {@code X.span_begin} of document {@code X.doc_id}: its post's, else its document's. */
  private static final String DATED = "coalesce((SELECT max(p.date) FROM post_dates p WHERE p.doc_id = %1$s.doc_id "
      + "AND p.span_begin <= %1$s.span_begin AND %1$s.span_begin < p.span_end), d.published)";

  /** The date of stance {@code s}: its own when a full date, else as {@link #DATED}. */
  private static final String STANCE_DATED = "coalesce(TRY_CAST(s.date AS DATE), " + String.format(DATED, "s") + ")";

  /** Each document's actor with its merged id and name. */
  private static final String NAMED = "named AS (SELECT a.doc_id, a.actor_id, i.global_key, "
      + "coalesce(g.name, a.name) AS name FROM actors a "
      + "JOIN actor_identity i USING (doc_id, actor_id) LEFT JOIN global_actors g USING (global_key))";

  private final Connection connection;

  WebQueries(Connection connection) {
    this.connection = connection;
  }

  List<Map<String, Object>> documents(@Nullable String words, @Nullable LocalDate since, @Nullable LocalDate until,
      int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("coalesce(d.title, '') || ' ' || d.text", words);
    w.since("d.published", since, until);
    return rows("WITH "
        + "a AS (SELECT doc_id, count(*) AS n FROM actors GROUP BY doc_id), "
        + "q AS (SELECT doc_id, count(*) AS n FROM quotes WHERE kind <> 'term' GROUP BY doc_id), "
        + "e AS (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id), "
        + "s AS (SELECT doc_id, count(*) AS n FROM stances GROUP BY doc_id) "
        + "SELECT d.doc_id AS id, d.id AS name, d.title, CAST(d.published AS VARCHAR) AS published, d.source, d.url, "
        + "'/documents/' || d.doc_id AS page, coalesce(a.n, 0) AS actors, coalesce(q.n, 0) AS quotes, "
        + "coalesce(e.n, 0) AS events, coalesce(s.n, 0) AS stances, d.revision "
        + "FROM documents d LEFT JOIN a USING (doc_id) LEFT JOIN q USING (doc_id) LEFT JOIN e USING (doc_id) "
        + "LEFT JOIN s USING (doc_id)" + w + " ORDER BY d.published DESC NULLS LAST, d.id", w, limit, offset);
  }

  boolean documentExists(String docId) throws SQLException {
    return !rows("SELECT 1 AS x FROM documents WHERE doc_id = ?", new Where().param(docId), 1, 0).isEmpty();
  }

  /** Each stored document's own actors, with their merged ids (for links from a document page). */
  List<Map<String, Object>> documentActors(String docId) throws SQLException {
    return rows("SELECT actor_id AS local, global_key AS id FROM actor_identity WHERE doc_id = ? ORDER BY actor_id",
        new Where().param(docId), Params.MAX_LIMIT * 10, 0);
  }

  List<Map<String, Object>> actors(@Nullable String name, @Nullable String kind, int limit, int offset)
      throws SQLException {
    Where w = new Where();
    w.contains("g.name", name);
    w.equalsIgnoringCase("g.kind", kind);
    return rows("WITH said AS (SELECT i.global_key, count(*) AS n FROM quotes q "
        + "JOIN actor_identity i ON i.doc_id = q.doc_id AND i.actor_id = q.speaker WHERE q.kind <> 'term' "
        + "GROUP BY i.global_key) "
        + "SELECT g.global_key AS id, g.name, g.kind, g.role, g.country, g.organization, g.code, g.documents, "
        + "g.mentions, coalesce(said.n, 0) AS quotes FROM global_actors g LEFT JOIN said USING (global_key)" + w
        + " ORDER BY g.mentions DESC, g.name", w, limit, offset);
  }

  @Nullable Map<String, Object> actor(String id) throws SQLException {
    List<Map<String, Object>> r = rows("SELECT global_key AS id, name, kind, role, country, organization, code, "
        + "documents, mentions FROM global_actors WHERE global_key = ?", new Where().param(id), 1, 0);
    return r.isEmpty() ? null : r.get(0);
  }

  List<Map<String, Object>> quotes(@Nullable String words, @Nullable String speaker, @Nullable String speakerId,
      @Nullable String issue, @Nullable String document, @Nullable LocalDate since, @Nullable LocalDate until,
      int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("x.text", words);
    w.contains("x.speaker", speaker);
    w.equalsExactly("x.\"speakerId\"", speakerId);
    w.equalsExactly("x.document", document);
    if (issue != null) {
      w.add("EXISTS (SELECT 1 FROM stances s JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue "
          + "WHERE s.doc_id = x.document AND s.span_begin < x.end AND x.begin < s.span_end "
          + "AND contains(lower(i.label), lower(?)))", issue);
    }
    w.since("x.date", since, until);
    return rows("WITH " + NAMED + ", x AS (SELECT q.doc_id AS document, '/documents/' || q.doc_id AS page, "
        + "q.span_begin AS begin, q.span_end AS \"end\", q.text, q.kind, n.global_key AS \"speakerId\", "
        + "n.name AS speaker, "
        + "q.cue, coalesce(d.title, d.id) AS title, coalesce(d.url, d.source) AS source, "
        + String.format(DATED, "q") + " AS date "
        + "FROM quotes q JOIN documents d USING (doc_id) "
        + "LEFT JOIN named n ON n.doc_id = q.doc_id AND n.actor_id = q.speaker WHERE q.kind <> 'term') "
        + "SELECT x.* REPLACE (CAST(x.date AS VARCHAR) AS date) FROM x" + w
        + " ORDER BY x.date DESC NULLS LAST, x.document, x.begin", w, limit, offset);
  }

  List<Map<String, Object>> events(@Nullable String type, @Nullable String actor, @Nullable String actorId,
      @Nullable String mode, boolean upcoming, @Nullable LocalDate since, @Nullable LocalDate until, int limit,
      int offset) throws SQLException {
    Where w = new Where();
    w.equalsIgnoringCase("e.type", type);
    w.equalsIgnoringCase("e.mode", mode);
    if (actor != null) {
      w.add("EXISTS (SELECT 1 FROM parts p WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal "
          + "AND contains(lower(p.name), lower(?)))", actor);
    }
    if (actorId != null) {
      w.add("EXISTS (SELECT 1 FROM parts p WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal "
          + "AND p.global_key = ?)", actorId);
    }
    if (upcoming) {
      w.add("(e.day > e.published OR (e.mode = 'future' AND e.day >= e.published))");
    }
    w.since("e.day", since, until);
    String names = "(SELECT list({'id': p.global_key, 'name': p.name} ORDER BY p.ordinal) FROM parts p "
        + "WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal AND p.role = '%s')";
    return rows("WITH " + NAMED + ", parts AS (SELECT ea.*, n.global_key, coalesce(n.name, ea.actor_id) AS name "
        + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id)), "
        + "dated AS (SELECT e.*, d.published, coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), "
        + String.format(DATED, "e") + ") AS day FROM events e JOIN documents d USING (doc_id)) "
        + "SELECT e.doc_id AS document, '/documents/' || e.doc_id AS page, e.span_begin AS begin, "
        + "e.span_end AS \"end\", CAST(e.day AS VARCHAR) AS date, e.date AS timex, e.type, e.cameo, e.mode, "
        + String.format(names, "source") + " AS source, " + String.format(names, "target") + " AS target, e.text "
        + "FROM dated e" + w + " ORDER BY e.day " + (upcoming ? "ASC" : "DESC") + " NULLS LAST, e.doc_id, e.span_begin",
        w, limit, offset);
  }

  /** The stance matrix: each actor's latest position on each issue, with its evidence, oldest first. */
  List<Map<String, Object>> stances(@Nullable String actor, @Nullable String actorId, @Nullable String issue,
      int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("x.actor", actor);
    w.equalsExactly("x.global_key", actorId);
    w.contains("x.issue", issue);
    return rows("WITH " + NAMED + ", x AS (SELECT n.global_key, n.name AS actor, coalesce(i.label, s.issue) AS issue, "
        + "coalesce(i.issue_key, lower(i.label), s.issue) AS issue_key, s.polarity, s.ordinal, s.doc_id, s.span_begin, "
        + "s.span_end, s.text, " + STANCE_DATED + " AS date FROM stances s JOIN documents d USING (doc_id) JOIN named n ON n.doc_id = s.doc_id "
        + "AND n.actor_id = s.actor LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue) "
        + "SELECT x.global_key AS \"actorId\", any_value(x.actor) AS actor, "
        + "first(x.issue ORDER BY x.date DESC NULLS LAST) AS issue, "
        + "first(x.polarity ORDER BY x.date DESC NULLS LAST, x.doc_id DESC, x.ordinal DESC) AS latest, "
        + "CAST(max(x.date) AS VARCHAR) AS since, count(DISTINCT x.doc_id) AS documents, "
        + "list({'date': CAST(x.date AS VARCHAR), 'polarity': x.polarity, 'document': x.doc_id, "
        + "'page': '/documents/' || x.doc_id, 'begin': x.span_begin, 'end': x.span_end, 'text': x.text} "
        + "ORDER BY x.date NULLS FIRST, x.doc_id, x.ordinal) AS evidence FROM x" + w
        + " GROUP BY x.global_key, x.issue_key ORDER BY actor, issue", w, limit, offset);
  }

  List<Map<String, Object>> issues(@Nullable String label, int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("label", label);
    return rows("WITH x AS (SELECT coalesce(i.issue_key, lower(i.label), s.issue) AS k, "
        + "coalesce(i.label, s.issue) AS label, s.polarity, s.doc_id FROM stances s "
        + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue "
        + "UNION ALL SELECT coalesce(issue_key, lower(label)), label, NULL, doc_id FROM issues) "
        + "SELECT min(label) AS label, count(DISTINCT doc_id) AS documents, count(polarity) AS stances, "
        + "count(polarity) FILTER (WHERE polarity = 'support') AS support, "
        + "count(polarity) FILTER (WHERE polarity = 'oppose') AS oppose, "
        + "count(polarity) FILTER (WHERE polarity = 'skeptical') AS skeptical FROM x" + w
        + " GROUP BY k ORDER BY stances DESC, label", w, limit, offset);
  }

  List<Map<String, Object>> timeline(@Nullable String actor, @Nullable LocalDate since, @Nullable LocalDate until,
      int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("t.who", actor);
    w.since("t.date", since, until);
    return rows("WITH " + NAMED + ", "
        + "names AS (SELECT ea.doc_id, ea.event_ordinal, ea.role, "
        + "string_agg(coalesce(n.name, ea.actor_id), ', ' ORDER BY ea.ordinal) AS names "
        + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id) GROUP BY ALL), "
        + "t AS ("
        + "SELECT coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), " + String.format(DATED, "e") + ") AS date, "
        + "'event' AS kind, src.names AS who, e.type || coalesce(' -> ' || tgt.names, '') AS what, e.text, "
        + "e.doc_id, e.span_begin, e.span_end FROM events e JOIN documents d USING (doc_id) "
        + "LEFT JOIN names src ON src.doc_id = e.doc_id AND src.event_ordinal = e.ordinal AND src.role = 'source' "
        + "LEFT JOIN names tgt ON tgt.doc_id = e.doc_id AND tgt.event_ordinal = e.ordinal AND tgt.role = 'target' "
        + "UNION ALL "
        + "SELECT " + String.format(DATED, "q") + ", 'quote', n.name, q.kind, q.text, q.doc_id, q.span_begin, "
        + "q.span_end FROM quotes q JOIN documents d USING (doc_id) LEFT JOIN named n ON n.doc_id = q.doc_id "
        + "AND n.actor_id = q.speaker WHERE q.kind <> 'term' "
        + "UNION ALL "
        + "SELECT " + STANCE_DATED + ", 'stance', n.name, s.polarity || ' on ' || "
        + "coalesce(i.label, s.issue), s.text, s.doc_id, s.span_begin, s.span_end FROM stances s "
        + "JOIN documents d USING (doc_id) LEFT JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
        + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue) "
        + "SELECT CAST(t.date AS VARCHAR) AS date, t.kind, t.who, t.what, t.text, t.doc_id AS document, "
        + "'/documents/' || t.doc_id AS page, t.span_begin AS begin, t.span_end AS \"end\" FROM t" + w
        + " ORDER BY t.date NULLS LAST, t.doc_id, t.span_begin, t.kind", w, limit, offset);
  }

  /** Option sets with their options, each set once a document. */
  List<Map<String, Object>> options(@Nullable String set, int limit, int offset) throws SQLException {
    Where w = new Where();
    w.contains("o.option_set", set);
    return rows("SELECT o.option_set AS set, o.doc_id AS document, '/documents/' || o.doc_id AS page, "
        + "coalesce(d.title, d.id) AS title, "
        + "CAST(d.published AS VARCHAR) AS published, list({'label': o.label, 'likelihood': o.likelihood, "
        + "'low': o.probability_low, 'high': o.probability_high, 'rank': o.rank} ORDER BY o.rank NULLS LAST, "
        + "o.ordinal) AS options FROM options o JOIN documents d USING (doc_id)" + w
        + " GROUP BY o.option_set, o.doc_id, d.title, d.id, d.published ORDER BY d.published DESC NULLS LAST, set",
        w, limit, offset);
  }

  /** Actors as nodes and events between them as edges, counted by type. */
  Map<String, Object> network(int limit) throws SQLException {
    String parts = "WITH " + NAMED + ", p AS (SELECT ea.*, n.global_key, n.name FROM event_actors ea "
        + "JOIN named n USING (doc_id, actor_id)) ";
    List<Map<String, Object>> edges = rows(parts + "SELECT s.global_key AS source, t.global_key AS target, "
        + "e.type, count(*) AS weight FROM events e JOIN p s ON s.doc_id = e.doc_id AND s.event_ordinal = e.ordinal "
        + "AND s.role = 'source' JOIN p t ON t.doc_id = e.doc_id AND t.event_ordinal = e.ordinal "
        + "AND t.role = 'target' WHERE s.global_key <> t.global_key GROUP BY ALL "
        + "ORDER BY weight DESC, source, target, type",
        new Where(), limit, 0);
    List<Map<String, Object>> nodes = rows(parts + "SELECT p.global_key AS id, any_value(p.name) AS name, "
        + "any_value(g.kind) AS kind, count(*) AS events FROM p LEFT JOIN global_actors g USING (global_key) "
        + "GROUP BY p.global_key ORDER BY events DESC, id", new Where(), limit, 0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodes);
    out.put("edges", edges);
    return out;
  }

  private List<Map<String, Object>> rows(String sql, Where w, int limit, int offset) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(sql + " LIMIT " + limit + " OFFSET " + offset)) {
      for (int i = 0; i < w.params.size(); i++) {
        p.setObject(i + 1, w.params.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        List<Map<String, Object>> out = new ArrayList<>();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i), value(r.getObject(i)));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** A JDBC value as JSON can hold it: numbers, text, booleans, lists and structs (as maps). */
  private static @Nullable Object value(@Nullable Object o) throws SQLException {
    if (o instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (o instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (o instanceof java.sql.Array a) {
      List<Object> out = new ArrayList<>();
      for (Object x : (Object[]) a.getArray()) {
        out.add(value(x));
      }
      return out;
    }
    if (o instanceof java.sql.Struct s) {
      Map<String, Object> out = new LinkedHashMap<>();
      Object[] values = s.getAttributes();
      if (s instanceof org.duckdb.DuckDBStruct ds) {
        Map<String, Object> named = ds.getMap();
        for (Map.Entry<String, Object> e : named.entrySet()) {
          out.put(e.getKey(), value(e.getValue()));
        }
        return out;
      }
      for (int i = 0; i < values.length; i++) {
        out.put(String.valueOf(i), value(values[i]));
      }
      return out;
    }
    if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) {
      return o;
    }
    return o.toString();
  }

  /** WHERE conditions and their parameters, only for the filters given. */
  private static final class Where {
    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

    Where param(Object value) {
      params.add(value);
      return this;
    }

    void add(String condition, Object... values) {
      conditions.add(condition);
      params.addAll(List.of(values));
    }

    void contains(String column, @Nullable String text) {
      if (text != null) {
        add("contains(lower(" + column + "), lower(?))", text);
      }
    }

    void equalsIgnoringCase(String column, @Nullable String text) {
      if (text != null) {
        add("lower(" + column + ") = lower(?)", text);
      }
    }

    void equalsExactly(String column, @Nullable String text) {
      if (text != null) {
        add(column + " = ?", text);
      }
    }

    void since(String column, @Nullable LocalDate since, @Nullable LocalDate until) {
      if (since != null) {
        add(column + " >= CAST(? AS DATE)", since.toString());
      }
      if (until != null) {
        add(column + " <= CAST(? AS DATE)", until.toString());
      }
    }

    @Override
    public String toString() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
  }
}
