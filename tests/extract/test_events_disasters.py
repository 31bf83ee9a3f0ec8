"""Deaths in disasters and accidents, on sentences written for these tests: a DISASTER with its
cause as mode, never an ASSAULT, unless the sentence tells of an attack."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, counts_of, make_doc


def test_collapse_with_dead_and_missing_kept_apart() -> None:
    doc = make_doc("قُتل ثلاثة أشخاص وفُقد 12 آخرون بعدما انهار جزء من جدار سد في شمال البلاد فجر الأحد.",
                   timexes={"فجر الأحد": ("2024-02-04", None)})
    events = by_type(extract_events(doc))
    assert "ASSAULT" not in events
    disaster = events["DISASTER"]
    assert disaster.mode == "collapse" and disaster.date == "2024-02-04"
    assert counts_of(disaster) == {"killed": 3, "missing": 12}


def test_disaster_without_a_casualty_trigger_is_made_at_its_deaths() -> None:
    doc = make_doc("لقي سبعة أشخاص حتفهم في حادث سير على الطريق الدولي مساء الجمعة.",
                   timexes={"مساء الجمعة": ("2024-05-10TEV", None)})
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert disaster.mode == "traffic accident" and counts_of(disaster) == {"killed": 7}
    assert doc.span_text(disaster.trigger) == "لقي"  # what the sentence's date governs: the deaths


def test_the_cause_nearest_the_deaths_wins() -> None:
    doc = make_doc("تسببت الموجة الحارة في مقتل 14 شخصا، فيما تواصلت عمليات الإنقاذ في مناطق اجتاحتها السيول.")
    assert by_type(extract_events(doc))["DISASTER"].mode == "extreme weather"


def test_an_attack_stays_an_attack_whatever_it_caused() -> None:
    doc = make_doc("قتل خمسة مدنيين في قصف مدفعي أدى إلى انهيار مبنى سكني في المدينة.")
    events = by_type(extract_events(doc))
    assert "DISASTER" not in events
    assert events["ASSAULT"].mode == "shelling" and counts_of(events["ASSAULT"]) == {"killed": 5}


def test_a_gas_explosion_is_no_bombing_but_a_car_bomb_is() -> None:
    gas = by_type(extract_events(make_doc("قتل أربعة أشخاص في انفجار أسطوانة غاز داخل مطعم وسط المدينة.")))
    assert "ASSAULT" not in gas and gas["DISASTER"].mode == "gas explosion"
    bomb = by_type(extract_events(make_doc("قتل أربعة أشخاص في انفجار سيارة مفخخة قرب مطعم، ما أدى إلى اندلاع حريق.")))
    assert "DISASTER" not in bomb and bomb["ASSAULT"].mode == "explosive"


def test_a_fire_named_in_passing_makes_no_event() -> None:
    doc = make_doc("زار الوزير مقر الدفاع المدني واطلع على خطط مكافحة الحرائق في فصل الصيف.")
    assert "DISASTER" not in by_type(extract_events(doc))


def test_the_day_of_a_new_toll_does_not_date_the_disaster() -> None:
    doc = make_doc("ارتفعت حصيلة ضحايا انهيار سد في شمال البلاد إلى 11 قتيلا، اليوم الثلاثاء.",
                   timexes={"اليوم الثلاثاء": ("2024-03-12", None)}, published="2024-03-12")
    disaster = by_type(extract_events(doc))["DISASTER"]
    assert disaster.date is None and counts_of(disaster) == {"killed": 11}
    first = make_doc("قتل أربعة أشخاص بعدما انهار جزء من سد في شمال البلاد، أمس الاثنين.",
                     timexes={"أمس الاثنين": ("2024-03-11", None)}, published="2024-03-12")
    assert by_type(extract_events(first))["DISASTER"].date == "2024-03-11"
