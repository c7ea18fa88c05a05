package org.parley.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Document;
import org.parley.model.Post;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.render.JsonContract;

/**
 * Frozen annotations: an {@link AnnotatedDocument} as canonical JSON (sorted keys, two-space indent for objects, arrays on one line) and back,
 * so that extractor tests run without loading models.
 */
public final class AnnotationJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private AnnotationJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String write(AnnotatedDocument a) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("document", JsonContract.document(a.document()));
    ArrayNode sentences = root.putArray("sentences");
    for (Sentence s : a.sentences()) {
      ObjectNode so = sentences.addObject();
      so.put("index", s.index());
      so.put("begin", s.begin());
      so.put("end", s.end());
      ArrayNode tokens = so.putArray("tokens");
      for (Token t : s.tokens()) {
        // one compact row per token: [begin, end, pos, lemma, ner, normalized]
        ArrayNode row = tokens.addArray();
        row.add(t.begin()).add(t.end()).add(t.pos()).add(t.lemma()).add(t.ner()).add(t.normalized());
      }
      ArrayNode deps = so.putArray("dependencies");
      for (Dependency dep : s.dependencies()) {
        deps.addArray().add(dep.relation()).add(dep.governor()).add(dep.dependent());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(sortKeys(root)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write annotation JSON", e);
    }
  }

  public static AnnotatedDocument read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not an annotation JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode d = root.path("document");
    String text = d.path("text").asText();
    List<Post> posts = new ArrayList<>();
    for (JsonNode p : d.path("posts")) {
      posts.add(new Post(new Span(p.path("begin").asInt(), p.path("end").asInt()),
          textOrNull(p.path("published")), textOrNull(p.path("title"))));
    }
    String published = textOrNull(d.path("published"));
    Document doc = new Document(d.path("id").asText(), textOrNull(d.path("title")),
        published == null ? null : LocalDate.parse(published), d.path("source").asText(), text, posts);
    List<Sentence> sentences = new ArrayList<>();
    for (JsonNode s : root.path("sentences")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : s.path("tokens")) {
        int b = t.get(0).asInt();
        int e = t.get(1).asInt();
        tokens.add(new Token(tokens.size(), b, e, text.substring(b, e), t.get(2).asText(), t.get(3).asText(),
            t.get(4).asText(), textOrNull(t.get(5))));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode dep : s.path("dependencies")) {
        deps.add(new Dependency(dep.get(0).asText(), dep.get(1).asInt(), dep.get(2).asInt()));
      }
      sentences.add(new Sentence(s.path("index").asInt(), s.path("begin").asInt(), s.path("end").asInt(), tokens, deps));
    }
    return new AnnotatedDocument(doc, sentences);
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
  }

  /** Object keys sorted recursively, so that the files are canonical whatever order they were built in. */
  static JsonNode sortKeys(JsonNode n) {
    if (n.isObject()) {
      ObjectNode sorted = MAPPER.createObjectNode();
      List<String> names = new ArrayList<>();
      n.fieldNames().forEachRemaining(names::add);
      names.sort(null);
      for (String k : names) {
        sorted.set(k, sortKeys(n.get(k)));
      }
      return sorted;
    }
    if (n.isArray()) {
      ArrayNode a = MAPPER.createArrayNode();
      n.forEach(x -> a.add(sortKeys(x)));
      return a;
    }
    return n;
  }
}
