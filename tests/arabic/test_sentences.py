"""Sentence splitting on Arabic news sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.arabic.sentences import QUOTE_KEEP_CHARS, split_sentences
from rasad.document import Span
from rasad.errors import DocumentError


def sentences(text: str, spans: list[Span] | None = None) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, spans)]


def test_terminal_marks_and_paragraphs() -> None:
    text = "اجتماع طارئ لمجلس الأمن\nعقد المجلس جلسة مغلقة. هل يتغير الموقف؟ لا أحد يعرف! وانتهى الاجتماع"
    assert sentences(text) == [
        "اجتماع طارئ لمجلس الأمن",  # a heading without final punctuation
        "عقد المجلس جلسة مغلقة.",
        "هل يتغير الموقف؟",
        "لا أحد يعرف!",
        "وانتهى الاجتماع",
    ]


def test_quote_with_colon_stays_in_its_sentence() -> None:
    text = 'وقال الوزير: "لن نتراجع عن قرارنا. سنواصل العمل" وأضاف أن الحكومة ستعلن خطتها قريبا. ثم غادر.'
    assert sentences(text) == [
        'وقال الوزير: "لن نتراجع عن قرارنا. سنواصل العمل" وأضاف أن الحكومة ستعلن خطتها قريبا.',
        "ثم غادر.",
    ]


def test_guillemets_and_curly_quotes() -> None:
    text = "وصرح المتحدث: «الوضع مستقر. لا داعي للقلق». وتابع “نحن مستعدون. تماما” في ختام كلمته."
    assert sentences(text) == [
        "وصرح المتحدث: «الوضع مستقر. لا داعي للقلق».",
        "وتابع “نحن مستعدون. تماما” في ختام كلمته.",
    ]


def test_terminal_mark_closing_a_quote_ends_the_sentence() -> None:
    text = 'وقال الوزير: "لن نتراجع." وأضاف أن القرار نهائي.'
    assert sentences(text) == ['وقال الوزير: "لن نتراجع."', "وأضاف أن القرار نهائي."]


def test_long_quoted_passage_is_split() -> None:
    part = "وقالت المنظمة إن الأوضاع الإنسانية في المدينة تتدهور يوما بعد يوم بسبب نقص الغذاء والدواء. "
    quote = "«" + part * (QUOTE_KEEP_CHARS // len(part) + 2) + "»"
    found = sentences("وجاء في البيان: " + quote)
    assert len(found) > 2


def test_unclosed_quote_protects_nothing() -> None:
    assert len(sentences("قال: «لن نتراجع. وأضاف أن الحكومة ستعلن خطتها.")) == 2


def test_numbers_abbreviations_and_initials() -> None:
    text = (
        "ارتفع التضخم إلى 2.5 في المئة وبلغ عدد القتلى 1.800 شخص. "
        "وقال د. محمد علي إن الحضارة تعود إلى 3000 ق.م. وأكد أ.د. سامي أن U.S. forces left. "
        "وكتب ج. سميث التقرير."
    )
    assert sentences(text) == [
        "ارتفع التضخم إلى 2.5 في المئة وبلغ عدد القتلى 1.800 شخص.",
        "وقال د. محمد علي إن الحضارة تعود إلى 3000 ق.م. وأكد أ.د. سامي أن U.S. forces left.",
        "وكتب ج. سميث التقرير.",
    ]


def test_year_before_period_ends_sentence_even_without_space() -> None:
    assert sentences("وقع الحادث عام 2020.وقال شاهد إنه رأى كل شيء.") == [
        "وقع الحادث عام 2020.",
        "وقال شاهد إنه رأى كل شيء.",
    ]


def test_no_split_at_comma_semicolon_colon_or_ellipsis() -> None:
    text = "وأكد المسؤول، في تصريح صحفي، أن العملية مستمرة؛ لأن الوضع خطير: المعارك لم تتوقف... والحصار مستمر."
    assert sentences(text) == [text]


def test_list_numbers_and_runs_of_marks() -> None:
    text = "وشملت المطالب ما يلي:\n1. وقف إطلاق النار\n2. فتح المعابر\nهل هذا معقول؟! نعم."
    assert sentences(text) == [
        "وشملت المطالب ما يلي:",
        "1. وقف إطلاق النار",
        "2. فتح المعابر",
        "هل هذا معقول؟!",
        "نعم.",
    ]


def test_blocks_limit_the_search_and_spans_are_trimmed() -> None:
    text = "قائمة الموقع\n  \u200fعاد الهدوء إلى المدينة. وفتحت المحال أبوابها.  \nشارك المقال"
    start = text.index("عاد") - 3
    end = text.index("أبوابها.") + len("أبوابها.") + 2
    assert sentences(text, [Span(start, end)]) == ["عاد الهدوء إلى المدينة.", "وفتحت المحال أبوابها."]


def test_lines_without_content_are_not_sentences() -> None:
    assert sentences("***\n . \nانتهى.") == ["انتهى."]


def test_bad_blocks_are_refused() -> None:
    with pytest.raises(DocumentError):
        split_sentences("نص قصير", [Span(0, 4), Span(2, 6)])
    with pytest.raises(DocumentError):
        split_sentences("نص", [Span(0, 10)])


ALPHABET = "ابتسلمنهويأةى " * 3 + '.؟!…،؛:«»“”"()\n\u200f\u00a0123٣'


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120), st.data())
def test_sentences_are_ordered_disjoint_trimmed_single_lines(text: str, data: st.DataObject) -> None:
    cut = data.draw(st.integers(0, len(text)))
    for spans in (None, [Span(0, cut), Span(cut, len(text))]):
        found = split_sentences(text, spans)
        for prev, cur in zip(found, found[1:], strict=False):
            assert prev.end <= cur.start
        for span in found:
            piece = text[span.start : span.end]
            assert 0 <= span.start < span.end <= len(text)
            assert piece == piece.strip(" \n\u00a0\u200f")
            assert "\n" not in piece


def test_an_acronym_written_with_dots_does_not_end_a_sentence() -> None:
    text = "وقال مدير في مركز جي.اف.زد لقناة إن.بي.سي إن النظام فشل.وأضاف أن الإنذار تأخر."
    assert sentences(text) == ["وقال مدير في مركز جي.اف.زد لقناة إن.بي.سي إن النظام فشل.", "وأضاف أن الإنذار تأخر."]
