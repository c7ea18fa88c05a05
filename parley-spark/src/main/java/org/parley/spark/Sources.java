package org.parley.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.parley.ingest.JsonlReader;
import org.parley.ingest.Loaded;
import org.parley.ingest.WarcPages;
import org.parley.util.Nullable;

/**
 * Documents from the job's inputs, read by Parley's own ingest readers so that a record gives the same
 * document here as in {@code parley brief}: JSON Lines chunks through {@link JsonlReader}, WARC pages through
 * {@link WarcPages}, as the store's ingest reads them.
 */
final class Sources {
  /** JSON Lines records read at a time. */
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
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      List<Loaded> out = new ArrayList<>();
      for (Loaded l : JsonlReader.read(new ByteArrayInputStream(bytes), input, date)) {
        // a failed record is reported against the job's input as a whole
        out.add(l instanceof Loaded.Failed f ? new Loaded.Failed(input, f.message()) : l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a chunk of " + input, e);
    }
  }

  /** The text pages of a WARC archive ({@code .warc} or {@code .warc.gz}): one document a 2xx HTML or text page. */
  static List<Loaded> warc(InputStream in, String input, @Nullable LocalDate date) {
    return WarcPages.read(in, input, date).stream().map(WarcPages.Page::loaded).toList();
  }
}
