"""Cross-document entity resolution: one `Entity` per real-world entity.

Documents name things with keys they compute alone (`kb:<id>`, or
`<TYPE>:<name>`, see `rasad.corpus.model`). Here keys that name the same
thing are joined:
- a name key whose spelling-blind `skeleton` equals that of a KB name of
  the same type joins the KB entity (hamza and alef forms, ة/ه, ى/ي, ض/ظ,
  ترمب/ترامب, إلون/إيلون: the skeleton drops the article and inner long vowels and folds the letters; a
  generated GeoNames town must be spelt with the same long vowels);
- name keys of one type and one skeleton join each other;
- full person names that are one name transliterated two ways join, word for word
  (بيدرو سانشيز، بيدرو سانتشيث: data/transliteration_folds.tsv; with the KB's name too), or
  by a letter more or two swapped in one foreign word (سيريو كاباناس، سيرجيو كابانياس), or by خ/ج/ه (سيرخيو، سيرجيو راموس): `entity_spellings`;
- a place's or a body's name with ق for ك or ص for س in a long rare word (قرقنة، كركنة; صفاقس، صفاقص) joins
  the one other name of that folded spelling: `entity_spellings.letter_fold_pairs`;
- a one-word person key (عناد) joins the one person whose name ends with it,
  when exactly one does; failing that, the one whose surname is the same foreign
  name transliterated another way (سانتشيث، سانشيز: data/transliteration_folds.tsv);
- an organisation's name with one inner word more joins the name without it
  (الحزب الاشتراكي العمالي الإسباني، الحزب الاشتراكي الإسباني);
- a several-word name one slip away from another of the same type and length
  (الدولية for الدولة in one word of four letters or more) joins it;
- an organisation named without its nationality (الديوان الملكي) joins the one
  named with it (الديوان الملكي الأردني), when one nationality is named;
- an organisation named by its first field alone (وزارة البترول) joins the one name that goes on from it with
  و (وزارة البترول والثروة المعدنية), when it has joined no other name;
- a place named with an administrative head (محافظة عكار، قضاء عكار، منطقة عكار:
  data/place_heads.txt) joins the place of the bare name (عكار), when one place has that name (with no bare
  name, the headed ones join each other: بلدة دوما، مدينة دوما), and a town and an
  area of one name (GPE and LOC الفحيص) are one place,
  and a force named with its head (قوة الأمن العام، قوات الدرك: data/force_heads.txt) the body, a club
  named with its head (نادي ليفربول، فريق ليفربول: data/club_heads.txt) the club;
- a MISC name that is exactly one place's, body's or person's name is that thing (the tagger's مهرجان الفحيص, "سي ووتش");
- a person named with the father's name (زايد بن سعيد الخيارين) is the one named without it (زايد الخيارين);
  (the joins of people are in `person_joins`, the keys' parts and the union-find in `entity_keys`)
- a body named with its country's name (منتخب مصر) is the one named with its nationality (المنتخب المصري).
Otherwise types must agree, and the skeleton keeps final letters, so الكاظمي (a man)
never joins الكاظمية (a district) — string similarity alone would join them.
Entity ids are e1, e2… in order of first mention (document order, then offset).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from rasad.arabic.lexicon import read_lines
from rasad.corpus.entity_keys import MIN_SLIP_WORD, KeyUnion, name_words, spelling, split_key, written_words
from rasad.corpus.entity_spellings import letter_fold_pairs
from rasad.corpus.model import DocSpan, Entity
from rasad.corpus.national_names import national_pairs
from rasad.corpus.person_joins import join_filiations, join_surnames, join_transliterations, two_given_names
from rasad.document import Document
from rasad.extract.entities.kb import closing_demonym, entries, entry
from rasad.extract.entities.keys import skeleton, written_name

_PLACE_TYPES = frozenset({"GPE", "LOC"})  # "منطقة الفحيص" may be typed a region and الفحيص a town


@lru_cache(maxsize=2)
def _kb_skeletons(*, generated: bool) -> dict[tuple[str, str], str]:
    """(type, skeleton) -> KB key for every KB name and alias with a single owner, of the
    hand-written entries or of the `generated` ones (GeoNames towns).

    A generated entry is found by its spelling with the long vowels kept: of tens of thousands
    of towns, one without a vowel of a local place's name is another place (الفحص for الفحيص),
    while the hand-written entries' foreign names are the ones spelt with and without them (ترمب، ترامب)."""
    owners: dict[tuple[str, str], set[str]] = {}
    for e in entries().values():
        if e.weak == generated:
            for name in (e.name, e.name_en, *e.aliases):
                owners.setdefault((e.type, skeleton(name, vowels=generated)), set()).add(e.key)
    return {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k[1]}


