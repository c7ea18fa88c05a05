package org.parley.clean;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.model.DataIssue;
import org.parley.util.Nullable;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened: top-level objects, the members of
 * arrays and {@code @graph} lists, and {@code mainEntity} objects, in page order. Scripts that are
 * not valid JSON are recorded as {@code jsonld.invalid} and skipped.
 */
final class JsonLd {
  /** Types whose headline and date describe the page's main text. */
  static final Set<String> ARTICLE_TYPES = Set.of(
      "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "LiveBlogPosting",
      "BlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle");

  private static final int MAX_DEPTH = 8;
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .build();

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /** Reads the JSON-LD scripts of {@code page}, adding a {@code jsonld.invalid} issue per bad one. */
  static JsonLd read(Document page, List<DataIssue> issues) {
    List<JsonNode> objects = new ArrayList<>();
    int index = 0;
    for (Element script : page.select("script[type=application/ld+json]")) {
      index++;
      String data = script.data().strip();
      if (data.isEmpty()) {
        continue;
      }
      try {
        flatten(JSON.readTree(data), objects, 0);
      } catch (JsonProcessingException e) {
        issues.add(new DataIssue("jsonld.invalid",
            "JSON-LD script " + index + " is not valid JSON: " + firstLine(e.getOriginalMessage()),
            null));
      }
    }
    return new JsonLd(objects);
  }

  /** The first object of one of {@code types}, or null. */
  @Nullable JsonNode first(Set<String> types) {
    for (JsonNode o : objects) {
      for (String type : types) {
        if (hasType(o, type)) {
          return o;
        }
      }
    }
    return null;
  }

  /**
   * True when the object's {@code @type} (a string or a list) names {@code type}, with or without
   * a schema.org prefix.
   */
  static boolean hasType(JsonNode object, String type) {
    JsonNode t = object.path("@type");
    if (t.isArray()) {
      for (JsonNode each : t) {
        if (typeIs(each, type)) {
          return true;
        }
      }
      return false;
    }
    return typeIs(t, type);
  }

  /** The field as a non-blank string (the first of a list), or null. */
  static @Nullable String text(JsonNode object, String field) {
    JsonNode v = object.path(field);
    if (v.isArray() && !v.isEmpty()) {
      v = v.get(0);
    }
    if (v.isValueNode()) {
      String s = v.asText();
      return s.isBlank() ? null : s.strip();
    }
    return null;
  }

  private static boolean typeIs(JsonNode node, String type) {
    if (!node.isTextual()) {
      return false;
    }
    String t = node.asText();
    int cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf(':'));
    return t.substring(cut + 1).equals(type);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode each : node) {
        flatten(each, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.has("@type")) {
        out.add(node);
      }
      flatten(node.path("@graph"), out, depth + 1);
      flatten(node.path("mainEntity"), out, depth + 1);
    }
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
