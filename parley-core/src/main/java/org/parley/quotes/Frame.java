package org.parley.quotes;

import org.parley.model.Sentence;
import org.parley.util.Nullable;

/**
 * A speech frame in one sentence: the cue word, who speaks (an actor id, or null when it could not be resolved),
 * and the head of the reported content (a clause), or -1.
 */
record Frame(Sentence sentence, int cue, String cueClass, @Nullable String speaker, int speakerToken, int content) {
  String cueWord() {
    return sentence.tokens().get(cue).word();
  }
}
