"""A dual in construct drops its ن before its genitive ("محافظتي النجف وميسان": two provinces) and counts two
where the two members it names follow it; its -تي is also "my", which names no two members."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[str, float, str]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(text[c.span.start : c.span.end], c.value, c.quantity) for c in find_claims(doc)]


def test_a_dual_in_construct_with_its_two_members_counts_two() -> None:
    assert _claims("وشهدت مدينتي الزرقاء والمفرق احتجاجات واسعة يوم الجمعة.") == [("مدينتي", 2, "cities")]
    assert _claims("وأعلنت محافظتا أربيل ودهوك تعطيل الدوام الرسمي.") == [("محافظتا", 2, "provinces")]
    assert _claims("وتوسطت الأمم المتحدة بين حركتي النهضة الوطنية والتجديد لإنهاء الخلاف.") == [("حركتي", 2, "حركه")]


def test_a_dual_in_construct_counts_two_a_possessive_my_nothing() -> None:
    assert _claims("وسيطرت القوات على بلدتي الحراك ورخم، وقال قائدها: \"بلدتي الجميلة عادت\".") == [("بلدتي", 2, "villages")]
    assert _claims('وقال اللاعب: "تغيرت حياتي هنا أنا وزوجتي منذ وصولي".') == []
    assert _claims('وقالت: "ارتفعت درجة حرارتي واختنقت أنفاسي".') == []
    assert _claims('وقال: "أعيش في مدينتي الجديدة مع أسرتي".') == []


def test_a_label_in_construct_is_read_without_its_preposition() -> None:
    assert _claims("ودعت المنظمة إلى حماية مواقع لحركتي الإصلاح والبناء في الجنوب.") == [("لحركتي", 2, "حركه")]
