package org.parley.cli;

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
import org.parley.corenlp.CoreNlpAnnotator;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Annotator;
import org.parley.time.MeantimeScore;

/**
 * Time values with the real models, scored against NewsReader MEANTIME's TIMEX3 gold ({@code
 * ../shared/data/meantime-entities-time.jsonl}) on a third of its articles ({@link
 * MeantimeScore#inAccuracySubset}: as many of the even-indexed development half as of the odd held-back half), each
 * cut after the part MEANTIME annotates. Parley must beat plain SUTime and stay
 * at or above the floors it has reached: raise them as the work improves, never lower them to make a change pass.
 * Also checks the frozen annotations of parley-core's time test texts against the annotator, and refreezes them
 * with {@code -Dgolden.update=true} (best from a fresh process: see {@link #withoutSutimeValues}).
 */
class TimeAccuracyIT {
  static final Path SHARED = Path.of(System.getProperty("parley.shared", "../../shared"));
  static final Path MEANTIME = SHARED.resolve("data/meantime-entities-time.jsonl");
  static final Path TIME_TEXTS = Path.of("../parley-core/src/test/resources/time/texts");
  static final Path TIME_FROZEN = Path.of("../parley-core/src/test/resources/time/annotated");
  /** The date of the time test texts (a Wednesday). */
  static final LocalDate TEXT_DATE = LocalDate.of(2025, 8, 20);

  /** Floors on the subset: value accuracy on detected expressions, value F1, detection F1. */
  static final double VALUE_ACCURACY = 0.93;
  static final double VALUE_F1 = 0.865;
  // Detection was 0.93 with SUTime filling in what the grammar missed; without it (half the annotation time) 0.91,
  // with better values: value accuracy 0.939, value F1 0.854 on this subset. With fiscal years, quarter codes,
  // "mid-2026", "the end of the year", "more than a year" and the other kinds of time-kinds.txt: value accuracy 0.940,
  // value F1 0.862, detection F1 0.917. With bare plural units, "third-quarter", "recent", "the current", "15 a year"
  // and the other kinds added to time-kinds.txt after them: value accuracy 0.934, value F1 0.869, detection F1 0.930
  // (MeantimeScore's subset on the frozen annotations, which gave the numbers above before these; this test itself
  // was not rerun then).
  static final double DETECTION_F1 = 0.92;

  @Test
  void meantimeValuesBeatSutimeAndReachTheFloors() throws IOException {
    // CoreNLP as it ships, with SUTime: Parley's time extraction reads none of SUTime's tags, and the rest of the
    // annotation (tokens, tags, parses) is the same as Parley's own annotator gives, so one annotation serves both.
    Annotator annotator = sutimeAnnotator();
    List<MeantimeScore.Doc> docs = MeantimeScore.read(MEANTIME);
    MeantimeScore.Counts parley = MeantimeScore.Counts.ZERO;
    MeantimeScore.Counts sutime = MeantimeScore.Counts.ZERO;
    for (int i = 0; i < docs.size(); i++) {
      if (!MeantimeScore.inAccuracySubset(i)) {
        continue;
      }
      MeantimeScore.Doc doc = MeantimeScore.head(docs.get(i));
      AnnotatedDocument a = annotator.annotate(new Document(doc.id(), null, doc.date(), "meantime", doc.text(),
          List.of()));
      parley = parley.add(MeantimeScore.score(doc, a, MeantimeScore.parley(a)));
      sutime = sutime.add(MeantimeScore.score(doc, a, MeantimeScore.sutime(a)));
    }
    System.out.println("MEANTIME subset, SUTime: " + sutime);
    System.out.println("MEANTIME subset, Parley: " + parley);
    assertThat(parley.gold()).as("gold expressions in the subset").isGreaterThan(140);
    assertThat(parley.valueAccuracy()).as("value accuracy").isGreaterThanOrEqualTo(VALUE_ACCURACY)
        .isGreaterThan(sutime.valueAccuracy());
    assertThat(parley.valueF1()).as("value F1").isGreaterThanOrEqualTo(VALUE_F1).isGreaterThan(sutime.valueF1());
    assertThat(parley.f1()).as("detection F1").isGreaterThanOrEqualTo(DETECTION_F1);
  }

  private static Annotator sutime;

  private static synchronized Annotator sutimeAnnotator() {
    if (sutime == null) {
      sutime = CoreNlpAnnotator.withSutime();
    }
    return sutime;
  }

  static Stream<Path> timeTexts() throws IOException {
    try (Stream<Path> files = Files.list(TIME_TEXTS)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timeTexts")
  void timeTextAnnotationMatchesItsFrozenFile(Path text) throws IOException {
    List<Loaded> loaded = Inputs.read(text.toString(), TEXT_DATE);
    assertThat(loaded).singleElement().isInstanceOf(Loaded.Ok.class);
    Document doc = ((Loaded.Ok) loaded.get(0)).document();
    String actual = AnnotationJson.write(Models.annotator(System.err).annotate(doc));
    Path frozen = TIME_FROZEN.resolve(doc.id() + ".annotated.json");
    if (Boolean.getBoolean("golden.update") || !Files.exists(frozen)) {
      Files.createDirectories(TIME_FROZEN);
      Files.writeString(frozen, actual, StandardCharsets.UTF_8);
    }
    assertThat(AnnotationJson.mapper().readTree(actual))
        .isEqualTo(AnnotationJson.mapper().readTree(Files.readString(frozen, StandardCharsets.UTF_8)));
  }
}
