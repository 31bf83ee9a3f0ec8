"""Within one document: the other occurrences of a name found in it, which the tagger left untagged (`resolve`).

The tagger decides each sentence apart, and finds a name in one sentence and misses it in the next
(كولفن found once and missed twice, ولبوكر after بوكر). An untagged occurrence of a found name, the
same words up to proclitics (the article as written: ناسا is not الناسا), becomes a mention of it with
its key and type when
- the name is a person's or an organisation's (`CARRIED_TYPES`), found at least `SHARE` of the times it
  occurs in the document: a word more often untagged is more often not that name;
- a one-word name is no function word, title, nationality or head noun, an organisation known to the KB if
  definite (a definite word the KB does not know is as often a common noun the tagger took for a body:
  الدراج "the cyclist", الأكراد, الحكومة المستقيلة; a person's definite name is a surname: النني), and the
  tagger's own weights for the word (context aside) lean to a name of its type: common nouns lean
  against (الحكومة، الشركة; bare heads and titles are resolved by `resolve`'s own rules);
- a longer name begins with no title (الرئيس التركي is a role), nationality (الفلبيني دوتيرتي of الرئيس
  الفلبيني دوتيرتي) or indefinite head noun (تنظيم إرهابي).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress

from rasad.arabic.clitics import light
from rasad.arabic.normalize import norm
from rasad.document import Mention, Span
from rasad.extract.entities.kb import LAST_TWO
from rasad.extract.entities.name_parts import Named, untaken, where
from rasad.extract.entities.patterns import head_type, is_demonym, stop_words, title_kind
from rasad.extract.entities.words import Word, stem_span, strip_clitics

# (words as written, the name's type) -> each word's own evidence for beginning a name of that type
Evidence = Callable[[Sequence[str], str], list[float]]

# People and organisations: a place the KB does not know that the tagger found once and missed elsewhere is
# as often a common noun it took for one (الكويكبات، الفئران، ريف of ريف درعا), on 300 random ANT articles.
CARRIED_TYPES = frozenset({"PER", "ORG"})
SHARE = 0.2  # as `consistency.SHARE`: found once in five occurrences at least
_MAX_WORDS = 3
_MIN_FIRST = 3


def recurrence_mentions(
    text: str, words: Sequence[Word], norms: list[str], named: list[Named], taken: list[bool], evidence: Evidence | None
) -> list[Mention]:
    """Mentions for the untaken occurrences of the document's names (module doc); `taken` is updated."""
    if evidence is None:
        return []
    names = _carried_names(text, words, norms, named, evidence)
    if not names:
        return []
    readings = _first_readings(norms, taken, {form[0] for form in names})
    hits: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for i in sorted(where(norms, readings.keys())) if readings else ():
        prefix, first = readings[norms[i]]
        for form in (f for f in names if f[0] == first):
            end = i + len(form)
            if tuple(norms[i + 1 : end]) == form[1:] and not any(taken[i:end]):
                hits.setdefault(form, []).append((i, prefix))
                break
    if not hits:
        return []
    found = Counter(_form(text, words, norms, n) for n in named)
    out: list[Mention] = []
    for form, places in hits.items():
        if found[form] < SHARE * (found[form] + len(places)):
            continue
        n = names[form]
        for i, prefix in places:
            end = i + len(form)
            if any(taken[i:end]):
                continue
            out.append(Mention(Span(stem_span(text, words[i], prefix).start, words[end - 1].span.end), n.found.type, n.key, None, "recurrence"))
            for k in range(i, end):
                taken[k] = True
    return out


def _form(text: str, words: Sequence[Word], norms: list[str], n: Named) -> tuple[str, ...]:
    """A found name's words, normalised, its first without the proclitic the name's span leaves out."""
    f = n.found
    return (norm(text[f.span.start : words[f.first].span.end]), *norms[f.first + 1 : f.last])


def _carried_names(text: str, words: Sequence[Word], norms: list[str], named: list[Named], evidence: Evidence) -> dict[tuple[str, ...], Named]:
    """The names that may be carried, by their words (the first found in reading order of each)."""
    out: dict[tuple[str, ...], Named] = {}
    singles: list[tuple[tuple[str, ...], Named, str]] = []
    for n in named:
        f = n.found
        if f.type not in CARRIED_TYPES or f.last - f.first > _MAX_WORDS:
            continue
        form = _form(text, words, norms, n)
        first = form[0]
        if form in out or len(first) < _MIN_FIRST or not first.isalpha() or first in stop_words() or title_kind(first) is not None:
            continue
        if is_demonym(first):  # الفلبيني دوتيرتي: the tagger's name cut after a title
            continue
        head = head_type(first)  # before `_definite`, which most names need not read
        if len(form) > 1:
            if head is None or _definite(text, words[f.first], f.span.start):  # تنظيم إرهابي: an indefinite head names nothing
                out[form] = n
        elif head is None and (f.type == "PER" or n.key.startswith("kb:") or not _definite(text, words[f.first], f.span.start)):
            singles.append((form, n, text[f.span.start : f.span.end]))
    leaning: dict[int, float] = {}
    for typ in sorted({n.found.type for _, n, _ in singles}):  # the tagger's weights read once per type
        of_type = [k for k, s in enumerate(singles) if s[1].found.type == typ]
        leaning.update(zip(of_type, evidence([singles[k][2] for k in of_type], typ), strict=True))
    for k, (form, n, _) in enumerate(singles):
        if leaning[k] > 0:
            out.setdefault(form, n)
    return out


def _definite(text: str, word: Word, start: int) -> bool:
    """Whether a name's first word, from `start`, is definite as written (اليسون is أليسون), also after ل
    whose article lost its alef (لفيصلي of للفيصلي: `stem_span`)."""
    surface, whole = light(text[start : word.span.end]), light(text[word.span.start : word.span.end])
    return surface.startswith("ال") or (surface.startswith("ل") and whole.startswith("لل") and whole.endswith(surface))


def _first_readings(norms: list[str], taken: list[bool], firsts: set[str]) -> dict[str, tuple[str, str]]:
    """(proclitic, first word) for each distinct untaken word that is a name's first word after its proclitics.
    Only words that end as a first word does are read: a reading's stem ends as its word does, in two
    letters at least (`strip_clitics` leaves two; the article it may add goes before them)."""
    ends = {first[-2:] for first in firsts}  # firsts have `_MIN_FIRST` letters
    words = untaken(norms, taken)
    out: dict[str, tuple[str, str]] = {}
    for word in compress(words, map(ends.__contains__, map(LAST_TWO, words))):  # read in C
        for prefix, stem in strip_clitics(word):
            if stem in firsts and not _article_cut(prefix, stem):
                out[word] = (prefix, stem)
                break
    return out


def _article_cut(prefix: str, stem: str) -> bool:
    """Whether a reading takes the article off (الناسا, للهالة as هالة): a name is carried as written,
    with or without its article (للهلال is ل + الهلال)."""
    return prefix.endswith("ال") or (prefix.endswith("لل") and not stem.startswith("ال"))

