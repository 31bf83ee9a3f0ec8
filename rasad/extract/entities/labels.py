"""The tagger's label schemes: BIO, which the rest of rasad reads, and BILOU, which it may learn.

BILOU (Ratinov & Roth 2009; also called BIOES) marks a name's last word (L-) and a one-word
name (U-) apart from its first (B-) and inner (I-) words, so that a linear-chain model learns
where names end and that one-word names look unlike the first words of longer ones. A model
trained on BILOU is read back in BIO label by label (L- -> I-, U- -> B-; BIOES's E- and S-
alike), so nothing that reads the tagger's labels sees the scheme; a model's scheme is told
by its labels, so a model file needs no record of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

SCHEMES = ("bio", "bilou")
_AS_BIO = {"L": "I", "U": "B", "E": "I", "S": "B"}  # BILOU's and BIOES's prefixes read in BIO


def bio_label(label: str) -> str:
    """One label of any of the schemes, in BIO (B-PER, I-ORG, O)."""
    prefix, dash, typ = label.partition("-")
    return f"{_AS_BIO.get(prefix, prefix)}-{typ}" if dash else label


def to_bio(tags: Sequence[str]) -> list[str]:
    """A sequence of labels of any of the schemes, in BIO."""
    return [bio_label(t) for t in tags]


def encode(tags: Sequence[str], scheme: str) -> list[str]:
    """A BIO sequence (B- starting each name, as `training.repair_bio` leaves it) in `scheme`."""
    if scheme == "bio":
        return list(tags)
    if scheme != "bilou":
        raise ValueError(f"unknown label scheme {scheme!r}: use one of {SCHEMES}")
    out = []
    for i, tag in enumerate(tags):
        goes_on = i + 1 < len(tags) and tags[i + 1] == "I-" + tag[2:]  # the next word is in the same name
        if tag.startswith("B-"):
            tag = tag if goes_on else "U-" + tag[2:]
        elif tag.startswith("I-"):
            tag = tag if goes_on else "L-" + tag[2:]
        out.append(tag)
    return out


def scheme_of(labels: Iterable[str]) -> str:
    """The scheme a model was trained in, told by its labels (an L- or U-, or E- or S-: BILOU)."""
    return "bilou" if any(label[:2] in ("L-", "U-", "E-", "S-") for label in labels) else "bio"
