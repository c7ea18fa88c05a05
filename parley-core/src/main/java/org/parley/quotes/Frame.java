package org.parley.quotes;

import org.parley.model.Sentence;
import org.parley.util.Nullable;

/**
 * A speech frame in one sentence: the cue word, who speaks (an actor id, or null when it could not be resolved),
 * and the tokens of the reported content, first to last ({@code contentFirst} -1 when there is none). A speaker
 * {@code described} only by a common noun no lexicon lists ("the study found", "the ferry captain told") speaks what
 * the frame reports, but is no speaker for quotations near it, which keep the speaker the text named.
 */
record Frame(Sentence sentence, int cue, String cueClass, @Nullable String speaker, int speakerToken,
    int contentFirst, int contentLast, boolean described) {
  String cueWord() {
    return sentence.tokens().get(cue).word();
  }

  /** The frame as quotations see it: a described speaker is none. */
  Frame forQuotes() {
    return described ? new Frame(sentence, cue, cueClass, null, -1, contentFirst, contentLast, false) : this;
  }
}
