package org.parley.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Issues;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.pipeline.AnnotationJson;

/**
 * Offsets and values of every time expression in every frozen annotation of the test resources, read against
 * anchors spread over two years (and none): each span is the text it covers, within one sentence, in order and
 * without overlap; each value is TIMEX3.
 */
class TimeInvariantsTest {
  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
  /** TIMEX3 values: dates (with X for the unknown), weeks, seasons, quarters, times, durations, references. */
  private static final Pattern TIMEX3 = Pattern.compile("(PRESENT_REF|PAST_REF|FUTURE_REF"
      + "|[0-9X]{2,4}(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-[1-7]|-WE)?|-(SP|SU|FA|WI)|-Q[1-4X]|-H[12])?"
      + "(T([0-9X]{2}:[0-9X]{2}(Z|[+-]\\d{2}:?\\d{2})?|MO|AF|EV|NI|MI|DT))?"
      + "|P([0-9.X]+[YMWDQ]|T[0-9.X]+[HMS])+)");

  static Stream<Path> annotations() throws IOException, URISyntaxException {
    Path time = Path.of(TimeInvariantsTest.class.getResource("/time/annotated").toURI());
    Path other = Path.of(TimeInvariantsTest.class.getResource("/annotated").toURI());
    return Stream.of(time, other).flatMap(dir -> {
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(p -> p.toString().endsWith(".annotated.json")).sorted().toList().stream();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("annotations")
  void spansAndValuesHoldForAnyAnchor(Path file) throws IOException {
    AnnotatedDocument a = AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8));
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int day = 0; day <= 730; day += 37) {
      check(new AnnotatedDocument(a.document().withPublished(start.plusDays(day)), a.sentences()));
    }
    check(new AnnotatedDocument(a.document().withPublished(null), a.sentences()));
  }

  private static void check(AnnotatedDocument a) {
    List<TimeValue> times = new TimeExtractor().extract(a, new Issues());
    int end = 0;
    for (TimeValue t : times) {
      assertThat(t.text()).isEqualTo(a.text().substring(t.begin(), t.end())).isNotBlank();
      assertThat(t.begin()).as("%s starts after the one before", t).isGreaterThanOrEqualTo(end);
      Sentence s = a.sentenceAt(t.begin());
      assertThat(s).isNotNull();
      assertThat(t.end()).as("%s ends in its sentence", t).isLessThanOrEqualTo(s.end());
      assertThat(TYPES).contains(t.type());
      assertThat(t.value()).as("%s", t).matches(TIMEX3);
      end = t.end();
    }
  }
}
