"""The statistical tagger: a linear-chain CRF over words, trained on ANERcorp.

Features of a word: its normalised form, its clitic segmentation
(`rasad.arabic.clitics.segment`: prefix, stem, pronoun suffix), the stem's
first and last one to four letters and its length, its shape, its word
clusters at two granularities (`clusters.tsv`, learnt from ANT news), the name
type its contexts in ANT announce (`gazetteer`: after given names, titles and
head nouns), the name type WikiFANE mostly gives it (`wikinames`), and what
the knowledge base and word lists say of it (inside a KB name of type T, a
title, a head noun, a given name, a nationality adjective, a stop word). Some
of the same features of the two words on either side are added with their
offset, with the stem pairs around the word and, where the sentences around
are known, the neighbours of the word's other occurrences there (`context`).

Word-level features are built once per distinct word and cached; `Tagger`
sums their weights once per word too (`decode`), so tagging a sentence is
a few array gathers and a Viterbi pass. The tagger predicts ANERcorp's four
types (PER, ORG, LOC, MISC); `recognize` refines LOC into GPE, LOC and FAC
with the knowledge base and head words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import ExitStack
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from rasad.arabic.clitics import segment
from rasad.arabic.normalize import norm
from rasad.errors import ModelError
from rasad.extract.entities.clusters import GRAINS, load_clusters
from rasad.extract.entities.context import Context
from rasad.extract.entities.decode import Layout, LinearChain, WordScores, shifted
from rasad.extract.entities.feature_rows import FeatureRows, pair_rows, pair_sides
from rasad.extract.entities.gazetteer import load_gazetteer
from rasad.extract.entities.kb import QUOTES, KBMatch, match_kb
from rasad.extract.entities.memo import memo
from rasad.extract.entities.patterns import given_names, stop_words, title_kind
from rasad.extract.entities.wikinames import load_wiki_names
from rasad.extract.entities.wordfacts import word_facts
from rasad.extract.entities.words import Word, word_key

MODEL_FILE = "ner.crfsuite"
EXTRA = "X:"  # prefix of the features only another corpus's training sentences have (`training.train`)
_ARABIC = re.compile("[\u0600-\u06ff]")
_OFFSETS = (-2, -1, 1, 2)


def _shape(surface: str) -> str:
    if surface.isdigit():
        return "digit"
    if _LATIN.search(surface):
        return "latin_cap" if surface[:1].isupper() else "latin"
    if not surface.isalnum() and not any(c.isalnum() for c in surface):  # most words: letters only
        return "quote" if surface in QUOTES else "punct"
    return "ar" if len(surface) > 3 else "ar_short"


# The letters whose lower case is a to z: the Latin ones, with İ and the Kelvin sign.
_LATIN = re.compile("[A-Za-z\u0130\u212a]")


@memo(300_000)
def _base(surface: str) -> dict[str, str]:
    """Named features of one word as written (hamza and ة help the segmenter). Spelt out rather
    than looped: this runs once for every new word, and its cost shows on a first pass."""
    lower = norm(surface)  # lower-cased by `norm`
    prefix, stem, suffix = segment(surface) if _ARABIC.match(surface) else ("", lower, "")
    # An unseen foreign name still ends like the ones seen (ـيتش، ـوف، ـيا): its first and last letters.
    feats = {
        "w": lower, "s": stem, "p": prefix, "x": suffix, "sh": _shape(surface), "n": _LENGTHS[min(len(stem), 9)],
        "a1": stem[:1], "z1": stem[-1:], "a2": stem[:2], "z2": stem[-2:],
        "a3": stem[:3], "z3": stem[-3:], "a4": stem[:4], "z4": stem[-4:],
    }  # fmt: skip
    key = word_key(surface)  # bare_stem(lower), shared with the context features' cache
    feats.update(_cluster_features[load_clusters().get(key, ())])
    cued = load_gazetteer().get(key)
    if cued:
        feats["gz"] = cued
    in_names = load_wiki_names().get(key)
    if in_names:
        feats["wf"] = in_names
    kind = title_kind(lower)
    if kind:
        feats["t"] = kind
    facts = word_facts(lower)  # the recogniser's record of the word: nationality, head noun
    if facts.demonym:
        feats["d"] = "1"
    if lower in stop_words():
        feats["st"] = "1"
    if lower in given_names() or stem in given_names():
        feats["g"] = "1"
    if facts.head and facts.head.type and facts.head.featured:
        feats["h"] = facts.head.type
    return feats


@memo(100_000)
def _cluster_features(clusters: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The cluster features of a word in the given clusters (a few thousand distinct ones); a table of
    fewer grains than the model's (an older one) leaves the rest "none"."""
    return tuple(zip(_GRAINS, (*clusters, *_NO_CLUSTER), strict=False))


