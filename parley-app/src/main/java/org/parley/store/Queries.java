package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * Questions asked across all stored documents, each answered as a {@link Table} to read whole ({@code parley
 * query}): actors are merged across documents (view {@code global_actors}); the same quote reported by several
 * documents is one row listing them all; a statement inside a live post is dated by the post. Name and text
 * filters match a part of the value, ignoring case. {@link PagedQueries} asks the web's questions, a page at a
 * time.
 */
public final class Queries {
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
    f.between("d.published", since, null);
    return query("WITH " + Sql.COUNTED + " SELECT d.id, d.title, CAST(d.published AS VARCHAR) AS published, "
        + "d.source, d.actors, d.quotes, d.events, d.stances, d.revision, "
        + "strftime(d.ingested_at, '%Y-%m-%d %H:%M:%S') AS ingested FROM counted d" + f.where()
        + " ORDER BY d.published NULLS LAST, d.id", f);
  }

  /** Actors merged across documents, most mentioned first, with how many quotes (not terms) they said. */
  public Table actors(@Nullable String name, @Nullable String kind) throws StoreException {
    Filter f = new Filter();
    f.contains("g.name", name);
    f.equalsIgnoringCase("g.kind", kind);
    return query("WITH " + Sql.SAID + " SELECT g.name, g.kind, g.role, g.country, g.organization, g.code, g.documents, g.mentions, "
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
    f.contains("x.speaker", speaker);
    if (issue != null) {
      f.add("(contains(lower(x.text), lower(?)) OR EXISTS (SELECT 1 FROM stances s JOIN issues i "
          + "ON i.doc_id = s.doc_id AND i.issue_id = s.issue WHERE s.doc_id = x.doc_id "
          + "AND s.span_begin < x.span_end AND x.span_begin < s.span_end AND contains(lower(i.label), lower(?))))",
          issue, issue);
    }
    f.between("x.date", since, null);
    return query("WITH " + Sql.NAMED + ", " + Sql.QUOTED + " "
        + "SELECT CAST(min(x.date) AS VARCHAR) AS date, any_value(x.speaker) AS speaker, "
        + "first(x.kind ORDER BY x.date NULLS LAST, x.document) AS kind, "
        + "first(x.text ORDER BY x.date NULLS LAST, x.document) AS text, count(DISTINCT x.doc_id) AS reports, "
        + "array_to_string(list_sort(list_distinct(list(x.source))), ' | ') AS sources FROM quoted x" + f.where()
        + " GROUP BY coalesce(x.global_key, ''), lower(regexp_replace(trim(x.text), '\\s+', ' ', 'g'))"
        + " ORDER BY min(x.date) NULLS LAST, speaker NULLS LAST, text", f);
  }

  /** Events by date, with their participants' merged names and codes. */
  public Table events(@Nullable String type, @Nullable String actor, @Nullable LocalDate since)
      throws StoreException {
    Filter f = new Filter();
    f.equalsIgnoringCase("e.type", type);
    if (actor != null) {
      f.add(Sql.HAS_PARTICIPANT_NAMED, actor);
    }
    f.between("e.day", since, null);
    String names = "(SELECT string_agg(p.name, ', ' ORDER BY p.ordinal) FROM parts p WHERE p.doc_id = e.doc_id "
        + "AND p.event_ordinal = e.ordinal AND p.role = '%s')";
    return query("WITH " + Sql.NAMED + ", " + Sql.PARTS + ", " + Sql.DAYS + " "
        + "SELECT CAST(e.day AS VARCHAR) AS date, e.type, e.cameo, e.mode, " + String.format(names, "source")
        + " AS source, " + String.format(names, "target") + " AS target, e.text, e.document FROM dated e" + f.where()
        + " ORDER BY e.day NULLS LAST, e.document, e.span_begin", f);
  }

  /**
   * The stance matrix: each actor's latest position on each issue across documents, when it was taken, and
   * its history (date and polarity, oldest first).
   */
  public Table stances(@Nullable String actor, @Nullable String issue) throws StoreException {
    Filter f = new Filter();
    f.contains("x.actor", actor);
    f.contains("x.issue", issue);
    return query("WITH " + Sql.NAMED + ", " + Sql.POSITIONS + " "
        + "SELECT any_value(x.actor) AS actor, first(x.issue ORDER BY x.date DESC NULLS LAST) AS issue, "
        + Sql.LATEST_POLARITY + " AS latest, "
        + "CAST(max(x.date) AS VARCHAR) AS since, count(DISTINCT x.document) AS documents, "
        + "string_agg(coalesce(CAST(x.date AS VARCHAR), 'undated') || ' ' || x.polarity, '; ' "
        + "ORDER BY x.date NULLS FIRST, x.document, x.ordinal) AS history FROM positions x" + f.where()
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
    f.between("c.date", since, null);
    return query("WITH " + Sql.NAMED + ", " + Sql.POSITIONS + ", "
        + "posted AS (SELECT x.*, (SELECT max(p.ordinal) FROM posts p WHERE p.doc_id = x.doc_id "
        + "AND p.span_begin <= x.span_begin AND x.span_begin < p.span_end) AS post FROM positions x), "
        + "o AS (SELECT x.*, lag(polarity) OVER w AS before, lag(date) OVER w AS before_date, "
        + "lag(document) OVER w AS before_document, lag(post) OVER w AS before_post FROM posted x "
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
    f.between("t.date", since, null);
    return query("WITH " + Sql.NAMED + ", " + Sql.TIMELINE + " "
        + "SELECT CAST(t.date AS VARCHAR) AS date, t.kind, t.who, t.what, t.text, t.document FROM t" + f.where()
        + " ORDER BY t.date NULLS LAST, t.document, t.span_begin, t.kind", f);
  }

  private Table query(String sql, Filter f) throws StoreException {
    return Sql.select(store, sql, f, limit, 0);
  }
}
