"""An officer's demand on the body or state he holds his post in is its own policy, no event
between two parties; a party visits or sanctions no state it belongs to
(kg_builder/self_directed.py, applied after resolution)."""

from __future__ import annotations

import pytest

from kg_builder.model import Event, Span
from kg_builder.eras import Term
from kg_builder.self_directed import (NATIONAL, Post, aimed_at_oneself, national_posts,
                                      office_posts, state_office)

_SPAN = Span(begin=0, end=1, text="x")


@pytest.mark.parametrize(("event", "relation", "expected"), [
    ("Demand", "employedBy", True),
    ("Demand", "leaderOf", True),
    # a former holder still asks of his old employer; an accusation is no policy of one's own
    ("Demand", "affiliatedWith", False),
    ("Accusation", "employedBy", False),
])
def test_aimed_at_oneself(event, relation, expected):
    ev = Event(type=event, agent="person/a", target="state/JPN", evidence=_SPAN, trigger="said")
    posts = [Post(holder="person/a", relation=relation, body="state/JPN", by_city=False)]
    assert aimed_at_oneself(ev, posts) is expected


@pytest.mark.parametrize(("event", "agent", "target", "expected"), [
    # a meeting between an officer and the state he serves, either way, is none (dev12
    # reuters-12603 'Lyng told the U.S. cattlemen', dev11 reuters-10910 Ozal's talks with
    # 'Turkish Ambassador to Athens Nazmi Akiman', both read as the officer's own state)
    ("Consultation", "person/a", "state/JPN", True),
    ("Meeting", "state/JPN", "person/a", True),
    # … a body of the state stays a party ('Robert Byrd told the Senate'), and a rejection of
    # the state is no meeting ('Senator John Danforth rejected the administration's plan')
    ("Consultation", "person/a", "org/senate", False),
    ("Rejection", "person/a", "state/JPN", False),
])
def test_an_officer_meets_no_state_of_his_own(event, agent, target, expected):
    ev = Event(type=event, agent=agent, target=target, evidence=_SPAN, trigger="met")
    posts = [Post(holder="person/a", relation="employedBy", body="state/JPN", by_city=False),
             Post(holder="person/a", relation="leaderOf", body="org/senate", by_city=False)]
    assert aimed_at_oneself(ev, posts) is expected


def test_a_citys_officer_serves_no_state():
    ev = Event(type="Demand", agent="person/a", target="state/RUS", evidence=_SPAN, trigger="said")
    posts = [Post(holder="person/a", relation="leaderOf", body="state/RUS", by_city=True)]
    assert not aimed_at_oneself(ev, posts)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for the rule: the minister of the state, the head of the bank
    ("Japanese Finance Minister Kiichi Miyazawa said the government must stimulate domestic "
     "demand.", set()),
    ("Bundesbank President Karl Otto Poehl said the Bundesbank must keep interest rates steady.",
     set()),
    # … a demand on another party, or by a former holder, stays one
    ("Japanese Finance Minister Kiichi Miyazawa said the United States must cut its budget "
     "deficit.", {("Kiichi Miyazawa", "Demand", "United States")}),
    ("Former Bundesbank President Karl Otto Poehl said the Bundesbank must cut interest rates.",
     {("Karl Otto Poehl", "Demand", "Bundesbank")}),
    # a city's officer, or one of a body in a city, holds no post of its state (a development
    # sentence of reuters-7530, whose Demand on the government the first version of the rule
    # removed, and one written for the test)
    ("Miodrag Lazarevic, president of the Belgrade trade unions council, said the government "
     "must take responsibility for the effects of the law imposing the wage freeze.",
     {("Miodrag Lazarevic", "Demand", "Serbia")}),
    ("Moscow Mayor Yuri Luzhkov said the government must act.",
     {("Yury Luzhkov", "Demand", "Russia")}),
])
def test_an_officers_demand_on_his_own_body(read_with, text, expected):
    assert read_with(text, "demand") == expected


@pytest.mark.parametrize(("title", "of", "expected"), [
    ("President", "USA", True),
    ("Secretary of the Treasury", "USA", True),
    ("Chancellor of the Exchequer", "GBR", True),
    # a party's or the opposition's leader, a legislator, a city's or a region's officer, and an
    # office of a body that is no state hold no post of the state's government
    ("Opposition leader", "GBR", False),
    ("Senator", "USA", False),
    ("Mayor of Moscow", "RUS", False),
    ("First Minister of Scotland", "GBR", False),
    ("Labour Party leader", "Labour Party (United Kingdom)", False),
])
def test_a_state_office_of_the_dictionary(title, of, expected):
    assert state_office(Term(title, 1990, 2000, of)) is expected


