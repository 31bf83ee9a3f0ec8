"""Titles and leads of the outlet's other articles on the same story, kept in the text with no header."""

from .pages import cleaned, kept, removed
from .test_offtopic import LEAD1, P1, P2, P3, P4, P5, TITLE


def _page(*lines: str, title: str = TITLE) -> str:
    return title + "\n\n" + "\n\n".join(lines) + "\n"


# Related titles on the article's own story, between two of its paragraphs, as BBC Arabic lists them.
ASKED = "هل تنجح محافظة الزرقاء في حل أزمة المستشفيات المكتظة؟"
LABELLED = "نقابة الأطباء: مستشفى الزرقاء الجديد، الأكبر في المحافظة، يفتح أبوابه قريبا"


def test_related_titles_on_the_same_story_with_a_headline_s_marks_are_furniture():
    doc = cleaned(_page(P1, P2, ASKED, LABELLED, P3, P4, P5))
    out = removed(doc)
    assert out[ASKED][0] == "furniture" and out[LABELLED][0] == "furniture"
    assert "title of another article" in out[ASKED][1]
    assert [line for line in kept(doc) if line in (P1, P2, P3, P4, P5)] == [P1, P2, P3, P4, P5]


def test_labelled_titles_that_each_tell_a_story_are_no_list():
    titles = ["مستشفيات الأردن: وزارة الصحة تعلن خطة لتوسيع أقسام الطوارئ في محافظات الشمال والوسط",
              "مستشفيات الزرقاء: الأطباء يطالبون بزيادة عدد الممرضين قبل افتتاح المبنى الجديد للمستشفى"]
    doc = cleaned(_page(P1, P2, *titles, P3, P4, P5))
    assert all(removed(doc)[line][0] == "furniture" for line in titles)


def test_a_run_of_questions_only_stays():
    questions = ["هل ستكون أسرّة المستشفى الجديد كافية لسكان المحافظة؟",
                 "متى سيبدأ المستشفى استقبال المرضى في قسم الطوارئ؟"]
    doc = cleaned(_page(P1, P2, *questions, P3, P4, P5))
    assert all(line in kept(doc) for line in questions)


def test_a_title_opening_on_a_name_whose_first_letter_is_fa_is_no_continuation():
    titles = ["فرنسا: مستشفى الزرقاء الجديد نموذج للتعاون الصحي بين عمّان وباريس",
              "هل يخفف مستشفى الزرقاء الضغط عن مستشفيات العاصمة؟"]
    doc = cleaned(_page(P1, P2, *titles, P3, P4, P5))
    assert all(removed(doc)[line][0] == "furniture" for line in titles)


# Leads of the outlet's other stories on the same story, opening on verbs of data/lead_verbs.tsv.
RAISED = ("أثارت أزمة نقص الأسرّة في مستشفيات محافظة الزرقاء، الأربعاء، مخاوف الأطباء من ضغط كبير على أقسام "
          "الطوارئ خلال فصل الشتاء.")
TOPPED = ("تصدرت قضية مستشفى الزرقاء الجديد محور الاجتماع الذي عقده وزير الصحة الأردني مع نواب محافظة الزرقاء "
          "في مجلس النواب.")
OPPOSED = ("عارضت نقابة الأطباء الأردنيين، الخميس، خطة وزارة الصحة لنقل أطباء من مستشفيات العاصمة إلى مستشفى "
           "الزرقاء الجديد.")


def test_leads_on_the_same_story_opening_on_other_lead_verbs_are_furniture():
    doc = cleaned(_page(P1, P2, P3, P4, P5, RAISED, TOPPED, OPPOSED))
    out = removed(doc)
    assert all(out[lead][0] == "furniture" for lead in (RAISED, TOPPED, OPPOSED))
    assert P5 in kept(doc)


# Leads of other stories after an article, two of them telling one story between themselves, most opening
# on a noun.
GOLD1 = ("أسعار الذهب في الأسواق العالمية ترتفع، الجمعة، إلى أعلى مستوى لها منذ عامين مع تراجع الدولار أمام "
         "العملات الرئيسية.")
GOLD2 = ("محللون في بنوك استثمار خليجية يتوقعون أن تواصل أسعار الذهب ارتفاعها في الأسواق العالمية مع تراجع "
         "الدولار خلال الأسابيع المقبلة.")
STUDY = ("دراسة علمية حديثة نشرتها جامعة يابانية تبين أن النوم لساعات قليلة يؤثر في قدرة الإنسان على التركيز "
         "والتذكر خلال ساعات العمل.")


def test_trailing_leads_off_the_topic_may_be_related_to_each_other():
    doc = cleaned(_page(P1, P2, P3, P4, P5, LEAD1, GOLD1, GOLD2, STUDY))
    out = removed(doc)
    assert all(out[lead][0] == "furniture" for lead in (LEAD1, GOLD1, GOLD2, STUDY))
    assert [line for line in kept(doc) if line in (P1, P2, P3, P4, P5)] == [P1, P2, P3, P4, P5]


# BBC may put one related title between each pair of paragraphs, on the article's own topic.
Q1 = "ولد الوزير في مدينة الزرقاء عام 1960، ودرس الطب في جامعة دمشق قبل أن يعود إلى الأردن ليعمل في مستشفياتها الحكومية."
Q2 = "وتولى إدارة مستشفى البشير في العاصمة عمّان عشر سنوات، ثم عين أمينا عاما لوزارة الصحة في حكومة سابقة قبل أن يصبح وزيرا."
Q3 = "وعرف عنه في البرلمان دفاعه عن زيادة رواتب الممرضين، وعن توسيع التأمين الصحي ليشمل العاملين في القطاع الزراعي."
Q4 = "وفي عام 2016 قاد حملة التطعيم الوطنية ضد الحصبة بعد تفشيها في مخيمات اللاجئين السوريين شمالي المملكة."
Q5 = "ويقول مقربون منه إنه يقضي عطلته الأسبوعية في مزرعته قرب جرش، حيث يربي الخيول العربية الأصيلة منذ سنوات."
INTERLEAVED = ["احتجاجات الأطباء المقيمين تتواصل في مستشفيات الأردن الحكومية",
               "عمّان تطلق خطة لمواجهة نقص الأدوية في الصيدليات",
               "البرلمان الأردني يناقش قانون المساءلة الطبية الجديد"]


def test_lone_related_titles_between_paragraphs_are_furniture():
    doc = cleaned(_page(Q1, INTERLEAVED[0], Q2, INTERLEAVED[1], Q3, INTERLEAVED[2], Q4, Q5))
    out = removed(doc)
    assert all(out[line][0] == "furniture" for line in INTERLEAVED)
    assert all(line in kept(doc) for line in (Q1, Q2, Q3, Q4, Q5))


def test_sub_headings_naming_what_their_paragraph_tells_stay():
    headings = ["سنوات في إدارة مستشفى البشير بالعاصمة عمّان",
                "دفاع في البرلمان عن رواتب الممرضين",
                "حملة التطعيم الوطنية ضد الحصبة في المخيمات"]
    doc = cleaned(_page(Q1, headings[0], Q2, headings[1], Q3, headings[2], Q4, Q5))
    assert all(line in kept(doc) for line in headings)
