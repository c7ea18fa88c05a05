package org.parley.events;

/**
 * The mode of a coded event and where it came from.
 *
 * @param value asserted, future, hypothetical, negated, or hedged (alleged: not coded)
 * @param committed the source states it will do it ("will", "would" in reported speech, "plans to", "ready to"):
 *     such an event is also a statement of intent (AGREE or THREATEN, see types.tsv)
 * @param governed the mode comes from an event that governs this one ("agreed to meet", "threatened to ban"):
 *     that event already codes the statement, so no statement of intent is added
 */
record Mode(String value, boolean committed, boolean governed) {
  static final String ASSERTED = "asserted";
  static final String FUTURE = "future";
  static final String HYPOTHETICAL = "hypothetical";
  static final String NEGATED = "negated";
  static final String HEDGED = "hedged";

  static Mode asserted() {
    return new Mode(ASSERTED, false, false);
  }

  boolean is(String v) {
    return value.equals(v);
  }
}
