"""Headlines and leads of other articles kept inside an article's text, with no header."""

from .pages import cleaned, kept, removed

# An article that holds together: its paragraphs name its people and places again.
TITLE = "افتتاح مستشفى الزرقاء الجديد بسعة 300 سرير"
P1 = "افتتح وزير الصحة الأردني، اليوم الثلاثاء، مستشفى الزرقاء الجديد بسعة ثلاثمئة سرير في محافظة الزرقاء شمال شرقي عمّان."
P2 = "وقال وزير الصحة في مؤتمر صحافي إن مستشفى الزرقاء سيخدم أكثر من نصف مليون نسمة في محافظة الزرقاء."
P3 = "وأضاف الوزير أن العمل في مستشفى الزرقاء استغرق أربع سنوات، وأن كلفته بلغت تسعين مليون دينار."
P4 = "ويعاني القطاع الصحي في محافظة الزرقاء من نقص الأسرّة منذ سنوات، بحسب تقارير وزارة الصحة."
P5 = "ومن المنتظر أن يستقبل مستشفى الزرقاء المرضى مطلع الشهر المقبل، بحسب وزير الصحة الأردني."

LINK1 = "منتخب مصر يتأهل إلى نهائيات كأس الأمم الأفريقية بعد فوزه على تونس"
LINK2 = "ارتفاع أسعار الذهب في الأسواق العالمية إلى أعلى مستوى منذ عامين"
LEAD1 = ("أعلنت شركة طيران خليجية، الاثنين، عن إطلاق رحلات مباشرة جديدة إلى ثلاث مدن أوروبية اعتبارا من الصيف "
         "المقبل، في إطار خطتها لتوسيع شبكة وجهاتها.")
LEAD2 = ("قال مدرب المنتخب البرازيلي لكرة القدم، الأحد، إن فريقه سيعتمد على عدد من اللاعبين الشباب في المباريات "
         "الودية المقبلة استعدادا للبطولة القارية.")
LEAD3 = ("كشفت دراسة علمية حديثة نشرتها جامعة يابانية أن النوم لساعات قليلة يؤثر في قدرة الإنسان على التركيز "
         "والتذكر خلال ساعات العمل.")


def test_headlines_of_other_stories_between_paragraphs_are_furniture():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, LINK1, LINK2, P3, P4, P5]) + "\n")
    out = removed(doc)
    assert out[LINK1][0] == "furniture" and out[LINK2][0] == "furniture"
    assert "headline of another article" in out[LINK1][1]
    assert [line for line in kept(doc) if line in (P1, P2, P3, P4, P5)] == [P1, P2, P3, P4, P5]


def test_headings_on_the_article_s_own_topic_stay():
    own1 = "مستشفى الزرقاء الجديد يخدم نصف مليون نسمة في المحافظة"
    own2 = "وزير الصحة يعد بتشغيل مستشفى الزرقاء مطلع الشهر المقبل"
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, own1, own2, P3, P4, P5]) + "\n")
    assert own1 in kept(doc) and own2 in kept(doc)


def test_a_run_of_three_headlines_mixing_the_own_story_with_another_s_is_furniture():
    own1 = "مستشفى الزرقاء الجديد يخدم نصف مليون نسمة في المحافظة"
    own2 = "مستشفى الزرقاء يستقبل المرضى مطلع الشهر المقبل بحسب الوزير"
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, own1, own2, LINK2, P3, P4, P5]) + "\n")
    out = removed(doc)
    assert all(out[line] == ("furniture", "a run of headlines, one of another story") for line in (own1, own2, LINK2))
    assert [line for line in kept(doc) if line in (P1, P2, P3, P4, P5)] == [P1, P2, P3, P4, P5]


def test_leads_of_other_articles_after_the_article_are_furniture():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, LEAD1, LEAD2, LEAD3]) + "\n")
    out = removed(doc)
    assert all(out[lead] == ("furniture", "a lead of another article") for lead in (LEAD1, LEAD2, LEAD3))
    assert P5 in kept(doc)


def test_a_lead_cut_off_mid_sentence_above_the_leads_is_one_of_them():
    cut = "ويستعد مستشفى الزرقاء الجديد لاستقبال أول المرضى بعد افتتاحه، لكن ما يجعل لهذا الافتتاح طابعا خاصا هو أنه يأت"
    cut = cut[1:]  # a lead opens on its verb, not with و
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, cut, LEAD1, LEAD2, LEAD3]) + "\n")
    assert removed(doc)[cut][0] == "furniture" and P5 in kept(doc)


def test_a_bare_item_of_a_list_above_the_leads_stays():
    items = ["ألمانيا تهاجم بولندا وتشعل فتيل الحرب العالمية الثانية في أوروبا بعد سنوات من التوتر بين البلدين الجارين",
             "بدء المفاوضات المباشرة بين الفلسطينيين والإسرائيليين بعد سنوات من انقطاعها برعاية أمريكا ومصر والأردن"]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *items, LEAD1, LEAD2, LEAD3]) + "\n")
    assert items[1] in kept(doc)


def test_two_unrelated_paragraphs_at_the_end_are_not_enough():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, LEAD1, LEAD2]) + "\n")
    assert LEAD1 in kept(doc) and LEAD2 in kept(doc)


def test_paragraphs_that_go_on_from_the_article_stay():
    going_on = ["كما " + LEAD1, "و" + LEAD2, "يذكر أن " + LEAD3]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *going_on]) + "\n")
    assert all(line in kept(doc) for line in going_on)


