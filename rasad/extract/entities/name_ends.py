"""Names the tagger cuts short or starts too early, made whole by rule.

- A person's name goes on with a word right after it that is rare in the news
  and reads as a name (جوزيف موسكات، زايد بن سعيد الخيارين), two at most, a
  definite one (a nisba) closing it: the tagger knows the given name, the
  foreign or tribal surname it has rarely seen.
- A hyphen written with no space holds the word after it to a name of any
  type, whatever the tagger made of that word (كيم إيوي-كيوم، كيم جونغ-إيل،
  أوكسلايد-تشامبرلاين، نورث راين-ويستفاليا، هارلي-ديفيدسون), unless the two halves
  name two people (قمة ترامب-كيم) or three words are so joined (a list).
- A function word or reporting verb the tagger took for a person's first word
  (`ner_stop.tsv`: فإن موراي، وأعلن بن سليم) is no part of the name, unless it is
  also a given name (علي), a short word with no hamza (دون Don, لو Le) or a word
  the tagger's own weights read as a name's (صباح).
- A verb the tagger took for a person's first or last word (`verb_forms`: كشف كاباييرو، منير تصدى)
  is no part of the name, unless the tagger's own weights read it as a name's (دان، تيري): a
  verb's rare letters carry a name's weights, a name's common ones do not.
- A person's name begins at the given names right before it that the tagger left out (قالت لينا
  خليل، نيابة عن علي حمزة، محمد علي جعفري): listed given names as written (علي, not the preposition
  على), bare or after و (not at a sentence's start, where وعزت is a verb), two at most, not read
  against a name by the tagger's own weights (أمل "hope") nor seen as often with the article as
  without (عمر "age": العمر; أمير "prince": الأمير).
- ل written onto a word with the article or a hamza ends no name (تيتيباس لأول نهائي، صلاح لليفربول،
  موريسون للبرلمان): it begins a phrase after it.
- Two people the tagger ran into one name across و (بن رودس وكولين كال، تورام
  وبوتي) are two names: a person's name splits before an inner word whose و
  the segmenter reads as the conjunction, not a name's own letter (وايت، وليد),
  and whose rest is a given name or no rarer than the word (ومون: مون).
- An East-Asian name of two syllables goes on with a third one
  (`ner_east_asian_syllables.tsv`): ري يونغ هو, where هو alone is "he".
- A role's noun with a pronoun written onto it (وزير داخليتها، رئيس حكومتها) is
  the role's, not the name's first word: the name starts after it.
- A letter acronym goes on to its closing quote ("إس أو إس البحر المتوسط") or
  with rare words after it (اس او اس ميديتيرانيه).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rasad.arabic.clitics import light, segment, word_freq
from rasad.arabic.lexicon import read_rows
from rasad.arabic.normalize import norm
from rasad.document import Span
from rasad.extract.entities.found import Found, name_proclitics, name_start
from rasad.extract.entities.kb import QUOTES, loose, loose_lines
from rasad.extract.entities.patterns import (
    given_names,
    given_names_as_written,
    head_type,
    is_demonym,
    stop_words,
    title_kind,
)
from rasad.extract.entities.places import MAX_NAME_FREQ, common_word
from rasad.extract.entities.rules import Named
from rasad.extract.entities.verb_forms import verb_form
from rasad.extract.entities.words import Word, joined_hyphen, stem_span

if TYPE_CHECKING:
    from rasad.extract.entities.crf import Tagger

# A word seen this often in the news (light form) is a common word, not the rest of a name.
MAX_REST_FREQ = 30
MAX_REST_WORDS = 2
MAX_QUOTED_REST = 4
# The tagger's own weight for a word inside a person's name, less that for outside, below which it is no name's.
MIN_REST_EVIDENCE = -4.0
# The tagger's weight for a verb-like word as a name's (its best of B-PER and I-PER, less O's) from which
# it is a name: verbs of the news score below it (كشف -3, ارتقى +1, سيبحثان +2), names that are
# conjugated like verbs above (تيري +11, دان +6, توم +7).
MAX_VERB_EVIDENCE = 3.0
# Given names a person's name may take before it, and the tagger's least weight for one as a name's first word.
MAX_GIVEN_BEFORE = 2
MIN_GIVEN_EVIDENCE = 0.0
# Proclitics a word may carry and still go on with a name: none, ك (mostly a name's own letter: كيوم), the
# article of a nisba (الخيارين).
_NAME_PREFIXES = frozenset({"", "ك", "ال"})
# A function word that starts no name has a hamza (إن، أن) or this many letters (الذي، تصريح): shorter ones
# are also foreign given names and syllables (دون Don، بين Ben، لو Le).
MIN_BARE_STOP = 4
_HAMZAS = "أإؤئء"
_EAST_ASIAN_SYLLABLES = "ner_east_asian_syllables.tsv"  # syllables of Korean and Chinese names


def people_apart(text: str, words: Sequence[Word], found: list[Found], tagger: Tagger | None) -> list[Found]:
    """The tagger's people, a function word or verb before one and a verb after it left out, two it ran
    into one name across و made two (module doc)."""
    out: list[Found] = []
    for f in found:
        if f.type == "PER" and f.source == "model":
            out.extend(_apart_at_and(text, words, _before_verb(text, words, _after_function_word(text, words, f, tagger), tagger)))
        else:
            out.append(f)
    return out


def _after_function_word(text: str, words: Sequence[Word], f: Found, tagger: Tagger | None) -> Found:
    """A name of two words or more starts after a first word that never starts one (`_never_first`) and
    that the tagger's own weights read as no name's word (صباح is the name of صباح الخالد too), or
    after a verb (`_verb_word`: كشف، وقاد)."""
    if f.last - f.first < 2 or tagger is None:
        return f
    surface = text[words[f.first].span.start : words[f.first].span.end]
    if light(surface[:1]) in "وف" and (light(surface[1:]) in _never_first() or verb_form(surface[1:])):
        surface = surface[1:]  # فإن، وأكد، وقاد
    if light(surface) in _never_first():
        if max(tagger.person_evidence([surface])[0]) >= 0:
            return f
    elif not _verb_word(surface, tagger):
        return f
    start = f.first + 1
    return replace(f, first=start, span=Span(name_start(text, words[start]), f.span.end))


def _before_verb(text: str, words: Sequence[Word], f: Found, tagger: Tagger | None) -> Found:
    """A name of two words or more ends before a last word that is a verb (`_verb_word`: ارتقى، يرمي) or
    ل with a phrase (`_preposition_phrase`: لأول)."""
    if f.last - f.first < 2 or tagger is None:
        return f
    last = words[f.last - 1]
    surface = text[last.span.start : last.span.end]
    if len(words[f.last - 2].norm) <= 2 or not (_verb_word(surface, tagger) or _preposition_phrase(surface)):
        return f  # a name never ends in a particle (فان در سار: سار "walked" is its own)
    return replace(f, last=f.last - 1, span=Span(f.span.start, words[f.last - 2].span.end))


def _preposition_phrase(surface: str) -> bool:
    """ل written onto a word with the article or a hamza (تيتيباس لأول نهائي، صلاح لليفربول، موريسون
    للبرلمان): the start of a phrase after the name, for no name's word begins so (ليو، لويز، لقديم do not)."""
    form = light(surface)
    return (form.startswith("لل") and len(form) > 4) or (form.startswith(("لأ", "لإ")) and len(form) > 3)


