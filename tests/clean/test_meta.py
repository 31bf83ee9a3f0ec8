"""Metadata taken from the text: dateline, byline, credit, outlet, publication and page dates."""

from .pages import P1, P2, P3, P4, P5, TITLE, cleaned, kept, page, removed


def test_dateline_byline_and_credit_lines_go_to_meta():
    doc = cleaned(page(TITLE, "عمّان -", "الرصد اليومي – فريق التحرير", P1, P2, P3, "المصادر:", "الرصد اليومي - وكالات"))
    out = removed(doc)
    assert out["عمّان -"][0] == "dateline" and doc.meta.dateline == "عمّان"
    assert out["الرصد اليومي – فريق التحرير"][0] == "byline"
    assert doc.meta.byline == "الرصد اليومي – فريق التحرير"
    assert out["المصادر:"][0] == "credit" and out["الرصد اليومي - وكالات"][0] == "credit"
    assert doc.meta.credit == "الرصد اليومي - وكالات"
    assert doc.meta.outlet == "الرصد اليومي" and doc.meta.outlet_how == "text"
    assert kept(doc) == [P1, P2, P3]


def test_outlet_from_markup_is_kept():
    doc = cleaned(page(P1, P2, P3, "تابعوا أخبار الرصد اليومي عبر Google News"), outlet="Example", outlet_how="metadata")
    assert doc.meta.outlet == "Example" and doc.meta.outlet_how == "metadata"


def test_agency_only_credit_names_no_outlet():
    doc = cleaned(page(P1, P2, P3, "المصدر: رويترز"))
    assert removed(doc)["المصدر: رويترز"][0] == "credit" and doc.meta.outlet is None


def test_header_date_line_is_the_publication_date():
    doc = cleaned(page("14-مارس-2023", TITLE, P1, P2, P3))
    assert removed(doc)["14-مارس-2023"][0] == "dateline"
    assert doc.meta.published == "2023-03-14" and doc.meta.published_how == "text"


def test_plain_header_date_is_published_even_when_the_body_only_names_old_years():
    header = "الثلاثاء 12 آذار/مارس 2024 - 10:20"  # the lead (P1) says today is Tuesday
    old = "وشُيّد الجسر القديم عام 1998 بتمويل من الحكومة، ولم يخضع منذ ذلك الحين لأي صيانة شاملة تذكر."
    doc = cleaned(page(header, TITLE, P1, old, P3))
    assert doc.meta.published == "2024-03-12" and doc.meta.page_date is None


def test_date_widget_far_after_the_story_is_the_page_date():
    widget = "الجمعة 7 مارس / March 2025"
    doc = cleaned(page(widget, TITLE, P1, P2, P4))  # the body's latest year is 2019
    assert removed(doc)[widget][0] == "page_date"
    assert doc.meta.page_date == "2025-03-07" and doc.meta.published is None


def test_date_widget_naming_another_weekday_than_today_is_the_page_date():
    widget = "الأربعاء 15 مارس / March 2023"  # the lead says today is Tuesday
    doc = cleaned(page(widget, TITLE, P1, P2))
    assert removed(doc)[widget][0] == "page_date" and doc.meta.published is None


def test_date_line_between_paragraphs_stays_in_the_body():
    doc = cleaned(page(P1, P2, "14 مارس 2023", P3, P4))
    assert "14 مارس 2023" in kept(doc)


def test_full_date_the_lead_calls_today():
    lead = "وصل رئيس الوزراء إلى الزرقاء صباح اليوم الثلاثاء (14 آذار 2023) لافتتاح المستشفى الجديد رسميا."
    doc = cleaned(page(TITLE, lead, P2, P3))
    assert doc.meta.published == "2023-03-14"


def test_markup_date_is_kept_unless_it_is_a_bare_first_of_january():
    text = page("14-مارس-2023", TITLE, P1, P2)
    assert cleaned(text, published="2023-03-15", published_how="metadata").meta.published == "2023-03-15"
    doc = cleaned(text, published="2023-01-01", published_how="metadata")
    assert doc.meta.published == "2023-03-14" and doc.meta.published_how == "text"


def test_no_date_no_guess():
    doc = cleaned(page(TITLE, P1, P2, P3, P5))
    assert doc.meta.published is None and doc.meta.page_date is None


def test_byline_with_a_label():
    doc = cleaned(page(TITLE, "بواسطة: سلمى الخطيب", P1, P2, P3))
    assert removed(doc)["بواسطة: سلمى الخطيب"][0] == "byline" and doc.meta.byline == "سلمى الخطيب"


def test_masthead_site_and_section_names_the_outlet():
    doc = cleaned(page("الرصد اليومي | أخبار لبنان", TITLE, P1, P2, P3))
    assert doc.meta.outlet == "الرصد اليومي" and doc.meta.outlet_how == "text"


def test_a_menu_is_no_masthead():
    doc = cleaned(page("الرئيسية | أخبار", TITLE, P1, P2, P3))
    assert doc.meta.outlet is None
