"""Story clustering on hand-written Arabic articles: same story across outlets and months, apart otherwise."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.corpus.near_duplicates import NearDuplicateIndex
from rasad.corpus.stories import StoryIndex, cluster_stories, features, tfidf
from rasad.corpus.story_parts import dot, ranked
from rasad.corpus.terms import cosine, fold_clitics, folded, stem, terms
from rasad.document import Document, Mention, Meta, Span
from rasad.errors import StoreError

FLOOD_1 = (
    "غمرت مياه الفيضانات أحياء واسعة في مدينة درنة الليبية بعد انهيار سدين على وادي درنة إثر العاصفة دانيال. "
    "وقال مسؤولون في الهلال الأحمر الليبي إن فرق الإنقاذ انتشلت عشرات الجثث من تحت الأنقاض. "
    "وأعلنت الحكومة الحداد ثلاثة أيام ودعت إلى إرسال فرق إنقاذ دولية إلى درنة."
)
FLOOD_2 = (
    "ارتفعت حصيلة ضحايا الفيضانات في درنة شرقي ليبيا بعد انهيار السدين، وفق الهلال الأحمر الليبي. "
    "وتواصل فرق الإنقاذ البحث عن المفقودين في الأحياء التي جرفتها المياه قرب وادي درنة. "
    "ووصلت فرق إنقاذ دولية إلى المدينة المنكوبة لمساعدة السكان بعد العاصفة دانيال."
)
FLOOD_3 = (
    "بدأت السلطات الليبية تحقيقا في أسباب انهيار سدي وادي درنة اللذين تسببا في الفيضانات المدمرة. "
    "وقال النائب العام إن مسؤولين عن صيانة السدين قد يواجهون تهما بالإهمال بعد كارثة درنة. "
    "ولا تزال فرق الإنقاذ تبحث عن مفقودين جرفتهم المياه إلى البحر."
)
LIBYA_OIL = (
    "استأنفت المؤسسة الوطنية للنفط في ليبيا الإنتاج في حقل الشرارة النفطي بعد توقف دام أسبوعين بسبب احتجاجات. "
    "وقالت المؤسسة إن الإنتاج سيعود إلى مستواه المعتاد خلال أيام، وإن صادرات الخام عبر ميناء الزاوية ستستأنف. "
    "وكان محتجون قد أغلقوا الحقل للمطالبة بوظائف وخدمات في الجنوب الليبي."
)
FOOTBALL = (
    "فاز نادي الأهلي المصري على الزمالك بهدفين نظيفين في مباراة القمة ضمن الدوري الممتاز. "
    "وسجل الهدفين مهاجم الفريق في الشوط الثاني، ليعزز الأهلي صدارته لجدول الترتيب. "
    "وقال مدرب الزمالك إن فريقه أهدر فرصا كثيرة في الشوط الأول."
)


def doc(doc_id: str, text: str, published: str, outlet: str, title: str = "") -> Document:
    return Document(text, id=doc_id, meta=Meta(title=title or None, published=published, outlet=outlet))


def flood_docs() -> list[Document]:
    return [
        doc("a1", FLOOD_1, "2023-09-11", "الأولى", "فيضانات مدمرة في درنة بعد انهيار سدين"),
        doc("a2", FLOOD_2, "2023-09-12", "الثانية", "ارتفاع حصيلة ضحايا فيضانات درنة"),
        doc("a3", FLOOD_3, "2023-09-14", "الثالثة", "تحقيق في انهيار سدي درنة"),
    ]


def story_sets(stories) -> set[frozenset[str]]:
    return {frozenset(s.docs) for s in stories}


def test_terms_strip_clitics_and_stopwords() -> None:
    assert stem(terms("والقوات")[0]) == stem(terms("القوات")[0]) == stem(terms("قوات")[0])
    assert terms("قال إن الجيش في المدينة") == [stem("جيش"), stem("مدينه")]
    assert terms("ترمب") == terms("ترامب")  # outlet spellings of one name fold together


def test_a_lone_proclitic_folds_only_where_the_bare_word_is_the_common_one() -> None:
    (poisoning_with_b,), (poisoning,) = terms("بتسميم"), terms("تسميم")
    assert poisoning_with_b != poisoning and folded(poisoning_with_b) == poisoning
    assert folded(terms("لروسيا")[0]) == terms("روسيا")[0]
    for word in ("بريطانيا", "بيان", "لقاء", "فرنسا"):  # the first letter belongs to the word
        assert folded(terms(word)[0]) == terms(word)[0]
    assert fold_clitics({poisoning_with_b: 1.0, poisoning: 2.0}) == {poisoning: 3.0}


def test_the_recent_centroid_follows_where_the_story_is_now() -> None:
    index = StoryIndex()
    a1, a2, a3 = flood_docs()
    cluster_stories([a1, a2], index)
    cluster_stories([a3], index)  # two days after a2
    story = index.stories[index.story_of("a1") or ""]
    assert story.recent_day is not None and story.first is not None and story.recent_day - story.first == 3
    # a1 has halved more than once, a2 once, a3 not at all: well under three members' weight
    assert 1.0 < story.recent_weight < 2.0
    assert index.stories[index.story_of("a3") or ""] is story


def test_one_story_across_outlets_apart_from_same_country_and_same_day() -> None:
    docs = [*flood_docs(), doc("b1", LIBYA_OIL, "2023-09-12", "الثانية", "استئناف الإنتاج في حقل الشرارة"),
            doc("c1", FOOTBALL, "2023-09-12", "الأولى", "الأهلي يفوز على الزمالك")]
    stories = cluster_stories(docs)
    assert story_sets(stories) == {frozenset({"a1", "a2", "a3"}), frozenset({"b1"}), frozenset({"c1"})}
    flood = next(s for s in stories if "a1" in s.docs)
    assert flood.title in {d.meta.title for d in docs[:3]}


def test_ids_and_titles_are_deterministic_whatever_the_input_order() -> None:
    docs = [*flood_docs(), doc("b1", LIBYA_OIL, "2023-09-12", "الثانية", "استئناف الإنتاج في حقل الشرارة")]
    first = cluster_stories(docs)
    second = cluster_stories(list(reversed(docs)))
    assert [(s.id, s.docs, s.title) for s in first] == [(s.id, s.docs, s.title) for s in second]
    assert [s.id for s in first] == ["s1", "s2"]


def test_incremental_join_and_persistence(tmp_path) -> None:
    index = StoryIndex()
    a1, a2, a3 = flood_docs()
    cluster_stories([a1, doc("b1", LIBYA_OIL, "2023-09-11", "الثانية")], index)
    path = tmp_path / "stories.idx"
    index.save(path)
    restored = StoryIndex.load(path)
    stories = cluster_stories([a2, a3], restored)
    assert restored.story_of("a2") == restored.story_of("a1") == restored.story_of("a3")
    assert restored.story_of("b1") != restored.story_of("a1")
    assert sum(len(s.docs) for s in stories) == 4
    again = cluster_stories([a2], restored)  # a document already placed is not placed twice
    assert sum(len(s.docs) for s in again) == 4


def test_unreadable_index_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        StoryIndex.from_bytes(b"not an index")


def test_wire_copy_is_flagged_as_a_copy() -> None:
    a1 = flood_docs()[0]
    edited = FLOOD_1.replace("ثلاثة أيام", "3 أيام") + " وتابعت الحكومة الوضع."
    copy = doc("w1", edited, "2023-09-11", "الرابعة", "انهيار سدين في درنة")
    stories = cluster_stories([a1, copy])
    assert len(stories) == 1
    assert stories[0].copies == [("w1", "a1")]


def test_near_duplicate_index_needs_real_overlap() -> None:
    index = NearDuplicateIndex()
    words = terms(FLOOD_1 + " " + FLOOD_2)
    assert index.add("x", words) is None
    assert index.add("y", words[:-2]) == "x"
    assert index.add("z", terms(LIBYA_OIL + " " + FOOTBALL)) is None


KADHIMI_JULY = (
    "أعلن رئيس الوزراء العراقي مصطفى الكاظمي بعد لقائه الرئيس الأميركي جو بايدن في واشنطن الاتفاق على إنهاء "
    "المهام القتالية للقوات الأميركية في العراق بنهاية العام، على أن يقتصر دور قوات التحالف الدولي على التدريب والمشورة."
)
KADHIMI_DECEMBER = (
    "أعلن العراق رسميا انتهاء المهام القتالية لقوات التحالف الدولي وبقاء مستشارين للتدريب والمشورة، "
    "وقال الكاظمي إن القوات القتالية الأميركية غادرت البلاد وفق الاتفاق مع واشنطن."
)


def with_keys(document: Document, *keys: str) -> Document:
    document.mentions = [Mention(Span(0, 1), key.split(":")[1].upper()[:3], entity_id=key) for key in keys]
    return document


def test_a_story_runs_for_months_when_its_actors_carry_it() -> None:
    keys = ("kb:p:kadhimi", "kb:c:IQ", "kb:o:coalition", "kb:c:US")
    july = with_keys(doc("k1", KADHIMI_JULY, "2021-07-27", "الأولى"), *keys, "kb:p:biden")
    december = with_keys(doc("k2", KADHIMI_DECEMBER, "2021-12-09", "الثانية"), *keys)
    oil = with_keys(doc("o1", LIBYA_OIL, "2021-12-09", "الثانية"), "kb:c:LY")
    stories = cluster_stories([july, december, oil])
    assert story_sets(stories) == {frozenset({"k1", "k2"}), frozenset({"o1"})}


@pytest.mark.shared
def test_seed_corpus_is_one_story(seeds_dir) -> None:
    import importlib

    from rasad.pipeline import Pipeline

    try:
        for module in ("rasad.extract.entities.component", "rasad.extract.events.component"):
            importlib.import_module(module)
        pipeline = Pipeline.from_names(("clean", "sentences", "tokens", "timexes", "mentions", "events"))
    except Exception as exc:  # the extraction components are written elsewhere; without them this is not the check
        pytest.skip(f"document pipeline unavailable: {exc}")
    docs = [pipeline(Document(p.read_text(encoding="utf-8"), id=p.stem)) for p in sorted(seeds_dir.glob("*.txt"))]
    stories = cluster_stories(docs)
    assert [len(s.docs) for s in stories] == [5]


def test_a_country_s_news_does_not_bridge_months_but_a_story_s_own_actors_do() -> None:
    index = StoryIndex()
    month, season = index.threshold(0.22, 30), index.threshold(0.22, 120)
    assert season > month > 0.22  # text alone asks more the longer the gap, past a month too
    # The same leaders and places (a country's news): a good part of the penalty stays.
    assert index.threshold(0.22, 120, ents=0.65) - 0.22 > (season - 0.22) / 3
    # A story's own actors, events and dates: none does.
    assert index.threshold(0.22, 120, ents=0.85) == 0.22


@pytest.mark.shared
def test_a_folder_of_several_days_gets_the_stories_of_following_them_day_by_day(shared_dir) -> None:
    import gzip
    import json

    from rasad.ingest.jsonl import record_document

    days = ("2018-09-03", "2018-09-04", "2018-09-05", "2018-09-06")  # Basra protests, Idlib, typhoon Jebi...
    with gzip.open(shared_dir / "data" / "ant" / "ant_v2.1_multisource.jsonl.gz", "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    docs = [d for d in (record_document(r, "ant") for r in records if r.get("text")) if (d.meta.published or "")[:10] in days]
    assert len({d.meta.published[:10] for d in docs}) == len(days) and len(docs) > 200
    daily = StoryIndex()
    for day in days:
        daily.add_batch([features(d) for d in docs if d.meta.published.startswith(day)])
    in_one_go = cluster_stories(list(reversed(docs)))  # the order of a folder does not matter either
    assert [(s.id, s.docs) for s in in_one_go] == [(s.id, s.docs) for s in daily.to_stories()]


def test_shared_past_days_cancel_the_date_gap_penalty() -> None:
    index = StoryIndex()
    september = features(doc("a", FLOOD_1, "2023-09-12", "أ"))
    index.freqs.add(september.counts.keys())
    index.add(september)
    story = next(iter(index.stories.values()))
    december = features(doc("b", FLOOD_3, "2023-12-20", "ب"))
    vec = tfidf(december.counts, index.freqs, top=index.settings.doc_terms)
    plain = index.similarity(vec, Counter(), story, december.day)
    story.keys.update({"date:2023-09-10": 1, "date:2023-09-11": 1})
    one = index.similarity(vec, Counter({"date:2023-09-10": 1}), story, december.day)
    two = index.similarity(vec, Counter({"date:2023-09-10": 1, "date:2023-09-11": 1}), story, december.day)
    assert one == plain  # one shared day is not enough: anniversaries and famous dates recur
    assert two > plain  # the day the storm struck and the day the dams broke: the same thread, months later


@given(st.dictionaries(st.text("abcdef", min_size=1, max_size=3), st.sampled_from([0.0, 0.5, 1.0, 1.5, 2.0]), max_size=30),
       st.integers(min_value=0, max_value=35))
def test_top_terms_agree_with_a_full_sort_ties_included(vec: dict[str, float], n: int) -> None:
    assert ranked(vec, n) == ranked(vec)[:n]


def test_sparse_dot_products_match_the_plain_sum() -> None:
    a = {"درنه": 0.6, "سد": 0.8}
    b = {"سد": 0.5, "فيضان": 0.5, "درنه": 0.1}
    assert dot(a, b) == pytest.approx(0.6 * 0.1 + 0.8 * 0.5)
    assert cosine(a, b) == dot(b, a)
    assert dot(a, {}) == 0.0


def test_a_batch_merges_stories_it_joins_as_one_document_would() -> None:
    """A batch places its documents, then checks merges once per grown story; adding the same documents one at
    a time (each with its own merge check) gives the same stories."""
    docs = flood_docs() + [doc("o1", LIBYA_OIL, "2023-09-12", "الرابعة", "إنتاج النفط الليبي"),
                           doc("f1", FOOTBALL, "2023-09-12", "الأولى", "الدوري")]
    batched = StoryIndex()
    batched.add_batch([features(d) for d in docs])
    one_by_one = StoryIndex()
    for d in docs:
        one_by_one.add_batch([features(d)])
    assert sorted(sorted(s.docs) for s in batched.to_stories()) == sorted(sorted(s.docs) for s in one_by_one.to_stories())


FLOOD_4 = (
    "وصل وزير الصحة إلى درنة لتفقد المستشفى الميداني الذي أقيم بعد انهيار السدين. "
    "وقال الهلال الأحمر الليبي إن المستشفى يستقبل الجرحى الذين انتشلتهم فرق الإنقاذ من الأحياء المنكوبة. "
    "ويخشى الأطباء انتشار الأمراض بسبب المياه الراكدة بعد الفيضانات."
)


def strict(index: StoryIndex, **changes) -> StoryIndex:
    """`index` with thresholds no article of the flood clears alone (its neighbours then decide)."""
    index.settings = dataclasses.replace(index.settings, threshold=0.9, merge_threshold=0.9, **changes)
    return index


def strict_flood(**changes) -> StoryIndex:
    """The flood story, one story, in an index made `strict` with `changes`."""
    index = StoryIndex()
    cluster_stories(flood_docs(), index)
    assert len(index.stories) == 1
    return strict(index, **changes)


def minister_visit(doc_id: str = "a4", day: str = "2023-09-13", outlet: str = "الرابعة") -> Document:
    """A later flood article that shares little vocabulary with the others: the health minister in Derna."""
    return doc(doc_id, FLOOD_4, day, outlet, "وزير الصحة في درنة")


@pytest.mark.parametrize(("neighbours", "joins"), [(5, True), (0, False)])
def test_a_lone_article_joins_the_story_of_its_nearest_neighbours(neighbours: int, joins: bool) -> None:
    index = strict_flood(neighbours=neighbours, neighbour_slack=0.8, neighbour_floor=0.05)
    cluster_stories([minister_visit(),
                     doc("f1", FOOTBALL, "2023-09-13", "الأولى", "الأهلي يفوز على الزمالك")], index)
    assert (index.story_of("a4") == index.story_of("a1")) is joins
    assert index.story_of("f1") != index.story_of("a1")  # no neighbour of it is like it at all


def test_neighbours_do_not_reach_past_their_days() -> None:
    index = strict_flood(neighbour_slack=0.8, neighbour_floor=0.05, max_penalty=0.0)  # the calendar asks nothing more
    cluster_stories([minister_visit(day="2023-10-20")], index)
    assert index.story_of("a4") != index.story_of("a1")  # five weeks on, the flood articles are no neighbours


def test_a_batch_spanning_weeks_places_its_early_lone_articles() -> None:
    index = strict_flood(neighbour_slack=0.8, neighbour_floor=0.05)
    cluster_stories([minister_visit(),
                     doc("f1", FOOTBALL, "2023-10-30", "الأولى", "الأهلي يفوز على الزمالك")], index)
    assert index.story_of("a4") == index.story_of("a1")  # weeks older than the batch's newest article, still tried


@pytest.mark.parametrize(("unanimous_slack", "joins"), [(0.8, True), (0.0, False)])
def test_a_lone_article_all_of_whose_neighbours_are_one_story_is_forgiven_more(unanimous_slack: float, joins: bool) -> None:
    # Three neighbours, all the flood's: only the unanimous slack can place the article.
    index = strict_flood(neighbours=3, neighbour_votes=3, neighbour_slack=0.0, unanimous_slack=unanimous_slack, neighbour_floor=0.05)
    cluster_stories([minister_visit()], index)
    assert (index.story_of("a4") == index.story_of("a1")) is joins


def fragments(**changes) -> StoryIndex:
    """The flood story, then in one batch two-article stories (each an article and its wire copy) that no
    threshold lets join it (`strict` with `changes`): the health minister's visit to Derna and a football match."""
    index = strict_flood(**changes)
    cluster_stories([minister_visit(),
                     minister_visit("a4c", outlet="الخامسة"),
                     doc("f1", FOOTBALL, "2023-09-13", "الأولى", "الأهلي يفوز على الزمالك"),
                     doc("f2", FOOTBALL, "2023-09-13", "الثانية", "الأهلي يفوز على الزمالك")], index)
    return index


