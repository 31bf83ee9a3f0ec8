"""The tagger on the seed corpus, scored the way ../shared/eval/score.py scores timexes."""

from __future__ import annotations

import json

import pytest

from rasad.corpus.dates import infer_published_across
from rasad.document import Document
from rasad.extract.time import timexes

pytestmark = pytest.mark.shared


def _docs(seeds_dir, with_dates: bool) -> tuple[dict, list[Document]]:
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    docs = []
    for g in gold["documents"]:
        doc = Document((seeds_dir / f"{g['id']}.txt").read_text(encoding="utf-8"), id=g["id"])
        if with_dates:
            doc.meta.published, doc.meta.published_how = g["published"], "text"
        docs.append(timexes(doc))
    return gold, docs


def _timex_score(gold: dict, docs: list[Document]) -> float:
    by_id = {d.id: d for d in docs}
    right, seen = 0, {}
    for g in gold["timexes"]:
        doc = by_id[g["doc"]]
        k = seen[(g["doc"], g["text"])] = seen.get((g["doc"], g["text"]), -1) + 1
        starts = [i for i in range(len(doc.text)) if doc.text.startswith(g["text"], i)]
        start = starts[min(k, len(starts) - 1)]
        end = start + len(g["text"])
        hits = [t for t in doc.timexes if t.span.start < end and t.span.end > start]
        value_ok = any(t.value == g["value"] or (t.value or "").startswith(g["value"] + "T") for t in hits
                       if not g.get("mod") or t.mod == g["mod"])
        right += value_ok
    return right / len(gold["timexes"])


def test_timexes_with_known_publication_dates(seeds_dir):
    gold, docs = _docs(seeds_dir, with_dates=True)
    assert _timex_score(gold, docs) >= 0.95


def test_publication_dates_inferred_from_text_and_other_documents(seeds_dir):
    gold, docs = _docs(seeds_dir, with_dates=False)
    infer_published_across(docs)
    got = {d.id: d.meta.published for d in docs}
    assert got == {g["id"]: g["published"] for g in gold["documents"]}
    assert _timex_score(gold, docs) >= 0.95
