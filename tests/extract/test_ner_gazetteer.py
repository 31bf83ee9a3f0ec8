"""Name cues counted from unlabelled news (the tagger's `gz` feature)."""

from __future__ import annotations

import json
from pathlib import Path

from rasad.arabic.normalize import norm
from rasad.extract.entities.gazetteer import _cue, train_gazetteer
from rasad.extract.entities.words import _WORD


def _cues(text: str) -> dict[str, str | None]:
    raw = [m.group() for m in _WORD.finditer(text)]
    words = [norm(w) for w in raw]
    return {raw[i]: _cue(raw, words, i) for i in range(len(raw))}


def test_cues_after_given_names_titles_and_heads() -> None:
    cues = _cues("وقال الشيخ يوسف القرضاوي إن وزارة الصحة أعلنت")
    assert cues["القرضاوي"] == "PER"  # after a given name
    assert cues["يوسف"] == "PER"  # after a title
    assert cues["الصحة"] == "ORG"  # after a head noun
    assert cues["إن"] is None


def test_no_cue_after_a_preposition_that_folds_to_a_name_or_for_a_title_complement() -> None:
    cues = _cues("قتل على الأقل عشرة وقال وزير الخارجية")
    assert cues["الأقل"] is None  # على folds to علي (Ali) but is the preposition
    assert cues["الخارجية"] is None  # وزير الخارجية: the title's complement, not a name


def test_train_gazetteer_keeps_words_cued_often_enough(tmp_path: Path) -> None:
    news = tmp_path / "news.jsonl"
    lines = ["وقال الشيخ يوسف القرضاوي إن الحرب انتهت"] * 4 + ["وأعلنت وزارة الصحة أن المستشفى"] * 2 + ["القرضاوي"] * 20
    news.write_text("\n".join(json.dumps({"text": t}) for t in lines), encoding="utf-8")
    out = tmp_path / "cues.tsv"
    assert train_gazetteer(news, out) == 1
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    # القرضاوي: 4 cued of 24 (below the share); يوسف: 4 of 4; الصحة: 2 cued, too few
    assert rows == [["يوسف", "PER", "4", "4"]]
