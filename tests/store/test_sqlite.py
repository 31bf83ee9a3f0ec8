import sqlite3

import pytest

from rasad.document import Block, Document, Meta, Removal, Span, Timex
from rasad.errors import StoreError
from rasad.store import SCHEMA_VERSION, Store

TEXT = "عاجل\nأعلنت وزارة الصحة، الأربعاء، عن افتتاح مستشفى جديد في بغداد.\nاقرأ أيضاً"


def _doc(text: str = TEXT, doc_id: str = "001_gaza") -> Document:
    doc = Document(text, id=doc_id, source=f"news/{doc_id}.txt",
                   meta=Meta(outlet="الشرق", published="2022-01-05", published_how="text", extra={"lines": 3}))
    first, last = text.index("\n") + 1, text.rindex("\n")
    doc.body = [Block(Span(first, last))]
    doc.removed = [Removal(Span(0, first - 1), "furniture", "breaking-news label")]
    when = text.find("الأربعاء")
    if when >= 0:
        doc.timexes = [Timex(Span(when, when + len("الأربعاء")), "2022-01-05", anchor="2022-01-05")]
    doc.provided |= {"body", "removed", "timexes"}
    return doc


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "rasad.db", batch_size=2) as s:
        yield s


def test_document_round_trips_with_all_layers(store):
    doc = _doc()
    assert store.put(doc, pipeline_version="v1") == "inserted"
    (back,) = store.documents()
    assert back.to_dict() == doc.to_dict()
    assert back.body_text() == "أعلنت وزارة الصحة، الأربعاء، عن افتتاح مستشفى جديد في بغداد."


def test_same_document_twice_is_stored_once(store):
    assert store.put(_doc(), pipeline_version="v1") == "inserted"
    assert store.put(_doc(), pipeline_version="v1") == "unchanged"
    assert store.count() == 1
    assert store.is_current("001_gaza", _doc().content_hash(), "v1")
    assert not store.is_current("001_gaza", _doc().content_hash(), "v2")
    assert not store.is_current("002_other", _doc().content_hash(), "v1")


def test_changed_document_is_updated_not_duplicated(store):
    store.put(_doc(), pipeline_version="v1")
    changed = _doc(TEXT.replace("بغداد", "البصرة"))
    assert store.put(changed, pipeline_version="v1") == "updated"
    assert store.count() == 1
    assert "البصرة" in next(store.documents()).text
    # a new pipeline version re-annotates an unchanged text
    assert store.put(changed, pipeline_version="v2") == "updated"
    assert store.count() == 1


def test_put_many_counts_and_ids_filter(store):
    docs = [_doc(doc_id=f"d{i}") for i in range(5)]
    counts = store.put_many(docs, pipeline_version="v1")
    assert counts == {"inserted": 5}
    assert store.put_many(docs, pipeline_version="v1") == {"unchanged": 5}
    assert [d.id for d in store.documents(ids=["d3", "d1", "missing"])] == ["d1", "d3"]


def test_killed_run_keeps_committed_batches(tmp_path):
    path = tmp_path / "rasad.db"

    def docs_then_crash():
        for i in range(5):
            yield _doc(doc_id=f"d{i}")
        raise KeyboardInterrupt  # killed while the third batch is open

    with Store(path, batch_size=2) as store, pytest.raises(KeyboardInterrupt):
        store.put_many(docs_then_crash(), pipeline_version="v1")
    with Store(path) as store:
        assert [d.id for d in store.documents()] == ["d0", "d1", "d2", "d3"]
        # the next run resumes: committed documents are current, the lost one is not
        assert store.is_current("d3", _doc().content_hash(), "v1")
        assert not store.is_current("d4", _doc().content_hash(), "v1")


def test_exception_inside_batch_rolls_back_only_that_batch(store):
    store.put(_doc(doc_id="kept"), pipeline_version="v1")
    with pytest.raises(RuntimeError), store.batch():
        store.put(_doc(doc_id="lost"), pipeline_version="v1")
        raise RuntimeError("crash")
    assert [d.id for d in store.documents()] == ["kept"]


def test_unstorable_document_becomes_skip_and_others_commit(store):
    bad = _doc(doc_id="bad")
    bad.meta.extra["when"] = object()  # not JSON
    run = store.start_run(["news"])
    counts = store.put_many([_doc(doc_id="a"), bad, _doc(doc_id="b")], pipeline_version="v1", run_id=run)
    assert counts == {"inserted": 2, "skipped": 1}
    assert [d.id for d in store.documents()] == ["a", "b"]
    (skip,) = store.skips(run)
    assert skip.source == "news/bad.txt" and skip.reason == "failed: store"
    assert store.run_document_ids(run) == ["a", "b"]


def test_runs_record_inputs_and_counts(store):
    run = store.start_run(["a.txt", "feeds/"])
    store.add_skip(run, "a.txt", "empty", "the file holds no text")
    store.finish_run(run, {"read": 1, "skipped": 1})
    (row,) = store.runs()
    assert row.inputs == ["a.txt", "feeds/"] and row.counts == {"read": 1, "skipped": 1} and row.finished


def test_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("هذا ليس ملف قاعدة بيانات\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="not a rasad database") as err:
        Store(path)
    assert err.value.hint and "--db" in err.value.hint
    assert path.read_text(encoding="utf-8").startswith("هذا ليس")  # untouched


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(StoreError, match="not a rasad database"):
        Store(path)


def test_newer_schema_is_refused_with_upgrade_hint(tmp_path):
    path = tmp_path / "rasad.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StoreError, match="newer rasad") as err:
        Store(path)
    assert "upgrade" in (err.value.hint or "")


def test_reopening_keeps_data_and_uses_wal(tmp_path):
    path = tmp_path / "sub" / "rasad.db"
    with Store(path) as store:
        store.put(_doc(), pipeline_version="v1")
    with Store(path) as store:
        assert store.count() == 1
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
