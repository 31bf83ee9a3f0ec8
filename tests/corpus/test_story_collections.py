"""Story clustering of a small collection: a handful of articles gathered about one event, each on a facet of it."""

from __future__ import annotations

import dataclasses

from rasad.corpus.stories import StoryIndex, cluster_stories
from rasad.document import Document, Mention, Meta, Span

STRIKE = (
    "قصفت طائرات حربية مبنى ملحقا بالقنصلية الإيرانية في حي المزة بدمشق صباح الاثنين، ما أدى إلى انهياره بالكامل. "
    "وقال التلفزيون السوري إن الدفاعات الجوية تصدت لصواريخ أطلقت من فوق الجولان، وإن فرق الدفاع المدني انتشلت جثث "
    "سبعة قتلى من تحت الركام، بينهم قائد في الحرس الثوري الإيراني."
)
VOW = (
    "توعد المرشد الإيراني علي خامنئي إسرائيل بأنها ستندم على الهجوم على القنصلية في دمشق، وقال إن الرد سيكون حتميا. "
    "وشيعت حشود في طهران جنازة القائد في الحرس الثوري الذي قتل في الهجوم، وهتف المشيعون مطالبين بالانتقام "
    "بينما رفعت صوره في ساحات العاصمة."
)
COUNCIL = (
    "عقد مجلس الأمن الدولي جلسة طارئة بطلب من روسيا لبحث الهجوم على القنصلية الإيرانية في دمشق. "
    "ودان مندوب موسكو انتهاك حصانة المقار الدبلوماسية، فيما امتنعت واشنطن ولندن وباريس عن إصدار بيان مشترك "
    "يدين الغارة، واكتفى الأمين العام بالدعوة إلى ضبط النفس."
)
OIL = (
    "ارتفعت أسعار النفط في الأسواق العالمية بعد إعلان منظمة أوبك خفض الإنتاج مليون برميل يوميا حتى نهاية العام. "
    "وقال محللون إن الخفض سيقلص المعروض في وقت يتعافى فيه الطلب الصيني، وإن سعر خام برنت قد يتجاوز تسعين دولارا."
)
STORY_KEYS = ("kb:c:SY", "kb:c:IR", "kb:c:IL", "kb:l:damascus", "ORG:الحرس الثوري", "event:ATTACK:2024-04-01")


def article(doc_id: str, text: str, day: str, *keys: str) -> Document:
    document = Document(text, id=doc_id, meta=Meta(published=day, outlet=doc_id))
    document.mentions = [Mention(Span(0, 1), "LOC", entity_id=key) for key in keys]
    return document


def facets() -> list[Document]:
    return [
        article("strike", STRIKE, "2024-04-01", *STORY_KEYS),
        article("vow", VOW, "2024-04-02", *STORY_KEYS[:5], "kb:p:khamenei", "kb:l:tehran"),
        article("council", COUNCIL, "2024-04-02", *STORY_KEYS[:4], "kb:o:unsc", "kb:c:RU", "kb:c:US"),
    ]


def test_a_small_collection_s_facets_of_one_event_are_one_story() -> None:
    stories = cluster_stories(facets())
    assert [sorted(s.docs) for s in stories] == [["council", "strike", "vow"]]
    apart = cluster_stories(facets(), StoryIndex(dataclasses.replace(StoryIndex().settings, sparse_docs=0)))
    assert len(apart) == 3  # the facets share too little text to join by it alone


def test_a_lone_article_of_another_subject_stays_apart_in_a_small_collection() -> None:
    oil = article("oil", OIL, "2024-04-02", "kb:o:opec", "kb:c:SA")
    stories = cluster_stories([*facets(), oil])
    assert {frozenset(s.docs) for s in stories} == {frozenset({"strike", "vow", "council"}), frozenset({"oil"})}


def test_facets_stay_apart_among_a_full_day_of_news() -> None:
    # The same three facets among a day's other articles: the days are no small collection.
    others = [article(f"n{i}", OIL.replace("مليون", f"{i + 2} ملايين"), "2024-04-02", "kb:o:opec") for i in range(30)]
    stories = cluster_stories([*facets(), *others])
    assert not any({"strike", "vow"} <= set(s.docs) or {"strike", "council"} <= set(s.docs) for s in stories)


FOOTBALL = (
    "فاز نادي الأهلي المصري على الزمالك بهدفين نظيفين في مباراة القمة ضمن الدوري الممتاز. "
    "وسجل الهدفين مهاجم الفريق في الشوط الثاني، ليعزز الأهلي صدارته لجدول الترتيب."
)
ELECTION = (
    "أعلنت لجنة الانتخابات في تونس فتح باب الترشح للانتخابات البلدية المقررة في الربيع المقبل. "
    "وقال رئيس اللجنة إن أكثر من ألفي قائمة حزبية ومستقلة سجلت حتى الآن في الدوائر الانتخابية."
)
FLOOD = (
    "غمرت مياه الأمطار الغزيرة أحياء في مدينة جدة وأغلقت السلطات المدارس والجامعات ليوم واحد. "
    "وقال الدفاع المدني إنه أنقذ عشرات السكان الذين حاصرتهم المياه في سياراتهم على الطرق السريعة."
)


def test_facets_stay_apart_in_a_small_collection_of_mixed_news() -> None:
    # A handful of articles on many subjects is no collection about one event: its documents' keys do not agree.
    mixed = [
        article("oil", OIL, "2024-04-02", "kb:o:opec", "kb:c:SA"),
        article("football", FOOTBALL, "2024-04-01", "kb:o:ahly", "kb:c:EG"),
        article("election", ELECTION, "2024-04-02", "kb:c:TN"),
        article("flood", FLOOD, "2024-04-03", "kb:l:jeddah", "kb:c:SA"),
        article("oil2", OIL.replace("مليون", "مليوني"), "2024-04-03", "kb:o:opec", "kb:c:SA", "kb:c:RU"),
    ]
    stories = cluster_stories([*facets(), *mixed])
    assert not any({"strike", "vow"} <= set(s.docs) or {"strike", "council"} <= set(s.docs) for s in stories)
    loose = StoryIndex(dataclasses.replace(StoryIndex().settings, sparse_coherence=0.0))
    assert {"strike", "vow", "council"} <= set(max(cluster_stories([*facets(), *mixed], loose), key=lambda s: len(s.docs)).docs)
