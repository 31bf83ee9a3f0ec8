"""A day inside what a verb of calling asks for (دعت ... إلى ... الأربعاء) is the nearest such day either way:
the act called for follows the call. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.extract.time import tag

MONDAY = dt.date(2018, 6, 4)


def value(text: str, ref: dt.date = MONDAY) -> str | None:
    (hit,) = tag(text, ref)
    return hit.value


@pytest.mark.parametrize(("text", "day"), [
    ("ودعت النقابات المهنية إلى تنفيذ إضراب جديد الأربعاء.", "2018-06-06"),
    ("ودعا الاتحاد العمال إلى التظاهر أمام البرلمان يوم الأربعاء", "2018-06-06"),
    ("ودعت روسيا إلى اجتماع طارئ لمجلس الأمن الخميس لبحث الهجوم", "2018-06-07"),
])
def test_the_day_of_the_act_called_for_lies_ahead_when_nearer(text, day):
    assert value(text) == day


@pytest.mark.parametrize(("text", "day"), [
    ("وقد دعا قادة المعارضة السكان إلى البقاء في بيوتهم الأحد", "2018-06-03"),  # yesterday is nearer
    ("ودعا الرئيس، الأربعاء، إلى الحوار", "2018-05-30"),  # the day of the call, set off by commas
    ("ونفذت النقابات إضرابا الأربعاء", "2018-05-30"),  # no call: the past, as before
])
def test_the_call_s_own_day_and_a_nearer_past_day(text, day):
    assert value(text) == day
