package org.parley.store.sources;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.ingest.WarcPages;
import org.parley.store.Item;
import org.parley.util.Nullable;

/**
 * WARC archives ({@code .warc}, {@code .warc.gz}): one item per captured text page ({@link WarcPages}), keyed by its
 * target URL; an archive with no text page at all is one failed item.
 */
final class Warcs {
  private Warcs() {}

  static List<Item> read(Path file, String input, @Nullable LocalDate date) {
    List<Item> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      for (WarcPages.Page page : WarcPages.read(in, input, date)) {
        out.add(new Item(page.target(), page.loaded()));
      }
    } catch (IOException e) {
      out.add(Item.failed(input, "cannot read WARC " + input + ": " + e.getMessage()));
    }
    if (out.isEmpty()) {
      out.add(Item.failed(input, "no text pages in WARC " + input));
    }
    return out;
  }
}
