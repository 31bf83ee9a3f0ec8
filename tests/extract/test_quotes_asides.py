"""Speakers told around asides and after their words, on sentences written for these tests: a name in an aside
("، وهو صهر الرئيس X،") is not the subject, a subject of كان with no name the tagger knows is kept as words, and
"هكذا بدأ X حديثه" after a quote tells whose it is."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

PEOPLE = {"سامي نادر": ("PER", "PER:سامي نادر"), "هاني عادل": ("PER", "PER:هاني عادل")}


def _speakers(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker, q.speaker_span and doc.span_text(q.speaker_span))
            for q in find_quotes(doc)]


def test_a_name_in_an_aside_is_not_the_subject() -> None:
    doc = make_doc(
        "وكان وزير المالية عادل كريم، وهو صهر الرئيس سامي نادر، قد صرح في مقابلة مع صحيفة محلية قائلا "
        '"مؤسساتنا ستتخذ التدابير الضرورية اعتبارا من الاثنين".',
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("مؤسساتنا ستت", None, "وزير المالية عادل كريم")]


def test_a_person_before_an_aside_is_the_subject() -> None:
    doc = make_doc(
        "وكان هاني عادل، وهو صهر الرئيس سامي نادر، قد صرح في مقابلة قائلا "
        '"مؤسساتنا ستتخذ التدابير الضرورية اعتبارا من الاثنين".',
        mentions=PEOPLE,
    )
    assert [s for _, s, _ in _speakers(doc)] == ["PER:هاني عادل"]


def test_the_subject_of_was_with_no_name_is_no_one_before_it() -> None:
    doc = make_doc(
        'وكتب سامي نادر على فيسبوك: "قتل سبعة أشخاص في التفجير وأصيب سبعة آخرون".\n'
        "وكان مسؤول بالشرطة قد أعلن سابقا أن تفجيرا انتحاريا استهدف مسجدا في العاصمة.",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("تفجيرا انتحا", None, "مسؤول بالشرطة")


def test_thus_began_after_a_quote_tells_whose_it_is() -> None:
    doc = make_doc(
        '"لقد كان العام الماضي الأصعب والأكثر ألما في حياتي المهنية".. هكذا بدأ سامي نادر، مؤسس الشركة، '
        "حديثه مع الصحيفة.",
        mentions=PEOPLE,
    )
    assert [(t, s) for t, s, _ in _speakers(doc)] == [("لقد كان العا", "PER:سامي نادر")]


def test_seemed_is_no_beginning_of_a_speech() -> None:
    doc = make_doc(
        'وقال سامي نادر: "عدت إلى المسرح وأنا جاهز لأي حفلة قادمة".\n'
        'وبدا سامي نادر كأنه يخبئ في حديثه نغمة من أغنيته الشهيرة التي ردد فيها "وأنا انتظاري إلى متى".',
        mentions=PEOPLE,
    )
    assert [t for t, _, _ in _speakers(doc)] == ["عدت إلى المس"]
