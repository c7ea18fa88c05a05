package org.parley.model;

import java.util.ArrayList;
import java.util.List;

/** A sentence with its tokens and dependency edges (token indices local to the sentence). */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** The head of the given token, or -1 for the root or an unattached token. */
  public int head(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d.governor();
      }
    }
    return -1;
  }

  public String relation(int token) {
    for (Dependency d : dependencies) {
      if (d.dependent() == token) {
        return d.relation();
      }
    }
    return "";
  }

  public List<Dependency> children(int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == token) {
        out.add(d);
      }
    }
    return out;
  }

  public Span span() {
    return new Span(begin, end);
  }
}
