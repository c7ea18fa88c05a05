package org.parley.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * Questions asked across all stored documents, each answered as a {@link Table}. Actors are merged across
 * documents (view {@code global_actors}); the same quote reported by several documents is one row listing
 * them all; a statement inside a live post is dated by the post. Name and text filters match a part of the
 * value, ignoring case.
 */
public final class Queries {
  /** The date of a finding at {@code X.span_begin} of document {@code X.doc_id}: its post's, else its document's. */
  private static final String DATED = "coalesce((SELECT max(p.date) FROM post_dates p WHERE p.doc_id = %1$s.doc_id "
      + "AND p.span_begin <= %1$s.span_begin AND %1$s.span_begin < p.span_end), d.published)";

  /** The date of stance {@code s}: its own when a full date, else as {@link #DATED}. */
  private static final String STANCE_DATED = "coalesce(TRY_CAST(s.date AS DATE), " + String.format(DATED, "s") + ")";

  /** The issue of stance {@code s} across documents: its key, else its lower-case label, else its id. */
  private static final String ISSUE_KEY = "coalesce(i.issue_key, lower(i.label), s.issue)";

  /** Each finding's actor by its merged name and code. */
  private static final String NAMED = "named AS (SELECT a.doc_id, a.actor_id, i.global_key, "
      + "coalesce(g.name, a.name) AS name, coalesce(g.code, a.code) AS code FROM actors a "
      + "JOIN actor_identity i USING (doc_id, actor_id) LEFT JOIN global_actors g USING (global_key))";

  private final Store store;
  private final @Nullable Integer limit;

  /** @param limit the most rows of any answer, or null for all */
  public Queries(Store store, @Nullable Integer limit) {
    this.store = Objects.requireNonNull(store, "store");
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    this.limit = limit;
  }

  /** The stored documents with their counts of findings, oldest first. */
  public Table documents(@Nullable LocalDate since) throws StoreException {
    Filter f = new Filter();
    f.since("d.published", since);
    return query("WITH "
        + "a AS (SELECT doc_id, count(*) AS n FROM actors GROUP BY doc_id), "
        + "q AS (SELECT doc_id, count(*) AS n FROM quotes WHERE kind <> 'term' GROUP BY doc_id), "
        + "e AS (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id), "
        + "s AS (SELECT doc_id, count(*) AS n FROM stances GROUP BY doc_id) "
        + "SELECT d.id, d.title, CAST(d.published AS VARCHAR) AS published, d.source, "
        + "coalesce(a.n, 0) AS actors, coalesce(q.n, 0) AS quotes, coalesce(e.n, 0) AS events, "
        + "coalesce(s.n, 0) AS stances, d.revision, strftime(d.ingested_at, '%Y-%m-%d %H:%M:%S') AS ingested "
        + "FROM documents d LEFT JOIN a USING (doc_id) LEFT JOIN q USING (doc_id) LEFT JOIN e USING (doc_id) "
        + "LEFT JOIN s USING (doc_id)" + f.where() + " ORDER BY d.published NULLS LAST, d.id", f);
  }

  /** Actors merged across documents, most mentioned first. */
  public Table actors(@Nullable String name, @Nullable String kind) throws StoreException {
    Filter f = new Filter();
    f.contains("g.name", name);
    f.equalsIgnoringCase("g.kind", kind);
    return query("WITH said AS (SELECT i.global_key, count(*) AS n FROM quotes q "
        + "JOIN actor_identity i ON i.doc_id = q.doc_id AND i.actor_id = q.speaker GROUP BY i.global_key) "
        + "SELECT g.name, g.kind, g.role, g.country, g.organization, g.code, g.documents, g.mentions, "
        + "coalesce(said.n, 0) AS quotes FROM global_actors g LEFT JOIN said USING (global_key)" + f.where()
        + " ORDER BY g.mentions DESC, g.name", f);
  }

