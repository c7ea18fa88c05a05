package org.parley.ingest;

import java.util.List;
import java.util.Objects;
import org.parley.model.DataIssue;
import org.parley.model.Document;

/** Result of reading one input item: a document with what needed a guess, or why it failed. */
public sealed interface Loaded permits Loaded.Ok, Loaded.Failed {
  /** A document that was read, with the issues met while reading it. */
  record Ok(Document document, List<DataIssue> issues) implements Loaded {
    public Ok {
      Objects.requireNonNull(document, "document");
      issues = List.copyOf(issues);
    }
  }

  /**
   * An input that could not be read.
   *
   * @param input the input as given (a path, URL, "-", or {@code path#line} for a JSONL record)
   * @param message one line for stderr naming the input and what is wrong with it
   */
  record Failed(String input, String message) implements Loaded {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(message, "message");
      message = message.replaceAll("[\\r\\n]+", " ").strip();
    }
  }
}
