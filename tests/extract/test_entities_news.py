"""Entities of news text the tagger alone misses: acronyms in letter names, outlets, state media,
places after a head noun, and a verb read as a person (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Mention, Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.kb import match_kb
from rasad.extract.entities.letters import letter_runs, spellings
from rasad.extract.entities.places import name_like
from rasad.extract.entities.rules import verb_not_person
from rasad.extract.entities.words import split_words


def _mentions(text: str) -> dict[str, Mention]:
    """Mentions by surface, the text read as one sentence (as the pipeline's splitter keeps a
    bracketed or quoted acronym whole)."""
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, sentences=[Span(0, len(text))])}


def _kb_ids(text: str) -> dict[str, str]:
    return {text[m.span.start : m.span.end]: m.entry.id for m in match_kb(text, split_words(text))}


def test_kb_acronyms_in_letter_names_with_or_without_dots() -> None:
    text = 'وقال المحافظ لشبكة "ان تي في" إن القطار انقلب، وذكرت قناة (سي.إن.إن ترك) أن جسرا انهار.'
    ids = _kb_ids(text)
    assert ids["ان تي في"] == "o:ntv"
    assert ids["سي.إن.إن ترك"] == "o:cnnturk"  # not cut to سي, nor read as CNN


def test_other_spellings_of_a_letter_spelt_entry_come_from_its_initialism() -> None:
    assert ("ان", "تي", "ڤي") in spellings("NTV")
    text = "وبثت قناة إن تي ڤي لقطات، ونقلت إم.بي.سي الخبر."
    ids = _kb_ids(text)
    assert ids["إن تي ڤي"] == "o:ntv"
    assert ids["إم.بي.سي"] == "o:mbc"


def test_a_spelling_of_everyday_words_only_is_no_acronym() -> None:
    assert ("او", "ان", "اي") not in spellings("ONA")  # أو أن أي: "or that any"
    text = "وقال إن في ذلك خطرا أو أن أي طرف"
    words = split_words(text)
    firsts = [w.norm if w.norm in ("ان", "في", "او", "اي") else "" for w in words]
    assert letter_runs(text, words, firsts) == []


def test_unknown_acronyms_are_organisations_with_one_key_for_dots_and_spaces() -> None:
    text = "ووقعت شركة كيه إل إم الهولندية اتفاقا، وقالت (كيه.إل.إم) إن الرحلات تستأنف."
    got = _mentions(text)
    assert got["كيه إل إم"].type == "ORG"
    assert got["كيه إل إم"].entity_id == got["كيه.إل.إم"].entity_id == "ORG:كيه ال ام"


def test_acronyms_of_things_are_not_organisations() -> None:
    text = "وأظهر فحص جي بي إس موقع الطائرة، وأسقطت طائرة إف 16 صاروخا، وشاشتها من نوع إل سي دي."
    got = _mentions(text)
    assert not any(m.type == "ORG" for m in got.values()), got


def test_news_outlets_are_kb_organisations_with_english_names() -> None:
    text = "ونقلت صحيفة هآرتس عن مصادر، فيما ذكرت وكالة مهر الإيرانية وقناة الحدث أن الاجتماع انتهى."
    ids = _kb_ids(text)
    assert ids["صحيفة هآرتس"] == "o:haaretz" and ids["وكالة مهر"] == "o:mehr" and ids["قناة الحدث"] == "o:alhadath"


def test_common_phrases_are_not_outlets() -> None:
    text = "وافق مجلس النواب المصري اليوم الأحد على القانون، وهو الحدث الأبرز لليوم السابع على التوالي."
    assert not {"o:almasryalyoum", "o:alhadath", "o:youm7"} & set(_kb_ids(text).values())


def test_state_media_named_by_what_they_are() -> None:
    text = "وأفاد التلفزيون الرسمي التركي بأن الحصيلة ارتفعت، وقالت وكالة الأنباء السورية الرسمية إن الطرق أغلقت."
    got = _mentions(text)
    assert got["التلفزيون الرسمي التركي"].entity_id == "kb:o:trt"
    assert got["وكالة الأنباء السورية الرسمية"].entity_id == "kb:o:sana"


def test_state_media_without_a_qualifier_is_a_name_of_its_own() -> None:
    text = "وبث التلفزيون الإيراني صورا للحريق، ونقلت وكالة الأنباء السعودية البيان."
    got = _mentions(text)
    assert got["التلفزيون الإيراني"].type == "ORG" and got["التلفزيون الإيراني"].entity_id == "ORG:التلفزيون الايراني"
    assert got["وكالة الأنباء السعودية"].entity_id == "kb:o:spa"  # the KB name stands


def test_the_year_is_no_state_qualifier() -> None:
    text = "وقال المسؤول لوكالة الأنباء الفرنسية العام الماضي إن المفاوضات متعثرة."
    assert _mentions(text)["وكالة الأنباء الفرنسية"].entity_id == "kb:o:afp"


def test_afp_named_with_the_article() -> None:
    text = "ونقلت الوكالة الفرنسية للأنباء عن شهود قولهم إن الانفجار وقع فجرا."
    assert _mentions(text)["الوكالة الفرنسية للأنباء"].entity_id == "kb:o:afp"


def test_a_place_after_its_head_noun_quoted_or_not() -> None:
    text = 'وانطلق القطار من منطقة "قرقاو كوله" على الحدود. وكان القطار متجها من "قرقاو كوله" إلى المدينة.'
    found = [m for m in find_mentions(text, sentences=[Span(0, len(text))]) if text[m.span.start : m.span.end] == "قرقاو كوله"]
    assert len(found) == 2  # quoted after its head, the name is mentioned without the head and the quotes
    assert found[0].type == "LOC"
    assert found[1].entity_id == found[0].entity_id  # the bare name is the same place
    text = "ونزح السكان من بلدة زرقوش على الحدود مع لبنان."
    assert _mentions(text)["زرقوش"].type == "GPE"  # بلدة says what the place is: no part of its name


def test_a_head_noun_before_an_adjective_verb_or_pronoun_is_no_place() -> None:
    for phrase in ("منطقة حدودية", "منطقة واسعة", "منطقة تبعد", "منطقة موطنه", "منطقة لتناول", "معبر حدودي"):
        first = phrase.split()[1]
        assert not name_like(first, first=True), phrase
    text = "وسقطت القذيفة في منطقة تبعد كيلومترين عن الحدود، قرب معبر حدودي مغلق."
    assert not any(m.type in ("LOC", "GPE", "FAC") for m in find_mentions(text))


def test_a_sentence_initial_verb_is_not_a_person() -> None:
    text = "وعزت الشرطة الحادث إلى خلل فني."
    words = split_words(text)
    assert verb_not_person(text, words, 0, 1, 1)  # عزت "attributed", not the name Izzat
    assert not verb_not_person(text, words, 0, 1, 0)  # no conjunction before it
    assert not any(m.type == "PER" for m in find_mentions(text))


def test_institutions_named_by_what_they_are_take_the_nationality_after_them() -> None:
    text = ("وقال الدفاع المدني إن فرقه أخمدت الحريق، وأعلن الديوان الملكي الأردني الحداد، "
            "فيما قررت محكمة أمن الدولة تأجيل الجلسة ورحبت الحكومة العراقية بالقرار.")
    got = _mentions(text)
    assert got["الدفاع المدني"].type == "ORG"
    assert got["الديوان الملكي الأردني"].type == "ORG"
    assert got["محكمة أمن الدولة"].type == "ORG"
    assert got["الحكومة العراقية"].type == "ORG"


def test_a_bare_government_is_no_name_without_its_nationality() -> None:
    got = _mentions("وقالت مصادر إن الحكومة ستجتمع غدا لبحث الأزمة.")
    assert "الحكومة" not in got


def test_the_words_of_a_hashtag_are_read_for_names() -> None:
    from rasad.document import Document
    from rasad.pipeline import Pipeline

    text = "رحبت #الأمم_المتحدة بقرار #الاتحاد_الأوروبي، وغرّد #بيدرو_سانتشيث بعد لقائه وزير الخارجية."
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions"])(Document(text))
    found = {doc.span_text(m.span): m for m in doc.mentions}
    assert found["الأمم_المتحدة"].entity_id == "kb:o:un" and found["الاتحاد_الأوروبي"].entity_id == "kb:o:eu"
    assert found["بيدرو_سانتشيث"].type == "PER" and found["بيدرو_سانتشيث"].entity_id == "PER:بيدرو سانتشيث"


def test_a_name_keeps_a_first_letter_that_reads_as_the_future_prefix() -> None:
    from rasad.document import Document
    from rasad.pipeline import Pipeline

    text = "وقالت المتحدثة ستيفاني غريشام إن شركة ستيت ستريت الأمريكية رعت مؤتمر سيدر في باريس."
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions"])(Document(text))
    names = {doc.span_text(m.span) for m in doc.mentions}
    assert "ستيفاني غريشام" in names
    assert not any(name.startswith(("تيفاني", "تيت")) for name in names)


def test_a_party_named_by_its_creed_is_an_organisation() -> None:
    from rasad.document import Document
    from rasad.pipeline import Pipeline

    text = "وقدم الحزب الاشتراكي العمالي الإسباني مذكرة، وأيدها حزب العمال البريطاني."
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions"])(Document(text))
    found = {doc.span_text(m.span): m.type for m in doc.mentions}
    assert found.get("الحزب الاشتراكي العمالي الإسباني") == "ORG" and found.get("حزب العمال البريطاني") == "ORG"
