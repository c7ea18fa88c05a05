package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import org.parley.util.Nullable;

/**
 * Collects what went wrong with one document's data, in a capped list, so that processing goes on.
 * One instance per document; not thread-safe.
 */
public final class Issues {
  public static final int MAX = 500;

  private final List<DataIssue> list = new ArrayList<>();
  private int dropped;

  public void add(String code, String message, @Nullable Span span) {
    if (list.size() < MAX) {
      list.add(new DataIssue(code, message, span));
    } else {
      dropped++;
    }
  }

  public void addAll(List<DataIssue> issues) {
    for (DataIssue i : issues) {
      add(i.code(), i.message(), i.span());
    }
  }

  public List<DataIssue> list() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<DataIssue> out = new ArrayList<>(list);
    out.add(new DataIssue("issues.capped", dropped + " more issues were not recorded", null));
    return List.copyOf(out);
  }
}
