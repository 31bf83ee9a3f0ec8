"""The news day of an article (the day its lead's news carries) and which undated events told in its body
take it, on articles written for these tests: an official's statement does, an outlet's report, an event
in a paragraph told in another time, a conditional or a sentence with a time of its own does not; the
deaths restated in the lead of a toll are not the toll's day; "غداة X" dates X the day before."""

from __future__ import annotations

import dataclasses

from rasad.document import EventMention
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc

LEAD = "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق مدينة الحلة الأحد.\nوأغلقت قوات الأمن مداخل المدينة بعد الانفجار."
PLACES = {"الحلة": ("GPE", "GPE:حله"), "قوات الأمن": ("ORG", "ORG:قوات امن")}
SUNDAY = {"الأحد": ("2023-05-14", None)}
GOVERNOR = "\nوقال محافظ بابل حسن عادل إن التحقيقات جارية لكشف المنفذين."


def _statements(events: list[EventMention]) -> dict[str | None, str | None]:
    return {e.actor: e.date for e in events if e.type == "STATEMENT"}


def test_a_statement_told_in_the_body_takes_the_day_of_the_lead_not_the_publication() -> None:
    doc = make_doc(LEAD + "\nوتشهد المحافظة هدوءا نسبيا." + GOVERNOR,
                   mentions={**PLACES, "حسن عادل": ("PER", "PER:حسن عادل")}, timexes=SUNDAY, published="2023-05-15")
    assert _statements(extract_events(doc))["PER:حسن عادل"] == "2023-05-14"


def test_what_a_speaker_had_said_before_does_not_go_on_from_the_day_of_his_statement() -> None:
    doc = make_doc(LEAD + "\nوتشهد المحافظة هدوءا نسبيا.\nوقالت وزارة الداخلية في بيان إن التحقيقات جارية.\n"
                   "وكانت قد حذرت من هجمات في المدينة.",
                   mentions={**PLACES, "وزارة الداخلية": ("ORG", "ORG:وزاره داخليه")}, timexes=SUNDAY, published="2023-05-15")
    assert [e.date for e in extract_events(doc) if e.type == "STATEMENT"] == ["2023-05-14", None]


def test_an_outlet_reporting_is_sourcing_not_an_event_of_the_day() -> None:
    doc = make_doc(LEAD + GOVERNOR + "\nوذكرت وكالة الأنباء العراقية أن الانفجار وقع قرب مطعم.",
                   mentions={**PLACES, "حسن عادل": ("PER", "PER:حسن عادل"),
                             "وكالة الأنباء العراقية": ("ORG", "ORG:وكاله انباء عراقيه")}, timexes=SUNDAY, published="2023-05-15")
    dates = _statements(extract_events(doc))
    assert dates["PER:حسن عادل"] == "2023-05-14" and dates.get("ORG:وكاله انباء عراقيه") is None


def test_a_body_told_in_another_time_keeps_its_statements_undated() -> None:
    text = (LEAD + "\nوفي 3 آذار الماضي، قال وزير الداخلية سامي نادر إن الخطة الأمنية تحتاج إلى وقت.\n"
            "واعتبر رئيس الوزراء خالد سعيد أن الحكومة ماضية في الإصلاح.\nوتشهد المحافظة هدوءا نسبيا.\n"
            "وتشهد المدينة حركة تجارية.\nوقال النائب ماجد حسين إن المدينة تحتاج إلى حماية.")
    doc = make_doc(text, mentions={**PLACES, "سامي نادر": ("PER", "PER:سامي نادر"), "خالد سعيد": ("PER", "PER:خالد سعيد"),
                                   "ماجد حسين": ("PER", "PER:ماجد حسين")},
                   timexes={**SUNDAY, "في 3 آذار الماضي": ("2023-03-03", None)}, published="2023-05-15")
    dates = _statements(extract_events(doc))
    assert dates["PER:سامي نادر"] == "2023-03-03" and dates["PER:خالد سعيد"] is None
    assert dates["PER:ماجد حسين"] == "2023-05-14"  # three paragraphs on: the article's own day again


