package org.parley.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.stance.PositionHistory;

/**
 * The JSON contract of {@code parley brief --format json} (see DESIGN.md): one object per document, offsets
 * {@code [begin, end)} into {@code document.text}. Fields may be added; none may be renamed. Added here: each
 * stance's {@code date}; each issue's {@code key} (equal keys are one issue across the documents briefed together);
 * and {@code changes}, the changes of position whose later stance stands in this document (see
 * {@link PositionHistory}), each with the earlier stance ({@code from}, maybe of another document) and the later.
 */
public final class JsonContract {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonContract() {}

  /** One document briefed alone: its issues merged lexically, its changes those between its live posts. */
  public static String write(Analysis a) {
    return write(PositionHistory.alone(a), 0);
  }

  /** Document {@code document} of a set briefed together. */
  public static String write(PositionHistory history, int document) {
    try {
      return MAPPER.writeValueAsString(toJson(history, document));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON contract", e);
    }
  }

  /** The contract's {@code document} object: id, title, published, source, text and live posts. */
  public static ObjectNode document(Document d) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("id", d.id());
    doc.put("title", d.title());
    doc.put("published", d.published() == null ? null : d.published().toString());
    doc.put("source", d.source());
    doc.put("text", d.text());
    ArrayNode posts = doc.putArray("posts");
    d.posts().forEach(p -> posts.addObject().put("begin", p.span().begin()).put("end", p.span().end())
        .put("published", p.published()).put("title", p.title()));
    return doc;
  }

  public static ObjectNode toJson(Analysis a) {
    return toJson(PositionHistory.alone(a), 0);
  }

  /** Document {@code document} of a set briefed together, its issue keys those of the merged issues. */
  public static ObjectNode toJson(PositionHistory history, int document) {
    Analysis a = history.withMergedKeys(document);
    ObjectNode root = MAPPER.createObjectNode();
    root.set("document", document(a.document()));

    ArrayNode actors = root.putArray("actors");
    for (Actor x : a.actors()) {
      ObjectNode o = actors.addObject();
      o.put("id", x.id()).put("name", x.name()).put("kind", x.kind().json()).put("country", x.country())
          .put("organization", x.organization()).put("role", x.role());
      ArrayNode ms = o.putArray("mentions");
      for (Mention m : x.mentions()) {
        ms.addObject().put("begin", m.begin()).put("end", m.end()).put("text", m.text());
      }
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : a.quotes()) {
      quotes.addObject().put("begin", q.begin()).put("end", q.end()).put("text", q.text())
          .put("kind", q.kind().json()).put("speaker", q.speaker()).put("cue", q.cue());
    }
    ArrayNode events = root.putArray("events");
    for (Event e : a.events()) {
      ObjectNode o = events.addObject();
      o.put("type", e.type()).put("cameo", e.cameo());
      e.source().forEach(o.putArray("source")::add);
      e.target().forEach(o.putArray("target")::add);
      o.put("mode", e.mode()).put("date", e.date()).put("begin", e.begin()).put("end", e.end()).put("text", e.text());
    }
    ArrayNode issues = root.putArray("issues");
    for (Issue i : a.issues()) {
      issues.addObject().put("id", i.id()).put("label", i.label()).put("key", i.key());
    }
    ArrayNode stances = root.putArray("stances");
    for (Stance s : a.stances()) {
      stances.addObject().put("actor", s.actor()).put("issue", s.issue()).put("polarity", s.polarity())
          .put("date", s.date()).put("begin", s.begin()).put("end", s.end()).put("text", s.text());
    }
    ArrayNode changes = root.putArray("changes");
    for (PositionHistory.Change c : history.changesInto(document)) {
      ObjectNode o = changes.addObject().put("actor", c.to().stance().actor()).put("issue", c.to().stance().issue())
          .put("key", c.key()).put("label", c.issue());
      position(o.putObject("from"), c.from()).put("document", c.from().documentId());
      position(o.putObject("to"), c.to());
    }
    ArrayNode options = root.putArray("options");
    for (Option op : a.options()) {
      ObjectNode o = options.addObject().put("set", op.set()).put("label", op.label()).put("likelihood", op.likelihood());
      if (op.low() != null && op.high() != null) {
        o.putArray("probability").add(op.low()).add(op.high());
      } else {
        o.putNull("probability");
      }
      o.put("rank", op.rank());
    }
    ArrayNode times = root.putArray("times");
    for (TimeValue t : a.times()) {
      times.addObject().put("begin", t.begin()).put("end", t.end()).put("text", t.text()).put("value", t.value())
          .put("type", t.type());
    }
    ArrayNode data = root.putArray("dataIssues");
    for (DataIssue i : a.dataIssues()) {
      ObjectNode o = data.addObject().put("code", i.code()).put("message", i.message());
      if (i.span() != null) {
        o.put("begin", i.span().begin()).put("end", i.span().end());
      }
    }
    return root;
  }

  private static ObjectNode position(ObjectNode o, PositionHistory.Position p) {
    Stance s = p.stance();
    return o.put("polarity", s.polarity()).put("date", s.date()).put("begin", s.begin()).put("end", s.end())
        .put("text", s.text());
  }
}
