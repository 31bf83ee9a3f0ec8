"""A small hand-built corpus: two articles with every annotation layer filled."""

from __future__ import annotations

from rasad.corpus.compare import Comparison, ComparisonRow
from rasad.corpus.model import Corpus, DocSpan, Entity, Event, Story, SummarySentence
from rasad.document import Block, Claim, Count, Document, EventMention, Mention, Meta, Quote, Removal, Span, Timex

FIRST = (
    "تابعونا على تويتر\n"
    "بغداد -\n"
    "قال رئيس الوزراء مصطفى الكاظمي، الأربعاء، إن \"القوات <script>alert(1)</script> جاهزة\".\n"
    "الوضع الأمني\n"
    "وأضاف الكاظمي أن 2500 جندي سيبقون في العراق."
)
SECOND = (
    "أعلنت الحكومة العراقية أمس انسحاب القوات المقاتلة من القواعد & المعسكرات.\n"
    "وقال المتحدث باسم الحكومة إن 3000 جندي أمريكي سيبقون للتدريب."
)


def _at(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def first_doc() -> Document:
    t = FIRST
    doc = Document(t, id="b_kadhimi", source="seeds/b_kadhimi.txt",
                   meta=Meta(title="الكاظمي: القوات جاهزة", outlet="الشرق", published="2022-01-05", published_how="text",
                             dateline="بغداد", byline=None, page_date="2022-01-07", credit="وكالات"))
    para1 = _at(t, "قال رئيس الوزراء مصطفى الكاظمي، الأربعاء، إن \"القوات <script>alert(1)</script> جاهزة\".")
    doc.body = [Block(para1), Block(_at(t, "الوضع الأمني"), "heading"), Block(_at(t, "وأضاف الكاظمي أن 2500 جندي سيبقون في العراق."))]
    doc.removed = [Removal(_at(t, "تابعونا على تويتر"), "furniture", "social-media prompt"),
                   Removal(_at(t, "بغداد -"), "dateline", "place name before a dash")]
    doc.timexes = [Timex(_at(t, "الأربعاء"), "2022-01-05", anchor="2022-01-05")]
    doc.mentions = [Mention(_at(t, "مصطفى الكاظمي"), "PER", "kb:Q123"), Mention(_at(t, "الكاظمي", 1), "PER", "kb:Q123"),
                    Mention(_at(t, "العراق"), "GPE", "GPE:العراق")]
    doc.quotes = [Quote(_at(t, "\"القوات <script>alert(1)</script> جاهزة\""), "direct", "kb:Q123", _at(t, "مصطفى الكاظمي"), "قال")]
    doc.events = [EventMention(_at(t, "وأضاف الكاظمي أن 2500 جندي سيبقون في العراق."), "STATEMENT", actor="kb:Q123",
                               location="GPE:العراق", date="2022-01-05", counts=(Count("troops", 2500),))]
    doc.claims = [Claim(_at(t, "2500 جندي"), "US troops in Iraq", 2500.0)]
    doc.provided |= {"body", "removed", "timexes", "mentions", "quotes", "events", "claims"}
    return doc


def second_doc() -> Document:
    t = SECOND
    doc = Document(t, id="a_gov", source="seeds/a_gov.txt", meta=Meta(outlet="الحرة", published="2022-01-06", published_how="metadata"))
    first_line = t.index("\n")
    doc.body = [Block(Span(0, first_line)), Block(Span(first_line + 1, len(t)))]
    doc.timexes = [Timex(_at(t, "أمس"), "2022-01-05")]
    doc.mentions = [Mention(_at(t, "الحكومة العراقية"), "ORG", "ORG:الحكومه العراقيه")]
    doc.events = [EventMention(Span(0, first_line), "RETREAT", actor="ORG:الحكومه العراقيه", date="2022-01-05")]
    doc.claims = [Claim(_at(t, "3000 جندي"), "US troops in Iraq", 3000.0)]
    doc.provided |= {"body", "timexes", "mentions", "events", "claims"}
    return doc


def resolved_corpus() -> Corpus:
    """The two articles as the corpus jobs leave them: one story, one event both report, a contradiction."""
    docs = [first_doc(), second_doc()]
    kadhimi = Entity("e2", "PER", "مصطفى الكاظمي", "Mustafa al-Kadhimi", keys={"kb:Q123"}, kb_id="Q123",
                     mentions=[DocSpan("b_kadhimi", m.span) for m in docs[0].mentions[:2]])
    iraq = Entity("e10", "GPE", "العراق", "Iraq", keys={"GPE:العراق"}, mentions=[DocSpan("b_kadhimi", docs[0].mentions[2].span)])
    kadhimi_said, government_said = DocSpan("b_kadhimi", docs[0].events[0].span), DocSpan("a_gov", docs[1].events[0].span)
    event = Event("v1", "RETREAT", date="2022-01-05", participants=["e2"], location="e10",
                  counts=[Count("troops", 2500)], mentions=[kadhimi_said, government_said], sources=[0, 0])
    story = Story("s1", ["b_kadhimi", "a_gov"], title="انسحاب القوات <من العراق>",
                  summary=[SummarySentence("أعلنت الحكومة العراقية أمس انسحاب القوات", DocSpan("a_gov", Span(0, 40)), ("الحرة", "الشرق"))],
                  timeline=["v1"])
    rows = [ComparisonRow("الشرق", "b_kadhimi", "2022-01-05", DocSpan("b_kadhimi", docs[0].claims[0].span), 2500.0),
            ComparisonRow("الحرة", "a_gov", "2022-01-06", DocSpan("a_gov", docs[1].claims[0].span), 3000.0)]
    comparisons = [
        Comparison("v1", None, "reported", [ComparisonRow("الشرق", "b_kadhimi", "2022-01-05", kadhimi_said),
                                            ComparisonRow("الحرة", "a_gov", "2022-01-06", government_said)],
                   ("الشرق",), "v1", "s1"),
        Comparison("v1", "troops", "single", [ComparisonRow("الشرق", "b_kadhimi", "2022-01-05", kadhimi_said, 2500.0)],
                   ("الشرق",), "v1", "s1", (2500.0,)),
        Comparison("US troops in Iraq", "US troops in Iraq", "contradiction", rows, ("الشرق",), None, "s1", (2500.0, 3000.0)),
    ]
    return Corpus(docs, entities=[iraq, kadhimi], events=[event], stories=[story], comparisons=comparisons)
