"""rasad.process: the whole default pipeline on one text, as a library caller uses it."""

import rasad

TEXT = (
    "أعلن وزير الداخلية الأردني، اليوم الأحد، اعتقال خمسة أشخاص بتهمة التخطيط لهجمات في عمّان.\n"
    "وقال الوزير في مؤتمر صحافي: \"أحبطت الأجهزة الأمنية المخطط قبل تنفيذه بأيام\".\n"
)


def test_process_runs_every_default_component_and_keeps_the_text():
    doc = rasad.process(TEXT, published="2024-03-10")
    assert doc.text == TEXT
    assert {"body", "sentences", "tokens", "timexes", "mentions", "quotes", "events", "claims"} <= doc.provided
    assert [(doc.span_text(t.span), t.value) for t in doc.timexes] == [("اليوم الأحد", "2024-03-10")]
    assert any(doc.span_text(m.span) == "عمّان" for m in doc.mentions)
    assert any("أحبطت الأجهزة الأمنية" in doc.span_text(q.span) for q in doc.quotes)
    assert any(c.value == 5 for c in doc.claims) or any(
        count.value == 5 for e in doc.events for count in e.counts
    )
