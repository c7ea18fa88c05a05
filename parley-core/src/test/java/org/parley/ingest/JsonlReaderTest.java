package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.DataIssue;
import org.parley.model.Document;

class JsonlReaderTest {
  private static final LocalDate USER_DATE = LocalDate.of(2025, 8, 18);

  @TempDir Path dir;

  @Test
  void readsGoodRecordsAndFailsTheBadOneAlone() throws IOException {
    Path file = write("corpus.jsonl",
        "{\"id\":\"a\",\"date\":\"2024-01-02\",\"title\":\"T\",\"text\":\"Alpha.\\r\\nBeta.\",\"url\":\"https://example.org/a\"}\n"
            + "{\"id\":\"b\",\"text\":\n"
            + "{\"id\":\"c\",\"text\":\"Gamma.\"}\n");
    List<Loaded> result = Inputs.read(file.toString(), USER_DATE);
    assertThat(result).hasSize(3);
    Document a = ((Loaded.Ok) result.get(0)).document();
    assertThat(a.id()).isEqualTo("a");
    assertThat(a.title()).isEqualTo("T");
    assertThat(a.text()).isEqualTo("Alpha.\nBeta.");
    assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
    assertThat(a.source()).isEqualTo("https://example.org/a");
    assertThat(result.get(1))
        .isEqualTo(new Loaded.Failed(file + "#2", "line 2: not valid JSON in " + file));
    Document c = ((Loaded.Ok) result.get(2)).document();
    assertThat(c.source()).isEqualTo(file + "#3");
    assertThat(c.title()).isNull();
    assertThat(c.published()).isEqualTo(USER_DATE);
  }

  @Test
  void saysWhichRequiredFieldIsMissing() throws IOException {
    Path file = write("m.jsonl", "{\"text\":\"x\"}\n\n{\"id\":\"y\"}\n{\"id\":\"z\",\"text\":\" \"}\n[]\n");
    assertThat(Inputs.read(file.toString(), null)).extracting(l -> ((Loaded.Failed) l).message())
        .containsExactly("line 1: missing id in " + file, "line 3: missing text in " + file,
            "line 4: empty text in " + file, "line 5: not a JSON object in " + file);
  }

  @Test
  void usesADatelineWhenTheRecordHasNoDate() throws IOException {
    Path file = write("d.jsonl", "{\"id\":\"d\",\"text\":\"4 January 2019\\nBody.\"}\n");
    Document d = InputsTest.ok(Inputs.read(file.toString(), USER_DATE)).document();
    assertThat(d.published()).isEqualTo(LocalDate.of(2019, 1, 4));
    assertThat(d.text()).isEqualTo("4 January 2019\nBody.");
  }

  @Test
  void recordsAnUnreadableDateAndFallsBackToTheUserDate() throws IOException {
    Path file = write("u.jsonl", "{\"id\":7,\"date\":\"soon\",\"text\":\"Body.\"}");
    Loaded.Ok ok = InputsTest.ok(Inputs.read(file.toString(), USER_DATE));
    assertThat(ok.document().id()).isEqualTo("7");
    assertThat(ok.document().published()).isEqualTo(USER_DATE);
    assertThat(ok.issues()).extracting(DataIssue::code).containsExactly("date.unparsed");
  }

  @Test
  void failsAnEmptyFileOnce() throws IOException {
    Path file = write("e.jsonl", "\n \n");
    assertThat(InputsTest.failed(Inputs.read(file.toString(), null)).message())
        .isEqualTo("empty document: " + file);
  }

  @Test
  void readsRecordsLongerThanTheReadBuffer() throws IOException {
    String text = "word ".repeat(5000).strip();
    Path file = write("long.jsonl", "\uFEFF{\"id\":\"x\",\"text\":\"" + text + "\"}\r\n{\"id\":\"y\",\"text\":\"y\"}");
    List<Loaded> result = Inputs.read(file.toString(), null);
    assertThat(result).hasSize(2).allMatch(l -> l instanceof Loaded.Ok);
    assertThat(((Loaded.Ok) result.get(0)).document().text()).isEqualTo(text);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
