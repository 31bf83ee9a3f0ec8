"""Separating an article's body from the page around it, without rewriting it.

`Cleaner.clean` reads `Document.text` line by line and fills `doc.body` (kept
ranges: paragraphs, sub-headings, a standfirst) and `doc.removed` (every
range taken out, with its kind and a reason), and the metadata the page
states in its text (title, outlet, publication and page date, byline,
dateline, credit). Steps:

1. each line on its own (`rules.judge`): UI vocabulary, "read also" headers,
   cookie and site notices, embeds, date lines, bylines, credits, captions;
   then lines that recur across the outlet's pages (`RecurringLines`);
2. lines that belong to a line before them: link titles under a bare "read
   also", the credit under "المصادر:", the post text above an embed signature;
3. the article's core (lines that read as prose) marks the page's head and
   tail: the first headline-like line of the head is the title, short labels
   and Latin-only lines at the edges are furniture;
4. repeats: a line equal to an earlier one, or a teaser/pull quote contained
   in a longer kept paragraph, is a duplicate (the body keeps the full one);
4b. headlines and leads of other articles kept in the text with no header
   (`offtopic`): a run of lines that share none of the article's words;
5. short lines between paragraphs without closing punctuation are headings.

Nothing here is specific to an outlet: phrases live in `data/`.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from rasad.arabic.dates import FullDate, find_full_dates
from rasad.clean import lexicons, rules, textmeta
from rasad.clean.lines import MAX_HEADLINE_WORDS, MIN_HEADLINE_WORDS, Line, match_key, split_lines
from rasad.clean.offtopic import mark_offtopic
from rasad.clean.recurring import RecurringLines
from rasad.clean.rules import Verdict
from rasad.document import Block, Document, Removal, Span

MAX_LINK_TITLES = 6  # link titles taken under one bare "read also" header
MAX_LINK_TITLE_WORDS = 20
MAX_LABEL_WORDS = 3  # unknown lines this short above the article are labels
MAX_HEADING_WORDS = 10
MAX_MASTHEAD_WORDS = 5  # a site's name ("بي بي سي نيوز عربي"); a headline is mostly longer
MIN_MENU_ITEMS = 2  # short labels under a line that make it the site's name above its menu
MAX_CREDIT_WORDS = 3  # a lone agency line under a caption ("أ ف ب")
MIN_TEASER_WORDS = 7  # a shorter line inside a paragraph is a heading or a phrase, not a teaser
MIN_TEASER_CHARS = 35
_CLITICS = "وف"
_PUNCT = re.compile(r"[^\w\s]")
_SOURCE_DASH = re.compile(r"([^\W\d][\w\s.]*?)\s*[-–—]\s*([^\W\d][\w\s.]*)")
_SOURCE_COLON = re.compile(r"(?P<left>[^\W\d][\w\s]*?)\s*[:：]\s*(?P<quoted>[«\"“])?(?P<right>[^\W\d][\w\s]*?)[»\"”]?")


class Cleaner:
    """Marks body and furniture; `recurring` adds lines learned from the document's site or folder."""

    def __init__(self, recurring: RecurringLines | None = None) -> None:
        self.recurring = recurring or RecurringLines()

    def __call__(self, doc: Document) -> Document:
        return self.clean(doc)

    def clean(self, doc: Document) -> Document:
        lines = split_lines(doc.text)
        verdicts: list[Verdict | None] = [rules.judge(line) for line in lines]
        self._mark_recurring(doc, lines, verdicts)
        _mark_followers(lines, verdicts)
        arabic_page = _is_arabic_page(lines)
        first, last = _core_bounds(lines, verdicts, titled=doc.meta.title is not None)
        _restore_inner(lines, verdicts, first, last)
        title = self._mark_edges(doc, lines, verdicts, first, last, arabic_page)
        _mark_credited_captions(lines, verdicts, first)
        _mark_repeats(lines, verdicts, title)
        mark_offtopic(lines, verdicts, title.text if title is not None else doc.meta.title or "")
        _fill_meta(doc, lines, verdicts, first)
        doc.body = _blocks(lines, verdicts, first, last)
        doc.removed = [Removal(Span(ln.start, ln.end), v.kind, v.reason) for ln, v in zip(lines, verdicts, strict=True)
                       if v is not None]
        return doc

    def _mark_recurring(self, doc: Document, lines: list[Line], verdicts: list[Verdict | None]) -> None:
        counts = self.recurring.for_doc(doc)
        if not counts:
            return
        for i, line in enumerate(lines):
            if verdicts[i] is None and line.key in counts:
                n, total = counts[line.key]
                verdicts[i] = Verdict("furniture", f"recurs on {n} of {total} pages of the same site/folder")

    def _mark_edges(self, doc: Document, lines: list[Line], verdicts: list[Verdict | None], first: int, last: int,
                    arabic_page: bool) -> Line | None:
        """Title, labels and Latin-only lines above the core; Latin-only lines below it."""
        title: Line | None = None
        markup_title = match_key(doc.meta.title) if doc.meta.title else None
        for i, line in enumerate(lines):
            if verdicts[i] is not None:
                continue
            if markup_title and line.key == markup_title:
                verdicts[i] = Verdict("title", "the headline (as in the page metadata)")
                title = title or line
            elif i < first:
                if (markup_title is None and title is None and (_headline_like(line) or line.asks_as_headline)
                        and (line.arabic or not arabic_page)):
                    if _masthead(lines, verdicts, i, first):
                        verdicts[i] = Verdict("furniture", f"the site's name above its menu: '{line.text}'")
                        continue
                    verdicts[i] = Verdict("title", "the headline: first headline-like line above the article")
                    title = line
                elif arabic_page and line.latin and not line.arabic:
                    verdicts[i] = Verdict("furniture", f"Latin-only line above an Arabic article: '{line.text[:40]}'")
                elif (title is not None or markup_title) and _source_line(line):
                    verdicts[i] = Verdict("dateline", f"place, outlet or writer under the headline: '{line.text}'",
                                          value=line.text)
                elif _label_like(line, above_title=title is None and markup_title is None):
                    verdicts[i] = Verdict("furniture", f"short label above the article: '{line.text}'")
            elif i > last and arabic_page and line.latin and not line.arabic and line.words <= 12:
                verdicts[i] = Verdict("furniture", f"Latin-only line below an Arabic article: '{line.text[:40]}'")
        return title


