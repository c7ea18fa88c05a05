package org.parley.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.util.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The job's tables, with the columns of the store's tables of the same names ({@code 001-documents.sql} in
 * parley-app; ordinals from 0, offsets {@code [span_begin, span_end)} into {@code documents.text}): one nested
 * row a document ({@link #ANALYSIS}), exploded into one table a finding by {@link ParleyJob}.
 */
final class Tables {
  /** The findings tables, in the order they are written; {@code documents} and {@code rejects} come apart. */
  static final List<String> FINDINGS = List.of("actors", "mentions", "quotes", "events", "issues", "stances",
      "times");

  static final StructType DOCUMENT = struct(
      field("doc_id", DataTypes.StringType, false),
      field("doc_key", DataTypes.StringType, false),
      field("id", DataTypes.StringType, false),
      field("title", DataTypes.StringType, true),
      field("published", DataTypes.DateType, true),
      field("source", DataTypes.StringType, false),
      field("url", DataTypes.StringType, true),
      field("text", DataTypes.StringType, false));

  static final StructType ACTOR = struct(
      field("doc_id", DataTypes.StringType, false),
      field("actor_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("name", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("country", DataTypes.StringType, true),
      field("organization", DataTypes.StringType, true),
      field("role", DataTypes.StringType, true));

  static final StructType MENTION = struct(
      field("doc_id", DataTypes.StringType, false),
      field("actor_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("span_begin", DataTypes.IntegerType, false),
      field("span_end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false));

  static final StructType QUOTE = struct(
      field("doc_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("span_begin", DataTypes.IntegerType, false),
      field("span_end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("speaker", DataTypes.StringType, true),
      field("cue", DataTypes.StringType, true));

  /** The store's {@code events}, with its {@code event_actors} as two arrays of actor ids in their order. */
  static final StructType EVENT = struct(
      field("doc_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("type", DataTypes.StringType, false),
      field("cameo", DataTypes.StringType, true),
      field("mode", DataTypes.StringType, false),
      field("date", DataTypes.StringType, true),
      field("span_begin", DataTypes.IntegerType, false),
      field("span_end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("source", DataTypes.createArrayType(DataTypes.StringType, false), false),
      field("target", DataTypes.createArrayType(DataTypes.StringType, false), false));

  static final StructType ISSUE = struct(
      field("doc_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("issue_id", DataTypes.StringType, false),
      field("label", DataTypes.StringType, false),
      field("issue_key", DataTypes.StringType, false));

  static final StructType STANCE = struct(
      field("doc_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("actor", DataTypes.StringType, false),
      field("issue", DataTypes.StringType, false),
      field("polarity", DataTypes.StringType, false),
      field("span_begin", DataTypes.IntegerType, false),
      field("span_end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("date", DataTypes.StringType, true));

  static final StructType TIME = struct(
      field("doc_id", DataTypes.StringType, false),
      field("ordinal", DataTypes.IntegerType, false),
      field("span_begin", DataTypes.IntegerType, false),
      field("span_end", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("value", DataTypes.StringType, false),
      field("type", DataTypes.StringType, false));

  /** A document that could not be read or analysed: the input it came from, and why. */
  static final StructType REJECT = struct(
      field("input", DataTypes.StringType, false),
      field("doc_id", DataTypes.StringType, true),
      field("reason", DataTypes.StringType, false));

  /** One row a document read: either its document and findings, or its reject. */
  static final StructType ANALYSIS = struct(
      field("document", DOCUMENT, true),
      field("actors", array(ACTOR), false),
      field("mentions", array(MENTION), false),
      field("quotes", array(QUOTE), false),
      field("events", array(EVENT), false),
      field("issues", array(ISSUE), false),
      field("stances", array(STANCE), false),
      field("times", array(TIME), false),
      field("reject", REJECT, true));

  private Tables() {}

  /** The row of an analysed document. */
  static Row analysis(Analysis a) {
    Document d = a.document();
    String key = docKey(d);
    String id = docId(key);
    List<Row> actors = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    int n = 0;
    for (Actor x : a.actors()) {
      actors.add(RowFactory.create(id, x.id(), n++, x.name(), x.kind().json(), x.country(), x.organization(),
          x.role()));
      int m = 0;
      for (Mention mention : x.mentions()) {
        mentions.add(RowFactory.create(id, x.id(), m++, mention.begin(), mention.end(), mention.text()));
      }
    }
    List<Row> quotes = new ArrayList<>();
    n = 0;
    for (Quote q : a.quotes()) {
      quotes.add(RowFactory.create(id, n++, q.begin(), q.end(), q.text(), q.kind().json(), q.speaker(), q.cue()));
    }
    List<Row> events = new ArrayList<>();
    n = 0;
    for (Event e : a.events()) {
      events.add(RowFactory.create(id, n++, e.type(), e.cameo(), e.mode(), e.date(), e.begin(), e.end(), e.text(),
          seq(e.source()), seq(e.target())));
    }
    List<Row> issues = new ArrayList<>();
    n = 0;
    for (Issue i : a.issues()) {
      issues.add(RowFactory.create(id, n++, i.id(), i.label(), i.key()));
    }
    List<Row> stances = new ArrayList<>();
    n = 0;
    for (Stance s : a.stances()) {
      stances.add(RowFactory.create(id, n++, s.actor(), s.issue(), s.polarity(), s.begin(), s.end(), s.text(),
          s.date()));
    }
    List<Row> times = new ArrayList<>();
    n = 0;
    for (TimeValue t : a.times()) {
      times.add(RowFactory.create(id, n++, t.begin(), t.end(), t.text(), t.value(), t.type()));
    }
    Row document = RowFactory.create(id, key, d.id(), d.title(),
        d.published() == null ? null : java.sql.Date.valueOf(d.published()), d.source(), url(d.source()), d.text());
    return RowFactory.create(document, seq(actors), seq(mentions), seq(quotes), seq(events), seq(issues), seq(stances),
        seq(times), null);
  }

  /** The row of a document that could not be read or analysed. */
  static Row reject(String input, @Nullable String docId, String reason) {
    Object none = seq(List.of());
    return RowFactory.create(null, none, none, none, none, none, none, none, RowFactory.create(input, docId, reason));
  }

  /** What identifies the source, as the store keys it: its URL, else its id. */
  static String docKey(Document d) {
    return url(d.source()) != null ? d.source() : d.id();
  }

  /** The store's doc_id: 16 hex digits of the SHA-256 of the key's UTF-8 bytes. */
  static String docId(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static @Nullable String url(String source) {
    String s = source.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://") ? source : null;
  }

  /** Spark's rows hold arrays as Scala sequences. */
  private static Object seq(List<?> list) {
    return CollectionConverters.asScala(list);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static DataType array(StructType element) {
    return DataTypes.createArrayType(element, false);
  }
}
