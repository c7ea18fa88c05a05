package org.parley.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;

class PipelineTest {
  private static final Annotator NAMED_ONLY = new Annotator() {
    @Override
    public String name() {
      return "test-annotator";
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
      throw new UnsupportedOperationException("not needed to name the stages");
    }
  };

  @Test
  void namesItsStagesInTheOrderTheyRunAfterTheAnnotator() {
    assertThat(new Pipeline(NAMED_ONLY).provenance())
        .extracting(Provenance::stage)
        .containsExactly("annotator", "actors", "quotes", "times", "events", "stances", "options");
    assertThat(new Pipeline(NAMED_ONLY).provenance().get(0).extractor()).isEqualTo("test-annotator");
  }

  @Test
  void givesEveryStageTheCoresVersion() {
    assertThat(new Pipeline(NAMED_ONLY).provenance())
        .extracting(Provenance::version)
        .containsOnly(Provenance.coreVersion())
        .doesNotContainNull();
  }
}
