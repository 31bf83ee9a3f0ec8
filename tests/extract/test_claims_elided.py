"""Counts whose counted noun is left out or stands apart: a partitive pronoun after a bare noun, a cardinal
after a construct, a sum whose currency the article named before."""

from __future__ import annotations

from rasad.extract.claims import find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str) -> list[tuple[float, str | None, str | None]]:
    doc = make_doc(text)
    doc.events = extract_events(doc)
    return [(c.value, c.quantity, c.unit) for c in find_claims(doc)]


def test_a_partitive_pronoun_counts_the_bare_noun_before_it() -> None:
    got = _claims("وشهدت المملكة ستة اعتداءات، وتبنى التنظيم مسؤوليته عن اثنين منها.")
    assert got == [(6, "اعتداءات", None), (2, "اعتداءات", None)]


def test_a_cardinal_after_a_construct_counts_its_head() -> None:
    assert _claims("ولم تتمكن الوزارة من إعادة خطوط النقل الأربعة إلى الخدمة.") == [(4, "خطوط النقل", None)]
    assert _claims("وشارك في الدورة العشرين للمهرجان، وفي دور الستة عشر.") == []
    assert _claims("وأطلق الجيش الصواريخ الخمسة على الموقع.") == [(5, "rockets", None)]


def test_a_time_unit_with_a_cardinal_is_no_claim() -> None:
    assert _claims("وتواصلت الاشتباكات خلال الأيام الثلاثة الماضية في المدينة.") == []


def test_millions_with_the_currency_left_out_take_the_one_named_before() -> None:
    got = _claims('وتلقى الوسيط 20 مليون دولار. وقال السفير: "لقد دفع الأمير 50 مليون، ووفر البنية التحتية".')
    assert got == [(20000000, "money", "USD"), (50000000, "money", "USD")]


def test_millions_with_no_sum_before_stay_unclaimed() -> None:
    assert _claims("وقال إن الأمير دفع 50 مليون، ووفر البنية التحتية.") == []


def test_a_dual_minister_a_definite_percent_and_a_rate_of_hours() -> None:
    assert _claims("وفرضت واشنطن عقوبات على وزيرين في الحكومة.") == [(2, "ministers", None)]
    assert _claims("وتستهدف الحكومة خفض التضخم إلى ما دون الـ 10% العام المقبل.") == [(10, "percent", "percent")]
    got = _claims("وقال إنه كان يعمل 120 ساعة في الأسبوع، وقضى 5 سنوات في الشركة.")
    assert [(v, u) for v, _q, u in got] == [(120, None), (5, "year")]  # a rate, then a length of time


def test_of_them_counts_people_when_no_count_names_the_group() -> None:
    text = "وقالت الوزارة إن مركبا لمهاجرين غرق، قبل أن يتم إنقاذ 67 منهم بينهم تونسيون."
    doc = make_doc(text)
    doc.events = extract_events(doc)
    claims = find_claims(doc)
    assert [(c.value, c.quantity) for c in claims] == [(67, "people")]
    assert text[claims[0].span.start : claims[0].span.end] == "67 منهم"  # not the words after the pronoun


def test_of_them_said_of_things_counts_nothing_without_a_count_before() -> None:
    assert _claims("واستهدفت الغارات مواقع عدة، ودمرت ثلاثة منها.") == []


def test_numbers_listed_before_a_unit_share_it_and_its_scale() -> None:
    got = _claims("وأبقى البنك المركزي أسعار الفائدة عند 8.0 و 9.25 و 7.25 في المئة على التوالي.")
    assert [(v, q) for v, q, _ in got] == [(8, "percent"), (9.25, "percent"), (7.25, "percent")]
    got = _claims("وستتراوح قيمة الصفقة بين 70 و80 مليون يورو.")
    assert [v for v, _, _ in got] == [70000000, 80000000]


def test_a_bare_decimal_takes_the_unit_of_the_price_before_it() -> None:
    got = _claims("وتخطت العملة حاجز 4.88 ليرة مقابل الدولار، بعد أن أقفلت الثلاثاء عند 4.65، وسط قلق المستثمرين.")
    assert [(v, u) for v, _, u in got if v != 1] == [(4.88, "lira"), (4.65, "lira")]
    got = _claims("وانخفض مؤشر الدولار 0.49 بالمئة إلى 94.787 في التعاملات.")
    assert [v for v, _, _ in got] == [0.49]  # the index's level is no percentage


def test_a_noun_in_quotation_marks_is_what_the_number_counts() -> None:
    got = _claims('وفاز بري محققا 98 صوتا مقابل 30 "ورقة بيضاء" في الجلسة.')
    assert [v for v, _, _ in got] == [98, 30]
    # a quote that begins after a number, and the mark that closes a name, count nothing
    assert _claims('وأعلن في جلسة حضرها 127 نائبا من أصل 328 "انتهاء الدورة النيابية الثالثة لمجلس النواب".') == [
        (127, "deputies", None)]


def test_a_number_before_a_quoted_phrase_with_a_preposition_counts_nothing() -> None:
    # the quote opens a phrase of its own: a counted noun takes no preposition (ل + ثورة, not لجنة)
    assert _claims('وألقى الملك خطابا في الذكرى 65 "لثورة الملك والشعب" دعا فيه إلى الحوار.') == []


def test_a_part_after_a_group_pronoun_counts_the_group() -> None:
    assert _claims("وأصيب 60 جنديا في الهجوم، بينهم 9 في حالة حرجة.") == [(60, "troops", None), (9, "troops", None)]
    assert _claims("وتوفي 14 شخصا بسبب الحمى، من بينهم أكثر من 5 آلاف في العاصمة.") == [
        (14, "people", None), (5000, "people", None)]
    assert _claims("وأصيب 8 أشخاص بجروح، بينهم 3 من عائلة واحدة.") == [(8, "people", None), (3, "people", None)]


def test_the_group_of_a_part_is_not_a_count_of_places() -> None:
    got = _claims("وشردت الفيضانات 40 ألف شخص في 6 ولايات، بينهم 12 ألفا في ولاية واحدة.")
    assert got == [(40000, "people", None), (6, "ولايات", None), (12000, "people", None)]


def test_a_part_with_its_own_noun_keeps_it() -> None:
    assert _claims("وقتل 12 شخصا بينهم 4 أطفال.") == [(12, "people", None), (4, "children", None)]


def test_a_magnitude_on_the_richter_scale_without_degrees() -> None:
    assert _claims("وضرب المنطقة زلزال بلغت قوته 6.2 بمقياس ريختر.") == [(6.2, "Richter", "Richter")]
    assert _claims("ووقع الزلزال بقوة 5.8 على مقياس ريختر فجرا.") == [(5.8, "Richter", "Richter")]
