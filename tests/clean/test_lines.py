from rasad.clean.lines import match_key, split_lines


def test_offsets_are_exact_with_crlf_and_trimmed_edges():
    text = "عنوان الخبر\r\n\r\n\u00a0 فقرة أولى.\u200f \r\nثانية\rثالثة"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["عنوان الخبر", "فقرة أولى.", "ثانية", "ثالثة"]
    assert [ln.number for ln in lines] == [1, 3, 4, 5]
    for ln in lines:
        assert text[ln.start : ln.end] == ln.text


def test_blank_and_whitespace_lines_are_not_lines():
    assert split_lines("\n \u00a0\n\t\n") == []


def test_match_key_folds_variants_and_punctuation():
    assert match_key("اقرأ/ي أيضًا:") == match_key("اقرا ي ايضا")
    assert match_key("Resize  TEXT") == "resize text"
