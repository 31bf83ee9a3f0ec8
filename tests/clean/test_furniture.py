"""One test per kind of page furniture, on pages written for the test."""

from rasad.document import REMOVAL_KINDS

from .pages import P1, P2, P3, P4, P5, TITLE, cleaned, kept, page, removed


def test_ui_vocabulary_lines_are_removed_with_the_phrase_in_the_reason():
    doc = cleaned(page("Open toolbar", TITLE, "شارك الخبر", "تغيير حجم الخط", "رجوع رجوع", P1, P2, P3, "تابع القراءة", "إغلاق"))
    out = removed(doc)
    for line in ("Open toolbar", "شارك الخبر", "تغيير حجم الخط", "رجوع رجوع", "تابع القراءة", "إغلاق"):
        assert out[line][0] == "furniture"
        assert "UI vocabulary" in out[line][1] and line in out[line][1]
    assert kept(doc) == [P1, P2, P3]


def test_a_ui_word_inside_a_sentence_is_not_furniture():
    doc = cleaned(page(P1, "وقرر الوزير العودة إلى مكتبه بعد انتهاء الجولة التفقدية في المستشفى.", P2))
    assert len(kept(doc)) == 3 and not doc.removed


def test_cookie_and_privacy_notices_in_arabic_and_english():
    ar = "نستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك على موقعنا، وباستمرارك في التصفح فإنك توافق على ذلك."
    en = "This website uses cookies. By continuing to browse you agree to our cookie policy."
    privacy = "Read our Privacy Policy by clicking here"
    doc = cleaned(page(P1, P2, P3, ar, en, privacy))
    out = removed(doc)
    assert {out[ar][0], out[en][0], out[privacy][0]} == {"furniture"}
    assert "cookie" in out[ar][1]
    assert kept(doc) == [P1, P2, P3]


def test_a_news_paragraph_about_cookies_between_paragraphs_stays():
    news = "وقالت الهيئة إن الشركة تستخدم ملفات تعريف الارتباط لتتبع المستخدمين على موقعنا وغيره دون موافقتهم الصريحة."
    doc = cleaned(page(P1, news, P2, P3))
    assert news in kept(doc)


def test_read_also_header_link_titles_and_inline_links():
    inline = "اقرأ/ي أيضًا: البرلمان يقر موازنة العام الجديد بعد جلسة طويلة"
    doc = cleaned(page(P1, inline, P2, P3, "اقرأ أيضاً:", "أسعار الوقود ترتفع للمرة الثالثة هذا العام", "ما الذي نعرفه عن الخطة الجديدة؟"))
    out = removed(doc)
    assert out[inline][0] == "furniture"
    assert out["اقرأ أيضاً:"][0] == "furniture"
    assert "link title under 'read also'" in out["أسعار الوقود ترتفع للمرة الثالثة هذا العام"][1]
    assert out["ما الذي نعرفه عن الخطة الجديدة؟"][0] == "furniture"
    assert kept(doc) == [P1, P2, P3]


def test_a_read_also_header_closed_by_a_bar_takes_the_title_below_it():
    title = "الحكومة تعلن خطة جديدة لدعم المزارعين في مواسم الجفاف"
    doc = cleaned(page(P1, P2, "اقرأ أيضا|", title, P3, P4))
    out = removed(doc)
    assert out["اقرأ أيضا|"] == ("furniture", "'read also' block header 'اقرأ أيضا|'")
    assert "link title under 'read also'" in out[title][1]
    assert kept(doc) == [P1, P2, P3, P4]


def test_a_header_that_is_also_prose_counts_before_a_spaced_dash():
    link = "للمزيد - الحكومة تعلن خطة جديدة لدعم المزارعين في مواسم الجفاف"
    prose = "للمزيد من المعلومات يمكن للمزارعين مراجعة مديريات الزراعة في محافظاتهم خلال الأسبوع المقبل."
    doc = cleaned(page(P1, link, P2, prose, P3))
    assert removed(doc)[link][0] == "furniture"
    assert kept(doc) == [P1, P2, prose, P3]


def test_an_outlets_note_that_it_cannot_verify_social_media_goes_even_between_paragraphs():
    note = "ويشار إلى أن موقع الرصد لا يمكنه التأكد بشكل مستقل من الأنباء التي يتم تناقلها عبر وسائل التواصل الاجتماعي."
    said = "وقال المتحدث إن الوزارة لا يمكنها التأكد من هوية المهاجمين حتى الآن، مشيرا إلى أن التحقيق مستمر."
    doc = cleaned(page(P1, P2, note, said, P3))
    assert "unverified-content disclaimer" in removed(doc)[note][1]
    assert kept(doc) == [P1, P2, said, P3]


def test_link_titles_stop_at_a_paragraph():
    doc = cleaned(page(P1, "شاهد أيضا:", "عنوان تقرير مصور عن المستشفى", P2, P3))
    assert P2 in kept(doc) and "عنوان تقرير مصور عن المستشفى" in removed(doc)


def test_disclaimers_follow_prompts_and_stray_punctuation():
    lines = ("تنويه: جميع المقالات المنشورة تعبر عن رأي كاتبها فقط", "تابعوا أخبار الرصد اليومي عبر Google News", "،", "* * *")
    doc = cleaned(page(P1, P2, P3, *lines))
    out = removed(doc)
    assert all(out[line][0] == "furniture" for line in lines)
    assert "punctuation" in out["،"][1]
    assert doc.meta.outlet == "الرصد اليومي" and doc.meta.outlet_how == "text"


def test_latin_only_lines_at_the_edges_of_an_arabic_article():
    doc = cleaned(page("Skip navigation links", TITLE, P1, P2, P3, "Powered by Example CMS"))
    out = removed(doc)
    assert out["Skip navigation links"][0] == "furniture" and "Latin-only" in out["Skip navigation links"][1]
    assert out["Powered by Example CMS"][0] == "furniture"


def test_every_removal_has_a_known_kind_and_a_reason():
    doc = cleaned(page("Close", TITLE, "عمّان -", P1, P2, "اقرأ أيضا:", "عنوان آخر", P3, P4, P5, "المصادر:", "الرصد - وكالات"))
    assert doc.removed
    for r in doc.removed:
        assert r.kind in REMOVAL_KINDS and r.reason


def test_tags_time_stamps_copyright_and_share_rows():
    lines = ("منذ 3 ساعات", "الوسوم:", "الأردن", "الصحة", "#الزرقاء #مستشفى", "© 2023 الرصد اليومي", "مشاركة عبر فيسبوك تويتر واتساب")
    doc = cleaned(page(lines[0], TITLE, P1, P2, P3, *lines[1:]))
    out = removed(doc)
    assert out["منذ 3 ساعات"] == ("furniture", "time stamp 'منذ 3 ساعات'")
    assert all(out[line][0] == "furniture" for line in lines)
    assert kept(doc) == [P1, P2, P3]
