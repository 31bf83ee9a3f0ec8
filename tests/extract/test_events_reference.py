"""Which event a sentence tells and when, on sentences written for these tests: a vague time
governs its clause, a relative phrase opens a second event, an anniversary recalls a past one,
and a phrase may have words or quotation marks between its verb and its object."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def test_a_week_governs_its_clause_and_the_relative_clause_year_dates_nothing() -> None:
    doc = make_doc(
        "وكان وزير الخارجية سمير داود قد أعلن، الأسبوع الماضي، انتهاء جولة المفاوضات مع الاتحاد الأوروبي التي انطلقت العام الماضي.",
        mentions={"سمير داود": ("PER", "PER:سمير داود"), "الاتحاد الأوروبي": ("ORG", "ORG:اتحاد اوروبي")},
        timexes={"الأسبوع الماضي": ("2023-W14", None), "العام الماضي": ("2022", None)},
        published="2023-04-12",
    )
    events = extract_events(doc)
    assert events and all(e.date is None for e in events), [(e.type, e.date) for e in events]


def test_a_calendar_day_still_dates_its_event_beside_a_vague_time() -> None:
    doc = make_doc("وقال الوزير سمير داود، الاثنين، إن المحادثات ستستمر منذ أيام.",
                   mentions={"سمير داود": ("PER", "PER:سمير داود")},
                   timexes={"الاثنين": ("2023-04-10", None), "منذ أيام": (None, None)})
    statement = next(e for e in extract_events(doc) if e.type == "STATEMENT")
    assert statement.date == "2023-04-10"


def test_after_hours_of_another_attack_is_a_second_event() -> None:
    doc = make_doc(
        "استهدفت ثلاثة صواريخ مطار أربيل فجر الأحد.\n"
        "وجاء الهجوم بعد ساعات من استهداف معسكر الغزلاني بطائرتين مسيرتين أسقطتهما الدفاعات الجوية.",
        mentions={"مطار أربيل": ("FAC", "FAC:مطار اربيل"), "معسكر الغزلاني": ("FAC", "FAC:معسكر غزلاني")},
        timexes={"فجر الأحد": ("2023-03-05TMO", None), "بعد ساعات": (None, None)},
    )
    attacks = [e for e in extract_events(doc) if e.type == "ASSAULT"]
    by_place = {e.location: e for e in attacks}
    assert set(by_place) == {"FAC:مطار اربيل", "FAC:معسكر غزلاني"}, [(e.location, e.date) for e in attacks]
    drones = by_place["FAC:معسكر غزلاني"]
    assert drones.mode == "drone" and drones.date is None and {c.what: c.value for c in drones.counts}["drones"] == 2
    assert by_place["FAC:مطار اربيل"].mode == "rocket"


def test_an_anniversary_recalls_a_past_killing_not_the_day_it_falls_on() -> None:
    doc = make_doc(
        "ورفعت الشرطة، الثلاثاء، حالة التأهب بالتزامن مع الذكرى السنوية لاغتيال القائد حسن نصري في غارة بطائرة مسيرة.",
        mentions={"الشرطة": ("ORG", "ORG:شرطه"), "حسن نصري": ("PER", "PER:حسن نصري")},
        timexes={"الثلاثاء": ("2023-02-07", None)},
        published="2023-02-08",
    )
    killing = next(e for e in extract_events(doc) if e.type == "ASSAULT")
    assert killing.modality == "recalled" and killing.date is None and killing.target == "PER:حسن نصري"


def test_an_anniversary_keeps_the_date_it_gives_the_past_event() -> None:
    doc = make_doc(
        "وتجمع المئات في ذكرى مقتل الصحفي سامي نادر في آذار 2019 قرب مبنى البرلمان.",
        mentions={"سامي نادر": ("PER", "PER:سامي نادر")},
        timexes={"في آذار 2019": ("2019-03", None)},
        published="2023-03-20",
    )
    killing = next(e for e in extract_events(doc) if e.type == "ASSAULT")
    assert (killing.date, killing.modality) == ("2019-03", "recalled")


def test_words_and_quotation_marks_between_the_verb_and_its_object() -> None:
    doc = make_doc(
        "وأعلن الرئيس فرانسوا مارتان أن فرنسا ستنهي بحلول نهاية العام “مهمتها القتالية” في مالي.",
        mentions={"فرانسوا مارتان": ("PER", "PER:فرانسوا مارتان"), "فرنسا": ("GPE", "GPE:فرنسا"), "مالي": ("GPE", "GPE:مالي")},
        timexes={"بحلول نهاية العام": ("2023", "END")},
        published="2023-05-02",
    )
    retreat = next(e for e in extract_events(doc) if e.type == "RETREAT")
    assert (retreat.date, retreat.modality, retreat.actor) == ("2023-12-31", "deadline", "GPE:فرنسا")
