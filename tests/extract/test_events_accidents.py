"""Transport and other accidents, on sentences written for these tests: a derailment, a crash, a
sinking is a DISASTER whatever verb tells its deaths, dated by its own day, placed where it struck."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc


def test_a_derailment_with_its_toll_is_a_disaster() -> None:
    doc = make_doc("أسفر خروج قطار بضائع عن القضبان في وسط البلاد الخميس عن سقوط ستة قتلى و20 جريحا.",
                   timexes={"الخميس": ("2023-05-11", None)})
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert disaster.mode == "rail accident" and disaster.date == "2023-05-11"
    assert counts_of(disaster) == {"killed": 6, "injured": 20}


def test_deaths_in_a_derailment_are_no_assault() -> None:
    doc = make_doc("وفي آذار 1999 قتل 12 شخصا عند خروج قطار سريع عن سكته قرب العاصمة.",
                   timexes={"وفي آذار 1999": ("1999-03", None)})
    events = by_type(extract_events(doc))
    assert "ASSAULT" not in events
    assert events["DISASTER"].date == "1999-03" and counts_of(events["DISASTER"])["killed"] == 12


def test_the_vocabulary_of_accidents() -> None:
    for sentence, mode in [
        ("لقي 40 راكبا حتفهم إثر تحطم طائرة ركاب صغيرة بعد إقلاعها بدقائق.", "air crash"),
        ("قتل 15 شخصا في انقلاب حافلة ركاب على طريق جبلي.", "traffic accident"),
        ("قتل 30 مهاجرا بعد غرق عبارة تقلهم قبالة السواحل.", "drowning"),
        ("قتل ثمانية أشخاص في اصطدام قطارين في محطة رئيسية.", "rail accident"),
        ("قتل أربعة عمال في انفجار صهريج وقود داخل مصنع.", "gas explosion"),
        ("قتل 11 حاجا في تدافع عند مدخل الجسر.", "stampede"),
    ]:
        events = by_type(extract_events(make_doc(sentence)))
        assert "ASSAULT" not in events, sentence
        assert events["DISASTER"].mode == mode, sentence


def test_suffered_an_accident_is_no_attack() -> None:
    doc = make_doc("تعرضت حافلة تقل طلابا لحادث سير مروع أدى إلى مقتل سبعة منهم.")
    events = by_type(extract_events(doc))
    assert "ASSAULT" not in events and counts_of(events["DISASTER"]) == {"killed": 7}


def test_a_disaster_has_no_actor_and_is_placed_in_the_clause_of_its_cause() -> None:
    doc = make_doc("قتل خمسة أشخاص إثر انهيار مبنى قديم في مدينة حلب، بحسب ما أعلن المحافظ سمير خليل.",
                   mentions={"حلب": ("GPE", "aleppo"), "سمير خليل": ("PER", "khalil")})
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert disaster.actor is None and disaster.target is None
    assert disaster.location == "aleppo"


def test_the_day_told_with_the_deaths_survives_a_new_toll() -> None:
    doc = make_doc("قتل 14 شخصا السبت في انهيار جسر للمشاة، وفق حصيلة جديدة أعلنتها الوزارة الأحد.",
                   timexes={"السبت": ("2022-10-29", None), "الأحد": ("2022-10-30", None)}, published="2022-10-30")
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert disaster.date == "2022-10-29" and counts_of(disaster) == {"killed": 14}


def test_later_deaths_in_an_article_about_an_accident_are_the_accident_s() -> None:
    text = ("لقي تسعة أشخاص حتفهم إثر انقلاب حافلة على طريق ساحلي فجر الجمعة.\n"
            "وقال مسؤول في الشرطة إن ثلاثة من الجرحى قتلوا لاحقا في المستشفى.")
    events = extract_events(make_doc(text, timexes={"فجر الجمعة": ("2021-06-04TMO", None)}))
    assert [e.type for e in events] == ["DISASTER", "DISASTER"]
    assert events[1].mode == "traffic accident"


def test_deaths_after_an_attack_was_told_stay_an_assault() -> None:
    text = ("قتل ثلاثة أشخاص في حريق اندلع في سوق شعبي مساء الأحد.\n"
            "وفي حادث منفصل، هاجم مسلحون نقطة تفتيش وقتلوا اثنين من عناصرها.\n"
            "وقال مصدر أمني إن شرطيا ثالثا قتل متأثرا بجروحه.")
    events = extract_events(make_doc(text, timexes={"مساء الأحد": ("2021-06-06TEV", None)}))
    assert [e.type for e in events][:2] == ["DISASTER", "ASSAULT"]
    assert "DISASTER" not in [e.type for e in events[2:]]


def test_people_counted_before_their_casualty_verb() -> None:
    doc = make_doc("وقال المحافظ إن 18 شخصا قتلوا وأصيب 40 آخرون في غرق عبارة في النهر.")
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert counts_of(disaster) == {"killed": 18, "injured": 40}
    aboard = make_doc("تحطمت طائرة كان على متنها 60 شخصا قتل 52 منهم.")
    assert counts_of(by_type(extract_events(aboard))["DISASTER"]) == {"killed": 52}


def test_an_announced_toll_with_no_count_leaves_the_statement() -> None:
    doc = make_doc("أعلن وزير الداخلية سالم عادل، الثلاثاء، حصيلة ضحايا حادث القطار الذي خرج عن سكته.",
                   mentions={"سالم عادل": ("PER", "adel")}, timexes={"الثلاثاء": ("2020-09-15", None)})
    statement = by_type(extract_events(doc))["STATEMENT"]
    assert statement.actor == "adel" and statement.date == "2020-09-15"