def _one_slip(a: str, b: str) -> bool:
    """Same number of words, all equal but one, and that one a single edit apart (both long words)."""
    from rapidfuzz.distance import Levenshtein

    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= MIN_SLIP_WORD and Levenshtein.distance(*diff[0]) == 1


def _join_keys(keys: Sequence[str], types: dict[str, str]) -> KeyUnion:
    union = KeyUnion()
    kb_skel, kb_spelled = _kb_skeletons(generated=False), _kb_skeletons(generated=True)
    by_skel: dict[tuple[str, str], str] = {}
    for key in keys:
        union.find(key)
        if key.startswith("kb:"):
            continue
        typ, name = split_key(key)
        skel = skeleton(name)
        known = kb_skel.get((typ, skel)) or kb_spelled.get((typ, skeleton(name, vowels=True)))
        if known is not None and not two_given_names(known, key):
            union.join(known, key)
        if (typ, skel) in by_skel and not two_given_names(by_skel[(typ, skel)], key):  # حسن، حسين: one skeleton
            union.join(by_skel[(typ, skel)], key)
        by_skel.setdefault((typ, skel), key)
    join_transliterations(keys, types, union)
    join_surnames(keys, types, union)
    _join_slips(keys, types, union)
    _join_inner_words(keys, types, union)
    _join_heads(keys, types, union, _PLACE_TYPES, _heads("place_heads.txt"))
    _join_heads(keys, types, union, frozenset({"ORG"}), _heads("force_heads.txt"))
    _join_heads(keys, types, union, frozenset({"ORG"}), _heads("club_heads.txt"))
    _join_mistyped(keys, types, union)
    join_filiations(keys, types, union)
    _join_nationalities(keys, types, union)
    _join_coordinated(keys, types, union)
    written = {k: written_words(k) for k in keys}
    for a, b in national_pairs(written, types):  # منتخب مصر، المنتخب المصري
        union.join(a, b)
    for a, b in letter_fold_pairs(written, types, union.find):  # قرقنة، كركنة
        union.join(a, b)
    return union


