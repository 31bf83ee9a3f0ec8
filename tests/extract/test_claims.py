from __future__ import annotations

from rasad.extract.claims import claims_component, find_claims
from rasad.extract.events.component import extract_events
from tests.extract.handmade import make_doc


def _claims(text: str, **kw):  # type: ignore[no-untyped-def]
    doc = make_doc(text, **kw)
    doc.events = extract_events(doc)
    return doc, find_claims(doc)


def test_troops_with_approximation_and_parts() -> None:
    doc, claims = _claims("ولا يزال هناك نحو 3 آلاف و500 جندي أجنبي في البلاد، بينهم 2500 أميركي، من أكثر من 60 دولة.")
    got = [(c.value, c.approx, c.quantity) for c in claims]
    assert got == [(3500, "approx", "troops"), (2500, None, "people"), (60, "more_than", "countries")]
    assert doc.span_text(claims[0].span).startswith("نحو 3 آلاف و500 جندي")


def test_years_dates_labels_and_ordinals_are_not_claims_durations_are() -> None:
    text = ("وفي 5 يناير 2020 تبنى المجلس القرار 2254 بعد ثماني سنوات من الحرب التي بدأت عام 2011، "
            "في الجولة الثالثة من المحادثات، وعمره 51 عاما.")
    _, claims = _claims(text, timexes={"في 5 يناير 2020": ("2020-01-05", None)})
    assert [(c.quantity, c.value, c.unit) for c in claims] == [("duration", 8, "year"), ("duration", 51, "year")]


def test_a_number_before_number_of_counts_what_that_names() -> None:
    _, claims = _claims("وبذلك يرتفع إلى 52 عدد القتلى الذين سقطوا في الاشتباكات منذ الأحد.")
    assert [(c.value, c.quantity) for c in claims] == [(52, "dead")]
    _, claims = _claims("وقدرت الشرطة عدد القتلى بنحو 30 وعدد الجرحى بالعشرات.")
    assert [(c.value, c.quantity) for c in claims] == [(30, "dead")]


def test_a_year_of_light_is_a_distance_not_a_length_of_time() -> None:
    _, claims = _claims("ورصد الفلكيون مجرة صغيرة تبعد عن الأرض نحو 9 مليارات سنة ضوئية، وفق الدراسة.")
    assert [(c.value, c.unit) for c in claims] == [(9e9, "light-year")]
    _, claims = _claims("ويقع النجم على مسافة 650 ألف سنة ضوئية من مجموعتنا الشمسية.")
    assert [(c.value, c.unit) for c in claims] == [(650000, "light-year")]


def test_written_numbers_duals_and_money() -> None:
    _, claims = _claims("استهدف هجوم بطائرتين مسيرتين القاعدة، وخصصت الحكومة 1.5 مليون دولار لإعادة الإعمار، وعاد عشرة آلاف نازح.")
    got = {(c.value, c.quantity, c.unit) for c in claims}
    assert got == {(2, "drones", None), (1500000, "money", "USD"), (10000, "displaced", None)}


def test_percent_and_partitive_pronoun() -> None:
    _, claims = _claims("أطلقت أربعة صواريخ على المطار، واعترضت الدفاعات ثلاثة منها. وارتفعت الأسعار 12 في المئة.")
    got = [(c.value, c.quantity, c.unit) for c in claims]
    assert got == [(4, "rockets", None), (3, "rockets", None), (12, "percent", "percent")]


def test_claim_points_to_its_event() -> None:
    doc, claims = _claims("قتل 7 أشخاص في تفجير استهدف سوقا شعبيا في مدينة الحلة، الجمعة.",
                          mentions={"الحلة": ("GPE", "GPE:حله")}, timexes={"الجمعة": ("2023-06-02", None)})
    [claim] = claims
    assert claim.value == 7 and claim.event is not None
    assert doc.events[claim.event].type == "ASSAULT"


def test_number_of_the_dead() -> None:
    _, claims = _claims("وارتفع عدد القتلى إلى 358 شخصا.")
    assert [(c.value, c.quantity) for c in claims] == [(358, "dead")]


def test_component_fills_the_layer() -> None:
    doc = make_doc("وصل 300 جندي إلى القاعدة.")
    doc.provided.add("events")
    assert [c.value for c in claims_component(doc).claims] == [300]


def test_an_unknown_counted_noun_is_kept_but_not_a_preposition_or_a_clitic_form():
    from rasad.extract.claim_quantities import _bare_noun

    assert _bare_noun("شاحنة") and _bare_noun("مدارس")
    assert not _bare_noun("عن")  # "سجل هدفا بعد 12 عن طريق..."
    assert not _bare_noun("بتسديده")  # "في الدقيقة 88 بتسديدة": a clitic form, not the counted noun
    assert not _bare_noun("العائلات")  # the counted noun is indefinite


