package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Analysis;

/** Frozen annotations ({@code parley annotate} output) under {@code src/test/resources}, for tests without models. */
public final class Frozen {
  private Frozen() {}

  /** The frozen annotation at {@code resource}, a path under {@code src/test/resources}. */
  public static AnnotatedDocument annotation(String resource) {
    Path file = Path.of("src/test/resources").resolve(resource);
    try {
      return AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the frozen annotation " + file, e);
    }
  }

  /** What the extractors find in the frozen annotation at {@code resource}. */
  public static Analysis analysis(String resource) {
    return Pipeline.extract(annotation(resource), List.of());
  }
}
