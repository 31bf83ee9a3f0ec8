"""Events on sentences written for these tests: attacks, interceptions, arrests, agreements,
threats, protests, sanctions, aid; dates, deadlines, counts, negation and modality."""

from __future__ import annotations

from rasad.document import Count, EventMention
from rasad.extract.events.component import events_component, extract_events
from tests.extract.handmade import counts_of, make_doc


def _one(events: list[EventMention], etype: str) -> EventMention:
    found = [e for e in events if e.type == etype]
    assert len(found) == 1, [(e.type, e.date) for e in events]
    return found[0]


def test_attack_with_casualties_date_place_and_mode() -> None:
    doc = make_doc(
        "قتل خمسة جنود وأصيب ثمانية آخرون في هجوم بسيارة مفخخة استهدف نقطة تفتيش في مدينة الرمادي، الأحد.",
        mentions={"الرمادي": ("GPE", "GPE:رمادي")},
        timexes={"الأحد": ("2023-05-14", None)},
        published="2023-05-15",
    )
    attack = _one(extract_events(doc), "ASSAULT")
    assert attack.date == "2023-05-14"
    assert attack.location == "GPE:رمادي"
    assert attack.mode == "explosive"
    assert counts_of(attack) == {"killed": 5, "injured": 8}
    assert doc.span_text(attack.span).startswith("قتل خمسة جنود")


def test_rockets_fired_and_intercepted_are_separate_counts() -> None:
    doc = make_doc(
        "أطلق مسلحون أربعة صواريخ على قاعدة بلد الجوية فجر اليوم، وتمكنت الدفاعات الجوية من اعتراض ثلاثة منها.",
        mentions={"قاعدة بلد الجوية": ("FAC", "FAC:قاعده بلد")},
        timexes={"فجر اليوم": ("2023-06-02", None)},
    )
    attack = _one(extract_events(doc), "ASSAULT")
    assert counts_of(attack) == {"rockets": 4, "intercepted": 3}
    assert attack.mode == "rocket"
    assert attack.location == "FAC:قاعده بلد" and attack.date == "2023-06-02"


def test_drones_shot_down_told_by_a_pronoun() -> None:
    doc = make_doc("استهدف هجوم بطائرتين مسيرتين مطار أربيل، وتمكنت الدفاعات من إسقاطهما.",
                   mentions={"مطار أربيل": ("FAC", "FAC:مطار اربيل")})
    attack = _one(extract_events(doc), "ASSAULT")
    assert counts_of(attack) == {"drones": 2, "intercepted": 2} and attack.mode == "drone"


def test_no_casualties_is_a_zero_not_an_injury() -> None:
    doc = make_doc("استهدف هجوم صاروخي السفارة الفرنسية مساء السبت، ولم يسفر الهجوم عن وقوع إصابات.",
                   mentions={"السفارة الفرنسية": ("ORG", "ORG:سفاره فرنسيه")},
                   timexes={"مساء السبت": ("2023-07-01TEV", None)})
    attack = _one(extract_events(doc), "ASSAULT")
    assert Count("casualties", 0) in attack.counts
    assert "injured" not in counts_of(attack)
    assert attack.target == "ORG:سفاره فرنسيه" and attack.date == "2023-07-01"


def test_sum_stated_in_parts_and_subsets() -> None:
    doc = make_doc("وأسفر التفجير عن مقتل عشرة من عناصر الشرطة إضافة إلى ثلاثة من المدنيين في سوق مدينة كركوك.",
                   mentions={"كركوك": ("GPE", "GPE:كركوك")})
    assert counts_of(_one(extract_events(doc), "ASSAULT")) == {"killed": 13}
    doc = make_doc("قتل 12 شخصا بينهم 4 أطفال في قصف على مدينة إدلب.", mentions={"إدلب": ("GPE", "GPE:ادلب")})
    assert counts_of(_one(extract_events(doc), "ASSAULT")) == {"killed": 12}


