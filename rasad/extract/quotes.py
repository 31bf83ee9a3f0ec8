"""Quotes and reported speech, with their speakers.

Direct quotes in every quote-mark style ("…" “…” «…» „…“, and the mixed ” “ of
right-to-left editors), quotes opened by a colon (وقال X: … to the end of the
paragraph, with or without marks), reported speech (قال X إن …: the quote is
the reported content), attributions (وفقا لبيان X، فإن …; with no فإن: fronted.py) and embedded posts
("— Name (@handle) date"). Where the verbs stand: speech_sites.py. The speaker (speakers.py) is the subject of the speech verb: the
entity after the verb, a subject before it ("وكان X قد أكد"), a title phrase
with no entity (speaker None, speaker_span set), or — for a verb with no
subject (وأضاف، وتابع، وتوعدت) — the previous speaker of the paragraph or the
one before it. `speech_acts(doc)` is shared with the event extractor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasad.arabic.normalize import norm
from rasad.document import Document, Quote, Span
from rasad.extract.fronted import fronted_content, in_accordance
from rasad.extract.mention_index import mention_index, spans_starting_in
from rasad.extract.postposed import attributed_content, follows_link, link_opening, postposed_content
from rasad.extract.quote_marks import (
    MIN_QUOTE_WORDS,
    embedded_posts,
    inside_marks,
    min_quote_words,
    quote_pairs,
    quoted_name,
    trim,
    word_count,
)
from rasad.extract.referents import Titles, statement_key
from rasad.extract.speakers import find_speaker
from rasad.extract.speech import (
    IN_STATEMENT,
    ON_BEHALF,
    SpeechVerb,
    conjoined,
    definite_noun,
    is_complementizer,
    is_statement_noun,
    stance_nouns,
)
from rasad.extract.speech_sites import fact_remarks, speech_verbs
from rasad.extract.subject_phrase import only_subject_words
from rasad.extract.wordscan import Word, function_words, previous_word, scan, word_starting_at
from rasad.pipeline import component

_MAX_NESTED_SUBJECT_WORDS = 3  # "أن خبراء يقولون"، "أن مصادر أمنية ذكرت"
_FRAME_REACH = 16  # words and marks after a frame told after its quote in which its needed word stands
_MAX_SUBJECT_GAP = 30  # words between a speech verb and what it introduces
_FROM_WORD = norm("من")
_MAX_STATEMENT_WORDS = 2  # a statement as a frame's subject: "البيان"، "بيان الشبكة"
_ON_BEHALF_REACH = 12  # characters after a spokesman's title in which باسم stands
_NEARBY_ACTS = 6  # the acts before one that may hold it in what they introduce
_MAX_WORDS_BEFORE_OWN = 4  # words before the sentence's own speech verb: "من جهته قال"، "وفي عمّان، أكدت"، "وكان X قد أكد"
_MAX_WORDS_TO_SUBJECT = 4  # title words between that verb and its subject's name: "أكدت الناطقة باسم الحكومة، X"


@dataclass
class SpeechAct:
    verb: Span
    sv: SpeechVerb
    sentence: Span
    paragraph: int
    speaker: str | None = None
    speaker_span: Span | None = None
    content: Span | None = None
    kind: str | None = None  # direct, reported
    explicit: bool = False  # the speaker is named in this sentence
    institution: str | None = None  # for an unnamed spokesman, whom he speaks for ("المتحدث باسم X"، "متحدثة باسم يونكر")
    extra_quotes: tuple[Span, ...] = ()  # more direct quotes introduced by the same verb
    unsourced: bool = False  # told by reports no one is named to stand behind ("تقارير تفيد بأن"): no one goes on
    told_for: SpeechAct | None = None  # the sentence's own act whose words this attribution relays ("أعلنت X …، وفق ما ذكرت Y")


# ---- speech acts --------------------------------------------------------------
def _paragraphs(doc: Document) -> list[Span]:
    if doc.body:
        return [b.span for b in doc.body]
    spans, pos = [], 0
    for line in doc.text.split("\n"):
        if line.strip():
            spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _content(doc: Document, words: Sequence[Word], j: int, stop: int, act: SpeechAct, quotes: list[Span], para: Span) -> None:
    """Find what the verb ending at word `j` introduces; fill act.content and act.kind."""
    text = doc.text
    limit = min(stop, j + 1 + _MAX_SUBJECT_GAP, len(words))
    named_until = -1
    for k in range(j + 1, limit):
        w = words[k]
        if w.start < named_until:
            continue
        q = next((q for q in quotes if q.start <= w.start < q.end), None)
        if q is not None and quoted_name(doc, words, k, limit, inside_marks(text, q)):
            named_until = q.end
            continue
        if q is not None and word_count(text, inside_marks(text, q)) >= min_quote_words(doc, words, j, k, inside_marks(text, q)):
            act.content, act.kind = inside_marks(text, q), "direct"
            act.extra_quotes = tuple(
                inside_marks(text, o) for o in quotes if o.start > q.end and o.start < words[stop - 1].end
                and word_count(text, inside_marks(text, o)) >= MIN_QUOTE_WORDS
            )
            return
        if w.text == ":":
            nxt = k + 1 if k + 1 < len(words) else None
            if nxt is not None and is_complementizer(words, nxt):
                continue
            if nxt is not None and any(q.start <= words[nxt].start < q.end for q in quotes):
                continue
            act.content, act.kind = trim(text, Span(w.end, para.end)), "direct"
            return
        if is_complementizer(words, k) or _that_after_from(words, j, k, act.sv):
            nested = stop < len(words) and _nested_report(words, k, stop)
            end = words[stop - 1].end if stop < len(words) and not nested else act.sentence.end
            if stop < len(words) and not nested:  # back off the link to the next speech act ("، فيما أشارت")
                back = stop - 1
                while back > k and (not words[back].is_word or words[back].text in function_words("clause_link")):
                    back -= 1
                end = words[back].end
            span = trim(text, Span(w.end, end))
            if span.end > span.start:
                inner_quotes = [q for q in quotes if span.start - 1 <= q.start < span.end]
                whole = len(inner_quotes) == 1 and inner_quotes[0].start <= span.start + 1
                act.content, act.kind = span, "direct" if whole else "reported"
            return


def _that_after_from(words: Sequence[Word], j: int, k: int, sv: SpeechVerb) -> bool:
    """Whether أن at word `k`, right after من, opens what the verb ending at word `j` reports: after a stance noun
    ("أعرب عن قلقه من أن"، "مخاوف من أن", data/speech_stance_nouns.tsv), or after a verb of warning and its subject
    with no preposition or other أن between ("حذر وزير الخارجية الجمعة من أن"), not "على الرغم من أن"."""
    if k < 2 or words[k].text not in function_words("complementizer") or words[k - 1].text != _FROM_WORD:
        return False
    if _holds_stance(words[k - 2]):
        return True
    between = words[j + 1 : k - 1]
    return sv.lemma in function_words("warn_verb") and not any(
        w.text in function_words("preposition") or w.text in function_words("complementizer") for w in between)


def _nested_report(words: Sequence[Word], k: int, stop: int) -> bool:
    """Whether the speech verb at word `stop` reports inside what the complementizer at word `k` opens ("أوضح أن
    خبراء يقولون إن…"): only its subject, a few plain words, stands between them, and no conjunction joins it
    ("أكد أن الاتفاق نهائي، وأضاف" is a second act)."""
    between = words[k + 1 : stop]
    return 0 < len(between) <= _MAX_NESTED_SUBJECT_WORDS and all(w.is_word for w in between) and not conjoined(words, stop)


def speech_acts(doc: Document, *, frames: bool = False) -> list[SpeechAct]:
    """Every speech verb of the body with its speaker and what it introduces, in text order; with `frames`,
    also the verbs that say only when they introduce something (`speech_index`)."""
    acts: list[SpeechAct] = []
    titles = Titles()
    last_speaker: SpeechAct | None = None
    issuer: SpeechAct | None = None  # the last act of the document whose speaker issued a statement
    last_para = -1
    for p_index, para in enumerate(_paragraphs(doc)):
        quotes = quote_pairs(doc.text, para.start, para.end)
        if p_index > last_para + 1:
            last_speaker = None  # carry-over reaches one paragraph back at most
        for sentence in spans_starting_in(doc.sentences, para.start, para.end) or [para]:
            words = scan(doc.text, sentence)
            verbs = [(i, j, sv) for i, j, sv in speech_verbs(doc, words, quotes, frames)
                     if not in_accordance(words, j, sv)]  # "وفقا للقانون": no one's words, and no stop to the others
            verbs = _without_idle_frames(doc, words, verbs, quotes, para, sentence)
            in_sentence: SpeechAct | None = None
            remarks = fact_remarks(words, frames)
            for n, (i, j, sv) in enumerate(verbs):
                stop = min([verbs[n + 1][0] if n + 1 < len(verbs) else len(words)] + [k for k in remarks if k > j])
                act = SpeechAct(Span(words[i].start, words[j].end), sv, sentence, p_index)
                _content(doc, words, j, stop, act, quotes, para)
                cites_told = False  # an attribution of words another verb told: not who goes on speaking
                if act.content is None:
                    told = [a.content for a in acts if a.paragraph == p_index and a.content is not None]
                    postposed_content(doc, words, i, act, quotes)
                    if act.content is None and act.sv.cls == "according":
                        attributed_content(doc, words, i, j, stop, act, quotes)
                    opens = i if act.sv.cls == "according" else link_opening(words, i)
                    if act.content is None and opens is not None:
                        fronted_content(doc, words, opens, j, stop, act, quotes)  # "وبحسب X، فقد قتل…"
                    if act.content is not None and any(t.start < act.content.end and act.content.start < t.end for t in told):
                        act.content = act.kind = None  # already another verb's: "قال X إن "…"، بحسب ما نقله عنه موقع"
                        cites_told = _cites(doc, act, acts)
                if follows_link(words, i) or (act.sv.cls == "according" and act.content is not None
                                               and act.content.end <= act.verb.start):
                    # "، وفق ما ذكرت وكالة X": X tells where the words were heard, never one who goes on speaking
                    cites_told = _give_to_own_speaker(doc, words, act, acts) or act.content is None or cites_told
                find_speaker(doc, words, i, j, stop, act, last_speaker, in_sentence, titles)
                if issuer is not None and _told_by_issuer(doc, act, issuer):
                    act.speaker, act.speaker_span = issuer.speaker, issuer.speaker_span  # "وجاء في البيان" far below it
                acts.append(act)
                issuer = act if _issues_statement(words, act, acts) else issuer
                titles.note(doc, act)
                if _idle_relative(words, i, act) or cites_told or act.unsourced:
                    continue  # "التقارير التي تفيد باعتقال الصحفي X": the reports speak, X is no speaker to go on with
                if act.speaker or (act.speaker_span and (act.content or (act.explicit and act.sv.cls != "according"))):
                    last_speaker, last_para, in_sentence = act, p_index, act
    return acts


def _cites(doc: Document, act: SpeechAct, acts: Sequence[SpeechAct]) -> bool:
    """Whether `act`, whose words another verb told already, only tells where they were heard ("، وفقا لوكالة X"، "، وفق
    ما ذكرت وكالة X"): an attribution, a relay or a verb told in one. Its outlet does not go on speaking ("وأضاف:")."""
    if act.sv.cls in ("according", "relay"):
        return True
    before = acts[-1] if acts else None
    return (before is not None and before.sv.cls == "according" and before.sentence == act.sentence
            and len(doc.text[before.verb.end : act.verb.start].split()) <= 1)


def _give_to_own_speaker(doc: Document, words: Sequence[Word], act: SpeechAct, acts: Sequence[SpeechAct]) -> bool:
    """Where the sentence has a speaker of its own before an attribution ("قال X، وفق ما نقلت وكالة Y: "…""،
    "أعلنت X تضامنها مع …، وفق ما أوردت Y"), the words the attribution's verb found are those of X's verb, which
    found none: Y only relays them. True when they were given."""
    own = next((a for a in reversed(acts[-_NEARBY_ACTS:])
                if a.sentence == act.sentence and a.sv.cls not in ("according", "relay")), None)
    if act.content is None or own is None or own.content is not None or not (own.speaker or own.speaker_span):
        return False
    if len(doc.text[own.sentence.start : own.verb.start].split()) > _MAX_WORDS_BEFORE_OWN:
        return False  # "وثيقة … كان بعضها قد أعلن معارضته"، "التقارير التي أشارت إلى": a verb inside what is told
    subject = own.speaker_span
    if subject is not None and subject.start > own.verb.end and (
            len(doc.text[own.verb.end : subject.start].split()) > _MAX_WORDS_TO_SUBJECT):
        return False  # "أعلنت الشرطة، الثلاثاء، توقيف الرئيس الأسبق X": a name far after the verb is its object
    if own.speaker is None and subject is not None and len(doc.span_text(subject).split()) > _MAX_WORDS_TO_SUBJECT:
        return False  # "أكدت مصادر طبية مقتل 6 أشخاص": an unnamed subject may run on into the object
    before = previous_word(words, word_starting_at(words, own.verb.start))
    if before is not None and before.text in function_words("complementizer"):
        return False  # "بعد أن كشف الرئيس عن …، وفق X": a verb inside what X tells
    if act.content.start >= act.verb.end:  # told after the attribution: the words the speaker's verb introduces
        own.content, own.kind, own.extra_quotes = act.content, act.kind, act.extra_quotes
        act.content = act.kind = None
        act.extra_quotes = ()
        return True
    if act.content.start > own.verb.start:
        return False
    # the sentence's words before it, the speaker's verb among them: the quote is the speaker's (find_quotes); the
    # act and its words stay the attribution's, so that an announcement ("أعلنت X مقتل…") stays the event it announces
    if word_count(doc.text, _after_subject(doc, own, act.content)) < MIN_QUOTE_WORDS:
        return False
    act.told_for = own
    return True


def _after_subject(doc: Document, own: SpeechAct, content: Span) -> Span:
    """What the speaker of `own` tells in `content`, the words of its sentence: those after its verb and subject."""
    subject = own.speaker_span
    start = subject.end if subject is not None and own.verb.end <= subject.start < content.end else own.verb.end
    return trim(doc.text, Span(min(max(start, content.start), content.end), content.end))  # a subject run past them: none


def _told_by_issuer(doc: Document, act: SpeechAct, issuer: SpeechAct) -> bool:
    """Whether the words of `act`, with no one found to speak them, are those of the statement `issuer` issued last:
    said in a statement ("وجاء في البيان"), or by the statement as a bare subject of the same noun ("وقالت الوزارة في
    بيان … وأضاف البيان"، "وقال في بيان … وتابع البيان"), whose issuer its own sentence did not name."""
    if act.speaker is not None:
        return False
    if act.sv.cls == IN_STATEMENT:
        return act.speaker_span is None
    subject = [w for w in scan(doc.text, act.speaker_span) if w.is_word] if act.speaker_span is not None else []
    if len(subject) != 1 or not is_statement_noun(subject[0]) or definite_noun(subject[0]) is None:
        return False
    noun = statement_key(subject[0])
    return any(is_statement_noun(w) and statement_key(w) == noun for w in scan(doc.text, issuer.sentence))


def _issues_statement(words: Sequence[Word], act: SpeechAct, acts: Sequence[SpeechAct]) -> bool:
    """Whether the act's named speaker issued a statement: an announcement ("أعلنت الرئاسة أن"), or a sentence that
    names the statement ("وقال بيان صادر عن الرئاسة إن"). Not an outlet that passes it on ("نقلت الأناضول البيان"،
    "وفق ما نقلت سكاي نيوز"), nor a speaker inside another's words ("قال البيت الأبيض في بيان إن الرئيس تحدث")."""
    if act.speaker is None or act.sv.cls in ("relay", "according"):
        return False
    if any(a is not act and a.sentence == act.sentence and a.content is not None
           and a.content.start <= act.verb.start < a.content.end for a in acts[-_NEARBY_ACTS:]):
        return False
    return act.sv.cls == "announce" or any(is_statement_noun(w) for w in words)


def _without_idle_frames(doc: Document, words: Sequence[Word], verbs: list[tuple[int, int, SpeechVerb]],
                         quotes: list[Span], para: Span, sentence: Span) -> list[tuple[int, int, SpeechVerb]]:
    """The verbs less the frames that introduce nothing ("واختتم الرئيس زيارته"), before any verb's content is cut
    at the next verb."""
    out = list(verbs)
    for n in range(len(out) - 1, -1, -1):
        i, j, sv = out[n]
        if sv.frame:
            act = SpeechAct(Span(words[i].start, words[j].end), sv, sentence, -1)
            _content(doc, words, j, out[n + 1][0] if n + 1 < len(out) else len(words), act, quotes, para)
            if act.content is None:
                postposed_content(doc, words, i, act, quotes)
            if not _frame_holds(doc, words, j, act):
                del out[n]
    return out


def _frame_holds(doc: Document, words: Sequence[Word], j: int, act: SpeechAct) -> bool:
    """Whether a frame verb ending at word `j` introduces content, after the words it needs ("حمّل X
    المسؤولية عما جرى، "…"")."""
    if act.content is None:
        return False
    if act.content.start < act.verb.start:  # told after the words: '"…".. هكذا بدأ X حديثه'
        between = list(words[j + 1 : j + 1 + _FRAME_REACH])
    elif act.sv.told_after:
        return False  # "بدا كأنه يخبئ في حديثه …": بدأ folds into بدا (seemed), a frame only after the words
    else:
        between = [w for w in words[j + 1 :] if w.end <= act.content.start]
    if act.sv.named_only:  # "فأجاب بأنها": the complementizer is no word of an object
        return _only_a_name(doc, [w for w in between if w.is_word and w.text not in function_words("complementizer")])
    if act.sv.subject_only:  # "وروى أحد السكان أن", not "يروي الفيلم قصة "…""
        return only_subject_words(mention_index(doc), words[j], [w for w in between if w.text not in function_words("complementizer")])
    if act.sv.needs_next:
        return _stance_right_before(between)
    return not act.sv.needs or any(not act.sv.needs.isdisjoint(w.forms) for w in between)


def _only_a_name(doc: Document, before: Sequence[Word]) -> bool:
    """Whether the words `before` what a frame introduces are its subject's name at most ('وأكمل "…"'، 'وأكمل لافروف
    "…"') or a statement ("وأكمل البيان:"): words of its object ("أكمل الفريق المباراة … "…"") are not."""
    index = mention_index(doc)
    named = [m.span for w in before[:1] for m in index.between(w.start, w.end)]
    return all(any(s.start <= w.start < s.end for s in named) for w in before) or (
        len(before) <= _MAX_STATEMENT_WORDS and bool(before) and is_statement_noun(before[0]))


def _stance_right_before(before: Sequence[Word]) -> bool:
    """Whether the words `before` what a frame introduces end with a stance noun of the speaker's, then at most a
    preposition and أن ("عن ثقتها في أن"، "عن قلقه من أن"، "عن اعتقاده بأن"، 'عن انزعاجها من "…"'): a stance told
    further back ("عبر عن قلقه من المشروع، إلا أن") does not hold what follows."""
    words = [w for w in before if w.is_word]
    if words and words[-1].text in function_words("complementizer"):
        words.pop()
    if words and words[-1].text in function_words("preposition"):
        words.pop()
    return bool(words) and _holds_stance(words[-1])


def _holds_stance(word: Word) -> bool:
    """"ثقتها"، "قلقه"، "بالقلق": a stance noun, not one under ل ("لخشيتها من أن": why something was done)."""
    return not stance_nouns().isdisjoint(word.forms) and not word.text.startswith("ل")


def _idle_relative(words: Sequence[Word], i: int, act: SpeechAct) -> bool:
    """Whether the verb at word `i` opens a relative clause (التي، الذي right before it) that introduces nothing and
    whose speaker was found after it: the clause's subject is the noun before the pronoun ("التقارير التي تفيد
    باعتقال X"), and X is no speaker. One that reports ("التي قال المحققون إنها"، "دانييلز، التي تقول إنها") goes on."""
    prev = previous_word(words, i)
    relative = prev is not None and prev is words[i - 1] and prev.text in function_words("relative_pronoun")
    after = act.speaker_span is not None and act.speaker_span.start > act.verb.start
    return relative and after and act.content is None


def find_quotes(doc: Document) -> list[Quote]:
    quotes: list[Quote] = []
    for act in speech_acts(doc, frames=True):
        if act.content is None or act.kind is None:
            continue
        teller = act.told_for or act
        content = act.content if act.told_for is None else _after_subject(doc, act.told_for, act.content)
        verb = doc.span_text(teller.verb)
        speaker = teller.speaker or _spoken_for(doc, teller)
        quotes.append(Quote(content, act.kind, speaker, teller.speaker_span, verb))
        quotes += [Quote(q, "direct", speaker, teller.speaker_span, verb) for q in act.extra_quotes]
    seen = {q.span for q in quotes}
    quotes += [q for q in embedded_posts(doc) if q.span not in seen]
    return sorted(set(quotes), key=lambda q: (q.span.start, q.span.end))


def _spoken_for(doc: Document, act: SpeechAct) -> str | None:
    """The body an unnamed spokesman speaks for, whose words his are ("وقال متحدث باسم الوزارة"، "الناطق الرسمي باسم
    الحركة"، and "وأضاف" after him). Not the body in another title ("مدرب النادي الملكي"، "مؤسس فيسبوك"، "رئيس
    الجمعية"): its holder speaks for himself, though the events take the body for their actor."""
    if act.institution is None or act.speaker_span is None:
        return None
    after = doc.text[act.speaker_span.end : act.speaker_span.end + _ON_BEHALF_REACH].split()
    return act.institution if after and norm(after[0]) == ON_BEHALF else None


@component("quotes", requires=("sentences", "mentions"), provides=("quotes",))
def quotes_component(doc: Document) -> Document:
    doc.quotes = find_quotes(doc)
    return doc
