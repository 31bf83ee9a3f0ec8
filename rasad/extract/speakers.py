"""Who speaks: the speaker of one speech act, from the words around its verb.

The subject after the verb (Arabic is mostly verb-first), a subject before it ("وكان X قد أكد"), a title
phrase with no entity (speaker None, speaker_span set), a subject with no name that stands for someone told
before (referents.py), or — for a verb with no subject (وأضاف، وتابع، وتوعدت) — the previous speaker of the
paragraph or the one before it. Used by quotes.py for every speech act.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.entities.patterns import COMMAS, head_type
from rasad.extract.mention_index import mention_index, place_country
from rasad.extract.named_as import take_given_name
from rasad.extract.quote_marks import after_quoted_name
from rasad.extract.referents import (
    Titles,
    antecedent,
    described,
    issuer_named_after,
    issuer_speaks,
    main_clause_subject,
    report_told_first,
    statement_before,
    subject_after_was,
)
from rasad.extract.relayed import relayed_source
from rasad.extract.speaker_bodies import body_on_behalf
from rasad.extract.speech import (
    IN_STATEMENT,
    ON_BEHALF,
    conjoined,
    governing_preposition,
    is_complementizer,
    is_statement_noun,
    mention_key,
    mentions_between,
    object_pronoun,
    plural_verb,
    speech_index,
    subject_mention,
)
from rasad.extract.subject_phrase import (
    governed_evidence,
    is_listener,
    is_preposition_pronoun,
    noun_phrase_after,
    unsourced_report,
)
from rasad.extract.subjects import (
    appositive_name,
    complement_of_opening_verb,
    facility_subject,
    first_clause_subject,
    in_subject_modifier,
    linked_clause_subject,
    previous_sentence_subject,
    relative_antecedent,
    relative_named,
    seat_complement,
    subject_outside_asides,
    title_after_name,
    title_complement,
    told_listener,
    topic_subject,
    without_asked,
    without_object,
)
from rasad.extract.title_bearers import bearer_of_body_title, holder_speaks
from rasad.extract.wordscan import Word, function_words, word_starting_at

if TYPE_CHECKING:
    from rasad.extract.quotes import SpeechAct

_COMMA = "،"
_TO = norm("ل")  # the ل of an attribution ("وفقا لرويترز")
_FROM_SOURCE = norm("عن")  # "نقلا عن X"
_MAX_SUBJECT_BEFORE_WORDS = 5  # a subject with no entity between a clause opener and its verb
_MAX_PRIOR_WORDS = 8  # words between سبق and أن: "وسبق للرئيس الروسي، فلاديمير بوتن، أن"
_NOT_IN_SUBJECT = ("preposition", "relative_pronoun", "subject_pronoun", "not_speech")


def clause_start(words: Sequence[Word], i: int, sentence: Span) -> int:
    """Where the clause of the verb at `i` starts: after the last complementizer or clause opener."""
    for k in range(i - 1, -1, -1):
        if is_complementizer(words, k) or words[k].text in function_words("clause_link"):
            return words[k].end
    return sentence.start


def find_speaker(doc: Document, words: Sequence[Word], i: int, j: int, stop: int, act: SpeechAct,
                 previous: SpeechAct | None, same_sentence: SpeechAct | None, titles: Titles) -> None:
    _find_speaker(doc, words, i, j, stop, act, previous, same_sentence, titles)
    take_given_name(doc, words, act)
    holder_speaks(doc, words, act)  # "أما أمير قطر فقال": the emir, not Qatar
    if plural_verb(words, i, act.sv) and _one_person_told_before(doc, words, i, act):
        act.speaker = act.speaker_span = None  # "وصفه المدعون بأنه … وقالوا إن": not the person quoted before


def _one_person_told_before(doc: Document, words: Sequence[Word], i: int, act: SpeechAct) -> bool:
    """Whether the speaker found for the plural verb at word `i` is one person named before the verb's clause: the
    subject of a plural verb is several, told in its own clause ("X وزملاؤه كانوا يقولون") or left unnamed."""
    span = act.speaker_span
    if span is None or span.start >= clause_start(words, i, act.sentence):
        return False
    return any(m.type == "PER" for m in mention_index(doc).at(span))


def _find_speaker(doc: Document, words: Sequence[Word], i: int, j: int, stop: int, act: SpeechAct,
                  previous: SpeechAct | None, same_sentence: SpeechAct | None, titles: Titles) -> None:
    if (report := unsourced_report(words, i, j, mention_index(doc))) is not None:
        if same_sentence is not None and governed_evidence(words, word_starting_at(words, report.start)):
            cites = same_sentence  # "وقال X إنه قرر، بناء على أدلة تشير إلى": X's own words ("رد X على أنباء تفيد": the news')
            act.speaker, act.speaker_span, act.institution = cites.speaker, cites.speaker_span, cites.institution
            return
        act.speaker_span, act.explicit, act.unsourced = report, True, True  # "تقارير تفيد بأن"، "أنباء مفادها"
        return
    told_after = act.content is not None and act.content.start >= act.verb.end
    content_start = act.content.start if act.content and told_after else words[min(stop, len(words)) - 1].end
    zone_end = content_start
    for k in range(j + 1, min(stop, len(words))):
        w = words[k]
        complement = k > j + 1 and w.text.startswith("بال")  # the verb's complement: "توعدت … بالانتقام"
        listener = k > j + 1 and is_listener(w)  # "قال السفير لأحد قادة الكتائب"
        stop_word = w.text in function_words("subject_stop") and not _opens_post_place(doc, words, k, content_start)
        if w.start >= content_start or stop_word or w.text == ":" or complement or listener:
            zone_end = min(zone_end, words[k].start)
            break
    index = mention_index(doc)
    plural = plural_verb(words, i, act.sv)  # "أكدوا تصويتهم": no subject after it
    np = None if plural else noun_phrase_after(words, _past_comma_before_name(doc, words, after_quoted_name(
        doc, words, j, content_start)), stop, index, sources=act.sv.cls == "according")  # "وفقا لمسؤولين": the source
    if np is not None and (teller := told_listener(words, np, act.sv.lemma)) != np:
        np, zone_end = teller, min(zone_end, teller.end)  # "وأبلغ وزير الخارجية السفير الأمريكي أن": the ambassador is told
    subject = _less_object(doc, words, j, act, np) if np is not None else None
    object_told = np is not None and subject != np
    if object_told and np is not None:  # "ووصف الاتفاق بأنه": the agreement is described, no one after the verb speaks
        zone_end = subject.end if subject is not None else np.start
        np = subject
    elif np is not None and act.sv.lemma in function_words("request_verb") and _named_subject(doc, np):
        zone_end = min(zone_end, np.end)  # "ودعت الخارجية الروسية، الخميس، الرئيس ماكرون إلى": he is asked
    told_in = j + 1 < len(words) and is_preposition_pronoun(words[j + 1]) and np is None
    if act.sv.cls == IN_STATEMENT or (told_in and statement_before(words, i, act.sentence)):
        issuer_speaks(doc, words, i, act, same_sentence or previous)  # "رسالة قال فيها:"، "رسالة مفادها:"
        return
    if told_in and act.sv.form != "participle" and not words[j + 1].text.startswith("ل"):
        return  # "الدعم الذي سيعلن عنه قريبا"، "لحظة تقول فيها": no one named, no one to go on with ("وتقول لهما": she)
    if act.sv.form == "participle":
        m = None if same_sentence else subject_outside_asides(doc, words, act.sentence.start, i)
        if m is not None and complement_of_opening_verb(doc, words, m):
            m = None  # "وأشاد بجهود موسكو في المنطقة، لافتا": the one who praised goes on, not Moscow
        if m is not None:
            act.speaker, act.speaker_span = mention_key(doc, m), m.span
        elif (src := same_sentence or previous) is not None:  # "وقال متحدث باسم الوزارة إن …، مشيرا إلى أن": the ministry's
            act.speaker, act.speaker_span, act.institution = src.speaker, src.speaker_span, src.institution
        return
    if act.sv.cls in ("relay", "according"):
        prep = "عن" if act.sv.cls == "relay" else None
        m = _after_preposition(doc, words[j].end, zone_end, prep)
        if act.sv.cls == "relay" and relayed_source(doc, words, j, stop, zone_end, m, act, same_sentence or previous, titles):
            return  # "ونقلت وكالة رويترز عن مصدر في الوزارة قوله": the source speaks, not the outlet named before عن
        if m is not None:
            act.speaker, act.speaker_span, act.explicit = mention_key(doc, m), m.span, True
            return
    m = None
    joined = act.sv.form != "phrase" and conjoined(words, i)  # "إن استمرت واشنطن في التصعيد، وقال": not واشنطن
    relative = None if joined or np is not None else relative_antecedent(doc, words, i)  # "، X، الذي قال إنه": X
    before = None if joined else relative or subject_outside_asides(
        doc, words, clause_start(words, i, act.sentence), i) or _prior_subject(doc, words, i)
    if before is not None and act.sv.lemma in function_words("tell_verb"):
        np = None  # "أن فريق المحقق أبلغ البيت الأبيض أنه": the White House is told
    if np is None and before is None and not plural and not object_told:  # a day before the subject: only a name makes it one ("أعلنت الأحد
        late = noun_phrase_after(words, j, stop, index, past_time=True)  # وزيرة الإعلام X"), not
        m = subject_mention(doc, late.start, zone_end) if late is not None else None  # "أعلنت السبت اعتقال…"
        np = late if m is not None else None
    was = None
    if before is None:
        before, was = subject_after_was(doc, words, i, act.sentence, titles)  # "وكان الوزير يتحدث لعدد من…"
        np = None if was is not None else np
    if np is not None:
        m = m or subject_mention(doc, words[j].end, _before_time_after(doc, words, np, zone_end)) or appositive_name(
            doc, words, np, content_start)
        m = _body_before_person(doc, words, np, m)
        if m is not None and relative_named(doc, words, np, m):  # "قالت أسرة حسين"، "قالت خطيبة خاشقجي، X،": not him
            m = next((x for x in mentions_between(doc, m.span.end, zone_end, ("PER",))
                      if governing_preposition(doc.text, x.span.start) is None), None)
        if m is not None and in_subject_modifier(doc, words, np, m):
            m = None  # "وقال المتحدث باسم شرطة لندن": not London
        seat = m if m is not None and seat_complement(words, np, m) else None  # "قالت شرطة مدينة تورونتو": where
        titled = m if m is not None and title_complement(doc, words, np, m) else None  # "وقال مؤسس تيسلا": not Tesla
        held = titled or seat
        if m is not None and title_after_name(doc, words, np, m):  # "وقالت نجية بونعيم، مديرة حملات منظمة العفو"
            held = m  # the body she works for, where the tagger missed her name
        m = None if held is not None else m
        act.explicit = True
        if m is None and is_statement_noun(words[word_starting_at(words, np.start)]):  # "وقال بيان للبيت الأبيض"
            m = issuer_named_after(doc, words, word_starting_at(words, np.start), content_start)
        if m is None and act.sv.cls == "say" and previous is not None and previous.speaker and (
                described(words, np) or report_told_first(doc, words, np)):  # "وذكرت الأهرام … ولفت التقرير": its report
            act.speaker, act.speaker_span = previous.speaker, previous.speaker_span
            return
        if m is None:
            m = facility_subject(doc, np) or antecedent(doc, words, np, titles, subject_end=zone_end)
            m = m or (bearer_of_body_title(doc, words, np, titled) if titled is not None else None)  # "مؤسس تيسلا": Musk
        if m is not None:
            act.speaker, act.speaker_span = mention_key(doc, m), m.span
        else:
            act.speaker_span = np
            body = next((x for x in mentions_between(doc, words[j].end, zone_end, ("ORG", "GPE", "PER"))
                         if governing_preposition(doc.text, x.span.start) == ON_BEHALF), held) or body_on_behalf(
                doc, words[word_starting_at(words, np.end) : word_starting_at(words, zone_end)], np.start)
            act.institution = mention_key(doc, body) if body not in (None, seat) else _seat_country(doc, seat)
        return
    if before is None and joined:  # "حذر X من أن … إن استمرت واشنطن في التصعيد، وقال": X
        before = topic_subject(doc, words, i, act.sentence) or linked_clause_subject(doc, words, i, act.sentence) \
            or _first_clause_speaker(doc, words, i, act, same_sentence)
    elif before is None and same_sentence is None:  # "ورد X على الانتقادات حين قال": the subject of the clause it hangs on
        before = main_clause_subject(doc, words, i, clause_start(words, i - 1, act.sentence))
    if before is not None:  # subject before the verb: "وكان X قد أكد"
        act.speaker, act.speaker_span, act.explicit = mention_key(doc, before), before.span, True
    elif was is not None:  # "وكان وزير المالية X، وهو صهر الرئيس Y، قد صرح" with X no entity: no one, not Y
        act.speaker_span, act.explicit = was, True
    elif not joined and (subject := _subject_words_before(doc, words, i)) is not None:  # "أن خبراء يقولون إن"
        m = next(iter(mention_index(doc).at(subject)), None) or antecedent(doc, words, subject, titles)
        act.speaker, act.speaker_span, act.explicit = (mention_key(doc, m) if m else None), (m.span if m else subject), True
    elif previous is not None:  # "وأضافت": the same speaker, or the same body an unnamed spokesman speaks for
        act.speaker, act.speaker_span, act.institution = previous.speaker, previous.speaker_span, previous.institution
    elif joined and (told := previous_sentence_subject(doc, act.sentence, across=_opens_with_words(doc, words, i, act))):
        act.speaker, act.speaker_span = mention_key(doc, told), told.span


def _seat_country(doc: Document, seat: Mention | None) -> str | None:
    """The country of the place a local body or office serves ("شرطة مدينة تورونتو"، "محافظ البصرة"): whose official
    body the unnamed speaker is, the place itself being where it serves (data/function_words.tsv seat_office)."""
    if seat is None:
        return None
    return place_country(seat.entity_id) or mention_key(doc, seat)  # a place the KB cannot place: it, rather than no one


def _prior_subject(doc: Document, words: Sequence[Word], i: int) -> Mention | None:
    """The one who had said it before, under ل after a verb of coming before (data/function_words.tsv prior_verb),
    for the verb at word `i` right after أن ("وسبق للرئيس الروسي، X، أن كشف أن"): a person first."""
    if i < 3 or not is_complementizer(words, i - 1):
        return None
    k = next((n for n in range(i - 2, max(-1, i - 2 - _MAX_PRIOR_WORDS), -1)
              if not function_words("prior_verb").isdisjoint(words[n].forms)), None)
    if k is None or not words[k + 1].text.startswith(_TO):
        return None
    found = mentions_between(doc, words[k + 1].start, words[i - 1].start)
    people = [m for m in found if m.type == "PER"]
    return (people or found)[0] if found else None


def _before_time_after(doc: Document, words: Sequence[Word], np: Span, end: int) -> int:
    """Where the words that may name the subject `np` end: at a time told right after it, commas aside ("أعلنت
    الشرطة، الثلاثاء، توقيف رجل الأعمال X"، "اتهم البيت الأبيض يوم الاثنين الصين"): a name is told before the
    time, and one after it is what the verb was done to. `end` where no time follows the subject (a time inside a
    title's words, "الأستاذ في جامعة …، والمؤلف المشارك في الدراسة التي نشرت في سبتمبر الماضي، X", is no bound)."""
    k = word_starting_at(words, np.end)
    while k < len(words) and words[k].text in COMMAS:
        k += 1
    timed = k < len(words) and words[k].start < end and mention_index(doc).in_timex(words[k].start)
    return words[k].start if timed else end


def _first_clause_speaker(doc: Document, words: Sequence[Word], i: int, act: SpeechAct,
                          same_sentence: SpeechAct | None) -> Mention | None:
    """The person the first clause names (first_clause_subject) for the joined verb at word `i`, unless the
    sentence's speech act before it tells him after its own subject and a time ("أعلنت الشرطة، الثلاثاء، توقيف رجل
    الأعمال X، وقالت إن": what was announced) or inside its words ('وجاء في بيان للحكومة "أعاد الموساد ساعة X"،
    وأضاف'); then that act's speaker goes on."""
    m = first_clause_subject(doc, words, i, act.sentence)
    if m is None or same_sentence is None or same_sentence.speaker_span is None:
        return m
    told = [same_sentence.content, *same_sentence.extra_quotes] if same_sentence.content is not None else []
    if any(q.start <= m.span.start < q.end for q in told):
        return None
    subject = same_sentence.speaker_span
    after_time = subject.end <= m.span.start and _before_time_after(doc, words, subject, m.span.start) < m.span.start
    return None if after_time else m


def _body_before_person(doc: Document, words: Sequence[Word], np: Span, m: Mention | None) -> Mention | None:
    """The body that opens the subject phrase `np`, right after the verb or after an organisation head
    (data/ner_heads.tsv), rather than a person `m` named after it, who is the object: "أعلن نادي إيفرتون … إقالة
    سام ألارديس"، "دعا البرلمان الأوروبي، للمرة الثانية، مارك زوكربرغ". A person is the speaker before a body named
    earlier only where another word opens the phrase, a title ("قال وزير خارجية قطر X"), or right after it."""
    if m is None or m.type != "PER":
        return m
    body = next((x for x in mentions_between(doc, np.start, m.span.start, ("ORG", "GPE"))
                 if governing_preposition(doc.text, x.span.start) is None and x.span.end <= m.span.start), None)
    if body is None or not doc.text[body.span.end : m.span.start].strip():
        return m  # "قال الإسباني رافائيل نادال": a nationality the name follows is his
    first = word_starting_at(words, np.start)
    opens = body.span.start <= words[first].start or (
        head_type(words[first].text) == "ORG" and first + 1 < len(words) and body.span.start <= words[first + 1].start)
    return body if opens else m


def _less_object(doc: Document, words: Sequence[Word], j: int, act: SpeechAct, np: Span) -> Span | None:
    """The subject `np` after a verb of describing or accusing (data/function_words.tsv object_verb) less the object
    told before ب ("ووصف المشاركون فرانكلين بأنها": المشاركون), or after a verb of asking (request_verb) less the
    one it asks ("ودعت الخارجية الروسية الرئيس ماكرون إلى": the ministry); a verb with its object
    written onto it ("ووصفتها اليونسكو بأنها") keeps its subject whole."""
    if _carries_object(words, j, act):
        return np
    if act.sv.lemma in function_words("request_verb"):
        return without_asked(doc, words, np)
    return without_object(doc, words, np) if act.sv.lemma in function_words("object_verb") else np


def _named_subject(doc: Document, np: Span) -> bool:
    """Whether the subject `np` names its speaker: a name that opens it, or a person's name after a title ("المتحدثة
    باسم الوزارة ماريا زخاروفا"); not a body in a title's words ("الرئيس التنفيذي لشركة الطيران"، whose bearer may
    be named after a comma)."""
    m = subject_mention(doc, np.start, np.end)
    return m is not None and (m.type == "PER" or m.span.start == np.start)


def _carries_object(words: Sequence[Word], j: int, act: SpeechAct) -> bool:
    """Whether the verb of `act`, ending at word `j`, has a pronoun written after its form ("ووصفتها"، "اتهمهم"): not
    the letters of the verb itself ("واتهم" ends like the pronoun هم)."""
    first = word_starting_at(words, act.verb.start)
    return any(object_pronoun(words[j], m.form) for m in speech_index(True).matches_at(words, first) if m.payload == act.sv)


def _opens_post_place(doc: Document, words: Sequence[Word], k: int, end: int) -> bool:
    """Whether the subject_stop word at `k` opens the place of a title's post, with the title's bearer named right
    after that place and before `end` ("وقال سفير السعودية لدى الأمم المتحدة عبدالله المعلمي إن"، "مبعوث الأمم
    المتحدة إلى سوريا ستيفان دي ميستورا"; data/function_words.tsv post_place): the subject goes on to that name. Not
    "قال الوزير لدى وصوله"، "لدى لقائه الرئيس X": no body or place right after the preposition."""
    if words[k].text not in function_words("post_place") or k + 1 >= len(words):
        return False
    index = mention_index(doc)
    places = [m for m in index.between(words[k + 1].start, end) if m.span.start == words[k + 1].start and m.type != "PER"]
    if not places:
        return False
    place_end = max(m.span.end for m in places)
    rest = doc.text[place_end:end]
    name_start = place_end + len(rest) - len(rest.lstrip())
    return any(m.type == "PER" and m.span.start == name_start for m in index.between(name_start, end))


def _past_comma_before_name(doc: Document, words: Sequence[Word], j: int) -> int:
    """Word `j`, or the comma right after it where a name follows the comma ("وقال، X، المتحدث باسم الوكالة إن"،
    "وأضاف، لافروف إن"): the subject set off by commas, not a verb with no subject ("وأضاف، في بيان، أن")."""
    comma = j + 1
    if comma + 1 >= len(words) or words[comma].text not in (_COMMA, ","):
        return j
    after = words[comma + 1].start
    named = any(m.span.start == after for m in mentions_between(doc, after, after + 1))
    return comma if named else j


def _opens_with_words(doc: Document, words: Sequence[Word], i: int, act: SpeechAct) -> bool:
    """Whether the verb at word `i` opens its sentence and the words it introduces follow it after a colon or a quote
    mark ("وقالت "أحث …""، "وتابعت:"): a sentence that goes on from the one before, though a paragraph break stands
    between them."""
    if i != 0 or act.content is None or act.content.start < act.verb.end or act.kind != "direct":
        return False
    if any(is_complementizer(words, k) for k in range(1, len(words)) if words[k].end <= act.content.start):
        return False  # "وقال السبت عن اللقاء إنه "…"": told as reported, the verb's own subject left out
    return not mention_index(doc).between(act.verb.end, act.content.start)  # "وقال بيارا بوار": a name, cut


def _subject_words_before(doc: Document, words: Sequence[Word], i: int) -> Span | None:
    """The subject with no entity between a complementizer or لكن and the verb at word `i` of the clause it opens
    ("أوضح أن خبراء يقولون"، "إلا أن رؤساء الكنائس قالوا"، "لكن الجهاز الطبي قال"): a few plain words, none a
    function word or a time. Other clause links (فيما، بينما، حيث) not: their clause often goes on with the speaker
    before. A new speaker after لكن may leave a statement undated where the events dated it by the speaker's last
    one ("لكن البيت الأبيض قال" after the president's words)."""
    index = mention_index(doc)
    k = i - 1
    while k >= 0 and i - k <= _MAX_SUBJECT_BEFORE_WORDS and words[k].is_word and not index.in_timex(words[k].start):
        if is_complementizer(words, k) or words[k].text in function_words("clause_link") or _contrast(words[k]):
            break
        if any(words[k].text in function_words(kind) for kind in _NOT_IN_SUBJECT):
            return None
        k -= 1
    opener = k >= 0 and words[k].is_word and (is_complementizer(words, k) or _contrast(words[k]))
    return Span(words[k + 1].start, words[i - 1].end) if opener and k < i - 1 else None


def _contrast(word: Word) -> bool:
    """"لكن"، "ولكن": a link that opens a clause with a subject of its own ("لكن الجهاز الطبي قال إن")."""
    text = word.text[1:] if word.text[:1] == "و" else word.text
    return text in function_words("contrast_link")


def _cited_source(prep: str | None) -> bool:
    """Whether a name under `prep` (None: under none) may be the source an attribution cites: the ل of "وفقا لرويترز"
    (or a preposition ل opens: "لصحيفة") or the عن of "نقلا عن"; not في، ب، من… ("بحسب تقرير الغرفة التجارية في تونس")."""
    return prep is None or prep.startswith(_TO) or prep == _FROM_SOURCE


def _after_preposition(doc: Document, start: int, end: int, prep: str | None) -> Mention | None:
    """For relays and attributions the source is governed by a preposition (عن X، لبيان X)."""
    found = mentions_between(doc, start, end)
    if prep is not None:
        found = [m for m in found if governing_preposition(doc.text, m.span.start) == norm(prep)] or found
    else:  # "حسب المجلة، … في باريس"، "وفقا لبيان السفارة في القاهرة": a name under another preposition is where
        found = [m for m in found if _cited_source(governing_preposition(doc.text, m.span.start))]
    people = [m for m in found if m.type == "PER"]
    return (people or found)[0] if found else None

