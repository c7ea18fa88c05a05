package org.parley.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.model.Document;
import org.parley.pipeline.AnnotationJson;

/**
 * The SUTime gate changes no annotation: Wikinews articles annotated with and without it are equal token for token
 * (tags, lemmas, NER, normalised values, dependencies). The whole corpus was checked when the gate was written; this
 * keeps a sample of it in CI.
 */
class SutimeGateIT {
  static final Path CORPUS = Path.of(System.getProperty("parley.shared", "../../shared"), "data/wikinews-ccby.jsonl");

  @Test
  void gatedAnnotationsEqualUngatedOnes() {
    List<Document> docs = new ArrayList<>();
    int n = 0;
    for (Loaded l : Inputs.read(CORPUS.toString(), null)) {
      // every 30th article: 14 of the 415, from both parts of the corpus (Wikinews 2019-20, MEANTIME)
      if (l instanceof Loaded.Ok o && n++ % 30 == 0) {
        docs.add(o.document());
      }
    }
    Properties ungated = CoreNlpAnnotator.defaultProperties();
    ungated.setProperty(CoreNlpAnnotator.GATE, "false");
    CoreNlpAnnotator plain = CoreNlpAnnotator.load(ungated);
    CoreNlpAnnotator gated = SharedAnnotator.get();
    for (Document d : docs) {
      assertThat(AnnotationJson.write(gated.annotate(d))).as(d.id()).isEqualTo(AnnotationJson.write(plain.annotate(d)));
    }
  }
}
