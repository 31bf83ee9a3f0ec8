"""A clock time with no day of its own takes the day the narrative named in the sentence before, else the first
day the report told (its news day), else the publication day."""

from __future__ import annotations

import datetime as dt

from rasad.extract.time import tag

REF = dt.date(2019, 3, 14)  # a Thursday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(text[t.span.start : t.span.end], t.value) for t in tag(text, REF)]


def test_a_clock_time_takes_the_day_of_the_sentence_before() -> None:
    text = ("واندلع الحريق في المصنع قبل ظهر الأحد بوقت قصير. "
            "ثم امتدت النيران إلى المنازل المجاورة في حوالي الساعة الرابعة مساء بالتوقيت المحلي.")
    assert _values(text)[-1] == ("الساعة الرابعة مساء بالتوقيت المحلي", "2019-03-10T16:00")


def test_a_day_said_inside_a_quote_is_not_the_narratives_day() -> None:
    text = 'وقال المتحدث "سنعقد الاجتماع الخميس المقبل". ووصل الوفد في الساعة العاشرة صباحا.'
    assert _values(text)[-1][1] == "2019-03-14T10:00"


def test_a_clock_time_further_on_takes_the_first_day_the_report_told() -> None:
    # the report's news day, named in its lead, not the publication day (ANT: 64 right, 3 wrong of 81 changes)
    text = ("قتل ثلاثة أشخاص في انفجار استهدف سوقا شعبية في المدينة مساء الأحد. وتضررت مئات المحال. "
            "وقالت الشرطة إن الانفجار وقع في الساعة الثامنة مساء بالتوقيت المحلي.")
    assert _values(text)[-1][1] == "2019-03-10T20:00"


def test_a_day_told_inside_a_quote_or_on_a_dateline_is_not_the_news_day() -> None:
    text = ("تصادم قطاران قرب العاصمة.\n12 مارس 2019\n"
            'وقال الوزير "سنعلن النتائج الثلاثاء". وتضررت عربتان. ووقع التصادم في الساعة السابعة صباحا.')
    assert _values(text)[-1][1] == "2019-03-14T07:00"


def test_a_day_ahead_or_long_past_in_the_sentence_before_is_not_the_narratives_day() -> None:
    ahead = "اعتقلت الشرطة المعارض قبل الانتخابات التي تجرى في 25 مارس. وهبطت طائرته حوالي الساعة التاسعة مساء."
    assert _values(ahead)[-1][1] == "2019-03-14T21:00"
    background = "وهي زيارته الأولى منذ انتخابه في 2 فبراير. وقد وصل إلى العاصمة قرابة الساعة 12,00 ت غ."
    assert _values(background)[-1][1] == "2019-03-14T12:00"


def test_a_clock_time_in_a_future_clause_does_not_take_the_day_before() -> None:
    text = "اجتمع الوزراء أمس. وسيجتمع الممثلون عند الساعة العاشرة في مقر المنظمة."
    assert _values(text)[-1][1] == "2019-03-14T10:00"


def test_the_first_day_of_the_sentence_before_is_the_narratives() -> None:
    text = "تراجعت الليرة الجمعة، مقتربة من المستوى الذي لامسته قبل يوم. وفي الساعة 06:18 بتوقيت غرينتش كانت الليرة عند 4.2."
    assert _values(text)[-1][1] == "2019-03-08T06:18"


def test_the_future_auxiliary_keeps_a_clock_time_off_the_day_before() -> None:
    text = "شيع بعض الضحايا أمس. وفي يوم الحداد، سيتم إطفاء الأضواء من الساعة العاشرة مساء."
    assert _values(text)[-1][1] == "2019-03-14T22:00"


def test_an_hour_word_without_al_saa_after_a_cue_is_a_clock_time() -> None:
    text = "وفتحت مراكز الاقتراع أبوابها الأحد عند السابعة صباحا، على أن يتواصل التصويت حتى نحو السابعة مساء."
    assert [v for _, v in _values(text)][-2:] == ["2019-03-10T07:00", "2019-03-10T19:00"]


def test_a_range_of_bare_hours_closes_on_the_second_hour() -> None:
    text = "وستدوم موجة الحر بين الثامنة صباحا والرابعة عصرا."
    assert [v for _, v in _values(text)] == ["2019-03-14T08:00", "2019-03-14T16:00"]


def test_a_bare_hour_takes_the_part_of_the_day_that_follows() -> None:
    assert _values("وبدأ التصويت في تمام الثامنة صباح الأحد") == [("الثامنة صباح الأحد", "2019-03-10T08:00")]


def test_an_ordinal_without_a_cue_or_a_half_is_not_a_clock_time() -> None:
    assert _values("وفاز الفريق في الجولة الثانية مساء الأحد") == [("مساء الأحد", "2019-03-10TEV")]
    assert _values("وفي الثانية ظهر الفريق أقوى بكثير") == []


def test_an_approximator_before_a_clock_time_makes_it_approximate() -> None:
    (about,) = tag("وقال أحد الناجين إنهم بقوا في الماء حتى نحو الخامسة صباحا.", REF)
    assert (about.value, about.mod) == ("2019-03-14T05:00", "APPROX")
    (exact,) = tag("ووقع الانفجار عند الساعة الخامسة صباحا.", REF)
    assert exact.mod is None


def test_a_part_of_the_day_without_an_hour_takes_the_narratives_day() -> None:
    text = "شنت الطائرات غارات على المدينة مساء الأحد. واستمر القصف طوال الليل في الأحياء الشرقية."
    assert _values(text)[-1] == ("طوال الليل", "2019-03-10TNI")
    assert _values("وانقضت المهلة في منتصف الليل بعد اجتماع عقد الأحد.")[0] == ("في منتصف الليل", "2019-03-10TNI")


def test_a_part_of_the_day_in_a_text_that_tells_no_day_is_generic() -> None:
    assert _values("وينصح الخبراء بعدم ترك الهاتف على الشاحن طوال الليل.") == []
    assert _values("يعاني اللاعب من آلام في الظهر.") == []


def test_after_noon_sets_the_half_of_the_hour_before_it() -> None:
    text = "وعقد المجلس جلسته الأربعاء الساعة الثالثة بعد الظهر بتوقيت نيويورك."
    assert _values(text)[0][1] == "2019-03-13T15:00"


def test_a_day_told_after_the_clock_in_another_clause_is_not_the_clocks() -> None:
    text = ("وارتفع سعر الذهب في المعاملات الفورية 0.3 بالمئة إلى 1300 دولار للأوقية عند الساعة 0109 بتوقيت غرينتش "
            "بعد ارتفاعه واحدا بالمئة الأربعاء.")
    assert _values(text)[0] == ("عند الساعة 0109 بتوقيت غرينتش", "2019-03-14T01:09")
    text = "واستؤنف العمل في الميناء الساعة السابعة صباحا، بعد أن أغلق الثلاثاء بسبب العاصفة."
    assert _values(text)[0] == ("الساعة السابعة صباحا", "2019-03-14T07:00")
    # a day in the clock's own clause, after it, is still its day
    assert _values("وهبطت الطائرة عند الساعة 13:20 يوم الثلاثاء.")[0][1] == "2019-03-12T13:20"
