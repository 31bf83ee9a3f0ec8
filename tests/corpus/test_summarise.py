"""Extractive story summaries: 3-6 sentences, none repeating another, each citing every outlet that says it."""

from __future__ import annotations

from rasad.corpus.jobs import run_corpus_jobs
from rasad.corpus.model import Corpus, Story
from rasad.corpus.summarise import corpus_frequencies, summarise_stories, summarise_story
from rasad.document import Document, Meta

SHARED = "أعلنت وزارة الصحة ارتفاع عدد ضحايا انهيار المبنى السكني في حي الشهداء إلى اثني عشر قتيلا."
A = (SHARED + " وقال الدفاع المدني إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض منذ فجر الأحد. "
     "وأمر المحافظ بفتح تحقيق عاجل في أسباب الانهيار وإخلاء المباني المجاورة المتصدعة. "
     "وكان المبنى المؤلف من ثمانية طوابق قد شيد قبل أربعين عاما دون ترخيص من البلدية.")
B = (SHARED + " وتجمع مئات الأهالي حول موقع الانهيار بانتظار أخبار عن ذويهم المفقودين. "
     "وأكد مهندسون أن تسربا قديما للمياه أضعف أساسات المبنى خلال السنوات الماضية. "
     "ووعدت الحكومة بتعويض الأسر المتضررة وتوفير مساكن مؤقتة لها.")
C = ("قالت البلدية إن المبنى السكني الذي انهار في حي الشهداء وقتل فيه اثنا عشر شخصا كان مدرجا على قائمة المباني الخطرة. "
     "وأضافت أن السكان رفضوا أوامر الإخلاء السابقة لعدم توفر بدائل. "
     "وطالب نواب بمحاسبة المسؤولين عن التقصير في مراقبة المباني القديمة.")


TITLES = {"a": "ارتفاع ضحايا انهيار مبنى حي الشهداء", "b": "الأهالي ينتظرون أخبار المفقودين بعد انهيار مبنى حي الشهداء",
          "c": "البلدية: مبنى حي الشهداء المنهار كان على قائمة المباني الخطرة"}


def docs() -> list[Document]:
    return [Document(t, id=i, meta=Meta(outlet=o, published="2023-05-07", title=TITLES[i])) for i, t, o in
            (("a", A, "الأولى"), ("b", B, "الثانية"), ("c", C, "الثالثة"))]


def test_summary_sentences_are_distinct_spans_citing_every_outlet_that_says_them() -> None:
    ds = docs()
    story = Story("s1", [d.id for d in ds])
    summary = summarise_story(story, ds, corpus_frequencies(ds))
    assert 3 <= len(summary) <= 6
    by_id = {d.id: d for d in ds}
    for sentence in summary:
        assert by_id[sentence.source.doc].span_text(sentence.source.span) == sentence.text
    texts = [s.text for s in summary]
    assert len(texts) == len(set(texts)) and sum(SHARED in t for t in texts) == 1
    shared = next(s for s in summary if s.text == SHARED)
    assert shared.outlets == ("الأولى", "الثانية")
    assert summary[0].text == SHARED  # what every report leads with comes first


def test_untitled_story_takes_a_headline_from_its_summary() -> None:
    corpus = Corpus(docs(), stories=[Story("s1", ["a", "b", "c"])])
    summarise_stories(corpus)
    assert corpus.stories[0].title == corpus.stories[0].summary[0].text


def test_run_corpus_jobs_fills_stories_events_and_summaries() -> None:
    corpus = Corpus(docs())
    outcome = run_corpus_jobs(corpus)
    assert not outcome.failed
    assert [sorted(s.docs) for s in corpus.stories] == [["a", "b", "c"]]
    assert corpus.stories[0].summary and corpus.stories[0].title