@memo(300_000)
def _stem(surface: str) -> str:
    """The stem feature of a word (`_base`), read at the speed of a dict: the stem pairs read it per word."""
    return _base(surface)["s"]


_LENGTHS = tuple(str(n) for n in range(10))
_NO_CLUSTER = ("none",) * len(GRAINS)
_GRAINS = tuple(f"c{g}" for g in range(len(GRAINS)))
_CONTEXT_KEYS = {
    1: ("w", "s", "sh", "z2", "c0", "c1", "gz", "wf", "t", "d", "p", "g", "h", "st"),
    2: ("s", "c0", "c1", "t", "g", "h"),
}


Rows = dict[int, tuple[str, ...]]  # offset -> features


@lru_cache(maxsize=300_000)
def _word_rows(surface: str) -> Rows:
    """A word's features at each offset from the word being tagged (0 is the word itself)."""
    base = _base(surface)
    rows = {0: tuple(f"{k}={v}" for k, v in base.items())}
    for off in _OFFSETS:
        rows[off] = tuple(f"{off}{k}={base[k]}" for k in _CONTEXT_KEYS[abs(off)] if k in base)
    return rows


def kb_tags(text: str, words: Sequence[Word]) -> list[str]:
    """BIO over KB types for each word (B-GPE, I-PER…), O elsewhere."""
    return tags_of_matches(match_kb(text, words), len(words))


def _kb_type(m: KBMatch) -> str:
    """The type a KB match gives its words' tags; a weak (generated) entry's is marked with ~."""
    return m.entry.type + ("~" if m.entry.weak else "")


def tags_of_matches(matches: Sequence[KBMatch], n: int) -> list[str]:
    """BIO over KB types; a weak (generated) entry's type is marked with ~."""
    tags = ["O"] * n
    for m in matches:
        typ = _kb_type(m)
        tags[m.first] = "B-" + typ
        for i in range(m.first + 1, m.last):
            tags[i] = "I-" + typ
    return tags


def sentence_features(forms: Sequence[str], kb: Sequence[str], context: Sequence[Context] | None = None) -> list[list[str]]:
    """Feature lists for one sentence of words as written, with their KB tags and the features
    of their occurrences nearby (`context.window_contexts`). For training: `Tagger` sums the
    same features' weights without spelling them out."""
    n = len(forms)
    rows = [_word_rows(f) for f in forms]
    stems = [_base(f)["s"] for f in forms]
    kb_rows = [_kb_rows(t) for t in kb]
    out: list[list[str]] = []
    for i in range(n):
        feats = ["bias", *rows[i][0], *kb_rows[i][0]]
        for off in _OFFSETS:
            j = i + off
            if 0 <= j < n:
                feats += rows[j][off]
                feats += kb_rows[j][off]
            else:
                feats.append(_EDGE[off])
        feats += _pairs(stems, i)
        if context is not None:
            feats += context[i]
        out.append(feats)
    return out


def _pairs(stems: Sequence[str], i: int) -> list[str]:
    """Features of the stem pairs the word at i belongs to."""
    out = []
    if i > 0:
        out.append(f"ss={stems[i - 1]}|{stems[i]}")
    if i + 1 < len(stems):
        out.append(f"ss+={stems[i]}|{stems[i + 1]}")
    return out


@lru_cache(maxsize=1024)
def _kb_rows(tag: str) -> Rows:
    return {off: (f"{off}kb={tag}",) for off in (0, *_OFFSETS)}


_EDGE = {off: f"{off}edge" for off in _OFFSETS}


def words_for_forms(forms: Sequence[str]) -> tuple[str, list[Word]]:
    """A text and words for a sentence given as tokens (CoNLL input), spaces between them."""
    from rasad.document import Span

    words, pos = [], 0
    for form in forms:
        words.append(Word(Span(pos, pos + len(form)), norm(form)))
        pos += len(form) + 1
    return " ".join(forms), words


