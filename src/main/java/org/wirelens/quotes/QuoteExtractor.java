package org.wirelens.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirelens.quotes.QuoteInput.Mention;
import org.wirelens.quotes.QuoteInput.Span;
import org.wirelens.quotes.QuoteMarks.Paragraph;
import org.wirelens.quotes.QuoteMarks.Segment;
import org.wirelens.quotes.ReportingCues.Cue;
import org.wirelens.quotes.ReportingCues.Strength;
import org.wirelens.quotes.Tokens.Token;

/**
 * Finds the quotations of one document and who said them, by rules over quotation marks, reporting
 * verbs, sentence and paragraph structure and the document's resolved mentions: no parse, no
 * coreference model.
 *
 * <p>Each sentence (the NLP stage's sentences, joined where a boundary falls inside quotation marks
 * or before "he said" after a closing mark) is read as attributions and the speech between them. An
 * attribution is a reporting verb with its speaker: a noun phrase before it ("Lavrov said", "the
 * minister, 68, said"), after it ("said Lavrov"), or after "according to"; with the listener and
 * adverbials that may follow ("told Reuters on Tuesday that"). Speech before an attribution that
 * follows a comma or closing mark ("...," he said) or after one ("he said the talks failed") is the
 * quotation: direct when it is one span in quotation marks, mixed when it quotes some words,
 * indirect otherwise. Quoted spans no attribution claims are continuations of the previous
 * speaker's quotation when they stand as their own sentence, scare quotes when they are one or two
 * words inside a sentence.
 */
public final class QuoteExtractor {
  /** Quoted words inside a sentence with no attribution: fewer are scare quotes or terms. */
  static final int MIN_FRAGMENT_WORDS = 4;

  /** Paragraphs back that a pronoun or description may reach for its referent. */
  static final int SALIENCE_PARAGRAPHS = 3;

  /** Tokens a speaker's noun phrase may have. */
  private static final int MAX_NP_TOKENS = 9;

  private QuoteExtractor() {}

  /** The document's quotations in text order. */
  public static List<Quote> extract(QuoteInput input) {
    return new Doc(input).run();
  }

  /** A speaker as found in an attribution. */
  private record Speaker(int begin, int end, String entityId, SpeakerMethod method) {}

  /** A sentence as read for attribution. */
  private record Unit(int begin, int end, int paragraph) {}

  /**
   * A reporting verb with its speaker, the span of the whole attribution and where speech may be.
   */
  private static final class Frame {
    Token cue;
    Cue kind;
    Speaker speaker;
    int attrBegin;
    int attrEnd;
    boolean canBefore;
    boolean according;
    boolean coordinated;
    Piece before;
    Piece after;
  }

  /** Speech assigned to a frame. */
  private record Piece(int begin, int end) {}

  /** A quotation being built, with its paragraph and segment for continuation rules. */
  private static final class Found {
    Quote quote;
    int paragraph;
    int unitEnd;
    Segment segment;
    boolean attributed;
    boolean floating;

    Found(Quote quote, int paragraph, Segment segment, boolean attributed) {
      this.quote = quote;
      this.paragraph = paragraph;
      this.segment = segment;
      this.attributed = attributed;
    }
  }

  /** The work on one document. */
  private static final class Doc {
    private final String text;
    private final List<Mention> mentions;
    private final List<Paragraph> paragraphs;
    private final List<Segment> segments;
    private final List<Span> sentences;
    private final List<Unit> units;
    private final Salience salience;
    private final List<Found> found = new ArrayList<>();

    // Per unit.
    private List<Token> toks;
    private boolean[] inSeg;
    private Unit unit;

    Doc(QuoteInput in) {
      this.text = in.text();
      List<Mention> ms = in.mentions(); // in text order (QuoteInput)
      this.mentions = ms;
      this.paragraphs = QuoteMarks.paragraphs(text);
      this.segments = QuoteMarks.segments(text, paragraphs);
      this.sentences = in.sentences();
      this.units = units();
      int[] begins = new int[units.size()];
      for (int i = 0; i < begins.length; i++) {
        begins[i] = units.get(i).begin();
      }
      this.salience = new Salience(ms, begins);
    }

    List<Quote> run() {
      for (int k = 0; k < units.size(); k++) {
        readUnit(units.get(k));
        if (k + 1 == units.size() || units.get(k + 1).paragraph() != units.get(k).paragraph()) {
          signature();
        }
      }
      continueQuotes();
      List<Quote> out = new ArrayList<>();
      found.sort(Comparator.comparingInt((Found f) -> f.quote.begin()));
      for (Found f : found) {
        out.add(f.quote);
      }
      return out;
    }

    // ---------------------------------------------------------------- signed paragraphs

    /**
     * A paragraph signed by its speaker, as web pages set pull quotes and embedded posts: its last
     * sentence is only a name ("... constitute an emergency. Linda Lamoureux"), with a role ("Rod
     * Peters, Lake Cowichan mayor"), or a dash, name and handle ("... for days. — BC Hydro
     * (@bchydro) December 22, 2018"). The paragraph's words before the signature are that
     * speaker's, unless an attribution in it says otherwise. Called after the paragraph's last unit
     * was read.
     */
    private void signature() {
      int q = 0;
      while (q < toks.size()
          && (toks.get(q).is("\u2014") || toks.get(q).is("\u2013") || toks.get(q).is("-"))) {
        q++;
      }
      int speechEnd = -1;
      Mention signer = null;
      boolean handle = false;
      if (q < toks.size()) {
        Mention m = mentionAt(toks.get(q).begin());
        if (m != null
            && (m.isPerson() || m.isOrganisation())
            && m.begin() == toks.get(q).begin()
            && signatureTail(skipMention(q, m))) {
          signer = m;
          speechEnd = unit.begin();
        }
      }
      if (signer == null) {
        // "... text — Name (@handle) date" inside the last sentence.
        for (int d = 1; d + 2 < toks.size(); d++) {
          Token dash = toks.get(d);
          if (!inSeg[d] && (dash.is("\u2014") || dash.is("\u2013"))) {
            Mention m = mentionAt(toks.get(d + 1).begin());
            int after = m == null ? -1 : skipMention(d + 1, m);
            if (m != null
                && (m.isPerson() || m.isOrganisation())
                && after + 1 < toks.size()
                && toks.get(after).is("(")
                && toks.get(after + 1).is("@")) {
              signer = m;
              speechEnd = dash.begin();
              handle = true;
            }
          }
        }
      }
      if (signer == null) {
        return;
      }
      Paragraph para = paragraphs.get(unit.paragraph());
      Piece speech = trim(para.begin(), speechEnd);
      if (speech == null || wordsIn(speech) < 4) {
        return;
      }
      // A caption ends in a name too ("A cyclist rides by ... Ben Nelms"): a signed quotation
      // speaks in the first or second person, or stands in quotation marks, or is a post.
      Segment quotedSpeech = segmentIn(speech);
      if (!handle
          && (quotedSpeech == null || quotedSpeech.begin() != speech.begin())
          && !personal(speech)) {
        return;
      }
      List<Found> inside = new ArrayList<>();
      for (Found f : found) {
        if (f.quote.begin() >= para.begin() && f.quote.begin() < speechEnd) {
          if (f.attributed) {
            return;
          }
          inside.add(f);
        }
      }
      Speaker s = new Speaker(signer.begin(), signer.end(), signer.entityId(), SpeakerMethod.NAME);
      if (!inside.isEmpty()) {
        for (Found f : inside) {
          f.quote = f.quote.withSpeakerOf(quoteOf(f.quote, s), SpeakerMethod.NAME);
          f.attributed = true;
        }
        return;
      }
      Segment whole = segmentIn(speech);
      boolean quoted =
          whole != null && whole.begin() == speech.begin() && whole.end() >= speech.end() - 1;
      Quote quote =
          new Quote(
              speech.begin(),
              speech.end(),
              text.substring(speech.begin(), speech.end()),
              quoted ? QuoteKind.DIRECT : QuoteKind.INDIRECT,
              null,
              null,
              null,
              text.substring(s.begin(), s.end()),
              s.begin(),
              s.end(),
              s.entityId(),
              SpeakerMethod.NAME);
      Found fd = new Found(quote, unit.paragraph(), null, true);
      fd.unitEnd = unit.end();
      found.add(fd);
    }

    private boolean personal(Piece p) {
      for (Token t : Tokens.of(text, p.begin(), p.end())) {
        if (PERSONAL.contains(t.lower())) {
          return true;
        }
      }
      return false;
    }

    private static final java.util.Set<String> PERSONAL =
        java.util.Set.of(
            "i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "we've", "we'll", "us",
            "our", "you", "you're", "your");

    /** After a signature's name: nothing, a role (", Lake Cowichan mayor") or a period. */
    private boolean signatureTail(int q) {
      int words = 0;
      for (int r = q; r < toks.size(); r++) {
        Token t = toks.get(r);
        if (inSeg[r] || ReportingCues.of(t.lower()) != null) {
          return false;
        }
        if (t.word()) {
          words++;
        } else if (!t.is(",") && !t.is(".") && !t.is("-")) {
          return false;
        }
      }
      return words <= 6;
    }

    private int wordsIn(Piece p) {
      int n = 0;
      boolean in = false;
      for (int i = p.begin(); i < p.end(); i++) {
        boolean w = Character.isLetterOrDigit(text.charAt(i));
        if (w && !in) {
          n++;
        }
        in = w;
      }
      return n;
    }

    /** A quote carrying only a speaker, to copy the speaker from. */
    private Quote quoteOf(Quote q, Speaker s) {
      return new Quote(
          q.begin(),
          q.end(),
          q.text(),
          q.kind(),
          null,
          null,
          null,
          text.substring(s.begin(), s.end()),
          s.begin(),
          s.end(),
          s.entityId(),
          s.method());
    }

