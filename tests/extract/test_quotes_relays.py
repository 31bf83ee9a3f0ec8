"""Speakers of quotes carried by a medium, and of verbs joined by و with no subject of their own, on sentences
written for these tests: the medium that relays a speech is no speaker, and a name told before "وقال" is not its
subject."""

from __future__ import annotations

from rasad.extract.quotes import find_quotes
from tests.extract.handmade import make_doc

PEOPLE = {
    "سامي نادر": ("PER", "PER:سامي نادر"),
    "التلفزيون": ("ORG", "ORG:التلفزيون"),
    "وكالة الأنباء": ("ORG", "ORG:وكالة الأنباء"),
    "واشنطن": ("GPE", "GPE:واشنطن"),
    "هاني عادل": ("PER", "PER:هاني عادل"),
}


def _speakers(doc) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker) for q in find_quotes(doc)]


def test_the_medium_that_carried_a_speech_is_no_speaker() -> None:
    doc = make_doc('وقال سامي نادر في كلمة ألقاها في المدينة ونقلها التلفزيون "إن كان لديكم مال فاذهبوا إلى المصارف".',
                   mentions=PEOPLE)
    assert _speakers(doc) == [("إن كان لديكم", "PER:سامي نادر")]


def test_a_statement_relayed_by_an_agency_stays_its_authors() -> None:
    doc = make_doc(
        "قال سامي نادر إن الرسوم الجديدة لا تتماشى مع القواعد.\n"
        "وأضاف في بيان نقلته وكالة الأنباء، أن الحكومة تجاهلت قواعد التجارة العالمية.",
        mentions=PEOPLE,
    )
    assert _speakers(doc) == [("الرسوم الجدي", "PER:سامي نادر"), ("الحكومة تجاه", "PER:سامي نادر")]


def test_a_relay_that_names_its_source_still_relays() -> None:
    doc = make_doc("وفي خبر نقلته وكالة الأنباء عن هاني عادل، أن الحكومة ستستقيل خلال أيام قليلة.", mentions=PEOPLE)
    assert [s for _, s in _speakers(doc)] == ["PER:هاني عادل"]


def test_a_name_before_a_joined_verb_is_not_its_subject() -> None:
    doc = make_doc(
        "حذر سامي نادر من أن تبحث الحكومة عن حلفاء جدد إن استمرت واشنطن في التصعيد، وقال في خطاب له: "
        '"لن نسمح باستخدام لغة التهديد مع هذه الأمة".\n'
        'وأضاف قائلا: "إن عدم احترامنا سيضطرنا للبحث عن أصدقاء جدد".',
        mentions=PEOPLE,
    )
    assert [s for _, s in _speakers(doc)][-2:] == ["PER:سامي نادر", "PER:سامي نادر"]


def test_whom_the_speaker_talks_to_with_his_pronoun_is_no_speaker() -> None:
    doc = make_doc(
        "لكن سامي نادر قال إنه لا يعتزم ترك منصبه.\n"
        'وقال لمحاوره من وكالة الأنباء: "إذا كان لديك شخص يقوم بعمل أفضل فليأخذ الوظيفة الآن".',
        mentions=PEOPLE,
    )
    assert [s for _, s in _speakers(doc)] == ["PER:سامي نادر", "PER:سامي نادر"]


def test_a_joined_verb_with_no_person_before_it_goes_on_with_the_speaker() -> None:
    doc = make_doc(
        "وقالت هاني عادل إنها ستشارك في البرنامج.\n"
        'وفي معرض حديثها عن برنامج "وكالة الأنباء" فقالت إنها لا تتابعه بانتظام لكنها شاهدت بعض حلقاته.',
        mentions=PEOPLE,
    )
    assert [s for _, s in _speakers(doc)] == ["PER:هاني عادل", "PER:هاني عادل"]


def test_a_title_in_construct_with_a_body_is_a_person_not_the_body() -> None:
    doc = make_doc(
        "وقال سامي نادر إن الشركة ستتحول إلى شركة خاصة.\n"
        "وقال مؤسس شركة تيسلا أيضا إنه التقى بصندوق الثروة السيادي قبل أسابيع.",
        mentions={**PEOPLE, "شركة تيسلا": ("ORG", "ORG:تيسلا")},
    )
    assert [s for _, s in _speakers(doc)] == ["PER:سامي نادر", None]


def test_a_title_in_construct_names_who_bore_it_before() -> None:
    doc = make_doc(
        "وحضرت رئيسة كرواتيا هاني عادل المباراة النهائية في الملعب.\n"
        "وأكدت رئيسة كرواتيا للصحافيين: سأذهب لمشاهدة المباراة النهائية مع المشجعين.",
        mentions={**PEOPLE, "كرواتيا": ("GPE", "GPE:كرواتيا")},
    )
    assert [s for _, s in _speakers(doc)] == ["PER:هاني عادل"]


def _speakers_with_words(doc) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.span_text(q.span)[:12], q.speaker, doc.span_text(q.speaker_span) if q.speaker_span else None)
            for q in find_quotes(doc)]


def test_words_an_agency_relays_from_an_unnamed_source_are_the_sources() -> None:
    doc = make_doc("ونقلت وكالة الأنباء عن مصادر أمنية قولها إن الطريق أغلق أمام الشاحنات منذ الفجر.", mentions=PEOPLE)
    assert _speakers_with_words(doc) == [("الطريق أغلق ", None, "مصادر أمنية")]


def test_a_title_after_the_relayed_from_is_the_person_who_bore_it_before() -> None:
    doc = make_doc(
        "وقال وزير المالية هاني عادل إن الموازنة ستقر الشهر المقبل.\n"
        "ونقلت وكالة الأنباء عن الوزير قوله إن العجز سيتراجع بنهاية العام.",
        mentions=PEOPLE,
    )
    assert [s for _, s, _ in _speakers_with_words(doc)] == ["PER:هاني عادل", "PER:هاني عادل"]


def test_an_indefinite_source_is_someone_new_not_the_last_one_with_that_title() -> None:
    doc = make_doc(
        "وقال المتحدث باسم الشرطة هاني عادل إن المهاجم اعتقل.\n"
        "ونقلت وكالة الأنباء عن متحدث باسم الجيش قوله إن الجنود عادوا إلى ثكناتهم.",
        mentions=PEOPLE,
    )
    assert _speakers_with_words(doc)[1] == ("الجنود عادوا", None, "متحدث")


def test_words_relayed_from_her_right_after_the_verb_are_hers() -> None:
    doc = make_doc(
        "وقال سامي نادر إنه سيعود إلى المسرح قريبا.\n"
        "ونقلت عنه وكالة الأنباء قوله إن العرض الجديد سيبدأ في الربيع.",
        mentions=PEOPLE,
    )
    assert [s for _, s, _ in _speakers_with_words(doc)] == ["PER:سامي نادر", "PER:سامي نادر"]
