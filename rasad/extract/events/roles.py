"""Who did what to whom, where, and how: filling a sentence's drafts from its mentions.

`arguments` reads the frame of one trigger (the subject and object of a verb,
the genitive and agent of a noun); this module applies it to every draft of a
sentence and adds what a frame alone cannot tell: an announced act is the
announcer's, a verb with its subject dropped continues the sentence's subject,
an agreement ending talks is between the parties to the talks, and nobody
inflicts a disaster. Police, authorities or prosecutors named by a common noun as
the subject of a verb take part as the body or country they stand for
(common_bodies.py). It also gives an attack its mode (shelling, stabbing …).
"""

from __future__ import annotations

from collections import Counter

from rasad.arabic.normalize import norm
from rasad.document import Document, Mention
from rasad.extract.events import arguments as args
from rasad.extract.events import passive
from rasad.extract.events.article_place import in_place_noun, placed_in, title_country
from rasad.extract.events.common_bodies import BARE_COMPLEMENTIZERS, COMMON_SOURCE, common_bodies, state_medium_at
from rasad.extract.events.disasters import DISASTER
from rasad.extract.events.drafts import CASUALTY_TYPES, COUNTED_TYPES, REPORT, STATE_VOICE, TOPIC, Draft
from rasad.extract.events.lexicon import mode_index
from rasad.extract.events.national import adjective_at, national_actor
from rasad.extract.mention_index import mention_index, place_country
from rasad.extract.wordscan import Word, function_words

_OWN_SUFFIXES = ("ها", "هم", "ه")  # "جنودها"، "عناصره": the troops of who announces
_WITH_TARGET = "with=target"  # a trigger whose other party a counterpart preposition brings in (event_triggers.tsv)
_WITH_PARTY = "with=party"  # the same, also where the doer is only a title or a pronoun (a meeting)


