"""The packed gold corpora: article words become spans and come back, and no article word is kept."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "gold_corpora.py"


@pytest.fixture(scope="module")
def gc():
    spec = importlib.util.spec_from_file_location("gold_corpora", PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def norm(text: str) -> str:
    """A small stand-in for score.py's normalisation: alef forms, taa marbuta, spaces."""
    text = text.translate(str.maketrans({"أ": "ا", "إ": "ا", "ة": "ه"}))
    return re.sub(r"\s+", " ", text).strip()


RAW = ("وزير المالية يعلن الموازنة\n\n12 مارس 2024\n\n"
       "أعلن وزير المالية أحمد سالم الثلاثاء أن الموازنة سترتفع. وقال سالم: \"لن نرفع الضرائب هذا العام\".\n\n"
       "وأضاف أحمد سالم أن العجز سينخفض الثلاثاء المقبل.\n")
GOLD = {
    "corpus": "test",
    "documents": [{"id": "d1", "title": "وزير المالية يعلن الموازنة", "published": "2024-03-12",
                   "lines": {"title": [1], "page_date": [3], "body": [5, 7]}}],
    "timexes": [{"doc": "d1", "text": "الثلاثاء", "value": "2024-03-12"},
                {"doc": "d1", "text": "الثلاثاء", "value": "2024-03-19"}],
    "not_timex": [],
    "entities": [{"id": "g1", "type": "PER", "canonical_ar": "أحمد سالم", "canonical_en": "Ahmad Salem",
                  "mentions": ["احمد سالم", "سالم"], "docs": ["d1"]}],
    "quotes": [{"doc": "d1", "speaker": "g1", "starts": "لن نرفع الضرائب"}],
    "events": [{"id": "v1", "date": "2024-03-12", "types": ["STATEMENT"], "participants": ["g1"], "docs": ["d1"]}],
    "claims": [],
}


def test_pack_keeps_spans_not_words(gc):
    packed = gc.pack(GOLD, {"d1": RAW}, norm)
    as_text = json.dumps(packed, ensure_ascii=False)
    assert "لن نرفع" not in as_text and "الثلاثاء" not in as_text and "يعلن" not in as_text
    assert packed["entities"][0]["canonical_ar"] == "أحمد سالم"  # names are the annotation
    first, second = (t["at"] for t in packed["timexes"])
    assert first[1] < second[1]  # the second «الثلاثاء» is the second occurrence


def test_unpack_gives_the_words_back(gc):
    back = gc.unpack(gc.pack(GOLD, {"d1": RAW}, norm), {"d1": RAW})
    assert [t["text"] for t in back["timexes"]] == ["الثلاثاء", "الثلاثاء"]
    assert back["quotes"][0]["starts"] == "لن نرفع الضرائب"
    assert back["entities"][0]["mentions"] == ["أحمد سالم", "سالم"]  # found after normalisation
    assert back["documents"][0]["title"] == "وزير المالية يعلن الموازنة"
    assert back["events"] == GOLD["events"]


def test_a_word_not_in_the_article_is_an_error(gc):
    wrong = {**GOLD, "quotes": [{"doc": "d1", "speaker": "g1", "starts": "سنرفع الضرائب"}]}
    with pytest.raises(gc.PackError, match="سنرفع"):
        gc.pack(wrong, {"d1": RAW}, norm)


def test_render_lays_out_a_page(gc):
    record = {"title": "عنوان الخبر", "time": "Sat, 29 Sep 2018 23:10:00 +0300", "author": "",
              "text": "الفقرة الأولى.\nالفقرة الثانية."}
    months = {9: "سبتمبر"}
    assert gc.render(record, months) == "عنوان الخبر\n\n29 سبتمبر 2018\n\nالفقرة الأولى.\n\nالفقرة الثانية.\n"
