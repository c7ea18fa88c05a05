package org.parley.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ingest.Loaded;
import org.parley.pipeline.AnnotationJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley annotate}: the frozen annotation of documents, for extractor tests that run without models. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Writes the CoreNLP annotation of each document as <id>.annotated.json (for tests).")
final class AnnotateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  LocalDate date;

  @Option(names = "--out", paramLabel = "DIR", required = true)
  Path out;

  @Override
  public Integer call() throws Exception {
    Documents docs = Documents.read(inputs, date, System.err);
    Files.createDirectories(out);
    for (Loaded.Ok doc : docs.ok) {
      String json = AnnotationJson.write(Models.annotator(System.err).annotate(doc.document()));
      Files.writeString(out.resolve(BriefCommand.fileName(doc.document().id()) + ".annotated.json"), json,
          StandardCharsets.UTF_8);
    }
    return docs.failed > 0 ? 2 : 0;
  }
}
