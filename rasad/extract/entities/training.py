"""Training and evaluating the CRF tagger on CoNLL-style NER data (ANERcorp).

`read_conll` reads `token TAG` lines (blank line between sentences), maps
ANERcorp's PERS to PER, and repairs BIO (an I- that starts an entity becomes
B-). `train` fits the model with python-crfsuite; `cross_validate` reports
entity-level precision, recall and F1 (exact span and type) over k
contiguous folds, so sentences of one article stay in one fold. The model
may learn BILOU labels instead of BIO (`labels`); it is scored in BIO, as
it tags.

Sentences of another corpus (`extra`: WikiFANE) can join the training data
with "frustratingly easy" domain adaptation (Daumé III 2007): each of their
features also appears in a copy prefixed `EXTRA` that only they have, so
where that corpus's annotation differs from ANERcorp's (it has no MISC like
ANERcorp's currencies and events) the copies take the difference and the
shared weights, the only ones tagging reads, stay fit for ANERcorp. Only
ANERcorp sentences are ever scored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rasad.errors import UsageError
from rasad.extract.entities.context import window_contexts
from rasad.extract.entities.crf import EXTRA, kb_tags, sentence_features, words_for_forms
from rasad.extract.entities.labels import encode

log = logging.getLogger(__name__)

TAG_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC", "GPE": "LOC", "FAC": "LOC"}
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}

Sentence = tuple[list[str], list[str]]  # tokens, tags


def read_conll(path: Path, *, with_tags: bool = True) -> list[Sentence]:
    """Sentences of a CoNLL file: the first column is the token, the last the tag (if any)."""
    if not path.exists():
        raise UsageError(f"no such file: {path}", hint="give a CoNLL file: one token per line, blank line between sentences")
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols:
            if tokens:
                out.append((tokens, repair_bio(tags)))
                tokens, tags = [], []
            continue
        tokens.append(cols[0])
        tags.append(map_tag(cols[-1]) if with_tags and len(cols) > 1 else "O")
    if tokens:
        out.append((tokens, repair_bio(tags)))
    return out


def map_tag(tag: str, types: Mapping[str, str] = TAG_MAP) -> str:
    """A corpus's BIO tag in ANERcorp's types (`types`: its type -> ANERcorp's); O for any other."""
    if "-" not in tag:
        return "O"
    bio, _, typ = tag.partition("-")
    mapped = types.get(typ)
    return f"{bio}-{mapped}" if mapped and bio in ("B", "I") else "O"


def repair_bio(tags: Sequence[str]) -> list[str]:
    """An I- tag that does not continue an entity of its type starts one."""
    out: list[str] = []
    for tag in tags:
        if tag.startswith("I-") and (not out or out[-1] == "O" or out[-1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def entities(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every entity in a BIO sequence."""
    out, start, typ = set(), -1, ""
    for i, tag in enumerate([*repair_bio(tags), "O"]):
        if tag.startswith("I-") and tag[2:] == typ:
            continue
        if start >= 0:
            out.add((start, i, typ))
            start = -1
        if tag.startswith("B-"):
            start, typ = i, tag[2:]
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Sequence[str], pred: Sequence[str]) -> None:
        g, p = entities(gold), entities(pred)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def featurize(sentences: Sequence[Sentence]) -> list[list[list[str]]]:
    """Feature lists of consecutive sentences (their order matters: see `context`)."""
    out = []
    contexts = window_contexts([tokens for tokens, _ in sentences])
    for (tokens, _), context in zip(sentences, contexts, strict=True):
        text, words = words_for_forms(tokens)
        out.append(sentence_features(tokens, kb_tags(text, words), context))
    return out


def train(
    sentences: Sequence[Sentence], out: Path, params: dict | None = None, extra: Sequence[Sentence] = (), labels: str = "bio"
) -> float:
    """Fit a CRF on the sentences, and on the `extra` ones of another corpus with their
    features doubled (see above), in the label scheme `labels` ("bio", "bilou"), and save it;
    returns seconds taken."""
    import pycrfsuite

    started = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, (_, tags) in zip(featurize(sentences), sentences, strict=True):
        trainer.append(feats, encode(tags, labels))
    for feats, (_, tags) in zip(featurize(extra), extra, strict=True):
        trainer.append([[*word, *(EXTRA + f for f in word)] for word in feats], encode(tags, labels))
    trainer.set_params({**PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return time.time() - started


def evaluate(model: Path, sentences: Sequence[Sentence]) -> dict[str, Score]:
    """Entity-level scores of a saved model on tagged sentences, in ANERcorp's labels, as
    `rasad ner` tags them: the tagger ("tagger", and per type), and the whole recogniser
    ("recogniser"); both with names carried across nearby sentences."""
    from rasad.extract.entities.conll import tag_sentences
    from rasad.extract.entities.crf import Tagger

    tagger = Tagger(model)
    tokens = [t for t, _ in sentences]
    scores: dict[str, Score] = {"tagger": Score(), "recogniser": Score()}
    tagged = tag_sentences(tokens, tagger, "anercorp")
    whole = tag_sentences(tokens, tagger, "anercorp", whole=True)
    for (_, gold), pred, pred_whole in zip(sentences, tagged, whole, strict=True):
        scores["tagger"].add(gold, pred)
        scores["recogniser"].add(gold, pred_whole)
        for typ in {t[2:] for t in gold + pred if t != "O"}:
            scores.setdefault(typ, Score()).add([t if t[2:] == typ else "O" for t in gold], [t if t[2:] == typ else "O" for t in pred])
    return scores


def cross_validate(
    sentences: Sequence[Sentence],
    k: int,
    workdir: Path,
    params: dict | None = None,
    extra: Sequence[Sentence] = (),
    labels: str = "bio",
    folds: Sequence[int] | None = None,
) -> list[dict[str, Score]]:
    """Train on k-1 contiguous folds (and the `extra` sentences), score on the held-out one, for each
    fold, or only for `folds` (numbered from 0: a quick screen of a change on a few)."""
    if k < 2:
        raise UsageError("--cv needs at least 2 folds", hint="e.g. --cv 5")
    if folds is not None and not all(0 <= f < k for f in folds):
        raise UsageError(f"folds {list(folds)} are not all among the {k} folds", hint=f"number them 0 to {k - 1}")
    size = -(-len(sentences) // k)
    results = []
    for fold in range(k) if folds is None else folds:
        held = list(sentences[fold * size : (fold + 1) * size])
        rest = list(sentences[: fold * size]) + list(sentences[(fold + 1) * size :])
        model = workdir / f"fold{fold}.crfsuite"
        secs = train(rest, model, params, extra, labels)
        result = evaluate(model, held)
        log.info("fold %d: tagger F1 %.4f, recogniser F1 %.4f (trained in %.0fs)", fold, result["tagger"].f1, result["recogniser"].f1, secs)
        results.append(result)
    return results