def test_the_attack_mentioned_again_adds_its_counts_to_the_first_report() -> None:
    doc = make_doc("استهدف هجوم انتحاري مسجدا في مدينة بيشاور الجمعة.\nوأسفر الهجوم عن مقتل 20 شخصا وإصابة 35 آخرين.",
                   mentions={"بيشاور": ("GPE", "GPE:بيشاور")}, timexes={"الجمعة": ("2023-03-03", None)})
    attack = _one(extract_events(doc), "ASSAULT")
    assert counts_of(attack) == {"killed": 20, "injured": 35}
    assert attack.mode == "suicide bombing" and attack.date == "2023-03-03"


def test_arrests() -> None:
    doc = make_doc("اعتقلت قوات الأمن التركية 25 مشتبها بهم في إسطنبول، الثلاثاء.",
                   mentions={"قوات الأمن التركية": ("ORG", "ORG:امن تركي"), "إسطنبول": ("GPE", "GPE:اسطنبول")},
                   timexes={"الثلاثاء": ("2023-02-07", None)})
    arrest = _one(extract_events(doc), "COERCE")
    assert arrest.actor == "ORG:امن تركي" and arrest.location == "GPE:اسطنبول"
    assert counts_of(arrest) == {"arrested": 25} and arrest.date == "2023-02-07"


def test_background_agreement_keeps_its_own_date() -> None:
    doc = make_doc("وفي 12 مارس الماضي، اتفقت الحكومة والمعارضة على وقف إطلاق النار في الجنوب.",
                   mentions={"الحكومة": ("ORG", "ORG:حكومه"), "المعارضة": ("ORG", "ORG:معارضه")},
                   timexes={"وفي 12 مارس الماضي": ("2023-03-12", None)}, published="2023-05-20")
    events = extract_events(doc)
    agree = _one(events, "AGREE")
    assert agree.date == "2023-03-12"
    assert (agree.actor, agree.target) == ("ORG:حكومه", "ORG:معارضه")
    ceasefire = _one(events, "CONCEDE")
    assert ceasefire.modality == "planned" and ceasefire.date is None


def test_deadline_dates_what_is_due_not_the_agreement() -> None:
    doc = make_doc("واتفقت بغداد وأنقرة على انسحاب القوات التركية من الأراضي العراقية بحلول نهاية العام.",
                   mentions={"بغداد": ("GPE", "GPE:بغداد"), "أنقرة": ("GPE", "GPE:انقره")},
                   timexes={"بحلول نهاية العام": ("2024", "END")}, published="2024-03-01")
    events = extract_events(doc)
    retreat = _one(events, "RETREAT")
    assert (retreat.date, retreat.modality) == ("2024-12-31", "deadline")
    assert _one(events, "AGREE").date is None


def test_capital_stands_for_its_state_when_the_article_names_it() -> None:
    doc = make_doc("وقالت روسيا إنها مستعدة للحوار.\nوالتقت موسكو وأنقرة في جولة محادثات جديدة.",
                   mentions={"روسيا": ("GPE", "GPE:روسيا"), "موسكو": ("GPE", "GPE:موسكو"), "أنقرة": ("GPE", "GPE:انقره")})
    talks = _one(extract_events(doc), "CONSULT")
    assert talks.actor == "GPE:روسيا"


def test_threat_and_what_is_threatened() -> None:
    doc = make_doc("وتوعدت الجماعة المسلحة بشن هجمات جديدة على القوات الحكومية.",
                   mentions={"الجماعة المسلحة": ("ORG", "ORG:جماعه")})
    events = extract_events(doc)
    assert _one(events, "THREATEN").actor == "ORG:جماعه"
    assert _one(events, "ASSAULT").modality == "threatened"


