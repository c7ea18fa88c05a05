package org.parley.store.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.store.Item;
import org.parley.util.Nullable;

/**
 * WARC archives ({@code .warc}, {@code .warc.gz}), read with jwarc: one item per captured text page (a
 * {@code response} with a 2xx HTML or plain-text body, or a text {@code resource}), keyed by its target URL.
 * Other records (requests, metadata, revisits, images) are passed over. A page without a date of its own is
 * dated by {@code --date}, else by its capture date.
 */
final class Warcs {
  private Warcs() {}

  static List<Item> read(Path file, String input, @Nullable LocalDate date) {
    List<Item> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(file)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        Item item = item(record, date);
        if (item != null) {
          out.add(item);
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(Item.failed(input, "cannot read WARC " + input + " after " + out.size() + " pages: " + oneLine(e)));
    }
    if (out.isEmpty()) {
      out.add(Item.failed(input, "no text pages in WARC " + input));
    }
    return out;
  }

  private static @Nullable Item item(WarcRecord record, @Nullable LocalDate date) throws IOException {
    String target;
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      target = response.target();
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return null;
      }
      type = http.contentType();
      body = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      target = resource.target();
      type = resource.contentType();
      body = resource.body().stream();
    } else {
      return null;
    }
    if (!isText(type)) {
      return null;
    }
    byte[] bytes = body.readNBytes(Inputs.MAX_BYTES + 1);
    if (bytes.length > Inputs.MAX_BYTES) {
      return Item.failed(target, "document too large: " + target + " is over " + Inputs.MAX_BYTES + " bytes");
    }
    LocalDate fallback = date != null ? date : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    Loaded loaded = Inputs.read(bytes, target, target, type.toString(), fallback);
    return new Item(target, loaded);
  }

  private static boolean isText(MediaType type) {
    String t = type.base().toString().toLowerCase(Locale.ROOT);
    return t.equals("text/html") || t.equals("application/xhtml+xml") || t.equals("text/plain");
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
