"""The story sections of the report: what each story is, when things happened, who said what.

For each story: its headline and summary (each sentence with the outlets
that report it), its timeline (events in date order with the outlets that
report each, linked to the sentence), its sources side by side (a column per
outlet), how the outlets' figures compare, and its quotes grouped by
speaker. Documents in no story (a run without the corpus jobs) get one more
section of the same shape, so their events and quotes are still shown.

Everything is read from the analysis file's dict, so the report shows what
analysis.json says; `Lookup.href` turns a document range into a link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from rasad.outputs.report_body import doc_anchor

UNKNOWN_OUTLET = "وسيلة غير معروفة"
UNKNOWN_SPEAKER = "قائل غير معروف"
REST_ID, REST_TITLE = "rest", "وثائق خارج القصص"
SUMMARY_CHARS = 220  # an event's sentence is cut to this length in the timeline
VERDICT_ORDER = {"contradiction": 0, "update": 1, "agree": 2, "single": 3}


@dataclass(frozen=True)
class Lookup:
    """What the story sections need to name things and link to them."""

    docs: dict[str, dict[str, Any]]  # document id -> its analysis entry
    entities: dict[str, str]  # entity id -> name
    events: dict[str, dict[str, Any]]  # event id -> its analysis entry
    texts: dict[str, str]  # document id -> its text, for the sentence an event was read from
    labels: dict[str, dict[str, str]]  # group -> code -> Arabic label
    href: Callable[[str, int, int], str]  # (doc, start, end) -> "#anchor"

    def label(self, group: str, code: str | None) -> str:
        return self.labels.get(group, {}).get(code or "", code or "")

    def outlet(self, name: str) -> str:
        """compare and summarise name an outlet-less document by its id: show it as unknown."""
        return UNKNOWN_OUTLET if name in self.docs and not self.docs[name]["outlet"] else name

    def ref(self, doc: str, start: int | None = None, end: int | None = None, outlet: str | None = None) -> dict[str, Any]:
        info = self.docs.get(doc, {})
        href = self.href(doc, start, end) if start is not None and end is not None else "#" + doc_anchor(doc)
        return {"doc": doc, "start": start or 0, "outlet": self.outlet(outlet or info.get("outlet") or doc), "published": info.get("published"),
                "title": info.get("title") or doc, "href": href}


def story_views(analysis: dict[str, Any], lookup: Lookup, shown: set[str] | None = None) -> list[dict[str, Any]]:
    """A section per story (only those whose ids are in `shown`, when given), in the analysis
    file's order, and one for the documents in no story."""
    quotes: dict[str, list[dict[str, Any]]] = defaultdict(list)  # grouped once: a corpus has many stories
    for q in analysis["quotes"]:
        quotes[q["doc"]].append(q)
    compared: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for c in analysis["comparisons"]:
        compared[c["story"]].append(c)
    found = {"quotes": quotes, "comparisons": compared}
    stories = [_story(s, s["docs"], s["timeline"], found, lookup) for s in analysis["stories"] if shown is None or s["id"] in shown]
    placed = {d for s in analysis["stories"] for d in s["docs"]}
    rest = [d["id"] for d in analysis["documents"] if d["id"] not in placed]
    if rest:
        rest_set = set(rest)
        timeline = [e["id"] for e in _by_date(analysis["events"]) if all(m["doc"] in rest_set for m in e["mentions"])]
        view = _story({"id": REST_ID, "title": REST_TITLE, "summary": [], "summary_sources": []}, rest, timeline, found, lookup)
        if view["timeline"] or view["undated"] or view["quotes"] or view["comparisons"] or view["singles"]:
            stories.append(view)
    return stories


def _by_date(events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or "", e["id"]))


