"""The state's media named by what they are speak for their country, on sentences written for these tests:
"ذكر الإعلام الرسمي السوري" is Syria's statement, a bare "التلفزيون الرسمي" is the state television of the
country the story is about; they only relay a speaker the sentence names, and what they are cited for after
"حسبما" is the article's sourcing, no statement."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"سالم العبدالله": ("PER", "PER:سالم العبدالله"), "العراق": ("GPE", "kb:c:IQ"),
          "كوبا": ("GPE", "kb:c:CU"), "درعا": ("GPE", "kb:l:daraa")}
DAYS = {"الأربعاء": ("2023-05-17", None), "الخميس": ("2023-05-18", None)}


def _speakers(text: str) -> list[str | None]:
    events = extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18"))
    return [e.actor for e in of_type(events, "STATEMENT")]


def test_state_media_with_a_nationality_speak_for_that_country() -> None:
    assert _speakers("وذكر الإعلام الرسمي السوري الأربعاء أن الجيش دخل بلدة في ريف درعا.") == ["kb:c:SY"]


def test_state_media_named_plainly_speak_for_the_country_of_the_story() -> None:
    text = "تحطمت طائرة ركاب قرب مطار العاصمة في كوبا الأربعاء.\nوقالت وسائل الإعلام الحكومية الأربعاء إن الطائرة كانت تقل مئة راكب."
    assert _speakers(text) == ["kb:c:CU"]


def test_the_state_television_is_the_countrys_state_broadcaster_where_known() -> None:
    text = "أغلقت مراكز الاقتراع في العراق الأربعاء.\nوقال التلفزيون الرسمي الأربعاء إن نسبة المشاركة بلغت 44 بالمئة."
    assert _speakers(text) == ["kb:o:iraqiya_tv"]


def test_state_media_relaying_a_named_speaker_leave_the_statement_his() -> None:
    text = "ونقلت وسائل الإعلام الرسمية في العراق الخميس عن سالم العبدالله قوله إن الحكومة ستعيد فتح المعبر."
    assert _speakers(text) == ["PER:سالم العبدالله"]


def test_state_media_cited_as_the_source_make_no_statement() -> None:
    text = "أغلقت مراكز الاقتراع في العراق الأربعاء.\nوبلغت نسبة المشاركة 44 بالمئة، بحسب ما أفاد التلفزيون الرسمي."
    assert _speakers(text) == []
