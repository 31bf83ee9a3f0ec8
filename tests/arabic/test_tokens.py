"""Tokens and clitic segmentation on Arabic news sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.clitics import segment
from rasad.arabic.normalize import norm
from rasad.arabic.tokens import tokenize
from rasad.document import Span


def surfaces(text: str) -> list[str]:
    return [text[t.span.start : t.span.end] for t in tokenize(text)]


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("وبالتالي", ("وبال", "تالي", "")),
        ("والحكومة", ("وال", "حكومه", "")),
        ("بغداد", ("", "بغداد", "")),
        ("لبنان", ("", "لبنان", "")),
        ("فالقوات", ("فال", "قوات", "")),
        ("كتابهم", ("", "كتاب", "هم")),
        ("وسيعلن", ("وس", "يعلن", "")),
        ("للحكومة", ("لل", "حكومه", "")),
        ("وللمرة", ("ولل", "مره", "")),
        ("وقال", ("و", "قال", "")),
        ("بسبب", ("ب", "سبب", "")),
        ("لمصر", ("ل", "مصر", "")),
        ("وبحسب", ("وب", "حسب", "")),
        ("حكومتها", ("", "حكومه", "ها")),  # ت of the feminine restored
        ("مستواه", ("", "مستوي", "ه")),
        ("بينهم", ("", "بين", "هم")),
        ("فيها", ("", "في", "ها")),
        ("وكتابهم", ("و", "كتاب", "هم")),
        ("كلها", ("", "كل", "ها")),
    ],
)
def test_clitics_are_split_when_the_rest_is_a_word(word: str, parts: tuple[str, str, str]) -> None:
    assert segment(word) == parts


@pytest.mark.parametrize(
    "word",
    [
        "بغداد",
        "لبنان",
        "بيروت",
        "بريطانيا",
        "واشنطن",
        "لندن",
        "كندا",
        "بنك",
        "وزير",
        "كما",
        "كان",
        "ولي",
        "فرنسا",
        "الله",
        "ذلك",
        "هناك",
        "وطني",
        "عربي",
        "كورونا",
        "ألمانيا",
        "بوتين",
        "سالم",
    ],
)
def test_words_that_only_look_clitic_stay_whole(word: str) -> None:
    assert segment(word) == ("", norm(word), "")


def test_article_is_split_from_unknown_names() -> None:
    assert segment("والحلاني") == ("وال", "حلاني", "")
    assert segment("الإسكندرية") == ("ال", "اسكندريه", "")


def test_ambiguous_ya_and_kaf_need_evidence() -> None:
    assert segment("سيارتي") == ("", "سياره", "ي")  # feminine ت: surely a pronoun
    assert segment("معك") == ("", "مع", "ك")
    assert segment("وطني")[2] == ""  # nisba adjective


def test_token_kinds_and_offsets() -> None:
    text = (
        'وقال الوزيرُ: "سنعلن بـ2500 دولار و٣٫٥ مليون" عبر https://example.com/a?b=1، '
        "و@user_1 #عاصي_الحلاني F-16 COVID-19 5G... 2,500 الـ20 وBBC"
    )
    assert surfaces(text) == [
        "وقال",
        "الوزيرُ",
        ":",
        '"',
        "سنعلن",
        "بـ2500",
        "دولار",
        "و٣٫٥",
        "مليون",
        '"',
        "عبر",
        "https://example.com/a?b=1",
        "،",
        "و",
        "@user_1",
        "#عاصي_الحلاني",
        "F-16",
        "COVID-19",
        "5G",
        "...",
        "2,500",
        "الـ20",
        "و",
        "BBC",
    ]
    tokens = tokenize(text)
    assert tokens[1].norm == "الوزير" and tokens[1].prefix == "ال" and tokens[1].stem == "وزير"
    assert (tokens[5].prefix, tokens[5].stem) == ("ب", "2500")
    assert tokens[7].norm == "و3.5"
    assert tokens[16].stem == "f-16"


def test_presentation_forms_tatweel_and_controls() -> None:
    text = "قـــال \u200fالمسؤول\u200f ﻻ ــــ"
    tokens = tokenize(text)
    assert [text[t.span.start : t.span.end] for t in tokens] == ["قـــال", "المسؤول", "ﻻ", "ــــ"]
    assert [t.norm for t in tokens[:3]] == ["قال", "المسؤول", "لا"]  # ؤ is kept: only alef forms fold


def test_tokens_stay_inside_given_spans() -> None:
    text = "العنوان الرئيسي\nوأعلنت الحكومة الخطة."
    start = text.index("وأعلنت")
    tokens = tokenize(text, [Span(start, len(text))])
    assert [text[t.span.start : t.span.end] for t in tokens] == ["وأعلنت", "الحكومة", "الخطة", "."]


INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
)
ALPHABET = "ابتسلمنهويأةىـ" * 3 + '\u064e\u0651 .,؟!…،:«»"#@/_-\n\u00a0\u200f123٣abcX' + "\ufefb"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=100))
def test_tokens_ordered_disjoint_and_cover_all_visible_text(text: str) -> None:
    tokens = tokenize(text)
    covered = [False] * len(text)
    for prev, cur in zip(tokens, tokens[1:], strict=False):
        assert prev.span.end <= cur.span.start
    for token in tokens:
        assert 0 <= token.span.start < token.span.end <= len(text)
        surface = text[token.span.start : token.span.end]
        assert token.norm == (norm(surface) or surface)
        for i in range(token.span.start, token.span.end):
            covered[i] = True
    for i, ch in enumerate(text):
        if not ch.isspace() and ch not in INVISIBLE:
            assert covered[i], f"{ch!r} at {i} is in no token"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ابتسلمنهويأإآةىكف", min_size=1, max_size=12))
def test_segment_parts_are_normalised_and_stem_is_not_empty(word: str) -> None:
    prefix, stem, suffix = segment(word)
    assert stem
    assert norm(word).startswith(prefix) and norm(word).endswith(suffix)
    for part in (prefix, stem, suffix):
        assert norm(part) == part
