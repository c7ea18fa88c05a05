package org.parley.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parley.ingest.Inputs;
import org.parley.ingest.Loaded;

/** Reads the command line's inputs, reporting each that cannot be read in one line on stderr. */
final class Documents {
  final List<Loaded.Ok> ok = new ArrayList<>();
  int failed;

  static Documents read(List<String> inputs, LocalDate date, PrintStream err) {
    Documents d = new Documents();
    for (String input : inputs) {
      for (Loaded l : Inputs.read(input, date)) {
        if (l instanceof Loaded.Ok o) {
          d.ok.add(o);
        } else if (l instanceof Loaded.Failed f) {
          err.println("parley: " + f.message());
          d.failed++;
        }
      }
    }
    return d;
  }
}
