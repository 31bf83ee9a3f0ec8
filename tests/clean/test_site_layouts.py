"""Furniture of page layouts the other tests do not cover, on pages written for these tests:
screen-reader list markers, a date line under a summary sentence, a print issue's date line,
place/outlet/writer lines under the headline, editors' picks and tag lines, comment forms."""

from .pages import P1, P2, P3, P4, P5, TITLE, cleaned, kept, page, removed

SUMMARY = "عمّان- افتتحت وزارة الصحة الأردنية، الثلاثاء، مستشفى جديدا في محافظة الزرقاء بسعة ثلاثمئة سرير بعد أربع سنوات من العمل."
RELATED = ("الحكومة تقر خطة لتطوير المستشفيات الحكومية", "ارتفاع عدد الأطباء المقيمين في المحافظات")


def test_screen_reader_list_markers_and_the_titles_between_them_are_furniture():
    doc = cleaned(page(TITLE, P1, P2, "list 1 of 2", RELATED[0], "list 2 of 2", RELATED[1], "end of list", P3, P4))
    out = removed(doc)
    for line in ("list 1 of 2", "list 2 of 2", "end of list", *RELATED):
        assert out[line][0] == "furniture", line
    assert kept(doc) == [P1, P2, P3, P4]


def test_a_date_line_under_a_summary_sentence_is_the_article_date():
    doc = cleaned(page(TITLE, SUMMARY, "12/6/2018", "|", "آخر تحديث: 12/6/2018 05:14 م (توقيت مكة المكرمة)", P1, P2, P3))
    out = removed(doc)
    assert out["12/6/2018"][0] == "dateline"
    assert out["آخر تحديث: 12/6/2018 05:14 م (توقيت مكة المكرمة)"][0] == "dateline"
    assert doc.meta.published == "2018-06-12"
    assert kept(doc) == [SUMMARY, P1, P2, P3]


def test_a_date_line_between_later_paragraphs_stays_a_heading_of_the_article():
    doc = cleaned(page(TITLE, P1, P2, "12/6/2018", P3, P4))
    assert "12/6/2018" in kept(doc)


def test_a_print_issue_date_line_with_the_hijri_date_and_issue_number():
    line = "الاثنين - 27 شهر رمضان 1439 هـ - 11 يونيو 2018 مـ رقم العدد [ 14440]"
    doc = cleaned(page(TITLE, line, P1, P2, P3))
    assert removed(doc)[line][0] == "dateline"
    assert doc.meta.published == "2018-06-11"


def test_place_outlet_and_writer_lines_under_the_headline():
    for line in ("الحرة - واشنطن", "روما: «الشرق الأوسط»", "بيروت - محمد علي", "كتب محمد السيد"):
        doc = cleaned(page(TITLE, line, P1, P2, P3))
        assert removed(doc)[line][0] in ("dateline", "byline"), line
        assert kept(doc) == [P1, P2, P3]


def test_an_outlet_quoted_after_the_place_names_the_outlet():
    doc = cleaned(page(TITLE, "روما: «صحيفة الغد»", P1, P2, P3))
    assert doc.meta.outlet == "صحيفة الغد"


def test_a_quoted_subtitle_under_the_headline_is_not_a_source_line():
    subtitle = "الوزير: المستشفى يخدم نصف مليون نسمة"
    doc = cleaned(page(TITLE, subtitle, P1, P2, P3))
    assert subtitle in kept(doc)


def test_editors_picks_tag_lines_and_section_links_are_furniture():
    tags = "المزيد عن: الأردن|الصحة|الزرقاء"
    doc = cleaned(page(TITLE, P1, P2, P3, "اختيارات المحرر", *RELATED, tags, "المزيد من صحة"))
    out = removed(doc)
    for line in ("اختيارات المحرر", *RELATED, tags, "المزيد من صحة"):
        assert out[line][0] == "furniture", line
    assert kept(doc) == [P1, P2, P3]


def test_read_more_header_takes_the_titles_under_it():
    doc = cleaned(page(TITLE, P1, P2, P3, "اقرأ المزيد", *RELATED))
    assert kept(doc) == [P1, P2, P3]


def test_a_comment_form_under_the_article_is_furniture():
    form = ("أضف تعليق", "الاسم", "البريد", "التعليق", "إرسال", "الموضوعات المتعلقة", "الأردن",
            "لا توجد تعليقات على الخبر")
    doc = cleaned(page(TITLE, P1, P2, P3, P4, P5, *form))
    assert kept(doc) == [P1, P2, P3, P4, P5]


