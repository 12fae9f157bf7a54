"""Titles of works listed after a plural work noun and 'such as', 'like' or 'including'
(kg_builder/extract/work_lists.py listed_after_kind, read by work_syntax.py): the parser hangs
such a list together at random ('Raging' a verb, 'Everything Or Nothing' split across the
clause), so the list is read from the words and marks. Sentences from development articles
(not in tests/data/audit/split.json; entities52's sample, seed 3950): bbc-entertainment-372,
-262, -281 and bbc-tech-245, each read as a person or an organisation before this rule. The
owners, people and bodies beside such a list stay."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "titles"), [
    # "such films as": the parser reads 'Raging' as a verb (bbc-entertainment-372)
    ("He has never won despite being nominated for such films as Raging Bull and Goodfellas.",
     {"Raging Bull", "Goodfellas"}),
    # "Songs like": the NER cuts the title (bbc-entertainment-262)
    ("Songs like Sunday Bloody Sunday and New Year's Day brought success and an image as a "
     "political and spiritual band - which Bono rejected as a cliche.",
     {"Sunday Bloody", "Sunday Bloody Sunday"}),
    # "games like": two titles glued into one organisation (bbc-tech-245)
    ("Recent Bond games like Nightfire and Everything Or Nothing were very competent and did a "
     "fine job of capturing the sense of flair of the film franchise.",
     {"Nightfire", "Nightfire and Everything Or Nothing"}),
    # a comma before "including", a title with 'in' inside it (bbc-entertainment-281)
    ("He has had 12 UK hit singles, including Hot in Herre, Dilemma and recent number one Over "
     "and Over.", {"Herre", "Hot in Herre"}),
])
def test_titles_after_a_plural_work_noun(read_entities, text, titles):
    labels = {label for label, _ in read_entities(text)}
    assert not labels & titles, f"read as entities: {labels & titles}"


@pytest.mark.parametrize(("text", "present"), [
    # a name owning the title after it is its maker (written)
    ("Critics praised films such as Martin Scorsese's Gangs of New York.",
     {("Martin Scorsese", "Person")}),
    # a maker's name the gazetteers know opening an item: the company (bbc-tech-203)
    ("Five titles, including Sony EyeToy Play and EA's Need for Speed: Underground 2, managed "
     "this feat according to figures compiled by Chart-Track. However, Sony's PlayStation 2 "
     "was the top seller.", {("Sony", "Company")}),
    # a plural noun that is no work's: the people listed stay (written)
    ("Stars such as Robbie Williams and Kate Winslet attended the premiere of the film.",
     {("Robbie Williams", "Person"), ("Kate Winslet", "Person")}),
    # the list's opening words are no list of works: "films" is the object, the names stay
    # (after bbc-entertainment-372)
    ("Jamie Foxx and Clint Eastwood, like Martin Scorsese, made films including one about "
     "Howard Hughes.", {("Jamie Foxx", "Person"), ("Clint Eastwood", "Person"),
                        ("Martin Scorsese", "Person"), ("Howard Hughes", "Person")}),
])
def test_names_that_stay(assert_read, text, present):
    assert_read(text, present, set())
