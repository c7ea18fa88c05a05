package org.parley.stance;

/**
 * Turns a short phrase into a sentence-embedding vector, so that issues named in different words ("halting the
 * fighting", "a truce") can be found to be one. Implementations live outside parley-core, which has no model
 * runtime; they must be thread-safe and return unit-length vectors of one dimension.
 */
@FunctionalInterface
public interface PhraseEmbedder {
  float[] embed(String phrase);
}
