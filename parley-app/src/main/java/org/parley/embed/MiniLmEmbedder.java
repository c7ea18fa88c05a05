package org.parley.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.parley.stance.IssueMerger;
import org.parley.stance.IssueKeys;
import org.parley.stance.PhraseEmbedder;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (the ONNX model shipped inside its Maven artifact, run in-process by
 * ONNX Runtime; nothing is downloaded). The model, about 90 MB, is loaded on the first phrase, once per process,
 * so commands that never compare two issues never pay for it. Thread-safe.
 */
public final class MiniLmEmbedder implements PhraseEmbedder {
  private static final class Holder {
    static final EmbeddingModel MODEL = new AllMiniLmL6V2EmbeddingModel();
  }

  @Override
  public float[] embed(String phrase) {
    return Holder.MODEL.embed(phrase).content().vector();
  }

  /** An issue merger with this embedder at the measured threshold. */
  public static IssueMerger merger() {
    return new IssueMerger(IssueKeys.get(), new MiniLmEmbedder(), IssueMerger.DEFAULT_THRESHOLD);
  }
}
