"""A body named after a place or a site: a body's head right before a canal, a port or a place's own head
and name (هيئة قناة السويس، مجلس مدينة الرباط) is one organisation, the place inside it (sentences written
for these tests)."""

from __future__ import annotations

from rasad.arabic.sentences import split_sentences
from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, None, split_sentences(text))}


def test_an_authority_before_a_known_site_is_the_body() -> None:
    got = _by_text("وقال رئيس هيئة قناة السويس إن عدد السفن العابرة ارتفع خلال الشهر الماضي.")
    assert got["هيئة قناة السويس"].type == "ORG"
    assert "قناة السويس" not in got


def test_a_company_before_a_port_its_head_names_is_the_company() -> None:
    got = _by_text("وأعلنت شركة ميناء جيبوتي عن ارتفاع أرباحها في العام الماضي.")
    assert got["شركة ميناء جيبوتي"].type == "ORG"


def test_a_council_or_court_before_a_place_head_and_its_name() -> None:
    got = _by_text("وقرر مجلس مدينة الرباط تأجيل التصويت، بينما رفضت محكمة ولاية كاليفورنيا الطعن.")
    assert got["مجلس مدينة الرباط"].type == "ORG"
    assert got["محكمة ولاية كاليفورنيا"].type == "ORG"
    assert "الرباط" not in got


def test_a_front_before_a_site_and_a_body_before_a_bare_country_stay_as_they_were() -> None:
    got = _by_text("واشتدت المعارك على جبهة مطار الحديدة، فيما دعت حكومة إسرائيل إلى التهدئة.")
    assert got["مطار الحديدة"].type == "FAC"  # a battle front is no body
    assert got["إسرائيل"].type == "GPE"  # a bare country after a head is read by other rules


def test_the_body_named_again_by_its_head_and_the_definite_place_head() -> None:
    text = "وقال رئيس هيئة قناة السويس إن الإيرادات ارتفعت. وأضافت هيئة القناة أن الهيئة تتوقع المزيد."
    got = _by_text(text)
    assert got["هيئة القناة"].entity_id == got["هيئة قناة السويس"].entity_id


def test_two_councils_leave_the_short_form_to_neither() -> None:
    text = "وقرر مجلس محافظة البصرة ومجلس محافظة بغداد الخطة. وقال مجلس المحافظة إن العمل بدأ."
    got = _by_text(text)
    assert got["مجلس المحافظة"].entity_id not in {got["مجلس محافظة البصرة"].entity_id, got["مجلس محافظة بغداد"].entity_id}
