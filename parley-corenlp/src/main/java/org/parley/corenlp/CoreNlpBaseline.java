package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.parley.model.Document;

/**
 * Stanford CoreNLP's own quote pipeline with its default models ({@code tokenize,ssplit,pos,lemma,ner,depparse,
 * coref,quote}, statistical coreference, quote attribution on): the baseline that {@code parley bench} measures
 * Parley against. Not used for extraction. Thread-safe as CoreNLP's pipelines are; its coreference is not
 * deterministic across threads.
 */
public final class CoreNlpBaseline {
  /** What the baseline found in one document: enough to check that it did the work. */
  public record Result(int tokens, int sentences, int quotes, int attributedQuotes) {}

  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Loads the baseline's models (tens of seconds, about 3 GB of heap). */
  public static CoreNlpBaseline load() {
    return new CoreNlpBaseline(properties());
  }

  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    return p;
  }

  /** The pipeline's name and configuration, for reports. */
  public String describe() {
    return "corenlp-4.5.10 " + properties().getProperty("annotators") + " (coref.algorithm=statistical)";
  }

  public Result annotate(Document document) {
    Objects.requireNonNull(document, "document");
    Annotation annotation = new Annotation(document.text());
    if (document.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, document.published().toString());
    }
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> quotes = annotation.get(CoreAnnotations.QuotationsAnnotation.class);
    int attributed = 0;
    if (quotes != null) {
      for (CoreMap q : quotes) {
        if (q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class) != null) {
          attributed++;
        }
      }
    }
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return new Result(tokens == null ? 0 : tokens.size(), sentences == null ? 0 : sentences.size(),
        quotes == null ? 0 : quotes.size(), attributed);
  }

  /**
   * Lets go of the models CoreNLP caches for every pipeline of the process (its annotator pool), so that the
   * baseline's memory can be reclaimed once it and this object are unreachable. Pipelines already built keep
   * their own annotators.
   */
  public static void releaseCachedModels() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
