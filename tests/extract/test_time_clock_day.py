"""A clock time with no day of its own takes the day the narrative named in the sentence before."""

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


def test_a_clock_time_two_sentences_after_the_day_takes_the_publication_day() -> None:
    text = "وقع الزلزال الأحد. وتضررت مئات المنازل. وفي الساعة الثامنة مساء عقدت الحكومة اجتماعا طارئا."
    assert _values(text)[-1][1] == "2019-03-14T20:00"


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