@pytest.mark.parametrize(("link_floor", "joins"), [(0.4, True), (1.1, False)])
def test_a_fragment_close_to_a_story_s_own_articles_merges_with_it(link_floor: float, joins: bool) -> None:
    index = fragments(link_slack=1.0, link_floor=link_floor)
    assert (index.story_of("a4") == index.story_of("a1")) is joins
    assert index.story_of("f1") != index.story_of("a1")  # no flood article is near the match report


def test_a_fragment_merges_at_the_joining_threshold_while_the_two_span_a_few_days() -> None:
    index = fragments(link_floor=1.1)  # apart, so their merge margins can be compared
    flood, fragment = index.stories[index.story_of("a1")], index.stories[index.story_of("a4")]

    def margin(**changes) -> float:
        settings = {"threshold": 0.22, "merge_threshold": 0.30, "burst_merge_threshold": 0.30, **changes}
        index.settings = dataclasses.replace(index.settings, **settings)
        return index.merge_margin(flood, fragment)

    as_fragment, as_story = margin(fragment_docs=2), margin(fragment_docs=1)
    assert as_fragment - as_story == pytest.approx(0.30 - 0.22)
    assert margin(fragment_docs=2, fragment_days=2) == pytest.approx(as_story)  # 11 to 14 September: more than 2 days
    # Two stories of one burst of coverage (four days, within burst_days) merge a little more readily than two
    # stories whose days together run longer.
    in_burst = margin(fragment_docs=1, burst_merge_threshold=0.28)
    assert in_burst - as_story == pytest.approx(0.30 - 0.28)
    assert margin(fragment_docs=1, burst_merge_threshold=0.28, burst_days=2) == pytest.approx(as_story)


