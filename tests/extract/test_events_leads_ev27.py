"""Events that a reading of random news leads found missed, on sentences written for these tests: a poisoning is an
attack on whom it names, storming a town is a raid, diplomats expelled are a sanction, a man wounded by gunfire was
attacked, warplanes destroying a depot attack it, a cause answered is older than the answer, and a noun with a pronoun
suffix takes no later mention for the genitive that pronoun fills."""

from __future__ import annotations

from rasad.extract.events.component import extract_events
from tests.extract.handmade import by_type, make_doc, of_type

ACTORS = {"بريطانيا": ("GPE", "kb:c:GB"), "روسيا": ("GPE", "kb:c:RU"), "سالم العبدالله": ("PER", "PER:سالم العبدالله"),
          "بلدة عزون": ("GPE", "GPE:عزون"), "البرلمان": ("ORG", "ORG:البرلمان"), "ماكرون": ("PER", "kb:p:macron"),
          "ترامب": ("PER", "kb:p:trump"), "الحلف": ("ORG", "ORG:الحلف")}
DAYS = {"الأربعاء": ("2023-05-17", None), "الخميس": ("2023-05-18", None)}


def _events(text: str):
    return extract_events(make_doc(text, mentions=ACTORS, timexes=DAYS, published="2023-05-18"))


def test_a_poisoning_is_an_attack_on_whom_it_names() -> None:
    e = by_type(_events("اتهمت بريطانيا روسيا الخميس بتسميم المعارض سالم العبدالله."))["ASSAULT"]
    assert e.target == "PER:سالم العبدالله"


def test_an_attack_answered_takes_not_the_day_of_the_answer() -> None:
    e = by_type(_events("استدعت بريطانيا الأربعاء السفير الروسي ردا على هجوم كيميائي في بلدة عزون."))["ASSAULT"]
    assert e.date is None


def test_an_attack_told_as_background_takes_not_the_day_of_the_act() -> None:
    e = by_type(_events("استدعت بريطانيا الأربعاء السفير الروسي على خلفية هجوم كيميائي في بلدة عزون."))["ASSAULT"]
    assert e.date is None


def test_food_poisoning_is_no_attack() -> None:
    assert not of_type(_events("أصيب عشرون تلميذا في بريطانيا الخميس بتسمم غذائي."), "ASSAULT")


def test_storming_a_town_is_a_raid() -> None:
    e = by_type(_events("اقتحمت قوات الاحتلال الأربعاء بلدة عزون."))["COERCE"]
    assert e.date == "2023-05-17"


def test_diplomats_expelled_counted_are_a_sanction() -> None:
    e = by_type(_events("أعلنت بريطانيا الأربعاء طرد 23 دبلوماسيا من روسيا."))["SANCTION"]
    assert (e.actor, e.date) == ("kb:c:GB", "2023-05-17")


def test_diplomats_expelled_with_the_expeller_between() -> None:
    e = by_type(_events("طردت روسيا الخميس سبعة من الدبلوماسيين البريطانيين."))["SANCTION"]
    assert (e.actor, e.date) == ("kb:c:RU", "2023-05-18")


def test_a_player_sent_off_is_no_sanction() -> None:
    assert not of_type(_events("طرد الحكم اللاعب سالم العبدالله الخميس في الدقيقة الثمانين."), "SANCTION")


def test_wounded_by_gunfire_is_an_attack_on_the_wounded() -> None:
    e = by_type(_events("أصيب ثلاثة شبان برصاص قوات الاحتلال الأربعاء قرب بلدة عزون."))["ASSAULT"]
    assert (e.date, e.location) == ("2023-05-17", "GPE:عزون")


def test_wounded_alone_is_no_attack() -> None:
    assert not of_type(_events("أصيب اللاعب سالم العبدالله الأربعاء في مباراة فريقه."), "ASSAULT")


def test_wounds_of_an_earlier_shooting_make_no_attack_on_the_day_of_the_death() -> None:
    assert not of_type(_events("توفي سالم العبدالله الخميس متأثرا بجروح أصيب بها برصاص قوات الاحتلال."), "ASSAULT")


def test_destroying_with_warplanes_is_an_attack() -> None:
    e = by_type(_events("ودمرت طائرات حربية الأربعاء مخزن أسلحة في بلدة عزون."))["ASSAULT"]
    assert (e.date, e.location) == ("2023-05-17", "GPE:عزون")


def test_storms_destroying_walls_make_no_attack() -> None:
    assert not of_type(_events("دمرت العواصف الأربعاء جدران المنازل في بلدة عزون."), "ASSAULT")


def test_a_noun_with_a_pronoun_suffix_takes_no_later_mention_as_its_actor() -> None:
    e = by_type(_events("أعلنت الحكومة الأربعاء عن تأييدها لبريطانيا في الأزمة."))["SUPPORT"]
    assert (e.actor, e.target) == (None, "kb:c:GB")
