"""The one document object every component reads and annotates.

`Document.text` is the text as read (plain text) or as extracted from markup
(HTML, feeds, WARC). It never changes after ingest: assigning to it raises.
Every annotation is a `(start, end)` character range into it, so each fact
can be shown in its original place. Cleaning does not rewrite the text; it
marks which ranges are body and which were removed, and why.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from rasad.errors import DocumentError

# What a removed range was. Kept as plain strings so the store and the
# analysis file can carry them without a schema change.
REMOVAL_KINDS = frozenset(
    {
        "furniture",  # user-interface lines, cookie notices, "read also" blocks
        "duplicate",  # a line repeated in the same document (the body keeps one copy)
        "caption",  # photo captions
        "pull_quote",  # a sentence of the body repeated as a display quote
        "title",  # the headline, kept in meta.title rather than the body
        "embed",  # embedded posts (tweets) quoted in the page
        "page_date",  # the date the page was viewed, not published
        "byline",
        "dateline",
        "credit",  # source credits ("المصادر: العربي - وكالات")
    }
)
BLOCK_KINDS = frozenset({"paragraph", "heading", "standfirst"})


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise DocumentError(f"invalid span ({self.start}, {self.end})", hint="start must be >= 0 and <= end")

    def text(self, doc_text: str) -> str:
        return doc_text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Block:
    """A kept range of the body: a paragraph, a sub-heading or a standfirst."""

    span: Span
    kind: str = "paragraph"


@dataclass(frozen=True, slots=True)
class Removal:
    """A range taken out of the body, with what it was and why."""

    span: Span
    kind: str
    reason: str


@dataclass(frozen=True, slots=True)
class Token:
    span: Span
    norm: str  # the normalised form used for matching
    prefix: str = ""  # clitics split off the front (و ف ب ل ك ال)
    stem: str = ""
    suffix: str = ""  # pronoun suffixes


@dataclass(frozen=True, slots=True)
class Timex:
    span: Span
    value: str | None  # TIMEX3 value, None for durations and vague expressions
    mod: str | None = None  # START, MID, END, APPROX
    kind: str = "date"  # date, time, duration, set, vague
    anchor: str | None = None  # the reference the value was resolved against


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    type: str  # PER, ORG, GPE, LOC, FAC, MISC
    entity_id: str | None = None
    role: Span | None = None  # the title phrase that introduced a person
    source: str = ""  # kb, pattern, model


@dataclass(frozen=True, slots=True)
class Quote:
    span: Span
    kind: str  # direct, reported
    speaker: str | None = None  # entity id
    speaker_span: Span | None = None
    verb: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    what: str
    value: int
    approx: str | None = None


@dataclass(frozen=True, slots=True)
class EventMention:
    span: Span  # the reporting sentence
    type: str
    trigger: Span | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    date: str | None = None
    date_mod: str | None = None
    mode: str | None = None
    counts: tuple[Count, ...] = ()
    negated: bool = False
    modality: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    span: Span
    quantity: str
    value: float
    approx: str | None = None
    unit: str | None = None
    event: int | None = None  # index into Document.events


@dataclass
class Meta:
    """What is known about a document besides its text; None where unknown."""

    title: str | None = None
    outlet: str | None = None
    outlet_how: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    published_how: str | None = None  # markup, text, metadata, inferred
    page_date: str | None = None
    byline: str | None = None
    dateline: str | None = None
    credit: str | None = None
    language: str | None = None
    format: str | None = None  # txt, html, jsonl, feed, warc
    extra: dict[str, Any] = field(default_factory=dict)


# Annotation layers in the order the pipeline fills them; names double as
# the `requires`/`provides` vocabulary of components.
LAYERS = ("body", "removed", "sentences", "tokens", "timexes", "mentions", "quotes", "events", "claims")
_LAYER_TYPES: dict[str, type] = {
    "body": Block,
    "removed": Removal,
    "sentences": Span,
    "tokens": Token,
    "timexes": Timex,
    "mentions": Mention,
    "quotes": Quote,
    "events": EventMention,
    "claims": Claim,
}


def stable_id(source: str, text: str) -> str:
    """A short id from where a document came from and what it says."""
    return hashlib.sha1(f"{source}\x00{text}".encode()).hexdigest()[:16]


class Document:
    """One article: immutable text, metadata and annotation layers of spans."""

    __slots__ = ("_text", "id", "source", "meta", "provided", *LAYERS)

    def __init__(self, text: str, *, id: str | None = None, source: str = "", meta: Meta | None = None) -> None:
        if not isinstance(text, str):
            raise DocumentError("Document text must be str", hint="decode bytes before building a Document")
        self._text = text
        self.id = id or stable_id(source, text)
        self.source = source
        self.meta = meta or Meta()
        self.provided: set[str] = {"text", "meta"}
        self.body: list[Block] = []
        self.removed: list[Removal] = []
        self.sentences: list[Span] = []
        self.tokens: list[Token] = []
        self.timexes: list[Timex] = []
        self.mentions: list[Mention] = []
        self.quotes: list[Quote] = []
        self.events: list[EventMention] = []
        self.claims: list[Claim] = []

    @property
    def text(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, chars={len(self._text)}, provided={sorted(self.provided)})"

    def span_text(self, span: Span) -> str:
        return span.text(self._text)

    def body_text(self, sep: str = "\n") -> str:
        """The cleaned article: the kept ranges, in order, joined by `sep`."""
        return sep.join(self._text[b.span.start : b.span.end] for b in self.body)

    def content_hash(self) -> str:
        return hashlib.sha1(self._text.encode()).hexdigest()

    def to_dict(self, *, without: Iterable[str] = ()) -> dict[str, Any]:
        """A JSON-ready form; `from_dict` reads it back unchanged.

        Layers named in `without` are left out and dropped from `provided`, so a
        reader knows to recompute them (the store leaves out tokens this way).
        """
        skip = set(without)
        out: dict[str, Any] = {"id": self.id, "source": self.source, "text": self._text, "meta": asdict(self.meta)}
        out["provided"] = sorted(self.provided - skip)
        for layer in LAYERS:
            if layer not in skip:
                out[layer] = [_as_dict(item) for item in getattr(self, layer)]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        meta_fields = {f.name for f in fields(Meta)}
        meta = Meta(**{k: v for k, v in (data.get("meta") or {}).items() if k in meta_fields})
        doc = cls(data["text"], id=data["id"], source=data.get("source", ""), meta=meta)
        doc.provided = set(data.get("provided") or ["text", "meta"])
        for layer in LAYERS:
            setattr(doc, layer, [_build(_LAYER_TYPES[layer], item) for item in data.get(layer) or []])
        return doc


def _as_dict(item: Any) -> Any:
    """A dict of an annotation, spans and counts nested as dicts.

    Faster than dataclasses.asdict, which deep-copies every value: this runs
    once per token, mention and timex of every stored document.
    """
    if isinstance(item, Span):
        return {"start": item.start, "end": item.end}
    if isinstance(item, tuple):
        return [_as_dict(x) for x in item]
    if hasattr(item, "__dataclass_fields__"):
        # Our annotation classes have no ClassVar or InitVar, so every entry is a field.
        return {name: _as_dict(getattr(item, name)) for name in item.__dataclass_fields__}
    return item


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Rebuild a frozen annotation dataclass (and its nested spans) from a dict."""
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if isinstance(value, dict) and {"start", "end"} <= value.keys():
            value = Span(value["start"], value["end"])
        elif f.name == "counts":
            value = tuple(Count(**c) for c in value)
        kwargs[f.name] = value
    if cls is Span:
        return Span(data["start"], data["end"])
    return cls(**kwargs)
