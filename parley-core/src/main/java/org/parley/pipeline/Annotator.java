package org.parley.pipeline;

import org.parley.model.AnnotatedDocument;
import org.parley.model.Document;

/** Linguistic annotation of a cleaned document; implementations must be thread-safe. */
public interface Annotator {
  String name();

  AnnotatedDocument annotate(Document document);
}