    // ---------------------------------------------------------------- units

    /**
     * Sentences clipped to paragraphs, without boundaries inside quotation marks, and with "he
     * said" after a closing "?" or "!" kept in the quotation's sentence.
     */
    private List<Unit> units() {
      List<Unit> out = new ArrayList<>();
      int s = 0;
      for (int p = 0; p < paragraphs.size(); p++) {
        Paragraph para = paragraphs.get(p);
        List<Integer> starts = new ArrayList<>();
        starts.add(para.begin());
        while (s < sentences.size() && sentences.get(s).begin() < para.end()) {
          int b = sentences.get(s).begin();
          if (b > para.begin()
              && !insideSegment(b)
              && !continuesAttribution(b)
              && endsSentence(b)) {
            starts.add(b);
          }
          s++;
        }
        // A sentence ending inside quotation marks, or one opening with them, ends the previous
        // one: the NLP stage's detector misses both ('... it." Most of', 'he said. "We').
        Matcher m = QUOTED_BREAK.matcher(text).region(para.begin(), para.end());
        while (m.find()) {
          if (!insideSegment(m.end()) && !starts.contains(m.end())) {
            starts.add(m.end());
          }
        }
        starts.sort(null);
        starts.add(para.end());
        for (int i = 0; i + 1 < starts.size(); i++) {
          int b = starts.get(i);
          int e = starts.get(i + 1);
          while (b < e && Tokens.isSpace(text.charAt(b))) {
            b++;
          }
          while (e > b && Tokens.isSpace(text.charAt(e - 1))) {
            e--;
          }
          if (e > b) {
            out.add(new Unit(b, e, p));
          }
        }
      }
      // "Reagan said:" at a paragraph's end introduces the quotation the next one opens with.
      for (int i = 0; i + 1 < out.size(); i++) {
        Unit u = out.get(i);
        Unit next = out.get(i + 1);
        if (text.charAt(u.end() - 1) == ':'
            && QuoteMarks.isDoubleMark(text.charAt(next.begin()))
            && next.paragraph() == u.paragraph() + 1) {
          out.set(i, new Unit(u.begin(), next.end(), u.paragraph()));
          out.remove(i + 1);
        }
      }
      return out;
    }

    private static final Pattern QUOTED_BREAK =
        Pattern.compile(
            "[.!?][\u201d\"\u00bb]\\s+(?=[\\p{Lu}\u201c\"\u00ab])|[.!?]\\s+(?=[\u201c\u00ab])");

    /**
     * Whether the text before a sentence start ends a sentence: the detector also breaks wrapped
     * lines ("at 77-1/2 to\n78."), which are no sentence ends.
     */
    private boolean endsSentence(int b) {
      int i = b - 1;
      while (i >= 0 && Tokens.isSpace(text.charAt(i))) {
        i--;
      }
      if (i >= 0 && text.charAt(i) == '.' && QuoteMarks.abbreviationEnds(text, i + 1)) {
        // "the U.S.\nRegulators": an abbreviation, unless a sentence plainly starts after it.
        return QuoteMarks.startsSentence(text, b);
      }
      return i < 0 || ".!?:;)\"\u201d\u00bb\u2019'\u2026".indexOf(text.charAt(i)) >= 0;
    }

    private boolean insideSegment(int offset) {
      for (Segment g : segments) {
        if (g.begin() < offset && offset < g.end()) {
          return true;
        }
        if (g.begin() >= offset) {
          break;
        }
      }
      return false;
    }

    /** A sentence starting lower-case right after a closing mark: '"Why?" he asked.' */
    private boolean continuesAttribution(int b) {
      if (!Character.isLowerCase(text.charAt(b))) {
        return false;
      }
      int i = b - 1;
      while (i >= 0 && Tokens.isSpace(text.charAt(i))) {
        i--;
      }
      return i >= 0 && QuoteMarks.isDoubleMark(text.charAt(i));
    }

    // ---------------------------------------------------------------- one unit

    private void readUnit(Unit u) {
      unit = u;
      if (teaser(paragraphs.get(u.paragraph()))) {
        // "READ MORE: Budget won't balance until 2040, Finance Department says": a link to
        // another article, not this one's speech.
        toks = List.of();
        inSeg = new boolean[0];
        return;
      }
      toks = Tokens.of(text, u.begin(), u.end());
      inSeg = new boolean[toks.size()];
      List<Segment> unitSegments = new ArrayList<>();
      for (Segment g : segments) {
        if (g.begin() >= u.begin() && g.begin() < u.end()) {
          unitSegments.add(g);
        }
      }
      for (int i = 0; i < toks.size(); i++) {
        for (Segment g : unitSegments) {
          if (toks.get(i).begin() >= g.begin() && toks.get(i).begin() < g.end()) {
            inSeg[i] = true;
          }
        }
      }
      markSubject();
      List<Frame> frames = frames();
      assignSpeech(frames);
      // A verb with no speech of its own ("as the picture clarifies") must not cut the speech of
      // the attribution before it: drop it and read the sentence again.
      for (int round = 0; round < 3; round++) {
        List<Frame> idle = new ArrayList<>();
        for (int k = 1; k < frames.size(); k++) {
          Frame f = frames.get(k);
          if (f.before == null && f.after == null) {
            idle.add(f);
          }
        }
        if (idle.isEmpty()) {
          break;
        }
        frames.removeAll(idle);
        for (Frame f : frames) {
          f.before = null;
          f.after = null;
        }
        assignSpeech(frames);
      }
      boolean[] used = new boolean[unitSegments.size()];
      for (Frame f : frames) {
        emit(f, unitSegments, used);
      }
      for (int k = 0; k < unitSegments.size(); k++) {
        if (!used[k]) {
          floating(unitSegments.get(k));
        }
      }
    }

    /** A paragraph opening with a teaser label and a colon: "READ MORE:", "WATCH:". */
    private boolean teaser(Paragraph p) {
      int colon = text.indexOf(':', p.begin());
      if (colon < 0 || colon - p.begin() > 20 || colon >= p.end()) {
        return false;
      }
      return TEASERS.contains(text.substring(p.begin(), colon).strip());
    }

    /**
     * Labels web pages put before links to other articles and videos. A label in capitals is not
     * enough: wire roundups head their paragraphs "ENERGY:", "CURRENCIES:", with quotations in
     * them.
     */
    private static final java.util.Set<String> TEASERS =
        java.util.Set.of(
            "READ MORE",
            "WATCH",
            "RELATED",
            "LISTEN",
            "MORE",
            "SEE ALSO",
            "ALSO READ",
            "READ",
            "VIDEO",
            "PHOTOS",
            "WATCH LIVE",
            "CLICK HERE",
            "FROM THE ARCHIVES",
            "RECOMMENDED");

    /**
     * The unit's subject, if it is a name: the first person or organisation named, with nothing
     * before it but an opening adverbial ending in a comma, determiners, titles and other names
     * ("Later Tuesday, Turkey's Foreign Minister Mevlut Cavusoglu said"). Pronouns and "the
     * minister" in the next sentences are most likely about it.
     */
    private void markSubject() {
      int from = 0;
      for (int i = 0; i < toks.size() && i < 14; i++) {
        if (inSeg[i]) {
          return;
        }
        Token t = toks.get(i);
        Mention m = mentionAt(t.begin());
        if (m != null && (m.isPerson() || m.isOrganisation())) {
          salience.subject(m.begin(), m);
          return;
        }
        if (t.is(",")) {
          from = i + 1;
          continue;
        }
        String lw = t.lower();
        boolean nominal =
            t.capitalised()
                || Lexicon.DETERMINERS.contains(lw)
                || Lexicon.PERSON_ROLES.containsKey(lw)
                || Lexicon.ORGANISATION_NOUNS.contains(lw)
                || TITLE_ADJECTIVES.contains(lw)
                || t.is("-")
                || t.is(".");
        if (!nominal && i - from > 4) {
          return;
        }
        if (!nominal) {
          // A lower-case word outside an opening adverbial: the subject was not a name.
          boolean laterComma = false;
          for (int q = i + 1; q < toks.size() && q < i + 6; q++) {
            laterComma |= toks.get(q).is(",");
          }
          if (!laterComma) {
            return;
          }
        }
      }
    }

    private static final java.util.Set<String> TITLE_ADJECTIVES =
        java.util.Set.of(
            "former",
            "retired",
            "late",
            "then",
            "acting",
            "interim",
            "outgoing",
            "incoming",
            "veteran",
            "senior",
            "deputy",
            "chief",
            "top",
            "foreign",
            "prime");

    // ---------------------------------------------------------------- frames

    private List<Frame> frames() {
      List<Frame> out = new ArrayList<>();
      int i = 0;
      while (i < toks.size()) {
        Frame f = inSeg[i] ? null : frameAt(i, out);
        if (f != null && !out.isEmpty() && nested(out.get(out.size() - 1), f)) {
          // "Freeland says Canada has asked China to ...": the second verb is part of the speech.
          f = null;
        }
        if (f != null) {
          out.add(f);
          Speaker sp = f.speaker;
          if (sp.entityId() != null) {
            Mention any = anyMentionOf(sp.entityId());
            salience.speaker(
                f.cue.begin(),
                sp.entityId(),
                any == null ? "PERSON" : any.type(),
                any == null ? Gender.UNKNOWN : any.gender());
          }
          // Later cues start after this attribution ("said Lavrov, adding that").
          int next = i + 1;
          while (next < toks.size() && toks.get(next).begin() < f.attrEnd) {
            next++;
          }
          i = Math.max(next, i + 1);
        } else {
          i++;
        }
      }
      return out;
    }

