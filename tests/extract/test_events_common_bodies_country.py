"""The country of a police or authorities named by a common noun, on sentences written for these tests: the nearest
evidence wins. A place named right after with في outweighs a body of its kind the article names elsewhere (unless
that body is of the same country), and a city or state headed by "بولاية"/"بمدينة" in the sentence outweighs the
country the article names most."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc

ACTORS = {"سالم العبدالله": ("PER", "PER:سالم العبدالله"), "كندا": ("GPE", "kb:c:CA"),
          "أوتاوا": ("GPE", "kb:c:CA"), "كولورادو": ("GPE", "kb:l:us_colorado"), "هولندا": ("GPE", "kb:c:NL"),
          "إسطنبول": ("GPE", "kb:l:istanbul"), "الشرطة الفرنسية": ("ORG", "ORG:الشرطه الفرنسيه"),
          "الشرطة التركية": ("ORG", "ORG:الشرطه التركيه")}
DAYS = {"الأربعاء": ("2023-05-17", None), "الخميس": ("2023-05-18", None)}


def _arrest(text: str):
    return by_type(extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18")))["COERCE"]


def test_the_police_in_a_country_are_not_the_police_of_another_the_article_names() -> None:
    text = ("وقالت الشرطة الفرنسية إن التحقيق مستمر منذ عامين.\n"
            "واعتقلت الشرطة في هولندا الخميس سالم العبدالله بطلب من باريس.")
    assert _arrest(text).actor == "kb:c:NL"


def test_the_police_in_a_city_of_the_named_body_stay_that_body() -> None:
    text = "وقالت الشرطة التركية إن التحقيق مستمر.\nواعتقلت الشرطة في إسطنبول الخميس سالم العبدالله."
    assert _arrest(text).actor == "ORG:الشرطه التركيه"


def test_a_state_headed_by_glued_bi_names_the_country_of_the_arrest() -> None:
    text = ("هرب سالم العبدالله من كندا قبل عشرين عاما حاملا أموال بنك في أوتاوا.\n"
            "وعاد إلى كندا الأربعاء ليزور البنك في أوتاوا.\n"
            "واعتقلت الشرطة سالم العبدالله يومها في مدينة صغيرة بولاية كولورادو بعد أن تعرف عليه نادل.")
    assert _arrest(text).actor == "kb:c:US"


def test_the_country_the_title_names_outweighs_the_one_the_body_names_most() -> None:
    text = ("لقي أربعة متسلقين من ألمانيا وإيطاليا حتفهم في عاصفة ثلجية الأربعاء.\n"
            "وكان المتسلقون قد وصلوا من ألمانيا قبل أسبوع.\n"
            "وقالت الشرطة الخميس إن ثلاثة منهم توفوا في المستشفى.")
    doc = make_doc(text, mentions={"ألمانيا": ("GPE", "kb:c:DE"), "إيطاليا": ("GPE", "kb:c:IT")}, timexes=DAYS,
                   published="2023-05-18")
    doc.meta.title = "عاصفة ثلجية تقتل متسلقين في الجبال السويسرية"
    assert by_type(extract_events(doc))["STATEMENT"].actor == "kb:c:CH"
