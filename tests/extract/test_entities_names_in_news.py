"""Names of people in news: short surnames, hyphenated names after a title, and what they must not take."""

from __future__ import annotations

from rasad.document import Mention
from rasad.extract.entities.common_words import common_by_counts
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.surnames import surname_key, surname_may_stand_alone


def _by_text(text: str) -> dict[str, Mention]:
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text)}


def test_a_short_surname_is_no_skeleton_of_everyday_words() -> None:
    # داون and دان/دون share the skeleton دن: the verb "condemned" and "without" are not the envoy
    text = "وقال المبعوث الإسرائيلي داني داون إن حماس مسؤولة. ودان مجلس الأمن العنف، وحلقت طائرات بدون طيار."
    got = _by_text(text)
    assert "دان" not in got and "دون" not in got
    assert surname_key("داون") != surname_key("دون")


def test_a_three_letter_surname_refers_back() -> None:
    text = "تواجه رئيسة الوزراء البريطانية تيريزا ماي استجوابا أمام البرلمان. وكانت ماي قد بررت الضربات."
    got = _by_text(text)
    assert got["ماي"].entity_id == got["تيريزا ماي"].entity_id


def test_a_three_letter_surname_that_is_a_common_word_does_not() -> None:
    # عون is also "aid": العون and عون in "تقديم عون" are not the president
    text = "استقبل الرئيس اللبناني ميشال عون وفدا. وطالب الوفد بتقديم عون عاجل للاجئين."
    got = _by_text(text)
    assert [m for m in find_mentions(text) if text[m.span.start : m.span.end] == "عون"] == []
    assert "ميشال عون" in got


def test_a_short_surname_is_compared_as_written() -> None:
    # سوى "only" and بشأن "about" normalise to the surnames سوي and شان
    text = "وقال الوزير الصيني تشانغ يه سوي إن الصادرات ليست سوى جزء صغير."
    assert "سوى" not in _by_text(text)
    # the nationality makes the name one the tagger finds whatever its retraining (a bare "الممثل جاكي شان" moved with it)
    text = "وقال الممثل الصيني جاكي شان إن الفيلم ناجح. وتحدث الممثل بشأن الرسوم، وأضاف شان أن التصوير انتهى."
    got = _by_text(text)
    assert "شأن" not in got and got["شان"].entity_id == got["جاكي شان"].entity_id


def test_a_common_word_the_tagger_ends_a_name_with_is_no_surname() -> None:
    # were "صلاح فإن" a name, فإن ("then") would be the person wherever it stands
    assert not surname_may_stand_alone("فان", "فإن")
    assert surname_may_stand_alone("ماي", "ماي")


def test_a_two_word_given_name_begins_a_person_with_no_title() -> None:
    # فخر الدين: neither word begins a name alone; the pair and an unknown surname make one
    text = "قال فخر الدين ألتون، مدير الاتصالات في الرئاسة، إن القرار صائب. ومضى ألتون في بيان يقول إن البلاد مستقلة."
    got = _by_text(text)
    assert got["فخر الدين ألتون"].type == "PER"
    assert got["ألتون"].entity_id == got["فخر الدين ألتون"].entity_id


def test_a_two_word_given_name_after_a_title_keeps_its_article() -> None:
    text = "وقال المتحدث باسم الحزب فخر الدين قرطاي إن الحزب سيشارك في الانتخابات."
    assert _by_text(text)["فخر الدين قرطاي"].type == "PER"


def test_a_two_word_given_name_needs_a_name_after_it() -> None:
    # "عز الدين" alone, or religion (الدين) after a noun that is no given name, makes no person
    text = "وقال الإمام إن في أمور الدين سعة، وإن عز الدين في العمل."
    assert not [m for m in find_mentions(text) if "الدين" in text[m.span.start : m.span.end]]


def test_a_surname_written_with_a_hamza_has_no_article() -> None:
    # ألتون is not ال + تون: it may stand alone for the person
    assert surname_may_stand_alone("التون", "ألتون")
    assert not surname_may_stand_alone("العون", "العون")


def test_a_surname_the_tagger_read_as_an_organisation_is_the_person() -> None:
    # "بسجن برونسون" reads like the name of a prison ("سجن صيدنايا")
    text = "أفرجت السلطات التركية عن القس الأمريكي أندرو برونسون. وقضت المحكمة بسجن برونسون ثلاث سنوات ثم أطلقت سراحه."
    got = [(text[m.span.start : m.span.end], m.type, m.entity_id) for m in find_mentions(text) if "برونسون" in text[m.span.start : m.span.end]]
    assert got == [("أندرو برونسون", "PER", "PER:اندرو برونسون"), ("برونسون", "PER", "PER:اندرو برونسون")]


def test_a_hyphen_holds_a_name_after_a_title_together() -> None:
    text = "وحذر مساعد الأمين العام للشؤون السياسية، تايي- بروك زيريهون، من تدهور الوضع."
    assert _by_text(text)["تايي- بروك زيريهون"].type == "PER"


def test_a_dash_after_a_name_is_no_part_of_it() -> None:
    text = "وقال المتحدث باسم الشرطة كريم - الذي رفض ذكر اسمه كاملا - إن التحقيق مستمر."
    assert not [m for m in find_mentions(text) if text[m.span.start : m.span.end].endswith("-")]


def test_a_given_name_keeps_a_first_letter_that_looks_like_a_proclitic() -> None:
    # بسام is not ب + سام, فيصل not ف + يصل, وليد not و + ليد; وبسام is و + بسام; بأن ("that") is no name بان
    text = ("وقال المتحدث باسم الرئاسة السفير بسام راضي إن الرئيس قبل الاستقالة. وأكد وليد أبو خالد، رئيس الشركة، "
            "أن المجلس الذي ظهر رئيسه فيصل الفايز في مقطع فيديو مستمر.")
    got = _by_text(text)
    assert {"بسام راضي", "وليد أبو خالد", "فيصل الفايز"} <= set(got)
    assert not {"سام راضي", "يد أبو خالد", "يصل الفايز"} & set(got)


def test_a_last_word_the_news_uses_as_a_common_word_does_not_stand_for_the_person() -> None:
    # the tagger ends a name with a plural noun: "اللاعبين" later is the players, not the coach
    text = "وقال المدرب الإيطالي ماركو اللاعبين إن الفريق جاهز. وأضاف أن اللاعبين يحتاجون إلى الراحة."
    assert [text[m.span.start : m.span.end] for m in find_mentions(text) if m.type == "PER"] == ["ماركو اللاعبين"]


def test_a_common_word_of_a_surname_s_skeleton_is_not_the_person() -> None:
    # اليمني "Yemeni" shares its skeleton with the surname اليماني
    text = "قال وزير الخارجية خالد اليماني إن الحكومة مستعدة للحوار. وأكد الوفد اليمني أن المحادثات ستبدأ قريبا."
    assert "اليمني" not in _by_text(text)


def test_common_words_and_surnames_by_their_counts_in_the_news() -> None:
    assert common_by_counts("الجديد") and common_by_counts("اليمني") and common_by_counts("لاعب")
    assert not common_by_counts("الحريري") and not common_by_counts("ماكرون")
    assert not common_by_counts("الشريف")  # شريف is a given name
    assert not common_by_counts("العلمي")  # rarer words are as often surnames
    assert not common_by_counts("كوري")  # the adjective goes with the article: Curry is seen bare
