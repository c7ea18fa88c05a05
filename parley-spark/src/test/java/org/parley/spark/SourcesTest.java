package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Loaded;

class SourcesTest {
  @Test
  void readsAPartitionOfJsonLinesNamingTheJobsInputInSourcesAndFailures() {
    List<String> lines = List.of("{\"id\": \"a\", \"text\": \"The council met on Monday.\"}", "",
        "not json", "{\"id\": \"b\", \"text\": \"The mayor spoke.\", \"url\": \"https://example.org/b\"}");
    List<Loaded> out = new ArrayList<>();
    Sources.jsonl(lines.iterator(), "in/articles.jsonl", null).forEachRemaining(out::add);
    assertThat(out).hasSize(3);
    assertThat(out.get(0)).isInstanceOfSatisfying(Loaded.Ok.class,
        ok -> assertThat(ok.document().source()).isEqualTo("in/articles.jsonl#1"));
    assertThat(out.get(1)).isInstanceOfSatisfying(Loaded.Failed.class, f -> {
      assertThat(f.input()).isEqualTo("in/articles.jsonl");
      assertThat(f.message()).contains("line 2").contains("in/articles.jsonl");
    });
    assertThat(out.get(2)).isInstanceOfSatisfying(Loaded.Ok.class,
        ok -> assertThat(ok.document().source()).isEqualTo("https://example.org/b"));
  }
}
