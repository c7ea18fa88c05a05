package org.parley.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import org.parley.model.Analysis;
import org.parley.render.JsonContract;
import org.parley.store.Store;
import org.parley.store.StoreException;

/** Every stored document as one line of the JSON contract (DESIGN.md), by publication date. */
public final class JsonlExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlExport() {}

  /** Writes one line per document and returns how many. */
  public static int write(Store store, Writer out) throws StoreException, IOException {
    int n = 0;
    for (String docId : store.documentIds()) {
      Analysis a = store.read(docId);
      if (a == null) {
        continue;
      }
      try {
        out.write(JSON.writeValueAsString(JsonContract.toJson(a)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the JSON contract of " + a.document().id(), e);
      }
      out.write('\n');
      n++;
    }
    out.flush();
    return n;
  }
}
