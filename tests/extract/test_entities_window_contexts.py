"""The context of a word: the neighbours of its other occurrences within WINDOW sentences."""

from rasad.extract.entities.context import MAX_CONTEXTS, window_contexts
from rasad.extract.entities.words import word_key


def _features(*pairs: tuple[str, str]) -> tuple[str, ...]:
    return tuple(sorted(side + word_key[word] for side, word in pairs))


def test_two_occurrences_read_each_other():
    sentences = [["وصل", "كانافارو", "أمس"], ["قال", "المدرب", "كانافارو", "إن"]]
    out = window_contexts(sentences)
    assert out[0][1] == _features(("ag<", "المدرب"), ("ag>", "إن"))
    assert out[1][2] == _features(("ag<", "وصل"), ("ag>", "أمس"))
    assert out[0][0] == () and out[1][0] == ()


def test_occurrences_beyond_the_window_say_nothing():
    sentences = [["وصل", "كانافارو"], ["قال", "المدرب", "كانافارو"]]
    assert window_contexts(sentences, window=0) == [[(), ()], [(), (), ()]]


def test_three_occurrences_merge_the_others_only():
    sentences = [["وصل", "كانافارو"], ["المدرب", "كانافارو", "قال"], ["غادر", "كانافارو"], ["هذا", "خبر"]] + [
        ["خبر"]
    ] * 3
    out = window_contexts(sentences, window=1)
    assert out[0][1] == _features(("ag<", "المدرب"), ("ag>", "قال"))
    assert out[1][1] == _features(("ag<", "وصل"), ("ag<", "غادر"))
    assert out[2][1] == _features(("ag<", "المدرب"), ("ag>", "قال"))


def test_a_word_with_many_neighbours_gets_none():
    sentences = [[f"كلمة{i}", "بلنسية", f"عبارة{i}"] for i in range(MAX_CONTEXTS)]
    assert all(sentence[1] == () for sentence in window_contexts(sentences, window=MAX_CONTEXTS))
