"""The phrase lists under rasad/clean/data/, compiled once on first use.

Phrase lists are matched against a line's match key (normalised, punctuation
folded to spaces; see `lines.match_key`), so each entry is folded the same way
when it is loaded and hamza, diacritic, case and separator variants need no
entry of their own. Pattern files (bylines, outlet signals, embeds) hold
regular expressions tried on the original line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.lexicon import read_lines, read_rows, weekdays
from rasad.arabic.normalize import norm
from rasad.clean.lines import match_key
from rasad.errors import ModelError

PACKAGE = "rasad.clean"
_SEP = r"[\W_]+"


def _alternation(keys: list[str]) -> str:
    """Keys as one regex alternation, longest first, separators as any punctuation/space."""
    unique = sorted({k for k in keys if k}, key=len, reverse=True)
    return "|".join(_SEP.join(re.escape(tok) for tok in k.split(" ")) for k in unique)


@dataclass(frozen=True)
class PhraseSet:
    """Phrases with a label each, and a regex finding any of them as whole words."""

    labels: dict[str, str]  # key -> label
    pattern: re.Pattern[str]

    def label_of(self, found: str) -> str:
        return self.labels.get(match_key(found), "")


def _phrase_set(rows: list[tuple[str, str]]) -> PhraseSet:
    labels = {match_key(phrase): label for phrase, label in rows}
    pattern = re.compile(rf"(?<!\w)(?:{_alternation(list(labels))})(?!\w)")
    return PhraseSet(labels, pattern)


def _rows(name: str, columns: int) -> list[list[str]]:
    rows = read_rows(PACKAGE, name)
    for row in rows:
        if len(row) < columns:
            raise ModelError(f"{PACKAGE}/data/{name}: row {row!r} has fewer than {columns} columns",
                             hint="columns are separated by one TAB")
    return [[cell.strip() for cell in row] for row in rows]


@lru_cache(maxsize=1)
def ui_line() -> re.Pattern[str]:
    """A match key made only of user-interface phrases ("شارك القصة", "العودة العودة")."""
    keys = [match_key(row[0]) for row in _rows("ui_phrases.tsv", 1)]
    return re.compile(rf"(?:(?:{_alternation(keys)})(?: |$))+")


@lru_cache(maxsize=1)
def ui_labels() -> dict[str, str]:
    return {match_key(row[0]): row[1] if len(row) > 1 else "" for row in _rows("ui_phrases.tsv", 1)}


@lru_cache(maxsize=1)
def read_also() -> re.Pattern[str]:
    """A read-also header at the start of a normalised line; group 'rest' is what follows. A header
    that is also prose ("للمزيد") needs a colon or a spaced dash after it ("للمزيد - عنوان"), or nothing."""
    optional: list[str] = []
    required: list[str] = []
    for phrase, colon in _rows("read_also.tsv", 2):
        (required if colon == "required" else optional).append(match_key(phrase))
    return re.compile(
        rf"^[\W_]*(?:(?P<opt>{_alternation(optional)})(?!\w)|(?P<req>{_alternation(required)})(?=\s*[:：]|\s+[-–—]\s|[\W_]*$))"
        r"[\s:：\-–—]*(?P<rest>.*)$"
    )


@lru_cache(maxsize=1)
def cookie_phrases() -> tuple[PhraseSet, PhraseSet]:
    """(topic phrases, phrases by which a site addresses its reader)."""
    rows = _rows("cookie_phrases.tsv", 2)
    topic = _phrase_set([(r[0], "topic") for r in rows if r[1] == "topic"])
    address = _phrase_set([(r[0], "address") for r in rows if r[1] == "address"])
    return topic, address


@lru_cache(maxsize=1)
def notices() -> tuple[re.Pattern[str], PhraseSet, PhraseSet]:
    """(prefix notices: "تنويه:", contained notices: disclaimers, copyright, follow-us, click-here,
    notices that are never prose and so count between paragraphs too: an outlet on what it cannot verify)."""
    rows = _rows("notice_phrases.tsv", 3)
    prefixes = [match_key(r[0]) for r in rows if r[1] == "prefix"]
    prefix = re.compile(rf"^[\W_]*(?:{_alternation(prefixes)})\s*(?:[:：]|$)")
    contains = _phrase_set([(r[0], r[2]) for r in rows if r[1] == "contains"])
    anywhere = _phrase_set([(r[0], r[2]) for r in rows if r[1] == "anywhere"])
    return prefix, contains, anywhere


@lru_cache(maxsize=1)
def credit_names() -> PhraseSet:
    """Agencies, platforms and archive labels that end captions and make up credits."""
    return _phrase_set([(r[0], r[1] if len(r) > 1 else "") for r in _rows("caption_credits.tsv", 1)])


@lru_cache(maxsize=1)
def caption_end() -> re.Pattern[str]:
    """A caption's closing credit on a normalised line: "(غيتي)", "- via REUTERS", "/ AFP"."""
    names = _alternation([match_key(r[0]) for r in _rows("caption_credits.tsv", 1)])
    one = rf"(?:{names})"
    many = rf"{one}(?:\s*(?:[/|+،,]|\bvia\b|\bو)\s*{one})*"
    return re.compile(
        rf"(?:[(\[]\s*(?:(?:صوره|الصوره|photo|image)\s*[:：]?\s*)?{many}\s*[)\]]"
        rf"|(?:[-–—|/]\s*|\bvia\s+)(?:(?:صوره|photo)\s*[:：]?\s*)?{many})$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def caption_labels() -> re.Pattern[str]:
    """A caption or photo-credit label at the start of a match key ("التعليق على الصورة، …")."""
    return re.compile(rf"^(?:{_alternation([match_key(r[0]) for r in _rows('caption_labels.tsv', 2)])})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def caption_blockers() -> frozenset[str]:
    """Words before a closing credit that make it a reported source, not a photo credit."""
    return frozenset(match_key(row[0]) for row in _rows("caption_blockers.tsv", 1))


@lru_cache(maxsize=1)
def byline_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _rows("byline_patterns.tsv", 2)]


@lru_cache(maxsize=1)
def link_markers() -> list[tuple[str, re.Pattern[str]]]:
    """(item | end | section, pattern) of lines that mark links (link_markers.tsv)."""
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _rows("link_markers.tsv", 2)]