def test_no_news_day_for_a_conditional_a_later_statement_or_a_time_of_its_own() -> None:
    body = ("\nولو اعتقلت الشرطة المشتبه به لانتهت القضية.\nوقالت وزارة الداخلية في بيان لاحق إن التحقيقات جارية.\n"
            "وقال النائب ماجد حسين على مدى الأشهر الماضية إن المدينة تحتاج إلى حماية.\n"
            "وأشار المحافظ إلى ما قاله وزير الخارجية سامي نادر عن الخطة الأمنية.")
    doc = make_doc(LEAD + GOVERNOR + body,
                   mentions={**PLACES, "الشرطة": ("ORG", "ORG:شرطه"), "وزارة الداخلية": ("ORG", "ORG:وزاره داخليه"),
                             "حسن عادل": ("PER", "PER:حسن عادل"), "ماجد حسين": ("PER", "PER:ماجد حسين"),
                             "سامي نادر": ("PER", "PER:سامي نادر")},
                   timexes={**SUNDAY, "على مدى الأشهر الماضية": ("P3M", None)}, published="2023-05-15")
    doc.timexes = [dataclasses.replace(t, kind="duration") if t.value == "P3M" else t for t in doc.timexes]
    events = extract_events(doc)
    assert all(e.date is None for e in events if e.type == "COERCE"), [(e.type, e.date) for e in events]
    dates = _statements(events)
    assert dates["PER:حسن عادل"] == "2023-05-14"
    assert dates["ORG:وزاره داخليه"] is None and dates["PER:ماجد حسين"] is None
    assert dates.get("PER:سامي نادر") is None  # "إلى ما قاله": what he had said


def test_a_raid_begun_in_what_sources_say_is_the_news_of_the_day() -> None:
    doc = make_doc("أعلنت الشرطة الاثنين اعتقال ثلاثة مشتبه بهم في تفجير الحلة.\nوتشهد المحافظة هدوءا نسبيا.\n"
                   "وقالت مصادر إن الشرطة بدأت عملية دهم في حي الجهاد.",
                   mentions={"الشرطة": ("ORG", "ORG:شرطه"), "الحلة": ("GPE", "GPE:حله"), "حي الجهاد": ("LOC", "LOC:حي جهاد")},
                   timexes={"الاثنين": ("2023-05-15", None)}, published="2023-05-15")
    raid = next(e for e in extract_events(doc) if e.type == "COERCE" and e.location == "LOC:حي جهاد")
    assert raid.date == "2023-05-15"


