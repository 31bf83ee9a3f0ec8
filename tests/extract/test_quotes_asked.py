"""The one asked is not the speaker, on sentences written for these tests: after a verb of asking (دعا، طالب،
ناشد) the name between its subject and what it asks for is whom it asks; after a verb that opens its sentence
with no subject, a name under ب or ل right after it is what was done to, and the speaker before goes on."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

NAMES = {
    "وزارة الخارجية الروسية": ("ORG", "ORG:وزارة الخارجية الروسية"),
    "سارة ويلسون": ("PER", "PER:سارة ويلسون"),
    "الكونغرس": ("ORG", "ORG:الكونغرس"),
    "جون ميلر": ("PER", "PER:جون ميلر"),
    "وزارة الصحة": ("ORG", "ORG:وزارة الصحة"),
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "ليلى حداد": ("PER", "PER:ليلى حداد"),
    "تونس": ("GPE", "GPE:تونس"),
    "حداد": ("PER", "PER:ليلى حداد"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span).strip('"« ')[:9].strip(), q.speaker) for q in find_quotes(doc)]


def test_the_person_a_ministry_asks_after_a_day_and_a_title_is_not_its_speaker() -> None:
    doc = make_doc(
        "وطالبت وزارة الخارجية الروسية، الخميس، رئيسة الوزراء البريطانية سارة ويلسون بـ\"وقف الحملة الإعلامية"
        " ضد موسكو فورا\".",
        mentions=NAMES,
    )
    assert _speakers(doc) == [("وقف الحمل", "ORG:وزارة الخارجية الروسية")]


def test_the_body_an_unnamed_title_asks_is_not_its_speaker() -> None:
    doc = make_doc(
        "وقال الرئيس الأمريكي جون ميلر إن الموازنة الجديدة ستخفض العجز.\n"
        "وناشد الرئيس الأمريكي الكونغرس أن \"يتحرك بسرعة لإقرار الموازنة الجديدة\".",
        mentions=NAMES,
    )
    assert [speaker for _, speaker in _speakers(doc)] == ["PER:جون ميلر", "PER:جون ميلر"]


def test_a_verb_of_asking_with_no_one_asked_keeps_its_subject() -> None:
    doc = make_doc(
        "ودعت وزارة الصحة إلى \"تلقي اللقاح قبل بداية فصل الشتاء\".\n"
        "ودعا وزير الخارجية سامي نادر إلى \"وقف إطلاق النار في أقرب وقت ممكن\".",
        mentions=NAMES,
    )
    assert [speaker for _, speaker in _speakers(doc)] == ["ORG:وزارة الصحة", "PER:سامي نادر"]


def test_a_name_under_bi_after_an_opening_verb_is_no_speaker_of_the_participle() -> None:
    doc = make_doc(
        "وقالت ليلى حداد إن المفاوضات ستستأنف الأسبوع المقبل.\n"
        "ورحبت بقرار تونس إرسال مساعدات، مؤكدة أن \"التعاون بين البلدين مهم للجميع\".",
        mentions=NAMES,
    )
    assert _speakers(doc)[-1] == ("التعاون ب", "PER:ليلى حداد")


def test_a_first_name_that_opens_with_bi_is_no_preposition() -> None:
    doc = make_doc(
        "وقال سامي نادر إن المفاوضات ستستأنف الأسبوع المقبل.\n"
        "واتفقت بشرى حداد مع هذا الرأي، مشيرة إلى أن \"الحل السياسي هو الطريق الوحيد\".",
        mentions=NAMES,
    )
    assert _speakers(doc)[-1] == ("الحل السي", "PER:ليلى حداد")
