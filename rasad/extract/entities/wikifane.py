"""WikiFANE Gold (Alotaibi & Lee 2014) as extra training sentences in ANERcorp's shape.

WikiFANE's Arabic Wikipedia text is tokenised the way morphological
analysers do: conjunctions and prepositions (و ف ب ل ك) and pronoun
suffixes (ه ها هم…) stand as tokens of their own, and a feminine noun
keeps its ة before a suffix (عاصمة ها). ANERcorp, and the news the tagger
reads, split on whitespace only (وعاصمتها), so `read_wikifane` glues the
clitics back onto their host words; a glued word keeps the tag of its
host, or of a proclitic that opens an entity. Lines are
`token<TAB>fine<TAB>coarse`; the coarse types become ANERcorp's: GPE, LOC and FAC
are LOC, PER and ORG stay, and products, vehicles and weapons
(PRO VEH WEA) become MISC or, with `misc=False`, O.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from rasad.arabic.normalize import norm
from rasad.errors import InputNotFound
from rasad.extract.entities.gazetteer import write_word_types
from rasad.extract.entities.training import Sentence, map_tag, repair_bio
from rasad.extract.entities.words import bare_stem

DEFAULT_WIKIFANE = Path("../shared/data/wikifane/wikifane_gold.conll")

# WikiFANE's tokenisation convention (not a lexicon): which stand-alone tokens were cut from a word.
_PROCLITICS = frozenset("وفبلك")
_SUFFIXES = frozenset({"ه", "ها", "ي"})
# Also whole pronouns (المسيحيين هم كاثوليك): glued only after a word that could carry them.
_AMBIGUOUS_SUFFIXES = frozenset({"هم", "هما", "هن", "كم", "كما", "نا"})
_TYPES = {"PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
_MISC_TYPES = ("PRO", "VEH", "WEA")


def read_wikifane(path: Path, *, misc: bool = True) -> list[Sentence]:
    """WikiFANE's sentences with its clitics glued back on and its types mapped to ANERcorp's."""
    if not path.is_file():
        raise InputNotFound(f"no WikiFANE data at {path}", hint="pass --wikifane PATH to wikifane_gold.conll, or train without it: --wikifane-share 0 --keep-clusters")
    types = {**_TYPES, **dict.fromkeys(_MISC_TYPES, "MISC")} if misc else _TYPES
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 3:
            if tokens:
                out.append(glue(tokens, tags))
                tokens, tags = [], []
            continue
        tokens.append(cols[0])
        tags.append(map_tag(cols[2], types))
    if tokens:
        out.append(glue(tokens, tags))
    return out


def sample(sentences: Sequence[Sentence], share: float, *, chunk: int = 20, seed: int = 0) -> list[Sentence]:
    """A reproducible random `share` of the sentences, taken in runs of `chunk` consecutive ones (so a
    name's other occurrences nearby stay beside it for `context`), in their order."""
    starts = list(range(0, len(sentences), chunk))
    kept = sorted(random.Random(seed).sample(starts, round(len(starts) * min(max(share, 0.0), 1.0))))
    return [s for start in kept for s in sentences[start : start + chunk]]


def glue(tokens: Sequence[str], tags: Sequence[str]) -> Sentence:
    """Whitespace words from clitic-split tokens: proclitics onto the next word, suffixes onto the previous."""
    words: list[str] = []
    out_tags: list[str] = []
    pending, pending_tag = "", "O"  # proclitics waiting for their host
    for token, tag in zip(tokens, tags, strict=True):
        if token in _PROCLITICS:
            pending_tag = pending_tag if pending else tag
            pending += token
            continue
        if pending:
            host_tag = pending_tag if pending_tag != "O" else tag
            token, tag, pending, pending_tag = _prefix(pending, token), host_tag, "", "O"
        elif words and _is_suffix(token, words[-1]):
            words[-1] = _suffixed(words[-1], token)
            continue
        words.append(token)
        out_tags.append(tag)
    if pending:  # a sentence that ends on a proclitic keeps it as a word
        words.append(pending)
        out_tags.append(pending_tag)
    return words, repair_bio(out_tags)


def _is_suffix(token: str, host: str) -> bool:
    if not host[-1:].isalpha():
        return False
    if token in _SUFFIXES:
        return True
    return token in _AMBIGUOUS_SUFFIXES and not host.startswith("ال") and len(host) > 1


def _prefix(clitics: str, host: str) -> str:
    if clitics.endswith("ل") and host.startswith("ال"):  # ل + ال is written لل
        return clitics + host[1:]
    return clitics + host


def _suffixed(host: str, suffix: str) -> str:
    if host.endswith("ة"):  # عاصمة + ها -> عاصمتها
        host = host[:-1] + "ت"
    elif host.endswith("ى"):  # مستوى + ه -> مستواه
        host = host[:-1] + "ا"
    return host + suffix


MIN_NAMED = 2
STRONG_SHARE = 0.6
WEAK_SHARE = 0.25


def train_wiki_names(path: Path, out: Path) -> int:
    """Count how often each word (proclitics and article off) is part of a name of each type in
    WikiFANE and write those mostly or often in names; returns the number of words written."""
    seen: Counter[str] = Counter()
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for tokens, tags in read_wikifane(path):
        for token, tag in zip(tokens, tags, strict=True):
            key = bare_stem(norm(token))
            seen[key] += 1
            if tag != "O" and len(key) >= 2 and key.isalpha():  # not model numbers (ميغ 21)
                named[key][tag[2:]] += 1
    rows = []
    for key, types in named.items():
        typ, n = types.most_common(1)[0]
        if n >= MIN_NAMED and n >= WEAK_SHARE * seen[key]:
            rows.append((key, typ if n >= STRONG_SHARE * seen[key] else typ + "~", n, seen[key]))
    header = f"words in names in {path.name} (WikiFANE Gold, CC BY-SA 3.0): word, type (~: often, not mostly), in names, occurrences"
    return write_word_types(out, header, rows)