def _is_arabic_page(lines: Sequence[Line]) -> bool:
    arabic = sum(len(ln.text) for ln in lines if ln.arabic)
    return arabic * 2 > sum(len(ln.text) for ln in lines)


def _is_core(line: Line) -> bool:
    """Reads as article prose: a full sentence of some length, or a long line."""
    return (line.words >= 8 and line.final_stop) or line.words >= 25


def _core_bounds(lines: Sequence[Line], verdicts: Sequence[Verdict | None], *, titled: bool) -> tuple[int, int]:
    """Indexes of the first and last core line; (len, -1) when there is none (no edges then). With no title in
    the metadata, a first one asking or exclaiming in one short sentence over a date or byline is the headline
    ("كيف تقي دول العرب المواطن من الغلاء؟"); straight above the next paragraph it is a lead asking its question."""
    core = [i for i, line in enumerate(lines) if verdicts[i] is None and _is_core(line)]
    if not core:
        return 0, len(lines)
    if (not titled and len(core) > 1 and lines[core[0]].asks_as_headline
            and any(verdict is not None for verdict in verdicts[core[0] + 1:core[1]])):
        return core[1], core[-1]
    return core[0], core[-1]


def _restore_inner(lines: Sequence[Line], verdicts: list[Verdict | None], first: int, last: int) -> None:
    """Edge-only judgements (a long notice-like line) do not hold between the article's paragraphs.

    Date lines above the second paragraph still do: sites put a one-sentence summary above the
    date and time of the article ("12/6/2018", "آخر تحديث: …").
    """
    second = next((i for i in range(first + 1, last) if verdicts[i] is None and _is_core(lines[i])), last)
    for i in range(first + 1, last):
        verdict = verdicts[i]
        if verdict is not None and verdict.edge_only and not (i < second and verdict.kind == "dateline"):
            verdicts[i] = None