def test_protest_and_sanction_and_aid() -> None:
    protest = make_doc("تظاهر آلاف المواطنين في العاصمة الأردنية عمان يوم الجمعة احتجاجا على رفع الأسعار.",
                       mentions={"عمان": ("GPE", "GPE:عمان")}, timexes={"يوم الجمعة": ("2023-04-07", None)})
    event = _one(extract_events(protest), "PROTEST")
    assert event.location == "GPE:عمان" and event.date == "2023-04-07"
    sanction = make_doc("فرضت وزارة الخزانة الأميركية عقوبات على ثلاث شركات إيرانية الخميس.",
                        mentions={"وزارة الخزانة الأميركية": ("ORG", "ORG:خزانه")}, timexes={"الخميس": ("2023-04-06", None)})
    event = _one(extract_events(sanction), "SANCTION")
    assert event.actor == "ORG:خزانه" and event.date == "2023-04-06"
    aid = make_doc("أرسلت الإمارات مساعدات إنسانية إلى السودان.",
                   mentions={"الإمارات": ("GPE", "GPE:امارات"), "السودان": ("GPE", "GPE:سودان")})
    assert _one(extract_events(aid), "AID").actor == "GPE:امارات"


def test_publication_date_only_for_the_news_of_the_day() -> None:
    doc = make_doc(
        "أعلن الجيش اللبناني مقتل جنديين في اشتباك مع مسلحين على الحدود.\n"
        "وتشهد المنطقة توترا منذ أشهر.\n"
        "وكان الجيش قد أعلن اعتقال عشرة مطلوبين في المنطقة نفسها.",
        mentions={"الجيش اللبناني": ("ORG", "ORG:جيش لبناني"), "الجيش": ("ORG", "ORG:جيش لبناني")},
        published="2023-09-10",
    )
    events = extract_events(doc)
    attack = _one(events, "ASSAULT")
    assert attack.date == "2023-09-10" and counts_of(attack) == {"killed": 2}
    # the army announced its own soldiers' deaths: it did not kill them (ev40)
    assert attack.modality == "announced" and attack.actor is None
    assert _one(events, "COERCE").date is None


def test_relative_date_from_the_clause_anchor() -> None:
    doc = make_doc("وفي 10 يونيو، أعلنت الحكومة الحداد العام، وذلك بعد يومين من مقتل الصحفي سامي نادر في غارة جوية.",
                   mentions={"الحكومة": ("ORG", "ORG:حكومه"), "سامي نادر": ("PER", "PER:سامي نادر")},
                   timexes={"وفي 10 يونيو": ("2023-06-10", None)})
    attack = _one(extract_events(doc), "ASSAULT")
    assert attack.date == "2023-06-08" and attack.target == "PER:سامي نادر" and attack.mode == "airstrike"


def test_statement_dated_by_its_day() -> None:
    doc = make_doc("وقال رئيس الوزراء خالد سعيد، أمس الاثنين، إن الحكومة ستقدم استقالتها.",
                   mentions={"خالد سعيد": ("PER", "PER:خالد سعيد")}, timexes={"أمس الاثنين": ("2023-01-09", None)})
    statement = _one(extract_events(doc), "STATEMENT")
    assert (statement.actor, statement.date) == ("PER:خالد سعيد", "2023-01-09")


def test_no_event_for_every_verb() -> None:
    assert extract_events(make_doc("وتبلغ مساحة البلاد نحو مليون كيلومتر مربع.")) == []
    assert extract_events(make_doc("وأكد على أهمية التعاون بين الجانبين.")) == []
    assert extract_events(make_doc("وقال مصدر مطلع إن الاجتماع انتهى.", published="2023-01-01")) == []


def test_dawn_is_not_an_explosion_and_names_hold_no_triggers() -> None:
    doc = make_doc("وصل الوفد فجر اليوم إلى مقر هيئة الحشد الشعبي.",
                   mentions={"هيئة الحشد الشعبي": ("ORG", "ORG:حشد")}, timexes={"فجر اليوم": ("2023-01-01", None)})
    assert extract_events(doc) == []


def test_a_comparison_is_no_event() -> None:
    assert extract_events(make_doc("وقال أحد السكان إنه سمع صوتا يشبه الانفجار قبل انهيار المبنى.")) == []
    assert extract_events(make_doc("وسمع دوي انفجار في وسط المدينة.", published="2023-01-01")) != []


