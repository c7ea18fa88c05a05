package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import org.parley.render.HtmlBriefing;
import org.parley.render.JsonContract;
import org.parley.render.MarkdownBriefing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley brief}: one briefing (Markdown, JSON contract or HTML) per document. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Reads news documents and prints a briefing for each: who took part, who said what, when.")
final class BriefCommand implements Callable<Integer> {
  enum Format { md, json, html }

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "A text or HTML file, an http(s) URL, '-' for stdin, or a .jsonl file of {id, date, title, text, url}.")
  List<String> inputs;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose source gives none (relative dates resolve against it).")
  LocalDate date;

  @Option(names = "--format", defaultValue = "md", description = "md (default), json or html.")
  Format format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document, <id>.<md|json|html>, here.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintStream err = System.err;
    PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    Documents docs = Documents.read(inputs, date, err);
    if (docs.ok.isEmpty()) {
      return 2;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    Pipeline pipeline = new Pipeline(Models.annotator(err));
    int analysisFailures = 0;
    int n = 0;
    for (Loaded.Ok doc : docs.ok) {
      n++;
      long t0 = System.nanoTime();
      Analysis analysis;
      try {
        analysis = pipeline.analyze(doc.document(), doc.issues());
      } catch (RuntimeException e) {
        err.println("parley: " + doc.document().id() + ": analysis failed: " + e);
        analysisFailures++;
        continue;
      }
      String rendered = render(analysis);
      if (out != null) {
        Path file = out.resolve(fileName(doc.document().id()) + "." + format.name());
        Files.writeString(file, rendered, StandardCharsets.UTF_8);
        err.printf("parley: [%d/%d] %s -> %s (%.1f s)%n", n, docs.ok.size(), doc.document().id(), file,
            (System.nanoTime() - t0) / 1e9);
      } else {
        stdout.print(rendered);
        if (!rendered.endsWith("\n")) {
          stdout.println();
        }
      }
    }
    stdout.flush();
    if (docs.failed > 0) {
      return 2;
    }
    return analysisFailures > 0 ? 1 : 0;
  }

  private String render(Analysis a) {
    return switch (format) {
      case json -> JsonContract.write(a);
      case html -> HtmlBriefing.write(a);
      case md -> MarkdownBriefing.write(a);
    };
  }

  /** Every character of the id outside {@code [A-Za-z0-9._-]} becomes {@code _}. */
  static String fileName(String id) {
    String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" + s : s;
  }
}
