package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Document;
import org.parley.model.Post;
import org.parley.model.Span;

/** Questions across documents: merged actors, quotes reported by several sources, stance history, timeline. */
class QueriesTest {
  static final String A = "\"We want a ceasefire now,\" President Anna Berger said.\n"
      + "Anna Berger met Tomas Varga in Geneva.\nTomas Varga opposes the ceasefire.";
  static final String B = "\"We want a ceasefire now,\" President Anna Berger said.\n"
      + "\"Yes, we talk,\" Zelensky said.\n"
      + "\"the truth is Tomas Varga supports the ceasefire now,\" General Tomas Varga said.";
  static final String LIVE = "Anna Berger met Tomas Varga again.\n\"No deal is likely yet,\" Volodymyr Zelensky said.";

  @TempDir Path dir;
  private Store store;

  /** Three documents from two outlets, the last a live page whose second post is dated a day later. */
  static void fill(Store store) throws StoreException {
    Fixtures.store(store, Fixtures.document("a", "https://one.example/a", LocalDate.of(2025, 8, 18), A));
    Fixtures.store(store, Fixtures.document("b", "https://two.example/b", LocalDate.of(2025, 8, 19), B));
    int cut = LIVE.indexOf('\n') + 1;
    Fixtures.store(store, new Document("live", "Live", LocalDate.of(2025, 8, 20), "https://one.example/live", LIVE,
        List.of(new Post(new Span(0, cut), "2025-08-20T07:00:00Z", null),
            new Post(new Span(cut, LIVE.length()), "2025-08-21T08:00:00Z", "Later"))));
  }

  @BeforeEach
  void open() throws StoreException {
    store = Store.open(dir.resolve("p.duckdb"));
    fill(store);
  }

  @AfterEach
  void close() throws StoreException {
    store.close();
  }

  private Queries queries() {
    return new Queries(store, null);
  }

  @Test
  void listsDocumentsByDateWithTheirCounts() throws StoreException {
    Table t = queries().documents(null);
    assertThat(t.column("id")).containsExactly("a", "b", "live");
    assertThat(t.column("published")).containsExactly("2025-08-18", "2025-08-19", "2025-08-20");
    assertThat(t.column("quotes")).containsExactly(1L, 3L, 1L);
    assertThat(t.column("events")).containsExactly(1L, 0L, 1L);
    assertThat(t.column("revision")).containsExactly(1, 1, 1);
    assertThat(queries().documents(LocalDate.of(2025, 8, 19)).column("id")).containsExactly("b", "live");
    assertThat(new Queries(store, 1).documents(null).rows()).hasSize(1);
  }

  @Test
  void mergesActorsAcrossDocumentsByNameAndAOneWordNameIntoTheOnlyFullName() throws StoreException {
    Table t = queries().actors(null, null);
    assertThat(t.column("name")).containsExactly("Tomas Varga", "Anna Berger", "Volodymyr Zelensky");
    List<Object> zelensky = t.rows().get(2);
    assertThat(zelensky.get(t.columns().indexOf("documents"))).isEqualTo(2L);
    assertThat(zelensky.get(t.columns().indexOf("quotes"))).isEqualTo(2L);
    List<Object> berger = t.rows().get(1);
    assertThat(berger.get(t.columns().indexOf("role"))).isEqualTo("President");
    assertThat(berger.get(t.columns().indexOf("code"))).isEqualTo("RURGOV");
    assertThat(berger.get(t.columns().indexOf("documents"))).isEqualTo(3L);
    assertThat(queries().actors("BERG", null).column("name")).containsExactly("Anna Berger");
    assertThat(queries().actors(null, "country").rows()).isEmpty();
  }

  @Test
  void countsATermInQuotationMarksAsNoOnesStatementInTheCommandLinesAndTheWebsActors() throws Exception {
    try (var st = store.connection().createStatement()) {
      st.execute("UPDATE quotes SET kind = 'term' WHERE text LIKE 'Yes%'");
    }
    Table t = queries().actors("Zelensky", null);
    assertThat(t.column("quotes")).containsExactly(1L);
    assertThat(new PagedQueries(store).actors("Zelensky", null, 10, 0)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("quotes", 1L));
  }

  @Test
  void givesAQuoteReportedBySeveralSourcesOnceWithAllOfThem() throws StoreException {
    Table t = queries().quotes(null, null, null);
    assertThat(t.column("text")).containsExactly("We want a ceasefire now,", "the truth is Tomas Varga supports the "
        + "ceasefire now,", "Yes, we talk,", "No deal is likely yet,");
    assertThat(t.column("reports")).containsExactly(2L, 1L, 1L, 1L);
    assertThat(t.rows().get(0).get(t.columns().indexOf("sources")))
        .isEqualTo("https://one.example/a | https://two.example/b");
    assertThat(t.column("speaker")).containsExactly("Anna Berger", "Tomas Varga", "Volodymyr Zelensky",
        "Volodymyr Zelensky");
  }

