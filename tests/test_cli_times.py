import io
import json

import pytest

from rasad.cli import main
from rasad.commands.times import run


class Args:
    def __init__(self, ref):
        self.ref = ref


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_one_json_object_per_line_with_offsets_into_the_line():
    out = io.StringIO()
    run(Args("2022-01-05"), io.StringIO("وصل الوفد أمس الثلاثاء\nلا تاريخ هنا\n"), out)
    first, second = lines(out.getvalue())
    (t,) = first["timexes"]
    assert first["text"][t["start"] : t["end"]] == t["text"] == "أمس الثلاثاء"
    assert (t["value"], t["mod"]) == ("2022-01-04", None)
    assert second == {"text": "لا تاريخ هنا", "timexes": []}
    assert "\\u" not in out.getvalue()  # Arabic is written as is


def test_without_ref_relative_values_are_null():
    out = io.StringIO()
    run(Args(None), io.StringIO("في نهاية العام الماضي وفي صيف 2020\n"), out)
    values = [(t["value"], t["mod"]) for t in lines(out.getvalue())[0]["timexes"]]
    assert values == [(None, "END"), ("2020-SU", None)]


def test_bad_ref_is_a_usage_error(capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("أمس\n"))
    assert main(["times", "--ref", "05/01/2022"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize("ref", ["2021-12-09"])
def test_through_the_main_entry_point(ref, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("الشهر الماضي\n"))
    assert main(["times", "--ref", ref]) == 0
    assert lines(capsys.readouterr().out)[0]["timexes"][0]["value"] == "2021-11"
