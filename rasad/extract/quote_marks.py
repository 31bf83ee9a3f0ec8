"""Quote marks and embedded posts: which marks open and close a quote, the text inside them, how many
words a quote needs, a body's name in quote marks before what is said ('وقال "المعهد الوطني للطب
الشرعي"، إن'), and the posts an article embeds ("— Name (@handle) date" under the post's line).

Split from quotes.py, which finds speech acts and their speakers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rasad.arabic.normalize import norm
from rasad.document import Document, Quote, Span
from rasad.extract.mention_index import mention_index
from rasad.extract.speech import is_complementizer, mention_key
from rasad.extract.wordscan import Word, function_words

OPENERS = "«„"
CLOSERS = "»"
AMBIGUOUS = "\"“”‟″"
_CLITICS = "وبلفك"
_SIGNATURE = re.compile(r"^[ \t]*[—–-]+[ \t]*(?P<name>[^\n(]+?)[ \t]*\(@\w+\)[^\n]*$", re.MULTILINE)


MIN_QUOTE_WORDS = 4  # shorter quoted strings are names or scare quotes ("داعش"، "دور")
_MIN_OBJECT_QUOTE_WORDS = 3
_MAX_QUOTED_NAME_WORDS = 5  # a body's name in quote marks before what is said ("مركز الرصد الزلزالي")

def _role(text: str, i: int) -> str:
    """opener, closer or both, from what flanks the mark at `i`."""
    ch = text[i]
    if ch in OPENERS:
        return "opener"
    if ch in CLOSERS:
        return "closer"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    starts_word = before.isspace() or before in "(:[،," or (
        before in _CLITICS + "ـ" and (i < 2 or text[i - 2].isspace() or text[i - 2] in _CLITICS)
    )
    opens = not after.isspace() and starts_word
    closes = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens and not closes:
        return "opener"
    if closes and not opens:
        return "closer"
    return "both"


def quote_pairs(text: str, start: int, end: int) -> list[Span]:
    """Outer spans (marks included) of the quotes in `text[start:end]`; an unclosed quote runs to `end`."""
    pairs: list[Span] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch not in OPENERS + CLOSERS + AMBIGUOUS:
            continue
        role = _role(text, i)
        if open_at is None and role in ("opener", "both"):
            open_at = i
        elif open_at is not None and role in ("closer", "both"):
            pairs.append(Span(open_at, i + 1))
            open_at = None
    if open_at is not None and end - open_at > 1:
        pairs.append(Span(open_at, end))
    return pairs


def inside_marks(text: str, outer: Span) -> Span:
    s, e = outer.start + 1, outer.end
    if e > s and text[e - 1] in CLOSERS + AMBIGUOUS:
        e -= 1
    return trim(text, Span(s, e))


def trim(text: str, span: Span) -> Span:
    s, e = span.start, span.end
    while s < e and (text[s].isspace() or text[s] in "،,:" or unicodedata.category(text[s]) == "Mn"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".،,:؛"):
        e -= 1
    return Span(s, e)


def straddles(quote: Span, span: Span) -> bool:
    """Whether `quote` runs across either end of `span`: a span that cuts a quote is no one's words ('…، بحسب
    المرصد' may hold a quoted name inside it: "فصيل "فيلق الرحمن""، 'فقد استهدفت الغارات "أهدافا إيرانية"')."""
    return quote.start < span.start < quote.end or quote.start < span.end < quote.end


def word_count(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def embedded_posts(doc: Document) -> list[Quote]:
    """Embedded posts: the lines above a "— Name (@handle) date" signature."""
    out = []
    for m in _SIGNATURE.finditer(doc.text):
        above = doc.text.rfind("\n", 0, max(m.start() - 1, 0))
        line = Span(above + 1, m.start() - 1) if above >= 0 else Span(0, max(m.start() - 1, 0))
        if line.end <= line.start or not doc.text[line.start : line.end].strip():
            continue
        name = Span(m.start("name"), m.end("name"))
        speaker = next((mention_key(doc, x) for x in doc.mentions if name.contains(x.span)), None)
        if speaker is None:
            speaker = _speaker_by_name(doc, doc.text[name.start : name.end])
        out.append(Quote(trim(doc.text, line), "direct", speaker, name, "embed"))
    return out


def _speaker_by_name(doc: Document, name: str) -> str | None:
    """An entity mentioned elsewhere whose name is written in the signature."""
    wanted = norm(name)
    best = None
    for m in doc.mentions:
        surface = norm(doc.span_text(m.span))
        if m.type in ("PER", "ORG") and len(surface) > 3 and surface in wanted and (best is None or len(surface) > best[0]):
            best = (len(surface), mention_key(doc, m))
    return best[1] if best else None


# --- quoted names before what is said (used by quotes.py) ---


def min_quote_words(doc: Document, words: Sequence[Word], j: int, k: int, inner: Span) -> int:
    """How many words a quote starting at word `k` needs to be one: fewer when it is what the verb ending at
    `j` tells of, after a preposition written apart ("وتحدثت عن "ضبط أسلحة أوتوماتيكية""), unless a name
    fills it ("قال لـ"سكاي نيوز عربية""، "نقلا عن "سي إن إن ترك"")."""
    prep = words[k - 1].text if k > j + 1 else ""
    if len(prep) > 1 and prep in function_words("preposition") and not _is_a_name(doc, inner):
        return _MIN_OBJECT_QUOTE_WORDS
    return MIN_QUOTE_WORDS


def quoted_name(doc: Document, words: Sequence[Word], k: int, limit: int, inner: Span) -> bool:
    """Whether the quote whose words start at word `k` names the subject or a body in its title, not words said:
    one entity's name ('وقال "المعهد الوطني للطب الشرعي"، الهيئة المكلفة…، إن'), or a few words before the
    complementizer that opens what is said ('مدير "مركز الرصد"، إنه "…"')."""
    if _is_a_name(doc, inner):
        return True
    if word_count(doc.text, inner) > _MAX_QUOTED_NAME_WORDS:
        return False
    after = [n for n in range(k, limit) if words[n].start >= inner.end]
    return any(is_complementizer(words, n) for n in after)


def _is_a_name(doc: Document, inner: Span) -> bool:
    return any(m.span.start <= inner.start + 1 and m.span.end >= inner.end - 1 for m in mention_index(doc).between(inner.start - 1, inner.end))


def after_quoted_name(doc: Document, words: Sequence[Word], j: int, content_start: int) -> int:
    """Word `j`, or the quote mark after it that opens a quoted name before what is said ('وقال "المعهد الوطني
    للطب الشرعي"، الهيئة…، إن'): the subject is read from the name's words."""
    mark = j + 1
    if mark >= len(words) or words[mark].is_word or words[mark].text not in AMBIGUOUS + OPENERS:
        return j
    closer = next((n for n in range(mark + 1, len(words)) if words[n].text in AMBIGUOUS + CLOSERS), None)
    if closer is None or words[closer].end > content_start:
        return j
    reported = any(is_complementizer(words, n) for n in range(closer, len(words)) if words[n].end <= content_start)
    return mark if reported else j  # 'وقالت "للعربية": "…"': the listener, quoted, before a colon
