"""The KB's regions and states of other countries, Arab provinces, outlets and bodies: their spelling
variants and clitics, and the common words their bare names would otherwise catch (sentences written
for these tests)."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.kb import match_kb
from rasad.extract.entities.words import split_words


def _kb_ids(text: str) -> dict[str, str]:
    return {text[m.span.start : m.span.end]: m.entry.id for m in match_kb(text, split_words(text))}


def _mention_ids(text: str) -> dict[str, str | None]:
    return {text[m.span.start : m.span.end]: m.entity_id for m in find_mentions(text, sentences=[Span(0, len(text))])}


def test_us_states_with_a_proclitic_and_spelling_variants() -> None:
    text = "وزار المرشح تكساس وفلوريدا ثم عاد بكاليفورنيا، ومر لاحقا بكالفورنيا الجنوبية وبنورث كارولينا."
    ids = _kb_ids(text)
    assert ids["تكساس"] == "l:us_texas"
    assert ids["فلوريدا"] == "l:us_florida"  # وفلوريدا: the و is not part of the name
    assert ids["كاليفورنيا"] == ids["كالفورنيا"] == "l:us_california"  # بكاليفورنيا
    assert ids["نورث كارولينا"] == "l:us_north_carolina"


def test_a_state_named_like_a_country_or_city_needs_its_head() -> None:
    ids = _kb_ids("وصوّت ناخبو ولاية جورجيا وولاية واشنطن، فيما زار الوزير جورجيا وواشنطن.")
    assert ids["ولاية جورجيا"] == "l:us_georgia"
    assert ids["ولاية واشنطن"] == "l:us_washington_state"
    assert ids["جورجيا"] == "c:GE"
    assert ids["واشنطن"] == "l:washington"


def test_regions_of_other_countries_under_their_other_names() -> None:
    text = (
        "وتظاهر سكان كاتالونيا وإقليم كتالونيا، وطالب أهل بلاد الباسك بما طالبت به الشيشان، "
        "واحتجزت بكين مسلمين في شينجيانج وفيما يسميه الإيغور تركستان الشرقية، وفر الروهينغا من أراكان."
    )
    ids = _kb_ids(text)
    assert ids["كاتالونيا"] == ids["إقليم كتالونيا"] == "l:es_catalonia"
    assert ids["بلاد الباسك"] == "l:es_basque"
    assert ids["الشيشان"] == "l:ru_chechnya"
    assert ids["شينجيانج"] == ids["تركستان الشرقية"] == "l:cn_xinjiang"
    assert ids["أراكان"] == "l:mm_rakhine"


def test_a_region_is_a_mention_of_its_own_with_its_type() -> None:
    text = "وضربت موجة برد سيبيريا، وأعلنت حكومة إيرلندا الشمالية إغلاق المدارس في ويلز."
    got = {text[m.span.start : m.span.end]: m for m in find_mentions(text, sentences=[Span(0, len(text))])}
    assert got["سيبيريا"].type == "LOC" and got["سيبيريا"].entity_id == "kb:l:ru_siberia"  # no government of its own
    assert got["إيرلندا الشمالية"].entity_id == "kb:l:uk_northern_ireland"  # not Ireland
    assert got["ويلز"].type == "GPE"


def test_a_university_named_after_a_state_is_an_organisation() -> None:
    ids = _kb_ids("وقال باحث في جامعة تكساس إن الإعصار ضرب تكساس بقوة.")
    assert ids["جامعة تكساس"] == "o:ut"
    assert ids["تكساس"] == "l:us_texas"


def test_outlets_named_with_their_head_and_not_as_common_words() -> None:
    text = "وبثت قناة رؤيا الأردنية المقطع، ونقلت وكالة عمون الإخبارية عن الوزير أن للحكومة رؤيا واضحة."
    ids = _mention_ids(text)
    assert ids["قناة رؤيا"] == "kb:o:roya"  # the nationality after it is no part of the name
    assert ids["وكالة عمون الإخبارية"] == "kb:o:ammon"
    assert "رؤيا" not in ids  # "vision"


def test_bare_region_names_that_are_common_words_are_left_to_the_tagger() -> None:
    text = (
        "وحصل على تأشيرة لحج هذا العام، وعائلته من ميسوري الحال، وقال أيوه بالطبع، "
        "وعلى الصعيد العربي امتدت النار من كابل الكهرباء."
    )
    forced = [m.entry.id for m in match_kb(text, split_words(text)) if not m.entry.weak]
    assert forced == []  # ل + حج "for the Hajj", "well-off", "yes", "level", "cable" (كابل: a generated Kabul only)


def test_provinces_of_yemen_and_saudi_arabia_with_their_head() -> None:
    ids = _kb_ids("وتقدمت القوات في محافظة البيضاء ومحافظة لحج وذمار، واعترضت صاروخا فوق جازان ونجران.")
    assert ids["محافظة البيضاء"] == "l:ye_bayda"
    assert ids["محافظة لحج"] == "l:ye_lahij"
    assert ids["ذمار"] == "l:ye_dhamar"
    assert ids["جازان"] == "l:sa_jazan"
    assert ids["نجران"] == "l:sa_najran"
