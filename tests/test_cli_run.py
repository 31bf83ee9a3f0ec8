"""`rasad run` end to end: outputs, summary, bad inputs, idempotent re-runs, resume."""

from __future__ import annotations

import gzip
import importlib.util
import json
import sqlite3
from pathlib import Path

import pytest

from rasad import cli, pipeline
from rasad.commands import run as run_command
from rasad.corpus.model import Story
from rasad.document import Document

ARTICLE_A = (
    "أعلنت وزارة الصحة في بغداد، يوم الأحد، افتتاح مستشفى جديد للأطفال في حي الكرادة بسعة مئتي سرير.\n\n"
    "وقال وزير الصحة في مؤتمر صحفي إن المستشفى سيستقبل المرضى ابتداءً من الشهر المقبل.\n"
)
ARTICLE_B = (
    "شهدت مدينة الموصل أمس الاثنين أمطاراً غزيرة أدت إلى ارتفاع منسوب المياه في عدد من الأحياء.\n\n"
    "وأكدت مديرية الدفاع المدني أن فرقها تعمل على سحب المياه وفتح الطرق المغلقة.\n"
)
PAGE = (
    "<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>افتتاح جسر جديد</title></head>"
    "<body><nav><a href='/'>الرئيسية</a> <a href='/sport'>رياضة</a></nav>"
    "<article><h1>افتتاح جسر جديد في البصرة</h1>"
    "<p>افتتحت محافظة البصرة اليوم جسراً جديداً يربط ضفتي شط العرب بعد ثلاث سنوات من العمل.</p>"
    "<p>وقال المحافظ إن الجسر سيخفف الزحام عن وسط المدينة ويختصر زمن الرحلة إلى النصف.</p></article>"
    "<footer>جميع الحقوق محفوظة</footer></body></html>"
)


def rasad(*argv: str) -> int:
    return cli.main(["run", *argv])


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a_health.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b_rain.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "c_bridge.html").write_text(PAGE, encoding="utf-8")
    return folder


def _run(tmp_path: Path, *inputs: Path | str, extra: tuple[str, ...] = (), out: str = "out") -> int:
    return rasad(*(str(i) for i in inputs), "--db", str(tmp_path / "rasad.db"), "--out", str(tmp_path / out), *extra)


def _analysis(tmp_path: Path, out: str = "out") -> dict:
    return json.loads((tmp_path / out / "analysis.json").read_text(encoding="utf-8"))


def _rows(tmp_path: Path, table: str) -> int:
    with sqlite3.connect(tmp_path / "rasad.db") as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_run_writes_outputs_and_summary(tmp_path, news, capsys):
    assert _run(tmp_path, news) == 0
    err = capsys.readouterr().err
    assert "3 documents read" in err and "stored: 3 (3 inserted, 0 updated, 0 unchanged)" in err
    assert "skipped: 0" in err and "docs/s" in err
    analysis = _analysis(tmp_path)
    assert [d["id"] for d in analysis["documents"]] == ["a_health", "b_rain", "c_bridge"]
    bridge = analysis["documents"][2]
    assert "شط العرب" in bridge["body"]
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert 'dir="rtl"' in html and "وزارة الصحة" in html


