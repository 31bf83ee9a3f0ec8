"""Sourcing and background in trial and disaster news: an agency relaying its sources makes no statement of its own,
while an outlet reporting its own findings does."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "رويترز": ("ORG", "kb:o:reuters"),
    "فايننشال تايمز": ("ORG", "kb:o:ft"),
    "محكمة الجنايات": ("ORG", "ORG:محكمة الجنايات"),
}


def _events(text: str) -> list:
    doc = make_doc(text, mentions=NAMES, timexes={"السبت": ("2023-03-04", None)}, published="2023-03-04")
    return extract_events(doc)


def test_an_agency_relaying_its_sources_makes_no_statement() -> None:
    events = _events("قضت محكمة الجنايات السبت بإعدام 75 متهما.\nونقلت وكالة رويترز عن مصادر قضائية قولها السبت إن الحكم نهائي.")
    assert not [e for e in of_type(events, "STATEMENT") if e.actor == "kb:o:reuters"]


def test_an_outlet_reporting_its_own_findings_makes_a_statement() -> None:
    events = _events("قضت محكمة الجنايات السبت بإعدام 75 متهما.\nوذكرت صحيفة فايننشال تايمز السبت أن البنك يخشى انهيار العملة.")
    assert [e.actor for e in of_type(events, "STATEMENT")] == ["kb:o:ft"]


COURT = {"محكمة الجنايات": ("ORG", "ORG:محكمة الجنايات"), "الأمم المتحدة": ("ORG", "kb:o:un"), "مصر": ("GPE", "kb:c:EG"),
         "الوزير": ("PER", "PER:الوزير")}


def _dated(text: str, timexes: dict[str, tuple[str, None]]) -> list:
    return extract_events(make_doc(text, mentions=COURT, timexes=timexes, published="2023-03-05"))


def test_a_time_in_a_relative_clause_dates_the_noun_it_describes_not_the_main_verb() -> None:
    events = _dated("حثت الأمم المتحدة مصر على إعادة النظر في عقوبات الإعدام التي أصدرتها محكمة الجنايات السبت.",
                    {"السبت": ("2023-03-04", None)})
    (request,) = of_type(events, "REQUEST")
    assert request.date != "2023-03-04"


def test_a_time_in_a_relative_clause_about_a_person_dates_nothing_of_the_sentence() -> None:
    events = _dated("وأعلن الوزير الذي وصل إلى المدينة يوم الخميس أن الحكومة قررت تشكيل لجنة تحقيق.",
                    {"يوم الخميس": ("2023-03-02", None)})
    assert "2023-03-02" not in [e.date for e in of_type(events, "STATEMENT")]


def test_a_comma_ends_the_relative_clause_before_the_time() -> None:
    events = _dated("وقتل 35 مهاجرا بعد غرق القارب الذي كانوا على متنه، ليل السبت.", {"ليل السبت": ("2023-03-04", None)})
    assert [e.date for e in of_type(events, "DISASTER")] == ["2023-03-04"]