def _verb_word(surface: str, tagger: Tagger) -> bool:
    """A verb by its attested conjugations (`verb_forms`) that the tagger's own weights do not read as a
    name's word (`MAX_VERB_EVIDENCE`)."""
    return verb_form(surface) and max(tagger.person_evidence([surface])[0]) < MAX_VERB_EVIDENCE


@lru_cache(maxsize=1)
def _never_first() -> frozenset[str]:
    """The words of `ner_stop.tsv` as written (light forms: أن, not the name ان), but a given name (على is
    also written for علي) and a short word with no hamza: لو، هو، ما begin Chinese and French names, دون
    and بين are Don and Ben too."""
    written = (light(r[0].strip()) for r in read_rows("rasad.extract", "ner_stop.tsv"))
    return frozenset(
        w for w in written if norm(w) not in given_names() and (len(w) >= MIN_BARE_STOP or any(c in _HAMZAS for c in w))
    )


def _apart_at_and(text: str, words: Sequence[Word], f: Found) -> list[Found]:
    """A person's name cut before each inner word that begins another person's name with و."""
    parts, first, start = [], f.first, f.span.start
    for k in range(f.first + 1, f.last):
        if _and_another(text[words[k].span.start : words[k].span.end]):
            parts.append(replace(f, first=first, last=k, span=Span(start, words[k - 1].span.end)))
            first, start = k, stem_span(text, words[k], "و").start
    if not parts:
        return [f]
    return [*parts, replace(f, first=first, span=Span(start, f.span.end))]


