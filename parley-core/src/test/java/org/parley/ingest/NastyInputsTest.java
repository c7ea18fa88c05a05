package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.Document;
import org.parley.model.Post;

/**
 * Walks {@code src/test/resources/ingest/nasty/}: every file must give documents with text or
 * one-line failures naming the file, never an exception.
 */
class NastyInputsTest {
  static Stream<Path> nastyFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(NastyInputsTest.class.getResource("/ingest/nasty").toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    return files.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nastyFiles")
  void givesTextOrAClearFailureNeverAnException(Path file) {
    String input = file.toString();
    List<Loaded> result = Inputs.read(input, null);
    assertThat(result).isNotEmpty();
    for (Loaded loaded : result) {
      if (loaded instanceof Loaded.Ok ok) {
        Document d = ok.document();
        assertThat(d.id()).isNotBlank();
        assertThat(d.text()).isNotBlank().doesNotContain("\r").doesNotStartWith("\uFEFF");
        assertThat(d.text()).isEqualTo(d.text().stripTrailing());
        int end = 0;
        for (Post p : d.posts()) {
          assertThat(p.span().begin()).isGreaterThanOrEqualTo(end);
          assertThat(p.span().of(d.text())).isNotBlank();
          end = p.span().end();
        }
        assertThat(ok.issues()).doesNotContainNull();
      } else {
        Loaded.Failed failed = (Loaded.Failed) loaded;
        assertThat(failed.input()).startsWith(input);
        assertThat(failed.message()).contains(input).doesNotContain("\n").doesNotContain("\r");
        assertThat(failed.message()).doesNotContain("internal error");
      }
    }
  }
}
