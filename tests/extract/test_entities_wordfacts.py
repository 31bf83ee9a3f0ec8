"""The recogniser's per-word record (`wordfacts`) gives what each rule's own function gives."""

from __future__ import annotations

import pytest

from rasad.arabic.normalize import norm
from rasad.extract.entities.bodies import starts_institution, starts_medium
from rasad.extract.entities.kb import kb_starts
from rasad.extract.entities.patterns import head_type, head_written, is_demonym, names_around_place
from rasad.extract.entities.places import place_head
from rasad.extract.entities.rules import letter_stem
from rasad.extract.entities.sport_clubs import club_readings
from rasad.extract.entities.wordfacts import word_facts

# Proclitics, the article, لل before the article, KB names and homographs, letter names, outlets,
# institutions, head nouns (with and without a hamza, naming institutions after their town or not),
# place heads, nationalities and clubs; and words that are none of these.
WORDS = (
    "وبغداد", "لبغداد", "العراق", "للعراق", "المالي", "مالي", "ومالي", "دوما", "وإس", "إس", "بي", "للتلفزيون",
    "والتلفزيون", "الديوان", "والدفاع", "مطار", "ومطار", "المطار", "للمطار", "جامعة", "بجامعة", "وادي", "وأدى",
    "منطقة", "ومنطقة", "المنطقة", "العراقي", "والعراقيين", "أردني", "قال", "الرئيس", "كتاب", "و", "،", "NTV",
    "ليفربول", "وليفربول", "برشلونة", "لبرشلونة", "الهلال", "والأهلي",
)  # fmt: skip


@pytest.mark.parametrize("surface", WORDS)
def test_word_facts_agree_with_each_rule(surface: str) -> None:
    word = norm(surface)
    facts = word_facts(word)
    assert facts.kb == kb_starts(word)
    assert facts.letter == letter_stem(word)
    assert facts.medium == starts_medium()(word)
    assert facts.institution == starts_institution()(word)
    assert facts.place == place_head(word)
    assert facts.demonym == is_demonym(word)
    assert facts.club == club_readings(word)
    assert (facts.head.type if facts.head else None) == head_type(word)
    if facts.head:
        assert facts.head.written == head_written(word)
        assert facts.head.around == names_around_place(word)


def test_word_facts_read_what_the_rules_need() -> None:
    assert word_facts(norm("ومالي")).kb == (("و", "مالي", True),)  # Mali, also "financial": a homograph
    assert word_facts(norm("وبغداد")).kb == (("و", "بغداد", False),)
    assert word_facts(norm("المالي")).kb == ()  # the article is never taken off
    head = word_facts(norm("بجامعة")).head
    assert head is not None and head.type == "ORG" and head.around
    assert word_facts(norm("العراقيين")).demonym
    assert word_facts(norm("وإس")).letter == "اس"
