"""Triggers found missing by audits of random news: agreeing to something, issuing a report, enacting a law, ordering a
release, rescuing people, fighting that goes on; on sentences written for the test."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "شركة نورا للطاقة": ("ORG", "ORG:نورا"),
    "مجلس النواب": ("ORG", "ORG:مجلس النواب"),
    "منظمة رقابة المتوسط": ("ORG", "ORG:رقابة"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "خفر السواحل": ("ORG", "ORG:خفر السواحل"),
    "هاني عادل": ("PER", "PER:هاني عادل"),
    "الغوطة": ("LOC", "LOC:الغوطة"),
    "ليبيا": ("GPE", "GPE:ليبيا"),
}
WEDNESDAY = {"الأربعاء": ("2023-03-08", None)}


def _events(text: str, timexes: dict[str, tuple[str, None]] | None = None) -> list:
    return extract_events(make_doc(text, mentions=NAMES, timexes=timexes or {}, published="2023-03-09"))


def test_agreeing_to_pay_is_an_agreement_of_who_agrees() -> None:
    (agree,) = of_type(_events("ووافقت شركة نورا للطاقة الأربعاء على دفع مليوني دولار لتسوية الدعوى.", WEDNESDAY), "AGREE")
    assert agree.date == "2023-03-08" and agree.actor == "ORG:نورا"


def test_a_parliament_approving_a_bill_agrees_to_it() -> None:
    (agree,) = of_type(_events("وافق مجلس النواب، الأربعاء، على مشروع قانون الضرائب الجديد.", WEDNESDAY), "AGREE")
    assert agree.date == "2023-03-08"


def test_agreeing_in_the_present_is_an_opinion_not_an_act() -> None:
    assert not of_type(_events("ويوافق سامي نادر على أن الخطة تحتاج إلى وقت أطول."), "AGREE")


def test_issuing_a_report_is_a_statement_of_who_issues_it() -> None:
    (statement,) = of_type(_events("أصدرت منظمة رقابة المتوسط الأربعاء تقريرا عن أوضاع السجون في ليبيا.", WEDNESDAY), "STATEMENT")
    assert statement.date == "2023-03-08" and statement.actor == "ORG:رقابة"


def test_enacting_a_law_is_an_agreement() -> None:
    (agree,) = of_type(_events("وسنت ليبيا الأربعاء قانونا يمنع تصدير الخردة.", WEDNESDAY), "AGREE")
    assert agree.date == "2023-03-08" and agree.actor == "GPE:ليبيا"


def test_a_court_ordering_a_conditional_release_concedes_it() -> None:
    (concede,) = of_type(_events("أمرت محكمة الاستئناف الأربعاء بالإفراج المشروط عن هاني عادل.", WEDNESDAY), "CONCEDE")
    assert concede.date == "2023-03-08" and concede.target == "PER:هاني عادل"


def test_rescuing_migrants_is_aid() -> None:
    (aid,) = of_type(_events("أنقذ خفر السواحل الأربعاء 120 مهاجرا قبالة سواحل ليبيا.", WEDNESDAY), "AID")
    assert aid.date == "2023-03-08" and aid.actor == "ORG:خفر السواحل"


def test_a_goalkeeper_saving_his_goal_is_no_rescue() -> None:
    assert not of_type(_events("وأنقذ الحارس سامي نادر مرماه من هدف محقق الأربعاء.", WEDNESDAY), "AID")


def test_fighting_that_goes_on_is_an_assault() -> None:
    (assault,) = of_type(_events("ويتواصل القتال في الغوطة الأربعاء بين الجيش والمعارضة.", WEDNESDAY), "ASSAULT")
    assert assault.date == "2023-03-08"
