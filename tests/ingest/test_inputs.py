"""read_inputs and check_inputs: folders, filters, ids, stdin, and errors about the request itself."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from rasad.errors import InputNotFound, UnknownFormat, UsageError
from rasad.ingest import Skip, check_inputs, read_inputs
from tests.ingest.helpers import ARABIC, page, paragraphs, read_all


def _tree(root: Path) -> None:
    for relative in ("2024/03/a.txt", "2024/03/b.html", "2024/04/c.txt", "drafts/d.txt", "z.txt"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page(paragraphs()) if relative.endswith(".html") else ARABIC, encoding="utf-8")
    (root / "README.md").write_text("# notes", encoding="utf-8")
    (root / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (root / "LICENSE").write_text("CC0", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text(ARABIC, encoding="utf-8")


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    _tree(tmp_path)
    docs, skips = read_all([tmp_path])
    assert skips == []  # README.md, .DS_Store, LICENSE and the hidden folder are passed over silently
    assert [d.id for d in docs] == ["a", "b", "c", "d", "z"]
    assert [d.meta.format for d in docs] == ["txt", "html", "txt", "txt", "txt"]


def test_include_and_exclude_match_relative_paths(tmp_path: Path) -> None:
    _tree(tmp_path)
    docs, _ = read_all([tmp_path], include=["2024/*"], exclude=["*/04/*"])
    assert [d.id for d in docs] == ["a", "b"]
    docs, _ = read_all([tmp_path], include=["*.txt"], exclude=["drafts/*"])
    assert [d.id for d in docs] == ["a", "c", "z"]


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.txt").write_text(ARABIC + folder, encoding="utf-8")
    docs, _ = read_all([tmp_path])
    first, second = (d.id for d in docs)
    assert first == "index" and second.startswith("index_") and second != first
    again, _ = read_all([tmp_path])
    assert [d.id for d in again] == [first, second]  # deterministic


def test_missing_path_raises_input_not_found(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound, match="no-such.txt"):
        check_inputs([str(tmp_path / "no-such.txt")])
    with pytest.raises(InputNotFound):
        list(read_inputs([str(tmp_path / "no-such-folder")]))
    with pytest.raises(UsageError):
        check_inputs([])


def test_explicit_file_of_unknown_format_raises(tmp_path: Path) -> None:
    for name in ("report.pdf", "notes.md", "sitemap.xml"):
        path = tmp_path / name
        path.write_text('<?xml version="1.0"?><urlset/>' if name.endswith(".xml") else "x", encoding="utf-8")
        with pytest.raises(UnknownFormat) as info:
            check_inputs([str(path)])
        assert info.value.hint and ".jsonl" in info.value.hint


def test_explicit_file_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "article"
    path.write_text(page(paragraphs()), encoding="utf-8")
    (doc,), _ = read_all([path])
    assert doc.meta.format == "html" and doc.id == "article"
    binary = tmp_path / "blob"
    binary.write_bytes(b"\x00\x01\x02")
    with pytest.raises(UnknownFormat):
        check_inputs([str(binary)])


def test_broken_link_in_a_folder_is_an_unreadable_skip(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARABIC, encoding="utf-8")
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    docs, skips = read_all([tmp_path])
    assert [d.id for d in docs] == ["ok"]
    assert [(Path(s.source).name, s.reason) for s in skips] == [("link.txt", "unreadable")]


def deny_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make opening files called `name` fail as a permission error does (root ignores chmod 000)."""
    import builtins

    import rasad.ingest.streams as streams

    def guarded_open(file, *args, **kwargs):
        if Path(file).name == name:
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(streams, "open", guarded_open, raising=False)


def test_file_without_read_permission_is_an_unreadable_skip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARABIC, encoding="utf-8")
    (tmp_path / "open.txt").write_text(ARABIC, encoding="utf-8")
    deny_reading(monkeypatch, "secret.txt")
    docs, skips = read_all([tmp_path])
    assert [d.id for d in docs] == ["open"]
    assert [(Path(s.source).name, s.reason) for s in skips] == [("secret.txt", "unreadable")]
    assert "Permission denied" in skips[0].message


