"""A score of a play-off series counts matches won (data/match_results.tsv, series), and two tennis sets in a row
are a score with no result word and games where no sport is named."""

from rasad.document import Document, Meta
from rasad.pipeline import Pipeline


def _claims(text: str, kinds: tuple[str, ...] = ("goals", "games", "points", "wins")) -> list[tuple[str, float]]:
    doc = Pipeline.from_names()(Document(text, meta=Meta(published="2018-09-09")))
    return sorted((c.quantity, c.value) for c in doc.claims if c.quantity in kinds)


def test_a_series_score_counts_wins_not_points() -> None:
    text = "وفي دوري كرة السلة الأميركي، تقدم فريق الرعد على منافسه 2-1 في السلسلة التي تحسم على أساس الأفضل في سبع مباريات."
    assert _claims(text) == [("wins", 1), ("wins", 2)]


def test_a_game_score_before_its_series_keeps_its_points() -> None:
    text = "وفي دوري كرة السلة، فاز الفريق على ضيفه 104-97 في المباراة الأولى من السلسلة."
    assert _claims(text) == [("points", 97), ("points", 104)]


def test_sets_with_no_sport_named_count_games() -> None:
    text = "وتغلب اللاعب الصربي على منافسه الألماني 6-3 و7-6 في الدور الثاني من الدورة."
    assert _claims(text) == sorted([("games", 6), ("games", 3), ("games", 7), ("games", 6)])


def test_two_sets_in_a_row_are_a_score_without_a_result_word() -> None:
    text = "وأنهت اللاعبة الروسية مشوار منافستها المصنفة الثالثة 6-2 و6-4 مساء الخميس."
    assert _claims(text) == sorted([("games", 6), ("games", 2), ("games", 6), ("games", 4)])


def test_a_lone_pair_without_a_result_word_is_no_score() -> None:
    assert _claims("ووصل عدد المشاركين في الدورة 6-7 آلاف متسابق من عشرين بلدا.") == []