def _join_slips(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """Join names one slip apart; names are bucketed by their other words, so this stays linear."""
    buckets: dict[tuple[str, int, tuple[str, ...]], list[str]] = {}
    for k in keys:
        words = name_words(k)
        if len(words) < 2:
            continue
        for p in range(len(words)):
            buckets.setdefault((types[k], p, tuple(words[:p] + words[p + 1 :])), []).append(k)
    for group in buckets.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                both_kb = a.startswith("kb:") and b.startswith("kb:")
                slip = not both_kb and union.find(a) != union.find(b) and _one_slip(" ".join(name_words(a)), " ".join(name_words(b)))
                if slip and not two_given_names(a, b):
                    union.join(a, b)


_NISBA = ("ي", "يه", "ية")  # endings of a relative adjective (الرسمي، الحكومية)


def _join_inner_words(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """An organisation's name that ends with its nationality and has one inner adjective more joins the
    name without it, when each is the other's only such partner (الحزب الاشتراكي الإسباني، الحزب
    الاشتراكي العمالي الإسباني; التلفزيون الرسمي السوري، التلفزيون السوري): outlets drop a qualifier
    of a long name, never its head or its nationality. A short name that several
    long ones reduce to (منظمة الدولية: العفو، التجارة) is generic and joins none."""
    orgs = {k: tuple(name_words(k)) for k in keys if types[k] == "ORG"}
    short = {words: k for k, words in orgs.items() if len(words) >= 2}
    partners: dict[str, set[str]] = {}
    for k, words in orgs.items():
        written = written_words(k)
        nationality = closing_demonym(written)[0]
        if nationality == len(written):
            continue  # the long name ends with its nationality (not المنظمة الدولية, a description)
        for p in range(1, nationality):
            if len(written) != len(words) or not written[p].endswith(_NISBA):
                continue  # only an adjective may go (العمالي، الرسمية), not a noun of the name (حزب الاتحاد الديمقراطي)
            less = words[:p] + words[p + 1 :]
            if less in short:
                partners.setdefault(k, set()).add(short[less])
                partners.setdefault(short[less], set()).add(k)
    for k, found in partners.items():
        other = next(iter(found))
        if len(found) == 1 and len(partners[other]) == 1 and len(orgs[k]) > len(orgs[other]) and not (k.startswith("kb:") and other.startswith("kb:")):
            union.join(other, k)


@lru_cache(maxsize=4)
def _heads(name: str) -> frozenset[str]:
    return frozenset(skeleton(w) for w in read_lines("rasad.corpus", name))


def _join_heads(keys: Sequence[str], types: dict[str, str], union: KeyUnion, wanted: frozenset[str], heads: frozenset[str]) -> None:
    """Join "محافظة عكار" to "عكار" (place heads), "قوة الأمن العام" to "الأمن العام" (force heads): a
    name under a head that does not make it another thing is the thing of its bare name, when exactly
    one (counting joins made so far) has that name."""
    named = {k: name_words(k) for k in keys if types[k] in wanted}
    by_name: dict[tuple[str, ...], set[str]] = {}
    for k, words in named.items():
        by_name.setdefault(tuple(words), set()).add(union.find(k))
    for name, owners in by_name.items():  # الفحيص a town here, an area (منطقة الفحيص, named bare) there: one place
        by_name[name] = _join_one_name(sorted(owners), union)
    headed: dict[tuple[str, ...], list[str]] = {}
    for k, words in named.items():
        # a head with the article describes (النادي الباريسي, the Paris club, is no نادي بارسا)
        if len(words) >= 2 and words[0] in heads and not written_words(k)[0].startswith("ال"):
            owners = by_name.get(tuple(words[1:]), set()) - {union.find(k)}
            if len(owners) == 1:
                union.join(owners.pop(), k)
            elif not owners:
                headed.setdefault(tuple(words[1:]), []).append(k)
    for keys_of_name in headed.values():  # "بلدة دوما" and "مدينة دوما" with no bare "دوما": one place still
        for k in keys_of_name[1:]:
            union.join(keys_of_name[0], k)


def _join_one_name(owners: list[str], union: KeyUnion) -> set[str]:
    """Join the keys of one bare name (skeleton) and return the roots left. Two KB entries stay two
    (تونس and تينيسي share a skeleton: Tunisia is not Tennessee); where the name has several, a key
    outside the KB joins the one spelt as it is, long vowels and all. Sorted input, so the choice does
    not hang on set order."""
    entries_ = [o for o in owners if o.startswith("kb:")]
    if len(entries_) <= 1:
        for other in owners[1:]:
            union.join(owners[0], other)
        return {union.find(owners[0])}
    by_spelling = {spelling(e): e for e in entries_}
    for other in owners:
        if not other.startswith("kb:") and spelling(other) in by_spelling:
            union.join(by_spelling[spelling(other)], other)
    return {union.find(o) for o in owners}


def _join_mistyped(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """A MISC name spelt exactly as one place's, body's or person's name, long vowels and all, is that
    thing: the tagger types a town MISC inside an event's name (مهرجان الفحيص), and a group in quotes
    MISC in one sentence, ORG in the next ("سي ووتش"). The vowels are kept: without them هيونداي
    would be الهند."""
    named: dict[str, set[str]] = {}
    for k in keys:
        if types[k] != "MISC":
            named.setdefault(spelling(k), set()).add(union.find(k))
    for k in keys:
        if types[k] == "MISC":
            owners = named.get(spelling(k), set())
            if len(owners) == 1:
                union.join(owners.pop(), k)


def _join_nationalities(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """Join "الديوان الملكي" to "الديوان الملكي الأردني": an organisation named without its
    nationality is the one named with it, when exactly one nationality (counting joins made so
    far) is named."""
    nationals: dict[tuple[str, str], set[str]] = {}
    for k in keys:
        words = name_words(k)
        size = _nationality_size(k)
        if types[k] == "ORG" and not k.startswith("kb:") and len(words) > size > 0:
            nationals.setdefault((types[k], " ".join(words[:-size])), set()).add(union.find(k))
    for k in keys:
        owners = nationals.get((types[k], " ".join(name_words(k))), set()) - {union.find(k)}
        if len(owners) == 1:
            union.join(owners.pop(), k)


def _join_coordinated(keys: Sequence[str], types: dict[str, str], union: KeyUnion) -> None:
    """Join "وزارة البترول" to "وزارة البترول والثروة المعدنية", and "وكالة الأرصاد الجوية الإندونيسية" to
    "وكالة الأرصاد والجيوفيزياء الإندونيسية": a body's name is cut before its coordinated complements once
    given (`extract.entities.coordinated_names`), its nationality kept, and outlets drop an inner adjective
    (`_join_inner_words`); when exactly one such longer name (counting joins made so far) goes on from the
    short one, and the short name has joined no other name (not وزارة الخارجية joined to one nation's
    ministry already)."""
    orgs = [k for k in keys if types[k] == "ORG" and not k.startswith("kb:")]
    longer: dict[tuple[str, ...], set[str]] = {}
    for k in orgs:
        for cut in _coordinated_cuts(written_words(k)):
            longer.setdefault(cut, set()).add(union.find(k))
    members = Counter(union.find(k) for k in keys)
    for k in orgs:
        written = written_words(k)
        owners = set().union(*(longer.get(form, set()) for form in {tuple(written), _without_inner_nisbas(written)}))
        owners -= {union.find(k)}
        if len(owners) == 1 and members[union.find(k)] == 1:
            union.join(owners.pop(), k)


def _coordinated_cuts(written: list[str]) -> list[tuple[str, ...]]:
    """A body's name cut before its first coordinated complement (the word after the first two that begins
    with و), with and without the nationality that ends it."""
    p = next((p for p in range(2, len(written)) if written[p].startswith("و")), None)
    if p is None:
        return []
    nationality = closing_demonym(written)[0]
    national = p < nationality < len(written)
    return [tuple(written[:p]), *([(*written[:p], *written[nationality:])] if national else [])]


def _without_inner_nisbas(written: list[str]) -> tuple[str, ...]:
    """A name's words without the relative adjectives between its first two words and its nationality
    (وكالة الأرصاد الجوية الإندونيسية: وكالة الأرصاد الإندونيسية)."""
    nationality = closing_demonym(written)[0]
    if len(written) < 4 or nationality == len(written):
        return tuple(written)
    return (*written[:2], *(w for w in written[2:nationality] if not w.endswith(_NISBA)), *written[nationality:])


def _nationality_size(key: str) -> int:
    """How many words the nationality adjective closing a name's key has (الكوري الشمالي: 2); 0 for none."""
    written = split_key(key)[1].split()
    return len(written) - closing_demonym(written)[0]


def resolve_entities(docs: Sequence[Document]) -> list[Entity]:
    """Entities of a corpus from its documents' mentions (each mention's `entity_id` is a key)."""
    mentions: list[tuple[str, str, DocSpan, str]] = []  # key, type, where, surface
    for doc in docs:
        for m in doc.mentions:
            if m.entity_id:
                mentions.append((m.entity_id, m.type, DocSpan(doc.id, m.span), written_name(doc.text, m.span)))
    types: dict[str, str] = {}
    counts: dict[str, Counter[str]] = {}
    for key, typ, _, _ in mentions:
        counts.setdefault(key, Counter())[typ] += 1
    for key, c in counts.items():
        kb = entry(key[3:]) if key.startswith("kb:") else None
        types[key] = kb.type if kb else c.most_common(1)[0][0]
    keys = list(dict.fromkeys(k for k, _, _, _ in mentions))
    union = _join_keys(keys, types)
    groups: dict[str, list[tuple[str, str, DocSpan, str]]] = {}
    for item in mentions:
        groups.setdefault(union.find(item[0]), []).append(item)
    return [_entity(f"e{n}", root, items) for n, (root, items) in enumerate(groups.items(), start=1)]


def _entity(eid: str, root: str, items: list[tuple[str, str, DocSpan, str]]) -> Entity:
    kb = entry(root[3:]) if root.startswith("kb:") else None
    surfaces = Counter(" ".join(s.split()) for _, _, _, s in items if s.strip())
    if kb is not None:
        name, name_en, typ = kb.name, kb.name_en or None, kb.type
    else:
        types = Counter(t for _, t, _, _ in items)
        typ = max(types, key=lambda t: (t != "MISC", types[t]))  # a MISC joined to a body or a place is that
        name = max(surfaces, key=lambda s: (len(s.split()), surfaces[s], s)) if surfaces else split_key(root)[1]
        name_en = None
    return Entity(
        id=eid,
        type=typ,
        name=name,
        name_en=name_en,
        keys={k for k, _, _, _ in items},
        variants=set(surfaces),
        kb_id=kb.id if kb else None,
        mentions=[d for _, _, d, _ in items],
    )