def test_negated_event() -> None:
    doc = make_doc("ولم تنسحب القوات الروسية من القاعدة الجوية.", mentions={"القوات الروسية": ("ORG", "ORG:قوات روسيه")})
    assert _one(extract_events(doc), "RETREAT").negated


def test_component_fills_the_layer() -> None:
    doc = make_doc("اعتقلت الشرطة ثلاثة أشخاص.", mentions={"الشرطة": ("ORG", "ORG:شرطه")})
    assert events_component(doc).events and doc.events[0].type == "COERCE"


def test_refresh_after_the_time_expressions_change() -> None:
    from rasad.document import Span, Timex
    from rasad.extract.claims import claims_component
    from rasad.extract.events.component import refresh

    doc = make_doc("اعتقلت الشرطة ثلاثة أشخاص الخميس.", mentions={"الشرطة": ("ORG", "ORG:شرطه")},
                   timexes={"الخميس": ("2020-01-02", None)})
    claims_component(events_component(doc))
    start = doc.text.index("الخميس")
    doc.timexes = [Timex(Span(start, start + len("الخميس")), "2021-12-09")]
    refresh(doc)
    assert doc.events[0].date == "2021-12-09" and doc.claims[0].event == 0


def test_counts_keep_their_approximation() -> None:
    doc = make_doc("قتل أكثر من 40 شخصا في غارات على مدينة حلب.", mentions={"حلب": ("GPE", "GPE:حلب")})
    attack = _one(extract_events(doc), "ASSAULT")
    assert attack.counts == (Count("killed", 40, "more_than"),)


def test_condolences_are_support() -> None:
    doc = make_doc(
        "وقدم رئيس الوزراء حسن عادل تعازيه لأسر الضحايا، الخميس.",
        mentions={"حسن عادل": ("PER", "PER:حسن عادل")},
        timexes={"الخميس": ("2023-09-07", None)},
    )
    support = _one(extract_events(doc), "SUPPORT")
    assert support.actor == "PER:حسن عادل" and support.date == "2023-09-07"


def test_ambulances_and_helicopters_sent_are_a_mobilisation() -> None:
    doc = make_doc(
        "وأرسل الدفاع المدني 40 سيارة إسعاف إلى موقع الانهيار، مساء السبت.\n"
        "وأعلن الجيش أنه أرسل مروحيات للمساعدة في البحث.",
        mentions={"الدفاع المدني": ("ORG", "ORG:الدفاع المدني"), "الجيش": ("ORG", "ORG:الجيش")},
        timexes={"مساء السبت": ("2023-09-09", None)},
    )
    sent = [e for e in extract_events(doc) if e.type == "MOBILIZE"]
    assert [e.actor for e in sent] == ["ORG:الدفاع المدني", "ORG:الجيش"]
    assert sent[0].date == "2023-09-09"


def test_a_pronoun_of_the_other_gender_is_not_the_speaker() -> None:
    doc = make_doc("وقال الوزير خالد سعيد إنها أرسلت قوات إلى الحدود.", mentions={"خالد سعيد": ("PER", "PER:خالد سعيد")})
    assert [e.actor for e in extract_events(doc) if e.type == "MOBILIZE"] in ([], [None])


