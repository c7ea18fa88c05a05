package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Parley's parser gives CoreNLP's own parses, dependency for dependency, on real news: its faster arithmetic must
 * not change one score's comparison.
 */
class ParserIT {
  private static final Path CORPUS =
      Path.of(System.getProperty("parley.shared", "../../shared"), "data/wikinews-ccby.jsonl");

  @Test
  void parsesEverySentenceExactlyAsCoreNlpsOwnParser() throws IOException {
    StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpAnnotator.defaultProperties());
    Properties withCache = new Properties();
    withCache.setProperty("numCached", "100000");
    DependencyParser reference = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, withCache);
    Parser parser = Parser.load(50_000, 1_000);
    ObjectMapper json = new ObjectMapper();
    int sentences = 0;
    int tokens = 0;
    try (BufferedReader lines = Files.newBufferedReader(CORPUS, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null && sentences < 600) {
        Annotation doc = new Annotation(json.readTree(line).get("text").asText());
        tagger.annotate(doc);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
          String expected = reference.predict(sentence).typedDependencies().toString();
          assertThat(parser.predict(sentence).typedDependencies().toString())
              .as("sentence %d: %s", sentences, sentence)
              .isEqualTo(expected);
          sentences++;
          tokens += sentence.get(CoreAnnotations.TokensAnnotation.class).size();
        }
      }
    }
    assertThat(sentences).isGreaterThanOrEqualTo(600);
    assertThat(tokens).isGreaterThan(10_000);
  }
}
