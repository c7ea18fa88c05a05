package org.parley.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Document;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.pipeline.Annotator;

/**
 * Stanford CoreNLP behind Parley's {@link Annotator}: tokenize, ssplit, pos, lemma, ner, depparse, configured
 * once and shared across threads. CoreNLP's own types never leave this class.
 */
public final class CoreNlpAnnotator implements Annotator {
  /** Sentences longer than this are not parsed (dependency parses cost grows fast and such "sentences" are lists). */
  static final int MAX_PARSE_TOKENS = 120;

  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Loads the models (seconds, about 2 GB of heap). Call once per process and share the result. */
  public static CoreNlpAnnotator load() {
    return new CoreNlpAnnotator(defaultProperties());
  }

  static Properties defaultProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    // The tokenizer's own normalisation stays on (straight quotes become opening and closing quotes, which the
    // tagger and parser were trained on); Parley reads each token's original text and offsets, never its word.
    p.setProperty("tokenize.options", "invertible=true");
    // Each line of a cleaned document is a paragraph or headline: never run two lines together.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    // One CRF model instead of three, no fine-grained regexner: measured several times faster with the same
    // person/location/organisation tags that actor extraction needs. SUTime stays on for dates.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("depparse.maxLength", Integer.toString(MAX_PARSE_TOKENS));
    p.setProperty("parse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
    return p;
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
