package org.parley.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.export.JsonlExport;
import org.parley.export.PloverExport;
import org.parley.export.TableExport;
import org.parley.store.Store;
import org.parley.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export}: the store for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Exports the store: plover (PLOVER event JSON lines), jsonl (the JSON contract of every "
        + "document, one a line), csv or parquet (one file per table in the folder --out)."})
final class ExportCommand implements Callable<Integer> {
  enum Format { plover, jsonl, csv, parquet }

  @Option(names = "--format", required = true, description = "plover, jsonl, csv or parquet.")
  Format format;

  @Option(names = "--out", required = true, paramLabel = "PATH",
      description = "The file to write (plover, jsonl; '-' for stdout), or the folder (csv, parquet).")
  Path out;

  @Option(names = "--db", paramLabel = "FILE", description = "The store (default: ${DEFAULT-VALUE}).")
  Path db = Store.DEFAULT_PATH;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    boolean tables = format == Format.csv || format == Format.parquet;
    boolean stdout = out.toString().equals("-");
    if (tables && (stdout || Files.isRegularFile(out))) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format " + format + " writes one file per table: --out must be a folder, was '" + out + "'");
    }
    if (!tables && Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format " + format + " writes one file: --out must be a file or '-', was the folder '" + out + "'");
    }
    try (Store store = Store.openExisting(db)) {
      if (tables) {
        Map<Path, Long> files = TableExport.write(store, out,
            format == Format.csv ? TableExport.Format.CSV : TableExport.Format.PARQUET);
        files.forEach((file, rows) -> err.println("parley: " + file + " (" + rows + " rows)"));
        return 0;
      }
      int n;
      if (stdout) {
        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        n = write(store, w);
        w.flush();
      } else {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          n = write(store, w);
        }
      }
      err.println("parley: " + n + (format == Format.plover ? " events" : " documents") + " written to "
          + (stdout ? "stdout" : out));
      return 0;
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return e.badInput() ? 2 : 1;
    } catch (IOException e) {
      err.println("parley: cannot write " + out + ": " + e.getMessage());
      return 1;
    }
  }

  private int write(Store store, Writer w) throws StoreException, IOException {
    return format == Format.plover ? PloverExport.write(store, w) : JsonlExport.write(store, w);
  }
}
