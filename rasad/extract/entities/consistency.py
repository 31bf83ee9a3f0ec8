"""One name, one label within a stretch of text: the tagger's names carried to their other occurrences.

An article names the same place or club many times, and the tagger, deciding
each sentence alone, finds some occurrences and misses others (بلنسية tagged
in one sentence, left untagged in the next). `propagate` tags the untagged
occurrences of every name found in the sentences around (the same words up to
proclitics and article: وبلنسية is بلنسية), with the type most often given to
it there, provided it is tagged at least `SHARE` of the times it occurs there.
Longer names go first; tagged words are never retagged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rasad.extract.entities.context import WINDOW
from rasad.extract.entities.training import entities
from rasad.extract.entities.words import word_key

_MIN_KEY = 3  # a one- or two-letter first word is too ambiguous to carry a name
SHARE = 0.2  # a word tagged once in ten occurrences (الأسود "the lions") is more often not a name


def _keys(tokens: Sequence[str]) -> tuple[str, ...]:
    return tuple(map(word_key.__getitem__, tokens))


def propagate(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], window: int = WINDOW, share: float = SHARE) -> list[list[str]]:
    """BIO tags of each sentence with the names of the `window` sentences either side carried over,
    those tagged at least `share` of the times their first word occurs there."""
    keys = [_keys(tokens) for tokens in sentences]
    found = [[(keys[si][a:b], t) for a, b, t in entities(sent_tags)] for si, sent_tags in enumerate(tags)]
    counts = [Counter(k) for k in keys]
    out = []
    for si, sent_tags in enumerate(tags):
        around = range(max(0, si - window), min(len(tags), si + window + 1))
        votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        for sj in around:
            for name, typ in found[sj]:
                if len(name[0]) >= _MIN_KEY:
                    votes[name][typ] += 1
        for name in [n for n in votes if n[0] in counts[si]]:
            seen = sum(counts[sj][name[0]] for sj in around)
            if sum(votes[name].values()) < share * seen:
                del votes[name]
        out.append(_carry(keys[si], list(sent_tags), votes))
    return out


def _carry(keys: tuple[str, ...], tags: list[str], votes: dict[tuple[str, ...], Counter[str]]) -> list[str]:
    if not votes:
        return tags
    firsts = {name[0] for name in votes}
    if not firsts.intersection(keys):
        return tags
    for name in sorted(votes, key=len, reverse=True):
        typ = votes[name].most_common(1)[0][0]
        size = len(name)
        for i in range(len(keys) - size + 1):
            end = i + size
            if keys[i:end] != name or any(t != "O" for t in tags[i:end]) or (end < len(tags) and tags[end].startswith("I-")):
                continue
            tags[i:end] = ["B-" + typ] + ["I-" + typ] * (size - 1)
    return tags
