"""Speakers told apart from the words around them, on sentences written for these tests: a surname with the article
told alone (وأضاف الدباغ) is the person named in full before, a bare نقل with no source after it is the masdar
"moving", not a relay, a title that runs on to a name set off by commas is that name's, and the name or noun right
before ب/بأن after a verb of describing or accusing (وصف، اتهم) is its object, not the speaker."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

PEOPLE = {
    "كريم الدباغ": ("PER", "PER:كريم الدباغ"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "ليلى حداد": ("PER", "PER:ليلى حداد"),
    "المعهد الوطني للأرصاد": ("ORG", "ORG:المعهد الوطني للأرصاد"),
    "تونس": ("GPE", "GPE:تونس"),
    "وزارة الصحة": ("ORG", "ORG:وزارة الصحة"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_a_surname_with_the_article_told_alone_is_the_person_named_in_full_before() -> None:
    doc = make_doc(
        "وقال وزير المالية، كريم الدباغ، إن العجز سينخفض العام المقبل.\n"
        "وأضاف الدباغ أن الحكومة ستواصل خفض الدعم تدريجيا.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("العجز سين", "PER:كريم الدباغ"), ("الحكومة س", "PER:كريم الدباغ")]


def test_a_bare_naql_with_no_source_after_it_moves_things_and_relays_no_one() -> None:
    doc = make_doc(
        "وقال سامي نادر إن الحكومة قررت نقل الموظفين إلى المقر الجديد، مشيرا إلى أن الكلفة ستكون محدودة.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الحكومة ق", "PER:سامي نادر"), ("الكلفة ست", "PER:سامي نادر")]


def test_a_title_that_runs_on_to_a_name_set_off_by_commas_is_that_names() -> None:
    doc = make_doc(
        "ويقول الباحث في علوم المناخ بالمعهد الوطني للأرصاد في تونس، سامي نادر، إن الأمطار تجاوزت المعدلات.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الأمطار ت", "PER:سامي نادر")]


def test_the_name_described_is_the_object_of_the_verb_not_its_speaker() -> None:
    doc = make_doc(
        "وقالت ليلى حداد إن المفاوضات ستستأنف الأسبوع المقبل، ووصفت سامي نادر بأنه \"محاور صعب لكنه نزيه\".",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("محاور صعب", "PER:ليلى حداد")


def test_the_noun_in_construct_before_the_name_is_part_of_the_object() -> None:
    doc = make_doc(
        "وقالت ليلى حداد إن المفاوضات ستستأنف الأسبوع المقبل.\n"
        "ووصفت تقرير وزارة الصحة بأنه \"منحاز وغير دقيق\".",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("منحاز وغي", "PER:ليلى حداد")


def test_a_subject_before_the_object_is_kept() -> None:
    doc = make_doc(
        "ووصف سامي نادر ليلى حداد بأنها \"أفضل مفاوضة في الفريق\".",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("أفضل مفاو", "PER:سامي نادر")]


def test_the_accused_after_ittaham_is_its_object_though_the_verb_ends_like_a_pronoun() -> None:
    doc = make_doc(
        "وقال سامي نادر إن المفاوضات ستستأنف الأسبوع المقبل.\n"
        "واتهم تونس بـ\"عرقلة الاتفاق عمدا منذ أشهر\".",
        mentions=PEOPLE,
    )
    assert _speakers(doc)[-1] == ("عرقلة الا", "PER:سامي نادر")
