"""Regions named after a continent or country, capitals, councils and parties of international news."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_continents_part_is_a_region_not_the_country_its_name_begins_with() -> None:
    text = "وتراجعت مبيعات الشركة في أميركا الشمالية، وارتفعت في أمريكا اللاتينية وجنوب شرق آسيا."
    got = _by_text(text)
    assert got["أميركا الشمالية"].entity_id == "kb:l:north_america"
    assert got["أمريكا اللاتينية"].type == "LOC"
    assert got["جنوب شرق آسيا"].entity_id == "kb:l:southeast_asia"
    assert "أميركا" not in got  # no mention of the United States


def test_north_africa_is_one_region() -> None:
    got = _by_text("ويعبر آلاف المهاجرين من شمال إفريقيا إلى جنوب أوروبا كل صيف.")
    assert got["شمال إفريقيا"].entity_id == "kb:l:north_africa"
    assert "إفريقيا" not in got


def test_capitals_of_small_states_and_resorts_are_places() -> None:
    got = _by_text("وزار الوزير فاليتا الأسبوع الماضي، بعد أن التقى نظيره في سوتشي.")
    assert got["فاليتا"].type == "GPE"
    assert got["سوتشي"].type == "GPE"


def test_councils_and_parties_of_europe_are_organisations() -> None:
    text = 'وقال رئيس المجلس الأوروبي إن "حركة خمس نجوم" شريك صعب، قبل قمة لمنظمة تعاون شنغهاي.'
    got = _by_text(text)
    assert got["المجلس الأوروبي"].entity_id == "kb:o:european_council"
    assert got["حركة خمس نجوم"].type == "ORG"
    assert got["منظمة تعاون شنغهاي"].entity_id == "kb:o:sco"  # ل + منظمة: one lam, the preposition


def test_a_governments_presidency_is_an_institution_not_the_government() -> None:
    got = _by_text("وأعلنت رئاسة الحكومة الإيطالية في بيان أن روما ترفض الانتقادات.")
    assert got["رئاسة الحكومة الإيطالية"].type == "ORG"
    assert "الحكومة الإيطالية" not in got


def test_a_chain_of_nouns_a_nationality_closes_names_a_body() -> None:
    text = "وقالت جمعية مصدري الصلب التركية إن الصادرات تراجعت، وأكدت مؤسسة النقد العربي السعودي ذلك."
    got = _by_text(text)
    assert got["جمعية مصدري الصلب التركية"].type == "ORG"
    assert got["مؤسسة النقد العربي السعودي"].type == "ORG"
    # an indefinite nationality describes a body; a verb or a preposition ends the chain
    got = _by_text("وباعت الشركة حصتها إلى شركة قابضة صينية، وطالب بوجود هيئة تمثل السينما الفلسطينية.")
    assert "شركة قابضة صينية" not in got
    assert "هيئة تمثل السينما الفلسطينية" not in got


def test_relative_adjectives_go_on_with_a_heads_name() -> None:
    got = _by_text("وذكر معهد الأدلة الجنائية أن الحصيلة ارتفعت، ونقل المصاب إلى مستشفى المعادي العسكري.")
    assert got["معهد الأدلة الجنائية"].type == "ORG"
    assert "مستشفى المعادي العسكري" in got


def test_a_short_name_in_brackets_or_quotes_after_a_body_is_that_body() -> None:
    text = (
        'وذكر معهد الأدلة الجنائية (إيناسيف) أن الحصيلة ارتفعت. وأعلنت الهيئة الوطنية لمكافحة الكوارث "كونريد"'
        " أن البحث توقف. وأوضح المتحدث باسم كونريد أن الخطر قائم، وقال إيناسيف إن العمل مستمر."
    )
    mentions = find_mentions(text)
    keys = {text[m.span.start : m.span.end]: set() for m in mentions}
    for m in mentions:
        keys[text[m.span.start : m.span.end]].add((m.type, m.entity_id))
    assert keys["إيناسيف"] == keys["معهد الأدلة الجنائية"]
    assert keys["كونريد"] == keys["الهيئة الوطنية لمكافحة الكوارث"]


def test_a_body_named_with_the_country_it_is_in() -> None:
    got = _by_text("وقال رئيس جمعية مصدري الصلب في تركيا لصحيفة أحوال التركية إن الصادرات تراجعت.")
    assert got["جمعية مصدري الصلب"].type == "ORG"
    assert got["تركيا"].entity_id == "kb:c:TR"
    assert "صحيفة أحوال التركية" not in got  # a nationality after a proper name describes the paper


def test_an_adjective_that_describes_a_body_is_no_part_of_its_name() -> None:
    got = _by_text("وقال زعيم حزب الرابطة اليميني، إن جسر الطوبة المؤدي إلى الميناء أغلق.")
    assert "حزب الرابطة" in got and "حزب الرابطة اليميني" not in got
    assert "جسر الطوبة" in got


def test_trade_and_climate_agreements_are_named_events_of_the_kb() -> None:
    text = ("وانسحب الرئيس من اتفاق باريس للمناخ، وطالب بإعادة التفاوض على اتفاقية التجارة الحرة لأميركا الشمالية "
            "(نافتا)، التي حلت محلها الاتفاقية الأميركية المكسيكية الكندية.")
    got = _by_text(text)
    assert got["اتفاق باريس للمناخ"].entity_id == "kb:m:paris_climate"
    assert got["اتفاقية التجارة الحرة لأميركا الشمالية"].entity_id == got["نافتا"].entity_id == "kb:m:nafta"
    assert got["الاتفاقية الأميركية المكسيكية الكندية"].entity_id == "kb:m:usmca"
    assert "باريس" not in got  # the city is part of the agreement's name


def test_a_charity_and_the_pacific_ring_of_fire_are_known() -> None:
    text = 'وقالت منظمة "أنقذوا الأطفال" إن آلاف الأطفال شردوا، إذ تقع الجزر على "حزام النار" في المحيط الهادئ.'
    got = _by_text(text)
    assert got["أنقذوا الأطفال"].entity_id == "kb:o:save_children"
    assert got["حزام النار"].entity_id == "kb:l:ring_of_fire"


def test_the_un_rights_and_refugee_bodies_are_known_by_their_short_names() -> None:
    got = _by_text("وقالت المفوضية السامية لشؤون اللاجئين إن الآلاف عادوا، ونددت مفوضية الأمم المتحدة لحقوق الإنسان بالاعتقالات.")
    assert got["المفوضية السامية لشؤون اللاجئين"].entity_id == "kb:o:unhcr"
    assert got["مفوضية الأمم المتحدة لحقوق الإنسان"].entity_id == "kb:o:ohchr"
