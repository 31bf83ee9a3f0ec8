"""Name evidence from unlabelled news: how often a word stands where names stand.

A surname the tagger has never seen (القرضاوي، ساركوزي) follows a given name
or a title again and again in a large news corpus (الشيخ يوسف القرضاوي، الرئيس
الفرنسي ساركوزي); a club or ministry's name follows its head noun (نادي،
وزارة). `train_gazetteer` counts, for every word of a news dump (proclitics
and article aside), its occurrences and those right after a given name or a
title (evidence for PER; a nationality adjective may sit between title and
name) or after a head noun (evidence for the head's type, places as LOC). A
word with at least `MIN_EVIDENCE` such occurrences, `MIN_SHARE` of all, gets
its best-supported type: the tagger's `gz` feature. Only the project's own
word lists decide (titles, given names, head nouns): no labelled data is
used, so the feature cannot leak training labels.

The table `rasad/models/name_contexts.tsv` is `word<TAB>type<TAB>evidence<TAB>occurrences`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasad.arabic.normalize import norm
from rasad.errors import ModelError
from rasad.extract.entities.patterns import given_names, head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.words import _WORD, bare_stem
from rasad.ingest.jsonl import record_texts

GAZETTEER_FILE = "name_contexts.tsv"
MIN_EVIDENCE = 3
MIN_SHARE = 0.3
_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC"}


def _cue(raw: Sequence[str], words: Sequence[str], i: int) -> str | None:
    """The type the words before words[i] announce for it: PER after a given name (not على, which
    folds to علي) or, for a word without proclitic or article, after a title (وزير الخارجية: a
    complement, not a name); a head noun's type after a head noun."""
    if i == 0:
        return None
    prev, word = words[i - 1], words[i]
    if prev in given_names() and not raw[i - 1].endswith("ى"):
        return "PER"
    bare = bare_stem(word) == word and not word.startswith("ال")
    if bare and (title_kind(prev) is not None or (i > 1 and is_demonym(prev) and title_kind(words[i - 2]) is not None)):
        return "PER"
    head = head_type(prev)
    return _TYPES.get(head) if head else None


def train_gazetteer(news: Path, out: Path) -> int:
    """Count name cues in a news dump and write the table; returns the number of words written."""
    seen: Counter[str] = Counter()
    cued: dict[str, Counter[str]] = defaultdict(Counter)
    skip = stop_words()
    for text in record_texts(news):
        raw = [m.group() for m in _WORD.finditer(text)]
        words = [norm(w) for w in raw]
        for i, word in enumerate(words):
            key = bare_stem(word)
            seen[key] += 1
            if word in skip or len(key) < 3:
                continue
            cue = _cue(raw, words, i)
            if cue:
                cued[key][cue] += 1
    rows = []
    for key, cues in cued.items():
        typ, n = cues.most_common(1)[0]
        if n >= MIN_EVIDENCE and n >= MIN_SHARE * seen[key] and not is_demonym(key):
            rows.append((key, typ, n, seen[key]))
    return write_word_types(out, f"name cues counted by rasad in {news.name}: word, type, cued occurrences, occurrences", rows)


@lru_cache(maxsize=1)
def load_gazetteer() -> dict[str, str]:
    """Shipped word -> the name type its contexts announce; empty when the table is absent."""
    return read_word_types(GAZETTEER_FILE)


WordTypeRow = tuple[str, str, int, int]  # word, type, evidence, occurrences


def write_word_types(out: Path, header: str, rows: Sequence[WordTypeRow]) -> int:
    """Write a `word<TAB>type<TAB>evidence<TAB>occurrences` table (sorted, after a # header); returns its rows."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"# {header}\n")
        for key, typ, n, total in sorted(rows):
            fh.write(f"{key}\t{typ}\t{n}\t{total}\n")
    return len(rows)


def read_word_types(name: str) -> dict[str, str]:
    """Word -> type of a table `write_word_types` wrote under rasad/models; empty when it is absent."""
    try:
        raw = resources.files("rasad.models").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    table: dict[str, str] = {}
    for line in raw.splitlines():
        if line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise ModelError(f"bad line in rasad/models/{name}: {line[:40]!r}", hint="retrain: rasad train ner")
        table[parts[0]] = parts[1]
    return table
