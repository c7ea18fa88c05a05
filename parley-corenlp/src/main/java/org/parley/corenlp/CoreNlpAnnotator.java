package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.Annotator;
import org.parley.util.Nullable;

/**
 * Stanford CoreNLP behind Parley's {@link Annotator}: tokenize, ssplit, pos, lemma, depparse, then ner, configured
 * once and shared across threads. CoreNLP's own types never leave this class.
 *
 * <p>Chosen for speed, measured with {@code parley bench}: one CRF model, no fine-grained NER, and neither SUTime nor
 * the numeric classifiers (they were half of all annotation time; Parley's own time grammar reads dates, see
 * {@code org.parley.time.TimeExtractor}); basic dependencies only, from CoreNLP's parser with its arithmetic laid out for
 * speed ({@link Parser}). A document's annotation is the same whatever came before it and whatever the number
 * of threads.
 */
public final class CoreNlpAnnotator implements Annotator {
  /**
   * Hidden-layer vectors of (word, position) pairs the parser keeps beyond its 100,000 precomputed ones, 4 KB each:
   * at most half a gigabyte. A cached vector is the one computed anew, so the cache changes no parse.
   */
  static final int PARSER_CACHE = 131_072;

  /** One line of {@link StanfordCoreNLP#timingInformation()}: "POSTaggerAnnotator: 1.2 sec." */
  private static final Pattern TIMING_LINE = Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec\\.");

  /** The most frequent words whose parser vectors are computed at load, at every word position (at most 90,000). */
  static final int PARSER_WARM_WORDS = 5_000;

  private final StanfordCoreNLP pipeline;
  private final Parser parser;
  private final NERCombinerAnnotator ner;
  private final LongAdder parseNanos = new LongAdder();
  private final LongAdder nerNanos = new LongAdder();

  private CoreNlpAnnotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
    this.parser = Parser.load(PARSER_CACHE, PARSER_WARM_WORDS);
    try {
      this.ner = new NERCombinerAnnotator(props);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER models", e);
    }
  }

  /**
   * The models with CoreNLP's own time tagger, SUTime, and its numeric classifiers switched on, as CoreNLP ships them:
   * the baseline Parley's time values are measured against ({@code TimeAccuracyIT}). Its tokens carry SUTime's
   * types and values in {@code ner} and {@code normalized}.
   */
  public static CoreNlpAnnotator withSutime() {
    Properties p = defaultProperties();
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyNumericClassifiers", "true");
    return new CoreNlpAnnotator(p);
  }

  /** Loads the models (seconds, about 2 GB of heap). Call once per process and share the result. */
  public static CoreNlpAnnotator load() {
    return new CoreNlpAnnotator(defaultProperties());
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    // The parser ({@link Parser}) and NER run after these, outside CoreNLP's pipeline, each timed on its own.
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    // The tokenizer's own normalisation stays on (straight quotes become opening and closing quotes, which the
    // tagger and parser were trained on); Parley reads each token's original text and offsets, never its word.
    p.setProperty("tokenize.options", "invertible=true");
    // Each line of a cleaned document is a paragraph or headline: never run two lines together.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // One CRF model instead of three, no fine-grained regexner: measured several times faster with the same
    // person/location/organisation tags that actor extraction needs.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    return p;
  }

  /**
   * Seconds each CoreNLP annotator has spent since this annotator was loaded, summed over threads, in pipeline
   * order ("TokenizerAnnotator", ..., "NERCombinerAnnotator"): for {@code parley bench}.
   */
  public Map<String, Double> annotatorSeconds() {
    Map<String, Double> out = new LinkedHashMap<>();
    Matcher m = TIMING_LINE.matcher(pipeline.timingInformation());
    while (m.find()) {
      if (!m.group(1).equals("TOTAL")) {
        out.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
      }
    }
    out.put("DependencyParseAnnotator", parseNanos.sum() / 1e9);
    out.put("NERCombinerAnnotator", nerNanos.sum() / 1e9);
    return out;
  }

  @Override
  public String name() {
    return "corenlp-4.5.10";
  }

  @Override
  public AnnotatedDocument annotate(Document document) {
    Annotation annotation = new Annotation(document.text());
    if (document.published() != null) {
      annotation.set(CoreAnnotations.DocDateAnnotation.class, document.published().toString());
    }
    pipeline.annotate(annotation);
    long t0 = System.nanoTime();
    parser.annotate(annotation);
    long t1 = System.nanoTime();
    parseNanos.add(t1 - t0);
    ner.annotate(annotation);
    nerNanos.add(System.nanoTime() - t1);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(convert(sentences.size(), s));
    }
    return new AnnotatedDocument(document, sentences);
  }

  private static Sentence convert(int index, CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String word = l.get(CoreAnnotations.OriginalTextAnnotation.class);
      tokens.add(new Token(i, l.beginPosition(), l.endPosition(), word == null ? l.word() : word,
          l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner(),
          l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency("root", -1, root.index() - 1));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
      }
      deps.sort(Comparator.comparingInt(Dependency::dependent).thenComparingInt(Dependency::governor));
    }
    int begin = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).begin();
    int end = tokens.isEmpty() ? begin : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, begin, end, tokens, deps);
  }
}
