package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
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
import org.parley.util.Nullable;

/**
 * The text pages of a WARC archive ({@code .warc} or {@code .warc.gz}), read with jwarc: one page a {@code response}
 * with a 2xx HTML or plain-text body, or a text {@code resource}, read as {@code parley brief} reads a URL and keyed by
 * its target URL. Other records (requests, metadata, revisits, images) are passed over. A page without a date of its
 * own is dated by the given date, else by its capture date. The store's ingest and the Spark job both read WARC here.
 */
public final class WarcPages {
  private WarcPages() {}

  /**
   * One page of the archive, or the archive's own failure.
   *
   * @param target the page's target URL (for the archive's failure, the input as given)
   */
  public record Page(String target, Loaded loaded) {}

  /**
   * The archive's text pages; where the archive cannot be read past some point, the pages before it and a last
   * failed page that says so.
   *
   * @param input the archive as the user named it, for messages
   */
  public static List<Page> read(InputStream in, String input, @Nullable LocalDate date) {
    List<Page> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        Page page = page(record, date);
        if (page != null) {
          out.add(page);
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(new Page(input, new Loaded.Failed(input, "cannot read WARC " + input + " after " + out.size()
          + " pages: " + oneLine(e))));
    }
    return out;
  }

  private static @Nullable Page page(WarcRecord record, @Nullable LocalDate date) throws IOException {
    String target;
    MediaType type;
    InputStream body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        return null;
      }
      target = response.target();
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
      return new Page(target, new Loaded.Failed(target,
          "document too large: " + target + " is over " + Inputs.MAX_BYTES + " bytes"));
    }
    LocalDate fallback = date != null ? date : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    return new Page(target, Inputs.read(bytes, target, target, type.toString(), fallback));
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
