package org.parley.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.store.Store;
import org.parley.store.StoreException;
import org.parley.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve}: the web UI and JSON API over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the web UI and the JSON API (/api/) over the store, on 127.0.0.1 unless --host.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Store.DEFAULT_PATH;

  @Option(names = "--port", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "The address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, was " + port);
    }
    try (Store store = Store.openExisting(db)) {
      Javalin app = WebServer.create(store);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        stopped.countDown();
      }));
      app.start(host, port);
      System.err.println("parley: serving " + db + " on http://" + host + ":" + app.port() + "/ (Ctrl-C stops)");
      stopped.await();
      return 0;
    } catch (StoreException e) {
      System.err.println("parley: " + e.getMessage());
      return e.badInput() ? 2 : 1;
    }
  }
}
