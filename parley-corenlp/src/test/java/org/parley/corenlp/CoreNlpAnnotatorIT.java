package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.AnnotationJson;

/**
 * Runs the real CoreNLP pipeline and freezes its annotations as golden files in parley-core, so that the
 * extractor tests there run without models. Rewrite them with {@code -Dgolden.update=true} and review the diff.
 */
class CoreNlpAnnotatorIT {
  private static final Path TEXTS = Path.of("src/test/resources/texts");
  private static final Path GOLDEN = Path.of("../parley-core/src/test/resources/annotated");
  /** Used for texts without a dateline of their own. */
  private static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 5, 12);

  static Stream<Path> texts() throws IOException {
    return Files.list(TEXTS).filter(p -> p.toString().endsWith(".txt")).sorted();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void annotationMatchesFrozenGoldenFile(Path text) throws IOException {
    List<Loaded> loaded = Inputs.read(text.toString(), DEFAULT_DATE);
    assertThat(loaded).singleElement().isInstanceOf(Loaded.Ok.class);
    Document doc = ((Loaded.Ok) loaded.get(0)).document();
    String actual = AnnotationJson.write(SharedAnnotator.get().annotate(doc));
    Path golden = GOLDEN.resolve(doc.id() + ".annotated.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void offsetsAndWordsPointIntoTheDocumentText() {
    String text = "“We’re ready,” said Olaf Scholz — and Kyiv agreed.\nSecond line without a full stop";
    Document doc = new Document("t", null, LocalDate.of(2026, 1, 1), "test", text, List.of());
    AnnotatedDocument a = SharedAnnotator.get().annotate(doc);
    assertThat(a.sentences()).hasSize(2);
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.begin(), t.end())).isEqualTo(t.word());
      }
      assertThat(s.dependencies()).isNotEmpty();
    }
  }

  @Test
  void leavesTimeExpressionsToParleysOwnGrammar() {
    Document doc = new Document("t", null, LocalDate.of(2025, 8, 18), "test",
        "The leaders met today and will meet again in June.", List.of());
    AnnotatedDocument a = SharedAnnotator.get().annotate(doc);
    assertThat(a.sentences().get(0).tokens()).allSatisfy(t -> {
      assertThat(t.ner()).isIn("O", "PERSON", "LOCATION", "ORGANIZATION");
      assertThat(t.normalized()).isNull();
    });
  }
}
