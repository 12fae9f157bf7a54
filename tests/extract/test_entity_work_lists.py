"""Titles of works by the words and marks around them (kg_builder/extract/work_lists.py; issue 16):
a name listed by commas, 'and' or 'or' with a work's title in an arts report, and a subtitle after
a colon, wherever the article names it again. Invented sentences, after the patterns of
development articles (entities48's sample, seed 4801: 'Leading contenders The Aviator, Million
Dollar Baby and Ray', 'Games linked to Shrek, The Incredibles, …', 'Dead Man's Shoes, Harry
Potter and the Prisoner of Azkaban, …', 'Medal of Honor: Pacific Assault … an early scene in
Pacific Assault', 'Star Wars: The Phantom Menace'); each fails on the code before this module.
The people, companies and bodies listed beside a title stay."""

from __future__ import annotations

import pytest

from tests.extract.frames import ARTS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "titles"), [
    # listed with two well-known titles (a box-office chart)
    ("The horror film topped the UK cinema chart this weekend, and the actress in it won praise. "
     "Leading contenders The Aviator, Million Dollar Baby and Bellamy all suffered drops in "
     "takings compared with the previous weekend.", {"Bellamy"}),
    ("The horror film topped the UK cinema chart this weekend, and the actress in it won praise. "
     "Leading contenders The Aviator, Million Dollar Baby and Kinsella all suffered drops in "
     "takings.", {"Kinsella"}),
    # a list the list's first words open ('to Shrek')
    ("The chart of best-selling videogames was dominated by film tie-ins, and the console makers "
     "said the sequel sold well. Games linked to Shrek, The Incredibles and Thornfield were all "
     "in the top 20.", {"Shrek"}),
    # a title with 'and' in it: its parts are items of the list too
    ("The critic tipped the film for the best actress award, and said the movie's director "
     "deserved an Oscar. Her other favourites were Kestrel Bay, Harry Potter and the Prisoner of "
     "Azkaban, and Shaun of the Dead.", {"Kestrel Bay", "Azkaban"}),
    # a subtitle after a colon, here and later, in a report that is no arts report
    ("The shooter has been updated for console formats. On a near-identical note, Shield of "
     "Valour: Coral Strike does all it can to make you feel part of a team. A winning moment is "
     "an early scene in Coral Strike, where you come under attack.", {"Coral Strike"}),
    # a subtitle after a colon and 'The'
    ("The actor, whose films include Dark Harbour and Star Wars: The Silent Menace, said the "
     "theatre was important to the city. The film star and the singer attended the premiere.",
     {"Silent Menace"}),
])
def test_listed_titles_and_subtitles_are_no_entities(read_entities, text, titles):
    found = {label for label, _ in read_entities(text)}
    assert not titles & found, found


@pytest.mark.parametrize(("text", "kept"), [
    # a title that modifies the next words is no item of the list: 'Honor Blackman' was read as
    # a work beside 'Strictly Come Dancing' (gate article, found by the pm38 gate diff)
    (ARTS + "Other stars who turned out on the night included Honor Blackman, Strictly Come "
     "Dancing presenter Tess Daly and actress Anita Dobson.",
     {("Honor Blackman", "Person"), ("Tess Daly", "Person")}),
    # people listed beside a title: their given names or full names keep them
    (ARTS + "The stars of Million Dollar Baby, Hilary Swank and Clint Eastwood, were at the "
     "cinema.", {("Hilary Swank", "Person"), ("Clint Eastwood", "Person")}),
    ("The film's director Martin Scorsese and the actor Clint Eastwood were at the premiere of the "
     "movie, with the singer. Winners included The Aviator, Scorsese and Eastwood.",
     {("Martin Scorsese", "Person"), ("Clint Eastwood", "Person")}),
    # a list that names people beside a title is a cast ('Robots' read as a film)
    ("Animated movie Gearworks has opened at the top of the US box office chart, taking $36.5m "
     "on its first weekend.\n\nFeaturing the voices of Ewan McGregor, Halle Berry, Robin Williams "
     "and Mel Brooks, Gearworks follows a robot inventor who moves to a big city. The family "
     "comedy The Pacifier fell to the number two spot.",
     {("Mel Brooks", "Person"), ("Halle Berry", "Person")}),
    # a band owning a title listed with others is the band
    (ARTS + "Albums recorded at the studio include Bruce Springsteen's Born In The USA, the "
     "Rolling Stones' Emotional Rescue and Paul Simon's Graceland.",
     {("Rolling Stones", "Organization")}),
    # awards listed with a body that gives one: the body stays
    (ARTS + "The comedians won numerous awards for Little Britain in 2004, including National "
     "Television, Royal Television Society and British Comedy awards.",
     {("Royal Television Society", "NonGovernmentalOrganization")}),
    # companies in a list of their own, before a verb and a title
    (ARTS + "Sony, Warner and Universal said The Aviator had taken $100m, while Paramount, Fox "
     "and Disney said little.", {("Sony", "Company"), ("Warner", "Organization"),
                                 ("Paramount", "Organization")}),
    # a colon after one capitalised word is no title's ('Note: …', a heading)
    ("Campaigners in Kent said the plan was wrong. The vote in Kent: Maidstone Council backed "
     "the plan, and Maidstone Council will meet again.",
     {("Maidstone Council", "GovernmentBody")}),
    # a person after a colon keeps his given name
    ("Campaigners in the county said the plan was wrong. Labour Party: Tony Blair backed the "
     "plan, and Mr Blair will meet them again.", {("Tony Blair", "Person")}),
])
def test_names_beside_titles_stay(read_entities, text, kept):
    found = set(read_entities(text))
    assert kept <= found, found