def test_the_deaths_restated_in_the_lead_of_a_toll_are_not_dated_by_it() -> None:
    doc = make_doc("أعلن وزير الصحة سامي نادر، الثلاثاء، حصيلة ضحايا انهيار المبنى في الحلة.\n"
                   "وأوضح الوزير أن 12 شخصا قتلوا وأصيب 30 آخرون في انهيار مبنى سكني.\nوقال الدفاع المدني إنه أرسل فرق الإنقاذ.",
                   mentions={"سامي نادر": ("PER", "PER:سامي نادر"), "الحلة": ("GPE", "GPE:حله"),
                             "الدفاع المدني": ("ORG", "ORG:دفاع مدني")},
                   timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-16")
    events = extract_events(doc)
    deaths = [e for e in events if e.counts]
    assert deaths and all(e.date is None for e in deaths), [(e.type, e.date, e.counts) for e in events]
    assert _statements(events).get("ORG:دفاع مدني") is None  # the body of a toll may tell the event's day


def test_the_day_after_dates_what_follows_it_the_day_before() -> None:
    doc = make_doc("وقدم الحزب الليبرالي الثلاثاء مذكرة إلى البرلمان، غداة اعتقال رئيس الحزب سامي نادر.",
                   mentions={"سامي نادر": ("PER", "PER:سامي نادر")}, timexes={"الثلاثاء": ("2023-05-16", None)},
                   published="2023-05-17")
    arrest = next(e for e in extract_events(doc) if e.type == "COERCE")
    assert arrest.date == "2023-05-15" and arrest.modality is None
    eve = make_doc("وفرضت الحكومة الخميس حظر التجول في الحلة عشية تظاهرة دعت إليها المعارضة.",
                   mentions={"الحكومة": ("ORG", "ORG:حكومه"), "الحلة": ("GPE", "GPE:حله"), "المعارضة": ("ORG", "ORG:معارضه")},
                   timexes={"الخميس": ("2023-05-18", None)})
    dates = {e.type: e.date for e in extract_events(eve)}
    assert dates["COERCE"] == "2023-05-18" and dates["PROTEST"] == "2023-05-19", dates


def test_a_lead_that_names_no_day_gives_its_body_no_day() -> None:
    body = "\nوتشهد المحافظة هدوءا نسبيا." + GOVERNOR
    mentions = {**PLACES, "حسن عادل": ("PER", "PER:حسن عادل")}
    events = extract_events(make_doc(LEAD.replace(" الأحد", "") + body, mentions=mentions, published="2023-05-15"))
    assert next(e for e in events if e.type == "ASSAULT").date == "2023-05-15"  # the lead's news of the day
    assert _statements(events)["PER:حسن عادل"] is None  # perhaps the evening before: the article does not say
    today = extract_events(make_doc(LEAD + body, mentions=mentions, timexes={"الأحد": ("2023-05-15", None)}, published="2023-05-15"))
    assert _statements(today)["PER:حسن عادل"] == "2023-05-15"


def test_a_lead_whose_news_is_announced_gives_its_day_to_what_the_lead_goes_on_with() -> None:
    doc = make_doc("أعلنت وزارة الداخلية مساء الأحد مقتل ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش في الحلة.\n"
                   "وقال المتحدث باسم الوزارة سعد معن إن المسلحين فروا إلى منطقة زراعية قريبة.",
                   mentions={**PLACES, "وزارة الداخلية": ("ORG", "ORG:وزاره داخليه"), "سعد معن": ("PER", "PER:سعد معن")},
                   timexes={"مساء الأحد": ("2023-05-14TEV", None)}, published="2023-05-15")
    assert _statements(extract_events(doc))["PER:سعد معن"] == "2023-05-14"


def test_a_lead_statement_whose_days_are_all_in_what_it_reports_is_the_leads_news() -> None:
    ministry = {"وزارة الصحة": ("ORG", "ORG:وزاره صحه")}
    planned = make_doc("أعلنت وزارة الصحة أن حملة التطعيم في المدارس ستبدأ الثلاثاء في كل المحافظات.",
                       mentions=ministry, timexes={"الثلاثاء": ("2023-05-16", None)}, published="2023-05-15")
    assert _statements(extract_events(planned))["ORG:وزاره صحه"] == "2023-05-15"
    # the day before publication the lead names is the day the news was told
    done = make_doc("قالت وزارة الصحة إن ثلاثة مرضى توفوا في مستشفى الحلة الأحد بسبب انقطاع الكهرباء.",
                    mentions={**ministry, **PLACES}, timexes=SUNDAY, published="2023-05-15")
    assert _statements(extract_events(done))["ORG:وزاره صحه"] == "2023-05-14"
    # a day of its own outside what it reports: that day, or none
    own = make_doc("أكدت وزارة الصحة، خلال الأسبوع الماضي، أن حملة التطعيم ستبدأ الثلاثاء.",
                   mentions=ministry, timexes={"خلال الأسبوع الماضي": ("2023-W19", None), "الثلاثاء": ("2023-05-16", None)},
                   published="2023-05-15")
    assert _statements(extract_events(own))["ORG:وزاره صحه"] is None


def test_a_lead_of_two_days_tells_the_news_of_the_later_one_when_it_is_posted_that_day() -> None:
    lead = ("قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق مدينة الحلة الأحد.\n"
            "واعتقلت قوات الأمن، الاثنين، ثلاثة مشتبه بهم.")
    statements = {}
    for published in ("2023-05-15", "2023-05-16"):
        doc = make_doc(lead + "\nوتشهد المحافظة هدوءا نسبيا." + GOVERNOR,
                       mentions={**PLACES, "حسن عادل": ("PER", "PER:حسن عادل")},
                       timexes={**SUNDAY, "الاثنين": ("2023-05-15", None)}, published=published)
        statements[published] = _statements(extract_events(doc))["PER:حسن عادل"]
    assert statements == {"2023-05-15": "2023-05-15", "2023-05-16": None}  # posted a day later: his day is untold