  /**
   * Quotes (not terms) across documents: the same words by the same speaker are one row with every document
   * that reports them.
   *
   * @param issue words of the quote, or of an issue a stance at the quote's place is about
   */
  public Table quotes(@Nullable String speaker, @Nullable String issue, @Nullable LocalDate since)
      throws StoreException {
    Filter f = new Filter();
    f.contains("speaker", speaker);
    if (issue != null) {
      f.add("(contains(lower(x.text), lower(?)) OR EXISTS (SELECT 1 FROM stances s JOIN issues i "
          + "ON i.doc_id = s.doc_id AND i.issue_id = s.issue WHERE s.doc_id = x.doc_id "
          + "AND s.span_begin < x.span_end AND x.span_begin < s.span_end AND contains(lower(i.label), lower(?))))",
          issue, issue);
    }
    f.since("x.date", since);
    return query("WITH " + NAMED + ", x AS (SELECT q.doc_id, q.span_begin, q.span_end, q.text, q.kind, "
        + "n.global_key, n.name AS speaker, d.id AS document, coalesce(d.url, d.source) AS source, "
        + String.format(DATED, "q") + " AS date FROM quotes q JOIN documents d USING (doc_id) "
        + "LEFT JOIN named n ON n.doc_id = q.doc_id AND n.actor_id = q.speaker WHERE q.kind <> 'term') "
        + "SELECT CAST(min(x.date) AS VARCHAR) AS date, any_value(x.speaker) AS speaker, "
        + "first(x.kind ORDER BY x.date NULLS LAST, x.document) AS kind, "
        + "first(x.text ORDER BY x.date NULLS LAST, x.document) AS text, count(DISTINCT x.doc_id) AS reports, "
        + "array_to_string(list_sort(list_distinct(list(x.source))), ' | ') AS sources FROM x" + f.where()
        + " GROUP BY coalesce(x.global_key, ''), lower(regexp_replace(trim(x.text), '\\s+', ' ', 'g'))"
        + " ORDER BY min(x.date) NULLS LAST, speaker NULLS LAST, text", f);
  }

