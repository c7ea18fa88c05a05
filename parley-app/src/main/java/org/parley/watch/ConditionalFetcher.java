package org.parley.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import org.parley.ingest.Inputs;
import org.parley.ingest.UrlFetcher;
import org.parley.util.Nullable;

/**
 * Polls a URL with a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}), following redirects.
 * Every failure is an {@link IOException} with a one-line message naming the URL. Thread-safe.
 */
public final class ConditionalFetcher {
  private final HttpClient client;
  private final Duration timeout;

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
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
    }
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
  }

  /** GETs {@code url}, sending the validators that are not null. */
  public Result get(String url, @Nullable String etag, @Nullable String lastModified) throws IOException {
    HttpRequest.Builder request = HttpRequest.newBuilder(UrlFetcher.httpUri(url)).timeout(timeout)
        .header("User-Agent", UrlFetcher.USER_AGENT)
        .header("Accept",
            "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
        .GET();
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new IOException("cannot reach " + url + ": no connection within " + timeout.toSeconds() + " s", e);
    } catch (HttpTimeoutException e) {
      throw new IOException("cannot reach " + url + ": no response within " + timeout.toSeconds() + " s", e);
    } catch (ConnectException e) {
      throw new IOException("cannot reach " + url + ": connection refused", e);
    } catch (IOException e) {
      throw new IOException("cannot reach " + url + ": " + reason(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      URI finalUri = response.uri();
      if (status == 304) {
        return new NotModified(finalUri);
      }
      if (status < 200 || status > 299) {
        throw new IOException("HTTP " + status + " from " + url);
      }
      byte[] bytes = body.readNBytes(Inputs.MAX_BYTES + 1);
      if (bytes.length > Inputs.MAX_BYTES) {
        throw new IOException("too large: " + url + " is over " + Inputs.MAX_BYTES + " bytes");
      }
      var headers = response.headers();
      return new Fetched(finalUri, bytes, headers.firstValue("Content-Type").orElse(null),
          headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains(url)) {
        throw e;
      }
      throw new IOException("cannot read " + url + ": " + reason(e), e);
    }
  }

  private static String reason(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage().strip().lines().findFirst().orElse("");
      }
    }
    return e.getClass().getSimpleName();
  }
}
