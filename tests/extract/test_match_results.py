"""Claims of match reports: a score after a result word, a win told by its goals, goals counted by a dual."""

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline


def _claims(text: str) -> set[tuple[str, float]]:
    doc = Pipeline.from_names()(
        Document(text, meta=Meta(published="2018-09-09")))
    return {(c.quantity, c.value) for c in doc.claims}


def test_a_score_after_a_result_word_gives_each_side_s_goals() -> None:
    assert {("goals", 2), ("goals", 1)} <= _claims("وتغلب الأهلي على الزمالك 2-1 في مباراة الدوري.")
    assert ("goals", 6) in _claims("لتنتهي المباراة بنتيجة 6-0 لمصر.")
    assert not {c for c in _claims("لتنتهي المباراة بنتيجة 6-0 لمصر.") if c[1] == 0}


def test_a_number_pair_with_no_result_word_or_inside_a_date_is_no_score() -> None:
    assert not {c for c in _claims("وحلقت طائرات F-16 فوق المدينة في 12-5-2018.") if c[0] == "goals"}
    assert not {c for c in _claims("وتراوحت الأعمار بين 3-4 سنوات.") if c[0] == "goals"}


def test_a_win_told_by_its_goals_and_a_dual_of_goals() -> None:
    assert ("goals", 6) in _claims("تفوقت مصر على النيجر بسداسية نظيفة.")
    assert ("goals", 2) in _claims("وسجل محمد صلاح هدفين في المباراة.")
    assert not {c for c in _claims("ووقعت الدولتان اتفاقية ثنائية للتعاون.") if c[0] == "goals"}


def test_a_score_with_a_side_written_zero_needs_no_result_word() -> None:
    assert ("goals", 3) in _claims("وكان الفريق قد خرج من البطولة بعد الخسارة أمام ضيفه صفر-3 الأسبوع الماضي.")
    assert ("goals", 2) in _claims("وقاد المهاجم فريقه إلى فوز ثمين 2 - صفر على ضيفه يوم السبت.")


def test_a_score_after_a_word_of_the_match_s_course() -> None:
    assert {("goals", 2), ("goals", 1)} <= _claims("وسجل المهاجم هدفا رائعا ليتقدم فريقه 2-1 قبل نهاية الشوط الأول.")
    assert {("goals", 4), ("goals", 1)} <= _claims("وتحدث المدرب عن الهزيمة أمام الفريق الضيف 1-4 في الجولة الماضية.")
    assert ("goals", 3) in _claims("ويسعى الفريق إلى تعويض خسارته في مباراة الذهاب 3-1 على أرضه.")


def test_a_number_pair_after_between_or_before_thousands_is_a_range() -> None:
    text = "ورغم هزيمة التنظيم في المدينة، قدرت المصادر عدد مقاتليه بما بين 20-30 ألف مقاتل."
    assert not {c for c in _claims(text) if c[0] == "goals"}
    text = "وقال المدرب بعد المباراة إن الفريق تقدم 2-1 في الشوط الأول."
    assert ("goals", 2) in _claims(text)
