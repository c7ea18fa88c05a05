package org.parley.store.sources;

import java.io.IOException;
import org.parley.ingest.UrlFetcher;

/** Gets a URL's body: {@link UrlFetcher} in the application, a stub in tests. Thread-safe. */
@FunctionalInterface
public interface Fetcher {
  /** Throws with a one-line message naming the URL when it cannot, or gets no 2xx answer. */
  UrlFetcher.Response fetch(String url) throws IOException;

  /** The shared {@link UrlFetcher}. */
  static Fetcher http() {
    return url -> UrlFetcher.shared().fetch(url);
  }
}
