"""يُدعى "is named" on sentences written for these tests: no speech verb ("رجل يدعى X" names him, where the same
letters spell يدّعي "claims"), and the name it gives a described speaker is the speaker's ("وقال أحد السكان، ويدعى
X، إن"؛ "وأفاد شاهد يدعى X بأن"). Only its complementizer right after it makes it report ("الذي يدعى أن")."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str | None, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span), q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None, q.verb)
            for q in find_quotes(doc)]


def test_a_man_named_reports_nothing() -> None:
    doc = make_doc("وتعود الحكاية إلى رجل يدعى سالم الحداد، وقد كان تاجرا، لكن يقال إن أكثر أخبارها مختلق.",
                   mentions={"سالم الحداد": ("PER", "PER:سالم الحداد")})
    assert [q[3] for q in _quotes(doc)] == []


def test_the_name_in_an_aside_after_the_subject_speaks() -> None:
    doc = make_doc("وقال أحد سكان الحي، ويدعى خالد منصور، إن القصف استمر طوال الليل على البلدة.",
                   mentions={"خالد منصور": ("PER", "PER:خالد منصور")})
    assert _quotes(doc) == [("القصف استمر طوال الليل على البلدة", "PER:خالد منصور", "خالد منصور", "وقال")]


def test_the_name_inside_the_subject_speaks_without_a_mention() -> None:
    doc = make_doc("وأفاد شاهد يدعى عبد الرحيم بأن الانفجار وقع قرب مدخل السوق المركزي.")
    assert _quotes(doc) == [("الانفجار وقع قرب مدخل السوق المركزي", None, "عبد الرحيم", "وأفاد")]


def test_the_name_after_the_subject_and_its_place() -> None:
    doc = make_doc('وقالت امرأة تنتظر أمام المخبز منذ الفجر، وتدعى سعاد، "لم نعد نجد الخبز لأطفالنا".')
    assert _quotes(doc) == [("لم نعد نجد الخبز لأطفالنا", None, "سعاد", "وقالت")]


def test_one_told_is_not_named_the_speaker() -> None:
    doc = make_doc("وقال المتحدث باسم الشرطة لشخص يدعى وليد إن التحقيق مستمر.",
                   mentions={"الشرطة": ("ORG", "ORG:الشرطة")})
    assert [q[2] for q in _quotes(doc)] != ["وليد"]


def test_claims_with_its_complementizer_still_reports() -> None:
    doc = make_doc("وأعلن الممثل الذي يدعى أن المخرج ظلمه أنه سيرفع دعوى.")
    assert ("المخرج ظلمه", "يدعى") in [(q[0][:11], q[3]) for q in _quotes(doc)]


def test_the_name_after_the_subjects_comma_with_his_age() -> None:
    doc = make_doc("وقال المسلح، ويدعى رامي سعيد (26 عاما)، إنه يقاتل لصالح التنظيم منذ سنتين.")
    assert _quotes(doc) == [("يقاتل لصالح التنظيم منذ سنتين", None, "رامي سعيد", "وقال")]


def test_a_named_speaker_keeps_his_name_before_a_named_programme() -> None:
    doc = make_doc('ونقلت الصحيفة تصريحات للمدرب سامي في برنامج يدعى "الملعب" قال فيها: "الفريق سيعود أقوى من قبل".',
                   mentions={"سامي": ("PER", "PER:سامي")})
    assert [q[1] for q in _quotes(doc)] == ["PER:سامي"]
