"""Well-known titles of works (work_syntax.json's work_names) with what their names go on with,
no entities (issue 16, entities37), through the real model: the (label, kind) pairs a passage
must and must not yield. Sentences from the development part of the BBC corpus
(tests/data/audit/split.json), shortened, or written in news style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the title and a subtitle after ':' (bbc-entertainment-183)
    ("Star Trek fans have taken out a full-page ad in the Los Angeles Times in an attempt to "
     "persuade TV executives not to scrap Star Trek: Enterprise.",
     {("Los Angeles Times", "MediaOrganization")}, {("Star Trek: Enterprise", "Company")}),
    # a capitalised word and the title (bbc-entertainment-225)
    ("Jackie Stallone, mother of actor Sylvester, has become the first star to be evicted from "
     "Celebrity Big Brother.",
     {("Jackie Stallone", "Person")}, {("Celebrity Big Brother", "Place")}),
    # a title without its sequel's number, where the article writes it with one (bbc-tech-170)
    ("Hardcore gamers play blockbusters like Half-Life 2, or Halo 2 on Xbox. \"When hardcore "
     "gamers are not playing Halo, they are playing poker and pool,\" said Geoff Graber.",
     {("Geoff Graber", "Person")}, {("Halo", "Person")}),
    # the title and a possessive (bbc-tech-154)
    ("Could Half-Life 2 possibly live up to the hype? Whereas the highly impressive Doom III felt "
     "like a top-notch theme park thrill-ride, wandering through Half-Life's world truly does feel "
     "like being part of a movie.", set(), {("Half-Life", "Organization")}),
    # the subtitle after the title and ':', and alone later (bbc-tech-125)
    ("The warm reception that has greeted Star Wars: Battlefront is a reflection of its "
     "back-to-basics approach. Whilst it is firmly designed with multiplayer action in mind, "
     "Battlefront is actually perfectly good fun as an offline game.",
     set(), {("Battlefront", "City")}),
])
def test_a_known_title_and_what_its_name_goes_on_with_are_no_entities(assert_read, text, present,
                                                                       absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # names after a title that are no part of it stay what they are
    ("Shrek 2 made far more money than DreamWorks had expected, said Jeffrey Katzenberg.",
     {("Jeffrey Katzenberg", "Person")}),
    ("Star Wars creator George Lucas said his studio would not make a seventh film.",
     {("George Lucas", "Person")}),
])
def test_names_beside_a_known_title_stay(assert_read, text, present):
    assert_read(text, present, set())