def _and_another(surface: str) -> bool:
    """Whether a word is و + the first word of a name: the segmenter takes its و for the conjunction
    (`name_proclitics`: not وايت، وليد) and the rest is a given name (ويوسف) or a word no rarer than the
    whole (ومون، وكولين، والحزامي), not a foreign name's و + a vowel (ويلي: Willy, not و + يلي)."""
    if not name_proclitics(surface).startswith("و"):
        return False
    word = light(surface)
    rest = word[1:]
    if len(rest) < 2 or not rest.isalpha():
        return False
    if norm(rest) in given_names():
        return True
    freq = word_freq()
    return word[1] not in "وي" and freq.get(word, 0) <= freq.get(rest, 0)


def whole_people(
    text: str, words: Sequence[Word], found: list[Found], tagged: list[bool], tagger: Tagger | None
) -> list[Found]:
    """The people the tagger or a pattern found, each made whole, and every name carried on across a
    joined hyphen (module doc); `tagged`: each word inside some name, updated as names grow."""
    out: list[Found] = []
    starting = {f.first: f for f in found}
    taken: set[int] = set()  # the names after a hyphen that the name before it took (id)
    for f in found:
        if id(f) in taken:
            continue
        if f.kb is None and f.source != "kb":
            after = starting.get(f.last + 1)
            f = _across_hyphen(words, f, tagged, after)
            if after is not None and f.last > after.first:
                taken.add(id(after))
        if f.type == "PER" and f.kb is None and f.source != "kb":
            f = _after_possessed_role(text, words, f)
            f = _with_given_names(text, words, f, tagged, tagger)
            f = _with_rest(text, words, f, tagged, tagger)
        out.append(f)
    return out


def _across_hyphen(words: Sequence[Word], f: Found, tagged: list[bool], after: Found | None) -> Found:
    """A name goes on across a hyphen written with no space (كيم جونغ-إيل، نانا أكوفو-أدو، أوكسلايد-تشامبرلاين،
    شليسفيغ-هولشتاين): the word after it is the name's, whatever the tagger made of it (إيل, هولشتاين alone
    names of their own, أدو none), unless it begins a longer name or a KB one, a definite word (-الذي: a dash) or
    a given name, or one stands after a given name (قمة ترامب-كيم، الثنائي صلاح-تريزيغيه: two people)."""
    k = f.last + 1
    if not joined_hyphen(words, f.last) or not words[k].norm.isalpha() or words[k].norm.startswith("ال"):
        return f
    if joined_hyphen(words, k + 1) or joined_hyphen(words, f.first - 1):
        return f  # three words joined so are a list (الثلاثي مبابي-جيرو-غريزمان) or a place, no one person
    if after is not None and (after.kb is not None or after.source == "kb" or after.last > k + 1):
        return f
    if f.last - f.first == 1 and not given_names().isdisjoint({words[f.first].norm, words[k].norm}):
        return f
    if after is None and tagged[k]:
        return f  # the word is inside a name that begins before it
    tagged[f.last] = tagged[k] = True
    return replace(f, last=k + 1, span=Span(f.span.start, words[k].span.end))


