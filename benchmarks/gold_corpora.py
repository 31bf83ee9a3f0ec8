"""Hand-annotated evaluation corpora cut from ANT, kept in the repo without ANT's text.

A gold corpus (score.py's format, `../shared/eval/FORMAT.md`) holds words of the
articles it annotates: time expressions, mention surfaces, the first words of
quotes. Those are third-party text, so the repo keeps each corpus *packed*
(`benchmarks/data/gold/NAME.json`): the ANT ids of its articles and, in place of
every such word, its character span in the article's raw file. The raw files
are rendered from ANT the same way every time, so `build` writes them and the
gold file back, text and all, wherever `../shared` is present. Names
(canonical_ar, canonical_en), dates, types, values and the annotator's own
descriptions are the annotation itself and stay as written.

    python benchmarks/gold_corpora.py skeleton ANT_ID... --out DIR   # raw files to annotate
    python benchmarks/gold_corpora.py pack DIR --name NAME            # DIR/gold.json -> data/gold/NAME.json
    python benchmarks/gold_corpora.py build NAME --out DIR            # raw files + gold.json again
    python benchmarks/gold_corpora.py eval [NAME...] [--seeds]        # build, `rasad run`, score.py

A raw file is what a saved page of the article would read as text: the title,
a blank line, the publication date line ("29 سبتمبر 2018", the outlet's local
date of the feed's pubDate), the byline when the feed has one, a blank line,
then the paragraphs separated by blank lines. Its name is the ANT id.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ant import published, records  # noqa: E402

from rasad.arabic.lexicon import read_rows  # noqa: E402

HERE = Path(__file__).resolve().parent
PACKED = HERE / "data" / "gold"
SHARED = HERE.parents[1] / "shared"
SEEDS = SHARED / "corpus" / "seeds"


def scorer() -> ModuleType:
    """score.py from ../shared/eval, loaded as a module (it is not a package)."""
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        raise SystemExit(f"needs the scorer at {path} (../shared beside the checkout)")
    spec = importlib.util.spec_from_file_location("rasad_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---- rendering ANT records as raw files ------------------------------------

def month_names() -> dict[int, str]:
    names: dict[int, str] = {}
    for name, number, system in read_rows("rasad.arabic", "months.tsv"):
        if system == "egyptian":
            names.setdefault(int(number), name)
    return names


def render(record: dict, months: dict[int, str]) -> str:
    year, month, day = (int(x) for x in published(record).split("-"))
    head = [record.get("title") or "", "", f"{day} {months[month]} {year}"]
    if (record.get("author") or "").strip():
        head.append(record["author"].strip())
    paragraphs = [p.strip() for p in (record.get("text") or "").split("\n") if p.strip()]
    return "\n".join(head) + "\n\n" + "\n\n".join(paragraphs) + "\n"


def ant_records(ids: Iterable[str]) -> dict[str, dict]:
    wanted, found = set(ids), {}
    for record in records():
        if record["id"] in wanted:
            found[record["id"]] = record
    missing = wanted - set(found)
    if missing:
        raise SystemExit(f"not in ANT: {', '.join(sorted(missing))}")
    return found


def write_raw(ids: list[str], out: Path) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    months, raws = month_names(), {}
    for doc_id, record in ant_records(ids).items():
        raws[doc_id] = render(record, months)
        (out / f"{doc_id}.txt").write_text(raws[doc_id], encoding="utf-8")
    return raws


# ---- finding a surface in a raw file, as the scorer compares text -----------

def normalised_with_map(raw: str, norm: Callable[[str], str]) -> tuple[str, list[int]]:
    """raw normalised one character at a time, with each output character's raw index."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(raw):
        piece = " " if ch.isspace() else norm(ch)
        for p in piece:
            if p == " " and (not chars or chars[-1] == " "):
                continue  # runs of space collapse, as norm() collapses them
            chars.append(p)
            where.append(i)
    return "".join(chars), where


def find_span(raw: str, surface: str, norm: Callable[[str], str], nth: int = 0) -> tuple[int, int] | None:
    """The nth occurrence of surface in raw: exact first, else after normalisation."""
    at, spans = raw.find(surface), []
    while at >= 0 and surface:
        spans.append((at, at + len(surface)))
        at = raw.find(surface, at + 1)
    if spans:
        return spans[min(nth, len(spans) - 1)]
    text, where = normalised_with_map(raw, norm)
    at = text.find(norm(surface))
    if at < 0 or not norm(surface):
        return None
    return where[at], where[at + len(norm(surface)) - 1] + 1


# ---- pack and unpack ----------------------------------------------------------

class PackError(ValueError):
    pass


def pack(gold: dict, raws: dict[str, str], norm: Callable[[str], str]) -> dict:
    """gold.json (text form) -> the packed form: every article word replaced by its span."""
    seen: dict[tuple[str, str, str], int] = defaultdict(int)

    def span_of(doc: str, text: str, kind: str) -> list:
        nth = seen[(kind, doc, text)]
        seen[(kind, doc, text)] += 1
        span = find_span(raws.get(doc, ""), text, norm, nth)
        if span is None:
            raise PackError(f"{kind} «{text}» is not in {doc}")
        return [doc, *span]

    packed = {k: v for k, v in gold.items() if k not in ("documents", "timexes", "not_timex", "entities", "quotes")}
    packed["documents"] = [{k: v for k, v in d.items() if k != "title"} for d in gold["documents"]]
    packed["timexes"] = [{**_without(t, "text"), "at": span_of(t["doc"], t["text"], "timex")}
                         for t in gold.get("timexes") or []]
    packed["not_timex"] = [{**_without(t, "text"), "at": span_of(t["doc"], t["text"], "not_timex")}
                           for t in gold.get("not_timex") or []]
    packed["quotes"] = [{**_without(q, "starts"), "at": span_of(q["doc"], q["starts"], "quote")}
                        for q in gold.get("quotes") or []]
    packed["entities"] = [{**_without(e, "mentions"), "at": [_mention_span(e, m, raws, norm) for m in e["mentions"]]}
                          for e in gold.get("entities") or []]
    return packed


