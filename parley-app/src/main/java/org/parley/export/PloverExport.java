package org.parley.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.parley.store.Store;
import org.parley.store.StoreException;

/**
 * Events as PLOVER JSON lines, one record per event: {@code id}, {@code date}, {@code actor} and
 * {@code recipient} (CAMEO-style codes of the first source and target actor: country and sector, or an
 * international organisation's code), {@code event} (PLOVER type), {@code mode}, {@code context}, {@code text}
 * and {@code link} (the document's URL or source). Added fields: the names and codes of all source and target
 * actors, the CAMEO code and the document id. A date is the event's own when it is a full date, else its
 * post's or document's. {@code context} is null: Parley does not code PLOVER contexts yet.
 */
public final class PloverExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SQL = "WITH named AS (SELECT a.doc_id, a.actor_id, coalesce(g.name, a.name) AS name, "
      + "coalesce(a.code, g.code) AS code FROM actors a JOIN actor_identity i USING (doc_id, actor_id) "
      + "LEFT JOIN global_actors g USING (global_key)), "
      + "parts AS (SELECT ea.doc_id, ea.event_ordinal, "
      + "list(coalesce(n.name, ea.actor_id) ORDER BY ea.ordinal) FILTER (WHERE ea.role = 'source') AS source_names, "
      + "list(n.code ORDER BY ea.ordinal) FILTER (WHERE ea.role = 'source') AS source_codes, "
      + "list(coalesce(n.name, ea.actor_id) ORDER BY ea.ordinal) FILTER (WHERE ea.role = 'target') AS target_names, "
      + "list(n.code ORDER BY ea.ordinal) FILTER (WHERE ea.role = 'target') AS target_codes "
      + "FROM event_actors ea LEFT JOIN named n USING (doc_id, actor_id) GROUP BY ea.doc_id, ea.event_ordinal) "
      + "SELECT e.doc_id || '-' || e.ordinal AS id, CAST(coalesce(TRY_CAST(substr(e.date, 1, 10) AS DATE), "
      + "(SELECT max(p.date) FROM post_dates p WHERE p.doc_id = e.doc_id AND p.span_begin <= e.span_begin "
      + "AND e.span_begin < p.span_end), d.published) AS VARCHAR) AS date, "
      + "e.type, e.cameo, e.mode, e.text, coalesce(d.url, d.source) AS link, d.id AS document, "
      + "to_json(coalesce(p.source_names, [])) AS source_names, to_json(coalesce(p.source_codes, [])) AS source_codes, "
      + "to_json(coalesce(p.target_names, [])) AS target_names, to_json(coalesce(p.target_codes, [])) AS target_codes "
      + "FROM events e JOIN documents d USING (doc_id) "
      + "LEFT JOIN parts p ON p.doc_id = e.doc_id AND p.event_ordinal = e.ordinal "
      + "ORDER BY date NULLS LAST, d.id, e.ordinal";

  private PloverExport() {}

  /** Writes one line per event and returns how many. */
  public static int write(Store store, Writer out) throws StoreException, IOException {
    int n = 0;
    try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(SQL)) {
      while (r.next()) {
        ArrayNode sourceNames = array(r.getString("source_names"));
        ArrayNode sourceCodes = array(r.getString("source_codes"));
        ArrayNode targetNames = array(r.getString("target_names"));
        ArrayNode targetCodes = array(r.getString("target_codes"));
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.getString("id"));
        o.put("date", r.getString("date"));
        o.set("actor", first(sourceCodes));
        o.set("recipient", first(targetCodes));
        o.put("event", r.getString("type"));
        o.put("mode", r.getString("mode"));
        o.putNull("context");
        o.put("text", r.getString("text"));
        o.put("link", r.getString("link"));
        o.set("actor_name", first(sourceNames));
        o.set("recipient_name", first(targetNames));
        o.set("actors", sourceNames);
        o.set("actor_codes", sourceCodes);
        o.set("recipients", targetNames);
        o.set("recipient_codes", targetCodes);
        o.put("cameo", r.getString("cameo"));
        o.put("document", r.getString("document"));
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
        n++;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the events of the store " + store.file() + ": " + e.getMessage(), e);
    }
    out.flush();
    return n;
  }

  private static ArrayNode array(String json) throws JsonProcessingException {
    return (ArrayNode) JSON.readTree(json);
  }

  private static com.fasterxml.jackson.databind.JsonNode first(ArrayNode a) {
    return a.isEmpty() ? JSON.nullNode() : a.get(0);
  }
}
