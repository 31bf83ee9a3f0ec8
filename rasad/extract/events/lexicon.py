"""The event data files under rasad/extract/data, loaded once on first use."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.lexicon import read_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.extract.speech import past_forms, present_forms
from rasad.extract.wordscan import GAP, PhraseIndex, phrase_key

PKG = "rasad.extract"


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    type: str
    pos: str  # verb, noun
    tense: str  # past, present, noun
    flags: frozenset[str]


@dataclass(frozen=True, slots=True)
class CountNoun:
    quantity: str  # what is counted: troops, rockets, dead…
    event_count: str | None  # the event count it makes (killed, rockets…), if any
    dual: bool = False  # the form itself says two (صاروخين)
    singular: bool = False  # the first form of its row: one, after a casualty cue ("مقتل جندي")


def verb_trigger_lemmas() -> list[str]:
    """The normalised past form heading every verb trigger of event_triggers.tsv (أعلن، اعتقل، فجر…)."""
    return [norm(alt.split()[0].split("/")[0]) for row in read_rows(PKG, "event_triggers.tsv")
            if len(row) > 2 and row[2].strip() == "verb" for alt in row[0].split("|") if alt.strip()]


def _phrases(alternatives: str, pos: str) -> list[tuple[str, str]]:
    """(phrase, tense) for each alternative; a verb's first word "past/present" is conjugated."""
    out: list[tuple[str, str]] = []
    for alt in alternatives.split("|"):
        head, *rest = alt.strip().split()
        tail = (" " + " ".join(rest)) if rest else ""
        if pos == "verb" and "/" in head:
            past, present = (norm(x) for x in head.split("/"))
            out += [(f + tail, "past") for f in past_forms(past)]
            out += [(f + tail, "present") for f in present_forms(present)]
        else:
            out.append((alt.strip(), "past" if pos == "verb" else "noun"))
    return out


@dataclass(frozen=True, slots=True)
class WideFrame:
    """A trigger phrase whose gap reaches further than wordscan's "*": "حمّل X المسؤولية" holds a subject
    and an object between the verb and its noun ("وحمل الرئيس الفلسطيني محمود عباس إسرائيل المسؤولية")."""

    entry: TriggerEntry
    tail: tuple[str, ...]  # phrase keys of the words after the gap
    reach: int  # at most this many words in the gap


def _trigger_rows() -> list[tuple[str, TriggerEntry, int]]:
    """(phrase, entry, reach of its gap: 0 for the ordinary "*") for every phrase of event_triggers.tsv."""
    out: list[tuple[str, TriggerEntry, int]] = []
    for row in read_rows(PKG, "event_triggers.tsv"):
        forms, etype, pos = (c.strip() for c in row[:3])
        flags = frozenset(f.strip() for f in row[3].split(",")) if len(row) > 3 and row[3].strip() else frozenset()
        reach = next((int(f[6:]) for f in flags if f.startswith("reach=")), 0)
        out += [(p, TriggerEntry(etype, pos, tense, flags), reach) for p, tense in _phrases(forms, pos)]
    return out


@lru_cache(maxsize=1)
def trigger_indexes() -> tuple[PhraseIndex[TriggerEntry], PhraseIndex[TriggerEntry]]:
    """(verbs, nouns): verbs keep a leading ال (التقى), nouns are looked up without the article."""
    verbs: list[tuple[str, TriggerEntry]] = []
    nouns: list[tuple[str, TriggerEntry]] = []
    for phrase, entry, reach in _trigger_rows():
        if not (reach and GAP in phrase.split()):
            (verbs if entry.pos == "verb" else nouns).append((phrase, entry))
    return PhraseIndex(verbs, strip_article=False), PhraseIndex(nouns)


@lru_cache(maxsize=1)
def not_trigger_index() -> PhraseIndex[str]:
    """Phrases whose first word reads as a trigger but that report no event (data/event_not_triggers.tsv):
    "بيان صادر عن الوزارة" is a statement issued by the ministry, nothing confiscated."""
    return PhraseIndex(((row[0].strip(), row[0].strip()) for row in read_rows(PKG, "event_not_triggers.tsv")), strip_article=False)


