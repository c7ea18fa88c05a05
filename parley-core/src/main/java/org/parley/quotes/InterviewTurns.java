package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.actors.ActorIndex;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.util.Nullable;

/**
 * Interview transcripts that mark each turn with its speaker in double brackets ("((WN)) What would you change?"
 * then "((Ana Ruiz)) I would start with the buses."): a turn's words, up to the next marker, are its speaker's own,
 * a direct quote without marks, when the marker names a person the text names. A marker that names no person (the
 * interviewer's "((WN))") only ends the turn before it.
 */
final class InterviewTurns {
  /** A turn marker: a name in double round brackets, maybe followed by a colon. */
  private static final Pattern MARKER = Pattern.compile("\\(\\(([^()\\n]{2,60})\\)\\)[ \\t]*:?");

  private InterviewTurns() {}

  /** The answers of the named people in {@code text}, in text order; none where the text has no markers. */
  static List<Quote> answers(String text, ActorIndex actors) {
    List<Quote> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    List<int[]> marks = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      marks.add(new int[] {m.start(), m.end()});
      names.add(m.group(1).strip());
    }
    for (int i = 0; i < marks.size(); i++) {
      ActorIndex.Entry speaker = person(actors, names.get(i));
      int b = marks.get(i)[1];
      int e = i + 1 < marks.size() ? marks.get(i + 1)[0] : text.length();
      while (b < e && Character.isWhitespace(text.charAt(b))) {
        b++;
      }
      while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (speaker != null && e > b) {
        out.add(new Quote(b, e, text.substring(b, e), QuoteKind.DIRECT, speaker.id(), null));
      }
    }
    return out;
  }

  /** The person whose name, or one of whose mentions, the marker's words are; null if none. */
  private static ActorIndex.@Nullable Entry person(ActorIndex actors, String words) {
    ActorIndex.Entry named = actors.withName(words, ActorKind.PERSON);
    if (named != null) {
      return named;
    }
    for (ActorIndex.Entry e : actors.entries()) {
      if (e.kind() != ActorKind.PERSON) {
        continue;
      }
      for (Mention mention : e.mentions()) {
        if (mention.text().equalsIgnoreCase(words)) {
          return e;
        }
      }
    }
    return null;
  }
}
