package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.List;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.TimeValue;
import org.parley.pipeline.AnnotationJson;

/**
 * Every time expression of the time test texts, as canonical JSON in {@code src/test/resources/time/expected/}.
 * Rewrite with {@code -Dgolden.update=true} and review the diff like code.
 */
class TimeGoldenTest {
  private static final Path EXPECTED = Path.of("src/test/resources/time/expected");

  static List<String> names() {
    return TimeTexts.NAMES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void timesMatchTheGoldenFile(String name) throws IOException {
    ArrayNode json = AnnotationJson.mapper().createArrayNode();
    for (TimeValue t : TimeTexts.times(TimeTexts.annotated(name))) {
      json.addObject().put("begin", t.begin()).put("end", t.end()).put("text", t.text()).put("type", t.type())
          .put("value", t.value());
    }
    String actual = AnnotationJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
    Path golden = EXPECTED.resolve(name + ".times.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
      Files.createDirectories(EXPECTED);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
