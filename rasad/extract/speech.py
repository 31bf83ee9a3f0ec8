"""Speech verbs, attributions and who speaks: shared by quotes and events.

Speech verbs come from data/speech_verbs.tsv with their conjugations
generated (قال، قالت، قالوا، يقول، تقول… and the participles قائلا، قائلة),
so the file lists each verb once. A speaker is read from entity mentions:
the subject after the verb (Arabic is mostly verb-first), never a mention
governed by a preposition ("قال لرويترز": Reuters is the listener; "المتحدث
باسم الوزارة": the ministry is part of the title).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rasad.arabic.lexicon import normalised_lines, read_rows
from rasad.arabic.normalize import norm
from rasad.document import Document, Mention
from rasad.extract.mention_index import mention_index, place_country
from rasad.extract.wordscan import PhraseIndex, Word, clitics_before, function_words, previous_word

_PKG = "rasad.extract"
SPEAKER_TYPES = ("PER", "ORG", "GPE")
PROCLITIC_PREPS = "لب"
_WHO_OR_FROM = norm("من")
_TA_MARBUTA = "ة"
_SKIP_BACK = "\"'“”«»„‟ـ \u200f\u200e"
PRONOUN_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")  # longest first
_FROM = norm("عن")
ON_BEHALF = norm("باسم")  # "المتحدث باسم الوزارة": the body a spokesman speaks for
_WHAT = norm("ما")
_RELAY_SOURCE_REACH = 6  # words after a relay verb in which whom it relays is named ("نقلته وكالة الأنباء الرسمية عن")
_STANCE_MARK = "@stance"  # in a frame's needs (data/speech_frames.tsv): any stance noun
IN_STATEMENT = "in_statement"  # the class of data/speech_noun_frames.tsv: "رسالة مفادها"، "بيانا جاء فيه"


@dataclass(frozen=True, slots=True)
class SpeechVerb:
    lemma: str  # the past-tense form in the data file
    cls: str  # say, announce, relay, according, in_statement
    type: str  # the event type of the speech act
    form: str  # past, present, participle, phrase
    frame: bool = False  # a verb of saying only with what it introduces (data/speech_frames.tsv)
    needs: frozenset[str] = frozenset()  # a frame's words before what it introduces (حمّل … المسؤولية)
    told_after: bool = False  # a frame only after what it tells ('"…".. هكذا بدأ X حديثه')
    needs_next: bool = False  # a needed word stands right before what the frame introduces ("عن ثقته في أن")
    named_only: bool = False  # only its subject's name stands before what it introduces ('وأكمل "…"'، "وأكمل البيان:")
    subject_only: bool = False  # only its subject, no object, stands before what it introduces ("وروى أحد السكان أن")


def past_forms(past: str) -> list[str]:
    """Third-person forms of a normalised past verb: قال -> قالت، قالوا، قالا، قالتا."""
    if past[-1] in "اي":  # دعا، ألقى (ى is ي once normalised): the weak letter drops
        return [past, past[:-1] + "ت", past[:-1] + "وا", past[:-1] + "تا"]
    return [past, past + "ت", past + "وا", past + "ا", past + "تا"]


def present_forms(present: str) -> list[str]:
    """Third-person forms of a normalised present verb: يقول -> تقول، يقولون، يقولان."""
    stem = present[1:]
    return [present, "ت" + stem, present + "ون", present + "ان", "ت" + stem + "ان"]


def _participle_forms(part: str) -> list[str]:
    base = part[:-1] if part.endswith("ا") else part
    return [base + "ا", base + "ه", base + "ين", base + "ات"]


@lru_cache(maxsize=2)
def speech_index(frames: bool = False) -> PhraseIndex[SpeechVerb]:
    """Every form of every speech verb, plus the attribution phrases; with `frames`, the verbs that say only
    when they introduce a quote or reported content (data/speech_frames.tsv: "واختتم البيان بأن"، "حمّل X
    المسؤولية …، "…""), which quotes read and events leave to their own triggers."""
    entries: list[tuple[str, SpeechVerb]] = []
    for row in read_rows(_PKG, "speech_verbs.tsv"):
        extra = row[5].strip().split("|") if len(row) > 5 and row[5].strip() else []
        entries += _verb_entries(row, extra, frozenset())
    for phrase in attributions():
        entries.append((phrase, SpeechVerb(norm(phrase), "according", "STATEMENT", "phrase")))
    if frames:
        for row in read_rows(_PKG, "speech_frames.tsv"):
            needs = _needed_words(row[5]) if len(row) > 5 and row[5].strip() else frozenset()
            place = row[6].strip() if len(row) > 6 else ""
            entries += _verb_entries(row, [], needs, frame=True, told_after=place == "after", named_only=place == "named",
                                     needs_next=len(row) > 5 and _STANCE_MARK in row[5], subject_only=place == "subject")
        for row in read_rows(_PKG, "speech_noun_frames.tsv"):
            entries.append((row[0].strip(), SpeechVerb(norm(row[0].strip()), IN_STATEMENT, "STATEMENT", "phrase", True)))
    return PhraseIndex(entries)


@lru_cache(maxsize=1)
def attributions() -> dict[str, bool]:
    """The attribution phrases of data/attributions.tsv as written ("نقلا عن"، "بحسب") -> whether they name who
    said the words (its "source" column) rather than where they were recorded."""
    return {row[0].strip(): len(row) > 1 and row[1].strip() == "source" for row in read_rows(_PKG, "attributions.tsv")}


@lru_cache(maxsize=1)
def source_attributions() -> frozenset[str]:
    """The normalised attributions that name who said the words ("نقلا عن X"، "على لسان X")."""
    return frozenset(norm(phrase) for phrase, names_source in attributions().items() if names_source)


def _needed_words(cell: str) -> frozenset[str]:
    """The words of a frame's needs column: "|"-separated, "@stance" for the stance nouns."""
    words = [norm(w) for w in cell.strip().split("|")]
    return frozenset(w for w in words if w != _STANCE_MARK) | (stance_nouns() if _STANCE_MARK in words else frozenset())


@lru_cache(maxsize=1)
def stance_nouns() -> frozenset[str]:
    """"ثقه"، "قلق": nouns of a stance whose holder states what أن after them says (data/speech_stance_nouns.tsv)."""
    return normalised_lines(_PKG, "speech_stance_nouns.tsv")


def verb_forms(cls: str) -> frozenset[str]:
    """The normalised past and present forms of the speech verbs of class `cls` whose past form is a verb of its
    own (no "~" lemma: بين، رأى), as speech_index reads them."""
    return frozenset(
        form
        for row in read_rows(_PKG, "speech_verbs.tsv")
        if row[3].strip() == cls and not row[0].strip().startswith("~")
        for form, verb in _verb_entries(row, [], frozenset())
        if verb.form in ("past", "present")
    )


def speech_lemmas() -> list[str]:
    """The normalised past form of every speech verb of speech_verbs.tsv (a "~" lemma too)."""
    return [norm(row[0].strip().lstrip("~")) for row in read_rows(_PKG, "speech_verbs.tsv")]


def _verb_entries(row: Sequence[str], extra: Sequence[str], needs: frozenset[str], *, frame: bool = False,
                  told_after: bool = False, needs_next: bool = False, named_only: bool = False,
                  subject_only: bool = False) -> list[tuple[str, SpeechVerb]]:
    """The forms of one verb row (past, present, participle, class, event type), each with its SpeechVerb."""
    past, present, participle, cls, etype = (c.strip() for c in row[:5])
    p = norm(past.lstrip("~"))

    def verb(form: str) -> SpeechVerb:
        return SpeechVerb(p, cls, etype, form, frame, needs, told_after, needs_next, named_only, subject_only)

    entries: list[tuple[str, SpeechVerb]] = []
    if not past.startswith("~"):  # "~": the past form is also a common other word (بين، رأي)
        entries += [(f, verb("past")) for f in past_forms(p)]
    if present != "-":
        entries += [(f, verb("present")) for f in present_forms(norm(present))]
    if participle != "-":
        entries += [(f, verb("participle")) for f in _participle_forms(norm(participle))]
    return entries + [(norm(f), verb("past")) for f in extra]


def feminine_verb(form: str, sv: SpeechVerb) -> bool | None:
    """Whether the verb form `form` of `sv` has a woman for subject ("قالت"، "تقول"، "قائلة"), a man ("قال"، "يقول"،
    "قائلا"), or neither known (plural, dual, a phrase)."""
    if sv.form == "past":
        return True if form.endswith(("ت", "تا")) and form != sv.lemma else (False if form == sv.lemma else None)
    if sv.form == "present" and not form.endswith(("ون", "ان")):
        return {"ت": True, "ي": False}.get(form[:1])
    if sv.form == "participle":
        return {"ه": True, "ا": False}.get(form[-1:])
    return None


def plural_verb(words: Sequence[Word], i: int, sv: SpeechVerb) -> bool:
    """Whether the verb `sv` at word `i` is written with its plural or dual subject ("قالوا"، "أكدوا"، "يقولون"،
    "قالا"): in a sentence that opens with the verb, a subject named after it takes the singular ("قال النواب"), so
    what follows a plural verb is its object ("أكدوا تصويتهم ضد المشروع"), and the speakers were told before."""
    for m in speech_index(True).matches_at(words, i):
        if m.payload != sv:
            continue
        if sv.form == "past" and m.form != sv.lemma and m.form.endswith(("وا", "ا")):  # قالوا، قالا، قالتا
            return True
        if sv.form == "present" and m.form.endswith(("ون", "ان")):
            return True
    return False


def object_pronoun(word: Word, form: str) -> str:
    """The pronoun written onto the end of a verb `word` read as `form` ("نقلتها" read as "نقلت" -> "ها"), or ""."""
    rest = word.text[len(clitics_before(word, form)) :]
    suffix = rest[len(form) :] if rest.startswith(form) else ""
    return suffix if suffix in PRONOUN_SUFFIXES else ""


def carried_by_medium(words: Sequence[Word], first: int, last: int, form: str) -> bool:
    """Whether the relay verb at words[first..last] has what was said as its object ("في كلمة ألقاها ونقلها
    التلفزيون"، "في بيان نقلته وكالة الأناضول"، "X الذي نقل التلفزيون كلامه"): its subject carried the words,
    and said none of them. One that
    names whom it relays ("نقلته الوكالة عن مصدر") is a relay all the same."""
    before = previous_word(words, first)
    after = words[last + 1 : last + 1 + _RELAY_SOURCE_REACH]
    if object_pronoun(words[first], form):
        if before is not None and before.text.endswith(_WHAT):
            return False  # "حسبما نقلته فرانس برس": what the agency relayed, told as its own
    elif not any(_owned_statement(w) for w in after):  # "X الذي نقل التلفزيون كلامه": X's words
        return False
    return not any(w.text.startswith(_FROM) for w in after)


def _owned_statement(word: Word) -> bool:
    """"كلامه"، "تصريحاتها": a statement noun with a pronoun written onto it, someone's words."""
    for suffix in PRONOUN_SUFFIXES:
        stem = word.text[: -len(suffix)]
        if word.text.endswith(suffix) and (stem in statement_nouns() or stem[-1:] == "ت" and stem[:-1] + "ه" in statement_nouns()):
            return True  # "كلمته": ة is written ت before a pronoun
    return False


def conjoined(words: Sequence[Word], i: int) -> bool:
    """Whether the speech verb at word `i` carries the conjunction و or ف ("وقال"، "فأضاف"): it opens a clause of
    its own, whose subject follows it or is left out, never a name told before it."""
    forms = [m.form for m in speech_index(True).matches_at(words, i)]
    return any(clitics_before(words[i], f)[:1] in ("و", "ف") for f in forms)


def is_complementizer(words: Sequence[Word], i: int) -> bool:
    if words[i].text not in function_words("complementizer") or _letter_of_acronym(words, i):
        return False
    prev = previous_word(words, i)
    return prev is None or prev.text not in function_words("conjunction_before")


def _letter_of_acronym(words: Sequence[Word], i: int) -> bool:
    """Whether word `i` is glued to a period before or after it, a letter name of an acronym written with dots
    ("قناة سي.إن.إن"، "إن.بي.سي"): إن there is the letter N, not "that"."""
    before = i > 0 and words[i - 1].text == "." and words[i - 1].end == words[i].start
    after = i + 1 < len(words) and words[i + 1].text == "." and words[i + 1].start == words[i].end
    return before or (after and i + 2 < len(words) and words[i + 2].start == words[i + 1].end and words[i + 2].is_word)


def reads_as_noun(text: str, words: Sequence[Word], i: int, form: str) -> bool:
    """Whether a past verb form at word `i` of `text` can only be a noun: a masdar (دعم، طلب، تعاون، ذكر are
    both) after a preposition ("عن دعم الأسد"، "على ذكر الحلف") or with ل glued on ("لدعم المرضى"), or a
    word written with ة, which normalises to the pronoun ه ("إدانة" is not أدان+ه, "إشارة" not أشار+ه).
    Not after من, which is as often "who" ("من قتل الصحفي"); not after إن/أن, which normalise alike
    ("سبق أن أعلن" is a verb)."""
    if text and text[words[i].end - 1] == _TA_MARBUTA or clitics_before(words[i], form).endswith("ل"):
        return True
    prev = previous_word(words, i)
    return prev is not None and prev.text in function_words("preposition") and prev.text != _WHO_OR_FROM


def mention_key(doc: Document, m: Mention) -> str:
    """The entity key of a mention: its own, or `<TYPE>:<normalised text>`."""
    return m.entity_id or f"{m.type}:{norm(doc.span_text(m.span)).strip()}"


def governing_preposition(text: str, start: int) -> str | None:
    """The preposition right before position `start` ("لـ"رويترز"" -> ل), if any."""
    i = start
    while i > 0 and text[i - 1] in "\"'“”«»„‟ـ#":  # a hashtag's # too: "في #تويتر"
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace() and text[j - 1] not in "،,.:؛;()":
        j -= 1
    attached = norm(text[j:i]).strip("ـ\"'“”«»")
    if attached:  # a clitic written onto the mention: "لرويترز"، "وبغداد"
        attached = attached.lstrip("وف")
        return attached[-1] if attached and attached[-1] in PROCLITIC_PREPS else None
    k = j
    while k > 0 and text[k - 1] in _SKIP_BACK:
        k -= 1
    m = k
    while m > 0 and not text[m - 1].isspace() and text[m - 1] not in "،,.:؛;()\"“”«»":
        m -= 1
    word = norm(text[m:k])
    preps = function_words("preposition")
    if word in preps or (len(word) > 1 and word[0] in "وف" and word[1:] in preps):
        return word
    return None


def mentions_between(doc: Document, start: int, end: int, types: Iterable[str] = SPEAKER_TYPES) -> list[Mention]:
    wanted = set(types)
    return [m for m in mention_index(doc).between(start, end) if m.type in wanted]


def subject_mention(doc: Document, start: int, end: int, *, after_preposition: str | None = None) -> Mention | None:
    """The speaker among the mentions in [start, end): a person first, else an organisation or state.

    Mentions governed by a preposition are skipped, except after `after_preposition`
    (the عن of "نقل عن X").
    """
    free: list[Mention] = []
    for m in mentions_between(doc, start, end):
        prep = governing_preposition(doc.text, m.span.start)
        if prep is None or (after_preposition and prep == after_preposition):
            free.append(m)
    if not free:
        return None
    inner = [m for m in free if not any(o is not m and o.span.contains(m.span) for o in free)]
    people = [m for m in inner if m.type == "PER"]
    if len(people) > 1 and _title_taken_for_a_name(doc, people[0], people[1]):
        return people[1]
    return people[0] if people else inner[0]


def _title_taken_for_a_name(doc: Document, first: Mention, then: Mention) -> bool:
    """Whether `first` is a title that the tagger took for a person, right before the name it introduces
    ("عالمة الجيولوجيا جانيت باب"): its first word is a role noun and the name follows with nothing between."""
    head = norm(doc.span_text(first.span)).split()[0]
    head = head[2:] if head.startswith("ال") and len(head) > 4 else head
    return head in person_roles() and not doc.text[first.span.end : then.span.start].strip()


@lru_cache(maxsize=1)
def accordance_nouns() -> frozenset[str]:
    """"خطه"، "قانون": what an attribution governs when it means "in accordance with" (data/speech_accordance_nouns.tsv)."""
    return normalised_lines(_PKG, "speech_accordance_nouns.tsv")


@lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    return normalised_lines(_PKG, "statement_nouns.tsv")


@lru_cache(maxsize=1)
def person_roles() -> frozenset[str]:
    return normalised_lines(_PKG, "person_roles.tsv")


def is_statement_noun(word: Word) -> bool:
    """"البيان"، "بيانا"، "بيانها": a text whose words are its issuer's."""
    return any(f in statement_nouns() for f in word.forms)


def definite_noun(word: Word) -> str | None:
    """The noun of a word with the article, conjunction and article taken off ("والوزيرة" -> "وزيره"); else None."""
    text = word.text[1:] if len(word.text) > 4 and word.text[0] in "وف" and word.text[1:3] == "ال" else word.text
    return text[2:] if text.startswith("ال") and len(text) > 4 else None


def seat_of_office(words: Sequence[Word], idx: int) -> bool:
    """Whether the place opening at word `idx` is the genitive of a local body or office without the article, a place
    noun aside ("قائد شرطة قندهار"، "شرطة مدينة تورونتو"، "محافظ البصرة"; data/function_words.tsv seat_office): the
    place the office serves, not a participant."""
    head = idx - 2 if idx > 1 and words[idx - 1].text in function_words("place_noun") else idx - 1
    if head < 0 or not words[head].is_word or definite_noun(words[head]) is not None:
        return False
    return not function_words("seat_office").isdisjoint(words[head].forms)


def seated_place(words: Sequence[Word], idx: int, m: Mention) -> bool:
    """Whether the mention `m`, opening at word `idx`, is a town or province in construct with a local office
    (`seat_of_office`); not a country: "شرطة سنغافورة" is its state's police, speaking for it."""
    return (m.type in ("GPE", "LOC") and idx < len(words) and words[idx].start == m.span.start
            and place_country(m.entity_id) != m.entity_id and seat_of_office(words, idx))


def bare_noun(word: Word) -> str:
    """A word without a conjunction or the article: the form a title is compared in ("وزيره")."""
    return definite_noun(word) or word.text
