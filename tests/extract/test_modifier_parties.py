"""The party a noun's modifier names is not always the party the noun names (mentions.py,
mentions.json private_heads): a state named in apposition after a common noun is that state
("Norway's neighbour Britain"), a demonym the NER read with a word before it is not the state of
its last word ("Latin American leaders"), and a state's employers are not the state. Sentences of
the dev11 development articles (judged wrong in the events19 reading of 104 rows) or invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers", "mutual")


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-19509 (dev11: Norway refused, it was Britain)
    ("Norway's North Sea neighbour Britain has consistently refused to cooperate with OPEC "
     "output cuts.",
     {("United Kingdom", "Rejection", "Organization of the Petroleum Exporting Countries"),
      ("United Kingdom", "Cooperation", "Organization of the Petroleum Exporting Countries")}),
    # invented
    ("Russia's neighbour Ukraine accused Moscow.", {("Ukraine", "Accusation", "Russia")}),
    ("The US ally Israel criticised Syria.", {("Israel", "Criticism", "Syria")}),
])
def test_a_state_in_apposition_is_the_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name set off by commas after a singular common noun is what the noun stands for, not
    # the noun's owner: bbc-business-192 (the development recall gold: Menatep sues, not
    # Yukos), the others invented
    ("Yukos' parent company, the Gibraltar-based Menatep Group, is suing Russia in Europe for "
     "$28.3bn in financial damages.", {("Menatep Group", "Lawsuit", "Russia")}),
    ("Japan's main opposition party, the Japan Socialist Party, accused Yasuhiro Nakasone of "
     "breaking his promise.", {("Japan Socialist Party", "Accusation", "Yasuhiro Nakasone")}),
    ("Britain's main opposition party, the Labour Party, criticised Margaret Thatcher over the "
     "strike.", {("Labour Party (United Kingdom)", "Criticism", "Margaret Thatcher")}),
    # a list after a plural noun is no apposition of one name
    ("Japan's partners, Britain, France and Italy, criticised the plan.", set()),
])
def test_a_name_set_off_by_commas_is_the_party(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reuters-7589 (dev11: the United States backed Brazil)
    ("Virtually all Latin American leaders backed Brazil's suspension of interest payments on 68 "
     "billion dlrs of private bank debt last month.",
     {("Latin American leaders", "Support", "Brazil")}),
    # invented
    ("South American leaders met Brazil's president.",
     {("South American leaders", "Meeting", "Brazil")}),
    # … while a demonym the NER reads whole is still its state
    ("North Korean officials criticised Japan.", {("North Korea", "Criticism", "Japan")}),
    ("American officials criticised Japan.", {("United States", "Criticism", "Japan")}),
    # reuters-14809 (dev sheet c3, a right row kept: the dateline is not part of the demonym)
    ("BAHRAIN - Iranian forces have renewed their assault on Iraqi lines defending the southern "
     "city of Basra.", {("Iran", "Attack", "Iraq")}),
    # … and a group is named by a people's name, not by another name it opens with (bbc-tech-120,
    # dev sheet c5: '- year - old man' once groups were named from any name)
    ("A 19-year-old man from Camberley, Surrey, was arrested by the National Hi-Tech Crime Unit "
     "but has been bailed.", {("National Hi-Tech Crime Unit", "Arrest", "old man")}),
])
def test_a_demonym_is_read_whole(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # invented (after reuters-11234, dev11: wage talks of Germany's employers read as Germany's)
    ("Germany's major employers criticised the unions.", set()),
    ("Talks between Germany's major employers and the unions resumed.", set()),
    # … while the state's leaders stand for it
    ("Germany's leaders criticised the unions.", {("Germany", "Criticism", "unions")}),
])
def test_a_states_employers_are_not_the_state(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected
