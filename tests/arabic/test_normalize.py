"""The normalised view: folds, and the offset map back to the original (property tests)."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rasad.arabic.normalize import _table, dense_table, norm, normalize

# Characters that exercise every fold: letters with hamza, ى ة, diacritics,
# tatweel, digits, spaces, zero-width and bidi controls, presentation forms
# (ligatures that expand, isolated diacritics that vanish), length-changing
# lower-casing (İ) and Greek sigma.
INTERESTING = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويأإآٱىةءؤئ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪"
    " \u00a0\u2009\u202f\t\n\u2028"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c"
    "\ufefb\ufef5\ufe8d\ufe93\ufdf2\ufdfa\ufc5e\ufe70\ufe71\ufe7c\ufb8e\ufbfc"
    "AbcİΣσςK.،؛؟!«»\"'"
)
texts = st.one_of(st.text(alphabet=INTERESTING, max_size=60), st.text(max_size=60))


def test_folds_letters_digits_and_marks() -> None:
    assert norm("أَحْمَدُ إلى آمِنَة مدرسةٌ") == "احمد الي امنه مدرسه"
    assert norm("ٱلله مستشفى") == "الله مستشفي"
    assert norm("٢٠٢٤ و۱۲ و٣٫٥ و٢٬٥٠٠ ٪") == "2024 و12 و3.5 و2,500 %"
    assert norm("قـــال") == "قال"


def test_spaces_controls_and_presentation_forms() -> None:
    assert norm("قال\u00a0الوزير") == "قال الوزير"
    assert norm("\u200fالوزير\u200e\u202bقال\u202c\u2067ذلك\u2069") == "الوزيرقالذلك"
    assert norm("\ufefb \ufe8d\ufee0\ufe98") == "لا الت"  # ﻻ expands to two letters
    assert norm("ب\ufe70ب") == "بب"  # an isolated fathatan is a mark, not a word break
    assert norm("\ufdf2") == "الله"
    assert norm("ک ی ھ") == "ك ي ه"


def test_offsets_point_at_original_characters() -> None:
    text = "قالَ \ufefbـ الوزيرُ"
    view = normalize(text)
    assert view.text == "قال لا الوزير"
    assert view.to_original(4, 6) == view.to_original(4, 5)  # both letters of ﻻ come from one character
    start, end = view.text.index("الوزير"), len(view.text)
    span = view.to_original(start, end)
    assert text[span.start : span.end] == "الوزيرُ"[:-1]  # the trailing mark is dropped, not covered
    assert view.to_normalised(span.start) == start


def test_plain_text_needs_no_offset_table() -> None:
    view = normalize("قال الوزير 2024")
    assert view.offsets is None
    assert view.to_original(0, 3).start == 0


@settings(max_examples=300, deadline=None)
@given(texts)
def test_offsets_map_inside_and_in_order(text: str) -> None:
    view = normalize(text)
    offsets = view.offsets if view.offsets is not None else range(len(view.text))
    assert len(offsets) == len(view.text)
    assert all(0 <= o < len(text) for o in offsets)
    assert all(a <= b for a, b in zip(offsets, offsets[1:], strict=False))
    for i in range(len(view.text)):
        span = view.to_original(i, i + 1)
        assert 0 <= span.start < span.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_full_range_covers_every_kept_character(text: str) -> None:
    view = normalize(text)
    span = view.to_original(0, len(view.text))
    kept = [i for i, ch in enumerate(text) if norm(ch)]
    assert all(span.start <= i < span.end for i in kept)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_each_character_comes_from_its_original(text: str) -> None:
    assume("Σ" not in text)  # final-sigma lower-casing depends on context
    view = normalize(text)
    offsets = view.offsets if view.offsets is not None else range(len(view.text))
    for i, o in enumerate(offsets):
        assert view.text[i] in norm(text[o])


@settings(max_examples=300, deadline=None)
@given(texts)
def test_idempotent_and_agrees_with_norm(text: str) -> None:
    view = normalize(text)
    assert norm(text) == view.text
    assert normalize(view.text).text == view.text


@settings(max_examples=300, deadline=None)
@given(texts)
def test_dense_table_translates_as_its_dict(text: str) -> None:
    """A table as a list by code point (`dense_table`) translates as the dict it was made from, the
    characters past its last key (emoji, fullwidth forms) kept as written."""
    assert text.translate(dense_table(_table())) == text.translate(_table())
    assert (text + "\U0001f600\uff21").translate(dense_table(_table())).endswith("\U0001f600\uff21")
    assert text.translate(dense_table({})) == text
    few = {ord("ؤ"): "و", ord("ـ"): ""}  # a table of a few letters, as long as the Arabic block
    assert text.translate(dense_table(few, size=0x700)) == text.translate(few)
    assert len(dense_table(few, size=0x700)) == 0x700
