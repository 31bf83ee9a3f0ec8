"""KB rows for Lebanon's bodies and towns and the universities of a politician's profile (sentences written for
these tests)."""

from __future__ import annotations

from rasad.extract.entities.component import find_mentions


def test_lebanese_bodies_towns_and_universities_are_known() -> None:
    text = (
        "تنقل بين مدارس تبنين وبنت جبيل والمقاصد. حصل على إجازة من الجامعة اللبنانية ثم درس في جامعة السوربون "
        "في باريس. وصوت نواب حزب الكتائب ضده."
    )
    got = {text[m.span.start : m.span.end]: m.entity_id for m in find_mentions(text)}
    assert got["بنت جبيل"] == "kb:l:bint_jbeil"
    assert got["الجامعة اللبنانية"] == "kb:o:lebanese_univ"
    assert got["جامعة السوربون"] == "kb:o:sorbonne"
    assert got["حزب الكتائب"] == "kb:o:kataeb"
