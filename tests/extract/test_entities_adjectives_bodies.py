"""Two forms of non-names and wrong types the tagger gives: an adjective's indefinite accusative in
يا read as a place (انسحابا فوريا), and a body or a building named after a person read as the person
(معهد هادسون، قصر كنزنغتون); and a description in brackets after a body read as its short name
((يمين متشدد), (استخبارات))."""

from __future__ import annotations

import pytest

import rasad


def _typed(text: str) -> dict[str, str]:
    doc = rasad.process(text)
    return {doc.span_text(m.span): m.type for m in doc.mentions}


def test_an_accusative_adjective_is_no_place() -> None:
    names = _typed("وطالب الوزير في تغريدة على تويتر بانسحاب الميليشيات انسحابا فوريا وكاملا من الميناء.")
    assert "فوريا" not in names
    assert names.get("تويتر") == "ORG"


def test_countries_in_ya_stay_places() -> None:
    names = _typed("وزار الرئيس ألمانيا وإيطاليا ورومانيا الأسبوع الماضي قبل عودته إلى القاهرة.")
    assert {names.get(n) for n in ("ألمانيا", "إيطاليا", "رومانيا")} == {"GPE"}


@pytest.mark.parametrize(
    ("text", "name", "typ"),
    [
        ("وقال معهد هادسون في تقرير نشره الخميس إن الصين تزيد إنفاقها العسكري.", "معهد هادسون", "ORG"),
        ("وأعلن قصر كنزنغتون أن الأمير سيزور كندا الشهر المقبل.", "قصر كنزنغتون", "FAC"),
        ("وتصل السفينة إلى ميناء سلمان في البحرين الأسبوع المقبل.", "ميناء سلمان", "FAC"),
    ],
)
def test_a_body_named_after_a_person_is_no_person(text: str, name: str, typ: str) -> None:
    assert _typed(text).get(name) == typ


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("وندد زعيم حزب الرابطة (يمين متشدد) بقرار المحكمة، وقال إن حزبه سيواصل حملته.", "يمين متشدد"),
        ("وقال جهاز الأمن الداخلي (استخبارات) في بيان إنه اعتقل ثلاثة أشخاص.", "استخبارات"),
        ("وأعلنت حركة النهضة (إسلامية) فوزها في الانتخابات البلدية.", "إسلامية"),
    ],
)
def test_a_description_in_brackets_is_no_short_name(text: str, description: str) -> None:
    """A common noun or adjective in brackets after a body says what it is; it is no name of it."""
    assert description not in _typed(text)


def test_i_am_happy_is_no_person() -> None:
    names = _typed('وقال المهاجم الفرنسي بعد المباراة: "أنا سعيد جدا بهذا الفوز، والفريق قدم أداء رائعا".')
    assert not any("سعيد" in name for name in names)


def test_ana_the_given_name_stays_a_person() -> None:
    assert _typed("وفازت أنا إيفانوفيتش على منافستها في الدور الثاني من بطولة ويمبلدون.").get("أنا إيفانوفيتش") == "PER"
