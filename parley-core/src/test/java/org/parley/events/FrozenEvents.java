package org.parley.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.pipeline.AnnotationJson;
import org.parley.pipeline.Pipeline;

/**
 * What the event tests read: the analysis of one frozen sentence of {@code src/test/resources/events/sentences.jsonl}
 * (no models), and the events and actors in it.
 */
final class FrozenEvents {
  private FrozenEvents() {}

  /** The analysis of the frozen record {@code name}. */
  static Analysis analysis(String name) {
    Path file = Path.of("src/test/resources/events/annotated/" + name + ".annotated.json");
    try {
      return Pipeline.extract(AnnotationJson.read(Files.readString(file, StandardCharsets.UTF_8)), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PLOVER types of the events, in order. */
  static List<String> types(Analysis a) {
    return a.events().stream().map(Event::type).collect(Collectors.toList());
  }

  /** The one event of the type; fails when there is not exactly one. */
  static Event only(Analysis a, String type) {
    List<Event> found = a.events().stream().filter(e -> e.type().equals(type)).collect(Collectors.toList());
    assertThat(found).as("%s events among %s", type, a.events()).hasSize(1);
    return found.get(0);
  }

  /** The actor with the id, or null. */
  static Actor actor(Analysis a, String id) {
    return a.actors().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
  }

  /** The names of the actors with the ids. */
  static List<String> names(Analysis a, List<String> ids) {
    return ids.stream().map(id -> actor(a, id).name()).collect(Collectors.toList());
  }
}
