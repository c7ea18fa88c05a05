package org.parley.quotes;

import java.util.List;
import java.util.function.Function;
import org.parley.actors.ActorIndex;
import org.parley.model.ActorKind;
import org.parley.model.AnnotatedDocument;
import org.parley.model.Dependency;
import org.parley.model.Sentence;
import org.parley.text.QuoteMarks;
import org.parley.util.Nullable;

/**
 * Who speaks a quote that stands alone, with no tag in its sentence: the person the sentences just before it are
 * about. News writing names the speaker once and lets the quotation follow ("Mayor X visited the district. She met
 * families. / "We will rebuild every house.""), sometimes across a sentence about the same person or across the
 * paragraph break that sets the quotation apart.
 */
final class Continuation {
  /** How many sentences back a standalone quote looks for its speaker. */
  private static final int REACH = 3;

  private final AnnotatedDocument doc;
  private final String text;
  private final Function<Sentence, List<Frame>> framesOf;
  private final Frames frames;
  private final ActorIndex actors;

  Continuation(AnnotatedDocument doc, String text, Function<Sentence, List<Frame>> framesOf, Frames frames,
      ActorIndex actors) {
    this.doc = doc;
    this.text = text;
    this.framesOf = framesOf;
    this.frames = frames;
    this.actors = actors;
  }

  /**
   * The speaker of a quote that is a whole sentence of its own: the last one who spoke, or the person who is the
   * subject, in the sentences before it in its paragraph; or, for a quote that opens its paragraph, in the last
   * sentences of the paragraph before. Null when those sentences name nobody who could speak.
   */
  @Nullable String speakerBefore(Sentence s, QuoteMarks.Marked m, @Nullable String lastSpeaker) {
    if (!standsAlone(s, m)) {
      return null;
    }
    boolean opensParagraph = s.index() == 0 || paragraphBreak(doc.sentences().get(s.index() - 1), s);
    boolean crossed = false;
    for (int k = s.index() - 1; k >= 0 && k >= s.index() - REACH; k--) {
      Sentence prior = doc.sentences().get(k);
      if (paragraphBreak(prior, doc.sentences().get(k + 1))) {
        if (crossed || !opensParagraph || k + 1 != s.index()) {
          return null;
        }
        crossed = true;
      }
      String who = spokeIn(prior, lastSpeaker);
      if (who != null) {
        return who;
      }
    }
    return null;
  }

  /**
   * The speaker of a sentence-like quote that a colon introduces at the end of a sentence about a person with no cue
   * of its own ('Councillor X saw a merger as the only way: "I think ..."'): the person the sentence's subject
   * names. Null when the quote does not follow a colon and run to the sentence's end, or the subject is no person
   * ('The sign read: "..."', 'Police found a note: "..."').
   */
  @Nullable String speakerBeforeColon(Sentence s, QuoteMarks.Marked m, @Nullable String lastSpeaker) {
    if (s.begin() > m.outer().begin()
        || !text.substring(s.begin(), m.outer().begin()).stripTrailing().endsWith(":") || !runsToEnd(s, m)) {
      return null;
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() >= 0 && d.relation().equals("nsubj") && s.relation(d.governor()).equals("root")
          && s.tokens().get(d.governor()).begin() < m.outer().begin()
          && s.tokens().get(d.dependent()).begin() < m.outer().begin()) {
        return person(s, d.dependent(), lastSpeaker);
      }
    }
    return null;
  }

  /** The quote opens its sentence and runs to its end: '"We will rebuild."', not '"Hamlet" opened last night.' */
  private boolean standsAlone(Sentence s, QuoteMarks.Marked m) {
    return text.substring(s.begin(), m.outer().begin()).isBlank() && runsToEnd(s, m);
  }

  /** Only punctuation follows the quote in its sentence. */
  private boolean runsToEnd(Sentence s, QuoteMarks.Marked m) {
    int end = Math.min(s.end(), text.length());
    return m.outer().end() >= end || text.substring(m.outer().end(), end).matches("[\\s.!?,;:]*");
  }

  private boolean paragraphBreak(Sentence before, Sentence after) {
    return before.end() <= after.begin() && text.substring(before.end(), after.begin()).contains("\n");
  }

  /** Who speaks, or is the person the sentence is about: its last speaking frame, else its subject if a person. */
  private @Nullable String spokeIn(Sentence prior, @Nullable String lastSpeaker) {
    Frame last = null;
    for (Frame f : framesOf.apply(prior)) {
      if (f.speaker() != null && (last == null || f.cue() > last.cue())) {
        last = f;
      }
    }
    if (last != null) {
      return last.speaker();
    }
    for (Dependency d : prior.dependencies()) {
      if (d.governor() >= 0 && d.relation().equals("nsubj") && prior.relation(d.governor()).equals("root")) {
        return person(prior, d.dependent(), lastSpeaker);
      }
    }
    return null;
  }

  /** The person a subject names, by name or by personal pronoun; null for anything else. */
  private @Nullable String person(Sentence s, int token, @Nullable String lastSpeaker) {
    ActorIndex.Entry named = actors.at(s.tokens().get(token).begin());
    if (named != null) {
      return named.kind() == ActorKind.PERSON ? named.id() : null;
    }
    String w = s.tokens().get(token).word().toLowerCase(java.util.Locale.ROOT);
    if (!(w.equals("he") || w.equals("she"))) {
      return null;
    }
    String id = frames.resolve(s, token, lastSpeaker);
    ActorIndex.Entry e = id == null ? null : actors.get(id);
    return e != null && e.kind() == ActorKind.PERSON ? id : null;
  }
}
