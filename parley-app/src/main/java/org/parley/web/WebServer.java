package org.parley.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Analysis;
import org.parley.render.JsonContract;
import org.parley.store.PagedQueries;
import org.parley.store.Store;
import org.parley.store.StoreException;

/**
 * The web server of {@code parley serve}: the JSON API under {@code /api/}, the pages, the assets and ECharts
 * from the jar. Routes are listed top to bottom in {@link #routes}; every error is mapped to a response in
 * {@link #errors}, and no stack trace leaves the server. One request at a time reads the store.
 */
public final class WebServer {
  /** The largest request body accepted; the API only reads. */
  static final long MAX_REQUEST_BYTES = 16 * 1024;

  private static final Set<String> POLARITIES = Set.of("support", "oppose", "skeptical", "neutral");
  private static final Set<String> MODES = Set.of("asserted", "future", "hypothetical", "negated");
  private static final Set<String> KINDS = Set.of("person", "country", "organization", "group");
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  private final Store store;
  private final PagedQueries queries;

  private WebServer(Store store) {
    this.store = Objects.requireNonNull(store, "store");
    this.queries = new PagedQueries(store);
  }

  /** A server over {@code store}, not yet started: {@code .start(host, port)} it. */
  public static Javalin create(Store store) {
    WebServer web = new WebServer(store);
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add(files -> {
        files.hostedPath = "/assets";
        files.directory = "/org/parley/web/assets";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    web.routes(app);
    web.errors(app);
    return app;
  }

  private void routes(Javalin app) {
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("Referrer-Policy", "no-referrer");
    });

    app.get("/", ctx -> page(ctx, "overview"));
    app.get("/documents/{id}", ctx -> {
      if (!read(() -> queries.documentExists(ctx.pathParam("id")))) {
        throw ApiException.notFound("document", ctx.pathParam("id"));
      }
      page(ctx, "document");
    });
    app.get("/matrix", ctx -> page(ctx, "matrix"));
    app.get("/actors/{id}", ctx -> {
      if (read(() -> queries.actor(ctx.pathParam("id"))) == null) {
        throw ApiException.notFound("actor", ctx.pathParam("id"));
      }
      page(ctx, "actor");
    });
    app.get("/quotes", ctx -> page(ctx, "quotes"));
    app.get("/network", ctx -> page(ctx, "network"));
    app.get("/options", ctx -> page(ctx, "options"));

    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.get("/api/documents", ctx -> {
      Params p = new Params(ctx).only(Set.of("q", "since", "until"));
      json(ctx, read(() -> queries.documents(p.text("q"), p.date("since"), p.date("until"), p.limit(), p.offset())));
    });
    app.get("/api/documents/{id}", ctx -> json(ctx, read(() -> document(ctx.pathParam("id")))));
    app.get("/api/actors", ctx -> {
      Params p = new Params(ctx).only(Set.of("name", "kind"));
      json(ctx, read(() -> queries.actors(p.text("name"), p.oneOf("kind", KINDS), p.limit(), p.offset())));
    });
    app.get("/api/actors/{id}", ctx -> json(ctx, read(() -> actor(ctx.pathParam("id")))));
    app.get("/api/quotes", ctx -> {
      Params p = new Params(ctx).only(Set.of("q", "speaker", "speakerId", "issue", "document", "since", "until"));
      json(ctx, read(() -> queries.quotes(p.text("q"), p.text("speaker"), p.text("speakerId"), p.text("issue"),
          p.text("document"), p.date("since"), p.date("until"), p.limit(), p.offset())));
    });
    app.get("/api/events", ctx -> {
      Params p = new Params(ctx).only(Set.of("type", "actor", "actorId", "mode", "upcoming", "since", "until"));
      boolean upcoming = "true".equals(p.oneOf("upcoming", Set.of("true", "false")));
      json(ctx, read(() -> queries.events(p.text("type"), p.text("actor"), p.text("actorId"), p.oneOf("mode", MODES),
          upcoming, p.date("since"), p.date("until"), p.limit(), p.offset())));
    });
    app.get("/api/stances", ctx -> {
      Params p = new Params(ctx).only(Set.of("actor", "actorId", "issue", "polarity"));
      String polarity = p.oneOf("polarity", POLARITIES);
      json(ctx, read(() -> queries.stances(p.text("actor"), p.text("actorId"), p.text("issue"), polarity,
          p.limit(), p.offset())));
    });
    app.get("/api/issues", ctx -> {
      Params p = new Params(ctx).only(Set.of("label"));
      json(ctx, read(() -> queries.issues(p.text("label"), p.limit(), p.offset())));
    });
    app.get("/api/timeline", ctx -> {
      Params p = new Params(ctx).only(Set.of("actor", "since", "until"));
      json(ctx, read(() -> queries.timeline(p.text("actor"), p.date("since"), p.date("until"), p.limit(), p.offset())));
    });
    app.get("/api/options", ctx -> {
      Params p = new Params(ctx).only(Set.of("set"));
      json(ctx, read(() -> queries.options(p.text("set"), p.limit(), p.offset())));
    });
    app.get("/api/network", ctx -> {
      Params p = new Params(ctx).only(Set.of());
      json(ctx, read(() -> queries.network(p.limit())));
    });
  }

