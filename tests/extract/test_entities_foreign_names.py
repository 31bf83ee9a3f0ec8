"""Foreign names within a document and across outlets: given names alone, spellings of one name."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import split_words


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_foreign_given_name_alone_after_the_full_name_is_that_person() -> None:
    # no list of given names holds إيلون: the full name before it says it is one
    text = "قال الملياردير إيلون ماسك إن شركته ستطرح أسهمها في البورصة. وأكد مجلس الإدارة أن التزام إيلون بالشركة واضح."
    got = _by_text(text)
    assert got["إيلون"].entity_id == got["إيلون ماسك"].entity_id


def _found(text: str, words: list, surface: str, typ: str, occurrence: int = 0) -> Found:
    starts = [i for i, w in enumerate(words) if text[w.span.start : w.span.end] == surface.split()[0]]
    first = starts[occurrence]
    last = first + len(surface.split())
    from rasad.document import Span

    return Found(first, last, Span(words[first].span.start, words[last - 1].span.end), typ, "model")


def test_a_foreign_given_name_the_tagger_typed_an_organisation_is_the_person() -> None:
    text = "قال المدرب جوزيه مورينيو إن فريقه جاهز. وأضاف النادي أن عقد جوزيه ينتهي في الصيف."
    words = split_words(text)
    found = [_found(text, words, "جوزيه مورينيو", "PER"), _found(text, words, "جوزيه", "ORG", occurrence=1)]
    full, alone = resolve_document(text, words, found)
    assert (alone.type, alone.entity_id) == ("PER", full.entity_id)


def test_a_given_name_shared_by_two_people_of_the_document_stays_alone() -> None:
    text = "قال المدرب جوزيه مورينيو إن فريقه جاهز. ورد اللاعب جوزيه فونتي بأنه مصاب. وأضاف النادي أن عقد جوزيه ينتهي."
    words = split_words(text)
    found = [_found(text, words, "جوزيه مورينيو", "PER"), _found(text, words, "جوزيه فونتي", "PER", 1), _found(text, words, "جوزيه", "PER", 2)]
    mentions = resolve_document(text, words, found)
    assert len({m.entity_id for m in mentions}) == 3


def test_the_group_of_seven_under_its_other_names_is_the_known_body() -> None:
    text = 'اجتمع قادة مجموعة الدول الصناعية السبع في كندا، وقالت قمة "جي 7" في بيانها الختامي إن التجارة حرة.'
    got = _by_text(text)
    assert got["مجموعة الدول الصناعية السبع"].entity_id == got["جي 7"].entity_id == "kb:o:g7"
