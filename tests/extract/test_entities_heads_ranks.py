"""Outlets named after their head noun, lower military and police ranks before a name, a hashtag
typed with a space, and institutions every state has (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Mention, Span
from rasad.extract.entities.component import find_mentions


def _mentions(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, sentences=[Span(0, len(text))])}


def test_an_outlet_is_named_with_its_head_noun_or_by_its_quoted_name() -> None:
    got = _mentions('وبثت قناة "الفجر" المحلية صورا للحريق، فيما نشرت مجلة نوفاريو تقريرا عنه.')
    assert got["الفجر"].type == "ORG"  # the quoted words are the name; the head and the quotes are not
    assert got["مجلة نوفاريو"].type == "ORG"


def test_a_known_outlet_quoted_after_its_head_is_mentioned_by_its_name() -> None:
    text = 'وقال ترامب في اتصال مع قناة "فوكس نيوز"الأمريكية إن الأمر خطير، بحسب وكالة «أسوشيتد برس».'
    got = _mentions(text)
    assert got["فوكس نيوز"].entity_id == "kb:o:foxnews"
    assert got["أسوشيتد برس"].entity_id == "kb:o:ap"
    assert not any('"' in key or "«" in key for key in got)


def test_a_company_after_its_head_and_a_state_presidency() -> None:
    got = _mentions("وأعلنت الرئاسة التركية أن شركة دولفينوس وقعت العقد، فيما تحدثت شركة عالمية عن الأسعار.")
    assert got["الرئاسة التركية"].type == "ORG"
    assert got["شركة دولفينوس"].type == "ORG"
    assert not any(key.startswith("شركة عالمية") for key in got)  # an adjective after the head is no name


def test_a_head_noun_before_a_common_word_names_no_outlet() -> None:
    got = _mentions("وقالت صحيفة محلية إن وكالة أنباء رسمية نقلت الخبر.")
    assert not any(key.startswith(("صحيفة", "وكالة")) for key in got)


def test_a_lower_rank_introduces_a_person_and_stays_as_the_role() -> None:
    text = "وقتل الرقيب علي حسن الزعبي في الاشتباك، وأصيب العريف سامر خليل."
    got = _mentions(text)
    sergeant = got["علي حسن الزعبي"]  # علي after a rank is a given name, not the preposition
    assert sergeant.type == "PER"
    assert sergeant.role is not None and text[sergeant.role.start : sergeant.role.end] == "الرقيب"
    assert got["سامر خليل"].type == "PER"


def test_institutions_of_every_state_the_gazette_palace_and_coast_guard() -> None:
    got = _mentions("ونشر المرسوم في الجريدة الرسمية، وأعلن القصر الملكي الحداد، وأنقذ خفر السواحل الإيطالي مئة مهاجر.")
    assert got["الجريدة الرسمية"].type == "ORG"
    assert got["القصر الملكي"].type == "ORG"
    assert got["خفر السواحل الإيطالي"].type == "ORG"


def test_an_outlet_name_ends_before_a_common_word() -> None:
    got = _mentions("وكانت وكالة نوفاريس خفضت مؤخرا تصنيفها، ونشرت مجلة تريبونو تقريرا عنه.")
    assert got["وكالة نوفاريس"].type == "ORG"
    assert got["مجلة تريبونو"].type == "ORG"


def test_the_proper_name_alone_is_the_outlet_whatever_the_tagger_says() -> None:
    # The bare name must be a name the tagger proposes ("رؤيا" is also "a vision"), and which verb it
    # proposes it after moves with each retraining (قالت in sessions 9 and 11, نقلت in 10): of three
    # verbs, at least one text has it, and wherever it is proposed it is the channel.
    proposed = 0
    for verb in ("قالت", "نقلت", "ذكرت"):
        text = f"وتداولت قناة رؤيا الأردنية مقطعا مصورا. و{verb} رؤيا عن شهود أن المبنى انهار."
        found = find_mentions(text, sentences=[Span(0, text.index(".") + 1), Span(text.index(".") + 2, len(text))])
        channel = [m for m in found if text[m.span.start : m.span.end] in ("قناة رؤيا", "قناة رؤيا الأردنية", "رؤيا")]
        proposed += len(channel) == 2
        assert {m.entity_id for m in channel} == {channel[0].entity_id} and {m.type for m in channel} == {"ORG"}
    assert proposed


def test_a_verb_with_a_hamza_is_not_the_head_noun_it_folds_to() -> None:
    got = _mentions("وأدى الرئيس اليمين أمام البرلمان، وأدى اليمين قبله نائبه، وقصف الطيران وادي الضيف.")
    assert not any(key.startswith(("وأدى", "أدى")) for key in got)
    assert got["وادي الضيف"].type == "LOC"


def test_a_hashtag_typed_with_a_space_before_its_underscore_is_one_name() -> None:
    got = _mentions("وأعلن #تنظيم _القاعدة مسؤوليته عن الهجوم.")
    assert got["تنظيم _القاعدة"].type == "ORG"


def test_a_kb_name_that_is_an_everyday_word_needs_the_tagger_or_a_head_noun() -> None:
    text = "وقدمت الحكومة دعم مالي للمزارعين، واستدعت الخارجية القائم بالأعمال، وسيطر الجيش على مدينة القائم."
    found = find_mentions(text, sentences=[Span(0, len(text))])
    assert [(text[m.span.start : m.span.end], m.entity_id) for m in found] == [("القائم", "kb:l:al_qaim")]
    assert found[0].span.start == text.rindex("القائم")


def test_an_institution_named_after_its_town_is_one_name_the_town_alone_stays_a_place() -> None:
    got = _mentions("وقال رئيس جامعة بغداد إن السفينة رست في ميناء جازان، فيما سيطر الجيش على مدينة الموصل.")
    assert got["جامعة بغداد"].type == "ORG"
    assert got["ميناء جازان"].type == "FAC"
    assert got["الموصل"].entity_id == "kb:l:mosul"


def test_named_days_and_wars_are_entities_and_gaza_is_the_strip() -> None:
    text = "وخرج آلاف في قطاع غزة في ذكرى يوم الأرض، وقال متحدث في غزة إن صفقة القرن لن تمر منذ الحرب الباردة."
    got = _mentions(text)
    assert got["يوم الأرض"].entity_id == "kb:m:land_day" and got["يوم الأرض"].type == "MISC"
    assert got["صفقة القرن"].entity_id == "kb:m:deal_of_the_century"
    assert got["قطاع غزة"].entity_id == got["غزة"].entity_id == "kb:l:gaza_strip"


def test_football_competitions_are_named_events_not_their_continent() -> None:
    text = "وغاب اللاعب عن نهائي دوري أبطال أوروبا بعد موسم تصدر فيه هدافي الدوري الإنكليزي، ثم لعب في كأس العالم للأندية."
    got = _mentions(text)
    assert got["دوري أبطال أوروبا"].entity_id == "kb:m:ucl" and got["دوري أبطال أوروبا"].type == "MISC"
    assert "أوروبا" not in got
    assert got["الدوري الإنكليزي"].entity_id == "kb:m:premier_league"
    assert got["كأس العالم للأندية"].entity_id == "kb:m:club_world_cup"  # not the World Cup


def test_a_place_after_a_head_that_says_what_it_is_is_mentioned_by_its_name() -> None:
    got = _mentions("وتظاهر المئات في منطقة خور الزبير وقرية إلروديو، ونما الاقتصاد في منطقة اليورو.")
    assert got["خور الزبير"].type == "LOC"  # منطقة says what the place is
    assert got["إلروديو"].type == "GPE"
    assert got["منطقة اليورو"].type == "LOC"  # a common word is a name only with its head


def test_volcanoes_gulfs_and_disaster_agencies() -> None:
    got = _mentions("وقالت هيئة المسح الجيولوجي الأميركية إن الحمم تتدفق من بركان كيلاويا إلى خليج كابوهو، وحذرت هيئة الأرصاد الجوية اليابانية.")
    assert got["هيئة المسح الجيولوجي الأميركية"].entity_id == "kb:o:usgs"
    assert got["بركان كيلاويا"].type == "LOC"
    assert got["خليج كابوهو"].type == "LOC"
    assert got["هيئة الأرصاد الجوية اليابانية"].type == "ORG"


def test_a_head_before_what_it_acts_on_or_belongs_to_names_nothing() -> None:
    text = (
        "وسمح للنساء بقيادة السيارة في المملكة، وسدد اللاعب كرة قوية من خارج منطقة الجزاء. "
        "وقالت الشرطة إن منفذ الهجوم اعتقل، فيما أعلنت وزارة الداخلية إغلاق الطريق أمام حركة المرور."
    )
    got = _mentions(text)
    assert not any(key.startswith(("قيادة", "منطقة", "منفذ", "حركة")) for key in got)
    assert got["وزارة الداخلية"].type == "ORG"


def test_a_head_object_word_with_a_nationality_after_it_still_names_a_body() -> None:
    got = _mentions("وقالت هيئة المنافسة الأوروبية إن الصفقة تخضع للتحقيق.")
    assert got["هيئة المنافسة الأوروبية"].type == "ORG"


def test_a_head_noun_is_no_short_form_of_a_surname_of_its_skeleton() -> None:
    text = "وقالت الخبيرة هالة قدوة إن آلاف النساء سجلن في مدارس تعليم القيادة بعد رفع حظر قيادة السيارة."
    got = _mentions(text)
    assert got["هالة قدوة"].type == "PER"
    assert "القيادة" not in got and "قيادة" not in got


def test_a_ministry_of_two_portfolios_is_a_name_a_verbal_noun_of_two_objects_is_not() -> None:
    got = _mentions("وقالت وزارة النساء والأسرة إن القانون الجديد يدخل حيز التنفيذ مع رفع الحظر عن قيادة المرأة للسيارة.")
    assert any(key.startswith("وزارة النساء") for key in got)
    assert not any(key.startswith("قيادة") for key in got)
