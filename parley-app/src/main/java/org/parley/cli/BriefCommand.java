package org.parley.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.embed.MiniLmEmbedder;
import org.parley.ingest.Loaded;
import org.parley.model.Analysis;
import org.parley.pipeline.Pipeline;
import org.parley.render.HtmlBriefing;
import org.parley.render.JsonContract;
import org.parley.render.MarkdownBriefing;
import org.parley.stance.IssueMerger;
import org.parley.stance.PositionHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley brief}: one briefing (Markdown, JSON contract or HTML) per document. Documents given together are
 * briefed together: their issues are merged across documents and changes of position are flagged, in each
 * document's briefing and, in Markdown, in a closing section across the documents.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Reads news documents and prints a briefing for each: who took part, who said what, when; "
        + "several documents are briefed together, with shared issues merged and changes of position flagged.")
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

  @Option(names = "--out", paramLabel = "DIR", description = "Write one file per document, <id>.<md|json|html>, here "
      + "(and, in Markdown with several documents, across.md).")
  Path out;

  @Option(names = "--lexical-issues",
      description = "Merge issues by synonyms and lemmas only, without the sentence-embedding model.")
  boolean lexicalIssues;

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
    IssueMerger merger = lexicalIssues ? IssueMerger.lexical() : MiniLmEmbedder.merger();
    Pipeline pipeline = new Pipeline(Models.annotator(err), merger);
    int analysisFailures = 0;
    int n = 0;
    List<Analysis> analyses = new ArrayList<>();
    for (Loaded.Ok doc : docs.ok) {
      n++;
      long t0 = System.nanoTime();
      try {
        analyses.add(pipeline.analyze(doc.document(), doc.issues()));
      } catch (RuntimeException e) {
        err.println("parley: " + doc.document().id() + ": analysis failed: " + e);
        analysisFailures++;
        continue;
      }
      if (out != null) {
        err.printf("parley: [%d/%d] %s analysed (%.1f s)%n", n, docs.ok.size(), doc.document().id(),
            (System.nanoTime() - t0) / 1e9);
      }
    }
    PositionHistory history = PositionHistory.of(analyses, merger);
    for (int k = 0; k < analyses.size(); k++) {
      String id = analyses.get(k).document().id();
      write(render(history, k), out == null ? null : out.resolve(fileName(id) + "." + format.name()), stdout, err);
    }
    if (format == Format.md && analyses.size() > 1) {
      write(MarkdownBriefing.across(history), out == null ? null : out.resolve("across.md"), stdout, err);
    }
    stdout.flush();
    if (docs.failed > 0) {
      return 2;
    }
    return analysisFailures > 0 ? 1 : 0;
  }

  private static void write(String rendered, Path file, PrintStream stdout, PrintStream err) throws IOException {
    if (file != null) {
      Files.writeString(file, rendered, StandardCharsets.UTF_8);
      err.println("parley: wrote " + file);
    } else {
      stdout.print(rendered);
      if (!rendered.endsWith("\n")) {
        stdout.println();
      }
    }
  }

  private String render(PositionHistory history, int k) {
    return switch (format) {
      case json -> JsonContract.write(history, k);
      case html -> HtmlBriefing.write(history.documents().get(k));
      case md -> MarkdownBriefing.write(history, k);
    };
  }

  /** Every character of the id outside {@code [A-Za-z0-9._-]} becomes {@code _}. */
  static String fileName(String id) {
    String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return s.isEmpty() || s.equals(".") || s.equals("..") ? "_" + s : s;
  }
}
