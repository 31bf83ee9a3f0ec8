"""Publication dates from metadata values: the outlet's own calendar day."""

from __future__ import annotations

import pytest

from rasad.ingest.published import hash_id, parse_published, parse_published_time


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Sun, 18 Feb 2018 21:35:43 +0400", "2018-02-18"),
        ("Tue, 12 Mar 2024 23:45:00 -0500", "2024-03-12"),  # not the UTC day (13th)
        ("2024-03-12T01:30:00+03:00", "2024-03-12"),
        ("2024-03-12", "2024-03-12"),
        ("2024-3-5 10:00", "2024-03-05"),
        ("الثلاثاء 12 آذار 2024", "2024-03-12"),
        ("12 مارس 2024 - 10:45", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        (1710230400, "2024-03-12"),
        (1710230400000, "2024-03-12"),
        ("1710230400", "2024-03-12"),
        ("2024-02-30", None),
        ("1066-10-14", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (True, None),
        ({"date": "2024-03-12"}, None),
    ],
)
def test_parse_published(value: object, iso: str | None) -> None:
    assert parse_published(value) == iso


def test_hash_id_is_short_and_stable() -> None:
    assert hash_id("https://o.example/a") == hash_id("https://o.example/a") != hash_id("https://o.example/b")
    assert len(hash_id("نص")) == 16


@pytest.mark.parametrize(
    ("value", "clock"),
    [
        ("Mon, 16 Apr 2018 02:22:33 GMT", "02:22"),  # the outlet's clock as written, not converted
        ("2024-03-12T01:30:00+03:00", "01:30"),
        ("2024-3-5 10:00", "10:00"),
        ("2024-03-12", None),  # a bare day says nothing of the hour
        ("Sun, 18 Feb 2018", None),
        ("12 مارس 2024 - 10:45", None),  # written dates are read for their day only
        (1710230400, None),  # epoch seconds are UTC, not the outlet's clock
        ("2024-02-30T10:00", None),
        (None, None),
    ],
)
def test_parse_published_time(value: object, clock: str | None) -> None:
    assert parse_published_time(value) == clock
