"""Words the news uses as common words, by their counts in it, are no names where the tagger alone finds them."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.common_words import common_noun_name
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found


def _texts(text: str) -> list[str]:
    return [text[m.span.start : m.span.end] for m in find_mentions(text)]


def test_militias_are_no_name() -> None:
    for text in (
        "وتمكنت قوات الجيش من أسر عدد كبير من مسلحي الميليشيات الذين حاولوا التسلل إلى المطار.",
        "وسقطت البلدة في أيدي الميليشيات المتمردة بعد معارك عنيفة استمرت أسبوعا.",
        "وقتل العشرات من عناصر الميليشيا في غارات للتحالف على مواقعها شرق المدينة.",
    ):
        assert not [t for t in _texts(text) if "ميليشي" in t]


def _misc(text: str, word: str, source: str = "model") -> Found:
    start = text.index(word)
    return Found(0, 1, Span(start, start + len(word)), "MISC", source)


def test_a_quoted_title_a_known_name_and_a_rare_word_stay_names() -> None:
    assert common_noun_name("قتل عناصر الميليشيات", _misc("قتل عناصر الميليشيات", "الميليشيات"))
    assert not common_noun_name('عرض فيلم "الرحلة" أمس', _misc('عرض فيلم "الرحلة" أمس', "الرحلة"))  # a title
    assert not common_noun_name("خلال المونديال", _misc("خلال المونديال", "المونديال"))  # the World Cup
    assert not common_noun_name("قتل عناصر الميليشيات", _misc("قتل عناصر الميليشيات", "الميليشيات", "kb"))


def test_a_possessed_word_is_no_part_of_a_person() -> None:
    """A noun or verb with a pronoun suffix ("their son", "completed them", "in their place") ends or
    begins no person's name the tagger runs into it."""
    cases = {
        "وأنجبت الممثلة من الفنان محمد فوزي نجلهما عمرو الذي توفي صغيرا.": "محمد فوزي",
        "لكن شقيقه الأكبر جاك جوزيف أتمهما ونشرهما بعد وفاته.": "جاك جوزيف",
        "ودخل مكانهما ميشي باتشوايه ومروان فلايني في الدقائق الأخيرة.": "ميشي باتشوايه",
    }
    for text, name in cases.items():
        people = _texts(text)
        assert name in people and not [t for t in people if name in t and t != name]


def test_names_ending_like_a_suffix_stay_whole() -> None:
    """Foreign surnames and given names whose last letters read as a suffix (Schulkin, Dina, Lina)."""
    for text, name in (
        ("وأقال الرئيس وزير شؤون المحاربين القدامى ديفيد شولكن من منصبه.", "ديفيد شولكن"),
        ("وسيهدي اللاعبون الفوز إلى الحارس الراحل إيفان تورينا.", "إيفان تورينا"),
        ("وشاركت الممثلة دينا الشربيني في المهرجان.", "دينا الشربيني"),
        ("وقالت لينا خليل إن الحملة مستمرة.", "لينا خليل"),
    ):
        assert name in _texts(text)
