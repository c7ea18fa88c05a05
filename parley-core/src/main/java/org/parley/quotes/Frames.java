package org.parley.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.actors.ActorIndex;
import org.parley.lexicon.Gazetteer;
import org.parley.model.ActorKind;
import org.parley.model.Dependency;
import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;
import org.parley.util.Nullable;

/**
 * Finds the speech frames of a sentence from its dependency structure: a cue verb or noun with its subject
 * ("X said"), passive agent ("hailed by X"), the subject it shares with the verb it hangs on ("..., saying"),
 * the owner of a speech noun ("X's comments") or "according to X"; and resolves the speaker to an actor.
 */
final class Frames {
  private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis", "csubj");

  private final Cues cues;
  private final Gazetteer lex;
  private final ActorIndex actors;
  private final String text;

  Frames(Cues cues, Gazetteer lex, ActorIndex actors, String text) {
    this.text = text;
    this.cues = cues;
    this.lex = lex;
    this.actors = actors;
  }

  /** Frames of the sentence whose cue lies outside the quoted spans; {@code lastSpeaker} helps pronouns. */
  List<Frame> find(Sentence s, List<Span> quoted, @Nullable String lastSpeaker) {
    List<Frame> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (Token tok : t) {
      if (insideAny(quoted, tok.begin())) {
        continue;
      }
      if (tok.word().equalsIgnoreCase("according") && s.relation(tok.index()).equals("case")) {
        int who = s.head(tok.index());
        if (who >= 0) {
          int clause = s.head(who);
          String speaker = resolve(s, who, lastSpeaker);
          out.add(new Frame(s, tok.index(), "speech", speaker, who, clause));
        }
        continue;
      }
      String cls = cues.classOf(tok);
      if (cls == null) {
        continue;
      }
      int speakerToken = tok.isPos("NN") ? owner(s, tok.index()) : subject(s, tok.index(), 0);
      if (speakerToken < 0 || insideAny(quoted, t.get(speakerToken).begin())) {
        out.add(new Frame(s, tok.index(), cls, null, -1, content(s, tok.index())));
        continue;
      }
      String speaker = resolve(s, speakerToken, lastSpeaker);
      out.add(new Frame(s, tok.index(), cls, speaker, speakerToken, content(s, tok.index())));
    }
    return out;
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span sp : spans) {
      if (sp.begin() <= offset && offset < sp.end()) {
        return true;
      }
    }
    return false;
  }

  /** The token that says who speaks for a cue verb, climbing through "saying", conjuncts and xcomps. */
  private static int subject(Sentence s, int verb, int depth) {
    int agent = -1;
    boolean passive = false;
    for (Dependency d : s.children(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:xsubj")) {
        return d.dependent();
      }
      if (r.equals("nsubj:pass") || r.equals("aux:pass")) {
        passive = true;
      }
      if ((r.equals("obl") || r.startsWith("obl:") || r.equals("nmod:agent")) && hasCase(s, d.dependent(), "by")) {
        agent = d.dependent();
      }
    }
    if (agent >= 0 && (passive || s.tokens().get(verb).pos().equals("VBN"))) {
      return agent;
    }
    if (depth >= 3) {
      return -1;
    }
    String rel = s.relation(verb);
    int head = s.head(verb);
    if (head >= 0 && (rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("dep")
        || (rel.equals("acl") && s.tokens().get(verb).pos().equals("VBG")))) {
      if (rel.equals("acl")) {
        return -1;
      }
      if (rel.equals("advcl") && !s.tokens().get(verb).pos().equals("VBG")) {
        return -1;
      }
      return subject(s, head, depth + 1);
    }
    return -1;
  }

  /** For a speech noun: its possessor ("Merz's comments") or the subject of the verb it is the object of. */
  private static int owner(Sentence s, int noun) {
    for (Dependency d : s.children(noun)) {
      if (d.relation().equals("nmod:poss")) {
        return d.dependent();
      }
    }
    int head = s.head(noun);
    if (head >= 0 && s.relation(noun).equals("obj") && s.tokens().get(head).isPos("VB")) {
      return subject(s, head, 0);
    }
    return -1;
  }

  private static boolean hasCase(Sentence s, int token, String word) {
    for (Dependency d : s.children(token)) {
      if (d.relation().equals("case") && s.tokens().get(d.dependent()).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  /** The head of the reported clause under a cue, or -1. */
  private static int content(Sentence s, int cue) {
    for (Dependency d : s.children(cue)) {
      if (CONTENT_RELATIONS.contains(d.relation())) {
        return d.dependent();
      }
    }
    // "..., Trump said." parsed with the report as the root and the cue as parataxis
    String rel = s.relation(cue);
    if (rel.equals("parataxis") && s.head(cue) >= 0) {
      return s.head(cue);
    }
    return -1;
  }

  /** The actor id for the speaker token: a named actor, a pronoun, a description or a group; null if none. */
  @Nullable String resolve(Sentence s, int token, @Nullable String lastSpeaker) {
    Token t = s.tokens().get(token);
    ActorIndex.Entry e = actors.at(t.begin());
    if (e != null) {
      return e.id();
    }
    String gender = lex.pronounGender(t.word());
    if (gender != null && t.isPos("PRP")) {
      if (gender.equals("n") || t.word().equalsIgnoreCase("they") || t.word().equalsIgnoreCase("we")) {
        ActorIndex.Entry last = lastSpeaker == null ? null : actors.get(lastSpeaker);
        if (last != null && last.kind() != ActorKind.PERSON) {
          actors.addMention(last, mention(t));
          return last.id();
        }
        return null;
      }
      ActorIndex.Entry p = actors.recentPerson(t.begin(), gender, lastSpeaker, null);
      if (p != null) {
        actors.addMention(p, mention(t));
        return p.id();
      }
      return null;
    }
    Span np = phrase(s, token);
    String head = t.word().toLowerCase(Locale.ROOT);
    if ("GROUP".equals(lex.personWord(head)) || (t.pos().equals("NNS") && lex.isTitleWord(singular(head)))) {
      String words = npText(s, np);
      return actors.group(words, new Mention(np.begin(), np.end(), words)).id();
    }
    if (lex.isTitleWord(head)) {
      // "the president said": the most recent person, the previous speaker first
      ActorIndex.Entry p = actors.recentPerson(t.begin(), null, lastSpeaker, null);
      if (p != null) {
        actors.addMention(p, new Mention(np.begin(), np.end(), npText(s, np)));
        return p.id();
      }
    }
    if (t.pos().startsWith("NNP")) {
      // a name the entity tagger missed: a new actor for it
      String words = npText(s, np);
      ActorIndex.Entry created = actors.create(words, words.contains(" ") ? ActorKind.PERSON : ActorKind.ORGANIZATION);
      actors.addMention(created, new Mention(np.begin(), np.end(), words));
      return created.id();
    }
    return null;
  }

  private static String singular(String w) {
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }

  /** The noun phrase around a head token: its compounds, adjectives, names and possessors, without determiners. */
  private static Span phrase(Sentence s, int head) {
    Set<Integer> keep = new HashSet<>();
    keep.add(head);
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (r.equals("compound") || r.equals("amod") || r.equals("flat") || r.equals("nmod:poss")
          || r.equals("nummod")) {
        keep.add(d.dependent());
        for (Dependency d2 : s.children(d.dependent())) {
          if (d2.relation().equals("compound") || d2.relation().equals("flat")) {
            keep.add(d2.dependent());
          }
        }
      }
    }
    int first = keep.stream().min(Integer::compare).orElse(head);
    int last = keep.stream().max(Integer::compare).orElse(head);
    return new Span(s.tokens().get(first).begin(), s.tokens().get(last).end());
  }

  private String npText(Sentence s, Span np) {
    return text.substring(np.begin(), np.end());
  }

  private static Mention mention(Token t) {
    return new Mention(t.begin(), t.end(), t.word());
  }
}
