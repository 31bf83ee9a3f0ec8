"""Acts told beside their frame (sentences written for these tests): the news of the night before an article
posted in the small hours, the day a pledge is made rather than the day it takes effect, acts told in the
passive or by a verbal noun."""

from __future__ import annotations

from rasad.document import Document
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

SUMMIT = {"ترامب": ("PER", "kb:p:trump"), "ميركل": ("PER", "kb:p:merkel"), "كندا": ("GPE", "kb:c:CA"),
          "ترودو": ("PER", "kb:p:trudeau")}
NIGHT = ("انسحب الرئيس الأمريكي ترامب من البيان المشترك لقمة السبع في كندا.\n"
         "وقال ترامب إن كندا تفرض رسوما جمركية هائلة.\n"
         "وتشهد القمة خلافات حادة.\n"
         "وقالت المستشارة الألمانية ميركل إن الاتحاد الأوروبي يرفض ذلك.")


def _posted(text: str, clock: str) -> Document:
    doc = make_doc(text, mentions=SUMMIT, published="2018-06-10")
    doc.meta.extra["published_time"] = clock
    return doc


def test_an_article_posted_in_the_small_hours_naming_no_day_tells_the_day_before_in_its_body() -> None:
    merkel = next(e for e in extract_events(_posted(NIGHT, "00:46")) if e.actor == "kb:p:merkel")
    assert merkel.date == "2018-06-09"


def test_an_article_posted_by_day_naming_no_day_leaves_its_body_undated() -> None:
    merkel = next(e for e in extract_events(_posted(NIGHT, "10:15")) if e.actor == "kb:p:merkel")
    assert merkel.date is None  # perhaps the evening before: the article does not say


def test_an_act_dated_before_in_the_article_and_told_again_takes_not_the_news_day() -> None:
    text = ("قال الرئيس الفرنسي ماكرون إنه أقنع ترامب بالبقاء في سوريا.\n"
            "وكان ترامب قد أعلن عزمه سحب القوات من سوريا.\n"
            "وأضاف ماكرون أنه تحدث إلى ترامب قبيل الضربات الجوية التي استهدفت مواقع في سوريا السبت الماضي.\n"
            "وتفتح المدارس أبوابها في دمشق.\nوتعمل الأسواق في دمشق كالمعتاد.\nوتزدحم شوارع دمشق بالسيارات.\n"
            "واستهدفت الضربات الجوية الغربية ثلاثة مواقع مرتبطة ببرنامج الأسلحة الكيميائية في سوريا.")
    doc = make_doc(text, mentions={"ماكرون": ("PER", "kb:p:macron"), "ترامب": ("PER", "kb:p:trump"),
                                   "سوريا": ("GPE", "kb:c:SY"), "دمشق": ("GPE", "kb:l:damascus")},
                   timexes={"السبت الماضي": ("2018-04-14", None)}, published="2018-04-16")
    doc.meta.extra["published_time"] = "02:22"
    strikes = of_type(extract_events(doc), "ASSAULT")
    assert {e.date for e in strikes} == {"2018-04-14", None}, [(e.date, e.trigger) for e in strikes]


def test_a_measure_announced_for_another_day_leaves_the_next_measure_the_news_day() -> None:
    text = ("أعلنت الحكومة العراقية السبت اتخاذ إجراءات لاحتواء الاحتجاجات في البصرة.\n"
            "وأكدت الحكومة العراقية أنها ستعيد فرض الأمن في البصرة.\n"
            "وأعلنت السلطات في البصرة فرض حظر تجول من الساعة العاشرة مساء الأحد.\n"
            "وتفتح المدارس أبوابها في بغداد.\nوتعمل الأسواق في بغداد كالمعتاد.\nوتزدحم شوارع بغداد بالسيارات.\n"
            "كذلك أمر العبادي باعتقال مدير مطار النجف.")
    doc = make_doc(text, mentions={"الحكومة العراقية": ("ORG", "kb:o:iq_cabinet"), "البصرة": ("GPE", "kb:l:basra"),
                                   "العبادي": ("PER", "kb:p:abadi"), "بغداد": ("GPE", "kb:l:baghdad"),
                                   "مطار النجف": ("FAC", "FAC:مطار النجف")},
                   timexes={"السبت": ("2018-07-14", None), "الساعة العاشرة مساء الأحد": ("2018-07-15T22:00", None)},
                   published="2018-07-15")
    doc.meta.extra["published_time"] = "05:21"
    events = extract_events(doc)
    assert [e.date for e in events if e.actor == "kb:p:abadi"] == ["2018-07-14"], [(e.type, e.date, e.actor) for e in events]


def test_a_day_still_to_come_is_not_the_day_of_a_pledge_nor_of_the_summit_it_followed() -> None:
    text = ("أكد ترودو، خلال مؤتمر صحفي في أعقاب القمة، اعتراضه على الرسوم الجمركية، "
            "وتعهد بالدفع إلى اتخاذ إجراءات مماثلة ضد واشنطن، في الأول من يوليو المقبل.")
    doc = make_doc(text, mentions={"ترودو": ("PER", "kb:p:trudeau"), "واشنطن": ("GPE", "kb:c:US")},
                   timexes={"في الأول من يوليو المقبل": ("2018-07-01", None)}, published="2018-06-10")
    assert all(e.date != "2018-07-01" for e in extract_events(doc))
    planned = make_doc("أعلنت كندا فرض رسوم على واشنطن في الأول من يوليو المقبل.",
                       mentions={"كندا": ("GPE", "kb:c:CA"), "واشنطن": ("GPE", "kb:c:US")},
                       timexes={"في الأول من يوليو المقبل": ("2018-07-01", None)}, published="2018-06-10")
    assert [e.date for e in of_type(extract_events(planned), "SANCTION")] == ["2018-07-01"]


def test_the_authorities_of_a_country_act_for_it() -> None:
    text = ("رفضت مالطا استقبال السفينة.\n"
            "واحتجزت السلطات الإيطالية قارب إنقاذ آخر بعدما أحضر 232 شخصا إلى مدينة في جنوب غربي البلاد السبت.")
    doc = make_doc(text, mentions={"مالطا": ("GPE", "kb:c:MT")}, timexes={"السبت": ("2018-06-09", None)},
                   published="2018-06-10")
    held = of_type(extract_events(doc), "COERCE")
    assert [e.actor for e in held] == ["kb:c:IT"]
