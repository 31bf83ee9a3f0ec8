"""Events the sixth gold corpus (a day of protests and killings told by several outlets) showed missing or wrong, on
sentences written for these tests: emergency sessions and convening, crowds gathering in a protest, a demand that
is what a march is for, and the day of what the body tells
(a duration or a quoted time is no time of its own, a second lead sentence goes on with the day the first named,
"منذ حرب عام 2006" dates the war, an undated statement going on stays undated)."""

from __future__ import annotations

from dataclasses import replace

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"سامي نادر": ("PER", "PER:سامي نادر"), "الحكومة": ("ORG", "ORG:الحكومه"),
          "مجلس الوزراء": ("ORG", "ORG:مجلس الوزراء"), "البرلمان": ("ORG", "ORG:البرلمان"),
          "الساحة الكبرى": ("LOC", "LOC:الساحه الكبري"), "القرية": ("GPE", "GPE:القريه")}


def test_an_emergency_session_and_convening_are_consultations() -> None:
    doc = make_doc(
        "عقد مجلس الوزراء، مساء الأحد، جلسة طارئة لبحث الفيضانات.\n"
        "وانعقد البرلمان لمناقشة الميزانية.",
        mentions=ACTORS,
        timexes={"مساء الأحد": ("2023-05-14", None)},
        published="2023-05-15",
    )
    consult = of_type(extract_events(doc), "CONSULT")
    assert [(e.date, e.actor) for e in consult][:1] == [("2023-05-14", "ORG:مجلس الوزراء")]
    assert "ORG:البرلمان" in {e.actor for e in consult}


def test_a_court_sitting_is_no_consultation() -> None:
    doc = make_doc("وأرجأت المحكمة جلسة محاكمة سامي نادر إلى الشهر المقبل.", mentions=ACTORS, published="2023-05-15")
    assert of_type(extract_events(doc), "CONSULT") == []


def test_crowds_gathering_in_a_protest_protest_and_fans_do_not() -> None:
    # told in the body as news: the verb (past) is what dates it with the article's day, the noun alone would not
    protest = _body_doc("واحتشد آلاف العمال في الساحة الكبرى في احتجاج على الأجور.", {})
    assert [(e.date, e.location) for e in of_type(extract_events(protest), "PROTEST")] == [
        ("2023-05-14", "LOC:الساحه الكبري")]
    fans = make_doc("واحتشد آلاف المشجعين في الساحة الكبرى لاستقبال الفريق.", mentions=ACTORS, published="2023-05-15")
    assert of_type(extract_events(fans), "PROTEST") == []


def test_a_march_said_to_be_peaceful_is_a_protest_a_drone_is_not() -> None:
    doc = make_doc("وخرج المئات في مسيرة سلمية في القرية.", mentions=ACTORS, published="2023-05-15")
    assert [e.location for e in of_type(extract_events(doc), "PROTEST")] == ["GPE:القريه"]
    drone = make_doc("وأسقطت الدفاعات طائرة مسيرة فوق القرية.", mentions=ACTORS, published="2023-05-15")
    assert of_type(extract_events(drone), "PROTEST") == []


def test_a_demand_a_march_is_for_is_no_request_of_its_own() -> None:
    doc = make_doc("وتظاهر آلاف الطلاب في القرية للمطالبة بخفض الرسوم.", mentions=ACTORS, published="2023-05-15")
    events = extract_events(doc)
    assert of_type(events, "REQUEST") == []
    assert len(of_type(events, "PROTEST")) == 1


def _body_doc(body: str, timexes: dict[str, tuple[str, str | None]], *, duration: str | None = None):
    doc = make_doc("أعلن سامي نادر، الأحد، إغلاق الطرق.\nوأضاف أن الجسور آمنة.\n" + body, mentions=ACTORS,
                   timexes={"الأحد": ("2023-05-14", None), **timexes}, published="2023-05-14")
    if duration is not None:  # make_doc's time expressions are dates: this one says how long
        doc.timexes = [replace(t, kind="duration", value=None) if doc.text[t.span.start:t.span.end] == duration else t
                       for t in doc.timexes]
    return doc


def test_a_duration_is_no_time_of_its_own() -> None:
    doc = _body_doc("واعتصم العمال في الساحة الكبرى في إضراب يستمر ثلاثة أيام.", {"ثلاثة أيام": ("P3D", None)},
                    duration="ثلاثة أيام")
    assert [e.date for e in of_type(extract_events(doc), "PROTEST")] == ["2023-05-14"]


def test_a_time_inside_a_quote_is_the_speakers_own() -> None:
    doc = _body_doc('وقالت الحكومة خلال الاجتماع: "ما جرى اليوم في القرية مؤسف".', {"اليوم": ("2023-05-14", None)})
    said = [e for e in of_type(extract_events(doc), "STATEMENT") if e.actor == "ORG:الحكومه"]
    assert [e.date for e in said] == ["2023-05-14"]


def test_the_second_lead_sentence_goes_on_with_the_day_the_first_named() -> None:
    doc = make_doc(
        "عقد مجلس الوزراء، مساء الجمعة، جلسة طارئة مغلقة.\n"
        "وحذر سامي نادر خلال الجلسة من تدهور الوضع.",
        mentions=ACTORS,
        timexes={"مساء الجمعة": ("2023-05-12", None)},
        published="2023-05-13",
    )
    warned = [e for e in extract_events(doc) if e.actor == "PER:سامي نادر"]
    assert [e.date for e in warned] == ["2023-05-12"]


def test_a_time_after_since_and_a_named_event_dates_that_event_only() -> None:
    doc = make_doc(
        "قصفت الحكومة القرية في أسوأ هجوم منذ حرب عام 2006.",
        mentions=ACTORS,
        timexes={"عام 2006": ("2006", None)},
        published="2023-05-14",
    )
    # the shelling takes no year of the war; with a time expression in its sentence it takes no publication date either
    assert [e.date for e in of_type(extract_events(doc), "ASSAULT")] == [None]


def test_a_statement_going_on_from_an_undated_one_stays_undated() -> None:
    doc = _body_doc("وقالت الحكومة في بيان لاحق إن الطرق مفتوحة.\nوأضافت أن المدارس ستفتح.", {})
    said = [e for e in of_type(extract_events(doc), "STATEMENT") if e.actor == "ORG:الحكومه"]
    assert said and all(e.date is None for e in said)
