"""Dates the text counts from another date it names: a year after "لعام", an offset from the date named
before ("وبعدها بخمسة أيام"), a day counted inside a dated message, and counts of weeks back from today."""

from __future__ import annotations

import datetime as dt

from rasad.extract.time import tag

REF = dt.date(2018, 7, 14)


def _values(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {text[t.span.start : t.span.end]: (t.value, t.mod) for t in tag(text, REF)}


def test_a_year_after_lam_belongs_to_the_month_before_it() -> None:
    values = _values("وكتب الوزير في السادس عشر من شهر ديسمبر لعام 2015 رسالة، ثم زار بغداد في شهر أبريل لعام 2016.")
    assert values["في السادس عشر من شهر ديسمبر لعام 2015"] == ("2015-12-16", None)
    assert values["في شهر أبريل لعام 2016"] == ("2016-04", None)


def test_an_offset_counts_from_the_date_named_before() -> None:
    values = _values("وصل الوفد إلى الدوحة في 13 مارس 2016. وبعدها بخمسة أيام غادر، وقبل ذلك بأسبوع كان في بيروت.")
    assert values["وبعدها بخمسة أيام"] == ("2016-03-18", None)
    assert values["وقبل ذلك بأسبوع"] == ("2016-03-11", None)
    assert _values("ترك النادي في عام 2013، ثم عاد إليه بعدها بعام واحد.")["بعدها بعام"] == ("2014", None)
    assert _values("اجتمعا في 2 يناير 2017. وبعد ذلك بنحو شهرين عاد.")["وبعد ذلك بنحو شهرين"] == ("2017-03", "APPROX")


def test_an_offset_with_no_date_before_it_has_no_value() -> None:
    assert _values("وصل الوزير إلى المدينة. وبعد ذلك بيومين غادرها.")["وبعد ذلك بيومين"] == (None, None)
    assert _values("وقع الانفجار في 3 مايو. ثم عاد الهدوء. وساد التوتر. وبعدها بيومين عاد")["وبعدها بيومين"] == (None, None)


def test_a_day_inside_a_dated_message_is_not_counted_from_publication() -> None:
    text = ('وفي شهر أبريل عام 2016، ظهر سليماني في المفاوضات. وأرسل السفير رسالة إلى الوزير قال فيها: '
            '"لقد التقى سليماني بالخاطفين مساء أمس".')
    assert _values(text)["مساء أمس"] == ("2016-04", None)


def test_a_quote_after_a_sentence_of_background_keeps_the_publication_day() -> None:
    text = 'واندلعت الحرب في مارس 2011. وقال الوزير: "نحن اليوم أمام فرصة جديدة".'
    assert _values(text)["اليوم"] == ("2018-07-14", None)


def test_weeks_back_are_days_and_about_makes_them_approximate() -> None:
    values = _values("بدأت الاحتجاجات قبل نحو أسبوع، وكانت الحكومة حذرت منها قبل أسبوعين.")
    assert values["قبل نحو أسبوع"] == ("2018-07-07", "APPROX")
    assert values["قبل أسبوعين"] == ("2018-06-30", None)


def test_the_next_day_and_the_same_day_count_from_the_day_named_before() -> None:
    values = _values("وصل الوزير إلى بغداد في 3 مايو. وفي صباح اليوم التالي التقى الرئيس، وفي اليوم نفسه غادر.")
    assert values["وفي صباح اليوم التالي"] == ("2018-05-04TMO", None)
    assert values["وفي اليوم نفسه"] == ("2018-05-04", None)
    assert _values("وقال المدرب إنه في اليوم التالي سيغادر.")["في اليوم التالي"] == (None, None)


def test_the_day_after_an_event_is_not_counted_from_a_date() -> None:
    values = _values("جرت الانتخابات في 3 مايو، وفي اليوم التالي للانتخابات خرج المحتجون، وفي اليوم السابق على المباراة تحدث.")
    assert not any("التالي" in k or "السابق" in k for k in values)


def test_units_before_or_after_that_count_from_the_date_named_before() -> None:
    values = _values("اعتقل في 3 مايو 2017، وبعد خمسة أيام من ذلك أفرج عنه، وكان قد هدد قبل نحو أسبوعين من ذلك التاريخ.")
    assert values["وبعد خمسة أيام من ذلك"] == ("2017-05-08", None)
    assert values["قبل نحو أسبوعين من ذلك التاريخ"] == ("2017-04-24", "APPROX")
    assert _values("أفرج عنه بعد خمسة أيام من الهجوم.")["بعد خمسة أيام"] == (None, None)
    assert _values("سجل في 3 مايو، وبعد 4 أشهر من ذلك الهدف اعتزل.")["وبعد 4 أشهر"] == (None, None)


def test_a_day_of_the_same_year_takes_the_year_named_last() -> None:
    values = _values("اعتقلته السلطات في العام 2011، ثم أفرجت عنه، واعتقلته مجددا في 9 أبريل من نفس العام.")
    assert values["في 9 أبريل من نفس العام"] == ("2011-04-09", None)
    values = _values("زار الرئيس موسكو في عام 2014. وفي أغسطس من العام ذاته عاد إليها وزيرا.")
    assert values["وفي أغسطس من العام ذاته"] == ("2014-08", None)


def test_the_same_year_is_the_narratives_not_a_quotes() -> None:
    text = ('نشرت الصحيفة في 2 مارس 1950 قرار الاتحاد: «تقام المسابقة هذا العام في القاهرة». '
            'ثم نشرت يوم 19 إبريل من نفس العام خبرا آخر.')
    assert _values(text)["يوم 19 إبريل من نفس العام"] == ("1950-04-19", None)


def test_a_day_that_names_an_event_is_that_events_date() -> None:
    values = _values("غزت الولايات المتحدة أفغانستان بعد هجمات 11 سبتمبر، وشارك الكاتب في ثورة 25 يناير.")
    assert values["11 سبتمبر"] == ("2001-09-11", None)
    assert values["25 يناير"] == ("2011-01-25", None)
    assert _values("وصل الوفد إلى نيويورك في 11 سبتمبر.")["في 11 سبتمبر"] == ("2018-09-11", None)


def test_a_day_that_names_a_group_is_no_time_expression() -> None:
    values = _values("ويتنافس في الانتخابات فريقا قوى 14 آذار وحلفاؤها.")
    assert "14 آذار" not in values
