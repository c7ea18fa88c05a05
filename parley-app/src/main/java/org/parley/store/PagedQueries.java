package org.parley.store;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.util.Nullable;

/**
 * The web's questions to the store ({@code parley serve}), each answering one page ({@code limit} rows after
 * {@code offset}) of rows as ordered maps, ready to write as JSON. Rows carry ids and page links to navigate by:
 * actors are the store's merged actors, their id is their {@code global_key}; a finding's {@code document} is its
 * document's {@code doc_id}. Filters on names and words match a part of the value, ignoring case. {@link Queries}
 * asks the command line's questions, with answers merged to read whole.
 */
public final class PagedQueries {
  private final Store store;

  public PagedQueries(Store store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Documents, newest first, with their counts of findings. */
  public List<Map<String, Object>> documents(@Nullable String words, @Nullable LocalDate since,
      @Nullable LocalDate until, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("coalesce(d.title, '') || ' ' || d.text", words);
    f.between("d.published", since, until);
    return rows("WITH " + Sql.COUNTED + " SELECT d.doc_id AS id, d.id AS name, d.title, "
        + "CAST(d.published AS VARCHAR) AS published, d.source, d.url, '/documents/' || d.doc_id AS page, "
        + "d.actors, d.quotes, d.events, d.stances, d.revision FROM counted d" + f.where()
        + " ORDER BY d.published DESC NULLS LAST, d.id", f, limit, offset);
  }

  public boolean documentExists(String docId) throws StoreException {
    Filter f = new Filter();
    f.equalsExactly("doc_id", docId);
    return !rows("SELECT 1 AS x FROM documents" + f.where(), f, 1, 0).isEmpty();
  }

  /** A stored document's own actor ids, each with its merged id (for links from a document page). */
  public Map<String, String> actorIds(String docId) throws StoreException {
    Filter f = new Filter();
    f.equalsExactly("doc_id", docId);
    Map<String, String> out = new LinkedHashMap<>();
    for (List<Object> row : Sql.select(store, "SELECT actor_id, global_key FROM actor_identity" + f.where()
        + " ORDER BY actor_id", f, null, 0).rows()) {
      out.put((String) row.get(0), (String) row.get(1));
    }
    return out;
  }

  /** Merged actors, most mentioned first, with how many quotes (not terms) they said. */
  public List<Map<String, Object>> actors(@Nullable String name, @Nullable String kind, int limit, int offset)
      throws StoreException {
    Filter f = new Filter();
    f.contains("g.name", name);
    f.equalsIgnoringCase("g.kind", kind);
    return rows("WITH " + Sql.SAID + " SELECT g.global_key AS id, g.name, g.kind, g.role, g.country, g.organization, g.code, g.documents, "
        + "g.mentions, coalesce(said.n, 0) AS quotes FROM global_actors g LEFT JOIN said USING (global_key)"
        + f.where() + " ORDER BY g.mentions DESC, g.name", f, limit, offset);
  }

  /** The merged actor with this id, or null. */
  public @Nullable Map<String, Object> actor(String id) throws StoreException {
    Filter f = new Filter();
    f.equalsExactly("global_key", id);
    List<Map<String, Object>> r = rows("SELECT global_key AS id, name, kind, role, country, organization, code, "
        + "documents, mentions FROM global_actors" + f.where(), f, 1, 0);
    return r.isEmpty() ? null : r.get(0);
  }

  /**
   * Quotes (not terms), newest first, each where its document reports it.
   *
   * @param issue words of an issue that a stance at the quote's place is about
   * @param document the quote's document's doc_id
   */
  public List<Map<String, Object>> quotes(@Nullable String words, @Nullable String speaker,
      @Nullable String speakerId, @Nullable String issue, @Nullable String document, @Nullable LocalDate since,
      @Nullable LocalDate until, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("x.text", words);
    f.contains("x.speaker", speaker);
    f.equalsExactly("x.global_key", speakerId);
    f.equalsExactly("x.doc_id", document);
    if (issue != null) {
      f.add("EXISTS (SELECT 1 FROM stances s JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue "
          + "WHERE s.doc_id = x.doc_id AND s.span_begin < x.span_end AND x.span_begin < s.span_end "
          + "AND contains(lower(i.label), lower(?)))", issue);
    }
    f.between("x.date", since, until);
    return rows("WITH " + Sql.NAMED + ", " + Sql.QUOTED + " "
        + "SELECT x.doc_id AS document, '/documents/' || x.doc_id AS page, x.span_begin AS begin, "
        + "x.span_end AS \"end\", x.text, x.kind, x.global_key AS \"speakerId\", x.speaker, x.cue, x.title, "
        + "x.source, CAST(x.date AS VARCHAR) AS date FROM quoted x" + f.where()
        + " ORDER BY x.date DESC NULLS LAST, x.doc_id, x.span_begin", f, limit, offset);
  }

  /**
   * Events, newest first, or the soonest first when {@code upcoming}: those after their document's date, or
   * announced for it.
   */
  public List<Map<String, Object>> events(@Nullable String type, @Nullable String actor, @Nullable String actorId,
      @Nullable String mode, boolean upcoming, @Nullable LocalDate since, @Nullable LocalDate until, int limit,
      int offset) throws StoreException {
    Filter f = new Filter();
    f.equalsIgnoringCase("e.type", type);
    f.equalsIgnoringCase("e.mode", mode);
    if (actor != null) {
      f.add(Sql.HAS_PARTICIPANT_NAMED, actor);
    }
    if (actorId != null) {
      f.add("EXISTS (SELECT 1 FROM parts p WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal "
          + "AND p.global_key = ?)", actorId);
    }
    if (upcoming) {
      f.add("(e.day > e.published OR (e.mode = 'future' AND e.day >= e.published))");
    }
    f.between("e.day", since, until);
    String names = "(SELECT list({'id': p.global_key, 'name': p.name} ORDER BY p.ordinal) FROM parts p "
        + "WHERE p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal AND p.role = '%s')";
    return rows("WITH " + Sql.NAMED + ", " + Sql.PARTS + ", " + Sql.DAYS + " "
        + "SELECT e.doc_id AS document, '/documents/' || e.doc_id AS page, e.span_begin AS begin, "
        + "e.span_end AS \"end\", CAST(e.day AS VARCHAR) AS date, e.date AS timex, e.type, e.cameo, e.mode, "
        + String.format(names, "source") + " AS source, " + String.format(names, "target") + " AS target, e.text "
        + "FROM dated e" + f.where() + " ORDER BY e.day " + (upcoming ? "ASC" : "DESC")
        + " NULLS LAST, e.doc_id, e.span_begin", f, limit, offset);
  }

  /**
   * The stance matrix: each actor's latest position on each issue (by key, across documents), with its evidence,
   * oldest first; a stance is dated by the date it names, else by its post or document. {@code polarity} keeps the
   * cells whose latest position it is.
   */
  public List<Map<String, Object>> stances(@Nullable String actor, @Nullable String actorId, @Nullable String issue,
      @Nullable String polarity, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("x.actor", actor);
    f.equalsExactly("x.global_key", actorId);
    f.contains("x.issue", issue);
    f.groupEqualsExactly(Sql.LATEST_POLARITY, polarity);
    return rows("WITH " + Sql.NAMED + ", " + Sql.POSITIONS + " "
        + "SELECT x.global_key AS \"actorId\", any_value(x.actor) AS actor, "
        + "first(x.issue ORDER BY x.date DESC NULLS LAST) AS issue, "
        + Sql.LATEST_POLARITY + " AS latest, "
        + "CAST(max(x.date) AS VARCHAR) AS since, count(DISTINCT x.doc_id) AS documents, "
        + "list({'date': CAST(x.date AS VARCHAR), 'polarity': x.polarity, 'document': x.doc_id, "
        + "'page': '/documents/' || x.doc_id, 'begin': x.span_begin, 'end': x.span_end, 'text': x.text} "
        + "ORDER BY x.date NULLS FIRST, x.doc_id, x.ordinal) AS evidence FROM positions x" + f.where()
        + " GROUP BY x.global_key, x.issue_key" + f.having() + " ORDER BY actor, issue", f, limit, offset);
  }

  /**
   * Issues merged across documents by key ("a truce" and "a ceasefire" are one), those with the most stances
   * first, with how many stances support, oppose or doubt each.
   */
  public List<Map<String, Object>> issues(@Nullable String label, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("label", label);
    return rows("WITH x AS (SELECT " + Sql.ISSUE_KEY + " AS k, coalesce(i.label, s.issue) AS label, "
        + "s.polarity, s.doc_id FROM stances s LEFT JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue "
        + "UNION ALL SELECT coalesce(issue_key, lower(label)), label, NULL, doc_id FROM issues) "
        + "SELECT min(label) AS label, count(DISTINCT doc_id) AS documents, count(polarity) AS stances, "
        + "count(polarity) FILTER (WHERE polarity = 'support') AS support, "
        + "count(polarity) FILTER (WHERE polarity = 'oppose') AS oppose, "
        + "count(polarity) FILTER (WHERE polarity = 'skeptical') AS skeptical FROM x" + f.where()
        + " GROUP BY k ORDER BY stances DESC, label", f, limit, offset);
  }

  /** Events, quotes and stances by date, each with a link to its place in its document. */
  public List<Map<String, Object>> timeline(@Nullable String actor, @Nullable LocalDate since,
      @Nullable LocalDate until, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("t.who", actor);
    f.between("t.date", since, until);
    return rows("WITH " + Sql.NAMED + ", " + Sql.TIMELINE + " "
        + "SELECT CAST(t.date AS VARCHAR) AS date, t.kind, t.who, t.what, t.text, t.doc_id AS document, "
        + "'/documents/' || t.doc_id AS page, t.span_begin AS begin, t.span_end AS \"end\" FROM t" + f.where()
        + " ORDER BY t.date NULLS LAST, t.doc_id, t.span_begin, t.kind", f, limit, offset);
  }

  /** Option sets with their options, each set once a document. */
  public List<Map<String, Object>> options(@Nullable String set, int limit, int offset) throws StoreException {
    Filter f = new Filter();
    f.contains("o.option_set", set);
    return rows("SELECT o.option_set AS set, o.doc_id AS document, '/documents/' || o.doc_id AS page, "
        + "coalesce(d.title, d.id) AS title, "
        + "CAST(d.published AS VARCHAR) AS published, list({'label': o.label, 'likelihood': o.likelihood, "
        + "'low': o.probability_low, 'high': o.probability_high, 'rank': o.rank} ORDER BY o.rank NULLS LAST, "
        + "o.ordinal) AS options FROM options o JOIN documents d USING (doc_id)" + f.where()
        + " GROUP BY o.option_set, o.doc_id, d.title, d.id, d.published ORDER BY d.published DESC NULLS LAST, set",
        f, limit, offset);
  }

  /** Actors as nodes and events between them as edges, counted by type: at most {@code limit} of each. */
  public Map<String, Object> network(int limit) throws StoreException {
    String parts = "WITH " + Sql.NAMED + ", p AS (SELECT ea.*, n.global_key, n.name FROM event_actors ea "
        + "JOIN named n USING (doc_id, actor_id)) ";
    List<Map<String, Object>> edges = rows(parts + "SELECT s.global_key AS source, t.global_key AS target, "
        + "e.type, count(*) AS weight FROM events e JOIN p s ON s.doc_id = e.doc_id AND s.event_ordinal = e.ordinal "
        + "AND s.role = 'source' JOIN p t ON t.doc_id = e.doc_id AND t.event_ordinal = e.ordinal "
        + "AND t.role = 'target' WHERE s.global_key <> t.global_key GROUP BY ALL "
        + "ORDER BY weight DESC, source, target, type", new Filter(), limit, 0);
    List<Map<String, Object>> nodes = rows(parts + "SELECT p.global_key AS id, any_value(p.name) AS name, "
        + "any_value(g.kind) AS kind, count(*) AS events FROM p LEFT JOIN global_actors g USING (global_key) "
        + "GROUP BY p.global_key ORDER BY events DESC, id", new Filter(), limit, 0);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", nodes);
    out.put("edges", edges);
    return out;
  }

  private List<Map<String, Object>> rows(String sql, Filter f, int limit, int offset) throws StoreException {
    return Sql.select(store, sql, f, limit, offset).records();
  }
}
