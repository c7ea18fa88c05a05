package org.parley.model;

/**
 * A basic (enhanced++ where available) Universal Dependencies edge between two tokens of a sentence.
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {}
