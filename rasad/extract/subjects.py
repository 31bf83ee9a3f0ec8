"""Which name before or inside a speech verb's subject is the speaker, where the nearest one is not.

- A verb joined by و or ف with no subject after it ("حذر X من أن تبحث أنقرة … إن استمرت واشنطن في التصعيد،
  وقال في خطاب") shares the subject of the sentence's first clause (X, a person), not the name nearest before
  it; with no person there, the speaker before goes on.
- A name in an aside between a subject and its verb ("البيرق، وهو صهر الرئيس أردوغان، قد صرح") is not the
  subject.
- A title in construct with a body or a place ("وقال مؤسس تيسلا"، "قال وزير خارجية إيران") names a person who
  holds it, not the body: the body is whom the person speaks for.
- A person named in a subject headed by a noun for those around him ("قالت أسرة حسين"، "قال محامي ترامب") is whose
  they are, not the speaker.
- After a verb of telling, a second noun phrase headed by a title ("وأبلغ وزير الخارجية السفير الأمريكي أن") is
  whom the speaker tells, not part of the speaker.
Used by quotes.py for every speech act.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.speaker_bodies import is_brand_head
from rasad.extract.speech import (
    ON_BEHALF,
    PROCLITIC_PREPS,
    SPEAKER_TYPES,
    bare_noun,
    definite_noun,
    governing_preposition,
    is_complementizer,
    mentions_between,
    person_roles,
    seated_place,
    subject_mention,
)
from rasad.extract.subject_phrase import is_listener_noun, noun_phrase_after
from rasad.extract.wordscan import Word, function_words, previous_word, scan, word_starting_at

_COMMA = "،"
_FROM_WORD = norm("من")
_NAME_MARKS = " \"“”«»"  # what may stand between a name and another told right after it
_WITH_ARTICLE = "بال"  # ب and the article written onto a noun ("بالتحيز")
_TO_ARTICLE = "لل"  # ل and the article written onto a noun ("للانخراط")
_MAX_TITLE_TAIL_WORDS = 14  # words of a title that runs on to its bearer's name ("الخبير في … بالمعهد … في تونس، X")
_ANSWER = "ف"  # the answer of أما written onto its verb ("أما X فقال")
_HIS = "ه"  # the pronoun written onto a noun, which normalises like the feminine ة
_QUOTE_MARKS = frozenset("\"“”«»„")
_NOT_VERBS = ("preposition", "subject_stop", "conjunction_before", "clause_link", "locative", "demonstrative")


def first_clause_subject(doc: Document, words: Sequence[Word], i: int, sentence: Span) -> Mention | None:
    """For a joined verb at word `i` with no subject after it: the subject of its sentence's first clause, a
    person named before the first complementizer ("أن"، "إن") of the sentence. None when a complementizer opens
    the sentence ("وأفادت أن X …، وأوضحت": the subject was told before it) or no person is named there ("وفي
    معرض حديثها عن برنامج "ذا فويس" فقالت": the programme is what she speaks of)."""
    end = next((words[k].start for k in range(i) if words[k].start >= sentence.start and is_complementizer(words, k)),
               words[i].start if i < len(words) else sentence.end)
    m = subject_mention(doc, sentence.start, end) if end > sentence.start else None
    return m if m is not None and m.type == "PER" else None  # a body there is as often what the clause is about


def linked_clause_subject(doc: Document, words: Sequence[Word], i: int, sentence: Span) -> Mention | None:
    """For a joined verb at word `i` with no subject after it: the subject of the main clause a link (لكن، بينما،
    فيما، كما; not a time or cause: عندما، حيث) opened before it, named right after that clause's first verb (the
    person a title before him holds, not the title's body) ("علق كلوب بأن …، ولكن بعد المباراة طمأن الاتحاد المصري الجماهير، وغرد على تويتر
    بأن": the federation tweeted, not Klopp). None when no link stands between
    the verb and the sentence's start, when أن follows the link (what is said there is told), or when no name
    follows the first word after the link that can be a verb (no article, no function word)."""
    link = next((k for k in range(i - 1, -1, -1) if words[k].start >= sentence.start and _is_link(words[k])), None)
    if link is None or any(is_complementizer(words, k) for k in range(link + 1, i)):
        return None
    index = mention_index(doc)
    verb = next((n for n in range(link + 1, i) if _can_be_verb(words[n])), None)
    if verb is None or index.between(words[verb].start, words[verb].end):
        return None  # "ولكن ماكرون": a name first is the link's subject, told before a verb of its own
    np = noun_phrase_after(words, verb, i, index)
    m = subject_mention(doc, np.start, np.end) if np is not None else None
    if np is None or m is None or m.type == "PER" or bare_noun(words[word_starting_at(words, np.start)]) not in person_roles():
        return m
    end = next((k for k in range(verb + 1, i) if not words[k].is_word and words[k].text not in _QUOTE_MARKS), i)
    person = subject_mention(doc, np.start, words[end].start)  # "رئيسة صندوق النقد "كريستين لاغارد"": her, not the fund
    return person if person is not None and person.type == "PER" else m


def topic_subject(doc: Document, words: Sequence[Word], i: int, sentence: Span) -> Mention | None:
    """For a verb at word `i` with the ف that answers أما ("أما المرصد السوري، ومقره بريطانيا، فأكد أن"): the one
    named after أما (data/function_words.tsv topic_opener), a person first, the topic the answer says something of.
    None with no أما before it in its sentence or with a complementizer between (its words were told there)."""
    if not words[i].text.startswith(_ANSWER):
        return None
    k = next((n for n in range(i - 1, -1, -1) if words[n].start >= sentence.start
              and words[n].text in function_words("topic_opener")), None)
    if k is None or any(is_complementizer(words, n) for n in range(k + 1, i)):
        return None
    return subject_mention(doc, words[k].end, words[i].start)


def complement_of_opening_verb(doc: Document, words: Sequence[Word], m: Mention) -> bool:
    """Whether mention `m` ends a phrase under ب or ل right after the verb that opens its sentence, with bare nouns
    only between ("ورحب بقرار ألمانيا"، "وأشاد بجهود موسكو في المنطقة"): what the verb was done to, not who
    did it; that verb's subject is left out, told before. Not a person's name right after the word ("واتفقت
    بشرى حداد": a first name the tagger left out)."""
    k = word_starting_at(words, m.span.start)
    if k < 2 or not _can_be_verb(words[0]) or words[1].text[:1] not in PROCLITIC_PREPS or len(words[1].text) < 4:
        return False
    if k == 2 and m.type == "PER":
        return False
    return all(_heads_construct(doc, words[n]) for n in range(1, k))


def _is_link(word: Word) -> bool:
    links = function_words("main_clause_link")
    return word.text in links or (word.text[:1] == "و" and word.text[1:] in links)


def _can_be_verb(word: Word) -> bool:
    """Whether `word` may be a verb: a word with no article, no function word ("بعد"، "في")."""
    return word.is_word and definite_noun(word) is None and not any(
        word.text in function_words(kind) for kind in _NOT_VERBS)


def previous_sentence_subject(doc: Document, sentence: Span, *, across: bool = False) -> Mention | None:
    """For a joined verb with no subject and no speaker before it ("ولم يخف X أن الأولوية … . وقال السبت عن اللقاء
    إنه"، "وغرد X بمقطع … . وكتب تحته:"): the person named in the first clause of the sentence right before, in
    the same paragraph (or with `across`, in the paragraph before: "وانتقدت X …¶وقالت "…""), else the subject right
    after the verb that opens it ("وردت مصر في بيانها …¶وتابعت:")."""
    n = bisect_left(doc.sentences, sentence.start, key=_start) - 1
    if n < 0 or (not across and "\n" in doc.text[doc.sentences[n].end : sentence.start]):
        return None
    before = doc.sentences[n]
    words = scan(doc.text, before)
    if not words:
        return None
    said = next((k for k, w in enumerate(words) if w.text == ":" or w.text in _QUOTE_MARKS), len(words))
    return first_clause_subject(doc, words, said, before) or _subject_after_opening_verb(doc, words)  # not in its quote


def _subject_after_opening_verb(doc: Document, words: Sequence[Word]) -> Mention | None:
    """The mention right after a sentence's first word where that word is a verb joined by و or ف ("وردت مصر"): no
    article, no preposition, and nothing between it and the mention."""
    first = words[0]
    if len(words) < 2 or not first.is_word or first.text[0] not in "وف" or definite_noun(first) is not None:
        return None
    if first.text in function_words("preposition") or first.text[1:] in function_words("preposition"):
        return None
    return next((m for m in mention_index(doc).between(words[1].start, words[1].end) if m.span.start == words[1].start
                 and m.type in SPEAKER_TYPES), None)


def facility_subject(doc: Document, np: Span) -> Mention | None:
    """A place that speaks for those who work in it, as the whole subject's head ("قال البيت الأبيض"، "وأعلن
    الكرملين"): the facility mention the subject starts with, where no person, body or state is named."""
    return next((m for m in mention_index(doc).between(np.start, np.start + 1) if m.type == "FAC"), None)


def relative_antecedent(doc: Document, words: Sequence[Word], i: int) -> Mention | None:
    """For a verb at word `i` right after a relative pronoun, with no subject after it ("رئيس الوزراء الجديد، X،
    الذي قال في تعليق إنه"): the name the pronoun follows, its antecedent and the verb's subject; None when the
    pronoun follows no name."""
    rel = previous_word(words, i)
    if rel is None or rel is not words[i - 1] or rel.text not in function_words("relative_pronoun"):
        return None
    k = i - 2
    while k >= 0 and words[k].text in (_COMMA, ","):
        k -= 1
    if k < 0 or not words[k].is_word:
        return None
    ending = [m for m in mentions_between(doc, words[0].start, words[k].end) if m.span.end == words[k].end]
    people = [m for m in ending if m.type == "PER"]
    return next(iter(people or ending), None)


def _start(span: Span) -> int:
    return span.start


def title_complement(doc: Document, words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether mention `m` inside the subject `np` is the complement of a person's title that heads it ("مؤسس
    تيسلا"، "رئيس مجلس النواب"): a role noun without the article, then the body or place, and no person."""
    head = words[word_starting_at(words, np.start)]
    return (m.type != "PER" and head.end <= m.span.start < np.end and definite_noun(head) is None
            and bare_noun(head) in person_roles())


def seat_complement(words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether the place `m` inside the subject `np` is the genitive of the local body or office that heads it
    ("قالت شرطة مدينة تورونتو"، "وقال محافظ البصرة"): where the speaker serves, neither the speaker nor whom he
    speaks for."""
    return np.start < m.span.start < np.end and seated_place(words, word_starting_at(words, m.span.start), m)


def relative_named(doc: Document, words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether the person `m` inside the subject `np` is whose the speaker is, not the speaker: named after a noun
    for the people around someone that heads the subject with no article ("قالت أسرة حسين"، "عائلة الصحفي X";
    data/function_words.tsv relative_group), or right after a noun for one person tied to another, or a title
    ("والد صلاح"، "محامي ترامب"; relative_one, data/person_roles.tsv). A title between the noun and the name
    makes the name its bearer's ("زوجة الرئيس الأمريكي ميلانيا ترامب")."""
    if m.type != "PER" or not np.start < m.span.start < np.end:
        return False
    k = word_starting_at(words, np.start)
    head = words[k]
    if definite_noun(head) is not None or doc.text[head.end - 1] == _HIS:
        return False  # "ويقول شقيقه عبد الرحمن": his brother, named; ه and ة read alike once normalised
    if head.text in function_words("relative_group"):
        return True
    right_after = k + 1 < len(words) and words[k + 1].start == m.span.start
    return right_after and (head.text in function_words("relative_one") or head.text in person_roles())


def in_subject_modifier(doc: Document, words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether mention `m`, found past the end of the subject `np`, stands in a phrase under a preposition that
    describes the subject ("المتحدث باسم شرطة لندن"، "مدير الحوزة الواقعة في بلدة اجتهاد"، "مسؤول في شرطة
    دالتون"): a place or body of its description, not who speaks. Not the body after من, of which the speakers are
    ("وقال عدد من مراسلي رويترز"). A person there may be the subject's name, and a
    name in brackets names the subject or its body ("ثاني أكبر منتج للألومنيوم في الولايات المتحدة (سينتوريوم)"), as
    does a company's or a medium's name after باسم ("متحدث باسم شركة نايكي", data/speech_brand_heads.tsv)."""
    if m.type == "PER" or m.span.start < np.end or doc.text[: m.span.start].rstrip().endswith("("):
        return False
    if any(o.span.end <= m.span.start and not doc.text[o.span.end : m.span.start].strip(_NAME_MARKS)
           for o in mentions_between(doc, np.end, m.span.start)):
        return False  # the body's other name right after it: 'متحدثة باسم وزارة الدفاع الأميركية "البنتاغون"'
    between = [w for w in words if np.end <= w.start < m.span.start and w.is_word]
    governed = next((w for w in between if governing_preposition(doc.text, w.start) is not None), None)
    if governed is None:
        return False
    prep = governing_preposition(doc.text, governed.start)
    if prep == _FROM_WORD:
        return False  # of whom the speakers are: "وقال عدد من مراسلي رويترز"، "وقالت ثلاثة من فصائل المنظمة"
    before = previous_word(words, word_starting_at(words, m.span.start))
    named_body = before is not None and is_brand_head(before)  # "متحدث باسم شركة نايكي": Nike, the body he speaks for
    return not (prep == ON_BEHALF and named_body)


def asides(words: Sequence[Word], first: int, last: int) -> set[int]:
    """The indices of the words in words[first:last] that stand in an aside opened by a comma and a pronoun ("،
    وهو صهر الرئيس X،"، "، الذي يشغل منصب رئيس Y،"), up to the comma that closes it."""
    inside: set[int] = set()
    k = first
    while k < last - 1:
        if words[k].text == _COMMA and _opens_aside(words[k + 1]):
            close = next((n for n in range(k + 1, last) if words[n].text == _COMMA), None)
            if close is None:
                break  # not closed before the verb: the verb may be the aside's own
            inside.update(range(k, close + 1))
            k = close
        k += 1
    return inside


def _opens_aside(word: Word) -> bool:
    text = word.text[1:] if word.text.startswith("و") else word.text
    return word.text in function_words("relative_pronoun") or text in function_words("subject_pronoun")


def subject_outside_asides(doc: Document, words: Sequence[Word], start: int, i: int) -> Mention | None:
    """The subject among the mentions from offset `start` to the verb at word `i`, less those in an aside."""
    first = word_starting_at(words, start)
    skip = asides(words, first, i)
    if not skip:
        return subject_mention(doc, start, words[i].start)
    cut = [k for k in range(first, i) if k not in skip and (k - 1 in skip or k == first)]
    found = [m for k in cut if (m := subject_mention(doc, words[k].start, _segment_end(words, k, i, skip))) is not None]
    people = [m for m in found if m.type == "PER"]
    return (people or found)[0] if found else None


def _segment_end(words: Sequence[Word], k: int, i: int, skip: set[int]) -> int:
    return words[next((n for n in range(k, i) if n in skip), i)].start



def title_after_name(doc: Document, words: Sequence[Word], np: Span, m: Mention) -> bool:
    """Whether mention `m`, after the subject `np`, stands in the title of a name the tagger missed ("وقالت نجية
    بونعيم، مديرة حملات منظمة العفو الدولية، …": the body is where she works, not who speaks): `np` holds no
    mention and opens with neither a role noun nor the article (a name), and a comma then a role noun open the
    aside that holds `m`."""
    if m.span.start < np.end or mention_index(doc).between(np.start, np.end):
        return False
    head = words[word_starting_at(words, np.start)]
    if definite_noun(head) is not None or bare_noun(head) in person_roles():
        return False
    after = [w for w in words if np.end <= w.start < m.span.start]
    return (len(after) >= 2 and after[0].text in (_COMMA, ",") and bare_noun(after[1]) in person_roles()
            and not any(w.text in (_COMMA, ",") for w in after[1:]))


def told_listener(words: Sequence[Word], np: Span, lemma: str) -> Span:
    """The subject `np` after a verb of telling (`tell_verb`) with its object cut off: a title with the article,
    or a listener noun ("الصحفيين", data/speech_listeners.tsv), after a word that closes a definite phrase ("وزير الخارجية | السفير الأمريكي"), not one in construct after
    a bare title ("مستشار الرئيس"). Other verbs' subjects are returned whole."""
    if lemma not in function_words("tell_verb"):
        return np
    first = word_starting_at(words, np.start)
    for k in range(first + 2, len(words)):
        if words[k].start >= np.end:
            break
        told = definite_noun(words[k]) in person_roles() or is_listener_noun(words[k])
        if told and definite_noun(words[k - 1]) is not None:
            return Span(np.start, words[k - 1].end)
    return np


def appositive_name(doc: Document, words: Sequence[Word], np: Span, end: int) -> Mention | None:
    """The person named between commas after a title with no name whose words run on with where its bearer works
    ("ويقول الخبير في الطبقات الجوية بالمعهد الوطني للرصد الجوي في تونس، هشام السكوحي، لبي بي سي إن"): the title's
    first comma, then a name that a comma, a colon or the words said (from `end`) close. The words of the title name
    no one else ("مستشار الرئيس X، Y،" is X's adviser's title)."""
    first = word_starting_at(words, np.start)
    if first >= len(words) or bare_noun(words[first]) not in person_roles():
        return None
    k = first
    while k < len(words) and words[k].is_word and words[k].start < end and k - first <= _MAX_TITLE_TAIL_WORDS:
        k += 1
    if k + 1 >= len(words) or words[k].text not in (_COMMA, ",") or words[k + 1].start >= end:
        return None
    if mentions_between(doc, np.start, words[k].start, ("PER",)):
        return None
    name = next((m for m in mention_index(doc).between(words[k + 1].start, end)
                 if m.span.start == words[k + 1].start and m.type == "PER"), None)
    if name is None:
        return None
    after = doc.text[name.span.end : end].lstrip()
    return name if not after or after[0] in (_COMMA, ",", ":") or name.span.end >= end else None


def without_object(doc: Document, words: Sequence[Word], np: Span) -> Span | None:
    """For a verb whose object stands before what it says of it, told with ب ("ووصف الاتفاق بأنه"، "اتهمت الحكم
    بالتحيز"، "ووصف المشاركون فرانكلين بأنها"): the subject `np` less the object that ends it, a name or a single
    word right before the ب; None where the object is all of it. A subject that goes on past a name ("ووصف ترامب
    الرسوم بأنها": the object is no name) is kept whole, as is one of several words with no name at its end."""
    first = word_starting_at(words, np.start)
    inside = [k for k in range(first, len(words)) if words[k].start < np.end]
    after = inside[-1] + 1 if inside else first
    told = next((k for k in inside[1:] if words[k].text.startswith(_WITH_ARTICLE)), None)  # "الحكم بالتحيز" in one phrase
    end_k = told - 1 if told is not None else after - 1
    nxt = told if told is not None else after
    if end_k < first or nxt >= len(words) or not _opens_with_bi(words, nxt):
        return np
    end = words[end_k].end
    named = [m for m in mentions_between(doc, np.start, end) if m.span.end == end]
    start = named[0].span.start if named else (np.start if end_k == first else None)
    if start is None:
        return np
    k = word_starting_at(words, start) - 1
    while k >= first and _heads_construct(doc, words[k]):  # "تحقيق مولر"، "هجمات ترامب": the name's noun is the object
        k -= 1
    return Span(np.start, words[k].end) if k >= first else None


def without_asked(doc: Document, words: Sequence[Word], np: Span) -> Span:
    """For a verb of asking (data/function_words.tsv request_verb), whose object, the one asked, may stand between
    its subject and what it asks for ("ودعا الرئيس الأمريكي الكونغرس إلى"، "طالبت وزارة الخارجية الروسية الرئيس
    الفرنسي ماكرون بـ"): the subject `np` less a name that ends it right before the link (request_link, أن, or ب
    or لل written onto a word), after a word that closes a phrase (the article, a name). Whole where the one asked is
    left out ("دعت الولايات المتحدة إلى"), where the name is in construct with a title ("رئيس وزراء إسرائيل")
    or under a preposition ("الأمين العام للأمم المتحدة"), and where a person's name follows a title with no name
    before it ("الرئيس العراقي برهم صالح": the title's bearer)."""
    first = word_starting_at(words, np.start)
    last = max((k for k in range(first, len(words)) if words[k].start < np.end), default=first)
    if last + 1 >= len(words) or not _opens_request(words, last + 1):
        return np
    end = words[last].end
    asked = next((m for m in mentions_between(doc, np.start, end) if m.span.end == end), None)
    if asked is None or asked.span.start <= np.start or governing_preposition(doc.text, asked.span.start) is not None:
        return np
    before = words[word_starting_at(words, asked.span.start) - 1]
    named = [m for m in mentions_between(doc, np.start, before.end) if m.span.end <= before.end]
    closed = definite_noun(before) is not None or any(m.span.end == before.end for m in named)
    if not closed or (asked.type == "PER" and not any(m.span.start == np.start for m in named)):
        return np
    return Span(np.start, before.end)


def _opens_request(words: Sequence[Word], k: int) -> bool:
    """"إلى"، "على"، "أن"، "بأن"، "بـ"، "للانخراط": what a verb of asking asks for (data/function_words.tsv
    request_link)."""
    text = words[k].text
    return (text in function_words("request_link") or is_complementizer(words, k) or text.startswith(_TO_ARTICLE)
            or _opens_with_bi(words, k))


def _heads_construct(doc: Document, word: Word) -> bool:
    """Whether `word`, right before a name, is a noun in construct with it ("تحقيق مولر"): no article, no name of its
    own, and no role noun (a title before a name is its bearer's, "وصف الوزير X")."""
    return (word.is_word and definite_noun(word) is None and bare_noun(word) not in person_roles()
            and not mention_index(doc).between(word.start, word.end) and not word.text.startswith("ال"))


def _opens_with_bi(words: Sequence[Word], k: int) -> bool:
    """"بأنه"، "بأن"، "بالتحيز"، "بـ": what a verb of describing or accusing says of its object."""
    text = words[k].text
    return (is_complementizer(words, k) and text.startswith("ب")) or text.startswith(_WITH_ARTICLE) or text in ("ب", "بـ")