  /** Events by date, with their participants' merged names and codes. */
  public Table events(@Nullable String type, @Nullable String actor, @Nullable LocalDate since)
      throws StoreException {
    Filter f = new Filter();
    f.equalsIgnoringCase("e.type", type);
    if (actor != null) {
      f.add("EXISTS (SELECT 1 FROM parts p WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal "
          + "AND contains(lower(p.name), lower(?)))", actor);
    }
    f.since("e.day", since);
    return query("WITH " + NAMED + ", parts AS (SELECT ea.*, coalesce(n.name, ea.actor_id) AS name, n.code "
        + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id)), "
        + "dated AS (SELECT e.*, coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), " + String.format(DATED, "e")
        + ") AS day FROM events e JOIN documents d USING (doc_id)) "
        + "SELECT CAST(e.day AS VARCHAR) AS date, e.type, e.cameo, e.mode, "
        + "(SELECT string_agg(p.name, ', ' ORDER BY p.ordinal) FROM parts p WHERE p.doc_id = e.doc_id "
        + "AND p.event_ordinal = e.ordinal AND p.role = 'source') AS source, "
        + "(SELECT string_agg(p.name, ', ' ORDER BY p.ordinal) FROM parts p WHERE p.doc_id = e.doc_id "
        + "AND p.event_ordinal = e.ordinal AND p.role = 'target') AS target, "
        + "e.text, d.id AS document FROM dated e JOIN documents d USING (doc_id)" + f.where()
        + " ORDER BY e.day NULLS LAST, d.id, e.span_begin", f);
  }

  /**
   * The stance matrix: each actor's latest position on each issue across documents, when it was taken, and
   * its history (date and polarity, oldest first).
   */
  public Table stances(@Nullable String actor, @Nullable String issue) throws StoreException {
    Filter f = new Filter();
    f.contains("x.actor", actor);
    f.contains("x.issue", issue);
    return query("WITH " + NAMED + ", x AS (SELECT n.global_key, n.name AS actor, coalesce(i.label, s.issue) AS issue, "
        + ISSUE_KEY + " AS issue_key, s.polarity, s.ordinal, d.id AS document, " + STANCE_DATED + " AS date "
        + "FROM stances s JOIN documents d USING (doc_id) JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
        + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue) "
        + "SELECT any_value(x.actor) AS actor, first(x.issue ORDER BY x.date DESC NULLS LAST) AS issue, "
        + "first(x.polarity ORDER BY x.date DESC NULLS LAST, x.document DESC, x.ordinal DESC) AS latest, "
        + "CAST(max(x.date) AS VARCHAR) AS since, count(DISTINCT x.document) AS documents, "
        + "string_agg(coalesce(CAST(x.date AS VARCHAR), 'undated') || ' ' || x.polarity, '; ' "
        + "ORDER BY x.date NULLS FIRST, x.document, x.ordinal) AS history FROM x" + f.where()
        + " GROUP BY x.global_key, x.issue_key ORDER BY actor, issue", f);
  }

  /**
   * Changes of position: an actor (merged across documents) on an issue (by key, so "a truce" and "a ceasefire"
   * are one) with a different polarity than its previous stance, taken at a later moment (another document or
   * another live post), in date order.
   */
  public Table changes(@Nullable String actor, @Nullable String issue, @Nullable LocalDate since)
      throws StoreException {
    Filter f = new Filter();
    f.contains("c.actor", actor);
    f.contains("c.issue", issue);
    f.since("c.date", since);
    return query("WITH " + NAMED + ", x AS (SELECT n.global_key, n.name AS actor, coalesce(i.label, s.issue) AS issue, "
        + ISSUE_KEY + " AS issue_key, s.polarity, s.text, s.span_begin, d.id AS document, d.published, "
        + STANCE_DATED + " AS date, (SELECT max(p.ordinal) FROM posts p WHERE p.doc_id = s.doc_id "
        + "AND p.span_begin <= s.span_begin AND s.span_begin < p.span_end) AS post "
        + "FROM stances s JOIN documents d USING (doc_id) JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
        + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue), "
        + "o AS (SELECT x.*, lag(polarity) OVER w AS before, lag(date) OVER w AS before_date, "
        + "lag(document) OVER w AS before_document, lag(post) OVER w AS before_post FROM x "
        + "WINDOW w AS (PARTITION BY global_key, issue_key ORDER BY date NULLS FIRST, published NULLS FIRST, document, "
        + "span_begin)), "
        + "c AS (SELECT * FROM o WHERE before IS NOT NULL AND before <> polarity AND (before_document <> document "
        + "OR coalesce(before_post, -1) <> coalesce(post, -1) OR before_date < date)) "
        + "SELECT CAST(c.date AS VARCHAR) AS date, c.actor, c.issue, c.before AS \"from\", c.polarity AS \"to\", "
        + "CAST(c.before_date AS VARCHAR) AS from_date, c.before_document AS from_document, c.document, c.text FROM c"
        + f.where() + " ORDER BY c.date NULLS LAST, c.document, c.span_begin", f);
  }

  /** Events, quotes and stances by date: who did or said what, in which document. */
  public Table timeline(@Nullable String actor, @Nullable LocalDate since) throws StoreException {
    Filter f = new Filter();
    f.contains("t.who", actor);
    f.since("t.date", since);
    return query("WITH " + NAMED + ", "
        + "names AS (SELECT ea.doc_id, ea.event_ordinal, ea.role, "
        + "string_agg(coalesce(n.name, ea.actor_id), ', ' ORDER BY ea.ordinal) AS names "
        + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id) GROUP BY ALL), "
        + "t AS ("
        + "SELECT coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), " + String.format(DATED, "e") + ") AS date, "
        + "'event' AS kind, src.names AS who, e.type || coalesce(' -> ' || tgt.names, '') AS what, e.text, "
        + "d.id AS document, e.span_begin FROM events e JOIN documents d USING (doc_id) "
        + "LEFT JOIN names src ON src.doc_id = e.doc_id AND src.event_ordinal = e.ordinal AND src.role = 'source' "
        + "LEFT JOIN names tgt ON tgt.doc_id = e.doc_id AND tgt.event_ordinal = e.ordinal AND tgt.role = 'target' "
        + "UNION ALL "
        + "SELECT " + String.format(DATED, "q") + ", 'quote', n.name, q.kind, q.text, d.id, q.span_begin "
        + "FROM quotes q JOIN documents d USING (doc_id) LEFT JOIN named n ON n.doc_id = q.doc_id "
        + "AND n.actor_id = q.speaker WHERE q.kind <> 'term' "
        + "UNION ALL "
        + "SELECT " + STANCE_DATED + ", 'stance', n.name, s.polarity || ' on ' || "
        + "coalesce(i.label, s.issue), s.text, d.id, s.span_begin FROM stances s JOIN documents d USING (doc_id) "
        + "LEFT JOIN named n ON n.doc_id = s.doc_id AND n.actor_id = s.actor "
        + "LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue) "
        + "SELECT CAST(t.date AS VARCHAR) AS date, t.kind, t.who, t.what, t.text, t.document FROM t" + f.where()
        + " ORDER BY t.date NULLS LAST, t.document, t.span_begin, t.kind", f);
  }

  private Table query(String sql, Filter f) throws StoreException {
    String limited = limit == null ? sql : sql + " LIMIT " + limit;
    try (PreparedStatement p = store.connection().prepareStatement(limited)) {
      Rows.set(p, f.params.toArray());
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

  private static @Nullable Object value(@Nullable Object o) {
    if (o instanceof BigInteger b) {
      return b.longValueExact();
    }
    if (o instanceof BigDecimal d) {
      return d.doubleValue();
    }
    if (o instanceof Short s) {
      return s.intValue();
    }
    if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) {
      return o;
    }
    return o.toString();
  }

  /** WHERE conditions and their parameters, only for the filters given. */
  private static final class Filter {
    final List<String> conditions = new ArrayList<>();
    final List<Object> params = new ArrayList<>();

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

    void since(String column, @Nullable LocalDate since) {
      if (since != null) {
        add(column + " >= CAST(? AS DATE)", since.toString());
      }
    }

    String where() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
  }
}
