package org.parley.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parley.util.Nullable;

/** An event coded in one sentence, before its participants are committed to actors and its date is set. */
final class Found {
  final int trigger;
  final Predicates.@Nullable Entry entry;
  String type;
  String cameo;
  List<Ref> source = new ArrayList<>();
  List<Ref> target = new ArrayList<>();
  Mode mode = Mode.asserted();
  /** Tokens the event's words span: predicate, light verb, participants' heads. */
  final Set<Integer> tokens = new TreeSet<>();
  /** The predicate that carries the event's auxiliaries and time: the trigger, or the light verb of an event noun. */
  int host;
  /** A statement derived from another event (an intention, a refusal, an ultimatum): its mode is its own. */
  boolean derived;
  /** A passive that names no agent ("civilians were killed in a bombing"): coded with its target alone. */
  boolean agentless;
  /** A deed a participle credits to its doer ("another attack ascribed to X"): told of even with no target. */
  boolean credited;

  Found(int trigger, Predicates.@Nullable Entry entry, String type, String cameo) {
    this.trigger = trigger;
    this.entry = entry;
    this.type = type;
    this.cameo = cameo;
    this.host = trigger;
    tokens.add(trigger);
  }

  /** A statement derived from this event (an intention, a refusal) with the same participants, asserted. */
  Found derived(String newType, String newCameo) {
    Found f = new Found(trigger, entry, newType, newCameo);
    f.source = new ArrayList<>(source);
    f.target = new ArrayList<>(target);
    f.tokens.addAll(tokens);
    f.host = host;
    f.derived = true;
    return f;
  }

  @Override
  public String toString() {
    return type + "/" + cameo + " " + source + " -> " + target + " " + mode.value();
  }
}
