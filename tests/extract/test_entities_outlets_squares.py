"""Names outlets tell a body, a square or a cup by: an agency without its head, squares and districts, the
Maghreb's institutions, cups and countries by an older name (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_an_agency_named_with_its_head_is_mentioned_by_its_own_name() -> None:
    # وكالة رويترز للأنباء: the head and what it is stay out of the mention, the name outlets write alone
    got = _by_text("وقال أحد الناجين لوكالة رويترز للأنباء إن القارب غرق بعد منتصف الليل.")
    assert got["رويترز"].entity_id == "kb:o:reuters"
    # a head the body's KB name does not follow keeps the whole name (شركة آبل: آبل alone is camels)
    assert "وكالة الأنباء التونسية" in _by_text("ونقلت وكالة الأنباء التونسية عن مصدر أمني أن البحث مستمر.")


def test_squares_and_districts_of_a_capital_are_places() -> None:
    text = "وفضت قوات الأمن اعتصامي ميدان رابعة العدوية في مدينة نصر وميدان النهضة في الجيزة عام 2013."
    got = _by_text(text)
    assert got["ميدان رابعة العدوية"].entity_id == "kb:l:rabaa_sq"
    assert got["مدينة نصر"].entity_id == "kb:l:nasr_city"
    assert got["ميدان النهضة"].type == "FAC"


def test_a_squares_short_name_in_a_case_name_is_the_square_but_not_an_ordinal() -> None:
    got = _by_text('وقضت المحكمة بإعدام 75 متهما في قضية "فض اعتصام رابعة العدوية" السبت.')
    assert got["رابعة العدوية"].entity_id == "kb:l:rabaa_sq"
    assert "رابعة" not in _by_text("وفاز الفريق للمرة الرابعة وحل في المرتبة رابعة في الدوري.")


def test_the_maghrebs_institutions_are_bodies() -> None:
    text = "وتدخلت وحدات جيش البحر والحماية المدنية لانتشال الجثث قبالة السواحل."
    got = _by_text(text)
    assert got["جيش البحر"].type == "ORG"
    assert got["الحماية المدنية"].type == "ORG"


def test_a_cup_is_not_the_continent_in_its_name() -> None:
    got = _by_text("وحقق المنتخب فوزه الأول في تصفيات كأس أمم أفريقيا 2019 على أرضه.")
    assert got["كأس أمم أفريقيا"].entity_id == "kb:m:afcon"
    assert "أفريقيا" not in got


def test_a_country_by_its_older_name_and_a_party_after_a_title() -> None:
    assert _by_text("وتضم المجموعة سوازيلاند وتونس والنيجر.")["سوازيلاند"].entity_id == "kb:c:SZ"
    assert _by_text("وقال رئيس حزب الغد موسى مصطفى موسى إنه مستعد.")["حزب الغد"].entity_id == "kb:o:ghad_eg"


def test_a_palace_is_named_without_its_adjective_and_a_group_after_a_dual() -> None:
    assert _by_text("والتقى الرئيس رئيس الحكومة في قصر قرطاج الرئاسي أمس.")["قصر قرطاج"].type == "FAC"
    got = _by_text("وكذلك القياديان في الجماعة الإسلامية عاصم عبد الماجد وطارق الزمر.")
    assert got["الجماعة الإسلامية"].entity_id == "kb:o:gamaa_islamiya"


def test_a_paper_shortened_to_the_last_word_of_its_title_is_the_paper_named_before() -> None:
    got = _by_text("وأجرى ماسك حديثا مع صحيفة نيويورك تايمز الأمريكية. وقال لصحيفة التايمز إن الأمر صعب.")
    assert got["صحيفة التايمز"].entity_id == got["نيويورك تايمز"].entity_id == "kb:o:nyt"
    assert _by_text("وقال لصحيفة التايمز البريطانية إن الأمر صعب.")["صحيفة التايمز"].entity_id == "kb:o:times_uk"


def test_a_quoted_outlet_after_a_reporter_or_a_web_site_is_its_name_alone() -> None:
    got = _by_text('وأفاد مراسل "العربية" بسقوط قذائف قرب موقع الانفجار، فيما نشر موقع "نبض الشارع" صورا للدمار.')
    assert got["العربية"].entity_id == "kb:o:alarabiya"  # قناة العربية, named by its own name
    assert got["نبض الشارع"].type == "ORG" and got["نبض الشارع"].entity_id == "ORG:نبض الشارع"
    assert not any(key.startswith(("مراسل", "موقع")) for key in got)  # موقع الانفجار is a place, no name
