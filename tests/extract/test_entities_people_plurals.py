"""A people's plural (الدروز، اليهود، الأكراد، الفلسطينيين) names no person: not when the tagger takes it for one,
nor as the surname of a person named in the document (sentences written for these tests)."""

from __future__ import annotations

from rasad.arabic.normalize import norm
from rasad.extract.entities.patterns import is_people_plural
from tests.extract.handmade import resolve_tagged


def _people(text: str, names: list[tuple[str, int]]) -> list[str]:
    """The listed person names (each at its n-th occurrence) found as the tagger would; the mentions resolved."""
    return [text[m.span.start : m.span.end] for m in resolve_tagged(text, names) if m.type == "PER"]


def test_a_peoples_plural_is_no_short_form_of_a_surname_of_its_adjective() -> None:
    # the tagger takes الدروز once for a person: its other occurrences are no surname of الدرزي either
    text = "قال الشيخ سامي الدرزي إن الطائفة باقية. ويعيش الدروز في الجبل منذ قرون، ويطالب الدروز بحقوقهم."
    assert _people(text, [("سامي الدرزي", 0), ("الدروز", 0)]) == ["سامي الدرزي"]


def test_a_name_run_into_a_peoples_plural_lends_it_to_no_one() -> None:
    text = "وقال رئيس البلدية جان مارتان اليهود إن الحي آمن. ويشكو اليهود في المدينة من اعتداءات، وقال ممثل ليهود فرنسا إنه قلق."
    assert _people(text, [("جان مارتان اليهود", 0)]) == ["جان مارتان اليهود"]


def test_the_tagger_s_one_word_person_that_is_a_peoples_plural_is_dropped() -> None:
    text = "وأكد الأكراد أن قواتهم صدت الهجوم، وقال المتحدث كمال حسن إن المعارك مستمرة."
    assert _people(text, [("الأكراد", 0), ("كمال حسن", 0)]) == ["كمال حسن"]


def test_the_sound_plural_of_a_nationality_is_no_surname() -> None:
    text = "واعتقلت الشرطة شابان فلسطينيان قرب الحاجز. وقالت إن الشبان فلسطينيين من الخليل."
    assert _people(text, [("شابان فلسطينيان", 0)]) == ["شابان فلسطينيان"]


def test_peoples_plurals_and_not_their_singulars() -> None:
    plural = ["الدروز", "ليهود", "والأكراد", "فلسطينيين", "العلويون", "الأمريكيين"]
    single = ["الدرزي", "اليهودي", "المصري", "حداد", "روس"]
    assert all(is_people_plural(norm(w)) for w in plural)
    assert not any(is_people_plural(norm(w)) for w in single)


def test_a_peoples_plural_the_tagger_took_for_a_body_is_not_made_a_person() -> None:
    text = "قال الشيخ سامي الدرزي إن الطائفة باقية. ويشكل الموحدون (الدروز) غالبية سكان الجبل."
    resolved = resolve_tagged(text, [("سامي الدرزي", 0), ("الدروز", 0, "ORG")])
    got = {text[m.span.start : m.span.end]: m.type for m in resolved}
    assert got["الدروز"] != "PER"
