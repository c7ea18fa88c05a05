package org.parley.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Analysis;
import org.parley.model.DataIssue;
import org.parley.model.Document;
import org.parley.model.Event;
import org.parley.model.Issue;
import org.parley.model.Mention;
import org.parley.model.Option;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Stance;
import org.parley.model.TimeValue;
import org.parley.pipeline.Provenance;

/**
 * A deterministic stand-in for Parley's pipeline, so store tests need no models. From the text it finds:
 * persons (two capitalised words, with the title before them as role and country RUR), the one-word
 * "Zelensky" too; direct quotes in straight double quotes, spoken by the first person named after them on
 * the same line; a CONSULT event for each sentence "A met B"; a stance for "A supports|opposes the
 * ceasefire"; a year as a DATE; an option for "likely".
 */
public final class FakeAnalyzer implements Analyzer {
  private static final Pattern NAME = Pattern.compile("\\b(?:(President|Minister|General) )?([A-Z][a-z]+ [A-Z][a-z]+|Zelensky)\\b");
  private static final Pattern QUOTE = Pattern.compile("\"([^\"\\n]+)\"");
  private static final Pattern MET = Pattern.compile("([A-Z][a-z]+ [A-Z][a-z]+) met ([A-Z][a-z]+ [A-Z][a-z]+)[^.]*\\.");
  private static final Pattern STANCE = Pattern.compile("([A-Z][a-z]+ [A-Z][a-z]+|Zelensky) (supports|opposes) the ceasefire");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
  private static final List<Provenance> PROVENANCE = List.of(new Provenance("annotator", "fake", "1"),
      new Provenance("quotes", "fake-quotes", "1"));

  private final AtomicInteger calls = new AtomicInteger();
  private final long delayMillis;

  public FakeAnalyzer() {
    this(0);
  }

  /** An analyzer that takes {@code delayMillis} per document, like a real one takes time. */
  public FakeAnalyzer(long delayMillis) {
    this.delayMillis = delayMillis;
  }

  /** How many documents it analysed. */
  public int calls() {
    return calls.get();
  }

  @Override
  public List<Provenance> provenance() {
    return PROVENANCE;
  }

  @Override
  public Analysis analyze(Document d, List<DataIssue> ingestIssues) {
    calls.incrementAndGet();
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    String text = d.text();
    if (text.contains("EXPLODE")) {
      throw new IllegalStateException("the fake analyzer fails on EXPLODE");
    }
    Map<String, List<Mention>> mentions = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      mentions.computeIfAbsent(m.group(2), k -> new ArrayList<>()).add(new Mention(m.start(2), m.end(2), m.group(2)));
      if (m.group(1) != null) {
        roles.putIfAbsent(m.group(2), m.group(1));
      }
    }
    List<Actor> actors = new ArrayList<>();
    mentions.forEach((name, ms) -> actors.add(new Actor(id(name), name, ActorKind.PERSON, "RUR", null,
        roles.get(name), ms)));
    List<Quote> quotes = new ArrayList<>();
    Matcher q = QUOTE.matcher(text);
    while (q.find()) {
      int lineEnd = text.indexOf('\n', q.end());
      String rest = text.substring(q.end(), lineEnd < 0 ? text.length() : lineEnd);
      Matcher speaker = NAME.matcher(rest);
      quotes.add(new Quote(q.start(1), q.end(1), q.group(1), QuoteKind.DIRECT,
          speaker.find() ? id(speaker.group(2)) : null, "said"));
    }
    List<Event> events = new ArrayList<>();
    Matcher e = MET.matcher(text);
    while (e.find()) {
      events.add(new Event("CONSULT", "040", List.of(id(e.group(1))), List.of(id(e.group(2))), "asserted",
          d.published() == null ? null : d.published().toString(), e.start(), e.end(), e.group()));
    }
    List<Issue> issues = new ArrayList<>();
    List<Stance> stances = new ArrayList<>();
    Matcher s = STANCE.matcher(text);
    while (s.find()) {
      if (issues.isEmpty()) {
        issues.add(new Issue("ceasefire", "a ceasefire first", "ceasefire first"));
      }
      stances.add(new Stance(id(s.group(1)), "ceasefire", s.group(2).equals("supports") ? "support" : "oppose",
          d.published() == null ? null : d.published().toString(), s.start(), s.end(), s.group()));
    }
    List<TimeValue> times = new ArrayList<>();
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      times.add(new TimeValue(y.start(), y.end(), y.group(), y.group(), "DATE"));
    }
    List<Option> options = text.contains("likely")
        ? List.of(new Option("outcome", "a deal", "likely", 0.55, 0.8, 1), new Option("outcome", "no deal", null,
            null, null, null))
        : List.of();
    return new Analysis(d, actors, quotes, events, issues, stances, options, times, ingestIssues);
  }

  static String id(String name) {
    return name.toLowerCase(Locale.ROOT).replace(' ', '-');
  }
}
