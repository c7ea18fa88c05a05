package org.parley.options;

import org.parley.util.Nullable;

/** An option as read, before its set is ranked: which set, its label, its likelihood phrase and its span. */
record Draft(String set, String label, Likelihood.@Nullable Cue cue, int begin, int end) {}
