"""Who acts when the subject is not the first name after the verb (ev36): a subject brought before its verb by كان,
إن/أن or a relative pronoun makes the name after the verb its object; a body opening the subject phrase of a speech
verb speaks, and a person named after it is the one acted on."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

_NAMES = {
    "سمير الخطيب": ("PER", "PER:سمير الخطيب"),
    "نادر الحسن": ("PER", "PER:نادر الحسن"),
    "ليلى منصور": ("PER", "PER:ليلى منصور"),
    "الاتحاد الأوروبي": ("ORG", "ORG:الاتحاد الاوروبي"),
    "نادي الرائد": ("ORG", "ORG:نادي الرائد"),
    "الأردن": ("GPE", "kb:c:JO"),
    "تونس": ("GPE", "kb:c:TN"),
}


def _roles(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    mentions = {k: v for k, v in _NAMES.items() if k in text}
    doc = make_doc(text, mentions=mentions, timexes={"الخميس": ("2024-03-07", None)}, published="2024-03-08")
    return [(e.actor, e.target) for e in extract_events(doc) if e.type == kind]


def test_subject_after_was_keeps_the_name_after_the_verb_as_object() -> None:
    text = "وكان سمير الخطيب قد أقال نادر الحسن من منصبه الخميس."
    assert _roles(text, "SANCTION") == [("PER:سمير الخطيب", "PER:نادر الحسن")]


def test_subject_after_that_keeps_the_name_after_the_verb_as_object() -> None:
    text = "وذكرت مصادر أن سمير الخطيب التقى نادر الحسن في عمان الخميس."
    assert ("PER:سمير الخطيب", "PER:نادر الحسن") in _roles(text, "CONSULT")


def test_antecedent_of_a_relative_pronoun_is_the_subject() -> None:
    text = "وانتقدت المعارضة سمير الخطيب، الذي استقبل نادر الحسن في مكتبه الخميس."
    assert ("PER:سمير الخطيب", "PER:نادر الحسن") in _roles(text, "CONSULT")


def test_a_pronoun_for_the_antecedent_leaves_the_name_after_the_verb_its_subject() -> None:
    text = "وتحدث التقرير عن الأردن، التي التقى فيها سمير الخطيب نادر الحسن الخميس."
    assert ("kb:c:JO", "PER:سمير الخطيب") not in _roles(text, "CONSULT")


def test_a_body_opening_the_subject_speaks_not_the_person_after_it() -> None:
    text = "أعلن نادي الرائد، الخميس، إقالة مدربه سمير الخطيب بعد سلسلة من الهزائم."
    assert [a for a, _ in _roles(text, "SANCTION")] == ["ORG:نادي الرائد"]


def test_a_body_after_its_head_noun_speaks_not_the_person_after_it() -> None:
    text = "دعا الاتحاد الأوروبي للمرة الثانية، المدير التنفيذي للشركة ليلى منصور، إلى الإدلاء بشهادتها الخميس."
    assert [a for a, _ in _roles(text, "REQUEST")] == ["ORG:الاتحاد الاوروبي"]


def test_a_title_before_the_body_leaves_the_person_the_speaker() -> None:
    text = "دعا رئيس نادي الرائد سمير الخطيب، الخميس، إلى إعادة المباراة."
    assert [a for a, _ in _roles(text, "REQUEST")] == ["PER:سمير الخطيب"]


def test_a_nationality_right_before_the_name_leaves_the_person_the_speaker() -> None:
    text = "دعا التونسي سمير الخطيب، الخميس، إلى إعادة المباراة."
    mentions = {"التونسي": ("GPE", "kb:c:TN"), "سمير الخطيب": ("PER", "PER:سمير الخطيب")}
    doc = make_doc(text, mentions=mentions, timexes={"الخميس": ("2024-03-07", None)}, published="2024-03-08")
    assert [e.actor for e in extract_events(doc) if e.type == "REQUEST"] == ["PER:سمير الخطيب"]


def test_who_faces_criticism_is_its_target() -> None:
    text = "وواجه سمير الخطيب انتقادات واسعة الخميس بسبب تصريحاته."
    assert _roles(text, "ACCUSE") == [(None, "PER:سمير الخطيب")]


def test_who_is_exposed_to_accusations_is_their_target() -> None:
    text = "وتعرض نادي الرائد لاتهامات حادة الخميس بعد المباراة."
    assert ("ORG:نادي الرائد", None) not in _roles(text, "ACCUSE")


def test_a_name_after_lam_is_whom_criticism_is_aimed_at() -> None:
    text = "ووجه نواب انتقادات لاذعة لنادي الرائد الخميس."
    assert _roles(text, "ACCUSE") == [(None, "ORG:نادي الرائد")]


def test_the_act_one_faces_an_accusation_of_stays_theirs() -> None:
    text = "وواجهت تونس انتقادات الخميس لاعتقالها نادر الحسن."
    assert ("kb:c:TN", "PER:نادر الحسن") in _roles(text, "COERCE")
