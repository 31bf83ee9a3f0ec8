"""An old event recalled in the sentence that tells the news keeps no date of that news: a relative clause in the
past ("التي تعرضت لاعتداء") takes no time told before its pronoun, a report the clause tells ("التقارير التي تحدثت
عن اختفاء X") dates nothing, "منذ أن انسحبت" recalls a withdrawal, and "من جهته، كان X قد أشار" what was said
before. Sentences written for these tests."""

from __future__ import annotations

from rasad.document import EventMention
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

THURSDAY = {"الخميس": ("2023-05-11", None)}


def _dates(events: list[EventMention], kind: str) -> list[str | None]:
    return [e.date for e in events if e.type == kind]


def test_a_relative_clause_in_the_past_takes_no_time_told_before_its_pronoun() -> None:
    doc = make_doc("أصدرت الشرطة الفرنسية بيانا الخميس، يتضمن أقوال الطالبة سلمى يوسف التي تعرضت لاعتداء في مدينة ليون.",
                   mentions={"سلمى يوسف": ("PER", "PER:سلمى يوسف"), "ليون": ("GPE", "GPE:ليون")},
                   timexes=THURSDAY, published="2023-05-12")
    assert _dates(extract_events(doc), "ASSAULT") == [None]


def test_a_relative_clause_keeps_the_time_told_in_it() -> None:
    doc = make_doc("أصدرت الشرطة الفرنسية بيانا الخميس، يتضمن أقوال الطالبة سلمى يوسف التي تعرضت لاعتداء في مدينة ليون "
                   "يوم 2 مايو.",
                   mentions={"سلمى يوسف": ("PER", "PER:سلمى يوسف"), "ليون": ("GPE", "GPE:ليون")},
                   timexes={**THURSDAY, "يوم 2 مايو": ("2023-05-02", None)}, published="2023-05-12")
    assert _dates(extract_events(doc), "ASSAULT") == ["2023-05-02"]


def test_a_relative_clause_in_the_present_goes_on_at_the_time_of_the_sentence() -> None:
    doc = make_doc("منح الرئيس التونسي، الخميس، وسام الجمهورية للرئيس البرازيلي لويس سيلفا الذي يجري زيارة إلى تونس.",
                   mentions={"تونس": ("GPE", "GPE:تونس"), "لويس سيلفا": ("PER", "PER:لويس سيلفا")}, timexes=THURSDAY,
                   published="2023-05-12")
    assert _dates(extract_events(doc), "CONSULT") == ["2023-05-11"]


def test_what_reports_in_a_relative_clause_tell_takes_no_day_of_the_sentence() -> None:
    doc = make_doc("وعبر وزير الخارجية، الخميس، عن قلقه من التقارير التي تحدثت عن اختفاء الصحفي سامر خليل.",
                   mentions={"سامر خليل": ("PER", "PER:سامر خليل")}, timexes=THURSDAY, published="2023-05-12")
    assert _dates(extract_events(doc), "ASSAULT") == [None]


def test_since_a_withdrawal_recalls_it() -> None:
    doc = make_doc("قال الرئيس الإيراني إن بلاده تشهد أزمة منذ أن انسحبت واشنطن من الاتفاق النووي.",
                   mentions={"واشنطن": ("GPE", "GPE:واشنطن")}, published="2023-05-12")
    assert _dates(extract_events(doc), "RETREAT") == [None]


def test_a_reaction_told_in_the_pluperfect_is_what_was_said_before() -> None:
    text = ("قال وزير الخارجية البريطاني جون سميث، الخميس، إن بلاده ستطرد دبلوماسيين.\n"
            "من جهته، كان وزير الخارجية الروسي سيرغي لافروف قد أشار إلى أن الاستخبارات البريطانية متورطة.")
    doc = make_doc(text, mentions={"جون سميث": ("PER", "PER:جون سميث"), "سيرغي لافروف": ("PER", "PER:سيرغي لافروف")},
                   timexes=THURSDAY, published="2023-05-12")
    dates = {e.actor: e.date for e in extract_events(doc) if e.type == "STATEMENT"}
    assert dates["PER:جون سميث"] == "2023-05-11" and dates["PER:سيرغي لافروف"] is None


def test_a_time_a_relative_clause_refuses_does_not_pass_to_a_statement_after_it() -> None:
    doc = make_doc("ووقفت جماعة من القراصنة وراء قرصنة شركة الاتصالات في عام 2016، العملية التي استهدفت خوادم الشركة، "
                   "وقالت الخبيرة سارة جونز إن الجماعة ما زالت نشطة.",
                   mentions={"سارة جونز": ("PER", "PER:سارة جونز")}, timexes={"في عام 2016": ("2016", None)},
                   published="2023-05-12")
    assert {e.actor: e.date for e in extract_events(doc) if e.type == "STATEMENT"}.get("PER:سارة جونز") is None
