"""Institutions named by what they are, names after لل, fathers' names, and places of war news."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.component import find_mentions


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_name_after_lil_is_keyed_with_its_article() -> None:
    # للمجلس = ل + المجلس, the alef of the article dropped: one body, however the sentence reaches it
    text = "عقد المجلس الوزاري للأمن الوطني اجتماعا طارئا. وقدم الوزير تقريرا للمجلس الوزاري للأمن الوطني."
    got = _by_text(text)
    assert got["لمجلس الوزاري للأمن الوطني"].entity_id == got["المجلس الوزاري للأمن الوطني"].entity_id


def test_a_name_after_lil_keeps_the_articles_lam() -> None:
    # للأمم المتحدة is ل + لأمم المتحدة: the name starts at the article's lam, a form the text holds
    text = "وقال الأمين العام للأمم المتحدة إن الوضع خطير، وأضاف بيان للرئاسة الفرنسية أن باريس قلقة."
    got = _by_text(text)
    assert got["لأمم المتحدة"].entity_id == "kb:o:un"
    assert got["لرئاسة الفرنسية"].entity_id == "ORG:الرئاسه الفرنسيه"
    assert _by_text("وسافر الوفد إلى باريس ثم للندن.")["لندن"].entity_id == "kb:l:london"  # ل + لندن


def test_an_embassy_and_an_airline_are_named_by_their_nationality() -> None:
    text = "وأصدرت السفارة الكويتية في بغداد بيانا، فيما امتنعت الخطوط الجوية القطرية عن التعليق."
    got = _by_text(text)
    assert got["السفارة الكويتية"].type == "ORG"
    assert got["الخطوط الجوية القطرية"].type == "ORG"
    assert "السفارة" not in _by_text("وقال إن السفارة ستنقل إلى القدس.")  # no nationality, no name


def test_bodies_of_countries_outside_the_arab_world_are_named_by_their_nationality() -> None:
    text = ("وقالت الشرطة الإندونيسية إن الجيش الإندونيسي أرسل طائرات، فيما أعلنت الحكومة الفلبينية الحداد. "
            "وانتقدت غرفة التجارة الأمريكية القرار، وقال الاتحاد الأرجنتيني إنه سيستأنف.")
    got = _by_text(text)
    for name in ("الشرطة الإندونيسية", "الجيش الإندونيسي", "الحكومة الفلبينية", "غرفة التجارة الأمريكية", "الاتحاد الأرجنتيني"):
        assert got[name].type == "ORG", name
    assert not any(m.startswith("غرفة") for m in _by_text("وجلس الضيوف في غرفة التجارة قرب المدخل."))


def test_a_general_staff_keeps_its_head() -> None:
    text = "وقالت كونا إن رئاسة أركان الجيش الكويتي أكدت أن الأوضاع مستقرة."
    assert "رئاسة أركان الجيش الكويتي" in _by_text(text)


def test_a_name_with_its_fathers_name_is_the_person_named_in_full() -> None:
    text = "وقال الشيخ جاسم بن فهد آل ثاني إن الرهائن بخير. وأضاف جاسم بن فهد أن المفاوضات مستمرة."
    got = _by_text(text)
    assert got["جاسم بن فهد"].entity_id == got["جاسم بن فهد آل ثاني"].entity_id


def test_three_words_without_a_fathers_name_begin_no_fuller_name() -> None:
    text = "شاهد الأطفال توم آند جيري طويلا، وقال توم آند جيري ديتش إن الحلقات كثيرة."
    got = _by_text(text)
    if "توم آند جيري" in got and "توم آند جيري ديتش" in got:
        assert got["توم آند جيري"].entity_id != got["توم آند جيري ديتش"].entity_id


def test_towns_and_oil_fields_of_war_news_are_known() -> None:
    text = ("رفعت جبهة النصرة حصارها لبلدتي كفريا والفوعة، وتم تهجير سكان مضايا. "
            "وحاول متظاهرون اقتحام حقل الزبير النفطي وحقل مجنون قرب شط العرب.")
    got = _by_text(text)
    for name in ("كفريا", "الفوعة", "مضايا"):
        assert got[name].type == "GPE", name
    assert got["حقل الزبير"].type == "FAC" and got["حقل مجنون"].type == "FAC"
    assert "شط العرب" in got


def test_a_torch_is_no_district() -> None:
    assert "الشعلة" not in _by_text("وحمل الرياضي الشعلة الأولمبية في الملعب.")


def test_a_short_name_in_brackets_names_the_organisation_wherever_it_stands() -> None:
    text = ("وأعلنت الهيئة الوطنية لمكافحة الكوارث (كونريد) أن البحث توقف. "
            "وقال المتحدث باسم كونريد إن الأمطار تعيق العمل.")
    short = [m for m in find_mentions(text) if text[m.span.start : m.span.end] == "كونريد"]
    whole = _by_text(text)["الهيئة الوطنية لمكافحة الكوارث"]
    assert len(short) == 2 and {m.entity_id for m in short} == {whole.entity_id}


def test_what_follows_a_known_organisation_in_brackets_is_not_its_name() -> None:
    text = "وصوتت بريطانيا على الخروج من الاتحاد الأوروبي (البريكست) عام 2016."
    got = _by_text(text)
    assert "البريكست" not in got or got["البريكست"].entity_id != got["الاتحاد الأوروبي"].entity_id


def test_an_organisation_without_its_nationality_is_the_one_named_with_it() -> None:
    text = "ورفع البنك المركزي التركي سعر الفائدة. وقال البنك المركزي إنه سيوفر السيولة للمصارف."
    got = [m for m in find_mentions(text) if text[m.span.start : m.span.end].startswith("البنك")]
    assert len(got) == 2 and got[0].entity_id == got[1].entity_id


def test_an_alef_lam_before_two_letters_is_no_article() -> None:
    from rasad.extract.entities.keys import skeleton

    assert skeleton("إلون ماسك") == skeleton("إيلون ماسك")  # not ون مسك
    assert skeleton("الكاظمي") == skeleton("كاظمي")


def test_a_presidency_is_not_the_country_its_words_name() -> None:
    # الجمهورية اللبنانية is Lebanon, but here it is read from the institution's own words
    got = _by_text("وأعلنت رئاسة الجمهورية اللبنانية في بيان أن الرئيس سيزور باريس الأسبوع المقبل.")
    assert got["رئاسة الجمهورية اللبنانية"].type == "ORG"
    assert "الجمهورية اللبنانية" not in got
