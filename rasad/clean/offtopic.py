"""Links to other articles kept inside an article's text, with no header to say so.

Pages and dumps often keep, with no "read also" header, the leads or titles of other
articles: a run of related headlines between two paragraphs (BBC Arabic), or the
leads of the outlet's latest stories after the article's end (CNN Arabic in ANT).
Each such line tells its own story: it shares almost none of the article's specific
words, nor the other lines' of the run. A line is off-topic when the words it shares
with the rest of the article (title included) carry under `MAX_SHARED` of its words'
weight (IDF from the shipped background frequencies), and it shares at most one
word rare in the news (`SPECIFIC_IDF`: a name, a place), since a paragraph of the
article names its people and places again.

Two shapes are taken, each a run of off-topic lines:
- between paragraphs, 2 to 4 headline-like lines in a row (no closing punctuation,
  no comma, 5 to 18 words): two headlines in a row head no paragraph; a run of 3 or 4
  may mix titles of the article's own story with one of another story's (BBC's related
  links), which gives the run away;
- at the end, 3 or more lead-like lines (15 words or more) none of which goes on
  from the article (`data/continuation_openers.tsv`: و/ف, كما, يذكر أن, أيضا…),
  none related to another.
Labelled or numbered items (a line-up, a ranking) are lists, not links, and stay.
BBC may also put one related title between each pair of paragraphs: three or more lone
headline-like lines between paragraphs, each off the topic of the paragraph below it by
the same test (a sub-heading names what its paragraph tells), are taken even when they
share the article's topic.
Titles on the article's own story (BBC's related links) are taken by their marks
instead: a run of them with a label before a colon or a question on one line.
Trailing leads may also mix the two kinds of evidence (`_mixed_leads`).

Leads of the outlet's other stories on the same topic (a follow-up under the
story it follows) share the article's words, so the topic test cannot see them.
Their openings can: a lead opens on its verb with its actor in full (أعلن وزير
الخارجية التركي، الخميس، أن…), where an article's own last paragraphs go on from
it. Trailing leads from the first one that opens with a lead verb (the speech and
event-trigger verbs of rasad.extract's word lists) are taken when at least half
of them open so, and when they outnumber the article's own lines (a short video
piece above five leads), when nearly all do: a column of unrelated items keeps them. Both the opened and the mixed
runs need one line at least that names its day or stops short as a snippet does, or
lines that each tell their own story (`_news_marked`): an article's own closing paragraphs
open on verbs too (Arabic puts the verb first), but are whole sentences telling no day of
their own and going on from one another.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_rows
from rasad.clean import lexicons
from rasad.clean.lines import Line, match_key
from rasad.clean.rules import Verdict
from rasad.corpus.background import background
from rasad.corpus.terms import terms

MAX_SHARED = 0.2
SPECIFIC_IDF = 4.5  # a word in at most about 1% of news articles
LINK_WORDS = (5, 18)
LINK_RUN = (2, 4)
LINK_RUN_MIXED = 3  # headlines in a row that may mix the article's own story with another's
INTERLEAVED_MIN = 3  # lone headlines between paragraphs, each off the topic of the paragraph below it
LEAD_WORDS = 15
LEAD_RUN = 3
LEAD_OPENED = 0.5  # share of trailing leads that must open with a lead verb when they share the article's topic ...
LEAD_OPENED_ALONE = 0.8  # ... and when they are more lines than the article above them,
LEAD_RUN_ALONE = 4  # as many as this at least
MAX_LOOSE = 0.25  # share of the article's other lines that may be off its topic
MIN_REST_DF = 50  # a word left after a glued و/ف is in at least this many background articles
_OPENER_WORDS = 5  # "أيضا" counts this far into a line
_LABEL_WORDS = 3  # a colon this far into a line ends a label (الهجوم: …، فاينانشال تايمز: …)
_TITLE_AFTER_LABEL = 8  # words after a label that make a title, not a list item
_CLOSERS = "\"'”»)] "


def mark_offtopic(lines: Sequence[Line], verdicts: list[Verdict | None], title: str) -> None:
    """Mark inline related headlines and trailing leads of other articles as furniture (module doc)."""
    kept = [i for i, v in enumerate(verdicts) if v is None]
    links = _link_runs(lines, kept)
    leads = _trailing_leads(lines, kept)
    for run in [run for run in links if _marked_titles([lines[i] for i in run])]:
        _mark(verdicts, run, "a title of another article (a headline's marks, in a run)")
        links.remove(run)
    singles = _interleaved(lines, kept, links)
    if not links and len(leads) < LEAD_RUN and len(singles) < INTERLEAVED_MIN:
        return  # the cheap shapes first: most articles have none, and need no terms
    bags = {i: set(terms(lines[i].text)) for i in kept}
    title_bag = set(terms(title))
    if len(singles) >= INTERLEAVED_MIN and all(_off_topic(bags[i], bags[kept[kept.index(i) + 1]]) for i in singles):
        _mark(verdicts, singles, "a title of another article (one between paragraphs, off the topic of the next)")
    for run in links:
        rest = title_bag.union(*(bags[i] for i in kept if i not in run))
        off = [lines[i].headline_shaped and _off_topic(bags[i], rest) for i in run]
        if all(off) and _unrelated(run, bags) and _cohesive(kept, run, bags, title_bag):
            _mark(verdicts, run, "a headline of another article")
        elif len(run) >= LINK_RUN_MIXED and any(off) and _cohesive(kept, run, bags, title_bag):
            _mark(verdicts, run, "a run of headlines, one of another story")
    _mark_leads(lines, verdicts, kept, leads, bags, title_bag)


def _mark_leads(lines: Sequence[Line], verdicts: list[Verdict | None], kept: Sequence[int], leads: Sequence[int],
                bags: dict[int, set[str]], title_bag: set[str]) -> None:
    # each lead is compared with what comes before it: the article, then the leads above it
    run: list[int] = []
    for i in reversed(leads):
        if not _off_topic(bags[i], title_bag.union(*(bags[k] for k in kept if k < i))):
            break
        run.insert(0, i)
    if not (LEAD_RUN <= len(run) <= len(kept) - len(run) and _unrelated(run, bags) and _cohesive(kept, run, bags, title_bag)):
        run = []
    # leads of the outlet's other stories on the same topic share its words: their openings tell them
    opened = next((cand for cand in _opened_leads(lines, leads)
                   if len(cand) >= max(LEAD_RUN, len(run) + 1) and _fits(lines, kept, cand)
                   and _news_marked(lines, cand, bags)),
                  None)
    taken = opened or run or (leads if _mixed_leads(lines, kept, leads, bags, title_bag) else [])
    if opened:
        _mark(verdicts, opened, "a lead of another article (opens as a news lead does)")
    elif run:
        _mark(verdicts, run, "a lead of another article")
    elif taken:
        _mark(verdicts, leads, "a lead of another article (opens as a lead, or off the article's topic)")
    cut = _cut_lead_before(lines, kept, taken)
    if cut is not None:
        _mark(verdicts, [cut], "a lead of another article (cut off mid-sentence, above the others)")


def _cut_lead_before(lines: Sequence[Line], kept: Sequence[int], taken: Sequence[int]) -> int | None:
    """The kept line right above the leads taken when it is a lead cut off mid-sentence, as a snippet is ("لكن ما
    يجعل لهذا اللقاء طابعاً خاصاً هو أنه يأت"): the outlet's lead on the same story, which the topic test keeps."""
    at = kept.index(taken[0]) if taken else 0  # the leads taken are kept lines
    if at < 2:
        return None
    above, before = kept[at - 1], kept[at - 2]
    # the article's last paragraph above it ends as a sentence does: items of a list end bare one after another
    return above if _lead_like(lines[above]) and not _closed(lines[above]) and _closed(lines[before]) else None


def _closed(line: Line) -> bool:
    """Ends with a stop, a colon or a closing mark: not a snippet cut off mid-word."""
    return line.text.rstrip()[-1:] in ".!?؟:…" + _CLOSERS


def _mark(verdicts: list[Verdict | None], run: Sequence[int], reason: str) -> None:
    for i in run:
        verdicts[i] = Verdict("furniture", reason)


def _link_runs(lines: Sequence[Line], kept: Sequence[int]) -> list[list[int]]:
    """Runs of consecutive kept headline-like lines between two paragraphs."""
    out: list[list[int]] = []
    run: list[int] = []
    for pos, i in enumerate(kept):
        if 0 < pos < len(kept) - 1 and _headline_like(lines[i]):
            run.append(i)
            continue
        if LINK_RUN[0] <= len(run) <= LINK_RUN[1] and not _list_like([lines[k] for k in run]):
            out.append(run)
        run = []
    return out


def _interleaved(lines: Sequence[Line], kept: Sequence[int], runs: Sequence[Sequence[int]]) -> list[int]:
    """Headline-like lines standing alone between two paragraphs (BBC puts one related title between each pair)."""
    in_runs = {i for run in runs for i in run}
    return [i for pos, i in enumerate(kept) if 0 < pos < len(kept) - 1 and i not in in_runs and _headline_like(lines[i])
            and lines[kept[pos - 1]].words >= LEAD_WORDS <= lines[kept[pos + 1]].words]


def _trailing_leads(lines: Sequence[Line], kept: Sequence[int]) -> list[int]:
    """The kept lines at the end that read like leads of articles (never the first kept line)."""
    run: list[int] = []
    for i in reversed(kept[1:]):
        if not _lead_like(lines[i]):
            break
        run.insert(0, i)
    return [] if _list_like([lines[k] for k in run]) else run


def _opened_leads(lines: Sequence[Line], leads: Sequence[int]) -> list[list[int]]:
    """The runs of trailing leads from each one that opens with a lead verb (أعلن، قال، كشف، أثار…), longest
    first, when at least `LEAD_OPENED` of the run open so. A lead opens on its verb and names its actor in
    full, where an article's own later paragraphs go on from it (و، كما، وأضاف); one may open on a noun
    (تحرك جديد في…) and goes with the leads above it, but lines above the first verb stay: an article's last
    paragraph may open on a noun as well (موقع المطار لا يقل أهمية…)."""
    runs = [list(leads[k:]) for k, i in enumerate(leads) if _lead_opening(lines[i])]
    return [run for run in runs if _opening_share(lines, run, core=True) >= LEAD_OPENED
            or (_opening_share(lines, run) >= LEAD_OPENED and sum(_lead_opening(lines[i]) for i in run) >= LEAD_RUN)]


def _fits(lines: Sequence[Line], kept: Sequence[int], run: Sequence[int]) -> bool:
    """Longer than the article above them only when nearly all open so (a short video piece's five leads),
    so that a column of unrelated items, some of them opening on a verb, keeps them."""
    return len(run) <= len(kept) - len(run) or (len(run) >= LEAD_RUN_ALONE and _opening_share(lines, run) >= LEAD_OPENED_ALONE)


def _mixed_leads(lines: Sequence[Line], kept: Sequence[int], leads: Sequence[int], bags: dict[int, set[str]],
                 title_bag: set[str]) -> bool:
    """Trailing leads of which each but one at most opens with a lead verb or is off the topic of the article
    above the run (half of them), some of each: the outlet's latest stories, two of which may tell one story (a lira lead under a Tesla
    piece, then another), so they need not be unrelated to each other. The article must hold together
    (`_cohesive`) and outnumber them."""
    if not LEAD_RUN <= len(leads) <= len(kept) - len(leads):
        return False
    article = title_bag.union(*(bags[k] for k in kept if k < leads[0]))
    opens = [_lead_opening(lines[i]) for i in leads]
    off = [_off_topic(bags[i], article) for i in leads]
    evident = sum(o or f for o, f in zip(opens, off, strict=True))
    return (evident >= len(leads) - 1 and any(opens) and sum(off) * 2 >= len(leads) and _news_marked(lines, leads, bags)
            and _cohesive(kept, leads, bags, title_bag))


def _news_marked(lines: Sequence[Line], run: Sequence[int], bags: dict[int, set[str]]) -> bool:
    """Other articles' leads, not the article's own ending: one line at least names the day of its news
    (الثلاثاء، اليوم، أمس) or stops short of a sentence's end as a snippet does, or no line is on the topic of
    another (each tells its own story). A run opened on verbs (Arabic puts the verb first) of whole sentences
    with no day, one going on from another, is the article's own ending: a timeline's last steps, a profile,
    reactions one after another (اعتقل الأمريكيون صدام…، خسرت الولايات المتحدة…)."""
    days = lexicons.lead_days()
    return (any(not lines[i].final_stop or not days.isdisjoint(lines[i].key.split()) for i in run)
            or _unrelated(run, bags))


def _opening_share(lines: Sequence[Line], run: Sequence[int], *, core: bool = False) -> float:
    return sum(_lead_opening(lines[i], core=core) for i in run) / len(run) if run else 0.0


def _lead_opening(line: Line, *, core: bool = False) -> bool:
    """Opens on a lead verb; with `core`, on a speech or event verb only. The other verbs of
    data/lead_verbs.tsv (تمكن، أصبح) open a photo story's captions or a narrative too, so a run they
    make half-opened must hold `LEAD_RUN` openings."""
    words = line.key.split(maxsplit=1)
    return bool(words) and words[0] in (lexicons.lead_verbs(core=True) if core else lexicons.lead_verbs())


def _headline_like(line: Line) -> bool:
    """A title's length and ending (a question or none; commas allowed), not going on from the article."""
    return (LINK_WORDS[0] <= line.words <= LINK_WORDS[1] and not line.continues and line.text[-1] not in ".!"
            and not _opens_continuation(line))


def _marked_titles(run: Sequence[Line]) -> bool:
    """Titles of the outlet's other articles on the same story (BBC's related links): on the topic, but with
    a headline's marks, a label before a colon (فاينانشال تايمز: …) or a question (هل تتجه تركيا…؟), on one
    line at least. Two plain lines may be a heading and its sub-heading, and a run of questions only is an
    interview's or a quiz's."""
    questions = [line.text.rstrip(_CLOSERS)[-1:] in "?؟" for line in run]
    return (any(q or _labelled(line) for q, line in zip(questions, run, strict=True)) and not all(questions)
            and not _list_like(run))


def _labelled(line: Line) -> bool:
    return ":" in " ".join(line.text.split()[:_LABEL_WORDS])


def _lead_like(line: Line) -> bool:
    return line.words >= LEAD_WORDS and not _opens_continuation(line)


def _list_like(run: Sequence[Line]) -> bool:
    """Numbered items, or items labelled before a colon (الهجوم: …, تأليف: …), one of them short after it: the
    labelled titles of related articles (احتجاجات البصرة: الشرطة تحبط محاولة …) each tell a whole story."""
    if all(line.text[:1].isdigit() for line in run):
        return True
    return all(_labelled(line) for line in run) and any(
        len(line.text.split(":", 1)[1].split()) < _TITLE_AFTER_LABEL for line in run)


def _opens_continuation(line: Line) -> bool:
    words = line.key.split()
    if not words:
        return False
    clitics, openers, early = _openers()
    return ((len(words[0]) > 2 and words[0][0] in clitics and not _verb_with_root_clitic(words[0])
             and not _root_letter(words[0]))
            or any(line.key == p or line.key.startswith(p + " ") for p in openers) or not early.isdisjoint(words[:_OPENER_WORDS]))


def _verb_with_root_clitic(word: str) -> bool:
    """A lead verb whose first letter only looks like و/ف (وصف، وافق، فاز): the verb, not a conjunction."""
    verbs = lexicons.lead_verbs()
    return word in verbs and word[1:] not in verbs


def _root_letter(word: str) -> bool:
    """A word whose first ف is its own letter (فرنسا، فاينانشال، فريق): what is left without it is no
    word of the news (seen in under `MIN_REST_DF` articles of the background). Function words (فيما)
    are left to the lists; و is left alone, as a rare verb after it (وأرفق) looks the same as a name."""
    rest = terms(word[1:])
    if word[0] != "ف" or not terms(word) or not rest:
        return False
    _, df = background()
    return all(df.get(t, 0) < MIN_REST_DF for t in rest)


@lru_cache(maxsize=1)
def _openers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(proclitic letters, first words, words anywhere in the first few) that make a line go on from the article."""
    table: dict[str, set[str]] = {"proclitic": set(), "first": set(), "early": set()}
    for row in read_rows("rasad.clean", "continuation_openers.tsv"):
        table[row[1].strip()].add(match_key(row[0].strip()))
    return frozenset(table["proclitic"]), frozenset(table["first"]), frozenset(table["early"])


def _off_topic(bag: set[str], rest: set[str]) -> bool:
    shared = bag & rest
    if sum(_idf(t) >= SPECIFIC_IDF for t in shared) >= 2:
        return False
    total = sum(map(_idf, bag))
    return total > 0 and sum(map(_idf, shared)) < MAX_SHARED * total


def _unrelated(run: Sequence[int], bags: dict[int, set[str]]) -> bool:
    """No line of the run is on the topic of another (leads of one story's follow-ups would be)."""
    return all(_off_topic(bags[a], bags[b]) for a in run for b in run if a != b)


def _cohesive(kept: Sequence[int], run: Sequence[int], bags: dict[int, set[str]], title_bag: set[str]) -> bool:
    """Whether the article around the run holds together: at most `MAX_LOOSE` of its lines (the first
    aside) are off its topic by the same test. A column or a poem, whose paragraphs each go their own
    way, has no run that breaks away from it."""
    article = [i for i in kept if i not in run]
    loose = [i for i in article[1:]
             if _off_topic(bags[i], title_bag.union(*(bags[k] for k in article if k != i)))]
    return len(loose) <= MAX_LOOSE * max(len(article) - 1, 1)


def _idf(term: str) -> float:
    n_docs, df = background()
    return math.log((n_docs + 1) / (df.get(term, 0) + 1))
