"""A name quoted whole right after a head noun names what the head names (`head_names.quoted_after_head`):
the tagger reads a foreign stadium or party name as a MISC or a person."""

from __future__ import annotations

from rasad.arabic.sentences import split_sentences
from rasad.document import Mention, Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.head_names import quoted_after_head
from rasad.extract.entities.words import split_words


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, None, split_sentences(text))}


def test_a_quoted_stadium_is_a_facility() -> None:
    got = _by_text('وتقام المباراة النهائية على ملعب "أولد ترافورد" مساء السبت أمام جمهور كبير.')
    assert got["أولد ترافورد"].type == "FAC"


def test_a_quoted_party_is_a_body() -> None:
    got = _by_text('وقالت ميرال أكشينار التي أسست حزب "إيي بارتي" الناشئ إن الانتخابات لن تكون نزيهة.')
    assert got["إيي بارتي"].type == "ORG"


def _tagger_misc(text: str, name: str) -> Found:
    words = split_words(text)
    first = next(i for i, w in enumerate(words) if text[w.span.start : w.span.end] == name.split()[0])
    last = first + len(name.split())
    return Found(first, last, Span(words[first].span.start, words[last - 1].span.end), "MISC", "model")


def test_a_quoted_name_after_a_head_of_two_senses_keeps_its_type() -> None:
    for text, name, typ in (
        ('وقالت الشركة إن سعر جهاز "تن إس" يبدأ من ألف دولار.', "تن إس", "MISC"),  # a device, not an apparatus
        ('وقال المدرب في تصريح لمحطة "راديو أونو" إنه سيرحل.', "راديو أونو", "MISC"),  # a broadcaster
        ('وأقيم الحفل في فندق "رويال بالاس" وسط المدينة.', "رويال بالاس", "FAC"),
    ):
        assert quoted_after_head(split_words(text), _tagger_misc(text, name)).type == typ, name


def test_an_unquoted_person_after_a_head_stays_a_person() -> None:
    got = _by_text("وقال وزير في حكومة هاني الملقي إن الضريبة لن تمرر.")
    assert got["هاني الملقي"].type == "PER"
