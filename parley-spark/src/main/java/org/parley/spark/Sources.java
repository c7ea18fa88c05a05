package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
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
import org.parley.model.Document;
import org.parley.util.Nullable;

/**
 * Documents from the job's inputs, read by Parley's own ingest ({@link Inputs}) so that a record gives the same
 * document here as in {@code parley brief}. Ingest reads paths, so each chunk of JSON Lines and each archived
 * page passes through a local temporary file.
 */
final class Sources {
  /** JSON Lines records read through one temporary file. */
  static final int CHUNK = 64;

  private Sources() {}

  /** The documents of a partition of JSON Lines, read {@link #CHUNK} lines at a time, lazily. */
  static Iterator<Loaded> jsonl(Iterator<String> lines, String input, @Nullable LocalDate date) {
    return new Iterator<>() {
      private Iterator<Loaded> chunk = List.<Loaded>of().iterator();

      @Override
      public boolean hasNext() {
        while (!chunk.hasNext() && lines.hasNext()) {
          List<String> batch = new ArrayList<>(CHUNK);
          while (batch.size() < CHUNK && lines.hasNext()) {
            String line = lines.next();
            if (!line.isBlank()) {
              batch.add(line);
            }
          }
          chunk = batch.isEmpty() ? chunk : readJsonl(batch, input, date).iterator();
        }
        return chunk.hasNext();
      }

      @Override
      public Loaded next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException("no more documents in this partition of " + input);
        }
        return chunk.next();
      }
    };
  }

  private static List<Loaded> readJsonl(List<String> lines, String input, @Nullable LocalDate date) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("parley-spark-", ".jsonl");
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      List<Loaded> out = new ArrayList<>();
      for (Loaded l : Inputs.read(tmp.toString(), date)) {
        // messages and record sources name the job's input, not the temporary file
        String file = tmp.toString();
        out.add(l instanceof Loaded.Failed f
            ? new Loaded.Failed(input, f.message().replace(file, input))
            : l instanceof Loaded.Ok o && o.document().source().startsWith(file)
                ? new Loaded.Ok(withSource(o.document(), o.document().source().replace(file, input)), o.issues())
                : l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a temporary file for " + input, e);
    } finally {
      delete(tmp);
    }
  }

  /** The text pages of a WARC archive ({@code .warc} or {@code .warc.gz}): one document a 2xx HTML or text page. */
  static List<Loaded> warc(InputStream in, String input, @Nullable LocalDate date) {
    List<Loaded> out = new ArrayList<>();
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      for (WarcRecord record : reader) {
        Loaded page = page(record, date);
        if (page != null) {
          out.add(page);
        }
      }
    } catch (IOException | RuntimeException e) {
      out.add(new Loaded.Failed(input, "cannot read WARC " + input + " after " + out.size() + " pages: " + e));
    }
    return out;
  }

  private static @Nullable Loaded page(WarcRecord record, @Nullable LocalDate date) throws IOException {
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
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return null;
    }
    byte[] bytes = body.readNBytes(Inputs.MAX_BYTES + 1);
    if (bytes.length > Inputs.MAX_BYTES) {
      return new Loaded.Failed(target, "document too large: " + target + " is over " + Inputs.MAX_BYTES + " bytes");
    }
    LocalDate fallback = date != null ? date : record.date().atOffset(ZoneOffset.UTC).toLocalDate();
    Path tmp = Files.createTempFile("parley-spark-", html ? ".html" : ".txt");
    try {
      Files.write(tmp, bytes);
      List<Loaded> read = Inputs.read(tmp.toString(), fallback);
      Loaded l = read.get(0);
      if (l instanceof Loaded.Failed f) {
        return new Loaded.Failed(target, f.message().replace(tmp.toString(), target));
      }
      Loaded.Ok o = (Loaded.Ok) l;
      Document d = o.document();
      return new Loaded.Ok(new Document(target, d.title(), d.published(), target, d.text(), d.posts()), o.issues());
    } finally {
      delete(tmp);
    }
  }

  private static Document withSource(Document d, String source) {
    return new Document(d.id(), d.title(), d.published(), source, d.text(), d.posts());
  }

  private static void delete(@Nullable Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        tmp.toFile().deleteOnExit();
      }
    }
  }
}
