package org.parley.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.actors.ActorNames;
import org.parley.model.Actor;
import org.parley.model.Analysis;
import org.parley.model.Event;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Stance;
import org.parley.util.Nullable;

/** What a new revision of a document adds to its previous one (or to nothing, for a new document). */
final class Diff {
  private Diff() {}

  /**
   * @param prior the latest stored polarity by {@code actor key + "\n" + lower-case issue label}, read
   *     before the write
   */
  static Changes of(@Nullable Analysis old, Analysis now, Map<String, String> prior) {
    Set<String> oldQuotes = new HashSet<>();
    Set<String> oldEvents = new HashSet<>();
    if (old != null) {
      old.quotes().forEach(q -> oldQuotes.add(quoteKey(old, q)));
      old.events().forEach(e -> oldEvents.add(eventKey(e)));
    }
    List<Changes.QuoteLine> quotes = new ArrayList<>();
    for (Quote q : now.quotes()) {
      if (q.kind() != QuoteKind.TERM && oldQuotes.add(quoteKey(now, q))) {
        quotes.add(new Changes.QuoteLine(speakerName(now, q.speaker()), q.kind().json(), q.text()));
      }
    }
    List<Changes.EventLine> events = new ArrayList<>();
    for (Event e : now.events()) {
      if (oldEvents.add(eventKey(e))) {
        events.add(new Changes.EventLine(e.type(), e.mode(), names(now, e.source()), names(now, e.target()),
            e.text()));
      }
    }
    Map<String, Stance> latest = new LinkedHashMap<>();
    for (Stance s : now.stances()) {
      Actor a = now.actor(s.actor());
      if (a != null) {
        latest.put(ActorNames.key(a) + "\n" + Store.issueKey(now, s.issue()), s);
      }
    }
    List<Changes.StanceChange> stances = new ArrayList<>();
    latest.forEach((key, s) -> {
      String before = prior.get(key);
      if (!s.polarity().equals(before)) {
        stances.add(new Changes.StanceChange(now.actor(s.actor()).name(), Store.issueLabel(now, s.issue()), before,
            s.polarity()));
      }
    });
    return new Changes(quotes, events, stances);
  }

  private static String quoteKey(Analysis a, Quote q) {
    String speaker = speakerName(a, q.speaker());
    return (speaker == null ? "" : speaker.toLowerCase(Locale.ROOT)) + "\n" + normalize(q.text());
  }

  private static String eventKey(Event e) {
    return e.type() + "\n" + e.mode() + "\n" + normalize(e.text());
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static @Nullable String speakerName(Analysis a, @Nullable String id) {
    if (id == null) {
      return null;
    }
    Actor actor = a.actor(id);
    return actor == null ? id : actor.name();
  }

  private static List<String> names(Analysis a, List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      out.add(speakerName(a, id));
    }
    return out;
  }
}