def _mark_credited_captions(lines: Sequence[Line], verdicts: list[Verdict | None], first: int) -> None:
    """A short line right above a lone agency credit ("أ ف ب"), above the article, is the photo's caption."""
    for i in range(1, min(first, len(lines))):
        verdict, above = verdicts[i], lines[i - 1]
        if (verdict is None or verdict.kind != "credit" or lines[i].words > MAX_CREDIT_WORDS
                or not lexicons.credit_names().pattern.fullmatch(lines[i].key)
                or verdicts[i - 1] is not None or lines[i].number - above.number > 2):
            continue
        if above.words <= rules.MAX_CAPTION_WORDS and not above.final_stop and not above.continues:
            verdicts[i - 1] = Verdict("caption", f"photo caption above the credit on line {lines[i].number}")


def _label_like(line: Line, *, above_title: bool) -> bool:
    """A section label or breadcrumb: very short; above the headline a little longer."""
    if above_title:
        return line.words <= MAX_LABEL_WORDS and not line.continues
    return line.words <= MAX_LABEL_WORDS - 1 and line.key == match_key(line.text) and not _PUNCT.search(line.text)


def _masthead(lines: Sequence[Line], verdicts: Sequence[Verdict | None], i: int, first: int) -> bool:
    """A short headline-like line with a menu under it ("بي بي سي نيوز عربي" over "أخبار", "اقتصاد"…)
    is the site's name: the next lines above the article, before any other, are menu items."""
    if lines[i].words > MAX_MASTHEAD_WORDS:
        return False
    menu = 0
    for j in range(i + 1, first):
        if verdicts[j] is not None:
            continue
        if not _label_like(lines[j], above_title=True):
            break
        menu += 1
    return menu >= MIN_MENU_ITEMS


def _source_line(line: Line) -> bool:
    """Where and by whom, under a headline: "الحرة - واشنطن", "روما: «الشرق الأوسط»", "بيروت - محمد علي".

    Two short sides around a dash, or around a colon when they are a word or two each or the
    second is quoted; no digits and no sentence end. A quoted headline ("ترامب: كيم رجل موهوب")
    has a longer side.
    """
    if line.words > 5 or line.final_stop or any(ch.isdigit() for ch in line.text):
        return False
    dashed = _SOURCE_DASH.fullmatch(line.text)
    if dashed:
        sides = sorted(len(side.split()) for side in dashed.groups())
        return sides[0] <= 2 and sides[1] <= 3
    colon = _SOURCE_COLON.fullmatch(line.text)
    if colon:
        left, right = (len(side.split()) for side in colon.group("left", "right"))
        return left <= 2 and (right <= 2 or (colon.group("quoted") is not None and right <= 3))
    return False


def _headline_like(line: Line) -> bool:
    """Short, no closing or continuing punctuation, no comma: a headline, not a lead sentence."""
    return MIN_HEADLINE_WORDS <= line.words <= MAX_HEADLINE_WORDS and line.headline_shaped


def _mark_followers(lines: Sequence[Line], verdicts: list[Verdict | None]) -> None:
    """Lines that belong to the line before them: link titles, credits, embedded posts."""
    for i, verdict in enumerate(list(verdicts)):
        if verdict is None or verdict.opens is None:
            continue
        if verdict.opens == "read_also":
            _take_link_titles(lines, verdicts, i)
        elif verdict.opens == "list_item":
            _take_link_titles(lines, verdicts, i, limit=1)
        elif verdict.opens == "credit":
            nxt = _next_unjudged(verdicts, i)
            if nxt is not None and lines[nxt].words <= 8 and lines[nxt].number - lines[i].number <= 2:
                verdicts[nxt] = Verdict("credit", f"source credit under line {lines[i].number}", value=lines[nxt].text)
        elif verdict.opens == "embed" and i > 0 and verdicts[i - 1] is None:
            _take_post_text(lines, verdicts, i)