def test_bad_inputs_never_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a_binary.txt").write_bytes(b"\x00\xff" * 10)
    (tmp_path / "b_empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    cut = gzip.compress((json.dumps({"id": "r1", "text": ARABIC}) + "\n").encode() * 200)
    (tmp_path / "c_cut.jsonl.gz").write_bytes(cut[: len(cut) // 2])
    (tmp_path / "d_good.txt").write_text(ARABIC, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert isinstance(items[-1], Skip) is False and items[-1].id == "d_good"  # type: ignore[union-attr]
    reasons = [i.reason for i in items if isinstance(i, Skip)]
    assert reasons == ["binary", "empty", "truncated"]
    assert all(isinstance(i, Skip) and i.message for i in items if isinstance(i, Skip))


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (page(paragraphs()).encode(), "html"),
        (ARABIC.encode("cp1256"), "txt"),
        (gzip.compress(page(paragraphs()).encode()), "html"),
    ],
)
def test_stdin_format_is_sniffed(data: bytes, fmt: str) -> None:
    (doc,) = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert doc.meta.format == fmt  # type: ignore[union-attr]
    assert doc.text.split("\n")[0] == ARABIC.split("\n")[0]  # type: ignore[union-attr]


class _SlowPipe(io.RawIOBase):
    """A pipe that delivers a few bytes per read, as a slow producer does."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        chunk = self._data.read(min(len(buffer), 7))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_stdin_sniffing_waits_for_a_slow_pipe() -> None:
    data = b"\n" * 10 + page(paragraphs()).encode()
    (doc,) = list(read_inputs(["-"], stdin=_SlowPipe(data)))  # type: ignore[arg-type]
    assert doc.meta.format == "html"  # type: ignore[union-attr]


def test_stdin_warc() -> None:
    from tests.ingest.test_warc import _crawl

    data = b"".join(gzip.compress(r) for r in _crawl()[:1] * 2)
    items = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [(i.meta.format, i.source) for i in items] == [("warc", "-:1"), ("warc", "-:2")]  # type: ignore[union-attr]


def test_stdin_of_unknown_content_is_a_skip() -> None:
    (skip,) = list(read_inputs(["-"], stdin=io.BytesIO(b"\x00\x01binary")))
    assert isinstance(skip, Skip) and skip.reason == "unknown format"


def test_examples_folder(examples_dir: Path) -> None:
    docs, skips = read_all([examples_dir])
    assert skips == []
    assert len(docs) == 10  # 7 story pages, 2 feed entries, 1 unrelated page; not the README
    outlets = {d.meta.outlet for d in docs if d.meta.outlet}
    assert outlets == {"وكالة النهر للأنباء", "قناة الساحل الإخبارية"}


@pytest.mark.shared
def test_seed_files_read_exactly(seeds_dir: Path) -> None:
    docs, skips = read_all([seeds_dir])
    assert skips == []  # gold.json is not an input format and is passed over
    files = sorted(seeds_dir.glob("*.txt"))
    assert [d.id for d in docs] == [f.stem for f in files]
    for doc, file in zip(docs, files, strict=True):
        assert doc.text == file.read_text(encoding="utf-8")  # offsets agree with the scorer's reading


@pytest.mark.shared
def test_ant_corpus_first_records(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ant" / "ant_v2.1_multisource.jsonl.gz"
    items = []
    for item in read_inputs([str(path)]):
        items.append(item)
        if len(items) == 200:
            break
    docs = [i for i in items if not isinstance(i, Skip)]
    assert len(docs) >= 195
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        assert doc.text.strip() and doc.meta.format == "jsonl"
        assert doc.meta.outlet and doc.meta.published_how == "metadata"
        assert doc.meta.published and doc.meta.published[:4] in {"2017", "2018"}
        assert doc.source.startswith(f"{path}:")
