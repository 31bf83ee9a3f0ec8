"""Events the fifth gold corpus showed missing or wrong, on sentences written for these tests: the day of an
event whose occurrence is denied, a questioning faced in parliament, what is done hours after a dated event."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

PEOPLE = {"سامي نادر": ("PER", "PER:سامي نادر"), "هاني عادل": ("PER", "PER:هاني عادل"),
          "القرية": ("GPE", "GPE:القريه"), "الحكومة": ("ORG", "ORG:الحكومه")}


def test_a_denied_occurrence_takes_the_day_told_after_it() -> None:
    doc = make_doc(
        "قال سامي نادر إن التحقيق بدأ.\n"
        "وتنفي الحكومة وقوع هجوم على القرية في 3 أيار/مايو الماضي.",
        mentions=PEOPLE,
        timexes={"في 3 أيار/مايو الماضي": ("2023-05-03", None)},
        published="2023-05-20",
    )
    events = extract_events(doc)
    assert [(e.date, e.target) for e in of_type(events, "ASSAULT")] == [("2023-05-03", "GPE:القريه")]
    assert [e.date for e in of_type(events, "REJECT")] in ([], [None])


def test_a_questioning_before_parliament_is_held_on_its_day() -> None:
    doc = make_doc(
        "يواجه وزير المالية هاني عادل الثلاثاء استجوابا أمام مجلس الأمة بسبب الضربات التي استهدفت الموانئ.\n"
        "ويخضع سامي نادر الأربعاء لاستجواب أمام البرلمان.",
        mentions={**PEOPLE, "مجلس الأمة": ("ORG", "ORG:مجلس الامه")},
        timexes={"الثلاثاء": ("2023-05-02", None), "الأربعاء": ("2023-05-03", None)},
        published="2023-05-01",
    )
    consult = of_type(extract_events(doc), "CONSULT")
    assert [(e.date, e.actor or e.target) for e in consult] == [("2023-05-02", "PER:هاني عادل"),
                                                                ("2023-05-03", "PER:سامي نادر")]


def test_what_is_told_hours_after_a_dated_event_was_on_its_day() -> None:
    doc = make_doc(
        "وفي مؤتمر صحفي بعد ساعات من الهجوم على القرية، فجر الجمعة الماضي، أعلن سامي نادر أن الحكومة ستحقق.",
        mentions=PEOPLE,
        timexes={"فجر الجمعة الماضي": ("2023-05-12", None)},
        published="2023-05-15",
    )
    events = extract_events(doc)
    assert [e.date for e in of_type(events, "ASSAULT")] == ["2023-05-12"]
    assert [(e.actor, e.date) for e in of_type(events, "STATEMENT")] == [("PER:سامي نادر", "2023-05-12")]


def test_an_article_posted_in_the_small_hours_tells_the_day_befores_news() -> None:
    text = "قال سامي نادر إن الحكومة ستفتح الطرق.\nوأضاف أن الجسور آمنة."
    early = make_doc(text, mentions=PEOPLE, published="2023-05-15")
    early.meta.extra["published_time"] = "02:22"
    late = make_doc(text, mentions=PEOPLE, published="2023-05-15")
    late.meta.extra["published_time"] = "09:40"
    assert [e.date for e in extract_events(early) if e.type == "STATEMENT"] == ["2023-05-14", "2023-05-14"]
    assert [e.date for e in extract_events(late) if e.type == "STATEMENT"] == ["2023-05-15", "2023-05-15"]


def test_what_is_said_when_the_main_clause_tells_its_day_is_said_that_day() -> None:
    doc = make_doc(
        "وهذا ما حرص عليه سامي نادر، الأحد، حين قال إن الحكومة لن تتراجع.",
        mentions=PEOPLE,
        timexes={"الأحد": ("2023-05-14", None)},
        published="2023-05-16",
    )
    assert [(e.actor, e.date) for e in of_type(extract_events(doc), "STATEMENT")] == [("PER:سامي نادر", "2023-05-14")]


def test_a_lead_posted_in_the_small_hours_that_names_its_day_keeps_it() -> None:
    doc = make_doc(
        "أصيب أربعة أشخاص في القرية، حسبما أفادت الحكومة، الأحد.\nوقال سامي نادر إن المصابين في المستشفى.",
        mentions=PEOPLE,
        timexes={"الأحد": ("2023-05-14", None)},
        published="2023-05-14",
    )
    doc.meta.extra["published_time"] = "03:04"
    assert [e.date for e in extract_events(doc) if e.type == "STATEMENT" and e.actor == "PER:سامي نادر"] == ["2023-05-14"]
