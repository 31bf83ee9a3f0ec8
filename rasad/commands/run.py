"""`rasad run INPUT...`: read, annotate, store, then write analysis.json and report.html.

The run goes through the inputs in chunks of `--batch` documents. For each
chunk it checks the store first (a document whose text and pipeline version
are already stored is "unchanged" and costs no pipeline time, which is how an
interrupted run resumes), learns the chunk's recurring lines when the cleaner
offers that, runs the pipeline on the rest, and commits the chunk in one
transaction. A bad input or a document the pipeline fails on is a skip with
its reason; the run goes on. At the end the corpus jobs run over the
documents of this run and the outputs are written.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad import __version__
from rasad.corpus.jobs import JobsOutcome, run_corpus_jobs
from rasad.corpus.model import Corpus
from rasad.document import Document
from rasad.errors import SkipDocument, StoreError, UsageError
from rasad.pipeline import DEFAULT_PIPELINE, Component, Pipeline
from rasad.store.sqlite import DEFAULT_BATCH, Store, chunks

log = logging.getLogger(__name__)
PACKAGE_ROOT = Path(__file__).resolve().parents[1]



@dataclass(frozen=True)
class SkipLine:
    source: str
    reason: str
    message: str


@dataclass
class Tally:
    read: int = 0
    stored: Counter[str] = field(default_factory=Counter)
    skips: list[SkipLine] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)  # id -> source, to catch two inputs with one id
    reader_failed: bool = False


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("run", help="read inputs, annotate, store, write analysis.json and report.html",
                              description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (text, HTML, JSONL, feeds, WARC; .gz too)")
    p.add_argument("--db", default="rasad.db", help="the SQLite store (default: rasad.db)")
    p.add_argument("--out", default="out", help="folder for analysis.json and report.html (default: out)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB", help="read only files matching GLOB (repeatable)")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="leave out files matching GLOB (repeatable)")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N", help="skip inputs larger than N bytes")
    p.add_argument("--batch", type=int, default=DEFAULT_BATCH, metavar="N",
                   help=f"documents per committed batch (default: {DEFAULT_BATCH})")
    p.add_argument("--report-docs", type=int, default=300, metavar="N",
                   help="documents shown in full in report.html, the largest stories' first (default: 300; analysis.json has all)")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rasad.ingest import check_inputs  # ingest pulls in the HTML and WARC libraries: load it only to run

    if args.batch < 1:
        raise UsageError(f"--batch must be at least 1, got {args.batch}")
    if args.max_bytes is not None and args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be at least 1, got {args.max_bytes}")
    check_inputs(args.inputs)
    pipeline = Pipeline.from_names(DEFAULT_PIPELINE)
    version = pipeline_version(pipeline)
    store = _open_store(args.db, args.batch)
    out = Path(args.out)
    with store:
        started = time.perf_counter()
        run_id = store.start_run(args.inputs)
        tally = Tally()
        for chunk in chunks(_progress(_read(args), quiet=args.quiet), args.batch):
            _process_chunk(chunk, pipeline, version, store, run_id, tally)
        elapsed = time.perf_counter() - started
        store.finish_run(run_id, _counts(tally, elapsed))
        corpus = Corpus(list(store.documents(store.run_document_ids(run_id))))
    steps = _corpus_jobs(corpus, pipeline, Path(args.db))
    from rasad.outputs import write_analysis, write_report

    written = [write_analysis(corpus, out / "analysis.json"), write_report(corpus, out / "report.html", max_bodies=args.report_docs)]
    if not args.quiet:
        _summary(tally, elapsed, pipeline.names, steps, written)
    return 1 if tally.reader_failed or steps.failed else 0


# ---- pipeline ------------------------------------------------------------------
def pipeline_version(pipeline: Pipeline) -> str:
    """rasad's version plus a hash of the components' code and data: any change re-annotates stored documents."""
    digest = hashlib.sha1(",".join(pipeline.names).encode())
    for path in _code_files(pipeline):
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


def _code_files(pipeline: Pipeline) -> list[Path]:
    """document.py, the shipped models, and every code or data file of the subpackages the components live in."""
    packages = {_module_of(c.func).split(".")[1] for c in pipeline.components if _module_of(c.func).startswith("rasad.")}
    files = [PACKAGE_ROOT / "document.py"]
    if packages:
        packages.add("models")  # trained models are loaded by components of other subpackages
    for package in sorted(packages):
        folder = PACKAGE_ROOT / package
        files += sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return files


def _module_of(func: Callable[..., Any]) -> str:
    return getattr(func, "__module__", None) or type(func).__module__


def chunk_pipeline(pipeline: Pipeline, docs: Sequence[Document]) -> Pipeline:
    """The pipeline with its cleaner taught the lines that recur across `docs` (site furniture)."""
    if "clean" not in pipeline.names or not docs:
        return pipeline
    from rasad.clean import Cleaner, learn_recurring

    try:
        cleaner = Cleaner(recurring=learn_recurring(docs))
    except Exception:  # learning is an improvement, not a requirement: clean without it
        log.warning("could not learn recurring lines for this batch; cleaning without them", exc_info=True)
        return pipeline
    comps = [Component(c.name, c.requires, c.provides, cleaner) if c.name == "clean" else c for c in pipeline.components]
    return Pipeline(comps)


# ---- reading and storing ---------------------------------------------------------
def _read(args: argparse.Namespace) -> Iterator[Any]:
    """Documents and Skips from the inputs; a reader that breaks ends the reading with one skip, not the run."""
    from rasad.ingest import read_inputs

    options: dict[str, Any] = {"include": tuple(args.include), "exclude": tuple(args.exclude)}
    if args.max_bytes is not None:
        options["max_bytes"] = args.max_bytes
    try:
        yield from read_inputs(args.inputs, **options)
    except Exception as exc:
        log.debug("reader failed", exc_info=True)
        yield _ReaderFailure(" ".join(args.inputs), f"failed: {type(exc).__name__}", f"{exc}; reading stopped here")


@dataclass(frozen=True)
class _ReaderFailure:
    source: str
    reason: str
    message: str


def _progress(items: Iterable[Any], *, quiet: bool) -> Iterable[Any]:
    from tqdm import tqdm

    return tqdm(items, unit=" inputs", file=sys.stderr, disable=quiet or not sys.stderr.isatty(), leave=False)


def _process_chunk(items: list[Any], pipeline: Pipeline, version: str, store: Store, run_id: int, tally: Tally) -> None:
    docs = [item for item in items if isinstance(item, Document)]
    skips = [SkipLine(i.source, i.reason, i.message) for i in items if not isinstance(i, Document)]
    tally.reader_failed |= any(isinstance(i, _ReaderFailure) for i in items)
    tally.read += len(docs)
    fresh: list[Document] = []
    unchanged: list[Document] = []
    for doc in docs:
        if doc.id in tally.seen:
            skips.append(SkipLine(doc.source or doc.id, "duplicate id", f"{doc.id} was already read from {tally.seen[doc.id]}"))
            continue
        tally.seen[doc.id] = doc.source
        (unchanged if store.is_current(doc.id, doc.content_hash(), version) else fresh).append(doc)
    annotated = _annotate(chunk_pipeline(pipeline, docs), fresh, skips)
    with store.batch():
        for doc in annotated:
            try:
                tally.stored[store.put(doc, pipeline_version=version, run_id=run_id)] += 1
            except StoreError as exc:
                skips.append(SkipLine(doc.source or doc.id, "failed: store", exc.message))
        for doc in unchanged:
            store.mark_seen(run_id, doc.id, "unchanged")
        tally.stored["unchanged"] += len(unchanged)
        for skip in skips:
            store.add_skip(run_id, skip.source, skip.reason, skip.message)
    tally.skips += skips


def _annotate(pipeline: Pipeline, docs: Iterable[Document], skips: list[SkipLine]) -> list[Document]:
    out = []
    for doc in docs:
        try:
            out.append(pipeline(doc))
        except SkipDocument as exc:
            skips.append(SkipLine(exc.source or doc.source or doc.id, exc.reason, exc.message))
        except Exception as exc:  # one document's failure must not end the run
            log.debug("pipeline failed on %s", doc.source or doc.id, exc_info=True)
            skips.append(SkipLine(doc.source or doc.id, f"failed: {type(exc).__name__}", str(exc) or repr(exc)))
    return out


def _open_store(path: str, batch: int) -> Store:
    try:
        return Store(path, batch_size=batch)
    except StoreError as exc:  # a wrong --db is a wrong argument
        raise UsageError(exc.message, hint=exc.hint) from exc


# ---- corpus jobs -------------------------------------------------------------------
def story_index_path(db: Path) -> Path:
    """Where the story index lives between runs: beside the store it describes."""
    return db.with_name(db.name + ".stories")


def _corpus_jobs(corpus: Corpus, pipeline: Pipeline, db: Path) -> JobsOutcome:
    """Run the corpus jobs, keeping the story index beside the store so later runs extend its stories."""
    from rasad.corpus.stories import StoryIndex

    path = story_index_path(db)
    index = StoryIndex()
    if path.exists():
        try:
            index = StoryIndex.load(path)
        except StoreError as exc:  # derived data: an unreadable or outdated index is rebuilt, not fatal
            log.warning("%s; the stories are rebuilt from this run's documents", exc)
    outcome = run_corpus_jobs(corpus, index, refresh=pipeline.downstream_of({"timexes"}))
    if "stories" in outcome.ran:
        index.save(path)
    return outcome


# ---- summary -----------------------------------------------------------------------
def _counts(tally: Tally, elapsed: float) -> dict[str, Any]:
    return {"read": tally.read, **{k: tally.stored[k] for k in ("inserted", "updated", "unchanged")},
            "skipped": len(tally.skips), "seconds": round(elapsed, 3)}


def _summary(tally: Tally, elapsed: float, components: list[str], steps: JobsOutcome,
             written: list[Path]) -> None:
    s = tally.stored
    rate = tally.read / elapsed if elapsed > 0 else 0.0
    lines = [
        f"rasad run: {tally.read} documents read in {elapsed:.1f} s ({rate:.1f} docs/s)",
        f"  stored: {s['inserted'] + s['updated'] + s['unchanged']} "
        f"({s['inserted']} inserted, {s['updated']} updated, {s['unchanged']} unchanged)",
        f"  skipped: {len(tally.skips)}",
        *(f"    {k.source}: {k.reason} — {k.message}" for k in tally.skips),
        f"  pipeline: {', '.join(components) or 'none'}",
        f"  corpus jobs: {', '.join(steps.ran) or 'none'}" + (f"; FAILED: {', '.join(steps.failed)}" if steps.failed else ""),
        f"  wrote: {', '.join(str(p) for p in written)}",
    ]
    if tally.reader_failed:
        lines.append("  reading stopped early (see the skip above); run with -v for details")
    print("\n".join(lines), file=sys.stderr)