  private void errors(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", e.status());
      body.put("error", e.getMessage());
      if (e.parameter() != null) {
        body.put("parameter", e.parameter());
      }
      ctx.status(e.status());
      if (isApi(ctx)) {
        ctx.contentType("application/json").result(Json.write(body));
      } else {
        ctx.contentType("text/html; charset=utf-8").result(Pages.get("missing"));
      }
    });
    app.exception(Exception.class, (e, ctx) -> {
      ctx.status(500);
      ctx.contentType("application/json").result(Json.write(Map.of("status", 500, "error", "internal error")));
    });
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
        if (isApi(ctx)) {
          ctx.contentType("application/json").result(Json.write(Map.of("status", 404, "error",
              "no such endpoint: " + ctx.method() + " " + ctx.path())));
        } else {
          ctx.contentType("text/html; charset=utf-8").result(Pages.get("missing"));
        }
      }
    });
    app.error(405, ctx -> ctx.contentType("application/json").result(Json.write(Map.of("status", 405, "error",
        "method not allowed"))));
    app.error(413, ctx -> ctx.contentType("application/json").result(Json.write(Map.of("status", 413, "error",
        "request larger than " + MAX_REQUEST_BYTES + " bytes"))));
  }

  private static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  private ObjectNode document(String id) throws StoreException {
    Analysis a = store.read(id);
    if (a == null) {
      throw ApiException.notFound("document", id);
    }
    ObjectNode root = JsonContract.toJson(a);
    ObjectNode ids = root.putObject("actorIds");
    queries.actorIds(id).forEach(ids::put);
    return root;
  }

  private Map<String, Object> actor(String id) throws StoreException {
    Map<String, Object> actor = queries.actor(id);
    if (actor == null) {
      throw ApiException.notFound("actor", id);
    }
    Map<String, Object> out = new LinkedHashMap<>(actor);
    out.put("stances", queries.stances(null, id, null, null, Params.MAX_LIMIT, 0));
    out.put("quotes", queries.quotes(null, null, id, null, null, null, null, Params.MAX_LIMIT, 0));
    out.put("events", queries.events(null, null, id, null, false, null, null, Params.MAX_LIMIT, 0));
    return out;
  }

  /** A question to the store, one at a time: a {@link Store} is used by one thread at a time. */
  private <T> T read(Query<T> query) throws Exception {
    synchronized (store) {
      return query.ask();
    }
  }

  @FunctionalInterface
  private interface Query<T> {
    T ask() throws Exception;
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(Json.write(value));
  }

  private static void page(Context ctx, String name) {
    ctx.contentType("text/html; charset=utf-8").result(Pages.get(name));
  }

  private static String openApi() {
    try (InputStream in = WebServer.class.getResourceAsStream("/org/parley/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
