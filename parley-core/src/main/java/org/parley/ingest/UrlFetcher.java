package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.parley.util.Nullable;

/**
 * Fetches web pages over HTTP(S) with {@link HttpClient}: follows redirects, sends
 * {@value #USER_AGENT} as its User-Agent, gives up after a timeout (20 s by default) and refuses
 * bodies over {@link Inputs#MAX_BYTES}. Every failure is an {@link IOException} whose message is
 * one line fit for the user: {@code HTTP 404 from URL}, {@code cannot reach URL: reason}.
 * Thread-safe.
 */
public final class UrlFetcher {
  /** The timeout used unless another is given. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  /** The User-Agent header sent with every request. */
  public static final String USER_AGENT = "Parley/0.1";
  /** What {@link #fetch} accepts: pages and plain text. */
  private static final String PAGES = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

  private final HttpClient client;
  private final Duration timeout;

  /**
   * A page as fetched.
   *
   * @param url the URL as asked for
   * @param body the body bytes
   * @param contentType the Content-Type header, or null
   */
  public record Response(String url, byte[] body, @Nullable String contentType) {}

  /** A fetcher that gives up on connecting, or on waiting for a response, after {@code timeout}. */
  public UrlFetcher(Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be > 0, was " + timeout);
    }
    this.timeout = timeout;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(timeout)
        .build();
  }

  /** The fetcher shared by default, with {@link #DEFAULT_TIMEOUT}. */
  public static UrlFetcher shared() {
    return Shared.INSTANCE;
  }

  /** Fetches {@code url}; throws with a one-line message when it cannot or gets no 2xx answer. */
  public Response fetch(String url) throws IOException {
    HttpResponse<InputStream> response = send(url, PAGES, Map.of());
    byte[] bytes = body(url, response);
    return new Response(url, bytes, response.headers().firstValue("Content-Type").orElse(null));
  }

  /**
   * GETs {@code url} accepting {@code accept}, with the extra request headers given, and answers with the response
   * of whatever status, its body not yet read ({@link #body} reads it). Throws with a one-line message naming the
   * URL when it cannot be reached in time.
   */
  public HttpResponse<InputStream> send(String url, String accept, Map<String, String> headers) throws IOException {
    HttpRequest request = request(url, accept, headers);
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new IOException("cannot reach " + url + ": no connection within " + seconds(), e);
    } catch (HttpTimeoutException e) {
      throw new IOException("cannot reach " + url + ": no response within " + seconds(), e);
    } catch (IOException e) {
      throw new IOException("cannot reach " + url + ": " + reason(e, request.uri().getHost()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching " + url, e);
    }
  }

  /**
   * The body of a 2xx response to {@link #send}, at most {@link Inputs#MAX_BYTES}; closes it. Throws with a
   * one-line message naming the URL for another status, a larger body or a failed read.
   */
  public static byte[] body(String url, HttpResponse<InputStream> response) throws IOException {
    try (InputStream body = response.body()) {
      int status = response.statusCode();
      if (status < 200 || status > 299) {
        throw new IOException("HTTP " + status + " from " + url);
      }
      byte[] bytes = body.readNBytes(Inputs.MAX_BYTES + 1);
      if (bytes.length > Inputs.MAX_BYTES) {
        throw new IOException("document too large: " + url + " is over " + Inputs.MAX_BYTES + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains(url)) {
        throw e;
      }
      throw new IOException("cannot read " + url + ": " + reason(e, null), e);
    }
  }

  /**
   * The URL as a URI Parley fetches: http or https, with a host.
   *
   * @throws IOException "not a valid URL: ..." naming the URL and what is wrong with it
   */
  public static URI httpUri(String url) throws IOException {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IOException("not a valid URL: " + url + " (" + e.getReason() + ")", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IOException("not a valid URL: " + url + " (need http(s)://host/...)");
    }
    return uri;
  }

  private HttpRequest request(String url, String accept, Map<String, String> headers) throws IOException {
    URI uri = httpUri(url);
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(uri)
          .timeout(timeout)
          .header("User-Agent", USER_AGENT)
          .header("Accept", accept);
      headers.forEach(b::header);
      return b.GET().build();
    } catch (IllegalArgumentException e) {
      throw new IOException("not a valid URL: " + url + " (" + e.getMessage() + ")", e);
    }
  }

  private String seconds() {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** The most telling one-line reason in a chain of causes. */
  static String reason(Throwable e) {
    return reason(e, null);
  }

  /** The most telling one-line reason in a chain of causes; {@code host} names an unknown host. */
  static String reason(Throwable e, @Nullable String host) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "unknown host " + (host != null ? host : t.getMessage());
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return t.getMessage() == null ? "connection refused" : t.getMessage().toLowerCase(Locale.ROOT);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return e.getClass().getSimpleName();
  }

  private static final class Shared {
    static final UrlFetcher INSTANCE = new UrlFetcher(DEFAULT_TIMEOUT);
  }
}