def _next_unjudged(verdicts: Sequence[Verdict | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(verdicts)) if verdicts[j] is None), None)


def _take_link_titles(lines: Sequence[Line], verdicts: list[Verdict | None], header: int,
                      limit: int = MAX_LINK_TITLES) -> None:
    taken = 0
    for j in range(header + 1, len(lines)):
        if taken == limit:
            return
        if verdicts[j] is not None:
            continue
        line = lines[j]
        if line.words > MAX_LINK_TITLE_WORDS or line.continues:
            return
        verdicts[j] = Verdict("furniture", f"link title under 'read also' (line {lines[header].number})")
        taken += 1


def _take_post_text(lines: Sequence[Line], verdicts: list[Verdict | None], signature: int) -> None:
    """The post above a signature, unless it is the article's sentence introducing the post."""
    post, sig = lines[signature - 1], lines[signature]
    if sig.number - post.number > 2 or post.words > 80:
        return
    if any(p.search(post.text) for p in lexicons.embeds()["intro"]):
        return
    verdicts[signature - 1] = Verdict("embed", f"text of the embedded post signed on line {sig.number}")


def _mark_repeats(lines: Sequence[Line], verdicts: list[Verdict | None], title: Line | None) -> None:
    """Exact repeats (of anything), then teasers and pull quotes inside a longer kept paragraph."""
    first_seen: dict[str, int] = {}
    if title is not None:
        first_seen[title.key] = lines.index(title)
    for i, line in enumerate(lines):
        earlier = first_seen.setdefault(line.key, i)
        if earlier == i or line.words == 0:
            continue
        mine, theirs = verdicts[i], verdicts[earlier]
        if theirs is not None and theirs.kind == "embed":
            continue  # the article quoting an embedded post keeps its own sentence
        if mine is None or mine.kind in ("caption", "title"):
            what = theirs.kind if theirs is not None else "body"
            verdicts[i] = Verdict("duplicate", f"repeats line {lines[earlier].number} ({what})")
    kept = [i for i, v in enumerate(verdicts) if v is None]
    # All kept keys in one string, so each teaser is found with one C-level search.
    joined = "\n".join(lines[i].key for i in kept)
    starts = []
    pos = 0
    for i in kept:
        starts.append(pos)
        pos += len(lines[i].key) + 1
    for k, i in enumerate(kept):
        line = lines[i]
        if line.words < MIN_TEASER_WORDS or len(line.key) < MIN_TEASER_CHARS:
            continue
        host = _container(joined, starts, line.key, k)
        if host is None:
            continue
        j, at = kept[host[0]], host[1]
        if line.final_stop and _squeeze(line.norm) not in _squeeze(lines[j].norm):
            continue  # a full sentence that the longer line words differently: the article may repeat itself
        if at == 0:
            verdicts[i] = Verdict("duplicate", f"teaser repeating the start of line {lines[j].number}")
        else:
            verdicts[i] = Verdict("pull_quote", f"repeats a sentence of line {lines[j].number}")
        joined = joined[: starts[k]] + " " * len(line.key) + joined[starts[k] + len(line.key):]


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _container(joined: str, starts: Sequence[int], key: str, own: int) -> tuple[int, int] | None:
    """(index into kept, offset in its key) of another kept line containing `key` at word boundaries."""
    pos = joined.find(key)
    while pos >= 0:
        k = bisect_right(starts, pos) - 1
        at = pos - starts[k]
        host_end = starts[k + 1] - 1 if k + 1 < len(starts) else len(joined)
        end = pos + len(key)
        if k != own and end <= host_end and _word_edge(joined, pos, starts[k]) and (end == host_end or joined[end] == " "):
            return k, (0 if at <= 1 else at)
        pos = joined.find(key, pos + 1)
    return None