class Tagger:
    """A trained CRF; `tag` returns BIO labels for one sentence of words.

    Decoding is `decode.LinearChain` over weights read from the crfsuite model file, with
    each distinct word's feature weights summed once (`decode.WordScores`)."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite

        if not path.exists():
            raise ModelError(f"NER model {path} is missing", hint="train it: rasad train ner")
        model = pycrfsuite.Tagger()
        try:
            model.open(str(path))
            info = model.info()
            state = {key: w for key, w in info.state_features.items() if not key[0].startswith(EXTRA)}
            self.chain = LinearChain(model.labels(), state, info.transitions)
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError on a bad file
            raise ModelError(f"NER model {path} does not load: {exc}", hint="retrain it: rasad train ner") from exc
        finally:
            model.close()
        self._features = FeatureRows(self.chain, _ROW_OFFSETS)
        self._pair_rows = pair_rows(self.chain)
        self._pair_sides = pair_sides(self._pair_rows)
        self._words = WordScores(self.chain, len(_ROW_OFFSETS), self._word_weights, self._pair_marks)
        self._kb = WordScores(self.chain, len(_ROW_OFFSETS), self._kb_weights)
        self._bias = self.chain.score(["bias"])
        self._edges = {off: self.chain.score([f]) for off, f in _EDGE.items()}

    def _word_weights(self, forms: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Offset slots and weight rows of new words' features, read without spelling the features
        out: one lookup per named feature of `_base`, all the words' at once."""
        return self._features.rows([_base(f) for f in forms])

    def person_evidence(self, forms: Sequence[str]) -> list[tuple[float, float]]:
        """What each word alone says of being a person's name: its own features' weights for
        B-PER and for I-PER, each less those for O (context aside). Names score high (لويد
        +12, أوستن +7.5); words that only stand where names stand (حزب، لمدة، وزارة) score low.
        A BILOU model's best of B-PER and U-PER (a name's first word), of I-PER and L-PER (a later one)."""
        bio = self.chain.bio
        if not {"B-PER", "I-PER", "O"} <= set(bio):
            return [(0.0, 0.0)] * len(forms)
        begin, inside = [[k for k, label in enumerate(bio) if label == want] for want in ("B-PER", "I-PER")]
        other = bio.index("O")
        return [(max(map(w.__getitem__, begin)) - w[other], max(map(w.__getitem__, inside)) - w[other]) for w in self._words.own_weights(forms)]

    def name_evidence(self, forms: Sequence[str], typ: str) -> list[float]:
        """What each word alone says of beginning a name of type `typ` (GPE and FAC: the model's LOC
        where it has none): its own features' weights for B- (or U-) less those for O. Head nouns and
        titles score low (الحكومة -3.4 for ORG), names high (كولفن +4.6 for PER)."""
        bio = self.chain.bio
        label = typ if "B-" + typ in bio else "LOC"
        begin = [k for k, tag in enumerate(bio) if tag in ("B-" + label, "U-" + label)]
        if not begin or "O" not in bio:
            return [0.0] * len(forms)
        other = bio.index("O")
        return [max(map(w.__getitem__, begin)) - w[other] for w in self._words.own_weights(forms)]

    def _pair_marks(self, forms: list[str]) -> np.ndarray:
        """Per word, 1 if its stem begins a stem pair the model weighs (`ss=`, `ss+=`), 2 if it ends one
        (3: both): most pairs of words have no weight, and need not be spelt out."""
        lefts, rights = self._pair_sides
        stems = [_base(f)["s"] for f in forms]  # new words: not kept in `_stem` as well
        return np.array([int(s in lefts) | (int(s in rights) << 1) for s in stems], dtype=np.int8)

    def _kb_weights(self, tags: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        at, slots, rows = [], [], []
        for k, tag in enumerate(tags):
            for slot, off in enumerate(_ROW_OFFSETS):
                row = self.chain.index.get(_kb_rows(tag)[off][0])
                if row is not None:
                    at.append(k)
                    slots.append(slot)
                    rows.append(row)
        return np.array(at, dtype=np.intp), np.array(slots, dtype=np.intp), np.array(rows, dtype=np.intp)

    def tag(self, text: str, words: Sequence[Word], kb: Sequence[KBMatch] | None = None, context: Sequence[Context] | None = None) -> list[str]:
        """BIO labels for one sentence; pass the sentence's KB matches when already found, and the
        features of its words' occurrences nearby when it has neighbours (`context.window_contexts`)."""
        return self.tag_many(text, [words], None if kb is None else [kb], None if context is None else [context])[0]

    def tag_many(
        self,
        text: str,
        sentences: Sequence[Sequence[Word]],
        kbs: Sequence[Sequence[KBMatch]] | None = None,
        contexts: Sequence[Sequence[Context]] | None = None,
        surfaces: Sequence[Sequence[str]] | None = None,
    ) -> list[list[str]]:
        """BIO labels for several sentences of one text, scored and decoded together (numpy works
        on the whole text at once rather than sentence by sentence); `surfaces`: the sentences'
        words as written, when the caller has them already."""
        kept = [k for k, words in enumerate(sentences) if words]
        if not kept:
            return [[] for _ in sentences]
        if surfaces is None:
            surfaces = [[text[w.span.start : w.span.end] for w in words] for words in sentences]
        forms = list(chain.from_iterable(surfaces[k] for k in kept))
        matches = [kbs[k] if kbs is not None else match_kb(text, sentences[k]) for k in kept]
        lengths = [len(sentences[k]) for k in kept]
        emissions = self._emissions(forms, self._kb_ids(matches, lengths), _layout(tuple(lengths)) if len(lengths) == 1 else Layout(lengths, _OFFSETS))
        if contexts is not None:
            self.chain.add_scores(emissions, [c for k in kept for c in contexts[k]])
        decoded = iter([self.chain.decode(emissions)] if len(lengths) == 1 else self.chain.decode_batch(emissions, lengths))
        return [next(decoded) if words else [] for words in sentences]

    def _kb_ids(self, matches: Sequence[Sequence[KBMatch]], lengths: Sequence[int]) -> np.ndarray:
        """Row ids in `self._kb` of the KB tags (`tags_of_matches`) of consecutive sentences' words,
        filled in by name: most words are O."""
        spans, tags, offset = [], ["O"], 0
        for sentence, n in zip(matches, lengths, strict=True):
            for m in sentence:
                typ = _kb_type(m)
                spans.append((offset + m.first, offset + m.last))
                tags += ["B-" + typ, "I-" + typ]
            offset += n
        ids = self._kb.ids(tags)
        out = np.full(offset, ids[0])
        for j, (first, last) in enumerate(spans):
            out[first] = ids[2 * j + 1]
            out[first + 1 : last] = ids[2 * j + 2]
        return out

    def _emissions(self, forms: Sequence[str], kb: np.ndarray, layout: Layout) -> np.ndarray:
        """Label scores of each word of consecutive sentences: its features, its neighbours' in its
        sentence, their KB tags (`_kb_ids`), stem pairs."""
        ids = self._words.ids(forms)
        out = self._bias + shifted(self._words.table(), ids, layout) + shifted(self._kb.table(), kb, layout)
        for off, edge in self._edges.items():
            out[layout.edge[off]] += edge
        marks = self._words.marks()[ids]
        pairs = layout.pairs[(marks[layout.pairs] & 1 != 0) & (marks[layout.pairs + 1] & 2 != 0)]
        if len(pairs):  # the others' pair features have no weight
            stems = list(map(_stem.__getitem__, map(forms.__getitem__, pairs.tolist())))
            nexts = list(map(_stem.__getitem__, map(forms.__getitem__, (pairs + 1).tolist())))
            none = self.chain.none
            ends, starts = zip(*map(self._pair_rows.get, zip(stems, nexts, strict=True), repeat((none, none))), strict=True)
            out[pairs + 1] += self.chain.weights[list(ends)]  # the pair ending at the word
            out[pairs] += self.chain.weights[list(starts)]  # the pair starting at it
        return out


@lru_cache(maxsize=512)
def _layout(lengths: tuple[int, ...]) -> Layout:
    """Layouts of single sentences recur (one per length): kept; a text's is made afresh."""
    return Layout(lengths, _OFFSETS)


_ROW_OFFSETS = (0, *_OFFSETS)


_STACK = ExitStack()


@lru_cache(maxsize=1)
def shipped_tagger() -> Tagger:
    """The model shipped in rasad/models, loaded once."""
    ref = resources.files("rasad.models").joinpath(MODEL_FILE)
    path = _STACK.enter_context(resources.as_file(ref))
    return Tagger(Path(path))
