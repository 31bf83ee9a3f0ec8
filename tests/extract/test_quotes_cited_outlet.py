"""A cited outlet ("، وفق ما ذكرت وكالة X") only relays the words of a sentence that has a speaker of its own."""

from __future__ import annotations

from rasad.document import Document
from rasad.pipeline import Pipeline


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = Pipeline.from_names(["clean", "sentences", "tokens", "timexes", "mentions", "quotes"])(Document(id="t", text=text))
    return [(doc.span_text(q.speaker_span) if q.speaker_span else None, doc.span_text(q.span)) for q in doc.quotes]


def test_outlet_between_speaker_and_quote_is_no_speaker() -> None:
    quotes = _quotes('وفي هذا السياق قال وزير الخارجية المصري، سامح شكري، بحسب ما نقلته وكالة رويترز: '
                     '"نرفض أي تدخل خارجي في شؤون ليبيا الداخلية".')
    assert [s for s, _ in quotes] == ["سامح شكري"]


def test_outlet_after_an_announcement_is_no_speaker() -> None:
    quotes = _quotes("أعلنت وزارة الصحة المغربية ارتفاع عدد المصابين بالحمى إلى ثلاثين شخصا في مدينة فاس، "
                     "وفق ما ذكرت وكالة المغرب العربي للأنباء.")
    assert [s for s, _ in quotes] == ["وزارة الصحة المغربية"]
    assert quotes[0][1].startswith("ارتفاع")


def test_outlet_does_not_go_on_speaking() -> None:
    quotes = _quotes('وقال ماكرون إن "أوروبا لن تقبل بفرض رسوم جديدة على صادراتها" الزراعية، حسب ما نقلت '
                     '"فرانس برس".\nوتابع "سنرد بحزم على كل خطوة من هذا النوع".')
    assert [s for s, _ in quotes] == ["ماكرون", "ماكرون"]


def test_outlet_of_a_sentence_without_speaker_is_the_source() -> None:
    quotes = _quotes("قتل عشرون شخصا في انفجار سيارة مفخخة وسط بغداد، وفق ما ذكرت الشرطة العراقية.")
    assert [s for s, _ in quotes] == ["الشرطة العراقية"]


def test_a_subject_run_past_the_words_the_outlet_cites_leaves_them_to_the_outlet() -> None:
    quotes = _quotes("لكن الوزارة نفت مشاركة عناصر الشرطة حسبما ذكرت صحف محلية.")  # was a crash: an invalid span
    assert [s for s, _ in quotes] == ["صحف محلية"]
