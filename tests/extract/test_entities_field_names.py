"""Bodies named by the field they work in (the field after the head and its adjectives or name is the
name's last word), foreign titles with their English article, and a body named two ways (sentences written for
these tests)."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_body_goes_on_with_its_field() -> None:
    got = _by_text("وقالت المنظمة الدولية للهجرة إن أكثر من ألف مهاجر وصلوا إلى الشواطئ هذا الأسبوع.")
    assert got["المنظمة الدولية للهجرة"].type == "ORG"
    got = _by_text("وأعلنت الهيئة العامة للإحصاء أن نسبة البطالة ارتفعت في الربع الأول.")
    assert got["الهيئة العامة للإحصاء"].type == "ORG"


def test_a_centre_named_before_its_field_keeps_the_fields_adjective_but_not_the_persons() -> None:
    got = _by_text("وقال مدير مركز الفينيق للدراسات العمالية الاقتصادي، أحمد عوض، إن الحكومة تسرعت.")
    assert got["مركز الفينيق للدراسات العمالية"].type == "ORG"
    got = _by_text("وأعلنت هيئة البحرين للثقافة والآثار افتتاح المعرض في المنامة.")
    assert "هيئة البحرين للثقافة والآثار" in got


def test_what_a_body_does_a_thing_for_is_not_its_field() -> None:
    got = _by_text("ودعت المنظمة الدولية للتحقيق في مقتل الصحفيين.")
    assert "المنظمة الدولية للتحقيق" not in got
    got = _by_text("وانتقد حزب الحرية المعادي للهجرة خطة الحكومة.")
    assert not any(name.endswith("للهجرة") for name in got)


def test_a_foreign_title_keeps_its_english_article_but_a_province_takes_none() -> None:
    got = _by_text('وذكرت مجلة "ذي إيكونومست" في تقرير أن عمان أغلى مدينة عربية.')
    assert got["ذي إيكونومست"].entity_id == "kb:o:economist"
    assert not any(name.startswith("ذي") for name in _by_text("وزار الوزير محافظة ذي قار أمس."))


def test_a_parliament_named_by_its_house_or_as_the_parliament_is_one_body() -> None:
    text = "وأحالت الحكومة المشروع إلى البرلمان الأردني، وقال رئيس مجلس النواب الأردني إن المجلس سيناقشه."
    got = _by_text(text)
    assert got["البرلمان الأردني"].entity_id == got["مجلس النواب الأردني"].entity_id == "kb:o:jo_parliament"


def test_a_field_of_rights_or_affairs_is_a_construct_after_lam() -> None:
    got = _by_text("وقالت اللجنة الوطنية لحقوق الإنسان إن عشرة معتقلين أفرج عنهم، ورحبت الهيئة العامة لشؤون الأسرى بذلك.")
    assert got["اللجنة الوطنية لحقوق الإنسان"].type == "ORG"
    assert got["الهيئة العامة لشؤون الأسرى"].type == "ORG"
    got = _by_text("وقال مركز الخليج لحقوق الإنسان إن الناشط اعتقل.")
    assert got["مركز الخليج لحقوق الإنسان"].type == "ORG"


def test_affairs_after_a_ministry_are_the_roles() -> None:
    got = _by_text("وقال وكيل وزارة المالية لشؤون الميزانية إن العجز تراجع.")
    assert "وزارة المالية لشؤون الميزانية" not in got