    /**
     * Whether {@code f}'s attribution lies inside the speech of the attribution before it: that
     * speech may start right after it, and only words, no separator, stand between them.
     */
    private boolean nested(Frame before, Frame f) {
      if (before.before != null || f.attrBegin <= before.attrEnd) {
        return false;
      }
      for (int q = 0; q < toks.size(); q++) {
        Token t = toks.get(q);
        if (t.begin() >= before.attrEnd && t.begin() < f.attrBegin && (!t.word() || inSeg[q])) {
          return false;
        }
      }
      return afterPiece(before.attrEnd, unit.end(), before) != null;
    }

    private Frame frameAt(int i, List<Frame> previous) {
      Token t = toks.get(i);
      if (!t.word() || insideName(t)) {
        return null;
      }
      if (t.is("according") && i + 1 < toks.size() && toks.get(i + 1).is("to")) {
        return according(i);
      }
      Cue cue = ReportingCues.of(t.lower());
      if (cue == null || excluded(i, cue)) {
        return null;
      }
      // Words between the speaker and the verb: "also", "has", "later Tuesday", "went on to".
      int j = i - 1;
      int zone = 0;
      if (j >= 1 && toks.get(j).is("to")) {
        // An infinitive reports nothing ("a thing to say", "asked to comment") unless a verb of
        // going on carries it ("went on to say").
        if (!Lexicon.BEFORE_TO.contains(toks.get(j - 1).lower())) {
          return null;
        }
        boolean on = toks.get(j - 1).is("on");
        j -= 2;
        zone += 2;
        if (on && j >= 0 && GOING.contains(toks.get(j).lower())) {
          j--; // "went on to say"
        }
      }
      while (j >= 0 && !inSeg[j] && toks.get(j).word() && zone < 4) {
        String w = toks.get(j).lower();
        if (Lexicon.NEGATIONS.contains(w) || w.endsWith("n't")) {
          return null;
        }
        boolean timeDeterminer =
            (w.equals("this") || w.equals("last") || w.equals("next"))
                && Lexicon.TIME_WORDS.contains(toks.get(j + 1).lower());
        if (Lexicon.AUXILIARIES.contains(w)
            || Lexicon.TIME_WORDS.contains(w)
            || timeDeterminer
            || adverb(toks.get(j))) {
          j--;
          zone++;
        } else {
          break;
        }
      }
      if (j >= 0 && !inSeg[j] && Lexicon.NEGATIONS.contains(toks.get(j).lower())) {
        return null;
      }
      Frame f = new Frame();
      f.cue = t;
      f.kind = cue;
      int after;
      boolean asSaying = i > 0 && toks.get(i - 1).is("as");
      if (cue.participle() && !participleReports(i)) {
        return null;
      }
      if (cue.participle() && !asSaying) {
        // "..., adding that", "published a notice saying": the clause's speaker, never the words
        // before or after the participle ("calling it a disaster").
        f.speaker = previous.isEmpty() ? unitSubject(i) : lastSpeaker(previous);
        if (f.speaker == null) {
          return null;
        }
        f.attrBegin = t.begin();
        after = i + 1;
      } else if (j >= 0
          && !inSeg[j]
          && toks.get(j).word()
          && !Lexicon.CLAUSE_LINKS.contains(toks.get(j).lower())) {
        int start = npStart(j);
        if (start < 0) {
          return null;
        }
        f.speaker = speaker(start, j);
        if (f.speaker == null) {
          return null;
        }
        f.attrBegin = toks.get(start).begin();
        after = i + 1;
      } else if (j >= 0 && !inSeg[j] && (toks.get(j).is("and") || toks.get(j).is("but"))) {
        // "Akar did not say how many ... but said the numbers changed": the clause's subject.
        f.speaker = cue.participle() ? lastSpeaker(previous) : unitSubject(j);
        if (f.speaker == null) {
          return null;
        }
        f.attrBegin = toks.get(j).begin();
        f.coordinated = true;
        after = i + 1;
      } else {
        int[] appositionNp = j >= 0 && toks.get(j).is(",") ? apposition(j) : null;
        if (appositionNp != null) {
          // "Lavrov, the foreign minister, said".
          f.speaker = speaker(appositionNp[0], appositionNp[1]);
          f.attrBegin = toks.get(appositionNp[0]).begin();
          after = i + 1;
        } else {
          // "..., said Lavrov", "..., the minister said" was handled above; "adding that".
          // The phrase after "told" is the listener, never the speaker; and a verb inverts only
          // after a comma, a quotation, a colon or a dash, or opening the sentence ("which last
          // week declared a moratorium" has no speaker "a moratorium").
          if (j >= 0
              && !inSeg[j]
              && !(toks.get(j).is(",")
                  || toks.get(j).is(":")
                  || toks.get(j).is("\u2014")
                  || toks.get(j).is("\u2013"))) {
            return null;
          }
          int[] np = cue.takesObject() ? null : npAfter(i + 1, true, true);
          if (np == null) {
            return null;
          }
          f.speaker = speaker(np[0], np[1]);
          after = np[2];
          if (f.speaker == null) {
            return null;
          }
          f.attrBegin = t.begin();
        }
      }
      int p = skipListenerAndAdverbials(after, cue);
      f.attrEnd = p > 0 ? toks.get(p - 1).end() : t.end();
      f.attrEnd = Math.max(f.attrEnd, t.end());
      // "X did not reveal details, but said ...", "X filed a form, indicating ...": what precedes
      // is
      // X's own clause, not speech.
      f.canBefore = !f.coordinated && !cue.participle() && canBefore(f.attrBegin);
      return f;
    }

    /**
     * An -ing form reports speech after a comma or a dash ("he said, adding that"), a preposition
     * ("by saying", "as saying", "before adding"), an auxiliary ("has been urging") or a written
     * channel ("a notice saying"); not inside a phrase ("by hearing and reading the word").
     */
    private boolean participleReports(int i) {
      if (i == 0) {
        return false;
      }
      Token prev = toks.get(i - 1);
      String l = prev.lower();
      return inSeg[i - 1]
          || FINITE.contains(l)
          || prev.is(",")
          || prev.is(";")
          || prev.is("\u2014")
          || prev.is("\u2013")
          || prev.is("-")
          || l.equals("as")
          || l.equals("by")
          || l.equals("while")
          || l.equals("before")
          || l.equals("after")
          || l.equals("when")
          || l.equals("also")
          || Lexicon.MEDIUM_WORDS.contains(l);
    }

    /**
     * "according to X": speech before it ("..., according to X") or after ("According to X, ...").
     */
    private Frame according(int i) {
      // "According to X, the talks failed": what follows the comma is the speech, not X's
      // apposition (as it is in "..., according to X, a spokesman").
      boolean speechBefore = wordsBetween(unit.begin(), toks.get(i).begin()) > 0;
      int[] np = npAfter(i + 2, false, speechBefore);
      if (np == null) {
        return null;
      }
      Frame f = new Frame();
      f.cue = toks.get(i);
      f.according = true;
      f.kind = new Cue("according to", Strength.CLAUSE, false, false);
      f.speaker = speaker(np[0], np[1]);
      if (f.speaker == null) {
        return null;
      }
      f.attrBegin = toks.get(i).begin();
      f.attrEnd = toks.get(np[2] - 1).end();
      f.canBefore = wordsBetween(unit.begin(), f.attrBegin) > 0;
      return f;
    }

    /** Reporting verbs that are not reporting here: "is said to", "the said", "told to leave". */
    private boolean excluded(int i, Cue cue) {
      Token t = toks.get(i);
      Token prev = i > 0 ? toks.get(i - 1) : null;
      Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
      // A present form after a preposition is a noun ("in subsequent reports", "according to
      // reports"); a past form is not ("officials at headquarters said"), nor an infinitive ("to
      // say") or a participle ("before adding").
      boolean present =
          !cue.participle()
              && !t.lower().endsWith("ed")
              && !PAST.contains(t.lower())
              && !t.lower().equals(cue.lemma());
      if (present
          && i >= 2
          && prev.word()
          && !prev.capitalised()
          && !Lexicon.SUBJECT_PRONOUNS.containsKey(prev.lower())
          && !Lexicon.OBJECT_PRONOUNS.contains(prev.lower())
          && PREPOSITIONS.contains(toks.get(i - 2).lower())) {
        return true;
      }
      if (present && prev != null && PREPOSITIONS.contains(prev.lower())) {
        return true;
      }
      if (prev != null && ARTICLES.contains(prev.lower())) {
        return true; // "the said company", "his comments", "a report"
      }
      if (t.lower().equals(cue.lemma())
          && !cue.lemma().equals("say")
          && !cue.lemma().equals("tell")
          && prev != null
          && !(prev.word() && prev.lower().endsWith("s"))
          && !BASE_FORM_SUBJECTS.contains(prev.lower())
          && !Lexicon.AUXILIARIES.contains(prev.lower())
          && !prev.is("to")
          && !(prev.is(",") || prev.is("\u201d") || prev.is("\""))) {
        // A base form after a singular noun is a noun ("member state aid", "the big reveal", "a
        // brief comment"); as a verb it follows a plural, I, we, you, they or an auxiliary.
        return true;
      }
      // "was told", "is also said", "were widely reported": passive, the speaker is not given.
      int b = i - 1;
      while (b >= 0 && (toks.get(b).is("also") || adverb(toks.get(b)))) {
        b--;
      }
      Token be = b >= 0 ? toks.get(b) : null;
      boolean passive =
          be != null
              && !cue.participle()
              && (be.is("is")
                  || be.is("was")
                  || be.is("were")
                  || be.is("are")
                  || be.is("be")
                  || be.is("been")
                  || be.is("being"));
      if (passive) {
        return true;
      }
      if (next != null && next.is("to") && cue.lemma().equals("say")) {
        // "said to be": hearsay, not a quotation; "say to" rarely introduces speech in news.
        return !t.is("saying");
      }
      if (PARTICLE_VERBS.contains(cue.lemma())) {
        // "fired back", "hit back": without the particle these verbs are not speech.
        return next == null || !next.is("back");
      }
      return next != null && cue.lemma().equals("call") && (next.is("for") || next.is("on"));
    }