def test_the_site_name_above_its_menu_is_not_the_headline():
    doc = cleaned(page("أخبار الأردن اليوم", "أخبار", "اقتصاد", "صحة", TITLE, P1, P2, P3))
    assert doc.meta.title == TITLE
    assert removed(doc)["أخبار الأردن اليوم"][0] == "furniture"


def test_a_headline_over_one_category_label_stays_the_headline():
    doc = cleaned(page(TITLE, "صحة", P1, P2, P3))
    assert doc.meta.title == TITLE


def test_labelled_captions_and_a_caption_over_a_lone_agency_credit():
    labelled = "التعليق على الصورة، الوزير يتفقد غرف العمليات في المستشفى الجديد"
    credited = "وزير الصحة خلال افتتاح المستشفى في الزرقاء"
    doc = cleaned(page(TITLE, "مصدر الصورة، Getty Images", labelled, P1, P2, P3, P4))
    assert removed(doc)[labelled][0] == "caption"
    doc = cleaned(page(TITLE, credited, "أ ف ب", P1, P2, P3))
    assert removed(doc)[credited][0] == "caption"
    assert kept(doc) == [P1, P2, P3]


def test_a_headline_over_a_place_and_agency_line_is_no_caption():
    doc = cleaned(page(TITLE, "عمان/ الأناضول", P1, P2, P3))
    assert doc.meta.title == TITLE


def test_a_date_line_with_its_update_takes_the_first_date():
    line = "الثلاثاء 12-06-2018 18:32 | آخر تحديث: الأربعاء 13-06-2018 09:40"
    doc = cleaned(page(TITLE, line, P1, P2, P3))
    assert removed(doc)[line][0] == "dateline"
    assert doc.meta.published == "2018-06-12"


def test_a_date_line_with_the_part_of_day_and_the_zone_by_city():
    line = "نشر في: الثلاثاء 12 يونيو 2018 - 10:45 صباحا بتوقيت أبوظبي"
    doc = cleaned(page(TITLE, line, P1, P2, P3))
    assert removed(doc)[line][0] == "dateline"
    assert doc.meta.published == "2018-06-12"


def test_suggested_stories_block_closed_by_its_end_marker_inside_the_article():
    doc = cleaned(page(TITLE, P1, P2, "قصص مقترحة", *RELATED, "نهاية", P3, P4))
    assert kept(doc) == [P1, P2, P3, P4]


def test_comment_policy_newsletter_and_follow_prompts_are_furniture():
    lines = ("تعليقات الزوار", "المرجو عدم تضمين تعليقاتكم بعبارات مسيئة أو خارجة عن الأخلاق",
             "اشترك لتصلك أهم الأخبار", "تابعوا الغد على", "قد يعجبك أيضا", *RELATED)
    doc = cleaned(page(TITLE, P1, P2, P3, *lines))
    assert kept(doc) == [P1, P2, P3]


def test_a_source_line_with_an_agency_abbreviation_under_the_headline():
    doc = cleaned(page(TITLE, "هسبريس - و.م.ع", P1, P2, P3))
    assert kept(doc) == [P1, P2, P3]


QUESTION_TITLE = "ما الذي يعنيه افتتاح مستشفى الزرقاء الجديد لسكان المحافظة والمناطق المجاورة؟"
EXCLAIMED_TITLE = "مستشفى الزرقاء.. افتتاح بعد انتظار دام أربع سنوات!"


def test_a_headline_asking_a_question_or_exclaiming_over_its_date_line_is_the_title():
    for title in (QUESTION_TITLE, EXCLAIMED_TITLE, "ماذا بعد افتتاح المستشفى؟"):
        doc = cleaned(page(title, "12 يونيو 2018", P1, P2, P3))
        assert removed(doc)[title][0] == "title", title
        assert doc.meta.title == title
        assert removed(doc)["12 يونيو 2018"][0] == "dateline"
        assert kept(doc) == [P1, P2, P3]


def test_a_lead_asking_its_question_straight_above_the_next_paragraph_is_kept():
    lead = "هل ينهي المستشفى الجديد معاناة سكان الزرقاء من نقص الأسرّة في القطاع الصحي؟"
    doc = cleaned(page(lead, P2, P3, P4))
    assert kept(doc) == [lead, P2, P3, P4]
    assert doc.meta.title is None


def test_a_question_lead_under_a_metadata_title_is_kept():
    doc = cleaned(page(QUESTION_TITLE, "12 يونيو 2018", P1, P2), title=TITLE)
    assert QUESTION_TITLE in kept(doc)
