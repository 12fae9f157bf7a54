"""Characters of works are no entities (kg_builder/extract/characters.py, read by cues.py): in an
arts report, a name an actor plays, by the syntax of the part. Sentences from development
articles (not in tests/data/audit/split.json; entities52's sample, seed 3950):
bbc-entertainment-056, -183, -198, -275, each read as a person or an organisation before this
rule; -242 and -354 of the development set for more of the same. The actors, the real people
a biopic portrays (a full name) and the places a band plays stay."""

from __future__ import annotations

import pytest

from tests.extract.frames import ARTS

pytestmark = pytest.mark.slow


def _no_characters(read_entities, text: str, characters: set[str],
                   present: set[tuple[str, str]]) -> None:
    """None of ``characters`` is read as an entity of ``text``; every one of ``present`` is."""
    found = set(read_entities(text))
    labels = {label for label, _ in found}
    assert not labels & characters, f"read as entities: {labels & characters}"
    assert present <= found, f"not read: {present - found}"


@pytest.mark.parametrize(("text", "characters", "present"), [
    # "the role of": bbc-entertainment-056 ("Don" a rank)
    (ARTS + "But Brando, who died last July at the age of 80, eventually took the role of Don "
     "Corleone, winning him an Oscar in 1973 which he notoriously refused.",
     {"Don Corleone"}, set()),
    # "as" after a verb of casting: bbc-entertainment-183
    (ARTS + "Enterprise stars former Quantum Leap actor Scott Bakula as Captain Archer and is "
     "set before the original 1960s Star Trek series.",
     {"Archer", "Captain Archer"}, {("Scott Bakula", "Person")}),
    # a verb of playing and "in" a work: bbc-entertainment-275
    (ARTS + "Dame Judi Dench lost out in the best supporting role category to Amanda Harris, "
     "who played Emilia in Othello for the Royal Shakespeare Company.",
     {"Emilia"}, {("Amanda Harris", "Person")}),
    # "the part of", and a name in apposition to the part: bbc-entertainment-198
    (ARTS + "Other TV appearances included the part of Matron in ITV drama Footballers' Wives "
     "and a cameo role as Tom Farrell's mother Sheila in BBC comedy Gimme Gimme Gimme.",
     {"Matron", "Sheila"}, set()),
    # one word after a verb of playing: after bbc-entertainment-354
    (ARTS + "Emma Watson, who plays Hermione in the Harry Potter films, was also there.",
     {"Hermione"}, {("Emma Watson", "Person")}),
])
def test_played_characters(read_entities, text, characters, present):
    _no_characters(read_entities, text, characters, present)


@pytest.mark.parametrize(("text", "present"), [
    # a full name may be the real person a biopic portrays (after bbc-entertainment-078)
    (ARTS + "Foxx is regarded as almost unbeatable for his performance as Ray Charles in Ray.",
     {("Ray Charles", "Person")}),
    # the surname of a person the article names in full (after bbc-entertainment-039)
    (ARTS + "The film is about the tycoon Howard Hughes. Mr Evans persuaded DiCaprio to play "
     "Hughes in The Aviator.", {("Howard Hughes", "Person")}),
    # a band plays a capital, in a year: no part (written, after bbc-entertainment-322)
    ("The band released their new album and the singer sang at the concert. Later the band "
     "played Dublin in 2004.", {("Ireland", "State")}),
    # ... or in front of fans: a common noun after "in" (written)
    ("The band released their new album and the singer sang at the concert. Later the band "
     "played Dublin in front of 40,000 fans.", {("Ireland", "State")}),
])
def test_names_that_stay(assert_read, text, present):
    assert_read(text, present, set())


def test_no_characters_outside_arts_reports(read_entities):
    """A report that is no arts report plays no parts (written)."""
    text = ("The minister told parliament the bill would pass. Aides said Mr Mandelson had "
            "played Iago in the plot against the leader.")
    assert "Iago" in {label for label, _ in read_entities(text)}


@pytest.mark.parametrize(("text", "characters", "present"), [
    # a list after "characters like": bbc-entertainment-048
    (ARTS + "He credited the screen legend's raw hypnotic energy and his ability to create "
     "characters like Stanley Kowalski and Terry Malloy that will live forever in the annals of "
     "film history.", {"Stanley Kowalski", "Terry Malloy"}, set()),
    # "the character of": bbc-entertainment-386
    (ARTS + "The character of Wonder Woman, famed for her red and gold costume, was born on "
     "Paradise Island.", {"Wonder Woman"}, set()),
    # a hero in an arts report, a full name: bbc-entertainment-299
    (ARTS + "Fry will provide the voice of The Guide, an electronic book which accompanies the "
     "story's hero Arthur Dent on his travels around the galaxy.", {"Arthur Dent"}, set()),
    # ... in a game review (an arts report): bbc-tech-244
    (ARTS + "The game's visuals echo those of the original, but it promises to expand the Ico "
     "world, with hero Wanda taking on a series of giants.", {"Wanda"}, set()),
    # an alter ego: bbc-entertainment-262
    (ARTS + "The tour brought live phone calls to the White House and Bono's transformation "
     "into alter-egos The Fly and MacPhisto.", {"Fly", "The Fly"}, {("Bono", "Person")}),
])
def test_named_characters(read_entities, text, characters, present):
    _no_characters(read_entities, text, characters, present)


@pytest.mark.parametrize(("text", "present"), [
    # a hero of sport stays (written)
    ("Olympic hero Kelly Holmes won the race in Athens and the striker scored a goal for the "
     "club in the match.", {("Kelly Holmes", "Person")}),
    # heroes in a list are people too: bbc-tech-276
    (ARTS + "People will want to play video games if their heroes like Robbie Williams or "
     "Christina Aguilera are in them.", {("Robbie Williams", "Person"),
                                        ("Christina Aguilera", "Person")}),
    # a villain outside arts reports is a real one (written)
    ("The minister said villain Tony Smith had been jailed for the robbery.",
     {("Tony Smith", "Person")}),
])
def test_heroes_that_stay(assert_read, text, present):
    assert_read(text, present, set())


@pytest.mark.parametrize(("text", "characters", "present"), [
    # well-known characters: bbc-entertainment-382
    (ARTS + "Revenge of the Sith chronicles the transformation of the heroic Anakin Skywalker "
     "into the evil Darth Vader as he travels to a Hell-like planet.",
     {"Anakin Skywalker", "Darth Vader"}, set()),
    # a list of them: bbc-entertainment-305
    (ARTS + "After a rival comic had come up with a superteam consisting of Batman, Superman "
     "and Wonder Woman, Timely needed to respond.", {"Batman", "Superman", "Wonder Woman"},
     set()),
    # the last word of one the article writes in full: bbc-entertainment-333
    (ARTS + "Bookmaker William Hill has stopped taking bets on who will be the next James Bond. "
     "The next Bond will be named soon, said Pierce Brosnan.", {"James Bond", "Bond"},
     {("Pierce Brosnan", "Person")}),
    # ... but not the surname of a real person of the article (after bbc-entertainment-098)
    (ARTS + "Its protagonist is a Harvard professor likened to a contemporary Indiana Jones. "
     "Singer Norah Jones also attended.", {"Indiana Jones"}, {("Norah Jones", "Person")}),
])
def test_known_characters(read_entities, text, characters, present):
    _no_characters(read_entities, text, characters, present)
