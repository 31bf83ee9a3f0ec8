"""People named where the sentence says a person stands (framed_names), and KB heads of state."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions


def _people(text: str) -> list[str]:
    return [text[m.span.start : m.span.end] for m in find_mentions(text) if m.type == "PER"]


def test_unknown_writer_before_his_title() -> None:
    assert "حمدون صباحي" in _people("وكتب حمدون صباحي، رئيس الحزب، على حسابه أن الحكم جائر.")


def test_unknown_name_set_off_after_a_title_may_begin_with_the_article() -> None:
    assert "الطاهر قريرة" in _people("وقال المدير السابق للمرصد، الطاهر قريرة، إن الأرقام مقلقة.")


def test_item_of_a_list_of_people() -> None:
    assert "باسم الخرابشة" in _people("وشمل الحكم عصام سلطان، باسم الخرابشة، ووجدي غنيم.")


def test_common_words_after_a_verb_of_saying_are_no_name() -> None:
    assert _people("وقال شهود عيان، إن القصف استمر. وقال مصدران مطلعان إن الاتفاق قريب.") == []


def test_tunisian_heads_of_state_are_known() -> None:
    text = "وأطاح الجيش بالرئيس زين العابدين بن علي، واستقبل الرئيس التونسي ، الباجي قايد السبسي، الوفد."
    keys = {m.entity_id for m in find_mentions(text) if m.type == "PER"}
    assert {"kb:p:ben_ali", "kb:p:essebsi"} <= keys


def test_a_word_that_opens_two_frames_is_read_once_without_a_crash(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rasad.extract.entities import framed_names

    text = "وقال سمير حداد، ونادر عويس، إن الحكم جائر."
    said_at = 1  # the word after وقال, where the list of people starts too
    monkeypatch.setattr(framed_names, "_in_lists", lambda norms, found: [(said_at, None)])
    assert "سمير حداد" in _people(text)