def _without(item: dict, key: str) -> dict:
    return {k: v for k, v in item.items() if k != key}


def _mention_span(entity: dict, mention: str, raws: dict[str, str], norm: Callable[[str], str]) -> list:
    for doc in entity.get("docs") or []:
        span = find_span(raws.get(doc, ""), mention, norm)
        if span is not None:
            return [doc, *span]
    raise PackError(f"mention «{mention}» of {entity['id']} is in none of its documents")


def unpack(packed: dict, raws: dict[str, str]) -> dict:
    def text(at: list) -> str:
        doc, start, end = at
        return raws[doc][start:end]

    gold = {k: v for k, v in packed.items() if k not in ("documents", "timexes", "not_timex", "entities", "quotes")}
    gold["documents"] = [{**d, "title": raws[d["id"]].split("\n", 1)[0]} for d in packed["documents"]]
    for key, field in (("timexes", "text"), ("not_timex", "text"), ("quotes", "starts")):
        gold[key] = [{**_without(item, "at"), field: text(item["at"])} for item in packed.get(key) or []]
    gold["entities"] = [{**_without(e, "at"), "mentions": [text(at) for at in e["at"]]}
                        for e in packed.get("entities") or []]
    return gold


def check_round_trip(gold: dict, packed: dict, raws: dict[str, str], norm: Callable[[str], str]) -> None:
    back = unpack(packed, raws)
    pairs = [(a["text"], b["text"]) for a, b in zip(gold.get("timexes") or [], back["timexes"], strict=True)]
    pairs += [(a["starts"], b["starts"]) for a, b in zip(gold.get("quotes") or [], back["quotes"], strict=True)]
    pairs += [(m, n) for a, b in zip(gold.get("entities") or [], back["entities"], strict=True)
              for m, n in zip(a["mentions"], b["mentions"], strict=True)]
    bad = [f"«{a}» came back as «{b}»" for a, b in pairs if norm(a) != norm(b)]
    if bad:
        raise PackError("; ".join(bad[:5]))


# ---- commands ----------------------------------------------------------------

def packed_path(name: str) -> Path:
    path = PACKED / f"{name}.json"
    if not path.exists():
        known = ", ".join(sorted(p.stem for p in PACKED.glob("*.json"))) or "none"
        raise SystemExit(f"no packed corpus {name} (known: {known})")
    return path


def build(name: str, out: Path) -> Path:
    packed = json.loads(packed_path(name).read_text(encoding="utf-8"))
    raws = write_raw([d["id"] for d in packed["documents"]], out)
    gold = unpack(packed, raws)
    (out / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    return out / "gold.json"


def cmd_pack(folder: Path, name: str) -> None:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    raws = {d["id"]: (folder / f"{d['id']}.txt").read_text(encoding="utf-8") for d in gold["documents"]}
    norm = scorer().norm
    packed = pack(gold, raws, norm)
    check_round_trip(gold, packed, raws, norm)
    PACKED.mkdir(parents=True, exist_ok=True)
    (PACKED / f"{name}.json").write_text(json.dumps(packed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"packed {folder}/gold.json -> {PACKED / (name + '.json')}")


def score_corpus(gold_path: Path, work: Path) -> str:
    out = work / "out"
    # a store of its own: `rasad run` keeps what a store already holds, so a shared one would score old code
    subprocess.run([sys.executable, "-m", "rasad", "run", str(gold_path.parent), "--out", str(out), "--db", str(work / "rasad.db")],
                   check=True, capture_output=True)
    result = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(gold_path),
                             "--analysis", str(out / "analysis.json")], check=True, capture_output=True, text=True)
    return result.stdout


def cmd_eval(names: list[str], seeds: bool) -> None:
    for name in names or sorted(p.stem for p in PACKED.glob("*.json")):
        with tempfile.TemporaryDirectory() as tmp:
            gold = build(name, Path(tmp) / "corpus")
            print(f"== {name}\n{score_corpus(gold, Path(tmp))}")
    if seeds:
        with tempfile.TemporaryDirectory() as tmp:
            print(f"== seeds\n{score_corpus(SEEDS / 'gold.json', Path(tmp))}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    sk = sub.add_parser("skeleton", help="write the raw files of ANT articles, to annotate")
    sk.add_argument("ids", nargs="+")
    sk.add_argument("--out", type=Path, required=True)
    pk = sub.add_parser("pack", help="pack DIR/gold.json into benchmarks/data/gold/NAME.json")
    pk.add_argument("folder", type=Path)
    pk.add_argument("--name", required=True)
    bd = sub.add_parser("build", help="write a packed corpus's raw files and gold.json")
    bd.add_argument("name")
    bd.add_argument("--out", type=Path, required=True)
    ev = sub.add_parser("eval", help="build, run rasad and score each packed corpus (all by default)")
    ev.add_argument("names", nargs="*")
    ev.add_argument("--seeds", action="store_true", help="score the seed corpus too")
    args = ap.parse_args(argv)
    if args.command == "skeleton":
        write_raw(args.ids, args.out)
    elif args.command == "pack":
        cmd_pack(args.folder, args.name)
    elif args.command == "build":
        print(build(args.name, args.out))
    else:
        cmd_eval(args.names, args.seeds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