def _after_possessed_role(text: str, words: Sequence[Word], f: Found) -> Found:
    """A name whose first word is a noun with a pronoun on it, right after a title, starts after it."""
    if f.last - f.first < 2 or f.first == 0 or title_kind(words[f.first - 1].norm) is None:
        return f
    first = words[f.first]
    prefix, stem, suffix = segment(text[first.span.start : first.span.end])
    if not suffix or prefix or first.norm in given_names() or len(stem) < 3:
        return f
    start = f.first + 1
    return replace(f, first=start, span=Span(words[start].span.start, f.span.end))


def _with_given_names(text: str, words: Sequence[Word], f: Found, tagged: list[bool], tagger: Tagger | None) -> Found:
    """A person's name begun at the untagged given names right before it (module doc)."""
    first = f.first
    if f.span.start > words[first].span.start:
        return f  # a name after و (سعيد ويوسف) is the next of a list, not the rest of the word before it
    while tagger is not None and first > 0 and f.first - first < MAX_GIVEN_BEFORE and not tagged[first - 1]:
        word = words[first - 1]
        surface = text[word.span.start : word.span.end]
        proclitics = name_proclitics(surface)
        given = surface[len(proclitics) :]
        form = light(given)
        if proclitics not in ("", "و") or form not in given_names_as_written() or _also_common(form):
            break
        if proclitics and all(w.is_punct for w in words[: first - 1]):
            break  # وعزت ساندرز at a sentence's start: "and [Sanders] attributed" (`rules.verb_not_person`)
        if tagger.person_evidence([given])[0][0] < MIN_GIVEN_EVIDENCE:
            break
        first -= 1
        if proclitics:
            break  # وعلي begins the name
    if first == f.first:
        return f
    for k in range(first, f.first):
        tagged[k] = True
    return replace(f, first=first, span=Span(name_start(text, words[first]), f.span.end))


def _also_common(form: str) -> bool:
    """A given name seen as often with the article as without it, as a common word is (العمر "age")."""
    freq = word_freq()
    return freq.get("ال" + form, 0) >= freq.get(form, 0)


def _with_rest(text: str, words: Sequence[Word], f: Found, tagged: list[bool], tagger: Tagger | None) -> Found:
    end = _rest_end(text, words, f, tagged, tagger)
    if end == f.last:
        end = _east_asian_end(words, f, tagged)
    if end == f.last:
        return f
    for k in range(f.last, end):
        tagged[k] = True
    return replace(f, last=end, span=Span(f.span.start, words[end - 1].span.end))


def _rest_end(text: str, words: Sequence[Word], f: Found, tagged: list[bool], tagger: Tagger | None) -> int:
    """Where a person's name ends once the rare words after it are taken (module doc): only where
    the name plainly ends after them, at punctuation or a function word (جوزيف موسكات على أن), not
    before a word that may go on with a phrase (إد شيران كأفضل فنان)."""
    if tagger is None or words[f.last - 1].norm.startswith("ال"):
        return f.last  # a nisba (الكاظمي) closes a name
    end, taken = f.last, 0
    while end < len(words) and taken < MAX_REST_WORDS:
        if joined_hyphen(words, end) and not tagged[end + 1] and _rare_word(text, words[end + 1]):
            # a hyphen written inside the word holds it to the name, whatever the tagger makes of its half
            end += 2
        elif _rest_word(text, words[end], tagged[end], tagger):
            end += 1
        else:
            break
        taken += 1
        if words[end - 1].norm.startswith("و") and end - f.last == 1:
            break  # و + a word begins the next name of a list (وميغن توهي) unless the name ends there
        if words[end - 1].norm.startswith("ال"):
            break
    return end if end == len(words) or words[end].is_punct or words[end].norm in stop_words() else f.last


