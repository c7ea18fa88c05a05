package org.parley.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.parley.ingest.UrlFetcher;
import org.parley.util.Nullable;

/**
 * Polls a URL with a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}), following redirects, over
 * {@link UrlFetcher} (its timeouts, size limit and one-line failure messages naming the URL). Thread-safe.
 */
public final class ConditionalFetcher {
  private static final String FEEDS =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5";

  private final UrlFetcher fetcher;

  /** What a poll gave. */
  public sealed interface Result permits NotModified, Fetched {
    /** The URL the answer came from, after redirects. */
    URI finalUri();
  }

  /** 304: nothing changed since the validators were given. */
  public record NotModified(URI finalUri) implements Result {}

  /** 2xx with a body and the validators to send next time. */
  public record Fetched(URI finalUri, byte[] body, @Nullable String contentType, @Nullable String etag,
      @Nullable String lastModified) implements Result {}

  public ConditionalFetcher(Duration timeout) {
    this.fetcher = new UrlFetcher(Objects.requireNonNull(timeout, "timeout"));
  }

  /** GETs {@code url}, sending the validators that are not null. */
  public Result get(String url, @Nullable String etag, @Nullable String lastModified) throws IOException {
    Map<String, String> validators = new LinkedHashMap<>();
    if (etag != null) {
      validators.put("If-None-Match", etag);
    }
    if (lastModified != null) {
      validators.put("If-Modified-Since", lastModified);
    }
    HttpResponse<InputStream> response = fetcher.send(url, FEEDS, validators);
    if (response.statusCode() == 304) {
      response.body().close();
      return new NotModified(response.uri());
    }
    byte[] body = UrlFetcher.body(url, response);
    HttpHeaders headers = response.headers();
    return new Fetched(response.uri(), body, headers.firstValue("Content-Type").orElse(null),
        headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
  }
}
