"""Story headlines and short extractive summaries, each sentence citing its outlets.

Candidates are the body sentences of a story's documents (doc.sentences, or
a punctuation split when the sentence layer is absent). Each gets a TF-IDF
vector (background IDF plus the corpus); relevance is the cosine to the
story's centroid with a bonus for the lead, where news puts what happened.
Sentences are chosen by maximal marginal relevance (MMR), so no two say the
same thing, 3 to 6 of them depending on how many documents the story has.
A chosen sentence cites every outlet one of whose documents has a sentence
saying the same thing (cosine at or above `SAME_THING`), not only its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rasad.corpus.model import Corpus, DocSpan, Story, SummarySentence
from rasad.corpus.terms import Frequencies, Vector, cosine, terms, tfidf, unit
from rasad.document import Document, Span

MIN_CHARS, MAX_CHARS = 40, 400  # shorter are fragments (datelines, captions); longer are run-on paragraphs
MIN_SENTENCES, MAX_SENTENCES = 3, 6
MMR_LAMBDA = 0.7  # relevance against novelty
REDUNDANT = 0.4  # a candidate this close to a chosen sentence says the same thing: never chosen
SAME_THING = 0.4  # a sentence this close to a chosen one reports it too: its outlet is cited
LEAD_BONUS = 0.5  # relevance bonus of a document's first sentence, halving with each later one
_SPLIT = re.compile(r"[^.!؟?\n]+[.!؟?]*")


@dataclass
class _Sentence:
    doc: Document
    span: Span
    position: int
    vec: Vector

    @property
    def text(self) -> str:
        return self.doc.span_text(self.span).strip()


def sentence_spans(doc: Document) -> list[Span]:
    """The document's sentences in its body; a punctuation split where no sentence layer was made."""
    if doc.sentences:
        spans = doc.sentences
    else:
        blocks = [b.span for b in doc.body] or [Span(0, len(doc.text))]
        spans = [Span(b.start + m.start(), b.start + m.end()) for b in blocks for m in _SPLIT.finditer(doc.span_text(b))]
    if doc.body:
        spans = [s for s in spans if any(b.span.contains(s) or b.span.overlaps(s) for b in doc.body)]
    return [_trim(doc.text, s) for s in spans]


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def corpus_frequencies(docs: Sequence[Document]) -> Frequencies:
    freqs = Frequencies()
    for doc in docs:
        freqs.add(terms(doc.body_text() if doc.body else doc.text))
    return freqs


def summarise_story(story: Story, docs: Sequence[Document], freqs: Frequencies) -> list[SummarySentence]:
    """Choose the story's summary sentences by MMR; fill the title from them when the story has none."""
    candidates = _candidates(docs, freqs)
    if not candidates:
        return []
    centroid = unit(_sum([s.vec for s in candidates]))
    relevance = [cosine(s.vec, centroid) * (1 + LEAD_BONUS / 2**s.position) for s in candidates]
    wanted = max(MIN_SENTENCES, min(MAX_SENTENCES, 2 + len(docs)))
    chosen: list[int] = []
    while len(chosen) < wanted:
        best, best_score = None, float("-inf")
        for i, s in enumerate(candidates):
            if i in chosen:
                continue
            overlap = max((cosine(s.vec, candidates[j].vec) for j in chosen), default=0.0)
            if overlap >= REDUNDANT:
                continue
            score = MMR_LAMBDA * relevance[i] - (1 - MMR_LAMBDA) * overlap
            if score > best_score:
                best, best_score = i, score
        if best is None:
            break
        chosen.append(best)
    return [_cite(candidates[i], candidates) for i in chosen]


def _candidates(docs: Sequence[Document], freqs: Frequencies) -> list[_Sentence]:
    out = []
    for doc in docs:
        for position, span in enumerate(s for s in sentence_spans(doc) if MIN_CHARS <= len(s) <= MAX_CHARS):
            counts: dict[str, float] = {}
            for term in terms(doc.span_text(span)):
                counts[term] = counts.get(term, 0.0) + 1.0
            vec = tfidf(counts, freqs)
            if vec:
                out.append(_Sentence(doc, span, position, vec))
    return out


def _cite(chosen: _Sentence, candidates: Sequence[_Sentence]) -> SummarySentence:
    outlets = {_outlet(chosen.doc)}
    for other in candidates:
        if other.doc.id != chosen.doc.id and cosine(chosen.vec, other.vec) >= SAME_THING:
            outlets.add(_outlet(other.doc))
    return SummarySentence(chosen.text, DocSpan(chosen.doc.id, chosen.span), tuple(sorted(outlets)))


def _outlet(doc: Document) -> str:
    """The outlet's name; the document id where the outlet is unknown, so the citation still leads somewhere."""
    return doc.meta.outlet or doc.id


def _sum(vectors: Sequence[Vector]) -> Vector:
    total: Vector = {}
    for vec in vectors:
        for t, w in vec.items():
            total[t] = total.get(t, 0.0) + w
    return total


def summarise_stories(corpus: Corpus) -> Corpus:
    """Summarise every story of the corpus; a story without a title takes its first summary sentence."""
    by_id = {d.id: d for d in corpus.documents}
    freqs = corpus_frequencies(corpus.documents)
    for story in corpus.stories:
        docs = [by_id[d] for d in story.docs if d in by_id]
        story.summary = summarise_story(story, docs, freqs)
        if not story.title and story.summary:
            story.title = _headline(story.summary[0].text)
    return corpus


def _headline(sentence: str, limit: int = 120) -> str:
    if len(sentence) <= limit:
        return sentence
    cut = sentence[:limit].rsplit(" ", 1)[0]
    return cut + "…"
