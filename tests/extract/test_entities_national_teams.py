"""National teams named by their country, an outlet's website, and heads the tagger was not trained with."""

from __future__ import annotations

from rasad.arabic.sentences import split_sentences
from rasad.document import Mention
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.crf import _base
from rasad.extract.entities.patterns import head_nouns


def _by_text(text: str) -> dict[str, Mention]:
    """Mentions by surface, the text split into sentences as the pipeline splits it (a dot inside a word
    ends none)."""
    return {text[m.span.start : m.span.end]: m for m in find_mentions(text, None, split_sentences(text))}


def test_a_team_is_named_by_its_nationality_or_its_country() -> None:
    text = "وقال مدرب المنتخب المغربي إن فريقه جاهز لمواجهة منتخب البرتغال، بينما يلتقي منتخب الأرجنتين نظيره الكرواتي."
    got = _by_text(text)
    for name in ("المنتخب المغربي", "منتخب البرتغال", "منتخب الأرجنتين"):
        assert got[name].type == "ORG", name
    assert "البرتغال" not in got  # the country is inside the team's name
    assert not any(name.startswith("منتخب") for name in _by_text("وغاب اللاعب عن منتخب بلاده بسبب الإصابة."))


def test_the_national_team_is_the_one_team_the_article_named_by_its_country() -> None:
    text = "أعلن مدرب المنتخب التونسي قائمته، ويأمل أن يلحق المهاجم بالمنتخب الوطني قبل كأس العالم."
    got = _by_text(text)
    assert got["المنتخب الوطني"].entity_id == got["المنتخب التونسي"].entity_id
    two = "وفاز المنتخب التونسي على المنتخب الياباني، ويأمل المهاجم أن يلحق بالمنتخب الوطني قبل المباراة المقبلة."
    got = _by_text(two)
    assert got["المنتخب الوطني"].entity_id not in (got["المنتخب التونسي"].entity_id, got["المنتخب الياباني"].entity_id)


def test_an_outlets_website_written_with_a_dot_is_the_outlet() -> None:
    got = _by_text('وقال المتحدث لـ"العربية.نت" إن الأسعار سترتفع الشهر المقبل.')
    assert got["العربية.نت"].entity_id == "kb:o:alarabiya"


def test_a_head_marked_for_the_rules_is_no_feature_of_the_tagger() -> None:
    assert head_nouns()["منتخب"].featured is False
    assert "h" not in _base("منتخب")
    assert _base("وزارة")["h"] == "ORG"  # a head the tagger was trained with keeps its feature