def _rest_word(text: str, word: Word, tagged: bool, tagger: Tagger) -> bool:
    """A word that may go on with a person's name: untagged, `rare_word`, and not plainly outside
    names to the tagger (its own weights)."""
    surface = text[word.span.start : word.span.end]
    if tagged or not _rare_word(text, word) or _verb_word(surface, tagger):
        return False
    return tagger.person_evidence([surface])[0][1] > MIN_REST_EVIDENCE


def _rare_word(text: str, word: Word) -> bool:
    """A word that may go on with a name: letters only, rare in the news, no pronoun written onto it,
    not a common word's form (`places.common_word`: a feminine, an adjective, a verb), no function
    word, title, nationality, head noun or given name (a second given name begins another person)."""
    w = word.norm
    if len(w) < 3 or not w.isalpha() or w in stop_words() or w in given_names():
        return False
    if title_kind(w) is not None or is_demonym(w) or head_type(w) is not None:
        return False
    surface = text[word.span.start : word.span.end]
    prefix, _, suffix = segment(surface)
    if prefix not in _NAME_PREFIXES or suffix or surface.endswith("اً"):
        return False
    form = light(surface)
    return word_freq().get(form, 0) < MAX_REST_FREQ and not _common(form) and not _inflected(form)


def _common(form: str) -> bool:
    """A common word's form (`places.common_word`), but a word in ات is a plural only where its
    singular is attested, feminine or a common word (ساحات: ساحة; مطارات: مطار), not a foreign name
    (موسكات)."""
    if form.endswith("ات"):
        return form[:-2] + "ة" in word_freq() or word_freq().get(form[:-2], 0) >= MAX_NAME_FREQ
    return common_word(form)


def _inflected(form: str) -> bool:
    """An inflected form of an attested word: an accusative or a dual's final alef (متزوجا، مازالتا: متزوج،
    مازالت), a present tense's dual or plural ending (يدخلان، يعيشون: يدخل، يعيش)."""
    freq = word_freq()
    if form.endswith("ا") and form[:-1] in freq:
        return True
    return form[:1] in "يت" and form.endswith(("ان", "ون", "وا")) and form[:-2] in freq


def _east_asian_end(words: Sequence[Word], f: Found, tagged: list[bool]) -> int:
    """A name of two East-Asian syllables goes on with a third, untagged, not followed by a fourth."""
    syllables = loose_lines(_EAST_ASIAN_SYLLABLES)
    if f.last - f.first != 2 or f.last >= len(words) or tagged[f.last]:
        return f.last
    if not all(loose(words[k].norm) in syllables for k in range(f.first, f.last + 1)):
        return f.last
    after = f.last + 1
    return f.last if after < len(words) and loose(words[after].norm) in syllables else f.last + 1


def whole_acronyms(text: str, words: Sequence[Word], names: list[Named], taken: Sequence[bool]) -> list[Named]:
    """Letter acronyms' names made whole (module doc); `taken`: the words of KB names."""
    out = []
    for n in names:
        end = _acronym_end(text, words, n.first, n.last, taken)
        out.append(replace(n, last=end, span=Span(n.span.start, words[end - 1].span.end)))
    return out


def _acronym_end(text: str, words: Sequence[Word], first: int, last: int, taken: Sequence[bool]) -> int:
    """Where a letter acronym's name ends: at its closing quote when the acronym opens a quotation of a
    few words ("إس أو إس البحر المتوسط"), else after the rare words right after it (اس او اس ميديتيرانيه)."""
    if first > 0 and words[first - 1].norm in QUOTES:
        close = next(
            (k for k in range(last, min(len(words), last + MAX_QUOTED_REST + 1)) if words[k].norm in QUOTES), None
        )
        if close is not None and all(w.norm.isalpha() for w in words[last:close]):
            return close
    end = last
    while end < len(words) and end - last < MAX_REST_WORDS and not taken[end] and _rare_word(text, words[end]):
        end += 1
    return end