    private static final java.util.Set<String> BASE_FORM_SUBJECTS =
        java.util.Set.of("i", "we", "you", "they", "people", "police", "staff");

    private static final java.util.Set<String> PARTICLE_VERBS =
        java.util.Set.of("fire", "shoot", "hit");

    /** Where a speaker's noun phrase ending at token {@code j} starts, or -1. */
    private int npStart(int j) {
      Token head = toks.get(j);
      if (Lexicon.SUBJECT_PRONOUNS.containsKey(head.lower())) {
        return j;
      }
      Mention headMention = mentionAt(head.begin());
      int k = j;
      int n = 0;
      while (k >= 0
          && !inSeg[k]
          && (toks.get(k).word() || pluralPossessive(k))
          && n < MAX_NP_TOKENS) {
        Token w = toks.get(k);
        if (!w.word()) {
          k--;
          continue;
        }
        boolean named = mentionAt(w.begin()) != null;
        if (!named
            && k != j
            && (Lexicon.CLAUSE_LINKS.contains(w.lower()) || ReportingCues.of(w.lower()) != null)) {
          break;
        }
        if (!named && Lexicon.SUBJECT_PRONOUNS.containsKey(w.lower()) && k != j) {
          break;
        }
        if (!named
            && k != j
            && !w.capitalised()
            && w.lower().endsWith("ed")
            && !Lexicon.PERSON_ROLES.containsKey(w.lower())
            && k > 0
            && subjectLike(k - 1)) {
          // A verb after its subject ("RIA Novosti quoted a source ... as saying"), not a
          // participle after a noun ("a website linked to the force said").
          break;
        }
        k--;
        n++;
      }
      int start = k + 1;
      // An adverbial before the subject without a comma ("On Monday the minister"): cut it.
      if (Lexicon.NOT_SPEECH_START.contains(toks.get(start).lower())
          || Lexicon.TIME_WORDS.contains(toks.get(start).lower())) {
        int cut = -1;
        for (int q = j; q > start; q--) {
          Token w = toks.get(q);
          if (Lexicon.DETERMINERS.contains(w.lower())
              || (mentionAt(w.begin()) != null && mentionStartsAt(w))) {
            cut = q;
            break;
          }
        }
        if (cut < 0) {
          return headMention != null ? tokenAt(headMention.begin(), start, j) : -1;
        }
        start = cut;
      }
      if (!headOk(head)) {
        return -1;
      }
      return start;
    }

    /** "the forces' official website": the apostrophe of a plural possessive, inside a phrase. */
    private boolean pluralPossessive(int k) {
      Token t = toks.get(k);
      return (t.is("'") || t.is("\u2019"))
          && k > 0
          && toks.get(k - 1).word()
          && toks.get(k - 1).lower().endsWith("s")
          && toks.get(k - 1).end() == t.begin();
    }

    /** A name or pronoun; a capital at the sentence's start says nothing ("Economists polled"). */
    private boolean subjectLike(int k) {
      Token t = toks.get(k);
      return (t.capitalised() && k > 0)
          || mentionAt(t.begin()) != null
          || Lexicon.SUBJECT_PRONOUNS.containsKey(t.lower());
    }

    private int tokenAt(int offset, int from, int to) {
      for (int q = from; q <= to; q++) {
        if (toks.get(q).begin() >= offset) {
          return q;
        }
      }
      return -1;
    }

    /** A noun phrase's last word can be its head: a name, a pronoun, a noun. */
    private boolean headOk(Token head) {
      if (mentionAt(head.begin()) != null || head.capitalised()) {
        return true;
      }
      String w = head.lower();
      if (Lexicon.SUBJECT_PRONOUNS.containsKey(w) || QUANTIFIER_SUBJECTS.contains(w)) {
        return true;
      }
      if (Lexicon.PERSON_ROLES.containsKey(w) || Lexicon.ORGANISATION_NOUNS.contains(w)) {
        return true;
      }
      return !Lexicon.DETERMINERS.contains(w)
          && !w.equals("more")
          && !w.equals("less")
          && !w.equals("much")
          && !Lexicon.NP_PREPOSITIONS.contains(w)
          && !Lexicon.NOT_SPEECH_START.contains(w)
          && !Lexicon.AUXILIARIES.contains(w)
          && !w.endsWith("ed")
          && !w.endsWith("ing")
          && !adverb(w)
          && Character.isLetter(w.charAt(0));
    }

    /**
     * For "X, the foreign minister, said" with {@code comma} the comma before the verb: the first
     * and last token of the speaker's phrase (X, or "His lawyer, Zhang Dongshuo" where a role is
     * followed by a name), or null when the words between the commas are no apposition of a name.
     */
    private int[] apposition(int comma) {
      // Up to three appositions: "Cleaver Brooks, a subsidiary of Aqua Chem, which is owned by a
      // French firm, said".
      for (int level = 0; level < 3; level++) {
        int open = commaBefore(comma);
        if (open < 1 || comma - open < 2 || comma - open > 14) {
          return null;
        }
        boolean relative = toks.get(open + 1).is("who") || toks.get(open + 1).is("whose");
        for (int q = open + 1; q < comma; q++) {
          if ((inSeg[q] && q == open + 1)
              || (!inSeg[q]
                  && !relative
                  && ReportingCues.of(toks.get(q).lower()) != null
                  && mentionAt(toks.get(q).begin()) == null)) {
            return null;
          }
        }
        int j = open - 1;
        if (inSeg[j] || !toks.get(j).word()) {
          return null;
        }
        Token head = toks.get(j);
        Mention m = mentionAt(head.begin());
        boolean name = m != null && (m.isPerson() || m.isOrganisation());
        if (name || Lexicon.SUBJECT_PRONOUNS.containsKey(head.lower())) {
          int start = npStart(j);
          return start < 0 ? null : new int[] {start, j};
        }
        // "His lawyer, Zhang Dongshuo, said": a role, then the person's name in apposition.
        Mention named = mentionAt(toks.get(comma - 1).begin());
        boolean role =
            (Lexicon.PERSON_ROLES.containsKey(head.lower())
                    || Lexicon.PEOPLE.contains(head.lower()))
                && named != null
                && named.isPerson()
                && mentionAt(toks.get(open + 1).begin()) != null;
        // "The official, who spoke on condition he not be named, said": a described person.
        Token opening = toks.get(open + 1);
        boolean described =
            (Lexicon.PERSON_ROLES.containsKey(head.lower())
                    || Lexicon.PEOPLE.contains(head.lower()))
                && (opening.is("who") || opening.is("whose"));
        if (described) {
          int start = npStart(j);
          return start < 0 ? null : new int[] {start, j};
        }
        if (role) {
          int start = npStart(j);
          return start < 0 ? null : new int[] {start, comma - 1};
        }
        comma = open;
      }
      return null;
    }

    /** The comma before token {@code comma} in this unit, or -1. */
    private int commaBefore(int comma) {
      for (int q = comma - 1; q >= 0 && comma - q < 16; q--) {
        if (inSeg[q]) {
          continue;
        }
        if (toks.get(q).is(",")) {
          return q;
        }
        if (!toks.get(q).word()
            && !toks.get(q).is("-")
            && !toks.get(q).is("'")
            && !toks.get(q).is(".")) {
          return -1;
        }
      }
      return -1;
    }

