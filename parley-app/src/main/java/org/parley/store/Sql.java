package org.parley.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.util.Nullable;

/**
 * What {@link Queries} and {@link PagedQueries} share: named subqueries ({@code WITH} clauses) over the schema of
 * {@code 001-documents.sql}, and running one SELECT into a {@link Table}. Each constant is a CTE, to be joined
 * into a {@code WITH} list; some need others before them, as their comments say.
 */
final class Sql {
  /** Each document with its counts of actors, quotes (not terms), events and stances. */
  static final String COUNTED = "a AS (SELECT doc_id, count(*) AS n FROM actors GROUP BY doc_id), "
      + "q AS (SELECT doc_id, count(*) AS n FROM quotes WHERE kind <> 'term' GROUP BY doc_id), "
      + "e AS (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id), "
      + "s AS (SELECT doc_id, count(*) AS n FROM stances GROUP BY doc_id), "
      + "counted AS (SELECT d.*, coalesce(a.n, 0) AS actors, coalesce(q.n, 0) AS quotes, coalesce(e.n, 0) AS events, "
      + "coalesce(s.n, 0) AS stances FROM documents d LEFT JOIN a USING (doc_id) LEFT JOIN q USING (doc_id) "
      + "LEFT JOIN e USING (doc_id) LEFT JOIN s USING (doc_id))";

  /** Each document's actor with its merged id ({@code global_key}), name and code. */
  static final String NAMED = "named AS (SELECT a.doc_id, a.actor_id, i.global_key, "
      + "coalesce(g.name, a.name) AS name, coalesce(g.code, a.code) AS code FROM actors a "
      + "JOIN actor_identity i USING (doc_id, actor_id) LEFT JOIN global_actors g USING (global_key))";

  /** Quotes (not terms) with their speaker's merged id and name, document and date. Needs {@link #NAMED}. */
  static final String QUOTED = "quoted AS (SELECT q.doc_id, q.span_begin, q.span_end, q.text, q.kind, q.cue, "
      + "n.global_key, n.name AS speaker, d.id AS document, coalesce(d.title, d.id) AS title, "
      + "coalesce(d.url, d.source) AS source, " + dated("q") + " AS date FROM quotes q JOIN documents d USING (doc_id) "
      + "LEFT JOIN named n ON n.doc_id = q.doc_id AND n.actor_id = q.speaker WHERE q.kind <> 'term')";

  /**
   * How many statements each merged actor ({@code global_key}) said: its quotes, not terms (a term in quotation
   * marks is no one's statement).
   */
  static final String SAID = "said AS (SELECT i.global_key, count(*) AS n FROM quotes q "
      + "JOIN actor_identity i ON i.doc_id = q.doc_id AND i.actor_id = q.speaker WHERE q.kind <> 'term' "
      + "GROUP BY i.global_key)";

  /**
   * A condition on event {@code e} of {@link #PARTS}: one of its participants' names contains the parameter,
   * ignoring case.
   */
  static final String HAS_PARTICIPANT_NAMED = "EXISTS (SELECT 1 FROM parts p WHERE p.doc_id = e.doc_id "
      + "AND p.event_ordinal = e.ordinal AND contains(lower(p.name), lower(?)))";

