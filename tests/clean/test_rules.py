

def test_menu_and_breadcrumb_lines_are_furniture_but_headlines_with_a_bar_are_not():
    from rasad.clean.lines import split_lines
    from rasad.clean.rules import navigation_line

    menu, crumb, headline = split_lines(
        "الرئيسية | سياسة | اقتصاد | رياضة\nموقع الخبر » أخبار الأردن\nالحكومة تقر موازنة العام المقبل وسط انتقادات واسعة | موقع الخبر"
    )
    assert navigation_line(menu).kind == "furniture"
    assert navigation_line(crumb).kind == "furniture"
    assert navigation_line(headline) is None
