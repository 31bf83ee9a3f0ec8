"""Two names of one entity in one document that differ by words a writer drops once the name is given, and a
surname two people of the document share (sentences written for these tests)."""

from __future__ import annotations

from rasad.document import Span
from rasad.extract.entities.component import find_mentions
from rasad.extract.entities.found import Found
from rasad.extract.entities.resolve import resolve_document
from rasad.extract.entities.words import split_words
from tests.extract.handmade import resolve_tagged


def _keys(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text):
        out.setdefault(text[m.span.start : m.span.end], set()).add(m.entity_id or "")
    return out


def _people(text: str, names: list[tuple[str, int]]) -> list[tuple[str, str]]:
    """The listed person names (each at its n-th occurrence) found as the tagger would, resolved in the document."""
    return [(text[m.span.start : m.span.end], m.entity_id or "") for m in resolve_tagged(text, names)]


def test_a_body_named_again_without_its_nationality_is_the_same_body() -> None:
    text = "وعقد مجلس النواب اللبناني جلسته الأولى. وقال رئيس الحكومة إن مجلس النواب سيجتمع غدا."
    keys = _keys(text)
    assert keys["مجلس النواب"] == keys["مجلس النواب اللبناني"]


def test_a_body_without_its_nationality_becomes_a_construct() -> None:
    text = "وقرر الاتحاد المصري لكرة القدم تأجيل المباراة. وقال اتحاد كرة القدم إن الموعد لم يحدد."
    keys = _keys(text)
    assert keys["اتحاد كرة القدم"] == keys["الاتحاد المصري لكرة القدم"]


def test_a_body_cut_after_its_nationality_is_the_body_named_in_full() -> None:
    text = "وقرر الاتحاد المصري لكرة القدم تأجيل المباراة. وأكد الاتحاد المصري أن الموعد لم يحدد."
    assert _keys(text)["الاتحاد المصري"] == {"kb:o:eg_football_association"}


def test_two_nationalities_leave_the_bare_name_alone() -> None:
    text = "وأصدرت وزارة الخارجية المصرية بيانا، وردت وزارة الخارجية الأمريكية عليه. وقالت وزارة الخارجية إنها ترفض ذلك."
    keys = _keys(text)
    assert keys["وزارة الخارجية"].isdisjoint(keys["وزارة الخارجية المصرية"] | keys["وزارة الخارجية الأمريكية"])


def test_a_nationality_last_with_the_construct_written_short_is_no_crash() -> None:
    text = "أعلنت اللجنة الانتخابية الباكستانية النتائج الأولية مساء الخميس. وقال مسؤول في لجنة الانتخابية إن فرز الأصوات تأخر."
    keys = _keys(text)
    assert "اللجنة الانتخابية الباكستانية" in keys


def test_a_compound_given_name_shortened_is_the_same_person() -> None:
    text = "وكلف الرئيس عادل منصور السيد طارق الدين المهيري تشكيل الحكومة. وقال طارق المهيري إنه سيعمل. وقال المهيري إن الحكومة ستتشكل."
    got = _people(text, [("طارق الدين المهيري", 0), ("طارق المهيري", 0), ("المهيري", 2)])
    assert len({key for _, key in got}) == 1


def test_a_surname_two_people_share_is_the_subject_s() -> None:
    text = (
        "انتخب المجلس وليد عازوري رئيسا له. ولد وليد عازوري عام 1950 في دكار، حيث عمل والده فريد عازوري في التجارة. "
        "وتولى عازوري رئاسة المجلس منذ ذلك الحين."
    )
    got = _people(text, [("وليد عازوري", 0), ("وليد عازوري", 1), ("فريد عازوري", 0), ("عازوري", 3)])
    keys = dict(got)
    assert got[-1] == ("عازوري", keys["وليد عازوري"])
    assert keys["فريد عازوري"] != keys["وليد عازوري"]


def test_a_full_name_before_the_short_name_the_kb_knows_in_brackets_is_that_body() -> None:
    text = "انضم زيد إلى حركة أمل منذ شبابه. ثم انضم إلى حركة أفواج المقاومة اللبنانية (أمل) التي أسسها رجل دين."
    keys = _keys(text)
    assert keys["حركة أفواج المقاومة اللبنانية"] == keys["حركة أمل"]


def test_a_surname_whose_first_letter_reads_as_a_proclitic_is_the_person() -> None:
    # كالين cut as ك "like" + الين, as the tagger's name found after the proclitics would be
    text = "وقال المتحدث إبراهيم كالين إن الأمر مؤقت. وأوضح كالين أن الانتخابات مهمة."
    words = split_words(text)
    at = {w.span.start: i for i, w in enumerate(words)}
    full, cut = text.index("إبراهيم كالين"), text.rindex("كالين")
    found = [
        Found(at[full], at[full] + 2, Span(full, full + len("إبراهيم كالين")), "PER", "model"),
        Found(at[cut], at[cut] + 1, Span(cut + 1, cut + len("كالين")), "PER", "model"),
    ]
    got = [(text[m.span.start : m.span.end], m.entity_id) for m in resolve_document(text, words, found)]
    assert got[1] == ("كالين", got[0][1])


def test_the_name_after_bin_is_the_fathers_where_another_person_has_it() -> None:
    text = ("استقبل الملك فيصل الثاني وزير الخارجية. وزار ولي العهد الأمير سالم بن فيصل المعتصمين. "
            "وقال فيصل إن البلاد أمام مفترق طرق.")
    got = _people(text, [("فيصل الثاني", 0), ("سالم بن فيصل", 0), ("فيصل", 2)])
    assert got[-1][1] == got[0][1] != got[1][1]


def test_the_word_after_bin_alone_may_still_be_a_family_name() -> None:
    text = "وقال رئيس مجلس الإدارة سلطان أحمد بن سليم إن الشركة ستتوسع. وأضاف سليم أن العمل بدأ."
    got = _people(text, [("سلطان أحمد بن سليم", 0), ("سليم", 1)])
    assert got[0][1] == got[1][1]


def test_more_words_after_bin_name_the_father() -> None:
    text = "وقال الشيخ سلمان بن راشد آل سالم إن والده الشيخ راشد آل سالم قتل قبل عقود."
    got = _people(text, [("سلمان بن راشد آل سالم", 0), ("راشد آل سالم", 0)])
    assert got[0][1] != got[1][1]


def test_a_surname_the_tagger_took_for_a_place_is_the_person() -> None:
    text = "وقال اللاعب فيليب كيش إنه سعيد بالفريق. وأضاف كيش أن الموسم كان صعبا."
    resolved = resolve_tagged(text, [("فيليب كيش", 0), ("كيش", 1, "GPE")])
    got = [(text[m.span.start : m.span.end], m.type, m.entity_id) for m in resolved]
    assert got[1] == ("كيش", "PER", got[0][2])
