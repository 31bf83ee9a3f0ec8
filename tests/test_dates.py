import pytest

from rasad.arabic.dates import find_full_dates

CASES = [
    ("نشر في 05-يناير-2022", "2022-01-05", "05-يناير-2022"),
    ("السبت 3 شباط / February 2018", "2018-02-03", "السبت 3 شباط / February 2018"),
    ("— Ahmad (@ahmad) March 4, 2019", "2019-03-04", "March 4, 2019"),
    ("وصل الوفد يوم ١٢/٠٣/٢٠١٩ إلى عمان", "2019-03-12", "١٢/٠٣/٢٠١٩"),
    ("2019-03-12T10:00", "2019-03-12", "2019-03-12"),
    ("في 7 جويلية 2016 بتونس", "2016-07-07", "7 جويلية 2016"),
    ("في 14 أيلول/سبتمبر 2015", "2015-09-14", "14 أيلول/سبتمبر 2015"),
]


@pytest.mark.parametrize(("text", "iso", "surface"), CASES)
def test_full_dates(text, iso, surface):
    (found,) = find_full_dates(text)
    assert found.iso == iso
    assert text[found.span.start : found.span.end] == surface


@pytest.mark.parametrize("text", ["نشر 2500 جندي عام 2014", "في 30/02/2020", "في 9 كانون الأول", "رقم 12-13-2020"])
def test_not_full_dates(text):
    assert find_full_dates(text) == []


def test_weekday_is_kept_and_diacritics_do_not_break_matching():
    (found,) = find_full_dates("الأحدُ 4 آذار 2018")
    assert found.weekday_named == 7 and found.iso == "2018-03-04"
