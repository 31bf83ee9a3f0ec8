"""The seed corpus, scored with the evaluation's own scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from rasad.clean import Cleaner, learn_recurring
from rasad.document import Document
from rasad.pipeline import Pipeline


def _scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("rasad_eval_score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
@pytest.mark.parametrize("recurring", [False, True])
def test_seed_cleaning_keeps_every_body_line(shared_dir: Path, seeds_dir: Path, recurring: bool):
    docs = [Document(p.read_text(encoding="utf-8"), id=p.stem, source=str(p)) for p in sorted(seeds_dir.glob("*.txt"))]
    cleaner = Cleaner(learn_recurring(docs) if recurring else None)
    analysis = {"documents": []}
    for doc in docs:
        cleaner.clean(doc)
        m = doc.meta
        analysis["documents"].append({"id": doc.id, "outlet": m.outlet, "published": m.published,
                                      "published_how": m.published_how, "title": m.title, "body": doc.body_text()})
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    scorer = _scorer(shared_dir).Scorer(gold, analysis, seeds_dir)
    result = scorer.cleaning()
    assert result["body_recall"] == 1.0, result["lost_body_lines"]
    assert result["score"] >= 0.98, result["leaked_lines"]
    assert scorer.published()["score"] >= 0.6


@pytest.mark.shared
def test_clean_component_runs_in_a_pipeline(seeds_dir: Path):
    pipe = Pipeline.from_names(["clean"])
    path = sorted(seeds_dir.glob("*.txt"))[0]
    doc = pipe(Document(path.read_text(encoding="utf-8"), id=path.stem))
    assert {"body", "removed"} <= doc.provided and doc.body and doc.removed
    for block in doc.body:
        assert doc.text[block.span.start : block.span.end].strip() == doc.text[block.span.start : block.span.end]
