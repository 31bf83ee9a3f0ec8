"""A person's name the tagger split in two, where its surname recurs alone in the document, is one name
(`split_people.joined_people`); two people side by side stay two."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.found import Found
from rasad.extract.entities.split_people import joined_people
from rasad.extract.entities.words import split_words


def _joined(text: str, *names: str, kb: tuple[str, ...] = ()) -> list[str]:
    """The names after `joined_people`, given the tagger's persons `names` and the KB's names `kb`."""
    words = split_words(text)
    surfaces = [text[w.span.start : w.span.end] for w in words]

    def found(name: str, source: str) -> Found:
        parts = name.split()
        first = next(i for i in range(len(words)) if surfaces[i : i + len(parts)] == parts)
        return Found(first, first + len(parts), Span(words[first].span.start, words[first + len(parts) - 1].span.end), "PER", source)

    out = joined_people(text, words, [found(n, "model") for n in names], [found(n, "kb") for n in kb])
    return [text[f.span.start : f.span.end] for f in out]


def test_a_given_name_and_the_surname_after_it_are_one_name() -> None:
    assert _joined("وأشاد المدرب بأسطورة الأرجنتين دييغو مارادونا قبل المباراة.", "دييغو", "مارادونا") == ["دييغو مارادونا"]
    assert _joined("وقال إن محمد صلاح سيشارك في المباراة.", "محمد", "صلاح") == ["محمد صلاح"]
    assert _joined("وقال مدرب الفريق زين الدين زيدان إنه متفائل.", "زين الدين", "زيدان") == ["زين الدين زيدان"]


def test_two_people_side_by_side_stay_two() -> None:
    # a verb's subject and object
    assert _joined("وأراح كوبر صلاح في الدقيقة الأخيرة.", "كوبر", "صلاح") == ["كوبر", "صلاح"]
    assert _joined("ويستقبل وسام الحسن محمد شطح بعناق طويل.", "وسام الحسن", "محمد شطح") == ["وسام الحسن", "محمد شطح"]
    # a KB name, a comma, the conjunction, a nationality adjective
    assert _joined("وقال إن ابنته إيفانكا ترامب ستزور البلاد.", "إيفانكا", "ترامب", kb=("ترامب",)) == ["إيفانكا", "ترامب"]
    assert _joined("والتقى سامي، رامي في المقهى.", "سامي", "رامي") == ["سامي", "رامي"]
    assert _joined("وضمت القائمة سامي ورامي.", "سامي", "ورامي") == ["سامي", "ورامي"]
    assert _joined("ويعود الرقم للاعب الأوروغواياني خوسيه باتيستا.", "الأوروغواياني", "خوسيه باتيستا") == [
        "الأوروغواياني",
        "خوسيه باتيستا",
    ]
