"""A town or province in construct with a local office ("قائد شرطة البصرة"، "شرطة مدينة موسكو"، "محافظ البصرة"), on
sentences written for these tests: the place is where the office serves, neither who acts nor who speaks; the
office is the agent or the speaker, an unnamed one told with the place's country. A country's own police speak
for it, and the police of a named body are that body's."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from rasad.extract.quotes import find_quotes
from tests.extract.handmade import by_type, make_doc

NAMES = {"البصرة": ("GPE", "kb:l:basra"), "موسكو": ("GPE", "kb:l:moscow"), "سنغافورة": ("GPE", "kb:c:SG"),
         "سالم العبدالله": ("PER", "PER:سالم العبدالله"), "حماس": ("ORG", "kb:o:hamas")}
DAYS = {"الخميس": ("2023-05-18", None)}


def _doc(text: str):  # type: ignore[no-untyped-def]
    return make_doc(text, mentions=NAMES, timexes=DAYS, published="2023-05-18")


def _events(text: str):  # type: ignore[no-untyped-def]
    return by_type(extract_events(_doc(text)))


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    doc = _doc(text)
    return [(q.speaker, q.speaker_span and doc.span_text(q.speaker_span)) for q in find_quotes(doc)]


def test_a_police_chief_killed_is_the_target_and_his_city_where() -> None:
    attack = _events("وقتل الخميس في الانفجار قائد شرطة البصرة العميد سالم العبدالله.")["ASSAULT"]
    assert (attack.actor, attack.target, attack.location) == (None, "PER:سالم العبدالله", "kb:l:basra")


def test_the_police_of_a_city_speak_not_the_city() -> None:
    text = "وقالت شرطة مدينة موسكو الخميس إنها اعتقلت ثلاثة رجال."
    assert _speakers(text) == [(None, "شرطة مدينة موسكو")]
    found = _events(text)
    assert found["STATEMENT"].actor == "kb:c:RU"
    assert found["COERCE"].actor == "kb:c:RU"


def test_an_unnamed_governor_speaks_for_his_country_not_his_province() -> None:
    text = "وقال محافظ البصرة الخميس إن المياه ملوثة."
    assert _speakers(text) == [(None, "محافظ البصرة")]
    assert _events(text)["STATEMENT"].actor == "kb:c:IQ"


def test_the_police_of_a_country_speak_for_it() -> None:
    assert _speakers("وقالت شرطة سنغافورة الخميس إنها أغلقت المطار.") == [("kb:c:SG", "سنغافورة")]


def test_the_police_of_a_named_body_are_that_body() -> None:
    assert _events("وقالت شرطة حماس الخميس إنها أغلقت المقر.")["STATEMENT"].actor == "kb:o:hamas"