def _story(story: dict[str, Any], docs: list[str], timeline: list[str], found: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    """`found` holds quotes by document and comparisons by story (None: outside any story)."""
    members = set(docs)
    if story["id"] == REST_ID:
        compared = [c for c in found["comparisons"][None] if all(r["doc"] in members for r in c["rows"])]
    else:
        compared = found["comparisons"][story["id"]]
    coverage = {c["event"]: c for c in compared if c["verdict"] == "reported"}
    events = [_event(lookup.events[e], coverage.get(e), lookup) for e in timeline if e in lookup.events]
    values = sorted((c for c in compared if c["what"] is not None), key=lambda c: (VERDICT_ORDER.get(c["verdict"], 9), c["what"]))
    return {
        "id": story["id"],
        "anchor": "story-" + story["id"],
        "title": story["title"] or story["id"],
        "doc_count": len(docs),
        "summary": [
            {"text": text, **lookup.ref(src["doc"], src["start"], src["end"]), "outlets": [lookup.outlet(o) for o in src["outlets"]]}
            for text, src in zip(story["summary"], story["summary_sources"], strict=False)
        ],
        "timeline": [v for v in events if v["date"]],
        "undated": [v for v in events if not v["date"]],
        "sources": _sources(docs, lookup),
        "comparisons": [_comparison(c, lookup) for c in values if c["verdict"] != "single"],
        "singles": [_comparison(c, lookup) for c in values if c["verdict"] == "single"],
        "quotes": _quotes_by_speaker([q for d in docs for q in found["quotes"][d]], lookup),
    }


def _event(e: dict[str, Any], coverage: dict[str, Any] | None, lookup: Lookup) -> dict[str, Any]:
    mentions = sorted((lookup.ref(m["doc"], m["start"], m["end"]) for m in e["mentions"]),
                      key=lambda r: (r["published"] or "9999", r["doc"], r["start"]))
    reports: list[dict[str, Any]] = []  # one per document, linking each of its sentences that report the event
    for ref in mentions:
        if reports and reports[-1]["doc"] == ref["doc"]:
            reports[-1]["more"].append(ref["href"])
        else:
            reports.append({**ref, "more": []})
    several = len({r["outlet"] for r in reports}) > 1  # "first" means something only among several outlets
    first = [lookup.outlet(o) for o in coverage["first"]] if coverage and several else []
    return {
        "id": e["id"],
        "date": e["date"],
        "mod": lookup.label("mod", e["date_mod"]) if e["date_mod"] else None,
        "type": e["type"],
        "type_label": lookup.label("event", e["type"]),
        "summary": _clip(e["summary"] or _first_sentence(e, reports, lookup)),
        "participants": [lookup.entities.get(p, p) for p in e["participants"]],
        "location": lookup.entities.get(e["location"], e["location"]) if e["location"] else None,
        "counts": [_count(c, lookup) for c in e["counts"]],
        "modality": lookup.label("modality", e["modality"]) if e["modality"] else None,
        "negated": e["negated"],
        "reports": reports,
        "first": first,
    }


def _first_sentence(e: dict[str, Any], reports: list[dict[str, Any]], lookup: Lookup) -> str:
    """The sentence of the earliest report: events carry no summary of their own yet."""
    if not reports:
        return ""
    first = reports[0]["doc"]
    mention = min((m for m in e["mentions"] if m["doc"] == first), key=lambda m: m["start"])
    return " ".join(lookup.texts.get(first, "")[mention["start"] : mention["end"]].split())


def _clip(text: str, limit: int = SUMMARY_CHARS) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _count(c: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    return {"label": lookup.label("count", c["what"]), "value": _number(c["value"]),
            "approx": lookup.label("approx", c["approx"]) if c.get("approx") else None}


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def _sources(docs: list[str], lookup: Lookup) -> list[dict[str, Any]]:
    """A column per outlet, documents by publication date; columns by each outlet's earliest report."""
    columns: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        ref = lookup.ref(doc)
        columns[ref["outlet"]].append(ref)
    for refs in columns.values():
        refs.sort(key=lambda r: (r["published"] or "9999", r["doc"]))
    order = sorted(columns, key=lambda o: (o == UNKNOWN_OUTLET, columns[o][0]["published"] or "9999", o))
    return [{"outlet": o, "docs": columns[o]} for o in order]


def _comparison(c: dict[str, Any], lookup: Lookup) -> dict[str, Any]:
    event = lookup.events.get(c["event"] or "")
    what = lookup.label("count", c["what"])
    if event:
        subject = lookup.label("event", event["type"]) + (f" ({event['date']})" if event["date"] else "")
    else:  # a claim: the subject is its quantity, with the unit where it has one ("money (lira)")
        subject = "رقم خارج الأحداث"
        what += c["subject"][len(c["what"]) :] if c["subject"].startswith(c["what"]) else ""
    return {
        "subject": subject,
        "event_anchor": f"event-{c['event']}" if event else None,
        "what": what,
        "verdict": c["verdict"],
        "verdict_label": lookup.label("verdict", c["verdict"]),
        "rows": [{**lookup.ref(r["doc"], r["start"], r["end"], r["outlet"]), "value": _number(r["value"]),
                  "approx": lookup.label("approx", r["approx"]) if r["approx"] else None} for r in c["rows"]],
        "first": [lookup.outlet(o) for o in c["first"]],
    }


def _quotes_by_speaker(quotes: list[dict[str, Any]], lookup: Lookup) -> list[dict[str, Any]]:
    """Quotes under their speaker's name; the most quoted first, each speaker's quotes by date."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        speaker = lookup.entities.get(q["speaker"] or "") or q["speaker_text"] or UNKNOWN_SPEAKER
        groups[speaker].append({"text": q["text"], **lookup.ref(q["doc"], q["start"], q["end"])})
    for items in groups.values():
        items.sort(key=lambda q: (q["published"] or "9999", q["doc"], q["start"]))
    order = sorted(groups, key=lambda s: (s == UNKNOWN_SPEAKER, -len(groups[s]), s))
    return [{"speaker": s, "quotes": groups[s]} for s in order]
