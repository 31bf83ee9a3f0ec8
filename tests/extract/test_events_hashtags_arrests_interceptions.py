"""Events that a reading of random news (session 21) found missed, on sentences written for these tests: a speaker or
actor written as a hashtag (#الشرطة_النمساوية) is read as one written plainly, and an arrest whose subject stands
between ألقى and القبض is told by its verb, so it takes the news day and its subject as the actor; intercepting a
missile is an attack on the side that intercepts it, objecting (اعترض على) is none; "بشكل قاطع" (categorically) is
no boycott (قاطع)."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from rasad.extract.wordscan import scan
from tests.extract.handmade import by_type, make_doc, of_type

ACTORS = {"سالم_العبدالله": ("PER", "PER:سالم العبدالله"), "وزارة_الداخلية": ("ORG", "ORG:وزارة الداخلية"),
          "الشرطة النرويجية": ("ORG", "ORG:الشرطة النرويجية"), "أوسلو": ("GPE", "GPE:أوسلو"),
          "النرويج": ("GPE", "kb:c:NO")}
DAYS: dict[str, tuple[str, str | None]] = {}


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18"))


def test_a_hashtag_mark_is_no_word_between_a_verb_and_its_subject() -> None:
    assert [w.text for w in scan("قال #سالم_العبدالله إن")] == ["قال", "سالم", "العبدالله", "ان"]


def test_a_speaker_written_as_a_hashtag_is_read() -> None:
    e = by_type(_events("قال #سالم_العبدالله إن الحكومة لن تستقيل."))["STATEMENT"]
    assert e.actor == "PER:سالم العبدالله"


def test_a_body_written_as_a_hashtag_announces_and_arrests() -> None:
    events = by_type(_events("أعلنت #وزارة_الداخلية أنها اعتقلت ثلاثة مشتبه بهم."))
    assert events["STATEMENT"].actor == "ORG:وزارة الداخلية"
    assert events["COERCE"].actor == "ORG:وزارة الداخلية"


def test_an_arrest_with_its_subject_inside_the_verb_phrase_takes_the_news_day() -> None:
    e = by_type(_events("ألقت الشرطة النرويجية القبض على رجلين في أوسلو."))["COERCE"]
    assert (e.date, e.actor) == ("2023-05-18", "ORG:الشرطة النرويجية")



def test_a_missile_intercepted_is_an_attack_on_the_side_that_intercepts_it() -> None:
    e = by_type(_events("اعترضت الدفاعات الجوية النرويجية صاروخا باليستيا فوق أوسلو."))["ASSAULT"]
    assert (e.date, e.actor) == ("2023-05-18", None)  # the side that fired is not the subject
    assert e.target in ("kb:c:NO", "GPE:أوسلو")


def test_an_announced_interception_keeps_the_announcement() -> None:
    events = by_type(_events("أعلنت النرويج اعتراض صاروخين فوق أوسلو."))
    assert events["ASSAULT"].date == "2023-05-18"
    assert events["STATEMENT"].actor == "kb:c:NO"


def test_objecting_to_a_decision_is_no_attack() -> None:
    assert not of_type(_events("اعترضت النرويج على القرار."), "ASSAULT")


def test_categorically_is_no_boycott() -> None:
    assert not of_type(_events("قال المدرب إن إصابة سالم_العبدالله لم تحدد بشكل قاطع."), "REJECT")
