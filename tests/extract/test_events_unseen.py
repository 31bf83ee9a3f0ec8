"""Events on the kind of articles the hand-annotated corpora showed dated wrong or not at all, on sentences written
for these tests: the day of what an article's body tells when its lead names only the day before publication, and
when its lead names a day only in a relative clause."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"سامي نادر": ("PER", "PER:سامي نادر"), "القرية": ("GPE", "GPE:القريه"), "مجلس الأمن": ("ORG", "ORG:مجلس الامن"),
          "وزارة الصحة": ("ORG", "ORG:وزاره الصحه"), "المعارضة": ("ORG", "ORG:المعارضه"),
          "عادل حسن": ("PER", "PER:عادل حسن")}
MOURNING = "يقيم أهالي القرية حدادا على الذين قتلوا في القصف الجمعة.\nوتبدو الشوارع خالية.\n"
BODY = "وطالب سامي نادر بتحقيق مستقل في القصف.\nودان مجلس الأمن العنف."


def _dates(events, etype: str) -> dict[str | None, str | None]:
    return {e.actor: e.date for e in of_type(events, etype)}


def test_the_body_of_a_lead_that_names_only_the_day_before_tells_that_day() -> None:
    doc = make_doc(MOURNING + BODY, mentions=ACTORS, timexes={"الجمعة": ("2023-05-19", None)}, published="2023-05-20")
    events = extract_events(doc)
    assert _dates(events, "REQUEST")["PER:سامي نادر"] == "2023-05-19"
    assert _dates(events, "ACCUSE")["ORG:مجلس الامن"] == "2023-05-19"


def test_a_day_named_two_days_before_publication_gives_the_body_no_day() -> None:
    doc = make_doc(MOURNING + BODY, mentions=ACTORS, timexes={"الجمعة": ("2023-05-19", None)}, published="2023-05-21")
    assert _dates(extract_events(doc), "REQUEST")["PER:سامي نادر"] is None


TOLL = "ارتفع عدد القتلى في القرية، الجمعة، إلى 12 قتيلا، وفقا لما أعلنته وزارة الصحة.\nوتبدو الشوارع خالية.\n"
FRIDAY = {"الجمعة": ("2023-05-19", None), "عام 1976": ("1976", None)}


def test_a_new_toll_is_dated_on_the_day_its_source_announced_it() -> None:
    doc = make_doc(TOLL, mentions=ACTORS, timexes=FRIDAY, published="2023-05-19")
    assert _dates(extract_events(doc), "STATEMENT") == {"ORG:وزاره الصحه": "2023-05-19"}


def test_the_body_of_a_lead_whose_toll_rises_tells_the_day_of_the_toll() -> None:
    doc = make_doc(TOLL + "وقال سامي نادر إن المسيرات ستتواصل.", mentions=ACTORS, timexes=FRIDAY, published="2023-05-19")
    assert _dates(extract_events(doc), "STATEMENT")["PER:سامي نادر"] == "2023-05-19"


def test_an_anniversary_dates_the_event_it_names_and_sets_no_time_for_what_follows() -> None:
    recall = "وتزامنت المسيرات مع ذكرى مقتل عادل حسن في القرية خلال مظاهرات عام 1976.\n"
    doc = make_doc(TOLL + recall + "وقال سامي نادر إن المسيرات ستتواصل.", mentions=ACTORS, timexes=FRIDAY,
                   published="2023-05-19")
    events = extract_events(doc)
    assert [(e.date, e.modality) for e in of_type(events, "ASSAULT")] == [("1976", "recalled")]
    assert all(e.date is None for e in of_type(events, "PROTEST"))
    assert _dates(events, "STATEMENT")["PER:سامي نادر"] == "2023-05-19"


def test_a_statement_issued_by_a_ministry_confiscates_nothing() -> None:
    doc = make_doc("وأكد بيان صادر عن وزارة الصحة دعم المستشفيات في القرية.", mentions=ACTORS, published="2023-05-19")
    assert of_type(extract_events(doc), "COERCE") == []
    seized = make_doc("وصادر الجنود أراضي في القرية.", mentions=ACTORS, published="2023-05-19")
    assert [e.location for e in of_type(extract_events(seized), "COERCE")] == ["GPE:القريه"]


def test_a_day_told_in_a_relative_clause_of_the_lead_is_not_the_lead_news() -> None:
    lead = ("أعلن سامي نادر الجمعة أن الحكومة تواجه أزمة.\n"
            "ووصل نادر إلى مقر الحزب، والذي كان سببا في هجوم على القرية يوم الخميس.\n")
    filler = "وتبدو الشوارع خالية.\nوأغلقت المحال أبوابها.\nوتبدو الشوارع خالية.\n"
    doc = make_doc(lead + filler + "وطالب عادل حسن بتحقيق مستقل.", mentions=ACTORS,
                   timexes={"يوم الخميس": ("2023-05-18", None), "الجمعة": ("2023-05-19", None)}, published="2023-05-19")
    events = extract_events(doc)
    assert [e.date for e in of_type(events, "ASSAULT")] == ["2023-05-18"]
    assert _dates(events, "REQUEST")["PER:عادل حسن"] == "2023-05-19"


def test_a_warning_siren_or_system_is_no_threat() -> None:
    places = {"غزة": ("GPE", "GPE:غزه"), "ألمانيا": ("GPE", "GPE:المانيا"), "الفلبين": ("GPE", "GPE:فلبين")}
    doc = make_doc("ودوت صفارات الإنذار في البلدات القريبة من غزة.\nوزودت ألمانيا الفلبين بنظام إنذار مبكر.",
                   mentions=places, published="2023-05-19")
    assert of_type(extract_events(doc), "THREATEN") == []