@lru_cache(maxsize=1)
def wide_frames() -> PhraseIndex[WideFrame]:
    """The phrases with a wide gap (flag reach=N), indexed by the words before the gap."""
    frames: list[tuple[str, WideFrame]] = []
    for phrase, entry, reach in _trigger_rows():
        tokens = phrase.split()
        if reach and GAP in tokens:
            k = tokens.index(GAP)
            tail = tuple(phrase_key(t) for t in tokens[k + 1 :])
            frames.append((" ".join(tokens[:k]), WideFrame(entry, tail, reach)))
    return PhraseIndex(frames, strip_article=False)


def _alternatives(rows: list[list[str]]) -> list[tuple[str, list[str]]]:
    return [(alt.strip(), [c.strip() for c in row[1:]]) for row in rows for alt in row[0].split("|")]


@lru_cache(maxsize=1)
def mode_index() -> PhraseIndex[tuple[str, int]]:
    return PhraseIndex((a, (cols[0], int(cols[1]))) for a, cols in _alternatives(read_rows(PKG, "event_modes.tsv")))


@lru_cache(maxsize=1)
def modality_index() -> PhraseIndex[str]:
    rows = read_rows(PKG, "modality.tsv")
    return PhraseIndex((a, cols[0]) for a, cols in _alternatives(rows) if cols[0] != "deadline")


@lru_cache(maxsize=1)
def deadline_words() -> PhraseIndex[str]:
    rows = read_rows(PKG, "modality.tsv")
    return PhraseIndex((a, cols[0]) for a, cols in _alternatives(rows) if cols[0] == "deadline")


def _dual(singular: str) -> list[str]:
    s = norm(singular)
    head, *rest = s.split()
    stem = head[:-1] + "ت" if head.endswith("ه") else head
    tail = [w[:-1] + "تين" if w.endswith("ه") else w + "ين" for w in rest]  # طائرة مسيرة -> طائرتين مسيرتين
    return [" ".join([stem + "ين", *tail]), " ".join([stem + "ان", *[t[:-2] + "ان" for t in tail]])]


@lru_cache(maxsize=1)
def count_noun_index() -> PhraseIndex[CountNoun]:
    entries: list[tuple[str, CountNoun]] = []
    for row in read_rows(PKG, "count_nouns.tsv"):
        forms = [f.strip() for f in row[0].split("|")]
        quantity, event = row[1].strip(), row[2].strip()
        noun = CountNoun(quantity, None if event == "-" else event)
        entries.append((forms[0], CountNoun(quantity, noun.event_count, singular=True)))
        entries += [(f, noun) for f in forms[1:]]
        entries += [(d, CountNoun(quantity, noun.event_count, True)) for d in _dual(forms[0])]
    return PhraseIndex(entries)


@lru_cache(maxsize=1)
def casualty_index() -> PhraseIndex[str]:
    return PhraseIndex((a, cols[0]) for a, cols in _alternatives(read_rows(PKG, "casualty_cues.tsv")))


@lru_cache(maxsize=1)
def adjacent_cues() -> frozenset[str]:
    """First words of the casualty cues flagged adjacent: they count only the number right after them ("غرق 90 شخصا")."""
    return frozenset(phrase_key(a.split()[0]) for a, cols in _alternatives(read_rows(PKG, "casualty_cues.tsv"))
                     if len(cols) > 1 and cols[1] == "adjacent")


@lru_cache(maxsize=1)
def zero_index() -> PhraseIndex[str]:
    return PhraseIndex((a, cols[0]) for a, cols in _alternatives(read_rows(PKG, "zero_cues.tsv")))


@lru_cache(maxsize=1)
def zero_nouns() -> PhraseIndex[str]:
    return PhraseIndex((a, cols[0]) for a, cols in _alternatives(read_rows(PKG, "zero_nouns.tsv")))


@lru_cache(maxsize=1)
def toll_cues() -> PhraseIndex[str]:
    """Toll nouns (حصيلة) and words of change (ارتفعت) that together raise an earlier event's toll (data/toll_cues.tsv)."""
    return PhraseIndex((a.strip(), row[1].strip()) for row in read_rows(PKG, "toll_cues.tsv") for a in row[0].split("|"))