def test_bad_inputs_each_give_one_summary_line_and_the_run_goes_on(tmp_path, news, capsys):
    (news / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (news / "binary.txt").write_bytes(bytes(range(256)) * 8)
    packed = gzip.compress((ARTICLE_A + ARTICLE_B).encode())
    (news / "cut.txt.gz").write_bytes(packed[: len(packed) // 2])  # a download cut half-way
    (news / "big.html").write_text(PAGE.replace("</article>", "<p>" + "خبر طويل جداً " * 3000 + "</p></article>"),
                                   encoding="utf-8")
    assert _run(tmp_path, news, extra=("--max-bytes", "20000")) == 0
    err = capsys.readouterr().err
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("cut.txt.gz", "truncated"), ("big.html", "too large")]:
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1, err
        assert f": {reason} — " in lines[0]
    assert "skipped: 4" in err
    # the cut gzip may yield its readable part; every good file is stored either way
    ids = [d["id"] for d in _analysis(tmp_path)["documents"]]
    assert {"a_health", "b_rain", "c_bridge"} <= set(ids) and "big" not in ids
    assert _rows(tmp_path, "skips") == 4


def test_unreadable_file_is_a_skip(tmp_path, news, capsys, monkeypatch):
    from tests.ingest.test_inputs import deny_reading

    (news / "locked.txt").write_text(ARTICLE_A, encoding="utf-8")
    deny_reading(monkeypatch, "locked.txt")  # as chmod 000 would, also when the tests run as root
    assert _run(tmp_path, news) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if "locked.txt" in line]
    assert len(lines) == 1 and "unreadable" in lines[0]
    assert {"a_health", "b_rain", "c_bridge"} <= {d["id"] for d in _analysis(tmp_path)["documents"]}


def test_missing_path_exits_2_with_message(tmp_path, news, capsys):
    assert _run(tmp_path, news, tmp_path / "nowhere") == 2
    err = capsys.readouterr().err
    assert "nowhere" in err and "no such file" in err
    assert not (tmp_path / "out").exists()


def test_unknown_format_exits_2_with_message(tmp_path, capsys):
    odd = tmp_path / "scan.pdf"
    odd.write_bytes(b"%PDF-1.4 not an article")
    assert _run(tmp_path, odd) == 2
    assert "scan.pdf" in capsys.readouterr().err


def test_wrong_db_file_exits_2(tmp_path, news, capsys):
    (tmp_path / "rasad.db").write_text("not a database " * 200, encoding="utf-8")
    assert _run(tmp_path, news) == 2
    assert "not a rasad database" in capsys.readouterr().err


def test_same_run_twice_is_byte_identical_without_duplicates(tmp_path, news, capsys):
    assert _run(tmp_path, news, out="first") == 0
    assert _run(tmp_path, news, out="second") == 0
    err = capsys.readouterr().err
    assert "stored: 3 (0 inserted, 0 updated, 3 unchanged)" in err
    assert (tmp_path / "first" / "analysis.json").read_bytes() == (tmp_path / "second" / "analysis.json").read_bytes()
    assert (tmp_path / "first" / "report.html").read_bytes() == (tmp_path / "second" / "report.html").read_bytes()
    assert _rows(tmp_path, "documents") == 3 and _rows(tmp_path, "runs") == 2


def test_changed_file_is_updated_and_outputs_cover_only_this_run(tmp_path, news, capsys):
    assert _run(tmp_path, news) == 0
    (news / "b_rain.txt").write_text(ARTICLE_B.replace("الموصل", "أربيل"), encoding="utf-8")
    assert _run(tmp_path, news / "b_rain.txt", out="again") == 0
    assert "(0 inserted, 1 updated, 0 unchanged)" in capsys.readouterr().err
    assert _rows(tmp_path, "documents") == 3
    (doc,) = _analysis(tmp_path, "again")["documents"]
    assert "أربيل" in doc["body"]


def _explode_on(doc_id: str):
    def explode(doc: Document) -> Document:
        if doc.id == doc_id:
            raise ValueError("span table is inconsistent")
        return doc

    return explode


def test_failing_document_is_a_skip_and_the_run_goes_on(tmp_path, news, capsys, monkeypatch):
    monkeypatch.setitem(pipeline._REGISTRY, "test-explode",
                        pipeline.Component("test-explode", frozenset(), frozenset(), _explode_on("b_rain")))
    monkeypatch.setattr(run_command, "DEFAULT_PIPELINE", ("test-explode",))
    assert _run(tmp_path, news) == 0
    err = capsys.readouterr().err
    assert "b_rain.txt: failed: ValueError — span table is inconsistent" in err
    assert [d["id"] for d in _analysis(tmp_path)["documents"]] == ["a_health", "c_bridge"]


def test_killed_run_resumes_from_what_was_committed(tmp_path, news, capsys, monkeypatch):
    (news / "d_more.txt").write_text(ARTICLE_A.replace("بغداد", "كربلاء"), encoding="utf-8")
    fail_on = {"c_bridge"}

    def interrupt(doc: Document) -> Document:
        if doc.id in fail_on:
            raise KeyboardInterrupt  # the user presses Ctrl-C while the second batch runs
        return doc

    monkeypatch.setitem(pipeline._REGISTRY, "test-interrupt",
                        pipeline.Component("test-interrupt", frozenset(), frozenset(), interrupt))
    monkeypatch.setattr(run_command, "DEFAULT_PIPELINE", ("test-interrupt",))
    assert _run(tmp_path, news, extra=("--batch", "2")) == 130
    assert _rows(tmp_path, "documents") == 2
    fail_on.clear()
    capsys.readouterr()
    assert _run(tmp_path, news, extra=("--batch", "2")) == 0
    assert "stored: 4 (2 inserted, 0 updated, 2 unchanged)" in capsys.readouterr().err


def test_failing_corpus_job_is_reported_and_outputs_still_written(tmp_path, news, capsys, monkeypatch):
    from rasad.corpus import jobs

    def explode(corpus, ctx):
        raise RuntimeError("index is corrupt")

    def name_stories(corpus, ctx):
        corpus.stories = [Story("s1", [d.id for d in corpus.documents], title="كل الأخبار")]

    monkeypatch.setattr(jobs, "JOBS", (("broken", explode), ("stories", name_stories)))
    assert _run(tmp_path, news) == 1
    err = capsys.readouterr().err
    assert "corpus jobs: stories; FAILED: broken" in err
    assert _analysis(tmp_path)["stories"][0]["docs"] == ["a_health", "b_rain", "c_bridge"]


def test_unreadable_story_index_is_rebuilt_not_fatal(tmp_path, news, caplog):
    run_command.story_index_path(tmp_path / "rasad.db").write_bytes(b"an index from another version")
    assert _run(tmp_path, news) == 0
    assert "stories are rebuilt" in caplog.text
    assert _analysis(tmp_path)["stories"]


def test_story_index_is_kept_beside_the_store_and_a_rerun_is_byte_identical(tmp_path, news):
    assert _run(tmp_path, news) == 0
    first = (tmp_path / "out" / "analysis.json").read_bytes()
    assert run_command.story_index_path(tmp_path / "rasad.db").exists()
    assert _run(tmp_path, news) == 0
    assert (tmp_path / "out" / "analysis.json").read_bytes() == first


def test_examples_run_cleanly(tmp_path, examples_dir, capsys):
    if not examples_dir.is_dir() or not any(examples_dir.iterdir()):
        pytest.skip("examples/ is empty")
    assert _run(tmp_path, examples_dir) == 0
    analysis = _analysis(tmp_path)
    football = next(d["id"] for d in analysis["documents"] if "football" in d["id"])
    assert [len(s["docs"]) for s in analysis["stories"] if football not in s["docs"]] == [9]  # 7 pages + 2 feed entries
    # the dam collapse: one disaster, reported by every outlet as its toll rose, not an attack
    (collapse,) = [e for e in analysis["events"] if e["type"] == "DISASTER" and e["mode"] == "collapse"]
    assert collapse["date"] == "2024-03-11" and len({m["doc"] for m in collapse["mentions"]}) >= 5
    assert not [e for e in analysis["events"] if e["type"] == "ASSAULT" and e["counts"]]
    verdicts = {c["verdict"] for c in analysis["comparisons"] if c["event"] == collapse["id"] and c["what"] == "killed"}
    assert "update" in verdicts


@pytest.mark.shared
def test_seed_corpus_scores(tmp_path, seeds_dir, shared_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    assert _run(tmp_path, *files, extra=("--quiet",)) == 0
    spec = importlib.util.spec_from_file_location("rasad_eval_score", shared_dir / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((seeds_dir / "gold.json").read_text(encoding="utf-8"))
    result = score.Scorer(gold, _analysis(tmp_path), seeds_dir).run()
    assert result["cleaning"]["body_recall"] == 1.0, result["cleaning"]["lost_body_lines"]
    assert result["cleaning"]["score"] >= 0.98, result["cleaning"]["leaked_lines"]
    assert result["published"]["score"] >= 0.8, result["published"]["wrong"]
