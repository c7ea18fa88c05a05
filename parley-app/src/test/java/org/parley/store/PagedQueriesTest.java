package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Stance;
import org.parley.pipeline.Provenance;

/** The web's questions on issues: one issue across documents by key; a stance dated by the date it names. */
class PagedQueriesTest {
  @TempDir Path dir;

  @Test
  void groupsIssuesAndStancesByKeyAndDatesAStanceByTheDateItNames() throws StoreException {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      write(store, position("a", LocalDate.of(2025, 8, 18), "Lena Moreau rejected a truce.", "a truce", "oppose",
          null));
      write(store, position("b", LocalDate.of(2025, 8, 19), "Lena Moreau backed the ceasefire on Thursday.",
          "the ceasefire", "support", "2025-08-21"));
      PagedQueries q = new PagedQueries(store);

      List<Map<String, Object>> issues = q.issues(null, 10, 0);
      assertThat(issues).hasSize(1);
      assertThat(issues.get(0)).containsEntry("documents", 2L).containsEntry("stances", 2L)
          .containsEntry("support", 1L).containsEntry("oppose", 1L);

      List<Map<String, Object>> stances = q.stances(null, null, null, null, 10, 0);
      assertThat(stances).hasSize(1);
      assertThat(stances.get(0)).containsEntry("latest", "support").containsEntry("since", "2025-08-21")
          .containsEntry("documents", 2L);
    }
  }

  @Test
  void filtersByTheLatestPolarityBeforeThePageIsCut() throws StoreException {
    try (Store store = Store.open(dir.resolve("p.duckdb"))) {
      write(store, position("a", LocalDate.of(2025, 8, 18), "Anna Berg rejected the sanctions.", "the sanctions",
          "oppose", null, "Anna Berg", "sanctions"));
      write(store, position("b", LocalDate.of(2025, 8, 19), "Lena Moreau backed the ceasefire.", "the ceasefire",
          "support", null));
      PagedQueries q = new PagedQueries(store);

      assertThat(q.stances(null, null, null, "support", 1, 0)).singleElement()
          .satisfies(r -> assertThat(r).containsEntry("actor", "Lena Moreau").containsEntry("latest", "support"));
      assertThat(q.stances(null, null, null, "skeptical", 10, 0)).isEmpty();
    }
  }

  /** One document in which Lena Moreau takes one position on one issue whose key is "ceasefire". */
  private static Analysis position(String id, LocalDate published, String text, String label, String polarity,
      String date) {
    return position(id, published, text, label, polarity, date, "Lena Moreau", "ceasefire");
  }

  /** One document in which one actor takes one position on one issue. */
  private static Analysis position(String id, LocalDate published, String text, String label, String polarity,
      String date, String name, String key) {
    Actor actor = new Actor("a1", name, ActorKind.PERSON, "FRA", null, null,
        List.of(new Mention(0, name.length(), name)));
    return new Analysis(new Document(id, null, published, "https://example.org/" + id, text, List.of()),
        List.of(actor), List.of(), List.of(), List.of(new Issue("i1", label, key)),
        List.of(new Stance("a1", "i1", polarity, date, 0, text.length(), text)), List.of(), List.of(), List.of());
  }

  private static void write(Store store, Analysis a) throws StoreException {
    store.write(a.document().source(), a, ContentHash.of(a.document()), List.of(new Provenance("stances", "test",
        "1")));
  }
}
