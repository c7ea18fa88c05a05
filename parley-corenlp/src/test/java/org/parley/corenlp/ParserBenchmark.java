package org.parley.corenlp;

import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: Parley's {@link Parser} against CoreNLP's {@code DependencyParser.predict}, both with a word-vector cache, on
 * the tagged sentences of the first 20 Wikinews articles of the shared corpus (the time of one pass over all of
 * them). Run by hand from the project root, after {@code mvn -B -DskipTests test-compile}:
 *
 * <pre>
 * mvn -q -B dependency:build-classpath -pl parley-corenlp -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx6g -cp parley-corenlp/target/test-classes:parley-corenlp/target/classes:$(cat /tmp/cp.txt) \
 *     org.openjdk.jmh.Main ParserBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx6g", "-XX:+UseParallelGC"})
public class ParserBenchmark {
  private final List<CoreMap> sentences = new ArrayList<>();
  private DependencyParser coreNlp;
  private Parser parley;

  @Setup
  public void load() throws IOException {
    Path corpus = Path.of(System.getProperty("parley.shared", "../shared"), "data/wikinews-ccby.jsonl");
    StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpAnnotator.defaultProperties());
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader lines = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 20; i++) {
        Annotation doc = new Annotation(json.readTree(lines.readLine()).get("text").asText());
        tagger.annotate(doc);
        sentences.addAll(doc.get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
    Properties cache = new Properties();
    cache.setProperty("numCached", Integer.toString(CoreNlpAnnotator.PARSER_CACHE));
    coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, cache);
    parley = Parser.load(CoreNlpAnnotator.PARSER_CACHE, CoreNlpAnnotator.PARSER_WARM_WORDS);
  }

  @Benchmark
  public void coreNlpPredict(Blackhole out) {
    for (CoreMap s : sentences) {
      out.consume(coreNlp.predict(s));
    }
  }

  @Benchmark
  public void parleyPredict(Blackhole out) {
    for (CoreMap s : sentences) {
      out.consume(parley.predict(s));
    }
  }
}