    /**
     * A speaker's noun phrase starting at token {@code i} ("said Lavrov", "said the minister",
     * "according to the United Nations"): {first token, last token, token after it}, or null. After
     * an inverted verb ({@code inverted}) the phrase must end the clause: "said the program changed
     * his life" has no inverted speaker.
     */
    private int[] npAfter(int i, boolean inverted, boolean apposition) {
      if (i >= toks.size() || inSeg[i] || !toks.get(i).word()) {
        return null;
      }
      int k = i;
      int last = -1;
      int n = 0;
      while (k < toks.size() && !inSeg[k] && toks.get(k).word() && n < MAX_NP_TOKENS) {
        Token w = toks.get(k);
        Mention m = mentionAt(w.begin());
        if (m != null) {
          // A name is taken whole.
          while (k < toks.size() && toks.get(k).begin() < m.end()) {
            k++;
            n++;
          }
          last = k - 1;
          String end = toks.get(last).lower();
          if (m.isPerson() && !end.endsWith("'s") && !end.endsWith("\u2019s")) {
            break;
          }
          continue;
        }
        String lw = w.lower();
        if (k == i
            && (Lexicon.NOT_SPEECH_START.contains(lw) || Lexicon.CLAUSE_LINKS.contains(lw))) {
          return null;
        }
        boolean coordinated = (lw.equals("and") || lw.equals("or")) && personWithin(k + 1, 5);
        if (k > i
            && !coordinated
            && (Lexicon.CLAUSE_LINKS.contains(lw)
                || (Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)
                    && !Lexicon.NP_PREPOSITIONS.contains(lw))
                || Lexicon.TIME_WORDS.contains(lw)
                || ReportingCues.of(lw) != null
                || (!w.capitalised()
                    && (lw.endsWith("ed") || lw.endsWith("ing"))
                    && !Lexicon.PERSON_ROLES.containsKey(lw)))) {
          break;
        }
        k++;
        n++;
        last = k - 1;
      }
      // A phrase ending in a preposition or determiner ends before it ("said one" is a phrase).
      while (last > i
          && (Lexicon.NP_PREPOSITIONS.contains(toks.get(last).lower())
              || Lexicon.DETERMINERS.contains(toks.get(last).lower()))) {
        last--;
      }
      if (last < i || !headOk(toks.get(last))) {
        return null;
      }
      int next = last + 1;
      if (inverted && next < toks.size() && !inSeg[next]) {
        Token after = toks.get(next);
        String la = after.lower();
        boolean ends =
            isTerminator(after)
                || separator(after)
                || Lexicon.ADVERBIAL_PREPOSITIONS.contains(la)
                || (Lexicon.TIME_WORDS.contains(la) && !la.equals("also"))
                || Lexicon.CONJUNCTIONS.contains(la)
                || la.equals("(");
        if (!ends) {
          return null;
        }
      }
      if (inverted && Lexicon.SUBJECT_PRONOUNS.containsKey(toks.get(i).lower())) {
        return null; // "said it plans to": the pronoun opens the speech, it does not say it
      }
      // "said Lawrence Cohn, analyst with Merrill Lynch." - the apposition belongs to the speaker;
      // "says Campbell's partner, Jason Louth." - and may name the speaker.
      if (apposition
          && next + 1 < toks.size()
          && toks.get(next).is(",")
          && appositionStart(toks.get(next + 1))) {
        int q = next + 1;
        int words = 0;
        while (q < toks.size()
            && !inSeg[q]
            && (toks.get(q).word() || toks.get(q).is("-") || toks.get(q).is(","))
            && words < 14) {
          if (ReportingCues.of(toks.get(q).lower()) != null
              && mentionAt(toks.get(q).begin()) == null) {
            break;
          }
          words++;
          q++;
        }
        boolean ends = q >= toks.size() || isTerminator(toks.get(q));
        if (ends && words > 0) {
          Mention named = mentionAt(toks.get(next + 1).begin());
          if (named != null && named.isPerson() && !hasPerson(i, last)) {
            i = next + 1;
            last = skipMention(next + 1, named) - 1;
          }
          next = q;
        }
      }
      return new int[] {i, last, next};
    }

    /** An apposition opens with a determiner, a role, a name or a number, not a verb ("is"). */
    private boolean appositionStart(Token t) {
      String l = t.lower();
      return Lexicon.DETERMINERS.contains(l)
          || Lexicon.PERSON_ROLES.containsKey(l)
          || Lexicon.PEOPLE.contains(l)
          || t.capitalised()
          || isNumber(t)
          || mentionAt(t.begin()) != null
          || TITLE_ADJECTIVES.contains(l);
    }

    private boolean personWithin(int from, int tokens) {
      for (int q = from;
          q < toks.size() && q < from + tokens && !inSeg[q] && toks.get(q).word();
          q++) {
        Mention m = mentionAt(toks.get(q).begin());
        if (m != null && m.isPerson()) {
          return true;
        }
      }
      return false;
    }

    private boolean hasPerson(int a, int b) {
      for (int q = a; q <= b; q++) {
        Mention m = mentionAt(toks.get(q).begin());
        if (m != null && m.isPerson()) {
          return true;
        }
      }
      return false;
    }