def assign_roles(doc: Document, words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """Actor, target and location of each draft of a sentence (clause starts in `starts`)."""
    placed = args.place_mentions(doc, words)
    passive.mark_passive(words, drafts, placed, [t.span for t in doc.timexes if words[0].start <= t.span.start < words[-1].end])
    verbs = {d.first for d in drafts}
    bodies = _common_bodies(doc, words, drafts, placed)
    # the state's media only speak: "التقى ولي العهد الأسقف في الرياض، حسبما أفادت وسائل الإعلام الرسمية" (no party)
    placed = sorted([*placed, *(b for b in bodies if not state_medium_at(words, b.index))], key=lambda p: p.index)
    bounds = [*starts, len(words)]
    previous_actor: str | None = None
    sources = [d.first for d in drafts if d.act is not None and d.act.sv.cls == "according"]
    fronted = args.fronted_place(placed, words)
    reported: set[int] = set()  # the announcements of deaths another caused (_announced_by_other)
    for d in drafts:
        lo, hi = bounds[d.clause], bounds[d.clause + 1]
        # "وقدم تعازيه …، بحسب ما أوردت وكالة الأناضول": the source of the report takes no part in the event
        hi = min([hi, *(k for k in sources if k > d.last)])
        if d.act is not None:
            roles = args.verb_roles(placed, words, d.first, d.last, lo, hi, False) if d.type != "STATEMENT" else args.Roles()
            roles.actor = None
            d.actor = _body_speaking(doc, d, words, bodies) or d.actor
        elif d.pos == "verb":
            event_subject = any(o.pos == "noun" and o.type == d.type and 0 < o.first - d.last <= 2 for o in drafts)
            if "gap=object" in d.flags:  # "حمّل X Y المسؤولية"
                roles = args.gapped_object_roles(placed, words, d.first, d.last, lo, hi, [t.span for t in doc.timexes])
            else:  # whom it befell is its subject, who did it is named after a mark ("أصيب العشرات برصاص الجيش")
                agents = passive.agents_after(placed, words, d.last, hi, verbs) if passive.SUFFERS in d.flags else []
                around = [p for p in placed if p not in agents and (passive.COUNTED not in d.flags or p.index > d.last)]
                roles = args.verb_roles(around, words, d.first, d.last, lo, hi, passive.SUFFERS in d.flags, event_subject,
                                        "obj=after" in d.flags)
                roles.actor = agents[0].mention if agents else roles.actor
        else:
            genitive = "target" if "gen=target" in d.flags else "none" if "gen=none" in d.flags else "actor"
            agent_after = genitive != "target" and d.type not in COUNTED_TYPES
            possessed = d.hit is not None and d.hit.possessed and genitive == "actor"
            agents = passive.agents_after(placed, words, d.last, hi, verbs) if genitive == "target" else []
            roles = args.noun_roles([p for p in placed if p not in agents], words, d.first, d.last, lo, hi, genitive,
                                    agent_after, possessed, "lam=target" in d.flags)
            if agents and (roles.actor is None or roles.actor_guessed):  # "مقتل فلسطينيين برصاص الجيش"
                roles.actor, roles.actor_guessed = agents[0].mention, False
            if roles.actor_guessed and roles.actor is not None and _suffers(words, drafts, roles.actor, d.first):
                roles.actor, roles.target, roles.actor_guessed = None, roles.actor, False
            d.actor_guessed = roles.actor_guessed
        if _has_counterpart(d, roles):
            roles.target = args.counterpart(placed, d.last, hi, roles.actor) or roles.target
        other = _announced_by_other(words, d, roles, reported)
        if d.pos == "noun":
            if roles.actor_guessed and roles.actor is not None and roles.actor.source == COMMON_SOURCE:
                roles.actor = None  # "رفضت السلطات الروسية الاتهامات": a common noun is the subject of its verb only
            if (d.govern_kind in (REPORT, TOPIC) or other) and roles.actor_guessed and roles.actor is not None and roles.actor.span.start < words[d.first].start:
                roles.actor = None  # "أفادت الشرطة بمقتل شخصين"، "إجراءات لاحتواء الاحتجاجات": the speaker did not do it
        if d.type == DISASTER:  # where it struck may be named in the clause of its cause
            roles.location = roles.location or args.location_in(placed, d.first, d.last, 0, len(words))
        if d.type == _MEETING and roles.location is None:  # "فتحت في البرلمان نقاشات": held in an institution named before them
            roles.location = args.location_in(placed, d.first, d.last, lo, d.first, _VENUE_TYPES)
        if roles.actor is not None:
            d.actor = args.entity_key(doc, roles.actor)
        elif d.act is None and d.type not in _TOLD and d.type != DISASTER:  # "قتلوا برصاص إسرائيلي"
            d.actor = national_actor(words, d, lo, hi)
        if roles.target is not None:
            d.target = args.entity_key(doc, roles.target)
        elif d.type in CASUALTY_TYPES and (d.pos == "noun" or passive.SUFFERS in d.flags):
            d.target = _counted_troops(words, d)  # "مقتل ثلاثة من الجنود الإسرائيليين"، "أعلن الجيش مقتل خمسة من جنوده"
        place = args.place_of(roles) or (fronted if d.act is None else None)
        if place is not None:
            d.location = args.entity_key(doc, place)
        elif d.act is None and d.type not in _TOLD and _names_the_country(words, lo, hi):  # "شمال غربي البلاد"
            d.location = the_country(doc, d)
        if d.govern_kind == "announce" and d.governor is not None and d.governor.actor:
            if not other:  # who announces a withdrawal, an alert, a handover did it; deaths, only its enemies'
                d.actor = d.governor.actor
        elif d.governor is not None and d.govern_kind not in ("say", TOPIC, REPORT):  # what a speaker asserts or is about is not their act
            d.actor = d.actor or d.governor.actor
            d.target = d.target or (d.governor.target if d.governor.act is None else None)
        if d.actor is None and d.pos == "verb" and _speaker_as_pronoun(d, words):
            d.actor = d.governor.actor if d.governor else None  # "أعلن الجيش أنه أرسل مروحيات": the speaker did it
        if d.actor is None and d.pos == "verb" and previous_actor and "subj=target" not in d.flags and d.type != DISASTER:
            d.actor = previous_actor  # a verb with its subject dropped continues the sentence's subject
        if d.type == "AGREE" and d.hit is not None and roles.actor is None or (d.type == "AGREE" and d.governor is None):
            talks = next((o for o in drafts if o.type == "CONSULT" and o.first < d.first and o.actor and o.target), None)
            if talks is not None:  # "جولة الحوار بين X وY … انتهت بالاتفاق": X and Y agreed
                d.actor, d.target = talks.actor, talks.target
        if d.type == DISASTER:
            d.actor = None  # nobody inflicted it
        if d.actor == d.target:
            d.target = None
        if d.actor and d.governor is None and d.pos == "verb":
            previous_actor = d.actor


def _has_counterpart(d: Draft, roles: args.Roles) -> bool:
    """Whether a name after مع is the other party of `d`: a meeting's always ("اجتمع الوزير مع الرئيس السيسي"، "والتقى
    مع بوتين": the doer only a title or a pronoun); an accord's or cooperation's only where it has an actor, as a bare
    "بالتنسيق مع X" is a manner, no event of its own. Never where an object or genitive names the other party."""
    if roles.target is not None and roles.target.type in args.PARTICIPANT_TYPES:
        return False
    owned = d.hit is not None and d.hit.possessed  # "قمته مع الزعيم كيم": a pronoun stands for the actor
    return _WITH_PARTY in d.flags or (_WITH_TARGET in d.flags and (roles.actor is not None or owned))


def _announced_by_other(words: list[Word], d: Draft, roles: args.Roles, reported: set[int]) -> bool:
    """Whether the announcer of `d` did not do it: deaths that are not its enemies' (passive.announced_by_other:
    "أعلنت وزارة الصحة مقتل 20")، and an attack of the same announcement that names its own doer or follows such
    deaths ("أعلن المرصد مقتل مدنيين في غارات لقوات النظام"، "أعلنت الوزارة مقتل 20 في قصف على المدينة")."""
    if d.govern_kind != "announce" or d.governor is None:
        return False
    if passive.announced_by_other(words, d):
        reported.add(id(d.governor))
        return True
    return d.type == passive.ATTACK and d.pos == "noun" and (id(d.governor) in reported or (
        "gen=target" not in d.flags and roles.actor is not None and not roles.actor_guessed))


def _common_bodies(doc: Document, words: list[Word], drafts: list[Draft], placed: list[args.Placed]) -> list[args.Placed]:
    """Police, authorities, armies named by a common noun as the subject of a verb of the sentence (common_bodies.py)."""
    if not drafts:
        return []
    slots = {k for d in drafts if _takes_subject_after(d, words) for k in (d.first + 1, d.last + 1)}
    return common_bodies(doc, words, placed, slots, lambda: _home_of_bodies(doc, drafts[0], placed))


def _home_of_bodies(doc: Document, d: Draft, placed: list[args.Placed]) -> str | None:
    """The country a bare "الشرطة" or "الحكومة" serves: the one of the sentence of `d` (the_country), unless the
    sentence names it as whom an act is for or against: "أعلنت الحكومة تأييدها لبريطانيا" is another's."""
    country = the_country(doc, d)
    named = [p for p in placed if p.mention.entity_id == country]
    return None if any(p.prep in _FOR_OR_AGAINST for p in named) else country


_FOR_OR_AGAINST = frozenset({norm("ل"), norm("على"), norm("ضد")})


def _body_speaking(doc: Document, d: Draft, words: list[Word], bodies: list[args.Placed]) -> str | None:
    """The common-noun body right after a speech verb, when no speaker stands before it: "قالت الشرطة"، "اتهم ممثلو
    الادعاء في بريطانيا ألكسندر بتروف" (the one accused is no speaker). The state's media speak only where the
    sentence names no speaker ("نقل التلفزيون الرسمي عن خامنئي قوله": Khamenei's words), and are then flagged an outlet,
    so that what they relay stays the article's sourcing (news_day.relayed_by_outlet)."""
    body = next((p.mention for p in bodies if p.index == d.last + 1), None)
    speaker = d.act.speaker_span if d.act is not None else None
    if body is None or (d.actor and speaker is not None and speaker.start < body.span.start):
        return None
    if state_medium_at(words, d.last + 1):
        if d.actor:
            return None
        d.flags = d.flags | {STATE_VOICE}
    return args.entity_key(doc, body)


def _suffers(words: list[Word], drafts: list[Draft], subject: Mention, first: int) -> bool:
    """Whether `subject` follows a verb of facing or undergoing (data/function_words.tsv suffer_verb) whose object is
    the noun at word `first`, the first event after it: "وواجه دوتيرتي انتقادات دولية"، "تتعرض الحكومة لانتقادات" (the
    one criticised, not who criticises); not a later one ("وواجهت إسرائيل انتقادات لإطلاقها النار": Israel fired), nor
    one with ب, which tells what the accusation is of ("يواجه X اتهاما بالاعتداء": X is the one accused of assault)."""
    at = next((k for k, w in enumerate(words) if w.end > subject.span.start), first)
    return (0 < at < first and words[at - 1].text in function_words("suffer_verb") and not words[first].text.startswith(_WITH)
            and not any(at < o.first < first for o in drafts))


_WITH = "ب"  # "يواجه X اتهاما بالاعتداء": the noun the verb takes is bare or with ل; one with ب is what it is about


def _takes_subject_after(d: Draft, words: list[Word]) -> bool:
    """Whether the noun after the verb of `d` may be its subject: not after "بحسب" (a source, "وبحسب السلطات، تنسب
    هذه الهجمات") nor after a verb whose subject is a pronoun before it ("أنه أبلغ السلطات العراقية": the object)."""
    if d.pos not in ("verb", "speech") or (d.act is not None and d.act.sv.cls == "according"):
        return False
    if words[d.first].text.endswith(_PLURAL_VERB):
        return False  # "أن المصلين أبلغوا الشرطة": a verb before its subject is singular, a plural one holds it
    before = words[d.first - 1].text if d.first > 0 else ""
    return not (before in function_words("complementizer") and before not in BARE_COMPLEMENTIZERS)


_PLURAL_VERB = "وا"


_MEETING = "CONSULT"
_VENUE_TYPES = args.PLACE_TYPES | {"ORG"}
_TOLD = frozenset({"STATEMENT", "ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE"})  # said, not done somewhere


def the_country(doc: Document, d: Draft) -> str | None:
    """The country "البلاد" stands for in the sentence of `d`: the one country its sentence names, else its
    paragraph's, else the lead's (a French outlet telling of the Thai cave names France more often than
    Thailand, but its lead names Thailand), else the one country the title names (title_country), else the
    country the article names most. A city or region a
    locative governs names its country ("في موسكو" is in Russia: many stories name their country only by
    its cities); one named otherwise does not (a dateline "دبي، الإمارات (CNN)"، "محاولات طهران" for Iran)."""
    paragraphs = [b.span for b in doc.body]
    levels = [d.sentence]
    if d.paragraph < len(paragraphs):
        levels.append(paragraphs[d.paragraph])
    if paragraphs:
        levels.append(paragraphs[0])
    index = mention_index(doc)
    for span in levels:
        named = set(filter(None, (_country_named(doc, m) for m in index.between(span.start, span.end))))
        if len(named) == 1:
            return named.pop()
    return index.fact("home_country", lambda: title_country(doc) or _named_most(doc, index.mentions))


def _country_named(doc: Document, m: Mention) -> str | None:
    """The country key a mention names: a country, or a city or region of one that a locative governs ("في
    موسكو"، "بولاية كولورادو")."""
    country = place_country(m.entity_id)
    return country if country == m.entity_id or (country and (placed_in(doc, m) or in_place_noun(doc, m))) else None


def _named_most(doc: Document, mentions: list[Mention]) -> str | None:
    """The country the document names most (`_country_named`); None on a tie."""
    ranked = Counter(filter(None, (_country_named(doc, m) for m in mentions))).most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _names_the_country(words: list[Word], lo: int, hi: int) -> bool:
    """Whether the clause places something in "البلاد": after في, a part of the country (شمال غربي
    البلاد، أنحاء البلاد) or with ب glued on (بالبلاد)."""
    country, parts, locative = function_words("the_country"), function_words("part_of_country"), function_words("locative")
    for i in range(max(lo, 1), hi):
        w = words[i]
        if country.isdisjoint(w.forms):
            continue
        before = words[i - 1].forms
        if not parts.isdisjoint(before) or not locative.isdisjoint(before) or w.text.startswith(("بال", "وبال")):
            return True
    return False


def _speaker_as_pronoun(d: Draft, words: list[Word]) -> bool:
    """Whether the verb follows "أنه"/"أنها" agreeing with the speech verb that governs it: "أعلن الجيش أنه
    أرسل"، "أكدت الوزارة أنها أرسلت"; not "قال أردوغان إنها (إسرائيل) تشن"."""
    act = d.governor.act if d.governor is not None else None
    if act is None or d.first == 0:
        return False
    word = words[d.first - 1].text
    verb = next((w.text for w in words if w.start == act.verb.start), "")
    feminine = verb.endswith(("ت", "ه"))  # قالت، أعلنت؛ مضيفة
    return word in function_words("self_fem" if feminine else "self_masc")


def assign_modes(words: list[Word], drafts: list[Draft], starts: list[int]) -> None:
    """An attack's mode: the highest-priority mode named in its clause, else in the sentence (event_modes.tsv)."""
    bounds = [*starts, len(words)]
    modes = mode_index().find_all(words)
    for d in drafts:
        lo, hi = bounds[d.clause], bounds[d.clause + 1]
        if d.type == "ASSAULT":
            found = [m.payload for m in modes if lo <= m.first < hi] or [m.payload for m in modes]
            d.mode = min(found, key=lambda p: p[1])[0] if found else None


def _counted_troops(words: list[Word], d: Draft) -> str | None:
    """Whose troops the dead are counted out of, right after the noun: a nation's ("مقتل ثلاثة من الجنود
    الإسرائيليين") or, with a pronoun, the announcer's own ("أعلن الجيش الأفغاني مقتل خمسة من جنوده"; troop nouns:
    data/function_words.tsv troop_noun)."""
    troops = function_words("troop_noun")
    for k in range(d.last + 2, min(d.last + 4, len(words) - 1)):
        if words[k].text not in function_words("partitive"):
            continue
        noun = words[k + 1].text
        if noun.removeprefix("ال") in troops:
            return adjective_at(words, k + 2) if k + 2 < len(words) else None
        own = any(noun.endswith(suffix) and noun[: -len(suffix)] in troops for suffix in _OWN_SUFFIXES)
        return d.governor.actor if own and d.governor is not None and d.governor.act is not None else None
    return None

