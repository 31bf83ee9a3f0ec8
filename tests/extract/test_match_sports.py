"""Scores of other sports: sets chained after a score count, and a score's sides count what its sport scores
(data/match_results.tsv, sport): points in basketball, games in a tennis set, goals where no sport is named."""

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline


def _claims(text: str) -> list[tuple[str, float]]:
    doc = Pipeline.from_names()(Document(text, meta=Meta(published="2018-09-09")))
    return sorted((c.quantity, c.value) for c in doc.claims if c.quantity in ("goals", "games", "points"))


def test_sets_chained_by_wa_after_a_tennis_score_count_games() -> None:
    text = "وفي بطولة ويمبلدون للتنس فازت اللاعبة على منافستها بنتيجة 6-2 و4-6 و7-5 في الدور الثالث."
    assert _claims(text) == sorted([("games", 6), ("games", 2), ("games", 4), ("games", 6), ("games", 7), ("games", 5)])


def test_a_set_glued_to_the_one_before_it_counts() -> None:
    text = "وفاز لاعب التنس الشاب على المصنف الأول 7-6و3-6 و6-1 مساء الخميس."
    assert len(_claims(text)) == 6


def test_a_basketball_score_of_three_digits_counts_points() -> None:
    text = "وفي دوري كرة السلة، تغلب الفريق على ضيفه 104-97 في مباراة مثيرة."
    assert _claims(text) == [("points", 97), ("points", 104)]


def test_the_sport_named_later_in_the_sentence_decides() -> None:
    text = "وفاز الفريق الزائر على مضيفه 88-80 الجمعة في دوري كرة السلة المحلي."
    assert _claims(text) == [("points", 80), ("points", 88)]


def test_a_score_with_no_sport_named_counts_goals() -> None:
    assert _claims("وتغلب النادي على ضيفه 3-1 في مباراة الدوري.") == [("goals", 1), ("goals", 3)]
    assert _claims("وفاز منتخب كرة اليد على نظيره 31-27 في المباراة.") == [("goals", 27), ("goals", 31)]


def test_a_model_of_three_digits_near_a_result_word_is_no_score() -> None:  # a guard
    assert _claims("وخسرت الشركة عقد الطائرات من طراز 737-800 بعد المباراة.") == []


def test_a_score_after_an_inflected_result_word_counts() -> None:
    assert _claims("وحقق الفريق الضيف فوزه الأول بتغلبه على مضيفه 2-1 في الجولة الخامسة.") == [("goals", 1), ("goals", 2)]
    assert _claims("واكتفى المنتخب بالتعادل 1-1 مع ضيفه في مباراة ودية.") == [("goals", 1), ("goals", 1)]
    assert _claims("وفازت اللاعبة في بطولة التنس 6-3 و6-1 على منافستها.") == sorted(
        [("games", 6), ("games", 3), ("games", 6), ("games", 1)])


def test_a_score_side_before_a_weekday_is_no_length_of_time() -> None:
    doc = Pipeline.from_names()(Document("وتغلب النادي على ضيفه 3 - 1 يوم الأحد في الدوري.", meta=Meta(published="2018-09-09")))
    assert sorted((c.quantity, c.value) for c in doc.claims) == [("goals", 1), ("goals", 3)]