def _word_edge(joined: str, pos: int, line_start: int) -> bool:
    """`pos` starts a word, or follows a one-letter clitic (و، ف) that starts one."""
    if pos == line_start or joined[pos - 1] == " ":
        return True
    return joined[pos - 1] in _CLITICS and (pos - 1 == line_start or joined[pos - 2] == " ")


def _blocks(lines: Sequence[Line], verdicts: Sequence[Verdict | None], first: int, last: int) -> list[Block]:
    blocks = []
    for i, line in enumerate(lines):
        if verdicts[i] is not None:
            continue
        if i < first:
            kind = "standfirst"
        elif first < i < last and line.words <= MAX_HEADING_WORDS and not line.continues and line.text[-1] != "!":
            kind = "heading"
        else:
            kind = "paragraph"
        blocks.append(Block(Span(line.start, line.end), kind))
    return blocks


def _fill_meta(doc: Document, lines: Sequence[Line], verdicts: list[Verdict | None], first: int) -> None:
    meta = doc.meta
    removed = [(ln, v) for ln, v in zip(lines, verdicts, strict=True) if v is not None]
    title = next((ln for ln, v in removed if v.kind == "title"), None)
    if meta.title is None and title is not None:
        meta.title = title.text
    for kind, attr in (("byline", "byline"), ("credit", "credit"), ("dateline", "dateline")):
        if getattr(meta, attr) is None:
            value = next((v.value for _, v in removed if v.kind == kind and v.value and v.date is None), None)
            setattr(meta, attr, value)
    if meta.outlet is None:
        outlet = textmeta.find_outlet([ln for ln, v in removed if v.kind in ("furniture", "byline", "credit", "dateline")])
        if outlet:
            meta.outlet, meta.outlet_how = outlet, "text"
    _fill_dates(doc, lines, verdicts, first)


def _fill_dates(doc: Document, lines: Sequence[Line], verdicts: list[Verdict | None], first: int) -> None:
    meta = doc.meta
    kept = [ln for ln, v in zip(lines, verdicts, strict=True) if v is None]
    date_lines = [textmeta.DateLine(ln, v.date, v.value or "date", i < first)
                  for i, (ln, v) in enumerate(zip(lines, verdicts, strict=True))
                  if v is not None and v.kind == "dateline" and v.date is not None]
    if not date_lines and not _replaceable(meta.published):
        return  # nothing to tell apart and nothing to fill: skip the date search
    embeds = [ln for ln, v in zip(lines, verdicts, strict=True) if v is not None and v.kind == "embed"]
    lead = kept[: textmeta.LEAD_BLOCKS]
    decision = textmeta.decide_dates(
        doc.text, date_lines, lead, kept,
        body_dates=lambda: _dates_in(kept),
        lead_dates=lambda: sorted(_dates_in(lead + embeds), key=lambda d: d.span.start),
    )
    for i, line in enumerate(lines):
        if line.number in decision.page_lines:
            verdicts[i] = Verdict("page_date", f"date the page was viewed, not published: '{line.text}'")
    if decision.page_date and meta.page_date is None:
        meta.page_date = decision.page_date.isoformat()
    if decision.published and _replaceable(meta.published):
        meta.published, meta.published_how = decision.published.isoformat(), "text"


def _dates_in(lines: Sequence[Line]) -> list[FullDate]:
    """Full dates in these lines, with spans into the document text."""
    out = []
    for line in lines:
        if rules.has_year(line):
            for found in find_full_dates(line.text):
                span = Span(line.start + found.span.start, line.start + found.span.end)
                out.append(FullDate(span, found.date, found.weekday_named))
    return out


def _replaceable(published: str | None) -> bool:
    """No date yet, or a bare 1 January (what some sites put when they know only the year)."""
    if not published:
        return True
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return True
    return day.month == 1 and day.day == 1 and (len(published) == 10 or published[11:19] in ("", "00:00:00"))
