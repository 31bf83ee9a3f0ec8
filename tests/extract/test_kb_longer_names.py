"""A longer name that opens with a KB alias and names another body (data/kb/longer_names.tsv): a country's
national security council is not the UN Security Council. Sentences written for these tests."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions


def _ids(text: str) -> dict[str, str | None]:
    return {text[m.span.start : m.span.end]: m.entity_id for m in find_mentions(text)}


def test_a_national_security_council_is_not_the_un_security_council() -> None:
    got = _ids("واجتمع مجلس الأمن القومي برئاسة الرئيس لبحث التطورات. ودعا مجلس الأمن الدولي إلى التهدئة.")
    assert "kb:o:unsc" not in {got.get("مجلس الأمن"), got.get("مجلس الأمن القومي")}
    assert got["مجلس الأمن الدولي"] == "kb:o:unsc"


def test_the_us_council_is_a_kb_body_and_the_un_council_stays() -> None:
    got = _ids("وقال مجلس الأمن القومي الأمريكي إن الاجتماع مهم. وعقد مجلس الأمن جلسة طارئة.")
    assert got["مجلس الأمن القومي الأمريكي"] == "kb:o:us_nsc"
    assert got["مجلس الأمن"] == "kb:o:unsc"