def test_a_week_of_coverage_is_forgiven_its_facets_but_a_season_long_topic_is_not() -> None:
    index = StoryIndex()
    aid = ("وصلت إلى درنة طائرات تحمل مساعدات طبية وفرق إنقاذ من مصر وتركيا والإمارات بعد انهيار السدين، "
           "وقالت منظمة الصحة العالمية إنها أرسلت أكياسا للجثث وأدوية إلى مستشفيات درنة المنكوبة.")
    cluster_stories([*flood_docs(), doc("a4", aid, "2023-09-15", "الرابعة", "مساعدات دولية تصل إلى درنة")], index)
    story = index.stories[index.story_of("a1") or ""]
    assert len(story.docs) == 4
    relief = ("قالت منظمة الصحة العالمية إن شحنة ثانية من الأدوية والمستلزمات الطبية وصلت إلى درنة، "
              "وإن فرقها تعمل مع الهلال الأحمر على منع انتشار الأمراض بين الناجين.")
    facet = features(doc("c", relief, "2023-09-16", "ج", "شحنة أدوية ثانية إلى درنة"))
    index.freqs.add(facet.counts.keys())
    vec = tfidf(facet.counts, index.freqs, top=index.settings.doc_terms)
    burst = index.similarity(vec, Counter(), story, facet.day)
    assert story.first is not None
    story.first -= 60  # the same articles ending two months of coverage: a topic's profile, not one event's burst
    season = index.similarity(vec, Counter(), story, facet.day)
    assert burst > season
