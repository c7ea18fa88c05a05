package org.parley.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Sentence;
import org.parley.model.TimeValue;
import org.parley.model.Token;
import org.parley.pipeline.Issues;

/**
 * Time expressions as the annotator normalised them (CoreNLP's SUTime, anchored at the document date): runs of
 * tokens tagged DATE, TIME, DURATION or SET with one normalised TIMEX3 value. The first version of the time
 * extractor; anchoring to live posts and quotes comes with the time issue.
 */
public final class TimeExtractor {
  public static final String NAME = "times";
  private static final Set<String> TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  public String name() {
    return NAME;
  }

  public List<TimeValue> extract(AnnotatedDocument doc, Issues issues) {
    List<TimeValue> out = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      List<Token> t = s.tokens();
      int i = 0;
      while (i < t.size()) {
        Token first = t.get(i);
        if (!TYPES.contains(first.ner()) || first.normalized() == null) {
          i++;
          continue;
        }
        int j = i;
        while (j + 1 < t.size() && t.get(j + 1).ner().equals(first.ner())
            && Objects.equals(t.get(j + 1).normalized(), first.normalized())) {
          j++;
        }
        int b = first.begin();
        int e = t.get(j).end();
        out.add(new TimeValue(b, e, text.substring(b, e), first.normalized(), first.ner()));
        i = j + 1;
      }
    }
    return out;
  }
}
