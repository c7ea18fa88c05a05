package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.Fixtures.count;
import static org.parley.store.Fixtures.corpus;
import static org.parley.store.Fixtures.document;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Loaded;
import org.parley.model.Document;

/** Ingest: idempotent by content hash, replacing changed documents, identical whatever the threads. */
class IngesterTest {
  private static final LocalDate DAY = LocalDate.of(2025, 8, 18);

  @TempDir Path dir;

  private static List<Item> items(int n) {
    List<Item> out = new ArrayList<>();
    for (String[] r : corpus(n)) {
      out.add(Fixtures.item(r[0], new Document(r[0], "Title " + r[0], LocalDate.parse(r[1]), "corpus#" + r[0], r[2],
          List.of())));
    }
    return out;
  }

  private static IngestSummary ingest(Store store, FakeAnalyzer analyzer, int threads, List<Item> items)
      throws StoreException {
    return new Ingester(store, () -> analyzer, threads, false).run(items, o -> { });
  }

  @Test
  void storesEachDocumentOnceAndSkipsItsUnchangedContentNextTime() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      FakeAnalyzer analyzer = new FakeAnalyzer();
      IngestSummary first = ingest(store, analyzer, 2, items(12));
      assertThat(first.ingested()).isEqualTo(12);
      assertThat(first.unchanged()).isZero();
      var before = Fixtures.dump(store);

      IngestSummary again = ingest(store, analyzer, 2, items(12));
      assertThat(again.ingested()).isZero();
      assertThat(again.unchanged()).isEqualTo(12);
      assertThat(analyzer.calls()).isEqualTo(12);
      assertThat(Fixtures.dump(store)).isEqualTo(before);
    }
  }

  @Test
  void loadsNoAnalyzerWhenNothingChanged() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      ingest(store, new FakeAnalyzer(), 1, items(3));
      AtomicInteger loads = new AtomicInteger();
      IngestSummary again = new Ingester(store, () -> {
        loads.incrementAndGet();
        return new FakeAnalyzer();
      }, 2, false).run(items(3), o -> { });
      assertThat(again.unchanged()).isEqualTo(3);
      assertThat(loads.get()).isZero();
    }
  }

  @Test
  void forceAnalysesUnchangedDocumentsAgain() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      ingest(store, new FakeAnalyzer(), 1, items(3));
      FakeAnalyzer analyzer = new FakeAnalyzer();
      IngestSummary forced = new Ingester(store, () -> analyzer, 1, true).run(items(3), o -> { });
      assertThat(forced.ingested()).isEqualTo(3);
      assertThat(analyzer.calls()).isEqualTo(3);
      assertThat(count(store, "documents")).isEqualTo(3);
    }
  }

  @Test
  void replacesADocumentWhoseContentChangedUnderTheSameKey() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      String url = "https://example.org/live";
      ingest(store, new FakeAnalyzer(), 1, List.of(Fixtures.item(url, document("live", url, DAY,
          "\"First,\" President Anna Berger said."))));
      List<Outcome> outcomes = new ArrayList<>();
      IngestSummary grown = new Ingester(store, FakeAnalyzer::new, 1, false).run(List.of(
          Fixtures.item(url, document("live", url, DAY, "\"First,\" President Anna Berger said.\n"
              + "\"Second,\" General Tomas Varga said."))), outcomes::add);
      assertThat(grown.ingested()).isEqualTo(1);
      assertThat(grown.replaced()).isEqualTo(1);
      Outcome.Stored stored = (Outcome.Stored) outcomes.get(0);
      assertThat(stored.written().changes().quotes()).extracting(Changes.QuoteLine::text).containsExactly("Second,");
      assertThat(count(store, "documents")).isEqualTo(1);
      assertThat(count(store, "quotes")).isEqualTo(2);
    }
  }

  @Test
  void storesTheSameWhateverTheNumberOfThreads() throws Exception {
    try (Store one = Store.open(dir.resolve("one.duckdb")); Store four = Store.open(dir.resolve("four.duckdb"))) {
      List<String> orderOne = new ArrayList<>();
      List<String> orderFour = new ArrayList<>();
      new Ingester(one, () -> new FakeAnalyzer(), 1, false).run(items(30), o -> orderOne.add(o.item().key()));
      new Ingester(four, () -> new FakeAnalyzer(3), 4, false).run(items(30), o -> orderFour.add(o.item().key()));
      assertThat(orderFour).isEqualTo(orderOne);
      assertThat(Fixtures.dump(four)).isEqualTo(Fixtures.dump(one));
      assertThat(count(one, "documents")).isEqualTo(30);
    }
  }

  @Test
  void countsEachFailureWithItsReasonAndGoesOn() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      List<Item> items = new ArrayList<>(items(2));
      items.add(1, Item.failed("missing.txt", "no such file: missing.txt"));
      items.add(2, Fixtures.item("bad", document("bad", "bad", DAY, "This one will EXPLODE in the analyzer.")));
      IngestSummary s = ingest(store, new FakeAnalyzer(), 2, items);
      assertThat(s.ingested()).isEqualTo(2);
      assertThat(s.failed()).isEqualTo(2);
      assertThat(s.failures()).extracting(Outcome.Failed::reason)
          .containsExactly("no such file: missing.txt",
              "bad: analysis failed: java.lang.IllegalStateException: the fake analyzer fails on EXPLODE");
      assertThat(s.anyBadInput()).isTrue();
      assertThat(s.anyFailure()).isTrue();
      assertThat(count(store, "documents")).isEqualTo(2);
    }
  }

  @Test
  void aKeySeenTwiceInOneRunKeepsItsLastContent() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      String url = "https://example.org/page";
      Document a = document("page", url, DAY, "Anna Berger spoke.");
      Document b = document("page", url, DAY, "Tomas Varga spoke.");
      IngestSummary s = ingest(store, new FakeAnalyzer(), 2, List.of(Fixtures.item(url, a), Fixtures.item(url, a),
          Fixtures.item(url, b)));
      assertThat(s.ingested()).isEqualTo(2);
      assertThat(s.unchanged()).isEqualTo(1);
      assertThat(store.read(Store.docId(url)).document().text()).isEqualTo("Tomas Varga spoke.");
    }
  }

  @Test
  void keepsTheIngestIssuesOfEachDocument() throws Exception {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      Document d = document("x", "x.txt", null, "Anna Berger spoke.");
      var issue = new org.parley.model.DataIssue("date.missing", "no date", null);
      ingest(store, new FakeAnalyzer(), 1, List.of(new Item("file:/x.txt", new Loaded.Ok(d, List.of(issue)))));
      assertThat(store.read(Store.docId("file:/x.txt")).dataIssues()).containsExactly(issue);
    }
  }
}
