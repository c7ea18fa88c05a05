package org.parley.store;

import java.util.List;
import java.util.Objects;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.pipeline.Pipeline;
import org.parley.pipeline.Provenance;
import org.parley.stance.IssueMerger;

/** What an ingest runs on each new or changed document; thread-safe. */
public interface Analyzer {
  Analysis analyze(Document document, List<DataIssue> ingestIssues);

  /** The components behind {@link #analyze}, stored with every document. */
  List<Provenance> provenance();

  /** How issues are merged across stored documents: by key only, unless the analyzer says otherwise. */
  default IssueMerger issueMerger() {
    return IssueMerger.lexical();
  }

  /** Parley's pipeline, with its provenance and its issue merger. */
  static Analyzer of(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    List<Provenance> provenance = pipeline.provenance();
    return new Analyzer() {
      @Override
      public Analysis analyze(Document document, List<DataIssue> ingestIssues) {
        return pipeline.analyze(document, ingestIssues);
      }

      @Override
      public List<Provenance> provenance() {
        return provenance;
      }

      @Override
      public IssueMerger issueMerger() {
        return pipeline.merger();
      }
    };
  }
}
