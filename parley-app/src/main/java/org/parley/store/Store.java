package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorNames;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Issue;
import org.parley.model.Stance;
import org.parley.pipeline.Provenance;
import org.parley.stance.IssueMerger;
import org.parley.util.Nullable;

/**
 * The embedded DuckDB store: one file holding documents and their findings (see {@code 001-documents.sql}).
 * Opening it brings its schema up to date. Each document is written with all its findings in one
 * transaction, so a crash at any moment leaves every document either whole or absent. One process at a
 * time may open a store file; one thread at a time may use a {@code Store}.
 */
public final class Store implements AutoCloseable {
  /** Where the store lives unless {@code --db} says otherwise. */
  public static final Path DEFAULT_PATH = Path.of("parley-data", "parley.duckdb");

  /** The tables of findings, each keyed by doc_id, replaced with their document. */
  static final List<String> FINDINGS = List.of("posts", "actors", "mentions", "quotes", "events",
      "event_actors", "issues", "stances", "options", "times", "data_issues", "provenance");

  private static final Pattern LOCK_PID = Pattern.compile("PID (\\d+)");
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final Path file;
  private final Connection connection;

  private Store(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the store at {@code file}, creating it and its folder if need be, at the latest schema. */
  public static Store open(Path file) throws StoreException {
    return open(file, Migrations.latest(), true);
  }

  /** Opens an existing store (for queries and exports): a missing file is the user's mistake. */
  public static Store openExisting(Path file) throws StoreException {
    if (!Files.exists(file)) {
      throw new StoreException("no store at " + file + "; run 'parley ingest --db " + file + " ...' first", true,
          null);
    }
    return open(file, Migrations.latest(), false);
  }

  /** Opens the store migrated up to {@code version} only: for tests of migrations. */
  static Store open(Path file, int version, boolean create) throws StoreException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new StoreException("the store " + file + " is a folder; --db names the store's file, e.g. "
          + file.resolve("parley.duckdb"), true, null);
    }
    if (create) {
      Path parent = file.toAbsolutePath().getParent();
      try {
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new StoreException("cannot create the folder for the store " + file + ": " + e.getMessage(), e);
      }
    }
    Connection c;
    try {
      c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
    } catch (SQLException e) {
      throw openFailure(file, e);
    }
    try {
      int current = Migrations.current(c);
      if (current == 0 && hasTables(c)) {
        throw new StoreException(file + " is a DuckDB database but not a Parley store (no schema_version table)",
            true, null);
      }
      if (current > Migrations.latest()) {
        throw new StoreException("the store " + file + " has schema version " + current + "; this Parley knows "
            + "versions up to " + Migrations.latest() + ": use a newer Parley", true, null);
      }
      Migrations.apply(c, version);
      return new Store(file, c);
    } catch (StoreException e) {
      closeQuietly(c);
      throw e;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new StoreException("cannot prepare the store " + file + ": " + firstLine(e), e);
    }
  }

  private static boolean hasTables(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM information_schema.tables")) {
      r.next();
      return r.getInt(1) > 0;
    }
  }

  private static StoreException openFailure(Path file, SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      Matcher pid = LOCK_PID.matcher(m);
      return new StoreException("the store " + file + " is in use by another process"
          + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + "; wait for it to finish or use another --db", e);
    }
    if (m.contains("not a valid DuckDB database") || m.contains("Unrecognized file format")
        || m.contains("database file") && m.contains("valid")) {
      return new StoreException(file + " is not a Parley store (not a DuckDB database file)", true, e);
    }
    return new StoreException("cannot open the store " + file + ": " + firstLine(e), e);
  }

  public Path file() {
    return file;
  }

  /** The store's schema version. */
  public int schemaVersion() throws StoreException {
    try {
      return Migrations.current(connection);
    } catch (SQLException e) {
      throw failure("read the schema version of", e);
    }
  }

  /**
   * The JDBC connection, for read-only queries and exports of this application. Writes go through
   * {@link #write} and {@link WatchState}, which keep the store consistent.
   */
  public Connection connection() {
    return connection;
  }

  /** The content hash of every stored document, by its key. */
  public Map<String, String> contentHashes() throws StoreException {
    Map<String, String> out = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_key, content_hash FROM documents")) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  /** The ids of all documents, by publication date (undated last), then key. */
  public List<String> documentIds() throws StoreException {
    List<String> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT doc_id FROM documents ORDER BY published NULLS LAST, doc_key")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
    return out;
  }

  /** The stored analysis of a document, as it was written, or null when there is none. */
  public @Nullable Analysis read(String docId) throws StoreException {
    try {
      return AnalysisReader.read(connection, docId);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** The doc_id a key is stored under: 16 hex digits of its SHA-256. */
  public static String docId(String key) {
    return ContentHash.of(key).substring(0, 16);
  }

  /**
   * Stores a document and all its findings in one transaction: inserted when its key is new, else replacing
   * the stored revision and its findings.
   *
   * @param key what identifies the source (its URL, JSONL id or file path)
   * @param contentHash {@link ContentHash#of(Document)} of the analysed document
   */
  public Written write(String key, Analysis analysis, String contentHash, List<Provenance> provenance)
      throws StoreException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(contentHash, "contentHash");
    String docId = docId(key);
    try {
      connection.setAutoCommit(false);
      try {
        Integer revision = revision(docId);
        Analysis old = revision == null ? null : AnalysisReader.read(connection, docId);
        Map<String, String> prior = priorStances(analysis);
        if (revision != null) {
          for (String table : FINDINGS) {
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
              p.setString(1, docId);
              p.executeUpdate();
            }
          }
        }
        writeDocument(docId, key, analysis.document(), contentHash, revision);
        AnalysisWriter.write(connection, docId, analysis, provenance);
        connection.commit();
        int next = revision == null ? 1 : revision + 1;
        return new Written(docId, key, revision != null, next, Diff.of(old, analysis, prior));
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw failure("write " + analysis.document().id() + " to", e);
    }
  }

  private @Nullable Integer revision(String docId) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT revision FROM documents WHERE doc_id = ?")) {
      p.setString(1, docId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : null;
      }
    }
  }

  private void writeDocument(String docId, String key, Document d, String hash, @Nullable Integer revision)
      throws SQLException {
    String url = isUrl(d.source()) ? d.source() : null;
    String published = d.published() == null ? null : d.published().toString();
    if (revision == null) {
      try (PreparedStatement p = connection.prepareStatement("INSERT INTO documents (doc_id, doc_key, id, title, "
          + "published, source, url, text, content_hash, revision, ingested_at) "
          + "VALUES (?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, 1, CAST(? AS TIMESTAMP))")) {
        Rows.set(p, docId, key, d.id(), d.title(), published, d.source(), url, d.text(), hash, nowUtc());
        p.executeUpdate();
      }
    } else {
      try (PreparedStatement p = connection.prepareStatement("UPDATE documents SET id = ?, title = ?, "
          + "published = CAST(? AS DATE), source = ?, url = ?, text = ?, content_hash = ?, revision = ?, "
          + "ingested_at = CAST(? AS TIMESTAMP) WHERE doc_id = ?")) {
        Rows.set(p, d.id(), d.title(), published, d.source(), url, d.text(), hash, revision + 1, nowUtc(), docId);
        p.executeUpdate();
      }
    }
  }

  /**
   * The latest stored polarity of each (actor key, issue key) the analysis takes a position on, for the diff a
   * re-ingest prints: latest by document date, then by when it was stored, then by text order. Unlike the matrix's
   * {@link Sql#LATEST_POLARITY} it neither dates a stance by the date its text names nor merges actors across
   * documents: it compares a document with what the store held for the same actor name before it.
   */
  private Map<String, String> priorStances(Analysis a) throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    if (a.stances().isEmpty()) {
      return out;
    }
    try (PreparedStatement p = connection.prepareStatement("SELECT s.polarity FROM stances s "
        + "JOIN actors a ON a.doc_id = s.doc_id AND a.actor_id = s.actor "
        + "JOIN issues i ON i.doc_id = s.doc_id AND i.issue_id = s.issue "
        + "JOIN documents d ON d.doc_id = s.doc_id "
        + "WHERE a.actor_key = ? AND coalesce(i.issue_key, lower(i.label)) = ? "
        + "ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, s.ordinal DESC LIMIT 1")) {
      for (Stance s : a.stances()) {
        var actor = a.actor(s.actor());
        if (actor == null) {
          continue;
        }
        String key = ActorNames.key(actor);
        String issue = issueKey(a, s.issue());
        p.setString(1, key);
        p.setString(2, issue);
        try (ResultSet r = p.executeQuery()) {
          if (r.next()) {
            out.put(key + "\n" + issue, r.getString(1));
          }
        }
      }
    }
    return out;
  }

  /**
   * The analysis with each issue whose key the store does not hold yet given the key of a stored issue that
   * {@code merger} finds to be the same ("halting the fighting" joins a stored "ceasefire"), so that stances and
   * changes of position are grouped across documents; unchanged when the merger compares keys only.
   */
  public Analysis withStoredIssueKeys(Analysis a, IssueMerger merger) throws StoreException {
    if (!merger.usesEmbeddings() || a.issues().isEmpty()) {
      return a;
    }
    List<Issue> stored = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT issue_key, min(label) FROM issues WHERE issue_key IS NOT NULL "
            + "GROUP BY issue_key ORDER BY min(rowid)")) {
      while (r.next()) {
        stored.add(new Issue("stored", r.getString(2), r.getString(1)));
      }
    } catch (SQLException e) {
      throw failure("read the issues of", e);
    }
    List<Issue> issues = new ArrayList<>();
    for (Issue i : a.issues()) {
      Issue match = null;
      if (stored.stream().noneMatch(x -> x.key().equals(i.key()))) {
        match = stored.stream().filter(x -> merger.same(x, i)).findFirst().orElse(null);
      }
      issues.add(match == null ? i : new Issue(i.id(), i.label(), match.key()));
    }
    return new Analysis(a.document(), a.actors(), a.quotes(), a.events(), issues, a.stances(), a.options(),
        a.times(), a.dataIssues());
  }

  /** The key of an issue of the analysis (equal across documents for one issue), or the id when unknown. */
  static String issueKey(Analysis a, String issueId) {
    for (Issue i : a.issues()) {
      if (i.id().equals(issueId)) {
        return i.key();
      }
    }
    return issueId;
  }

  static String issueLabel(Analysis a, String issueId) {
    for (Issue i : a.issues()) {
      if (i.id().equals(issueId)) {
        return i.label();
      }
    }
    return issueId;
  }

  static boolean isUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  /** The current time in UTC, as a DuckDB TIMESTAMP literal. */
  static String nowUtc() {
    return LocalDateTime.now(ZoneOffset.UTC).format(TIMESTAMP);
  }

  StoreException failure(String doing, SQLException e) {
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("No space left") || m.contains("disk is full")) {
      return new StoreException("cannot " + doing + " the store " + file + ": the disk is full", e);
    }
    return new StoreException("cannot " + doing + " the store " + file + ": " + firstLine(e), e);
  }

  static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // already failing: the first error is the one to report
    }
  }

  /** Closes the store; DuckDB checkpoints its write-ahead log into the file. */
  @Override
  public void close() throws StoreException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