    /** After the verb (and its speaker, if inverted): the listener, adverbials; returns a token. */
    private int skipListenerAndAdverbials(int p, Cue cue) {
      int that = thatAfterAdverbials(p);
      if (that >= 0) {
        return that;
      }
      if (p < toks.size() && !inSeg[p] && cue.takesObject()) {
        p = skipListener(p);
      }
      for (int round = 0; round < 5 && p < toks.size() && !inSeg[p]; round++) {
        Token w = toks.get(p);
        String lw = w.lower();
        if ((lw.equals("out") && (cue.lemma().equals("point") || cue.lemma().equals("blurt")))
            || (lw.equals("back")
                && (PARTICLE_VERBS.contains(cue.lemma()) || cue.lemma().equals("write")))) {
          p++;
        } else if (Lexicon.TIME_WORDS.contains(lw) || adverb(w)) {
          p++;
        } else if (Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)) {
          int end = adverbialEnd(p);
          if (end < 0) {
            break;
          }
          p = end;
        } else {
          break;
        }
      }
      return p;
    }

    /**
     * The listener after "told", "assured", "urged": a pronoun ("him"), a group ("reporters"), a
     * name with its title ("Question Period host Evan Solomon", "Surrey's councillors"), or a short
     * phrase ("the audience"). A "that" a few words on starts the speech wherever the listener ends
     * ("told the Globe and Mail in an interview that").
     */
    private int skipListener(int p) {
      for (int q = p; q < toks.size() && q < p + 9 && !inSeg[q] && toks.get(q).word(); q++) {
        if (toks.get(q).is("that")) {
          return q;
        }
      }
      Token w = toks.get(p);
      if (Lexicon.OBJECT_PRONOUNS.contains(w.lower()) || Lexicon.LISTENERS.contains(w.lower())) {
        return p + 1;
      }
      int q = p;
      if (Lexicon.DETERMINERS.contains(w.lower()) && !w.is("that")) {
        q++;
      }
      int start = q;
      while (q < toks.size() && q < p + 7 && !inSeg[q] && toks.get(q).word()) {
        Token t = toks.get(q);
        Mention m = mentionAt(t.begin());
        String lt = t.lower();
        if (m != null) {
          q = skipMention(q, m);
        } else if (t.capitalised()
            || Lexicon.PERSON_ROLES.containsKey(lt)
            || Lexicon.LISTENERS.contains(lt)
            || Lexicon.MEDIUM_WORDS.contains(lt)
            || (q == start && q > p)) {
          q++;
        } else {
          break;
        }
      }
      return q;
    }

    /**
     * The "that" opening the speech after adverbials, commas included ("said in a press statement
     * in Ankara today, Wednesday, that"), or -1: every word before it must be one an adverbial is
     * made of (prepositions, determiners, words of time and channel, names, numbers).
     */
    private int thatAfterAdverbials(int p) {
      for (int q = p; q < toks.size() && q < p + 14 && !inSeg[q]; q++) {
        Token t = toks.get(q);
        String l = t.lower();
        if (t.is("that")) {
          return q > p ? q : -1;
        }
        boolean adverbial =
            t.is(",")
                || Lexicon.ADVERBIAL_PREPOSITIONS.contains(l)
                || Lexicon.NP_PREPOSITIONS.contains(l)
                || Lexicon.DETERMINERS.contains(l)
                || Lexicon.TIME_WORDS.contains(l)
                || Lexicon.MEDIUM_WORDS.contains(l)
                || Lexicon.OBJECT_PRONOUNS.contains(l)
                || Lexicon.LISTENERS.contains(l)
                || t.capitalised()
                || isNumber(t)
                || adverb(t)
                || mentionAt(t.begin()) != null
                || (t.word()
                    && q + 1 < toks.size()
                    && Lexicon.MEDIUM_WORDS.contains(toks.get(q + 1).lower()));
        if (!adverbial) {
          return -1;
        }
      }
      return -1;
    }

    private int skipMention(int p, Mention m) {
      while (p < toks.size() && toks.get(p).begin() < m.end()) {
        p++;
      }
      return p;
    }

    /**
     * The token after an adverbial opened by a preposition at {@code p} ("in a statement", "on
     * Tuesday", "at a news conference in Colombo"), the "that" it runs into, or -1 when the words
     * after the preposition do not end like an adverbial.
     */
    private int adverbialEnd(int p) {
      if (toks.get(p).is("to") && p + 1 < toks.size()) {
        // "to reporters", "to the BBC", not "to study the tax" (an infinitive is speech).
        Token n = toks.get(p + 1);
        if (!Lexicon.DETERMINERS.contains(n.lower())
            && !Lexicon.LISTENERS.contains(n.lower())
            && !n.capitalised()
            && mentionAt(n.begin()) == null) {
          return -1;
        }
      }
      int end = -1;
      for (int q = p + 1; q < toks.size() && q <= p + 7; q++) {
        Token w = toks.get(q);
        if (inSeg[q] || !w.word()) {
          break;
        }
        if (w.is("that")) {
          return q;
        }
        Mention m = mentionAt(w.begin());
        if (m != null) {
          q = skipMention(q, m) - 1;
          end = q + 1;
          continue;
        }
        String lw = w.lower();
        if (Lexicon.TIME_WORDS.contains(lw)
            || Lexicon.MEDIUM_WORDS.contains(lw)
            || w.capitalised()
            || isNumber(w)) {
          end = q + 1;
        } else if (end > 0
            && !Lexicon.NP_PREPOSITIONS.contains(lw)
            && !Lexicon.ADVERBIAL_PREPOSITIONS.contains(lw)
            && !Lexicon.DETERMINERS.contains(lw)) {
          break;
        }
      }
      return end;
    }

    /** Speech may precede the attribution: it follows a comma, a dash or a closing mark. */
    private boolean canBefore(int attrBegin) {
      int k = -1;
      for (int q = 0; q < toks.size(); q++) {
        if (toks.get(q).begin() >= attrBegin) {
          break;
        }
        k = q;
      }
      if (k < 0) {
        return false;
      }
      Token t = toks.get(k);
      boolean sep =
          t.is(",") || t.is("\u2014") || t.is("\u2013") || t.is("-") || t.is(":") || inSeg[k];
      return sep && wordsBetween(unit.begin(), t.begin()) + (inSeg[k] ? 1 : 0) > 0;
    }

    private int wordsBetween(int b, int e) {
      int n = 0;
      for (Token t : toks) {
        if (t.begin() >= b && t.end() <= e && t.word()) {
          n++;
        }
      }
      return n;
    }

    /** The subject of the clause before a coordinated verb: the unit's first name or pronoun. */
    private Speaker unitSubject(int before) {
      for (int q = 0; q < before && q < 10; q++) {
        if (inSeg[q]) {
          return null;
        }
        Token w = toks.get(q);
        Mention m = mentionAt(w.begin());
        if (m != null && (m.isPerson() || m.isOrganisation())) {
          return speaker(q, q);
        }
        if (Lexicon.SUBJECT_PRONOUNS.containsKey(w.lower())) {
          return speaker(q, q);
        }
      }
      return null;
    }

    private Speaker lastSpeaker(List<Frame> previous) {
      return previous.isEmpty() ? null : previous.get(previous.size() - 1).speaker;
    }

    // ---------------------------------------------------------------- speakers

    /**
     * The speaker of a noun phrase, tokens {@code a..b}: a name, a pronoun or a description. A
     * person named inside the phrase is the speaker only as its head ("Foreign Minister Sergei
     * Lavrov"), not as a modifier ("a spokeswoman for Trudeau", "Norman's lawyers"); an
     * organisation speaks through its spokespeople and statements ("a statement from the EU").
     */
    private Speaker speaker(int a, int b) {
      if (a < 0 || b < a) {
        return null;
      }
      int begin = toks.get(a).begin();
      int end = toks.get(b).end();
      Token head = toks.get(phraseHead(a, b));
      Mention headMention = mentionAt(head.begin());
      boolean possessiveHead = head.lower().endsWith("'s") || head.lower().endsWith("\u2019s");
      if (headMention != null && headMention.isPerson() && !possessiveHead) {
        return new Speaker(
            headMention.begin(), headMention.end(), headMention.entityId(), SpeakerMethod.NAME);
      }
      Mention org = null;
      boolean person = false;
      for (Mention m : mentions) {
        if (m.begin() >= end) {
          break;
        }
        if (m.end() > begin) {
          person |= m.isPerson();
          if (m.isOrganisation()) {
            org = m;
          }
        }
      }
      String lh = head.lower();
      boolean roleHead =
          Lexicon.PERSON_ROLES.containsKey(lh)
              || Lexicon.PEOPLE.contains(lh)
              || (lh.endsWith("s")
                  && Lexicon.PERSON_ROLES.containsKey(lh.substring(0, lh.length() - 1)));
      // An organisation speaks when it is the phrase's head ("the Russian Foreign Ministry"), owns
      // it ("a statement from the EU", "the ministry's statement") or is a unit of it ("Al-Wefaq
      // government forces"); a name that only modifies the head does not ("the Facebook website",
      // "Al Jazeera correspondent").
      boolean speaks =
          org != null
              && ((org.begin() <= head.begin() && org.end() > head.begin())
                  || ownerAfter(org, head, b)
                  || toks.get(lastTokenOf(org, a, b)).lower().endsWith("'s")
                  || toks.get(lastTokenOf(org, a, b)).lower().endsWith("\u2019s")
                  || (Lexicon.ORGANISATION_NOUNS.contains(lh)
                      && !roleHead
                      && org.end() <= head.begin()));
      if (org != null && !person && speaks) {
        boolean whole = true;
        for (int q = a; q <= b; q++) {
          Token w = toks.get(q);
          if ((w.begin() < org.begin() || w.end() > org.end())
              && !Lexicon.DETERMINERS.contains(w.lower())) {
            whole = false;
          }
        }
        return whole
            ? new Speaker(org.begin(), org.end(), org.entityId(), SpeakerMethod.NAME)
            : new Speaker(begin, end, org.entityId(), SpeakerMethod.NAME);
      }
      int window = windowStart();
      int paragraphBefore = paragraphs.get(Math.max(0, unit.paragraph() - 1)).begin();
      Gender pronoun = Lexicon.SUBJECT_PRONOUNS.get(head.lower());
      if (a == b && pronoun != null) {
        String id;
        if (head.is("he") || head.is("she")) {
          id = salience.person(head.begin(), pronoun, null, window, false, namedAfter(b));
        } else if (head.is("it")) {
          id = salience.organisation(head.begin(), paragraphBefore, true);
        } else if (head.is("they")) {
          id = salience.lastOrganisation(head.begin(), paragraphBefore);
        } else {
          id = null; // "I said", "we said": the author or an unnamed group.
        }
        return new Speaker(begin, end, id, SpeakerMethod.PRONOUN);
      }
      String first = toks.get(a).lower();
      String id = null;
      if (Lexicon.DEFINITE.contains(first) && a < b && !person) {
        Gender g = Lexicon.PERSON_ROLES.get(head.lower());
        if (g != null) {
          id =
              salience.person(
                  head.begin(),
                  g,
                  head.lower(),
                  window,
                  Lexicon.GENERIC_ROLES.contains(head.lower()),
                  namedAfter(b));
        } else if (Lexicon.ORGANISATION_NOUNS.contains(head.lower())) {
          id = salience.organisation(head.begin(), paragraphBefore, false);
        }
      }
      return new Speaker(begin, end, id, SpeakerMethod.DESCRIPTION);
    }

    /**
     * An organisation after the head that owns it: "a statement from the EU", "a spokesman for the
     * ministry", "officials at the bank"; not "economists polled by Reuters".
     */
    private boolean ownerAfter(Mention org, Token head, int b) {
      String lh = head.lower();
      boolean person = Lexicon.PERSON_ROLES.containsKey(lh) || Lexicon.PEOPLE.contains(lh);
      if (org.begin() <= head.end() || (person && !VOICES.contains(lh))) {
        // "analysts of the Soviet Union" are not its voice; "a spokesman for the ministry" is.
        return false;
      }
      for (int q = 0; q <= b; q++) {
        Token t = toks.get(q);
        if (t.begin() >= head.end() && t.end() <= org.begin()) {
          String l = t.lower();
          if (l.equals("from") || l.equals("for") || l.equals("of") || l.equals("at")) {
            return true;
          }
          if (!Lexicon.DETERMINERS.contains(l)) {
            return false;
          }
        }
      }
      return false;
    }

    /**
     * Persons named in this sentence after token {@code b}: "he said Wright had not recommended it"
     * is not Wright speaking (a pronoun cannot refer to a name its own clause goes on to use).
     */
    private java.util.Set<String> namedAfter(int b) {
      java.util.Set<String> out = new java.util.HashSet<>();
      for (Mention m : mentions) {
        if (m.begin() >= toks.get(b).end() && m.begin() < unit.end() && m.isPerson()) {
          out.add(m.entityId());
        }
      }
      return out;
    }

    /** People who speak for an organisation they are "of", "for" or "at". */
    private static final java.util.Set<String> VOICES =
        java.util.Set.of(
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "spokespeople",
            "official",
            "officials",
            "representative",
            "representatives",
            "source",
            "sources",
            "officer",
            "officers",
            "staff",
            "chief",
            "head",
            "director",
            "president",
            "chairman",
            "chairwoman",
            "chair");

    /** The last token of phrase {@code a..b} inside mention {@code m}. */
    private int lastTokenOf(Mention m, int a, int b) {
      int last = a;
      for (int q = a; q <= b; q++) {
        if (toks.get(q).begin() < m.end()) {
          last = q;
        }
      }
      return last;
    }

    /**
     * The head of a noun phrase: its last word, or the word before its first preposition or
     * participle outside a name ("the Minister of Defense", "a spokesperson for Environment
     * Canada", "economists polled by Reuters").
     */
    private int phraseHead(int a, int b) {
      for (int q = a + 1; q < b; q++) {
        Token t = toks.get(q);
        String l = t.lower();
        boolean modifier =
            Lexicon.NP_PREPOSITIONS.contains(l)
                || l.equals("by")
                || l.equals("to")
                || (!t.capitalised()
                    && (l.endsWith("ed") || l.endsWith("ing"))
                    && !Lexicon.PERSON_ROLES.containsKey(l));
        if (modifier && mentionAt(t.begin()) == null && toks.get(q - 1).word()) {
          // "economists polled by Reuters", "a website linked to the force".
          return q - 1;
        }
      }
      return b;
    }

    private int windowStart() {
      int p = Math.max(0, unit.paragraph() - SALIENCE_PARAGRAPHS);
      return paragraphs.get(p).begin();
    }

    // ---------------------------------------------------------------- speech

    /**
     * Gives the text between attributions to the frames: to the attribution after it when that
     * follows a comma or closing mark, else to the one before it when it may open speech.
     */
    private void assignSpeech(List<Frame> frames) {
      for (int k = 0; k <= frames.size(); k++) {
        Frame left = k > 0 ? frames.get(k - 1) : null;
        Frame right = k < frames.size() ? frames.get(k) : null;
        int b = left == null ? unit.begin() : left.attrEnd;
        int e = right == null ? unit.end() : right.attrBegin;
        if (e <= b) {
          continue;
        }
        Piece asBefore = right != null && right.canBefore ? beforePiece(b, e, right) : null;
        Piece asAfter = left != null ? afterPiece(b, e, left) : null;
        if (asBefore != null && asAfter != null && asAfter.end() <= asBefore.begin()) {
          // "X said A. B, Y said.": two sentences, one for each.
          left.after = asAfter;
          right.before = asBefore;
        } else if (asBefore != null && (asAfter == null || isSegment(asBefore))) {
          right.before = asBefore;
        } else if (asAfter != null) {
          left.after = asAfter;
        }
      }
    }

    /**
     * Speech before an attribution: from the last sentence end in {@code [b, e)} to the separator.
     */
    private Piece beforePiece(int b, int e, Frame f) {
      int start = b;
      for (int q = 0; q < toks.size(); q++) {
        Token t = toks.get(q);
        if (t.begin() >= e) {
          break;
        }
        if (t.begin() >= b && !inSeg[q] && isTerminator(t)) {
          start = t.end();
        }
      }
      Piece p = trim(start, e);
      if (p == null) {
        return null;
      }
      int words = wordsBetween(p.begin(), p.end());
      if (isSegment(p)) {
        return p;
      }
      if (words < 2) {
        return null;
      }
      // An opening adverbial or subordinate clause before "X said" is not speech: "In July 2017,
      // the commission said", "As the talks ended, X said", "A day earlier, X said". One followed
      // by a main clause is ("In fact, the cost was higher, X said"), and so is a whole sentence
      // before a closing attribution ("At least 48 people died, he said"; "Being a young person in
      // public can be hard, Lonechild said").
      Token first = firstWord(p);
      String lf = first.lower();
      boolean subordinate = SUBORDINATORS.contains(lf) || QUESTIONED.contains(lf);
      boolean opening =
          Lexicon.NOT_SPEECH_START.contains(lf)
              || Lexicon.ADVERBIAL_PREPOSITIONS.contains(lf)
              || Lexicon.TIME_WORDS.contains(lf)
              || lf.endsWith("ing")
              || adverb(first)
              || (words <= 4 && Lexicon.TIME_WORDS.contains(lastWord(p).lower()));
      boolean intro =
          subordinate
              || (opening && (words <= 5 || hasSpeechAfter(f) || innerComma(p) || !finiteVerb(p)));
      if (intro && !clauseAfterComma(p)) {
        return null;
      }
      return p;
    }

    /**
     * After an opening adverbial's comma, a main clause: four words or more, one of them a
     * lower-case word that is not a determiner or preposition ("In fact, the cost was higher"), not
     * a name in apposition ("In a conference with the minister, Mohamed Siala").
     */
    private boolean clauseAfterComma(Piece p) {
      int comma = -1;
      for (int q = 0; q < toks.size() && comma < 0; q++) {
        Token t = toks.get(q);
        if (t.begin() >= p.begin() && t.end() < p.end() && t.is(",") && !inSeg[q]) {
          comma = q;
        }
      }
      if (comma < 0) {
        return false;
      }
      int words = 0;
      boolean content = false;
      for (int q = comma + 1; q < toks.size() && toks.get(q).end() <= p.end(); q++) {
        Token t = toks.get(q);
        if (t.word()) {
          words++;
          String l = t.lower();
          content |=
              !t.capitalised()
                  && mentionAt(t.begin()) == null
                  && !Lexicon.DETERMINERS.contains(l)
                  && !Lexicon.NP_PREPOSITIONS.contains(l)
                  && !Lexicon.ADVERBIAL_PREPOSITIONS.contains(l);
        }
      }
      return words >= 4 && content;
    }

    private Token lastWord(Piece p) {
      Token last = null;
      for (Token t : toks) {
        if (t.begin() >= p.begin() && t.end() <= p.end() && t.word()) {
          last = t;
        }
      }
      return last == null ? toks.get(0) : last;
    }

    private static final java.util.Set<String> GOING =
        java.util.Set.of("went", "go", "goes", "going");

    private static final java.util.Set<String> PAST =
        java.util.Set.of("said", "told", "wrote", "written", "shot", "read");

    private static final java.util.Set<String> PREPOSITIONS =
        java.util.Set.of(
            "in", "on", "of", "to", "for", "from", "with", "by", "at", "about", "after", "before",
            "under", "over", "into", "through", "during", "despite", "without", "within");

    /** Articles and possessives: after them a verb form is a noun ("the said", "his comments"). */
    private static final java.util.Set<String> ARTICLES =
        java.util.Set.of(
            "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these",
            "those");

    /** Quantifiers that stand for people as a subject: "Some said", "Others say". */
    private static final java.util.Set<String> QUANTIFIER_SUBJECTS =
        java.util.Set.of(
            "some", "many", "others", "both", "most", "several", "few", "all", "one", "another");

    /** Objects of "say" that are not speech. */
    private static final java.util.Set<String> NOT_SPEECH_OBJECTS =
        java.util.Set.of(
            "much",
            "little",
            "nothing",
            "something",
            "anything",
            "everything",
            "goodbye",
            "hello",
            "yes",
            "no",
            "sorry",
            "thanks",
            "otherwise",
            "so",
            "what",
            "whether",
            "how",
            "why",
            "where",
            "when",
            "who",
            "which");

    /** A comma outside quotation marks inside the piece. */
    private boolean innerComma(Piece p) {
      for (int q = 0; q < toks.size(); q++) {
        Token t = toks.get(q);
        if (t.begin() >= p.begin() && t.end() < p.end() && t.is(",") && !inSeg[q]) {
          return true;
        }
      }
      return false;
    }

    /** An auxiliary or modal in the piece: it is a clause, not an adverbial phrase. */
    private boolean finiteVerb(Piece p) {
      for (int q = 0; q < toks.size(); q++) {
        Token t = toks.get(q);
        if (t.begin() >= p.begin()
            && t.end() <= p.end()
            && !inSeg[q]
            && FINITE.contains(t.lower())) {
          return true;
        }
      }
      return false;
    }

    private static final java.util.Set<String> FINITE =
        java.util.Set.of(
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
            "could", "may", "might", "should", "must", "do", "does", "did", "won't", "can't",
            "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't", "didn't");

    /** "Asked if the measures were taken under pressure, X said": the question, not the speech. */
    private static final java.util.Set<String> QUESTIONED =
        java.util.Set.of(
            "asked",
            "pressed",
            "questioned",
            "contacted",
            "reached",
            "interviewed",
            "told",
            "informed",
            "challenged");

    /** Words that open a subordinate clause: "As the talks ended, X said". */
    private static final java.util.Set<String> SUBORDINATORS =
        java.util.Set.of(
            "as",
            "when",
            "if",
            "while",
            "because",
            "after",
            "before",
            "since",
            "although",
            "though",
            "until",
            "once",
            "unless",
            "whereas",
            "whether");

    private boolean hasSpeechAfter(Frame f) {
      return f.attrEnd < unit.end() && afterPiece(f.attrEnd, unit.end(), f) != null;
    }

    /** Speech after an attribution, up to the next sentence end; null when none may start here. */
    private Piece afterPiece(int b, int e, Frame f) {
      if (f.according) {
        // "According to X, the talks failed."
        int q = firstTokenAt(b);
        if (q < 0 || !toks.get(q).is(",")) {
          return null;
        }
      }
      int q = firstTokenAt(b);
      while (q >= 0
          && q < toks.size()
          && toks.get(q).begin() < e
          && !inSeg[q]
          && separator(toks.get(q))) {
        q++;
      }
      if (q < 0 || q >= toks.size() || toks.get(q).begin() >= e) {
        return null;
      }
      Token first = toks.get(q);
      if (!inSeg[q] && isTerminator(first)) {
        return null;
      }
      int end = e;
      for (int r = q; r < toks.size() && toks.get(r).begin() < e; r++) {
        if (!inSeg[r] && isTerminator(toks.get(r))) {
          end = toks.get(r).begin();
          break;
        }
        // "..., while the head of the council accused ...": a second main clause, not the speech.
        if (!inSeg[r]
            && r > q
            && (toks.get(r).is(";")
                || (toks.get(r).is(",")
                    && r + 1 < toks.size()
                    && (toks.get(r + 1).is("while") || toks.get(r + 1).is("whereas"))))) {
          end = toks.get(r).begin();
          break;
        }
      }
      Piece p = trim(first.begin(), end);
      if (p == null) {
        return null;
      }
      boolean startsQuoted = inSeg[q];
      boolean hasQuoted = false;
      int firstQuoted = -1;
      int wordsBefore = 0;
      for (int r = q; r < toks.size() && toks.get(r).begin() < p.end(); r++) {
        if (inSeg[r] && firstQuoted < 0) {
          firstQuoted = r;
        }
        if (!inSeg[r] && firstQuoted < 0 && toks.get(r).word()) {
          wordsBefore++;
        }
        hasQuoted |= inSeg[r];
      }
      if (f.before != null) {
        // After '"We are ready," he said,' only more quoted words; after 'The ceasefire, Lavrov
        // said,' the rest of the sentence, unless an adjunct follows ("..., following her visit").
        if (isSegment(f.before)) {
          return startsQuoted ? p : null;
        }
        String l0 = first.lower();
        boolean adjunct =
            !startsQuoted
                && ((l0.endsWith("ing") && !first.capitalised())
                    || l0.equals("that")
                    || l0.equals("according"));
        return adjunct ? null : p;
      }
      if (firstQuoted > q
          && wordsBefore <= 8
          && (toks.get(firstQuoted - 1).is(":") || toks.get(firstQuoted - 1).is(","))) {
        // "explained the numbers this way: "..."", "claimed of the complex, "...": the quotation
        // that ends the sentence is the speech.
        Segment g = segmentIn(new Piece(toks.get(firstQuoted).begin(), p.end()));
        if (g != null && g.begin() == toks.get(firstQuoted).begin() && g.end() >= p.end() - 1) {
          return trim(g.begin(), p.end());
        }
      }
      String lw = first.lower();
      if (firstQuoted > q && wordsBefore <= 2 && f.kind.strength() != Strength.CLAUSE) {
        // "suggests companies "should move to ...": a clause whose words are quoted.
        return p;
      }
      switch (f.kind.strength()) {
        case QUOTED_ONLY:
          return hasQuoted ? p : null;
        case THAT_CLAUSE:
          if (startsQuoted
              || lw.equals("that")
              || (Lexicon.SUBJECT_PRONOUNS.containsKey(lw) && !lw.equals("you"))
              || lw.equals("there")
              || (lw.equals("to") && f.kind.takesObject())) {
            return wordsBetween(p.begin(), p.end()) >= 2 || startsQuoted ? p : null;
          }
          return null;
        case CLAUSE:
        default:
          if (startsQuoted) {
            return p;
          }
          if (NOT_SPEECH_OBJECTS.contains(lw)) {
            return null; // "says much about", "said nothing", "said goodbye"
          }
          if (Lexicon.NOT_SPEECH_START.contains(lw) && !(lw.equals("to") && f.kind.takesObject())) {
            return null;
          }
          return wordsBetween(p.begin(), p.end()) >= 2 ? p : null;
      }
    }

    private int firstTokenAt(int offset) {
      for (int q = 0; q < toks.size(); q++) {
        if (toks.get(q).begin() >= offset) {
          return q;
        }
      }
      return -1;
    }

    private Token firstWord(Piece p) {
      for (Token t : toks) {
        if (t.begin() >= p.begin() && t.word()) {
          return t;
        }
      }
      return toks.get(0);
    }

    /** {@code [b, e)} without surrounding spaces, separators and a final period. */
    private Piece trim(int b, int e) {
      while (b < e
          && (Tokens.isSpace(text.charAt(b)) || ",:;\u2014\u2013-".indexOf(text.charAt(b)) >= 0)) {
        b++;
      }
      while (e > b
          && (Tokens.isSpace(text.charAt(e - 1))
              || ",:;\u2014\u2013-.".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      if (e <= b) {
        return null;
      }
      boolean word = false;
      for (int i = b; i < e && !word; i++) {
        word = Character.isLetterOrDigit(text.charAt(i));
      }
      return word ? new Piece(b, e) : null;
    }

    /** Whether a piece is exactly one quoted segment. */
    private boolean isSegment(Piece p) {
      Segment g = segmentIn(p);
      return g != null && g.begin() == p.begin() && g.end() >= p.end() - 1;
    }

    private Segment segmentIn(Piece p) {
      for (Segment g : segments) {
        if (g.begin() >= p.begin() && g.begin() < p.end()) {
          return g;
        }
      }
      return null;
    }

    private void emit(Frame f, List<Segment> unitSegments, boolean[] used) {
      if (f.before != null && f.after != null && !isSegment(f.before) && !isSegment(f.after)) {
        // "The ceasefire, Lavrov said, must hold": one quotation around its attribution.
        add(f, new Piece(f.before.begin(), f.after.end()), unitSegments, used);
        return;
      }
      if (f.before != null) {
        add(f, f.before, unitSegments, used);
      }
      if (f.after != null) {
        add(f, f.after, unitSegments, used);
      }
    }

    private void add(Frame f, Piece p, List<Segment> unitSegments, boolean[] used) {
      List<Integer> inside = new ArrayList<>();
      for (int k = 0; k < unitSegments.size(); k++) {
        Segment g = unitSegments.get(k);
        if (g.begin() >= p.begin() && g.begin() < p.end()) {
          inside.add(k);
        }
      }
      QuoteKind kind;
      int b = p.begin();
      int e = p.end();
      Segment only = inside.size() == 1 ? unitSegments.get(inside.get(0)) : null;
      if (only != null && only.begin() == b && only.end() >= e - 1) {
        kind = QuoteKind.DIRECT;
        e = only.end();
      } else if (!inside.isEmpty()) {
        kind = QuoteKind.MIXED;
        Segment lastSeg = unitSegments.get(inside.get(inside.size() - 1));
        e = Math.max(e, lastSeg.end());
      } else {
        kind = QuoteKind.INDIRECT;
      }
      for (int k : inside) {
        used[k] = true;
      }
      Speaker s = f.speaker;
      int cueEnd = f.according ? toks.get(toks.indexOf(f.cue) + 1).end() : f.cue.end();
      Quote q =
          new Quote(
              b,
              e,
              text.substring(b, e),
              kind,
              text.substring(f.cue.begin(), cueEnd),
              f.cue.begin(),
              cueEnd,
              text.substring(s.begin(), s.end()),
              s.begin(),
              s.end(),
              s.entityId(),
              s.method());
      Found fd = new Found(q, unit.paragraph(), only, true);
      fd.unitEnd = unit.end();
      found.add(fd);
    }

    /**
     * A quoted segment no attribution claimed: a continuation, a floating quote or scare quotes.
     */
    private void floating(Segment g) {
      int words = g.words(text);
      boolean standalone = wordsBetween(unit.begin(), g.begin()) == 0;
      if (!g.continuesPrevious()) {
        if (standalone ? words < 2 : words < MIN_FRAGMENT_WORDS || titleCase(g)) {
          return;
        }
      }
      Quote q =
          new Quote(
              g.begin(),
              g.end(),
              text.substring(g.begin(), g.end()),
              QuoteKind.DIRECT,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              SpeakerMethod.NONE);
      Found fd = new Found(q, unit.paragraph(), g, false);
      fd.unitEnd = unit.end();
      fd.floating = true;
      Found prev = previousAttributed(g.begin(), unit.paragraph());
      if (prev != null) {
        fd.quote = q.withSpeakerOf(prev.quote, SpeakerMethod.PREVIOUS_QUOTE);
      }
      found.add(fd);
    }

    /**
     * The latest quotation with a speaker before {@code offset}, in this paragraph or the one
     * before, unless a sentence about another person stands between them.
     */
    private Found previousAttributed(int offset, int paragraph) {
      Found best = null;
      for (Found f : found) {
        if (f.quote.begin() < offset
            && f.quote.speaker() != null
            && (best == null || f.quote.begin() > best.quote.begin())) {
          best = f;
        }
      }
      if (best == null || paragraph - best.paragraph > 1) {
        return null;
      }
      String id = best.quote.speakerEntityId();
      // Names in the previous quotation's own sentence (its attribution) do not count.
      int since = Math.max(best.quote.end(), best.unitEnd);
      if (best.quote.speakerEnd() != null && best.quote.speakerEnd() < offset) {
        since = Math.max(since, best.quote.speakerEnd());
      }
      for (Mention m : mentions) {
        if (m.begin() >= offset) {
          break;
        }
        if (m.begin() >= since
            && m.isPerson()
            && !m.entityId().equals(id)
            && !insideSegment(m.begin())) {
          return null;
        }
      }
      return best;
    }

    /** All words capitalised: a title ("Gone With the Wind") rather than speech. */
    private boolean titleCase(Segment g) {
      List<Token> ws = Tokens.of(text, g.begin(), g.end());
      int words = 0;
      for (Token t : ws) {
        if (t.word()) {
          words++;
          if (!t.capitalised() && t.lower().length() > 3) {
            return false;
          }
        }
      }
      return words > 0;
    }

    /**
     * Paragraphs of a quotation that runs over several take the speaker of the paragraph that is
     * attributed, when they have none of their own.
     */
    private void continueQuotes() {
      found.sort(Comparator.comparingInt((Found f) -> f.quote.begin()));
      List<List<Found>> chains = new ArrayList<>();
      List<Found> chain = null;
      for (Found f : found) {
        Segment g = f.segment;
        if (g == null) {
          chain = null;
          continue;
        }
        if (g.continuesPrevious() && chain != null) {
          chain.add(f);
        } else {
          chain = new ArrayList<>();
          chain.add(f);
          chains.add(chain);
        }
        if (!g.continuesNext() && g.closed()) {
          chain = null;
        }
      }
      for (List<Found> c : chains) {
        if (c.size() < 2) {
          continue;
        }
        Found source = null;
        for (Found f : c) {
          if (f.attributed) {
            source = f;
            break;
          }
        }
        if (source == null) {
          continue;
        }
        for (Found f : c) {
          if (!f.attributed) {
            f.quote = f.quote.withSpeakerOf(source.quote, SpeakerMethod.SAME_QUOTE);
          }
        }
      }
    }

    // ---------------------------------------------------------------- helpers

    private Mention mentionAt(int offset) {
      int lo = 0;
      int hi = mentions.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Mention m = mentions.get(mid);
        if (m.end() <= offset) {
          lo = mid + 1;
        } else if (m.begin() > offset) {
          hi = mid - 1;
        } else {
          return m;
        }
      }
      return null;
    }

    private boolean mentionStartsAt(Token t) {
      Mention m = mentionAt(t.begin());
      return m != null && m.begin() == t.begin();
    }

    private Mention anyMentionOf(String entityId) {
      for (Mention m : mentions) {
        if (m.entityId().equals(entityId)) {
          return m;
        }
      }
      return null;
    }

    /** A word inside a name is not a verb: "Edward Said", "Tell City". */
    private boolean insideName(Token t) {
      Mention m = mentionAt(t.begin());
      return m != null;
    }

    private static boolean separator(Token t) {
      return t.is(",") || t.is(":") || t.is(";") || t.is("\u2014") || t.is("\u2013") || t.is("-");
    }

    private static boolean isTerminator(Token t) {
      return t.is(".") || t.is("!") || t.is("?") || t.is("\u2026");
    }

    private static boolean isNumber(Token t) {
      return t.word() && Character.isDigit(t.text().charAt(0));
    }

    /** A lower-case word in -ly ("McNeely" is a name, "family" a noun). */
    private static boolean adverb(Token t) {
      return !t.capitalised() && adverb(t.lower());
    }

    private static boolean adverb(String w) {
      return w.length() > 4 && w.endsWith("ly") && !w.equals("family") && !w.equals("italy");
    }
  }
}
