"""Titles, headings, captions, repeats and embedded posts."""

from .pages import P1, P2, P3, P4, P5, TITLE, cleaned, kept, kinds, page, removed


def test_first_headline_like_line_is_the_title_and_its_repeat_a_duplicate():
    doc = cleaned(page(TITLE, "شارك", TITLE, P1, P2, P3))
    out = removed(doc)
    assert doc.meta.title == TITLE
    assert TITLE not in kept(doc)
    kinds_of_title = sorted(r.kind for r in doc.removed if doc.span_text(r.span) == TITLE)
    assert kinds_of_title == ["duplicate", "title"]
    assert "repeats line 1" in next(r.reason for r in doc.removed if r.kind == "duplicate")
    assert out["شارك"][0] == "furniture"


def test_markup_title_is_not_replaced_and_its_line_is_removed():
    doc = cleaned(page(TITLE, P1, P2, P3), title=TITLE)
    assert doc.meta.title == TITLE and removed(doc)[TITLE][0] == "title"


def test_a_lead_sentence_is_not_taken_for_a_title():
    lead = "قالت مصادر حكومية اليوم إن الحكومة ستعلن خطتها الاقتصادية الجديدة خلال أيام بعد مشاورات مع النقابات والبرلمان وممثلي القطاع الخاص"
    doc = cleaned(page(lead, P1, P2))
    assert lead in kept(doc) and doc.meta.title is None


def test_short_lines_between_paragraphs_are_headings():
    doc = cleaned(page(TITLE, P1, P2, "كلفة المشروع", P3, "4 مستشفيات أخرى", P4, P5))
    k = kinds(doc)
    assert k["كلفة المشروع"] == "heading" and k["4 مستشفيات أخرى"] == "heading"
    assert k[P1] == "paragraph"


def test_photo_captions_end_with_an_agency_or_platform_credit():
    c1 = "وزير الصحة خلال جولته في المستشفى الجديد (غيتي)"
    c2 = "عمال ينهون تجهيز مدخل المستشفى في الزرقاء - 12 مارس 2023 - via REUTERS"
    c3 = "صورة متداولة لمبنى المستشفى من الخارج (مواقع التواصل)"
    doc = cleaned(page(TITLE, c1, P1, P2, c2, P3, c3, P4))
    out = removed(doc)
    assert out[c1] == ("caption", "photo caption ending '(غيتي)'")
    assert out[c2][0] == "caption" and "REUTERS" in out[c2][1]
    assert out[c3][0] == "caption"
    assert kept(doc) == [P1, P2, P3, P4]


def test_a_sentence_citing_an_agency_is_not_a_caption():
    cited = "وأعلنت الحكومة خطة لتوسيع المستشفيات الحكومية، وفقا لما نقلته وكالة الأنباء الأردنية (بترا)."
    doc = cleaned(page(P1, cited, P2))
    assert cited in kept(doc)


def test_repeated_caption_is_a_duplicate():
    cap = "المستشفى الجديد في الزرقاء (الأناضول)"
    doc = cleaned(page(TITLE, cap, cap, P1, P2))
    assert sorted(r.kind for r in doc.removed if doc.span_text(r.span) == cap) == ["caption", "duplicate"]


def test_teaser_and_pull_quote_give_way_to_the_full_paragraph():
    teaser = "أعلنت وزارة الصحة في عمّان، اليوم الثلاثاء، افتتاح مستشفى جديد"  # the start of P1
    pull = "المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة"  # from inside P2
    doc = cleaned(page(TITLE, teaser, P1, pull, P2, P3))
    out = removed(doc)
    assert out[teaser][0] == "duplicate" and "line 5" in out[teaser][1]
    assert out[pull][0] == "pull_quote"
    assert kept(doc) == [P1, P2, P3]


def test_short_heading_inside_a_paragraph_is_not_a_duplicate():
    doc = cleaned(page(P1, P2, "مستشفى جديد", P3, P4))
    assert kinds(doc)["مستشفى جديد"] == "heading"


def test_embedded_post_signature_and_text_but_never_the_article_sentence():
    intro = "وكتب الوزير في تغريدة على حسابه أن افتتاح المستشفى يوم مهم لأهالي الزرقاء."
    post = "يوم مهم لأهالي الزرقاء. مستشفى جديد بخدمات متكاملة"
    sig = "— وزير الصحة (@health_min) March 14, 2023"
    doc = cleaned(page(P1, intro, post, sig, P2, P3, sep="\n"))
    out = removed(doc)
    assert out[sig][0] == "embed" and out[post][0] == "embed"
    assert intro in kept(doc)
    # the signature's date falls on the weekday the lead calls today (Tuesday): the publication date
    assert doc.meta.published == "2023-03-14"


def test_a_signature_right_after_the_article_sentence_keeps_the_sentence():
    intro = "وغرد الوزير قائلا إن المستشفى سيفتح أبوابه قريبا أمام المرضى من كل المحافظات."
    doc = cleaned(page(P1, intro, "— وزير الصحة (@health_min) March 14, 2023", P2, sep="\n"))
    assert intro in kept(doc)


def test_clean_text_loses_nothing():
    doc = cleaned(page(P1, P2, P3, P4, P5, sep="\n"))
    assert kept(doc) == [P1, P2, P3, P4, P5] and not doc.removed