def test_a_casualty_number_with_no_noun_after_it_counts_people() -> None:
    _, claims = _claims("وفي 1998 قتل 15 شخصا وأصيب 60 عند انهيار مدرج ملعب في العاصمة، وفقد 7 في الأيام التالية.",
                        timexes={"وفي 1998": ("1998", None)})
    got = [(c.value, c.quantity) for c in claims]
    assert got == [(15, "people"), (60, "people"), (7, "people")]


def test_a_number_with_the_article_counts_the_noun_phrase_before_it() -> None:
    _, claims = _claims("وعلى الحكومة أن تحكم مع نوابها المحافظين الـ52 في المجلس.")
    assert [(c.value, c.quantity) for c in claims] == [(52, "deputies")]
    _, claims = _claims("وألقى الرئيس الـ45 خطابا أمام أنصاره.")  # an ordinal: the 45th president
    assert claims == []


def test_a_number_of_a_groups_members_through_min() -> None:
    _doc, claims = _claims("والتقى الوزير 30 من المسؤولين، وانتقد ترامب واثنان من مستشاريه القرار.")
    got = {(c.quantity, c.value) for c in claims}
    assert ("officials", 30) in got and ("مستشاريه", 2) in got


def test_a_broken_plural_through_min_shows_itself_by_a_plural_relative() -> None:
    _doc, claims = _claims("وبين الناجين 123 من القصر الذين لا يصحبهم أحد، وشارك 40 من العمال الذين أضربوا.")
    got = {(c.quantity, c.value) for c in claims}
    assert ("القصر", 123) in got and ("workers", 40) in got
    assert not _claims("وتلا المادة 54 من الدستور الذي أقره البرلمان.")[1]


def test_a_number_before_min_and_a_singular_is_no_count() -> None:
    text = "ونصت المادة 54 من الدستور على ذلك، وشاركت في نسخة 1998 من البطولة، وسجل في الدقيقة 22 من ضربة جزاء."
    assert not _claims(text)[1]


def test_a_sentence_handed_down_is_a_claim_other_durations_are_lengths_of_time() -> None:
    text = ("وقضت المحكمة بالسجن 15 عاما على 374 متهما، والسجن المؤبد (25 عاما) على 47 آخرين، وقضت بسجن أسامة، "
            "نجل الرئيس السابق، عشر سنوات. وعاش في المنفى 12 عاما، وأمر القاضي بحبس ماريا (29 عاما).")
    got = {(c.quantity, c.value, c.unit) for c in _claims(text)[1]}
    assert {("prison term", 15, "year"), ("prison term", 25, "year"), ("prison term", 10, "year")} <= got
    assert {("duration", 12, "year"), ("duration", 29, "year")} <= got


def test_unions_parties_and_organisations_are_counted() -> None:
    _, claims = _claims("ودعت 15 نقابة مهنية و12 حزبا إلى الإضراب، وأيدته 30 منظمة.")
    got = {(c.quantity, c.value) for c in claims}
    assert {("unions", 15), ("parties", 12), ("organisations", 30)} <= got


def test_frequent_nouns_nationalities_others_and_parts_get_english_quantities() -> None:
    text = ("وحصد الفريق 20 نقطة من 12 مباراة، واعتقلت الشرطة 27 فلسطينيا، وقتل 3 أشخاص وأصيب 5 آخرون، "
            "وسقط 4 قتلى وأصيب 7 آخرون، وصوت 78 من أصل 130 نائبا ضد القانون.")
    got = [(c.value, c.quantity) for c in _claims(text)[1]]
    assert got == [(20, "points"), (12, "matches"), (27, "people"), (3, "people"), (5, "people"), (4, "dead"),
                   (7, "people"), (78, "deputies"), (130, "deputies")]


def test_a_word_that_counts_nothing_makes_no_quantity() -> None:
    text = ("وسجل اللاعب الهدف في الدقيقة 51 قبل أن يضيف زميله الثاني، ضمن رؤية 2030 التي أعلنها، "
            "ولدينا ستة أو سبعة مدربين، وقال 5 كما نقلت الصحيفة.")
    got = [(c.value, c.quantity) for c in _claims(text)[1]]
    assert got == [(6, "مدربين"), (7, "مدربين")]


def test_lengths_of_time_listed_and_dual_are_claims() -> None:
    text = "وقال الطبيب إن غيابه سيستمر بين ثلاثة وأربعة أسابيع، وقال الوزير إن علاجه سيستغرق أسبوعين."
    doc, claims = _claims(text)
    got = [(c.value, c.quantity, c.unit, text[c.span.start : c.span.end]) for c in claims]
    assert got == [(3, "duration", "week", "ثلاثة"), (4, "duration", "week", "وأربعة أسابيع"),
                   (2, "duration", "week", "أسبوعين")]
