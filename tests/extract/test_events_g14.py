"""Votes, approvals, rate decisions and interviews (sentences written for these tests)."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

NAMES = {
    "مجلس الشعب": ("ORG", "ORG:majlis"),
    "سليم حداد": ("PER", "kb:p:haddad"),
    "البنك المركزي": ("ORG", "ORG:central_bank"),
    "الرئيس": ("PER", "kb:p:president"),
    "رامي نصار": ("PER", "kb:p:nassar"),
    "رويترز": ("ORG", "kb:o:reuters"),
}
DAYS = {"الأربعاء": ("2021-03-10", None), "الشهر الماضي": ("2021-02", None), "في 3 فبراير": ("2021-02-03", None)}


def _events(text: str) -> list:
    return extract_events(make_doc(text, mentions=NAMES, timexes=DAYS, published="2021-03-10"))


def test_a_parliament_electing_its_speaker_backs_him() -> None:
    (vote,) = of_type(_events("انتخب مجلس الشعب الأربعاء سليم حداد رئيسا له."), "SUPPORT")
    assert vote.date == "2021-03-10" and "kb:p:haddad" in (vote.actor, vote.target)


def test_a_re_election_told_as_a_noun_is_a_vote_for_whom_it_names() -> None:
    (vote,) = of_type(_events("أعاد مجلس الشعب، الأربعاء، انتخاب سليم حداد رئيسا له."), "SUPPORT")
    assert vote.target == "kb:p:haddad" and vote.date == "2021-03-10"


def test_what_an_election_is_awaited_for_is_no_vote() -> None:
    assert not of_type(_events("وتحسبا لإعادة انتخاب سليم حداد، أصدر مكتبه بيانا."), "SUPPORT")


def test_a_body_approving_a_proposal_agrees_to_it() -> None:
    events = _events("أقر مجلس الشعب، في 3 فبراير، بأغلبية الأعضاء، مقترحا بإجراء انتخابات مبكرة.")
    (agree,) = of_type(events, "AGREE")
    assert agree.date == "2021-02-03" and not of_type(events, "STATEMENT")


def test_a_central_bank_raising_its_rate_announces_a_decision() -> None:
    (rise,) = of_type(_events("رفع البنك المركزي سعر الفائدة بمقدار 300 نقطة أساس، الأربعاء."), "STATEMENT")
    assert rise.actor == "ORG:central_bank" and rise.date == "2021-03-10"


def test_an_interview_with_an_agency_is_no_consultation() -> None:
    events = _events("وكان رامي نصار قال خلال لقاء مع وكالة رويترز، الشهر الماضي، إنه يخطط لخفض الضرائب.")
    assert not of_type(events, "CONSULT")
    assert [e.date for e in of_type(events, "STATEMENT")] == ["2021-02"]


def test_a_day_after_the_one_designated_leaves_him_the_object() -> None:
    names = {"نادر عيسى": ("PER", "kb:p:issa"), "سمير خليل": ("PER", "kb:p:khalil")}
    doc = make_doc("وقالت الرئاسة إن الرئيس نادر عيسى كلف سمير خليل الخميس بتشكيل الحكومة الجديدة.", mentions=names,
                   timexes={"الخميس": ("2021-03-11", None)}, published="2021-03-11")
    (request,) = of_type(extract_events(doc), "REQUEST")
    assert (request.actor, request.target) == ("kb:p:issa", "kb:p:khalil")
