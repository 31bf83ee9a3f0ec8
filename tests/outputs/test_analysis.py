import json

from rasad.corpus.model import Corpus
from rasad.document import Document
from rasad.outputs.analysis import build_analysis, write_analysis
from tests.outputs import sample
from tests.outputs.sample import first_doc, second_doc

TOP_KEYS = ["documents", "timexes", "entities", "quotes", "events", "stories", "claims", "comparisons"]


def test_top_level_and_document_keys(resolved_corpus):
    out = build_analysis(resolved_corpus)
    assert list(out) == TOP_KEYS
    assert [d["id"] for d in out["documents"]] == ["a_gov", "b_kadhimi"]  # sorted by id
    doc = out["documents"][1]
    for key in ("id", "source", "outlet", "published", "published_how", "title", "body",
                "page_date", "byline", "dateline", "credit", "removed"):
        assert key in doc
    assert doc["body"].split("\n")[1] == "الوضع الأمني"
    assert "تابعونا" not in doc["body"] and doc["dateline"] == "بغداد"
    assert doc["removed"][0] == {"start": 0, "end": 17, "kind": "furniture", "reason": "social-media prompt"}


def test_offsets_point_at_the_text(resolved_corpus):
    out = build_analysis(resolved_corpus)
    texts = {d.id: d.text for d in resolved_corpus.documents}
    for item in out["timexes"] + out["quotes"] + out["claims"] + [m for e in out["entities"] for m in e["mentions"]]:
        assert texts[item["doc"]][item["start"]:item["end"]] == item["text"]
    assert [(t["doc"], t["text"], t["value"]) for t in out["timexes"]] == [
        ("a_gov", "أمس", "2022-01-05"), ("b_kadhimi", "الأربعاء", "2022-01-05")]


def test_resolved_entities_quotes_events_claims(resolved_corpus):
    out = build_analysis(resolved_corpus)
    assert [e["id"] for e in out["entities"]] == ["e2", "e10"]  # e2 before e10
    (quote,) = out["quotes"]
    assert quote["speaker"] == "e2" and quote["speaker_text"] == "مصطفى الكاظمي"
    (event,) = out["events"]
    assert event["participants"] == ["e2"] and event["location"] == "e10"
    assert [m["doc"] for m in event["mentions"]] == ["a_gov", "b_kadhimi"]
    claims = {c["doc"]: c for c in out["claims"]}
    assert claims["b_kadhimi"]["value"] == 2500 and isinstance(claims["b_kadhimi"]["value"], int)
    assert claims["b_kadhimi"]["event"] is None


def test_stories_carry_summary_sources_and_timeline(resolved_corpus):
    (story,) = build_analysis(resolved_corpus)["stories"]
    assert story["docs"] == ["a_gov", "b_kadhimi"] and story["title"] == "انسحاب القوات <من العراق>"
    assert story["summary"] == ["أعلنت الحكومة العراقية أمس انسحاب القوات"]  # texts, as FORMAT.md says
    assert story["summary_sources"] == [{"doc": "a_gov", "start": 0, "end": 40, "outlets": ["الحرة", "الشرق"]}]
    assert story["timeline"] == ["v1"]


def test_comparisons(resolved_corpus):
    coverage, count, claim = build_analysis(resolved_corpus)["comparisons"]  # an event's coverage, its counts, loose claims
    assert coverage["event"] == "v1" and coverage["verdict"] == "reported" and coverage["what"] is None
    assert (count["what"], count["verdict"], count["values"]) == ("troops", "single", [2500])
    assert claim == {
        "subject": "US troops in Iraq", "what": "US troops in Iraq", "event": None, "story": "s1",
        "verdict": "contradiction", "first": ["الشرق"], "values": [2500, 3000],
        "rows": [
            {"outlet": "الشرق", "doc": "b_kadhimi", "published": "2022-01-05", "value": 2500, "approx": None,
             "start": resolved_corpus.documents[0].claims[0].span.start, "end": resolved_corpus.documents[0].claims[0].span.end},
            {"outlet": "الحرة", "doc": "a_gov", "published": "2022-01-06", "value": 3000, "approx": None,
             "start": resolved_corpus.documents[1].claims[0].span.start, "end": resolved_corpus.documents[1].claims[0].span.end},
        ],
    }
    texts = {d.id: d.text for d in resolved_corpus.documents}
    assert [texts[r["doc"]][r["start"]:r["end"]] for r in claim["rows"]] == ["2500 جندي", "3000 جندي"]


def test_comparisons_are_ordered_whatever_the_corpus_order(resolved_corpus):
    resolved_corpus.comparisons.reverse()
    assert [c["verdict"] for c in build_analysis(resolved_corpus)["comparisons"]] == ["reported", "single", "contradiction"]


def test_fallbacks_without_corpus_jobs(docs):
    out = build_analysis(Corpus(docs))
    names = {e["name"]: e for e in out["entities"]}
    assert names["مصطفى الكاظمي"]["mentions"][1]["text"] == "الكاظمي"  # one entity per key, fullest name
    assert len(out["entities"]) == 3
    assert [e["id"] for e in out["events"]] == ["v1", "v2"]
    kadhimi_id = names["مصطفى الكاظمي"]["id"]
    assert out["events"][1]["participants"] == [kadhimi_id]
    assert out["quotes"][0]["speaker"] == kadhimi_id
    assert [c["event"] for c in out["claims"]] == [None, None]
    assert out["comparisons"] == [] and out["stories"] == []


def test_unclean_document_body_is_its_text():
    out = build_analysis(Corpus([Document("خبر بلا تنظيف", id="x")]))
    assert out["documents"][0]["body"] == "خبر بلا تنظيف"


def test_same_corpus_twice_gives_identical_bytes(tmp_path, docs):
    a = write_analysis(Corpus(docs), tmp_path / "a" / "analysis.json").read_bytes()
    # fresh objects, built in the other order, entity sets filled anew
    b = write_analysis(Corpus([second_doc(), first_doc()]), tmp_path / "b" / "analysis.json").read_bytes()
    assert a == b
    assert "الكاظمي" in a.decode("utf-8")  # not \u escaped
    assert json.loads(a)["documents"][0]["id"] == "a_gov"
    assert not list(tmp_path.glob("*/*.partial"))


def test_resolved_corpus_twice_gives_identical_bytes(tmp_path):
    a = write_analysis(sample.resolved_corpus(), tmp_path / "a.json").read_bytes()
    b = write_analysis(sample.resolved_corpus(), tmp_path / "b.json").read_bytes()
    assert a == b and '"comparisons"' in a.decode("utf-8") and '"summary_sources"' in a.decode("utf-8")