  @Test
  void datesAQuoteInALivePostByThePost() throws StoreException {
    Table t = queries().quotes(null, null, LocalDate.of(2025, 8, 21));
    assertThat(t.column("text")).containsExactly("No deal is likely yet,");
    assertThat(t.column("date")).containsExactly("2025-08-21");
  }

  @Test
  void filtersQuotesBySpeakerAndByIssue() throws StoreException {
    assertThat(queries().quotes("zelensky", null, null).column("text"))
        .containsExactly("Yes, we talk,", "No deal is likely yet,");
    assertThat(queries().quotes(null, "CEASEFIRE", null).rows()).hasSize(2);
    assertThat(queries().quotes(null, "first", null).column("text")).as("by the label of a stance at the quote")
        .containsExactly("the truth is Tomas Varga supports the ceasefire now,");
  }

  @Test
  void filtersEventsByTypeAndParticipant() throws StoreException {
    Table t = queries().events("consult", "varga", null);
    assertThat(t.column("date")).containsExactly("2025-08-18", "2025-08-20");
    assertThat(t.column("source")).containsExactly("Anna Berger", "Anna Berger");
    assertThat(t.column("target")).containsExactly("Tomas Varga", "Tomas Varga");
    assertThat(queries().events("ASSAULT", null, null).rows()).isEmpty();
    assertThat(queries().events(null, "zelensky", null).rows()).isEmpty();
    assertThat(queries().events(null, null, LocalDate.of(2025, 8, 19)).column("document")).containsExactly("live");
  }

  @Test
  void theCommandLineAndTheWebAgreeOnTheLatestOfTwoStancesOfOneDay() throws Exception {
    try (var st = store.connection().createStatement()) {
      st.execute("UPDATE documents SET published = DATE '2025-08-18'");
    }
    Object latest = queries().stances(null, null).column("latest").get(0);
    assertThat(new PagedQueries(store).stances(null, null, null, null, 10, 0)).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("latest", latest));
  }

  @Test
  void givesEachActorsLatestStanceOnAnIssueWithItsHistory() throws StoreException {
    Table t = queries().stances(null, null);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.column("actor")).containsExactly("Tomas Varga");
    assertThat(t.column("issue")).containsExactly("a ceasefire first");
    assertThat(t.column("latest")).containsExactly("support");
    assertThat(t.column("since")).containsExactly("2025-08-19");
    assertThat(t.column("history")).containsExactly("2025-08-18 oppose; 2025-08-19 support");
    assertThat(queries().stances("berger", null).rows()).isEmpty();
    assertThat(queries().stances(null, "ceasefire").rows()).hasSize(1);
  }

  @Test
  void listsAChangeOfPositionWithWhenAndWhereTheEarlierOneWasTaken() throws StoreException {
    Table t = queries().changes(null, null, null);
    assertThat(t.rows()).hasSize(1);
    assertThat(t.column("actor")).containsExactly("Tomas Varga");
    assertThat(t.column("issue")).containsExactly("a ceasefire first");
    assertThat(t.column("from")).containsExactly("oppose");
    assertThat(t.column("to")).containsExactly("support");
    assertThat(t.column("from_date")).containsExactly("2025-08-18");
    assertThat(t.column("date")).containsExactly("2025-08-19");
    assertThat(t.column("from_document")).containsExactly("a");
    assertThat(t.column("document")).containsExactly("b");
    assertThat(queries().changes("berger", null, null).rows()).isEmpty();
    assertThat(queries().changes(null, null, LocalDate.of(2025, 8, 20)).rows()).isEmpty();
  }

  @Test
  void putsEventsQuotesAndStancesOnOneTimeline() throws StoreException {
    Table t = queries().timeline(null, null);
    assertThat(t.column("date")).isSorted();
    assertThat(t.column("kind")).containsExactly("quote", "event", "stance", "quote", "quote", "quote", "stance",
        "event", "quote");
    assertThat(queries().timeline("zelensky", null).column("text"))
        .containsExactly("Yes, we talk,", "No deal is likely yet,");
    assertThat(queries().timeline(null, LocalDate.of(2025, 8, 21)).column("kind")).containsExactly("quote");
  }

  @Test
  void refusesALimitBelowOne() {
    assertThatThrownBy(() -> new Queries(store, 0)).hasMessage("limit must be >= 1, was 0");
  }
}
