"""Events the Iraqi-unrest corpus showed typed, dated or filled wrong, on sentences written for these tests: an
event a verb of reporting brings in ("أفادت الشرطة بمقتل شخصين") is the news, not a statement of the reporter."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc, of_type

ACTORS = {"الشرطة المحلية": ("ORG", "ORG:الشرطه المحليه"), "تقارير": ("ORG", "ORG:تقارير"),
          "الكوت": ("GPE", "GPE:الكوت"), "سامي نادر": ("PER", "PER:سامي نادر")}


def test_an_event_a_report_brings_in_is_the_news_and_the_reporter_is_not_its_actor() -> None:
    text = "أفادت الشرطة المحلية، الثلاثاء، بمقتل ثلاثة أشخاص في اشتباكات بمدينة الكوت."
    doc = make_doc(text, mentions=ACTORS, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    events = extract_events(doc)
    assert of_type(events, "STATEMENT") == []
    assault = of_type(events, "ASSAULT")
    assert [(e.actor, e.date) for e in assault] == [(None, "2023-05-16")]


def test_a_report_with_about_brings_in_the_event_too() -> None:
    text = "وتحدثت تقارير، الثلاثاء، عن إطلاق نار كثيف في الكوت."
    doc = make_doc(text, mentions=ACTORS, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    events = extract_events(doc)
    assert of_type(events, "STATEMENT") == []
    assert [(e.location, e.date) for e in of_type(events, "ASSAULT")] == [("GPE:الكوت", "2023-05-16")]


def test_a_report_that_something_was_said_stays_a_statement() -> None:
    text = "وأفاد سامي نادر، الثلاثاء، بأن الحكومة ستدرس المطالب."
    doc = make_doc(text, mentions=ACTORS, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert [(e.actor, e.date) for e in of_type(extract_events(doc), "STATEMENT")] == [("PER:سامي نادر", "2023-05-16")]


def test_what_an_outlets_correspondent_reports_is_no_statement_of_the_outlet() -> None:
    text = 'وخرجت مظاهرة في الكوت، وفق ما أفاد مراسل "قناة الرافدين"، الثلاثاء.'
    mentions = {**ACTORS, "قناة الرافدين": ("ORG", "ORG:قناه الرافدين")}
    doc = make_doc(text, mentions=mentions, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert of_type(extract_events(doc), "STATEMENT") == []


def test_what_an_outlet_says_itself_stays_its_statement() -> None:
    text = 'وقالت "قناة الرافدين"، الثلاثاء، إن مظاهرة خرجت في الكوت.'
    mentions = {**ACTORS, "قناة الرافدين": ("ORG", "ORG:قناه الرافدين")}
    doc = make_doc(text, mentions=mentions, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert [e.actor for e in of_type(extract_events(doc), "STATEMENT")] == ["ORG:قناه الرافدين"]


def test_closing_an_airport_or_a_crossing_is_a_restriction() -> None:
    mentions = {**ACTORS, "مطار الكوت": ("FAC", "FAC:مطار الكوت"), "السلطات": ("ORG", "ORG:السلطات")}
    doc = make_doc("وأغلقت السلطات مطار الكوت الثلاثاء بسبب العاصفة.", mentions=mentions,
                   timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert [(e.target, e.date) for e in of_type(extract_events(doc), "COERCE")] == [("FAC:مطار الكوت", "2023-05-16")]


def test_an_order_to_dissolve_a_board_is_the_act_of_who_orders_it() -> None:
    mentions = {**ACTORS, "مطار الكوت": ("FAC", "FAC:مطار الكوت")}
    doc = make_doc("وأمر سامي نادر، الثلاثاء، بحلّ مجلس إدارة مطار الكوت.", mentions=mentions,
                   timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    assert [(e.actor, e.date) for e in of_type(extract_events(doc), "COERCE")] == [("PER:سامي نادر", "2023-05-16")]


def test_a_solution_is_no_dissolution() -> None:
    doc = make_doc("وقال سامي نادر إن الحل بيد الحكومة.", mentions=ACTORS, published="2023-05-16")
    assert of_type(extract_events(doc), "COERCE") == []


def test_a_letter_sent_is_a_statement_of_who_sent_it_on_the_day_named() -> None:
    mentions = {**ACTORS, "كريم فؤاد": ("PER", "PER:كريم فؤاد")}
    text = "وفي 13 مارس عام 2016، أرسل سامي نادر إلى الوزير كريم فؤاد رسالة مفادها أن المفاوضات متعثرة."
    doc = make_doc(text, mentions=mentions, timexes={"في 13 مارس عام 2016": ("2016-03-13", None)}, published="2023-05-16")
    assert [(e.actor, e.date) for e in of_type(extract_events(doc), "STATEMENT")] == [("PER:سامي نادر", "2016-03-13")]


def test_a_message_an_act_sends_is_no_statement() -> None:
    doc = make_doc("وقال سامي نادر إن القرار يبعث رسالة قوية إلى الخصوم.", mentions=ACTORS, published="2023-05-16")
    assert [e.actor for e in of_type(extract_events(doc), "STATEMENT")] == ["PER:سامي نادر"]



def test_a_verb_after_a_deal_tells_what_happened_not_what_was_agreed() -> None:
    mentions = {**ACTORS, "العراق": ("GPE", "GPE:العراق")}
    text = "وتضمنت الصفقة إطلاق سراح 28 صيادا بينهم أمراء اختطفوا في العراق عام 2015."
    doc = make_doc(text, mentions=mentions, timexes={"عام 2015": ("2015", None)}, published="2023-05-16")
    events = extract_events(doc)
    assert [(e.date, e.modality) for e in of_type(events, "ASSAULT")] == [("2015", None)]
    assert all(e.date != "2015" for e in of_type(events, "CONCEDE"))


def test_the_day_a_state_began_is_not_the_day_the_lead_tells_of() -> None:
    mentions = {**ACTORS, "السلطات": ("ORG", "ORG:السلطات"), "الكوت": ("GPE", "GPE:الكوت")}
    text = ("أكملت السلطات إجلاء سكان الكوت قبل وصول مياه الفيضان.\n"
            "ومنذ يوم الأربعاء، تطالب السلطات سكان الكوت بمغادرة منازلهم.\n"
            "وقال سامي نادر إن المرحلة الأخيرة من الإجلاء انتهت.")
    doc = make_doc(text, mentions=mentions, timexes={"يوم الأربعاء": ("2023-05-10", None)}, published="2023-05-14")
    said = of_type(extract_events(doc), "STATEMENT")
    assert [e.actor for e in said] == ["PER:سامي نادر"]
    assert said[0].date != "2023-05-10"


def _titled(title: str, body: str, mentions: dict[str, tuple[str, str]], timexes: dict[str, tuple[str, str | None]]):
    doc = make_doc(title + "\n" + body, mentions=mentions, timexes=timexes, published="2023-05-16")
    doc.meta.title = title
    doc.body = doc.body[1:]  # the title line is no body paragraph
    doc.sentences = [s for s in doc.sentences if s.start > len(title)]
    return doc


def test_deaths_told_with_no_place_happened_where_the_title_places_the_article() -> None:
    mentions = {"الكوت": ("GPE", "GPE:الكوت"), "العراق": ("GPE", "kb:c:IQ")}
    doc = _titled("العراق: احتجاجات مستمرة في الكوت",
                  "وتتواصل الاحتجاجات في الكوت لليوم الخامس.\nوتصاعد التوتر بعد مقتل متظاهر الأحد بإطلاق نار خلال تفريق مظاهرة.",
                  mentions, {"الأحد": ("2023-05-14", None)})
    assert [(e.location, e.date) for e in of_type(extract_events(doc), "ASSAULT")] == [("GPE:الكوت", "2023-05-14")]


def test_no_place_is_guessed_where_the_title_names_two() -> None:
    mentions = {"الكوت": ("GPE", "GPE:الكوت"), "البصرة": ("GPE", "GPE:البصره")}
    doc = _titled("احتجاجات في الكوت والبصرة",
                  "وتتواصل الاحتجاجات في الكوت والبصرة.\nوتصاعد التوتر بعد مقتل متظاهر الأحد بإطلاق نار خلال تفريق مظاهرة.",
                  mentions, {"الأحد": ("2023-05-14", None)})
    assert [e.location for e in of_type(extract_events(doc), "ASSAULT")] == [None]


def test_protests_measures_are_taken_to_contain_are_no_act_of_who_announces_them() -> None:
    mentions = {**ACTORS, "الحكومة": ("ORG", "ORG:الحكومه"), "الكوت": ("GPE", "GPE:الكوت")}
    text = "أعلنت الحكومة الثلاثاء اتخاذ إجراءات عاجلة لاحتواء الاحتجاجات في الكوت."
    doc = make_doc(text, mentions=mentions, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    events = extract_events(doc)
    assert [(e.actor, e.date) for e in of_type(events, "PROTEST")] in ([], [(None, None)])
    assert [e.actor for e in of_type(events, "STATEMENT")] == ["ORG:الحكومه"]


def test_clashes_that_break_out_are_an_attack_in_the_place_the_sentence_opens_on() -> None:
    mentions = {**ACTORS, "الكوت": ("GPE", "GPE:الكوت")}
    text = "وفي مدينة الكوت، قال سامي نادر إن مواجهات اندلعت الأحد بين متظاهرين وقوات الأمن."
    doc = make_doc(text, mentions=mentions, timexes={"الأحد": ("2023-05-14", None)}, published="2023-05-14")
    assert [(e.location, e.date) for e in of_type(extract_events(doc), "ASSAULT")] == [("GPE:الكوت", "2023-05-14")]


def test_matches_are_no_clashes() -> None:
    doc = make_doc("وتنطلق الأحد مواجهات الدور ربع النهائي في الكوت.", mentions={"الكوت": ("GPE", "GPE:الكوت")},
                   timexes={"الأحد": ("2023-05-14", None)}, published="2023-05-14")
    assert of_type(extract_events(doc), "ASSAULT") == []


def test_a_statement_whose_quote_says_qad_is_still_the_news_of_the_day() -> None:
    text = 'وأكد سامي نادر في بيان أن "الوزارة قد وضعت خطة بديلة لاستيراد الطاقة".\nوأضاف أن العمل بها يبدأ قريبا.'
    doc = make_doc(text, mentions=ACTORS, published="2023-05-16")
    said = of_type(extract_events(doc), "STATEMENT")
    assert [(e.actor, e.date) for e in said][:1] == [("PER:سامي نادر", "2023-05-16")]


def test_what_the_quote_says_had_happened_takes_no_lead_day() -> None:
    mentions = {**ACTORS, "الكوت": ("GPE", "GPE:الكوت")}
    text = 'وقال سامي نادر إن "القوات قد انسحبت من الكوت".'
    doc = make_doc(text, mentions=mentions, published="2023-05-16")
    assert [e.date for e in of_type(extract_events(doc), "RETREAT")] in ([], [None])


def test_a_curfew_written_with_li_is_a_restriction_not_a_sanction() -> None:
    mentions = {**ACTORS, "الحكومة": ("ORG", "ORG:الحكومه"), "الكوت": ("GPE", "GPE:الكوت")}
    doc = make_doc("وفرضت الحكومة السبت حظراً للتجول في الكوت.", mentions=mentions,
                   timexes={"السبت": ("2023-05-13", None)}, published="2023-05-14")
    events = extract_events(doc)
    assert [(e.location, e.date) for e in of_type(events, "COERCE")] == [("GPE:الكوت", "2023-05-13")]
    assert of_type(events, "SANCTION") == []


def test_the_dead_of_the_protests_are_deaths_not_a_protest() -> None:
    mentions = {**ACTORS, "الكوت": ("GPE", "GPE:الكوت")}
    doc = make_doc("وسقط ثلاثة من قتلى التظاهرات السبت في الكوت.", mentions=mentions,
                   timexes={"السبت": ("2023-05-13", None)}, published="2023-05-14")
    events = extract_events(doc)
    assert of_type(events, "PROTEST") == []
    assert [e.location for e in of_type(events, "ASSAULT")] == ["GPE:الكوت"]


def test_burning_tyres_in_the_street_is_a_protest() -> None:
    mentions = {**ACTORS, "الكوت": ("GPE", "GPE:الكوت")}
    doc = make_doc("وخلال ليل السبت، شوهد شبان يحرقون إطارات في الكوت.", mentions=mentions,
                   timexes={"ليل السبت": ("2023-05-13", None)}, published="2023-05-14")
    assert [(e.location, e.date) for e in of_type(extract_events(doc), "PROTEST")] == [("GPE:الكوت", "2023-05-13")]