@lru_cache(maxsize=1)
def clause_openers() -> PhraseIndex[str]:
    return PhraseIndex((w, w) for w in read_lines(PKG, "clause_openers.tsv"))


@lru_cache(maxsize=1)
def units() -> PhraseIndex[str]:
    return PhraseIndex((r[0].strip(), r[1].strip()) for r in read_rows(PKG, "units.tsv"))


@lru_cache(maxsize=1)
def begin_verbs() -> PhraseIndex[str]:
    """Verbs of beginning (data/event_phase_verbs.tsv), conjugated."""
    rows = read_rows(PKG, "event_phase_verbs.tsv")
    return PhraseIndex(((p, "begin") for row in rows for p, _ in _phrases(row[0], "verb")), strip_article=False)


@lru_cache(maxsize=1)
def durations() -> dict[str, tuple[str, int]]:
    """Normalised time-unit word -> (unit, count it says by itself: يومين = 2, أيام = 0)."""
    return {norm(r[0].strip()): (r[1].strip(), int(r[2])) for r in read_rows(PKG, "durations.tsv")}


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, ...]]:
    """Normalised capital -> normalised names of the state it stands for."""
    out: dict[str, tuple[str, ...]] = {}
    for row in read_rows(PKG, "capitals.tsv"):
        states = tuple(norm(s.strip()) for s in row[1].split("|"))
        for cap in row[0].split("|"):
            out[norm(cap.strip())] = states
    return out


@lru_cache(maxsize=1)
def topic_words() -> frozenset[str]:
    """Normalised words of the class "topic" of data/event_dating.tsv ("بشأن"، "حول"، "ملابسات"): an event named
    after one is what a statement is about, not what it announces."""
    return dating_words("topic")


@lru_cache(maxsize=1)
def report_verbs() -> dict[str, str]:
    """Normalised past lemma of a verb of reporting -> the preposition that brings in the event it reports, from the
    class "report" of data/event_dating.tsv ("أفادت الشرطة بمقتل شخصين"، "تحدثت مصادر عن سقوط قتلى"): the event is
    the news, the reporter neither did it nor made a statement of it."""
    out: dict[str, str] = {}
    for row in read_rows(PKG, "event_dating.tsv"):
        if len(row) > 1 and row[1].strip() == "report":
            verb, prep = norm(row[0].strip()).split()
            out[verb] = prep
    return out


@lru_cache(maxsize=1)
def correspondent_words() -> frozenset[str]:
    """Normalised words of the class "correspondent" of data/event_dating.tsv: a speaker so named reports for the
    outlet that publishes ("وفق ما أفاد مراسل سكاي نيوز عربية"), which makes no statement of its own."""
    return dating_words("correspondent")


@lru_cache(maxsize=1)
def casualty_heads() -> frozenset[str]:
    """Normalised words of the class "casualty_head" of data/event_dating.tsv ("قتلى"، "ضحايا"): a protest noun
    after one ("قتلى التظاهرات") names where people died, and the event is the deaths."""
    return dating_words("casualty_head")


@lru_cache(maxsize=1)
def _dating_table() -> dict[str, frozenset[tuple[str, ...]]]:
    table: dict[str, set[tuple[str, ...]]] = {}
    for row in read_rows(PKG, "event_dating.tsv"):
        table.setdefault(row[1].strip(), set()).add(tuple(norm(row[0].strip()).split()))
    return {k: frozenset(v) for k, v in table.items()}


def dating_phrases(kind: str) -> frozenset[tuple[str, ...]]:
    """Normalised phrases (as word tuples) of one class of data/event_dating.tsv."""
    return _dating_table().get(kind, frozenset())


@lru_cache(maxsize=64)
def dating_words(kind: str) -> frozenset[str]:
    """Normalised single words of one class of data/event_dating.tsv ("topic": بشأن، حول; "sport": مباراة)."""
    return frozenset(p[0] for p in dating_phrases(kind) if len(p) == 1)
