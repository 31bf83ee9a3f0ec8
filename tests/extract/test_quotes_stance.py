"""A comment ("علق المدرب بأن"), a joined verb after a linked clause with its own subject, and a stance the speaker expresses ("عبرت الحكومة عن ثقتها في أن"، "أبدى الوزير قلقه من أن") and a warning ("حذر
الوزير من أن") introduce what they hold, on sentences written for these tests; عبر as "via" and a stance told
further back do not."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.kind, doc.span_text(q.span), q.speaker) for q in find_quotes(doc)]


def test_expressed_confidence_that_is_the_speakers_statement() -> None:
    doc = make_doc("وعبرت وزارة الصحة عن ثقتها في أن المستشفى الجديد سيفتتح قبل نهاية العام.",
                   mentions={"وزارة الصحة": ("ORG", "ORG:وزاره الصحه")})
    assert _quotes(doc) == [("reported", "المستشفى الجديد سيفتتح قبل نهاية العام", "ORG:وزاره الصحه")]


def test_showed_concern_that_with_from() -> None:
    doc = make_doc("وأبدى المحافظ سامر الحسن قلقه من أن تتأخر أعمال الصيانة في الطريق الساحلي.",
                   mentions={"سامر الحسن": ("PER", "PER:سامر الحسن")})
    assert _quotes(doc) == [("reported", "تتأخر أعمال الصيانة في الطريق الساحلي", "PER:سامر الحسن")]


def test_warned_that_after_from() -> None:
    doc = make_doc("وحذر رئيس البلدية نادر خليل الخميس من أن الأمطار الغزيرة قد تغمر الأحياء المنخفضة.",
                   mentions={"نادر خليل": ("PER", "PER:نادر خليل")})
    assert _quotes(doc) == [("reported", "الأمطار الغزيرة قد تغمر الأحياء المنخفضة", "PER:نادر خليل")]


def test_despite_that_after_a_warning_reports_nothing() -> None:
    doc = make_doc("وحذر المدير من تأخر الأعمال على الرغم من أن العمال يواصلون الليل بالنهار.")
    assert _quotes(doc) == []


def test_via_is_no_stance_frame() -> None:
    doc = make_doc("وقالت النقابة عبر موقعها إن الإضراب سيستمر حتى الأحد.",
                   mentions={"النقابة": ("ORG", "ORG:النقابه")})
    assert [(k, t) for k, t, _ in _quotes(doc)] == [("reported", "الإضراب سيستمر حتى الأحد")]


def test_a_stance_told_further_back_holds_nothing() -> None:
    doc = make_doc("وعبر عشرة نواب عن قلقهم من المشروع في الأيام الأخيرة، إلا أن هذا لم يكف لإسقاطه.")
    assert _quotes(doc) == []


def test_commented_that_is_a_frame() -> None:
    doc = make_doc("وعلق المدرب ماجد سالم بأن الإصابة خطيرة وتحتاج إلى أسابيع من العلاج.",
                   mentions={"ماجد سالم": ("PER", "PER:ماجد سالم")})
    assert _quotes(doc) == [("reported", "الإصابة خطيرة وتحتاج إلى أسابيع من العلاج", "PER:ماجد سالم")]


def test_suspended_is_no_frame() -> None:
    doc = make_doc("وعلقت الحكومة الدراسة في المدارس بعد أن غمرت المياه الطرق.")
    assert _quotes(doc) == []


def test_a_joined_verb_after_a_linked_clause_takes_that_clauses_subject() -> None:
    doc = make_doc('وعلق المدرب ماجد سالم بأن الإصابة "خطيرة"، ولكن بعد الفحص طمأن نادي الشروق الجماهير، وغرد على حسابه '
                   'بأن "اللاعب سيعود خلال أسبوعين".',
                   mentions={"ماجد سالم": ("PER", "PER:ماجد سالم"), "نادي الشروق": ("ORG", "ORG:نادي الشروق")})
    assert [(t, s) for _, t, s in _quotes(doc)][-1] == ('"اللاعب سيعود خلال أسبوعين"', "ORG:نادي الشروق")


def test_a_joined_verb_after_a_time_clause_keeps_the_first_subject() -> None:
    doc = make_doc('وقال المدرب ماجد سالم للصحفيين عندما استقبل نادي الشروق الفريق في المطار، وأضاف أن "اللاعب سيعود".',
                   mentions={"ماجد سالم": ("PER", "PER:ماجد سالم"), "نادي الشروق": ("ORG", "ORG:نادي الشروق")})
    assert [(t, s) for _, t, s in _quotes(doc)][-1] == ('"اللاعب سيعود"', "PER:ماجد سالم")
