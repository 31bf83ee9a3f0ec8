"""Events on the kind of articles the hand-annotated corpora showed dated wrong or not at all, on sentences written
for these tests: the day of what an article's body tells when its lead names only the day before publication, and
when its lead names a day only in a relative clause."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"سامي نادر": ("PER", "PER:سامي نادر"), "القرية": ("GPE", "GPE:القريه"), "مجلس الأمن": ("ORG", "ORG:مجلس الامن"),
          "وزارة الصحة": ("ORG", "ORG:وزاره الصحه"), "المعارضة": ("ORG", "ORG:المعارضه")}
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
