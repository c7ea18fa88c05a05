package org.parley.quotes;

import org.parley.model.Sentence;
import org.parley.util.Nullable;

/**
 * A speech frame in one sentence: the cue word, who speaks (an actor id, or null when it could not be resolved),
 * and the tokens of the reported content, first to last ({@code contentFirst} -1 when there is none).
 */
record Frame(Sentence sentence, int cue, String cueClass, @Nullable String speaker, int speakerToken,
    int contentFirst, int contentLast) {
  String cueWord() {
    return sentence.tokens().get(cue).word();
  }
}
