"""Speakers told by description, short form or title, on sentences written for these tests (the classes gold12 and
gold13 showed): a name the tagger missed before its title, a descriptive anaphor, a short form of a source, a report
as subject, and verbs with no subject of their own."""

from __future__ import annotations

from rasad.document import Document
from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _speakers(doc: Document) -> list[tuple[str, str | None, str | None]]:
    return [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_the_body_in_a_title_after_an_untagged_name_does_not_speak() -> None:
    doc = make_doc(
        'وقالت سلمى الورداني، مديرة برامج منظمة الصحة العالمية في الشرق الأوسط، في بيان: "نرحب بهذه الخطوة المهمة".\n'
        'وأضافت أن "اللقاحات ستصل إلى المخيمات خلال أسبوع".',
        mentions={"منظمة الصحة العالمية": ("ORG", "kb:o:who")},
    )
    assert _speakers(doc) == [("نرحب بهذه ال", None, "سلمى الورداني"), ('"اللقاحات ست', None, "سلمى الورداني")]


def test_a_tagged_name_before_its_title_speaks() -> None:
    doc = make_doc(
        'وقالت سلمى الورداني، مديرة برامج منظمة الصحة العالمية، في بيان: "نرحب بهذه الخطوة المهمة".',
        mentions={"سلمى الورداني": ("PER", "PER:سلمي الورداني"), "منظمة الصحة العالمية": ("ORG", "kb:o:who")},
    )
    assert _speakers(doc) == [("نرحب بهذه ال", "PER:سلمي الورداني", "سلمى الورداني")]
