"""Ranges of numbers ("6 إلى 7 آلاف"، "600-700 مليار") and words that only look like numbers ("لست")."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from rasad.extract.numbers import find_numbers
from tests.extract.handmade import make_doc


def _values(text: str) -> list[tuple[float, str | None]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity) for c in find_claims(doc)]


def test_first_end_of_a_range_with_ila_shares_the_thousands_and_the_noun() -> None:
    got = _values("ويقدر عدد عناصر التنظيم في البلاد بما بين 6 إلى 7 آلاف عنصر، بحسب التقرير.")
    assert got == [(6000, "members"), (7000, "members")]


def test_dashed_range_keeps_both_ends() -> None:
    got = _values("وتتوقع الشركة أن تبلغ قيمة الصفقة ما بين 600-700 مليار دولار بحلول نهاية العقد.")
    assert got == [(600_000_000_000, "money"), (700_000_000_000, "money")]
    assert _values("وقدرت الوزارة الزيادة المتوقعة في الأسعار بنحو 35-45% خلال الربع المقبل.") == [
        (35, "percent"), (45, "percent")]


def test_scores_models_and_spans_of_years_are_no_ranges() -> None:  # guards: the range must not take these
    assert _values("وكان الفريق قد خسر 1-3 ذهابا في مدينته.") == [(1, "goals"), (3, "goals")]
    assert _values("وتحطمت طائرة من طراز بوينغ 737-200 فوق منطقة زراعية.") == []
    assert _values("وخصصت الحكومة للخطة في ميزانية 2018-2019 التي أقرت الشهر الماضي مبالغ كبيرة.") == []


def test_lst_is_i_am_not_unless_a_unit_follows() -> None:
    assert find_numbers("وقال المدرب: لست متأكدا من جاهزية اللاعبين.") == []
    assert [n.value for n in find_numbers("وتولى المنصب لست سنوات متتالية.")] == [6]
