package org.parley.time;

/** Which way a time expression points: the tense of the verb that governs it ({@link TenseReader}). */
enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN
}