def test_a_column_whose_paragraphs_each_go_their_own_way_keeps_them_all():
    column = [LEAD1, LEAD2, LEAD3, "يبدو أن موسم الأمطار هذا العام سيكون أطول من المعتاد في معظم مناطق البلاد بحسب خبراء الأرصاد الجوية المحليين.",
              "تحتفل المدارس الحكومية في العاصمة بيوم المعلم بتكريم عدد من المعلمين المتقاعدين الذين أمضوا عقودا في التدريس."]
    doc = cleaned("خواطر من أسبوع طويل" + "\n\n" + "\n\n".join(column) + "\n")
    assert all(line in kept(doc) for line in column)


def test_numbered_or_labelled_items_are_a_list_not_links():
    items = ["حراسة المرمى: أحمد سالم وخالد يوسف من نادي الوحدات", "خط الدفاع: محمود علي وسامر حسن ويوسف عمر ونادر سعيد"]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, *items, P3, P4, P5]) + "\n")
    assert all(item in kept(doc) for item in items)


# Leads of the outlet's other stories on the article's own topic, as a news site lists them under it.
SAME1 = ("أعلن وزير الصحة الأردني، الأربعاء، عن خطة لإنشاء مستشفى جديد في محافظة الزرقاء بسعة مئتي سرير خلال "
         "العامين المقبلين.")
SAME2 = ("قال مدير مستشفى الزرقاء الحكومي، الخميس، إن المستشفى استقبل أكثر من ألف مراجع في يومه الأول بعد "
         "الافتتاح الرسمي.")
SAME3 = ("كشفت وزارة الصحة الأردنية، الأحد، عن نقص في عدد الممرضين في مستشفيات محافظة الزرقاء رغم افتتاح "
         "المستشفى الجديد.")
OWN_TAIL = ("بحسب تقارير وزارة الصحة فإن محافظة الزرقاء تحتاج إلى ثلاثة مستشفيات أخرى لتلبية حاجات سكانها "
            "المتزايدة في السنوات المقبلة.")


def test_leads_on_the_article_s_own_topic_are_told_by_their_opening_verb():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, OWN_TAIL, SAME1, SAME2, SAME3]) + "\n")
    out = removed(doc)
    assert all(out[lead] == ("furniture", "a lead of another article (opens as a news lead does)") for lead in (SAME1, SAME2, SAME3))
    assert OWN_TAIL in kept(doc)  # the run is taken from its first lead verb on


def test_closing_paragraphs_on_the_topic_that_do_not_open_on_a_verb_stay():
    tail = [OWN_TAIL, "في عام 2016 أغلقت وزارة الصحة قسم الطوارئ في مستشفى الزرقاء القديم بسبب نقص الكوادر الطبية والأجهزة الحديثة.",
            "منذ سنوات يطالب سكان محافظة الزرقاء بمستشفى حديث يخفف الضغط عن مستشفيات العاصمة عمّان المكتظة بالمرضى دائما."]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *tail]) + "\n")
    assert all(line in kept(doc) for line in tail)


def test_a_short_piece_above_more_leads_than_its_own_lines_loses_them_when_all_open_so():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, SAME1, SAME2, SAME3, LEAD2]) + "\n")
    out = removed(doc)
    assert all(out[lead][0] == "furniture" for lead in (SAME1, SAME2, SAME3, LEAD2))
    assert kept(doc) == [P1]


# The closing paragraphs of a backgrounder: each opens on its verb (Arabic puts the verb first) and
# tells a step of the article's own story in whole sentences, naming no day of its own news.
HISTORY = [
    "افتتحت وزارة الصحة أول قسم للأطفال في مستشفى الزرقاء القديم عام 1985 بتمويل من منحة دولية. وكان القسم "
    "الوحيد من نوعه في المحافظة.",
    "شهد المستشفى القديم توسعة محدودة في التسعينيات، لكنها لم تواكب نمو عدد السكان في محافظة الزرقاء.",
    "أغلقت الوزارة قسم الطوارئ فيه بسبب نقص الكوادر الطبية، وتحول معظم المرضى إلى مستشفيات العاصمة.",
    "بلغ عدد مراجعي مستشفيات عمّان من محافظة الزرقاء أكثر من مئتي ألف مريض خلال تلك الفترة.",
]


def test_closing_paragraphs_that_open_on_verbs_but_name_no_day_stay():
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *HISTORY]) + "\n")
    assert all(line in kept(doc) for line in HISTORY)


def test_the_same_run_goes_when_one_line_names_the_day_of_its_news():
    dated = HISTORY[:2] + ["أغلقت الوزارة، الأحد، قسم الطوارئ في مستشفى الزرقاء القديم بسبب نقص الكوادر الطبية "
                           "والأجهزة الحديثة في المحافظة."] + HISTORY[3:]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *dated]) + "\n")
    assert all(removed(doc)[line][0] == "furniture" for line in dated)


def test_leads_with_no_day_go_when_each_tells_its_own_story():
    leads = ["أعلنت وزارة الصحة الأردنية إطلاق حملة وطنية لتطعيم الأطفال ضد الحصبة في جميع محافظات المملكة "
             "خلال فصل الصيف.",
             "قال البنك المركزي الأردني إن احتياطياته من العملات الأجنبية ارتفعت إلى مستوى قياسي بنهاية الربع "
             "الثالث من العام.",
             LEAD3]
    doc = cleaned(TITLE + "\n\n" + "\n\n".join([P1, P2, P3, P4, P5, *leads]) + "\n")
    assert all(removed(doc)[line][0] == "furniture" for line in leads)
