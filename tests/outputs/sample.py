"""A small hand-built corpus: two articles with every annotation layer filled."""

from __future__ import annotations

from rasad.document import Block, Claim, Count, Document, EventMention, Mention, Meta, Quote, Removal, Span, Timex

FIRST = (
    "تابعونا على تويتر\n"
    "بغداد -\n"
    "قال رئيس الوزراء مصطفى الكاظمي، الأربعاء، إن \"القوات <script>alert(1)</script> جاهزة\".\n"
    "الوضع الأمني\n"
    "وأضاف الكاظمي أن 2500 جندي سيبقون في العراق."
)
SECOND = "أعلنت الحكومة العراقية أمس انسحاب القوات المقاتلة من القواعد & المعسكرات."


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
    doc.claims = [Claim(_at(t, "2500 جندي"), "US troops in Iraq", 2500.0, event=0)]
    doc.provided |= {"body", "removed", "timexes", "mentions", "quotes", "events", "claims"}
    return doc


def second_doc() -> Document:
    t = SECOND
    doc = Document(t, id="a_gov", source="seeds/a_gov.txt", meta=Meta(outlet="الحرة", published="2022-01-06", published_how="metadata"))
    doc.body = [Block(Span(0, len(t)))]
    doc.timexes = [Timex(_at(t, "أمس"), "2022-01-05")]
    doc.mentions = [Mention(_at(t, "الحكومة العراقية"), "ORG", "ORG:الحكومه العراقيه")]
    doc.events = [EventMention(Span(0, len(t)), "RETREAT", actor="ORG:الحكومه العراقيه", date="2022-01-05")]
    doc.provided |= {"body", "timexes", "mentions", "events"}
    return doc
