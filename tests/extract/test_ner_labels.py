"""The tagger's label schemes: BIO <-> BILOU, models of either scheme tagging in BIO."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from rasad.extract.entities.crf import Tagger, kb_tags, sentence_features, words_for_forms
from rasad.extract.entities.labels import bio_label, encode, scheme_of, to_bio
from rasad.extract.entities.training import cross_validate, entities, read_conll, train

_SENTENCES = """\
قال B-PERS
سامي I-PERS
الخطيب I-PERS
في O
عمان B-LOC
. O

زار O
رامي B-PERS
مقر O
الأمم B-ORG
المتحدة I-ORG
في O
نيويورك B-LOC
جنيف B-LOC
. O

وصل O
وفد O
من O
مصر B-LOC
"""
_PROBES = (["قال", "رامي", "الخطيب", "في", "عمان"], ["زار", "سامي", "مقر", "الأمم", "المتحدة", "."], ["عمان"], ["مصر", "جنيف"])


def test_bio_to_bilou_marks_last_words_and_one_word_names() -> None:
    bio = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "B-MISC"]
    bilou = ["B-PER", "I-PER", "L-PER", "O", "U-LOC", "B-LOC", "L-LOC", "O", "B-ORG", "L-ORG", "U-MISC"]
    assert encode(bio, "bilou") == bilou
    assert to_bio(bilou) == bio
    assert encode(bio, "bio") == bio
    # a name of one type right after one of another: the I- does not continue the other type's name
    assert encode(["B-PER", "B-LOC", "I-LOC"], "bilou") == ["U-PER", "B-LOC", "L-LOC"]
    assert encode([], "bilou") == [] and encode(["O", "O"], "bilou") == ["O", "O"]


def test_bilou_reads_back_as_bio_label_by_label() -> None:
    assert [bio_label(t) for t in ("U-GPE", "L-ORG", "B-PER", "I-LOC", "O", "S-PER", "E-PER")] == [
        "B-GPE", "I-ORG", "B-PER", "I-LOC", "O", "B-PER", "I-PER",
    ]  # fmt: skip
    # the same names, whichever scheme the tagger spoke
    bio = ["O", "B-PER", "I-PER", "B-PER", "O", "B-LOC"]
    assert entities(to_bio(encode(bio, "bilou"))) == entities(bio) == {(1, 3, "PER"), (3, 4, "PER"), (5, 6, "LOC")}


def test_scheme_told_by_labels() -> None:
    assert scheme_of(["O", "B-PER", "I-PER", "B-LOC"]) == "bio"
    assert scheme_of(["O", "B-PER", "I-PER", "L-PER", "U-LOC"]) == "bilou"
    with pytest.raises(ValueError, match="unknown label scheme"):
        encode(["B-PER"], "ioe")


def _model(tmp_path: Path, labels: str) -> Path:
    data = tmp_path / "tiny.txt"
    data.write_text("\n".join([_SENTENCES] * 4), encoding="utf-8")
    model = tmp_path / f"{labels}.crfsuite"
    train(read_conll(data), model, {"max_iterations": 30, "c1": 0.0}, labels=labels)
    return model


@pytest.mark.parametrize("labels", ["bio", "bilou"])
def test_model_of_either_scheme_tags_crfsuites_labels_in_bio(tmp_path: Path, labels: str) -> None:
    import pycrfsuite

    model = _model(tmp_path, labels)
    reference = pycrfsuite.Tagger()
    reference.open(str(model))
    assert scheme_of(reference.labels()) == labels
    ours = Tagger(model)
    for tokens in _PROBES:
        text, words = words_for_forms(tokens)
        theirs = reference.tag(sentence_features(tokens, kb_tags(text, words)))
        tagged = ours.tag(text, words)
        assert tagged == to_bio(theirs)
        assert all(t == "O" or t[:2] in ("B-", "I-") for t in tagged)
    text, words = words_for_forms(["مصر"])
    assert ours.tag(text, words) == ["B-LOC"]  # learnt as U-LOC in BILOU


@pytest.mark.parametrize("labels", ["bio", "bilou"])
def test_sentences_tagged_together_get_crfsuites_labels(tmp_path: Path, labels: str) -> None:
    """A text's sentences decoded in one batch (`tag_many`: one Viterbi step for the same position of
    every sentence, stem pairs' weights read by their stems) get crfsuite's labels for each sentence."""
    import pycrfsuite

    model = _model(tmp_path, labels)
    reference = pycrfsuite.Tagger()
    reference.open(str(model))
    text, words = words_for_forms([form for tokens in _PROBES for form in tokens])
    sentences, at = [], 0
    for tokens in _PROBES:
        sentences.append(words[at : at + len(tokens)])
        at += len(tokens)
    tagged = Tagger(model).tag_many(text, sentences)
    for tokens, sentence, labels_of_sentence in zip(_PROBES, sentences, tagged, strict=True):
        assert labels_of_sentence == to_bio(reference.tag(sentence_features(tokens, kb_tags(text, sentence))))


def test_person_evidence_of_bilou_model_reads_best_first_and_later_label(tmp_path: Path) -> None:
    ours = Tagger(_model(tmp_path, "bilou"))
    labels = ours.chain.labels
    own = ours._words.table()[ours._words.ids(["سامي", "مقر"]), 0]
    for row, (begin, inside) in zip(own, ours.person_evidence(["سامي", "مقر"]), strict=True):
        other = row[labels.index("O")]
        assert begin == pytest.approx(max(row[labels.index("B-PER")], row[labels.index("U-PER")]) - other)
        assert inside == pytest.approx(max(row[labels.index("I-PER")], row[labels.index("L-PER")]) - other)
    assert ours.person_evidence(["سامي"])[0][0] > ours.person_evidence(["مقر"])[0][0]


def test_name_evidence_reads_each_word_own_weights_again_and_in_a_batch(tmp_path: Path) -> None:
    """Kept per word (`WordScores.own_weights`): a word read again, alone or beside others, scores as the table says."""
    ours = Tagger(_model(tmp_path, "bilou"))
    labels = ours.chain.labels
    forms = ["سامي", "مقر", "سامي"]
    own = ours._words.table()[ours._words.ids(forms), 0]
    expected = [max(row[labels.index("B-PER")], row[labels.index("U-PER")]) - row[labels.index("O")] for row in own]
    assert ours.name_evidence(forms, "PER") == pytest.approx(expected)
    assert ours.name_evidence(["مقر"], "PER") == pytest.approx(expected[1:2])
    assert ours.name_evidence(forms[::-1], "PER") == pytest.approx(expected[::-1])


def test_shipped_model_loads_and_tags_bio() -> None:
    from rasad.extract.entities.crf import shipped_tagger

    tagger = shipped_tagger()
    assert scheme_of(tagger.chain.labels) in ("bio", "bilou")
    text, words = words_for_forms(["قال", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "في", "باريس", "."])
    tags = tagger.tag(text, words)
    assert {t[:2] for t in tags} <= {"O", "B-", "I-"}
    assert (3, 5, "PER") in entities(tags) and (6, 7, "LOC") in entities(tags)


def test_cross_validation_of_chosen_folds_scores_bilou_in_bio(tmp_path: Path) -> None:
    data = tmp_path / "tiny.txt"
    data.write_text("\n".join([_SENTENCES] * 4), encoding="utf-8")
    sentences = read_conll(data)
    results = cross_validate(sentences, 4, tmp_path, {"max_iterations": 20}, labels="bilou", folds=[1])
    assert len(results) == 1
    gold = sum(len(entities(tags)) for _, tags in sentences[3:6])  # fold 1 of 4: sentences 3 to 5
    score = results[0]["tagger"]
    assert score.tp + score.fn == gold and score.tp > 0


def test_train_command_takes_labels_and_folds(tmp_path: Path) -> None:
    from rasad.cli import build_parser
    from rasad.commands.train import run_ner

    data = tmp_path / "tiny.txt"
    data.write_text("\n".join([_SENTENCES] * 4), encoding="utf-8")
    args = build_parser().parse_args(["train", "ner", "--data", str(data), "--keep-clusters", "--out", str(tmp_path / "m.crfsuite"),
                                      "--labels", "bilou", "--iterations", "5"])  # fmt: skip
    out = io.StringIO()
    assert run_ner(args, stdout=out) == 0
    assert "bilou labels" in out.getvalue()
    assert scheme_of(Tagger(tmp_path / "m.crfsuite").chain.labels) == "bilou"
    args = build_parser().parse_args(["train", "ner", "--data", str(data), "--cv", "4", "--folds", "0,3", "--iterations", "5"])
    out = io.StringIO()
    assert run_ner(args, stdout=out) == 0
    assert "(folds 0,3: " in out.getvalue()
    with pytest.raises(SystemExit):
        build_parser().parse_args(["train", "ner", "--cv", "4", "--folds", "0;2"])


def test_pair_rows_read_each_pair_feature_by_its_two_stems() -> None:
    from rasad.extract.entities.decode import LinearChain
    from rasad.extract.entities.feature_rows import pair_rows

    state = {("ss=قال|سامي", "O"): 1.0, ("ss+=قال|سامي", "O"): 2.0, ("ss=أ|ب|ج", "O"): 3.0, ("s=قال", "O"): 4.0}
    chain = LinearChain(["O", "B-PER"], state, {})
    rows = pair_rows(chain)
    index, none = chain.index, chain.none
    assert rows[("قال", "سامي")] == (index["ss=قال|سامي"], index["ss+=قال|سامي"])  # seen from the right word, from the left
    assert rows[("أ", "ب|ج")] == rows[("أ|ب", "ج")] == (index["ss=أ|ب|ج"], none)  # a stem may hold |
    assert len(rows) == 3


def test_chain_of_more_labels_than_a_byte_holds_is_refused() -> None:
    from rasad.extract.entities.decode import LinearChain

    labels = ["O"] + [f"B-T{i}" for i in range(256)]
    with pytest.raises(ValueError, match="257 labels"):
        LinearChain(labels, {("w", "O"): 1.0}, {})
