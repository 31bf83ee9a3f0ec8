"""Throughput and memory of ingest + clean + store, the first half of `rasad run`.

    python benchmarks/bench_ingest.py [--limit N] [--ant PATH] [--html-pages N] [--components clean]

Two workloads, each timed per stage and in all:
1. text: the ANT v2.1 JSONL file (29,820 news articles), read by rasad's own
   JSONL reader straight from the .gz;
2. html: saved pages, built in a temporary folder from ANT articles (title,
   paragraphs, and site furniture around them: menu, share buttons, footer),
   read by rasad's HTML reader.

Documents per second per core = documents / CPU seconds of this process (the
run is single-process). The target is >= 300 text documents/s per core. Peak
memory is the process's maximum resident set size. Figures are printed, not
asserted: run it on purpose, not in the test suite.
"""

from __future__ import annotations

import argparse
import html
import itertools
import resource
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.commands.run import chunk_pipeline, pipeline_version
from rasad.document import Document
from rasad.ingest import read_inputs
from rasad.pipeline import Pipeline
from rasad.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ant import ANT, records  # noqa: E402

TARGET_PER_CORE = 300.0


@dataclass
class Timing:
    docs: int = 0
    skips: int = 0
    chars: int = 0
    seconds: dict[str, float] = field(default_factory=lambda: {"ingest": 0.0, "pipeline": 0.0, "store": 0.0})
    cpu: float = 0.0
    wall: float = 0.0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def timed(items: Iterable[Any], timing: Timing) -> Iterator[Any]:
    """Yield from `items`, adding the time spent producing each item to the ingest stage."""
    iterator = iter(items)
    while True:
        start = time.perf_counter()
        try:
            item = next(iterator)
        except StopIteration:
            timing.seconds["ingest"] += time.perf_counter() - start
            return
        timing.seconds["ingest"] += time.perf_counter() - start
        yield item


def bench(inputs: list[str], pipeline: Pipeline, db: Path, *, limit: int | None, batch: int) -> Timing:
    """Read, clean (with recurring lines learned per batch, as `rasad run` does) and store, stage by stage."""
    timing = Timing()
    version = pipeline_version(pipeline)
    cpu0, wall0 = cpu_seconds(), time.perf_counter()
    with Store(db, batch_size=batch) as store:
        stream = timed(itertools.islice(read_inputs(inputs), limit), timing)
        while chunk := list(itertools.islice(stream, batch)):
            docs = [d for d in chunk if isinstance(d, Document)]
            timing.skips += len(chunk) - len(docs)
            start = time.perf_counter()
            chunk_pipe = chunk_pipeline(pipeline, docs)
            annotated = [chunk_pipe(d) for d in docs]
            timing.seconds["pipeline"] += time.perf_counter() - start
            start = time.perf_counter()
            store.put_many(annotated, pipeline_version=version, batch_size=batch)
            timing.seconds["store"] += time.perf_counter() - start
            timing.docs += len(docs)
            timing.chars += sum(len(d.text) for d in docs)
    timing.cpu, timing.wall = cpu_seconds() - cpu0, time.perf_counter() - wall0
    return timing


# ---- HTML pages from ANT articles ---------------------------------------------------
PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title} | {outlet}</title>
<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a> <a href="/economy">اقتصاد</a></nav></header>
<main><article><h1>{title}</h1><div class="share">شارك الخبر: فيسبوك تويتر واتساب</div>
{paragraphs}
</article><aside><h3>اقرأ أيضاً</h3><ul><li><a href="/a">أخبار ذات صلة</a></li></ul></aside></main>
<footer>جميع الحقوق محفوظة © {outlet}</footer></body></html>
"""


def write_pages(ant: Path, folder: Path, count: int) -> int:
    """Write `count` HTML pages built from ANT articles; returns how many were written."""
    written = 0
    for record in itertools.islice(records(ant), count):
        paragraphs = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in (record.get("text") or "").split("\n") if p.strip())
        page = PAGE.format(title=html.escape(record.get("title") or ""), outlet=html.escape(record.get("source") or ""),
                           published=html.escape(record.get("time") or ""), paragraphs=paragraphs)
        (folder / f"{written:06d}.html").write_text(page, encoding="utf-8")
        written += 1
    return written


# ---- report ---------------------------------------------------------------------------
def show(name: str, t: Timing) -> None:
    per_core = t.docs / t.cpu if t.cpu else 0.0
    stages = ", ".join(f"{stage} {secs:.1f} s ({t.docs / secs:.0f} docs/s)" if secs else f"{stage} 0 s"
                       for stage, secs in t.seconds.items())
    print(f"{name}: {t.docs} documents ({t.skips} skipped, {t.chars / 1e6:.1f} M chars) in {t.wall:.1f} s wall, "
          f"{t.cpu:.1f} s CPU")
    print(f"  {t.docs / t.wall:.0f} docs/s wall, {per_core:.0f} docs/s per core"
          + (f" (target >= {TARGET_PER_CORE:.0f})" if name == "text" else ""))
    print(f"  stages: {stages}")
    print(f"  peak memory so far: {peak_mib():.0f} MiB")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ant", type=Path, default=ANT, help="ANT v2.1 JSONL(.gz) file (default: %(default)s)")
    ap.add_argument("--limit", type=int, default=None, help="read at most N text documents (default: all)")
    ap.add_argument("--html-pages", type=int, default=2000, help="HTML pages to build and read (default: 2000; 0 skips)")
    ap.add_argument("--components", default="clean", help="comma-separated pipeline components (default: clean)")
    ap.add_argument("--batch", type=int, default=200, help="documents per committed batch (default: 200)")
    args = ap.parse_args(argv)
    if not args.ant.exists():
        print(f"needs the ANT corpus at {args.ant} (../shared beside the checkout), or give --ant", file=sys.stderr)
        return 2
    pipeline = Pipeline.from_names(tuple(args.components.split(",")))
    print(f"pipeline: {', '.join(pipeline.names) or 'none'}")
    with tempfile.TemporaryDirectory(prefix="rasad-bench-") as tmp:
        show("text", bench([str(args.ant)], pipeline, Path(tmp) / "text.db", limit=args.limit, batch=args.batch))
        if args.html_pages:
            pages = Path(tmp) / "pages"
            pages.mkdir()
            written = write_pages(args.ant, pages, args.html_pages)
            show("html", bench([str(pages)], pipeline, Path(tmp) / "html.db", limit=written, batch=args.batch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
