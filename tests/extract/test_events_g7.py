"""Events the two-story corpus (a disappearance, a court case) showed missed or dated wrong, on sentences written for
these tests: a person's disappearance, a coup attempt named in a relative clause, and the month of an agreement
told in a relative clause."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"سامي نادر": ("PER", "PER:سامي نادر"), "كريم فؤاد": ("PER", "PER:كريم فؤاد"),
          "السفارة": ("ORG", "ORG:السفاره"), "البلاد": ("GPE", "GPE:البلاد"),
          "السلطات": ("ORG", "ORG:السلطات")}


def _types_dates(events) -> set[tuple[str, str | None]]:
    return {(e.type, e.date) for e in events}


def test_a_person_who_disappeared_after_a_visit_is_an_event_dated_by_the_day_named() -> None:
    text = "وقال كريم فؤاد إن التحقيق مستمر في قضية سامي نادر، الذي اختفى بعد زيارته للسفارة في 3 مايو الجاري."
    doc = make_doc(text, mentions=ACTORS, timexes={"في 3 مايو الجاري": ("2023-05-03", None)}, published="2023-05-14")
    events = extract_events(doc)
    gone = of_type(events, "ASSAULT")
    assert [(e.target, e.date) for e in gone] == [("PER:سامي نادر", "2023-05-03")]


def test_the_disappearance_of_a_named_person_is_an_event_and_takes_the_days_ago() -> None:
    text = "وتنفي السلطات أي علاقة لها باختفاء سامي نادر قبل عشرة أيام."
    doc = make_doc(text, mentions=ACTORS, timexes={"قبل عشرة أيام": ("2023-05-04", None)}, published="2023-05-14")
    events = extract_events(doc)
    assert [(e.target, e.date) for e in of_type(events, "ASSAULT")] == [("PER:سامي نادر", "2023-05-04")]
    assert all(e.date is None for e in of_type(events, "REJECT"))


def test_what_vanishes_with_no_one_named_is_no_event() -> None:
    doc = make_doc("واختفت الظاهرة من الأسواق بعد أسابيع.", mentions=ACTORS, published="2023-05-14")
    assert of_type(extract_events(doc), "ASSAULT") == []


def test_a_coup_attempt_named_in_a_relative_clause_takes_its_date_not_the_accusation() -> None:
    text = "وسُجن سامي نادر بتهمة دعم جماعة كريم فؤاد، الذي تتهمه البلاد بالوقوف وراء محاولة الانقلاب في 15 يوليو عام 2016."
    doc = make_doc(text, mentions=ACTORS, timexes={"في 15 يوليو عام 2016": ("2016-07-15", None)},
                   published="2023-05-14")
    events = extract_events(doc)
    assert ("ASSAULT", "2016-07-15") in _types_dates(events)
    assert all(e.date != "2016-07-15" for e in of_type(events, "ACCUSE"))


def test_an_event_a_statement_is_about_takes_neither_its_day_nor_its_speaker() -> None:
    text = "أعلن كريم فؤاد، الخميس، عن خطوة جديدة بشأن واقعة اختفاء سامي نادر."
    doc = make_doc(text, mentions=ACTORS, timexes={"الخميس": ("2023-05-11", None)}, published="2023-05-11")
    events = extract_events(doc)
    assert [(e.actor, e.date) for e in of_type(events, "STATEMENT")] == [("PER:كريم فؤاد", "2023-05-11")]
    assert [(e.actor, e.target, e.date) for e in of_type(events, "ASSAULT")] == [(None, "PER:سامي نادر", None)]


def test_a_day_told_before_a_topic_is_not_the_day_of_the_event_it_names() -> None:
    text = "وشكر كريم فؤاد، الثلاثاء، السفارة على التزامها بإجراء تحقيق شامل بشأن قضية اختفاء سامي نادر."
    doc = make_doc(text, mentions=ACTORS, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert [e.date for e in of_type(extract_events(doc), "ASSAULT")] == [None]


def test_out_of_sight_or_off_the_radar_is_no_disappearance() -> None:
    for text in ("واختفى سامي نادر عن الأنظار خلال المباراة.", "وقالت السلطات إن الطائرة اختفت عن شاشات الرادار فوق مالطا."):
        doc = make_doc(text, mentions={**ACTORS, "مالطا": ("GPE", "GPE:مالطا")}, published="2023-05-16")
        assert of_type(extract_events(doc), "ASSAULT") == []


def test_a_time_counted_from_an_event_is_not_its_date_and_a_named_past_sets_no_frame() -> None:
    text = ("وقصفت البلاد مواقع في مالطا، الثلاثاء.\nوقال سامي نادر إن الوضع خطير.\n"
            "وفر الضباط إلى مالطا بعد يوم واحد من محاولة الانقلاب الفاشلة على كريم فؤاد في يوليو 2016.\n"
            "وقال عادل حسن إن الضباط لن يعودوا.")
    mentions = {**ACTORS, "مالطا": ("GPE", "GPE:مالطا"), "عادل حسن": ("PER", "PER:عادل حسن")}
    timexes = {"الثلاثاء": ("2023-05-16", None), "بعد يوم": ("2023-05-18", None), "في يوليو 2016": ("2016-07", None)}
    events = extract_events(make_doc(text, mentions=mentions, timexes=timexes, published="2023-05-17"))
    assert [e.date for e in of_type(events, "ASSAULT")] == ["2023-05-16", "2016-07"]
    assert {e.actor: e.date for e in of_type(events, "STATEMENT")} == {"PER:سامي نادر": "2023-05-16", "PER:عادل حسن": "2023-05-16"}


def test_a_month_told_in_a_relative_clause_dates_the_agreement_the_clause_describes() -> None:
    text = ("وكانت السفارة قد ذكرت أن البلاد توصلت إلى اتفاق مع مالطا.\n"
            "وأوضح كريم فؤاد، أن الاتفاق الذي توصل إليه الطرفان، على هامش اجتماعات السفارة في مايو الماضي، يقضي بإطلاق سراح "
            "سامي نادر.")
    doc = make_doc(text, mentions={**ACTORS, "مالطا": ("GPE", "GPE:مالطا")}, timexes={"في مايو الماضي": ("2023-05", None)},
                   published="2023-06-14")
    events = extract_events(doc)
    assert [e.date for e in of_type(events, "AGREE")] == ["2023-05"]
    assert [e.date for e in of_type(events, "CONCEDE")] == [None]


def test_the_last_dated_paragraph_sets_the_frame_of_what_follows() -> None:
    text = ("قضت محكمة في البلاد، الجمعة، بإطلاق سراح سامي نادر.\n"
            "وكان كريم فؤاد قد قال، مساء الخميس، إن الإفراج عن سامي نادر بات قريبا.\n"
            "وطلبت السفارة، الجمعة، رفع الإقامة الجبرية عن سامي نادر.\n"
            "من جانبه، قال عادل حسن إن القضية انتهت.")
    doc = make_doc(text, mentions={**ACTORS, "عادل حسن": ("PER", "PER:عادل حسن")},
                   timexes={"الجمعة": ("2023-05-19", None), "مساء الخميس": ("2023-05-18", "EVENING")}, published="2023-05-19")
    statements = {e.actor: e.date for e in of_type(extract_events(doc), "STATEMENT")}
    assert statements["PER:عادل حسن"] == "2023-05-19"


def test_the_one_set_free_is_the_target_of_a_release() -> None:
    doc = make_doc("وقضت محكمة في البلاد، الجمعة، بإطلاق سراح سامي نادر.", mentions=ACTORS,
                   timexes={"الجمعة": ("2023-05-19", None)}, published="2023-05-19")
    assert [(e.actor, e.target) for e in of_type(extract_events(doc), "CONCEDE")] == [(None, "PER:سامي نادر")]
