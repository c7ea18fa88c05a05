package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;
import org.parley.ingest.WarcPages;
import org.parley.model.Document;
import org.parley.util.Nullable;

/**
 * Documents from the job's inputs, read by Parley's own ingest ({@link Inputs}) so that a record gives the same
 * document here as in {@code parley brief}: JSON Lines chunks through a local temporary file (ingest reads JSONL from
 * paths), WARC pages through {@link WarcPages}, as the store's ingest reads them.
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
    return WarcPages.read(in, input, date).stream().map(WarcPages.Page::loaded).toList();
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