def test_a_reaction_opened_by_min_jihatihi_shares_the_date_of_the_statement_before_it() -> None:
    text = ("قتل ثلاثة جنود في انفجار عبوة ناسفة استهدفت دوريتهم في مدينة الرمادي الجمعة.\n"
            "وأعلنت وزارة الداخلية في بيان السبت أن التحقيقات بدأت لكشف المسؤولين عن الهجوم.\n"
            "من جهته، أكد رئيس البرلمان سامي نادر أن الإرهاب لن ينال من عزيمة البلاد.\n"
            "وقال النائب حسن عادل إن الحكومة مطالبة بحماية الدوريات.")
    doc = make_doc(text, mentions={"الرمادي": ("GPE", "GPE:رمادي"), "وزارة الداخلية": ("ORG", "ORG:وزاره داخليه"),
                                   "سامي نادر": ("PER", "PER:سامي نادر"), "حسن عادل": ("PER", "PER:حسن عادل")},
                   timexes={"الجمعة": ("2023-09-08", None), "السبت": ("2023-09-09", None)}, published="2023-09-10")
    dates = {e.actor: e.date for e in extract_events(doc) if e.type == "STATEMENT"}
    assert dates["ORG:وزاره داخليه"] == "2023-09-09"
    assert dates["PER:سامي نادر"] == "2023-09-09"  # "on his part": in answer to the ministry's statement
    assert dates["PER:حسن عادل"] is None  # no opener of a reaction: when he spoke is not told


def test_a_vote_of_no_confidence_and_an_oath_of_office_are_events() -> None:
    doc = make_doc(
        "سحب البرلمان البرتغالي الثلاثاء الثقة من رئيس الحكومة أنطونيو ميلو.\n"
        "وأدى كارلوس نونيس اليمين الدستورية الأربعاء أمام الرئيس.",
        mentions={"البرلمان البرتغالي": ("ORG", "ORG:البرلمان البرتغالي"), "أنطونيو ميلو": ("PER", "PER:انطونيو ميلو"),
                  "كارلوس نونيس": ("PER", "PER:كارلوس نونيس")},
        timexes={"الثلاثاء": ("2023-03-07", None), "الأربعاء": ("2023-03-08", None)},
        published="2023-03-08",
    )
    events = extract_events(doc)
    vote = _one(events, "REJECT")
    assert (vote.date, vote.actor, vote.target) == ("2023-03-07", "ORG:البرلمان البرتغالي", "PER:انطونيو ميلو")
    oath = _one(events, "STATEMENT")
    assert (oath.date, oath.actor) == ("2023-03-08", "PER:كارلوس نونيس")


def test_the_motion_is_not_the_vote_and_an_aside_is_not_the_news_of_the_day() -> None:
    doc = make_doc(
        "ويتعين على كارلوس نونيس تشكيل حكومة بعد أن سحب المجلس الثقة من أنطونيو ميلو.\n"
        "وأيد 120 نائبا مذكرة سحب الثقة التي دعا إليها نونيس.",
        mentions={"أنطونيو ميلو": ("PER", "PER:انطونيو ميلو"), "نونيس": ("PER", "PER:كارلوس نونيس"),
                  "كارلوس نونيس": ("PER", "PER:كارلوس نونيس")},
        published="2023-03-08",
    )
    events = extract_events(doc)
    dated = {e.type for e in events if e.date}
    assert "REJECT" not in dated and "REQUEST" not in dated  # "بعد أن سحب"، "التي دعا إليها": before today
    assert not [e for e in events if e.type == "REJECT" and "مذكرة" in doc.span_text(e.span)]  # the motion is no vote


def test_an_event_in_the_country_without_its_name_is_in_the_country_the_article_names_most() -> None:
    doc = make_doc(
        "أعلنت السلطات في تركيا مقتل عشرة أشخاص في حادث قطار.\n"
        "وفي عام 2004 قتل 41 شخصا عند خروج قطار سريع عن سكته شمال غربي البلاد.\n"
        "ولم يغادر رئيس تركيا خارج البلاد منذ الحادث، بحسب وسائل إعلام في اليونان.",
        mentions={"تركيا": ("GPE", "kb:c:TR"), "اليونان": ("GPE", "kb:c:GR")},
        timexes={"عام 2004": ("2004", None)},
        published="2018-07-09",
    )
    events = extract_events(doc)
    derailment = next(e for e in events if e.date == "2004")
    assert derailment.location == "kb:c:TR"
    assert all(e.location != "kb:c:TR" for e in events if doc.span_text(e.span).startswith("يغادر"))
