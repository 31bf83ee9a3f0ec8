"""The temporal tagger, one rule family at a time, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def found(text: str, ref: dt.date | None = REF) -> list[tuple[str, str | None, str | None]]:
    return [(text[t.span.start : t.span.end], t.value, t.mod) for t in tag(text, ref)]


def only(text: str, ref: dt.date | None = REF) -> tuple[str | None, str | None]:
    (hit,) = found(text, ref)
    return hit[1], hit[2]


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الوفد إلى الرباط في 12 فبراير 2017 لإجراء محادثات", "2017-02-12"),
    ("افتتح المعرض في 3 شباط/فبراير 2016", "2016-02-03"),
    ("عقدت الجلسة في 4 جوان 2015 بالعاصمة", "2015-06-04"),
    ("صدر القرار بتاريخ 7/11/2018 عن المحكمة", "2018-11-07"),
    ("نشر التقرير 2018-11-07 على الموقع", "2018-11-07"),
    ("— Some One (@someone) March 3, 2019", "2019-03-03"),
    ("وقعت الاتفاقية في الخامس عشر من أيلول 2012", "2012-09-15"),
    ("وقعت الاتفاقية في الحادي والثلاثين من أكتوبر 2010", "2010-10-31"),
    ("وصل الوفد إلى بغداد في 3 تشرين ثاني 2020", "2020-11-03"),
    ("وصدر الكتاب بتاريخ ( 26 / 4 / 1948 ) في يافا", "1948-04-26"),
])
def test_full_dates_in_every_month_system(text, value):
    assert only(text)[0] == value


@pytest.mark.parametrize(("text", "value"), [
    ("وقال الناطق إن الهجوم وقع في 20 ديسمبر الماضي", "2018-12-20"),
    ("وأكد أن الانفجار وقع في الثالث من مارس الماضي", "2019-03-03"),  # the current month, before REF
    ("وأكد أن الانفجار وقع في 20 مارس الماضي", "2018-03-20"),  # after REF in the current month: last year's
    ("وكان الطرفان قد التقيا في 2 آذار الجاري", "2019-03-02"),
    ("ستعقد القمة في 10 أبريل المقبل", "2019-04-10"),
    ("وانطلقت الحملة في 25 فبراير", "2019-02-25"),
    ("من المقرر أن تنتهي المهلة بحلول 30 يونيو", "2019-06-30"),
    ("وتعود القضية إلى 28 نوفمبر حين اعتقل", "2018-11-28"),
    ("تغادر بريطانيا الاتحاد في 29 آذار/مارس من العام المقبل", "2020-03-29"),
])
def test_day_and_month_take_the_year_the_context_points_at(text, value):
    assert only(text)[0] == value


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("تراجعت الأسعار في يناير الماضي", "2019-01", None),
    ("تراجعت الأسعار في أيلول الماضي", "2018-09", None),
    ("وتبدأ المرحلة الثانية في مايو المقبل", "2019-05", None),
    ("تمت الزيارة في حزيران 2014", "2014-06", None),
    ("وأعلن انتهاء الحرب في مايو/ أيار عام 2003", "2003-05", None),
    ("وقعت الحادثة في 5 أيار من عام 2011", "2011-05-05", None),
    ("زار الوزير تونس في أوت 2016", "2016-08", None),
    ("وكانت المفاوضات قد بدأت في أكتوبر", "2018-10", None),
    ("وكانت المفاوضات قد بدأت في مطلع نوفمبر/ تشرين الثاني الماضي", "2018-11", "START"),
    ("تنتهي الأشغال أواخر تموز/يوليو المقبل", "2019-07", "END"),
    ("عاد اللاجئون في منتصف كانون الثاني", "2019-01", "MID"),
])
def test_months(text, value, mod):
    assert only(text) == (value, mod)


def test_month_names_that_are_also_words_need_a_cue():
    assert found("التقى الوزير تيريزا ماي في لندن") == []
    assert found("وقال إن الحزب مارس ضغوطا كبيرة") == []
    assert only("تعقد الانتخابات في ماي 2021")[0] == "2021-05"


@pytest.mark.parametrize(("text", "value"), [
    ("أعلنت الحكومة اليوم الخميس خطة جديدة", "2019-03-14"),
    ("وقالت الوزارة أمس إن المفاوضات مستمرة", "2019-03-13"),
    ("وقع الانفجار يوم أمس الأربعاء", "2019-03-13"),
    ("وكانت الشرطة قد اعتقلت أول أمس الثلاثاء ثلاثة أشخاص", "2019-03-12"),
    ("وجرت الانتخابات البارحة", "2019-03-13"),
    ("ويصل الوفد غداً إلى القاهرة", "2019-03-15"),
    ("وتنطلق المباراة بعد غد", "2019-03-16"),
])
def test_relative_days(text, value):
    assert only(text)[0] == value


def test_part_of_day_keeps_the_day():
    value, _ = only("سقطت قذائف صباح اليوم على الحي")
    assert value is not None and value.startswith("2019-03-14T")
    value, _ = only("هزت انفجارات العاصمة الليلة الماضية")
    assert value is not None and value.startswith("2019-03-13T")


@pytest.mark.parametrize(("text", "value"), [
    ("وقال الرئيس الخميس إن بلاده لن تتراجع", "2019-03-14"),
    ("والتقى الوزير الثلاثاء نظيره الفرنسي", "2019-03-12"),
    ("وكان الجيش قد أعلن الجمعة الماضي عن العملية", "2019-03-08"),
    ("وسيزور الرئيس باريس السبت", "2019-03-16"),
    # a سـ verb is known by its bare present form, whatever letter follows the prefix ...
    ("وقال المدرب إن اللاعب سينتقل الثلاثاء إلى مدريد", "2019-03-19"),
    ("وسيكون الفريق جاهزا لمباراة الأحد", "2019-03-17"),
    ("وسيواجهون منافسهم السبت", "2019-03-16"),
    # ... where a noun or a name of the same shape is no future cue
    ("ودخلت سيارات الإسعاف المدينة الثلاثاء", "2019-03-12"),
    ("وفاز سيرغي بالسباق الأحد", "2019-03-10"),
    # a past verb with an object pronoun beside the weekday outweighs the sentence's future verb
    ("وستكرر الوزيرة أمام النواب التأكيد الذي أعلنته يوم السبت", "2019-03-09"),
    ("ويعقد المجلس جلسته الاثنين المقبل", "2019-03-18"),
    ("وتظاهر الآلاف مساء الأحد في الساحة", "2019-03-10TEV"),
    # an imperfective verb of a scheduled act beside a bare weekday points forward, past the clause's past cue
    ("وتم إبلاغ الوزير الذي يبدأ السبت جولة في المنطقة", "2019-03-16"),
    ("وقال المنظمون إن الدورة تنطلق الاثنين بمشاركة عشرين فريقا", "2019-03-18"),
    ("وأعلن الاتحاد أن البطولة التي تنتهي الأحد تقام بلا جمهور", "2019-03-17"),
    # but not from far away: the past verb beside the weekday wins
    ("وذكرت الصحيفة أن الوزير وصل الثلاثاء إلى العاصمة حيث يلتقي نظيره", "2019-03-12"),
])
def test_weekdays_follow_tense_and_modifiers(text, value):
    assert only(text)[0] == value


def test_weekday_name_without_article_is_a_name():
    assert found("قال وزير الدفاع جمعة عناد إن القوات جاهزة") == []


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("ارتفعت الصادرات الشهر الماضي", "2019-02", None),
    ("سجلت البلاد نموا العام الماضي", "2018", None),
    ("وتراجعت المبيعات خلال السنة الماضية", "2018", None),
    ("ويتوقع البنك نموا العام المقبل", "2020", None),
    ("وأكد أن الانسحاب يتم قبل نهاية العام الحالي", "2019", "END"),
    ("بدأت الحملة الأسبوع الماضي", "2019-W10", None),
    ("تعقد الجولة المقبلة الأسبوع القادم", "2019-W12", None),
    ("أجريت الانتخابات منذ بداية الشهر الجاري", "2019-03", "START"),
    ("وقد بلغ عدد الهجمات خمسين منذ مطلع العام", "2019", "START"),
    ("انتهت المهمة بنهاية العام 2016", "2016", "END"),
    ("في أواسط 2015 بدأت الأزمة", "2015", "MID"),
    ("وقعت الأحداث في الأيام الأولى من العام الجاري", "2019-01", "START"),
])
def test_relative_units_and_boundaries(text, value, mod):
    assert only(text) == (value, mod)


@pytest.mark.parametrize(("text", "value"), [
    ("تأسست الشركة عام 1998 في دبي", "1998"),
    ("ومنذ 2011 تعيش البلاد أزمة", "2011"),
    ("بلغ الإنتاج ذروته في العام 2005م", "2005"),
    ("سافر إلى الخارج صيف 2013", "2013-SU"),
    ("ضربت موجة برد البلاد الشتاء الماضي", "2018-WI"),
    ("انتشرت الظاهرة في الثمانينيات", "198"),
    ("ولد في خمسينيات القرن الماضي", "195"),
    ("وشارك والده في حرب 1967 على الجبهة", "1967"),
    ("ومنذ انتخابات 2018 تغيرت الخريطة السياسية", "2018"),
])
def test_years_seasons_and_decades(text, value):
    assert only(text)[0] == value


@pytest.mark.parametrize(("text", "values"), [
    ("وفاز بمقعده في العامين 2009 و 2011 عن الدائرة نفسها", ["2009", "2011"]),
    ("وعمل سفيرا في عام 2003 و 2004 و 2005", ["2003", "2004", "2005"]),
    ("وقتل بين 1500 و 2000 شخص في المعارك", []),  # counts, not years: no year names the first
])
def test_years_listed_with_a_spaced_waw_are_years(text, values):
    assert [t.value for t in tag(text, dt.date(2018, 5, 24))] == values


@pytest.mark.parametrize("text", [
    "نشرت الحكومة 2500 جندي على الحدود",
    "وتسلمت القوات 1800 مركبة",
    "فجر انتحاري نفسه قرب نقطة تفتيش",
    "احتفلت البلاد باليوم الوطني",
    "قالت قناة روسيا اليوم إن الوفد وصل",
    "وتحدث الأمين العام عن الأزمة",
    "شهدت المنطقة أحداث الربيع العربي",
    "وخرج المتظاهرون في ذكرى ثورة يناير",
])
def test_words_that_look_like_time_but_are_not(text):
    assert [v for _, v, _ in found(text) if v] == []


@pytest.mark.parametrize("text", [
    "وقعت ثلاث هجمات خلال 3 أيام",
    "تعيش العائلة في المخيم منذ سبع سنوات",
    "وتوعدت الفصائل منذ أيام بالرد",
    "تصاعدت الهجمات في الأسابيع الماضية",
    "على مدى الأشهر القليلة الماضية تراجعت الليرة",
    "وقد يستمر ذلك لثلاث سنوات",
])
def test_durations_and_vague_expressions_get_no_value(text):
    hits = found(text)
    assert hits and all(value is None for _, value, _ in hits)


def test_ago_with_a_count_is_a_date():
    assert only("وصل اللاجئون قبل ثلاثة أيام")[0] == "2019-03-11"
    assert only("انتخب رئيسا قبل عامين")[0] == "2017"
    assert only("وقع الهجوم بعد يومين من الزيارة") == (None, None)


@pytest.mark.parametrize(("text", "value"), [
    ("وصل الوفد الساعة العاشرة صباحاً اليوم", "2019-03-14T10:00"),
    ("بدأ القصف في الساعة الثالثة فجر أمس", "2019-03-13T03:00"),
    ("انطلقت المسيرة في الرابعة والنصف عصر الجمعة الماضي", "2019-03-08T16:30"),  # no الساعة: after في
    ("وستبدأ الجلسة الساعة 11:30 مساء الأحد المقبل", "2019-03-17T23:30"),
])
def test_clock_times_attach_to_their_day(text, value):
    values = [v for _, v, _ in found(text) if v]
    assert values == [value]


def test_hijri_dates_convert_and_pair_with_gregorian():
    assert only("الخميس الموافق 21/10/1436هـ")[0] == "2015-08-06"
    assert only("صدر الأمر في 1 رمضان 1440 هـ")[0] == "2019-05-06"
    (hit,) = found("الأحد 5 مايو 2019م الموافق 30 شعبان 1440هـ")
    assert hit[1] == "2019-05-05"


def test_merged_expression_covers_its_parts():
    text = "وقال المتحدث مساء اليوم الجمعة (15 آذار 2019) إن الوفد غادر"
    (hit,) = found(text)
    assert hit[0] == "مساء اليوم الجمعة (15 آذار 2019)" and hit[1] == "2019-03-15TEV"


def test_without_reference_relative_expressions_have_no_value():
    hits = found("وصل أمس الأربعاء ويغادر في 5 أبريل 2019", ref=None)
    assert [v for _, v, _ in hits] == [None, "2019-04-05"]


def test_spans_point_at_the_original_text_with_diacritics_and_indic_digits():
    text = "وَقَعَ الحادثُ في ١٢ مارسَ ٢٠١٨ صباحاً"
    (hit,) = found(text)
    assert hit[0] == "في ١٢ مارسَ ٢٠١٨" and hit[1] == "2018-03-12"


def test_a_year_joined_by_waw_to_a_year_is_a_year_but_not_a_count() -> None:
    assert [v for _, v, _ in found("فشلت محاولتان سابقتان (في 1998 و2004 و2009) في البرلمان")] == ["1998", "2004", "2009"]
    assert [v for _, v, _ in found("تلقى المستشفى 1998 و2004 طلبات")] == []  # no year before them


def test_a_weekday_after_an_expectation_word_with_waw_points_forward() -> None:
    # REF is a Thursday: the coming Monday is 18 March, the last one 11 March
    assert only("ومن المتوقع أن يتسلم الوزير مهامه، الاثنين، في مقر الوزارة")[0] == "2019-03-18"
    assert only("قبل اجتماع للمجلس متوقع الاثنين في العاصمة")[0] == "2019-03-18"


def test_a_future_verb_in_the_reported_clause_does_not_move_the_day_of_saying() -> None:
    assert only("ولمح الوزير، الاثنين، إلى أنه سيستقيل من منصبه")[0] == "2019-03-11"
    assert only("وسيزور الوزير الاثنين مدينة الموصل")[0] == "2019-03-18"


def test_years_are_no_future_verb() -> None:
    assert [v for _, v, _ in found("وأفرج عنه الثلاثاء بعد سنوات من السجن")] == ["2019-03-12", None]


def test_a_clock_time_with_a_comma_needs_a_time_zone_or_saat() -> None:
    assert [(s, v) for s, v, _ in found("افتتحت الجلسة قرابة 10,30 ت غ في البرلمان")] == [("10,30 ت غ", "2019-03-14T10:30")]
    assert [v for _, v, _ in found("وأدى اليمين في الساعة 12،00 بالتوقيت المحلي")] == ["2019-03-14T12:00"]
    assert found("ارتفع المؤشر 10,30 نقطة") == []


@pytest.mark.parametrize(("text", "value"), [
    ("دخل الصحفي القنصلية في الثاني من الشهر الحالي ولم يخرج", "2019-03-02"),
    ("وتنتهي المهلة في 20 من هذا الشهر", "2019-03-20"),
    ("وقع الحادث في العاشر من الشهر الماضي", "2019-02-10"),
    ("تبدأ الجولة في الخامس عشر من الشهر المقبل", "2019-04-15"),
])
def test_a_day_of_the_month_counted_from_the_reference(text: str, value: str) -> None:
    assert [v for _, v, _ in found(text) if v and len(v) == 10] == [value]


def test_a_day_of_a_month_told_before_is_no_day_of_this_month() -> None:
    # "من الشهر نفسه": the month named before, which a day alone cannot tell
    assert [v for _, v, _ in found("في يناير، وفي العاشر من الشهر نفسه وقع الحادث")] == ["2019-01"]


@pytest.mark.parametrize("text", [
    "حيث يلتقي الزعيم الكوري الشمالي كيم جونغ أون الثلاثاء.",
    "ويستضيف المنتخب الفرنسي نظيره الإيطالي يوم الثلاثاء.",
])
def test_a_scheduled_act_in_the_present_with_its_subject_and_object_before_the_weekday_is_coming(text) -> None:
    assert only(text) == ("2019-03-19", None)


def test_a_present_verb_past_a_comma_does_not_reach_the_weekday() -> None:
    assert only("ويلتقي الوزير نظيره الفرنسي في باريس، بعد اجتماع عقده الثلاثاء.") == ("2019-03-12", None)


@pytest.mark.parametrize("text", [
    "وقال رئيس حزب الغد إن الحكومة ستتغير",  # a party's name, not tomorrow
    "ونقلت صحيفة الغد الأردنية عن مصادر رسمية",
    "وأصيب أكثر من 2000 آخرين في الاشتباكات",  # a bound of a count, not a year
])
def test_names_and_counts_that_look_like_time_are_not(text):
    assert tag(text, dt.date(2018, 6, 7)) == []


def test_a_day_of_the_month_named_last() -> None:
    text = "ويلعب المنتخب مباراته الأولى في 12 يونيو، والثانية في 17 منه. وتنص المادة 15 منه على ذلك."
    assert [(s, v) for s, v, _ in found(text)] == [("في 12 يونيو", "2019-06-12"), ("في 17 منه", "2019-06-17")]


def test_a_hijri_holiday_named_without_a_year_is_its_nearest_day_by_tense() -> None:
    ref = dt.date(2018, 5, 31)
    assert found("وتلعب مصر يوم 15 يونيو الذي يوافق أول أيام عيد الفطر", ref)[-1][:2] == ("أول أيام عيد الفطر", "2018-06-15")
    assert found("وأغلقت الأسواق في ثاني أيام عيد الأضحى", dt.date(2018, 9, 1))[-1][:2] == ("في ثاني أيام عيد الأضحى", "2018-08-22")
    assert found("ويعرض الفيلم في عيد الفطر المقبل", dt.date(2018, 7, 1))[-1][:2] == ("في عيد الفطر المقبل", "2019-06-04")
