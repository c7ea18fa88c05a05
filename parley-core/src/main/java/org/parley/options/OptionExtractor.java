package org.parley.options;

import java.util.List;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Option;
import org.parley.pipeline.Issues;

/** Which options are on the table: enumerated options with their estimative likelihood (ICD-203 bands). */
public final class OptionExtractor {
  public static final String NAME = "options";

  public String name() {
    return NAME;
  }

  public List<Option> extract(AnnotatedDocument doc, Issues issues) {
    return List.of(); // found in issue #5
  }
}