@lru_cache(maxsize=1)
def outlet_signals() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _rows("outlet_signals.tsv", 2)]


@lru_cache(maxsize=1)
def embeds() -> dict[str, list[re.Pattern[str]]]:
    out: dict[str, list[re.Pattern[str]]] = {"signature": [], "link": [], "intro": []}
    for kind, rx in _rows("embeds.tsv", 2):
        out.setdefault(kind, []).append(re.compile(rx, re.IGNORECASE))
    return out


@lru_cache(maxsize=1)
def date_labels() -> PhraseSet:
    return _phrase_set([(r[0], r[1]) for r in _rows("date_labels.tsv", 2)])


@lru_cache(maxsize=2)
def lead_verbs(core: bool = False) -> frozenset[str]:
    """Third-person past forms (masculine and feminine singular, folded) of the verbs a news lead
    opens with: the speech verbs and the event-trigger verbs of rasad.extract's word lists, asked of
    their own readers, so the two stay one list; and, unless `core`, the other verbs that open leads
    (data/lead_verbs.tsv)."""
    from rasad.extract.events.lexicon import verb_trigger_lemmas  # word lists only; cleaning needs no extraction
    from rasad.extract.speech import past_forms, speech_lemmas

    own = [] if core else [norm(line) for line in read_lines(PACKAGE, "lead_verbs.tsv")]
    return frozenset(match_key(form) for past in speech_lemmas() + verb_trigger_lemmas() + own if past
                     for form in past_forms(past)[:2])


@lru_cache(maxsize=1)
def lead_days() -> frozenset[str]:
    """Match keys of the words by which a lead names its day: the Arabic weekday names of rasad.arabic and
    data/lead_days.tsv (اليوم، أمس)."""
    names = [name for name in weekdays() if not name.isascii()] + read_lines(PACKAGE, "lead_days.tsv")
    return frozenset(match_key(name) for name in names)
