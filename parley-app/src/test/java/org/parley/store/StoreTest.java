package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.Fixtures.count;
import static org.parley.store.Fixtures.document;
import static org.parley.store.Fixtures.scalar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.actors.ActorNames;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Post;
import org.parley.model.Span;
import org.parley.stance.IssueKeys;
import org.parley.stance.IssueMerger;

/** The store's schema, migrations, writes in one transaction, and reading back what was written. */
class StoreTest {
  private static final LocalDate DAY = LocalDate.of(2025, 8, 18);
  private static final String TEXT = "\"We want a ceasefire now,\" President Anna Berger said in 2025.\n"
      + "Anna Berger met Tomas Varga in Geneva.\nTomas Varga opposes the ceasefire. A deal is likely.";

  @TempDir Path dir;

  @Test
  void createsTheStoreAndItsFolderAtTheLatestSchemaVersion() throws Exception {
    Path file = dir.resolve("data/parley.duckdb");
    try (Store store = Store.open(file)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latest()).isEqualTo(3);
      assertThat(count(store, "schema_version")).isEqualTo(Migrations.all().size());
      assertThat(scalar(store, "SELECT string_agg(description, '; ' ORDER BY version) FROM schema_version"))
          .isEqualTo("documents and everything found in them; state of watched feeds and pages; "
              + "stance dates and issue keys");
      for (String table : Fixtures.TABLES) {
        assertThat(count(store, table)).as(table).isZero();
      }
    }
    assertThat(file).exists();
  }

  @Test
  void migratesAnOlderStoreAndKeepsItsDocuments() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Store v1 = Store.open(file, 1, true)) {
      assertThat(v1.schemaVersion()).isEqualTo(1);
      // a document as Parley stored it then: no stance dates, no issue keys
      Fixtures.store(v1, document("a", "https://example.org/a", DAY, "Anna Berger met Tomas Varga in Geneva."));
      try (Statement s = v1.connection().createStatement()) {
        s.execute("INSERT INTO issues VALUES ('x', 0, 'issue-truce', 'A Truce')");
        s.execute("INSERT INTO stances VALUES ('x', 0, 'a1', 'issue-truce', 'oppose', 0, 5, 'Anna ')");
      }
      assertThat(scalar(v1, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'watch_sources'"))
          .isEqualTo("0");
    }
    try (Store latest = Store.open(file)) {
      assertThat(latest.schemaVersion()).isEqualTo(3);
      assertThat(count(latest, "documents")).isEqualTo(1);
      assertThat(count(latest, "watch_sources")).isZero();
      assertThat(scalar(latest, "SELECT issue_key FROM issues WHERE doc_id = 'x'")).isEqualTo("a truce");
      assertThat(scalar(latest, "SELECT coalesce(date, 'none') FROM stances WHERE doc_id = 'x'")).isEqualTo("none");
    }
  }

  @Test
  void givesANewIssueTheKeyOfAStoredIssueTheMergerFindsToBeTheSame() throws Exception {
    try (Store store = Store.open(dir.resolve("k.duckdb"))) {
      Fixtures.store(store, document("a", "https://example.org/a", DAY, TEXT));
      Analysis later = new Analysis(new Document("b", null, DAY, "b", "x", List.of()), List.of(), List.of(),
          List.of(), List.of(new Issue("i", "a halt first", "halt first"), new Issue("j", "tariffs", "tariff")),
          List.of(), List.of(), List.of(), List.of());
      IssueMerger alike = new IssueMerger(IssueKeys.get(), label -> label.contains("first")
          ? new float[] {1, 0} : new float[] {0, 1}, 0.8);

      assertThat(store.withStoredIssueKeys(later, alike).issues()).extracting(Issue::key)
          .containsExactly("ceasefire first", "tariff");
      assertThat(store.withStoredIssueKeys(later, IssueMerger.lexical())).isSameAs(later);
    }
  }

  @Test
  void reopeningAStoreAppliesNoMigrationTwice() throws Exception {
    Path file = dir.resolve("p.duckdb");
    Store.open(file).close();
    try (Store store = Store.open(file)) {
      assertThat(count(store, "schema_version")).isEqualTo(3);
    }
  }

  @Test
  void refusesAStoreWrittenByANewerParley() throws Exception {
    Path file = dir.resolve("new.duckdb");
    try (Store store = Store.open(file)) {
      try (Statement s = store.connection().createStatement()) {
        s.execute("INSERT INTO schema_version VALUES (99, 'from the future', TIMESTAMP '2030-01-01 00:00:00')");
      }
    }
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99").hasMessageContaining("up to 3")
        .satisfies(e -> assertThat(((StoreException) e).badInput()).isTrue());
  }

  @Test
  void refusesAFileThatIsNotADuckDbDatabase() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.duckdb"), "these are my notes, not a database\n".repeat(300));
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString()).hasMessageNotContaining("\n");
    assertThat(Files.readString(file)).startsWith("these are my notes");
  }

  @Test
  void refusesADuckDbDatabaseThatIsNotAParleyStore() throws Exception {
    Path file = dir.resolve("other.duckdb");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE sales (amount INTEGER)");
    }
    assertThatThrownBy(() -> Store.open(file)).isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Parley store");
  }

  @Test
  void refusesAFolderAsTheStoreFile() {
    assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("is a folder");
  }

  @Test
  void opensOnlyAnExistingStoreForQueries() {
    Path missing = dir.resolve("missing.duckdb");
    assertThatThrownBy(() -> Store.openExisting(missing)).isInstanceOf(StoreException.class)
        .hasMessageContaining("no store at " + missing).hasMessageContaining("parley ingest")
        .satisfies(e -> assertThat(((StoreException) e).badInput()).isTrue());
    assertThat(missing).doesNotExist();
  }

  @Test
  void readsBackExactlyTheAnalysisItWrote() throws Exception {
    Document d = new Document("live-1", "Talks live", DAY, "https://example.org/live", TEXT,
        List.of(new Post(new Span(0, 63), "2025-08-18T10:00:00Z", "First post"), new Post(new Span(64, 102), null,
            null)));
    List<DataIssue> issues = List.of(new DataIssue("date.guessed", "a guess", new Span(0, 4)),
        new DataIssue("encoding.guessed", "another", null));
    Analysis a = new FakeAnalyzer().analyze(d, issues);
    assertThat(a.quotes()).isNotEmpty();
    assertThat(a.events()).isNotEmpty();
    assertThat(a.stances()).isNotEmpty();
    assertThat(a.options()).hasSize(2);
    assertThat(a.times()).isNotEmpty();
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      Written w = store.write("https://example.org/live", a, ContentHash.of(d), new FakeAnalyzer().provenance());
      assertThat(store.read(w.docId())).isEqualTo(a);
      assertThat(scalar(store, "SELECT url FROM documents")).isEqualTo("https://example.org/live");
      assertThat(scalar(store, "SELECT string_agg(stage || '=' || extractor || '@' || version, ',' ORDER BY stage) "
          + "FROM provenance")).isEqualTo("annotator=fake@1,quotes=fake-quotes@1");
      assertThat(scalar(store, "SELECT code FROM actors WHERE name = 'Anna Berger'")).isEqualTo("RURGOV");
    }
  }

  @Test
  void keysActorsByKindAndNormalisedNameAndCodesThemByCountryAndSector() {
    Actor president = new Actor("a", "Émmanuel  Macron", ActorKind.PERSON, "FRA", null, "President", List.<Mention>of());
    assertThat(ActorNames.key(president)).isEqualTo("person:emmanuel macron");
    assertThat(ActorNames.surname(president)).isEqualTo("macron");
    assertThat(AnalysisWriter.code(president)).isEqualTo("FRAGOV");
    Actor un = new Actor("b", "the United Nations", ActorKind.ORGANIZATION, null, null, null, List.of());
    assertThat(AnalysisWriter.code(un)).isEqualTo("IGOUNO");
    Actor defence = new Actor("c", "Jane Doe", ActorKind.PERSON, "GBR", null, "Defence Minister", List.of());
    assertThat(AnalysisWriter.code(defence)).isEqualTo("GBRGOV");
    Actor unknown = new Actor("d", "Someone", ActorKind.PERSON, null, null, null, List.of());
    assertThat(AnalysisWriter.code(unknown)).isNull();
    assertThat(ActorNames.singleName(unknown)).isTrue();
  }

  @Test
  void replacesAChangedDocumentAndAllItsFindings() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      Document v1 = document("live", "https://example.org/live", DAY, TEXT);
      Written first = Fixtures.store(store, v1);
      assertThat(first.replaced()).isFalse();
      assertThat(first.revision()).isEqualTo(1);
      assertThat(first.changes().quotes()).extracting(Changes.QuoteLine::speaker).containsExactly("Anna Berger");
      assertThat(first.changes().stances()).containsExactly(
          new Changes.StanceChange("Tomas Varga", "a ceasefire first", null, "oppose"));

      Document v2 = document("live", "https://example.org/live", DAY, "\"Not yet,\" General Tomas Varga said.\n"
          + "Tomas Varga supports the ceasefire.");
      Written second = Fixtures.store(store, v2);
      assertThat(second.docId()).isEqualTo(first.docId());
      assertThat(second.replaced()).isTrue();
      assertThat(second.revision()).isEqualTo(2);
      assertThat(second.changes().quotes()).containsExactly(new Changes.QuoteLine("Tomas Varga", "direct", "Not yet,"));
      assertThat(second.changes().stances()).containsExactly(
          new Changes.StanceChange("Tomas Varga", "a ceasefire first", "oppose", "support"));

      assertThat(count(store, "documents")).isEqualTo(1);
      assertThat(store.read(first.docId()).document().text()).isEqualTo(v2.text());
      assertThat(count(store, "quotes")).isEqualTo(1);
      assertThat(count(store, "events")).isZero();
      assertThat(count(store, "event_actors")).isZero();
      assertThat(count(store, "options")).isZero();
      assertThat(scalar(store, "SELECT string_agg(name, ',' ORDER BY name) FROM actors")).isEqualTo("Tomas Varga");
      assertThat(scalar(store, "SELECT revision FROM documents")).isEqualTo("2");
    }
  }

  @Test
  void aWriteThatFailsLeavesTheStoredRevisionWhole() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      Document v1 = document("live", "https://example.org/live", DAY, TEXT);
      Written first = Fixtures.store(store, v1);
      Analysis before = store.read(first.docId());

      Document v2 = document("live", "https://example.org/live", DAY, "Changed text by Anna Berger.");
      Actor twin = new Actor("same-id", "Anna Berger", ActorKind.PERSON, null, null, null, List.of());
      Actor clash = new Actor("same-id", "Tomas Varga", ActorKind.PERSON, null, null, null, List.of());
      Analysis broken = new Analysis(v2, List.of(twin, clash), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of());
      assertThatThrownBy(() -> store.write("https://example.org/live", broken, ContentHash.of(v2), List.of()))
          .isInstanceOf(StoreException.class).hasMessageContaining("cannot write live");

      assertThat(store.read(first.docId())).isEqualTo(before);
      assertThat(store.contentHashes()).containsEntry("https://example.org/live", ContentHash.of(v1));
      Fixtures.store(store, document("next", "https://example.org/next", DAY, TEXT));
      assertThat(count(store, "documents")).isEqualTo(2);
    }
  }

  @Test
  void hashesEveryFieldThatChangesTheFindings() {
    Document d = document("a", "https://example.org/a", DAY, TEXT);
    String h = ContentHash.of(d);
    assertThat(ContentHash.of(document("a", "https://example.org/a", DAY, TEXT))).isEqualTo(h);
    assertThat(ContentHash.of(document("a", "https://example.org/a", DAY.plusDays(1), TEXT))).isNotEqualTo(h);
    assertThat(ContentHash.of(document("a", "https://example.org/a", DAY, TEXT + " "))).isNotEqualTo(h);
    assertThat(ContentHash.of(document("b", "https://example.org/a", DAY, TEXT))).isNotEqualTo(h);
    assertThat(ContentHash.of(d.withPublished(null))).isNotEqualTo(h);
    assertThat(h).hasSize(64).matches("[0-9a-f]+");
  }
}
