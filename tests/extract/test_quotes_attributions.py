"""Attributions told after the words they attribute, with no verb of their own ('"…"، بحسب الجيش'، "قتل 10
أشخاص، وفقا للمرصد"), on sentences written for these tests: the quote or the sentence before is the source's."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc


def _quotes(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(q.kind, doc.span_text(q.span), q.speaker) for q in find_quotes(doc)]


def test_a_sentence_before_an_attribution_is_its_source_s() -> None:
    doc = make_doc("وقتل خمسة مدنيين في قصف على بلدة سراقب، بحسب الدفاع المدني السوري.",
                   mentions={"الدفاع المدني السوري": ("ORG", "ORG:الدفاع المدني")})
    assert _quotes(doc) == [("reported", "وقتل خمسة مدنيين في قصف على بلدة سراقب", "ORG:الدفاع المدني")]


def test_a_quote_before_an_attribution_is_its_source_s() -> None:
    doc = make_doc('وأكد الهلال الأحمر نقل الجرحى. و"استهدف القصف سيارة إسعاف قرب المستشفى"، بحسب المنظمة الدولية للهجرة.',
                   mentions={"الهلال الأحمر": ("ORG", "ORG:الهلال"), "المنظمة الدولية للهجرة": ("ORG", "ORG:الهجرة")})
    assert _quotes(doc) == [("direct", "استهدف القصف سيارة إسعاف قرب المستشفى", "ORG:الهجرة")]


def test_an_attribution_that_names_no_one_takes_nothing() -> None:
    doc = make_doc("وتبدأ المباراة في الساعة الثامنة مساء، بحسب التوقيت المحلي للعاصمة.")
    assert _quotes(doc) == []


def test_a_name_in_a_relative_clause_after_the_attribution_is_not_its_source() -> None:
    doc = make_doc("ووجه الرئيس الفرنسي دعوة لزيارة باريس، وفق القصر الذي لم يحدد رد ترامب عليها.",
                   mentions={"ترامب": ("PER", "PER:ترامب")})
    assert _quotes(doc) == []


def test_a_place_under_a_preposition_after_the_attribution_is_not_its_source() -> None:
    doc = make_doc("وتضاعفت أسعار المواد الغذائية في الأسواق خلال العام الماضي، بحسب تقرير الغرفة التجارية في تونس.",
                   mentions={"تونس": ("GPE", "GPE:تونس")})
    assert [speaker for _, _, speaker in _quotes(doc)] == [None]


def test_a_source_under_the_la_of_the_attribution_is_its_source() -> None:
    doc = make_doc("وتضاعفت أسعار المواد الغذائية في الأسواق خلال العام الماضي، وفقا لوكالة رويترز.",
                   mentions={"رويترز": ("ORG", "ORG:رويترز")})
    assert [speaker for _, _, speaker in _quotes(doc)] == ["ORG:رويترز"]


def test_a_relay_after_the_attribution_keeps_the_words() -> None:
    doc = make_doc("وارتفع عدد القتلى إلى عشرين شخصا، وفقا لما نقلته وكالة رويترز عن الشرطة.",
                   mentions={"وكالة رويترز": ("ORG", "ORG:رويترز"), "الشرطة": ("ORG", "ORG:الشرطه")})
    found = _quotes(doc)
    assert len(found) == 1 and found[0][1] == "وارتفع عدد القتلى إلى عشرين شخصا"


def test_the_speaker_goes_on_past_the_outlet_that_relayed_his_words() -> None:
    people = {"سامي نادر": ("PER", "PER:سامي نادر"), "رويترز": ("ORG", "ORG:رويترز")}
    doc = make_doc(
        'وقال وزير المالية سامي نادر إن "العجز سينخفض هذا العام"، وفق ما ذكرت وكالة رويترز.\n'
        'وأضاف: "سنواصل خفض الدعم تدريجيا".',
        mentions=people,
    )
    assert [q.speaker for q in find_quotes(doc)] == ["PER:سامي نادر", "PER:سامي نادر"]
    doc = make_doc("وقتل خمسة أشخاص في انفجار بالعاصمة، وفقا لوكالة رويترز.\nوأضافت أن الشرطة طوقت المكان.",
                   mentions=people)  # the outlet told the facts: it goes on
    assert [q.speaker for q in find_quotes(doc)] == ["ORG:رويترز", "ORG:رويترز"]


def test_a_quoted_name_inside_the_sentence_before_an_attribution_stays_in_its_words() -> None:
    doc = make_doc('وقتل عشرة مدنيين في قصف على بلدة يسيطر عليها فصيل "جيش الأحرار" في ريف المدينة، وفق ما أفاد المرصد.',
                   mentions={"المرصد": ("ORG", "ORG:المرصد")})
    assert _quotes(doc) == [("reported", 'وقتل عشرة مدنيين في قصف على بلدة يسيطر عليها فصيل "جيش الأحرار" في ريف المدينة',
                             "ORG:المرصد")]
