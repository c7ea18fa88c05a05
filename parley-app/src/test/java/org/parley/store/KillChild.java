package org.parley.store;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.parley.store.sources.Fetcher;
import org.parley.store.sources.Sources;

/**
 * The child JVM of {@link KillNineTest}: ingests a JSON Lines file with the fake analyzer, slowed down, and
 * prints {@code stored KEY} for each document once its transaction committed.
 *
 * <p>Arguments: STORE JSONL DELAY_MILLIS THREADS.
 */
public final class KillChild {
  private KillChild() {}

  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(Path.of(args[0]))) {
      List<Item> items = new Sources(Fetcher.http(), null, InputStream.nullInputStream()).expand(List.of(args[1]));
      FakeAnalyzer analyzer = new FakeAnalyzer(Long.parseLong(args[2]));
      new Ingester(store, () -> analyzer, Integer.parseInt(args[3]), false).run(items, o -> {
        if (o instanceof Outcome.Stored) {
          System.out.println("stored " + o.item().key());
          System.out.flush();
        }
      });
    }
    System.out.println("finished");
  }
}