def test_dictionary_posts_are_held_in_the_articles_year():
    careers = [("person/reagan", (Term("President", 1981, 1989, "USA"),
                                  Term("Governor of California", 1967, 1975, "USA")))]
    assert office_posts(careers, year=1987) == [
        Post(holder="person/reagan", relation="leaderOf", body="state/USA", by_city=False)]
    assert office_posts(careers, year=1972) == []
    assert office_posts(careers, year=None) == []  # no year: no guess


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # sentences written for the rule: an office holder the actor dictionary knows says what his
    # own state must do, named after a pronoun (the extraction cannot tell whose state it is;
    # held-out audit v18 judged two such Demand rows 'not an event')
    ("Treasury Secretary James Baker spoke in Washington on Tuesday. He said the United States "
     "must also do more to curb imports.", "1987-04-02", set()),
    # … a demand on another state stays, and so does one made in a year he held no office of it
    ("Treasury Secretary James Baker spoke in Washington on Tuesday. He said Japan must also "
     "do more to open its markets.", "1987-04-02", {("James Baker", "Demand", "Japan")}),
    ("Treasury Secretary James Baker spoke in Washington on Tuesday. He said the United States "
     "must also do more to curb imports.", "1979-04-02",
     {("James Baker", "Demand", "United States")}),
])
def test_an_office_holders_demand_on_his_own_state(nlp, text, published, expected):
    from kg_builder.extract import read_doc
    from kg_builder.model import Article
    from kg_builder.resolve import resolve
    reading = read_doc(nlp(text), Article(id="t", text=text, published=published),
                       constructions=("demand",))
    extraction = resolve(reading)
    labels = {e.key: e.label for e in extraction.entities}
    assert {(labels[e.agent], e.type, labels.get(e.target or "")) for e in extraction.events} == expected


def test_national_posts():
    assert national_posts([("group/t/yugoslav-leaders", "YUG")],
                          [("person/castro", frozenset({"CUB"})), ("person/nobody", frozenset())]) == [
        Post(holder="group/t/yugoslav-leaders", relation=NATIONAL, body="state/YUG", by_city=False),
        Post(holder="person/castro", relation=NATIONAL, body="state/CUB", by_city=False)]


@pytest.mark.parametrize(("event", "agent", "target", "relation", "expected"), [
    # a tour of one's own country, a measure in one's own state: none between two parties
    ("Visit", "group/a", "state/YUG", NATIONAL, True),
    ("Sanction", "person/a", "state/YUG", NATIONAL, True),
    ("Sanction", "person/a", "state/YUG", "employedBy", True),
    # … another state, the state's act on its national, a former holder's act, and a demand,
    # a meeting or a protest of a state's people on their own government stay
    ("Visit", "group/a", "state/GRC", NATIONAL, False),
    ("Sanction", "state/YUG", "group/a", NATIONAL, False),
    ("Sanction", "person/a", "state/YUG", "affiliatedWith", False),
    ("Request", "group/a", "state/YUG", NATIONAL, False),
    ("Meeting", "group/a", "state/YUG", NATIONAL, False),
    ("Protest", "group/a", "state/YUG", NATIONAL, False),
])
def test_no_visit_or_sanction_of_ones_own_state(event, agent, target, relation, expected):
    ev = Event(type=event, agent=agent, target=target, evidence=_SPAN, trigger="x")
    posts = [Post(holder="group/a", relation=relation, body="state/YUG", by_city=False),
             Post(holder="person/a", relation=relation, body="state/YUG", by_city=False)]
    assert aimed_at_oneself(ev, posts) is expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a development sentence (reuters-5155) and ones written for the rule: a group named after a
    # state's people touring the country visits no one; a leader's measure in his own state is
    # its policy, no sanction (bbc-business-200)
    ("Yugoslav trade union leaders are touring the country in an attempt to quell a wave of "
     "strikes following a partial wages freeze.", set()),
    ("Hungarian steel union leaders toured the country on Monday to calm the striking workers.",
     set()),
    ("Fidel Castro's decision to ban all cash transactions in US dollars in Cuba has once more "
     "turned the spotlight on Cuba's ailing economy.", set()),
    ("President Fidel Castro's decision to impose new restrictions on Cuba has surprised "
     "foreign investors.", set()),
    # … a visit to, or a measure on, another state stays, and so does a state's people's
    # request of, or protest against, their own government
    ("Venezuelan union leaders toured Colombia last week to rally support for the strikers.",
     {("Venezuelan union leaders", "Visit", "Colombia")}),
    ("Fidel Castro's decision to ban all imports from the United States has once more turned "
     "the spotlight on Cuba's ailing economy.", {("Fidel Castro", "Sanction", "United States")}),
    ("Robert Mugabe's decision to impose sanctions on Zimbabwe's white farmers angered Britain.",
     {("Robert Mugabe", "Sanction", "white farmers")}),
    ("Argentine farmers protested against the government in Buenos Aires.",
     {("Argentine farmers", "Protest", "Argentina")}),
])
def test_no_visit_or_sanction_of_ones_own_state_read(event_triples, text, expected):
    assert event_triples(text) == expected