  /** Each event's participant with its merged id, name and code. Needs {@link #NAMED}. */
  static final String PARTS = "parts AS (SELECT ea.*, n.global_key, coalesce(n.name, ea.actor_id) AS name, n.code "
      + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id))";

  /** Events with their document's id and date, and their day: their own date, else the finding's. */
  static final String DAYS = "dated AS (SELECT e.*, d.id AS document, d.published, "
      + "coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), " + dated("e") + ") AS day "
      + "FROM events e JOIN documents d USING (doc_id))";

  /**
   * The issue of stance {@code s} across documents (with {@code i} its issue joined): the issue's key, equal for
   * one issue in every document ("a truce" and "a ceasefire"), else its lower-case label, else the stance's id.
   */
  static final String ISSUE_KEY = "coalesce(i.issue_key, lower(i.label), s.issue)";

  /**
   * Stances with their actor's merged id and name, issue label and key ({@link #ISSUE_KEY}), document, its
   * published date, and the stance's date ({@link #stanceDated}). Needs {@link #NAMED}.
   */
  static final String POSITIONS = "positions AS (SELECT n.global_key, n.name AS actor, "
      + "coalesce(i.label, s.issue) AS issue, " + ISSUE_KEY + " AS issue_key, s.polarity, s.ordinal, s.doc_id, "
      + "d.id AS document, d.published, s.span_begin, s.span_end, s.text, " + stanceDated() + " AS date "
      + "FROM stances s JOIN documents d USING (doc_id) "
      + "JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
      + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue)";

  /**
   * The latest polarity of a group of {@link #POSITIONS} rows {@code x} (an actor on an issue): the stance with the
   * latest date, on a tie the one of the later-stored document ({@code doc_id}), then the later in the text.
   * {@code parley query stances} and the web's matrix both read it from here.
   */
  static final String LATEST_POLARITY =
      "first(x.polarity ORDER BY x.date DESC NULLS LAST, x.doc_id DESC, x.ordinal DESC)";

  /**
   * Events, quotes and stances in one list {@code t}: date, kind, who, what, text, doc_id, document, span_begin,
   * span_end. Needs {@link #NAMED}.
   */
  static final String TIMELINE = "names AS (SELECT ea.doc_id, ea.event_ordinal, ea.role, "
      + "string_agg(coalesce(n.name, ea.actor_id), ', ' ORDER BY ea.ordinal) AS names "
      + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id) GROUP BY ALL), "
      + "t AS ("
      + "SELECT coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), " + dated("e") + ") AS date, "
      + "'event' AS kind, src.names AS who, e.type || coalesce(' -> ' || tgt.names, '') AS what, e.text, "
      + "e.doc_id, d.id AS document, e.span_begin, e.span_end FROM events e JOIN documents d USING (doc_id) "
      + "LEFT JOIN names src ON src.doc_id = e.doc_id AND src.event_ordinal = e.ordinal AND src.role = 'source' "
      + "LEFT JOIN names tgt ON tgt.doc_id = e.doc_id AND tgt.event_ordinal = e.ordinal AND tgt.role = 'target' "
      + "UNION ALL "
      + "SELECT " + dated("q") + ", 'quote', n.name, q.kind, q.text, q.doc_id, d.id, q.span_begin, q.span_end "
      + "FROM quotes q JOIN documents d USING (doc_id) LEFT JOIN named n ON n.doc_id = q.doc_id "
      + "AND n.actor_id = q.speaker WHERE q.kind <> 'term' "
      + "UNION ALL "
      + "SELECT " + stanceDated() + ", 'stance', n.name, s.polarity || ' on ' || coalesce(i.label, s.issue), s.text, "
      + "s.doc_id, d.id, s.span_begin, s.span_end FROM stances s JOIN documents d USING (doc_id) "
      + "LEFT JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
      + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue)";

  private Sql() {}

  /**
   * The date of a finding at {@code X.span_begin} of document {@code X.doc_id}, for {@code X} the finding's
   * alias: its live post's date, else its document's ({@code d.published}, with {@code d} joined).
   */
  static String dated(String alias) {
    return String.format("coalesce((SELECT max(p.date) FROM post_dates p WHERE p.doc_id = %1$s.doc_id "
        + "AND p.span_begin <= %1$s.span_begin AND %1$s.span_begin < p.span_end), d.published)", alias);
  }

  /** The date of stance {@code s}: its own when the text gave a full date, else as {@link #dated}. */
  static String stanceDated() {
    return "coalesce(TRY_CAST(s.date AS DATE), " + dated("s") + ")";
  }

  /**
   * Runs one SELECT with the filter's parameters.
   *
   * @param limit the most rows, or null for all
   * @param offset how many rows to skip first
   */
  static Table select(Store store, String sql, Filter f, @Nullable Integer limit, int offset) throws StoreException {
    String paged = limit == null ? sql : sql + " LIMIT " + limit + (offset > 0 ? " OFFSET " + offset : "");
    try (PreparedStatement p = store.connection().prepareStatement(paged)) {
      Rows.set(p, f.params());
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns.size(); i++) {
            row.add(value(r.getObject(i)));
          }
          rows.add(row);
        }
        return new Table(columns, rows);
      }
    } catch (SQLException e) {
      throw store.failure("query", e);
    }
  }

  /** A JDBC value as {@link Table} holds it: whole numbers as Long or Integer, lists, and structs as maps. */
  private static @Nullable Object value(@Nullable Object o) throws SQLException {
    if (o instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (o instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (o instanceof Short s) {
      return s.intValue();
    }
    if (o instanceof java.sql.Array a) {
      List<Object> out = new ArrayList<>();
      for (Object x : (Object[]) a.getArray()) {
        out.add(value(x));
      }
      return out;
    }
    if (o instanceof org.duckdb.DuckDBStruct s) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<String, Object> e : s.getMap().entrySet()) {
        out.put(e.getKey(), value(e.getValue()));
      }
      return out;
    }
    if (o instanceof java.sql.Struct s) {
      Map<String, Object> out = new LinkedHashMap<>();
      Object[] values = s.getAttributes();
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
}
