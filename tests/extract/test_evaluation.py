"""Criticism without a verb of criticism (constructions/evaluation.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # dismissing someone's plan as …: the plan's owner is criticised
    ('The Tories dismissed Labour\'s maternity pay plan as "desperate".',
     {("Conservative Party (United Kingdom)", "Criticism", "Labour Party (United Kingdom)")}),
    # likening people to something is criticism of them, each of them
    ('Liam Fox likened Gordon Brown and Tony Blair to "self-obsessed schoolboys".',
     {("Liam Fox", "Criticism", "Gordon Brown"), ("Liam Fox", "Criticism", "Tony Blair")}),
    ("Michael Howard was highly critical of Tony Blair.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    # a favourable description is none
    ("Germany described France as a reliable partner.", set()),
])
def test_evaluation(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


def test_evaluation_claims_the_verb(read_with):
    """'dismissed X as nonsense' is criticism, not also the bare trigger's rejection."""
    text = "The Kremlin dismissed Yukos's lawsuit as meaningless nonsense."
    assert read_with(text, "verb_triggers") == {("Russia", "Rejection", "Yukos")}
    assert read_with(text, ("evaluation", "verb_triggers")) == {("Russia", "Criticism", "Yukos")}


@pytest.mark.parametrize(("text", "expected"), [
    # saying a party's plan, or a party, is bad criticises it (development sentences:
    # reuters-20335 — the Reagan administration is the United States government —, bbc-politics-180)
    ("However, the EC and some U.S. domestic groups have said the Reagan administration plan to "
     "end all farm trade subsidies is unrealistic.",
     {("European Community", "Criticism", "United States"), ("domestic groups", "Criticism", "United States")}),
    ('BBC political editor Andrew Marr said Mr Lammy was "waste deep in quicksand and sinking '
     'fast" after his performance.', {("Andrew Marr", "Criticism", "David Lammy")}),
    # … but a phrase of the complement judges no one, nor does a clause about a situation
    # (bbc-politics-195, bbc-politics-363: a first version read them as criticism of the
    # Britons and of the Liberal Democrats)
    ("Foreign Secretary Jack Straw said on Friday that about 440 Britons were either dead or "
     "missing in the disaster.", set()),
    ('On pensions, Mr Kennedy said it was a "scandal" that the system discriminated against '
     "women who had missed making National Insurance payments when they were having children.",
     set()),
    ("Germany said the French plan was not unrealistic.", set()),
])
def test_saying_that_a_party_is_bad(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the quoted evaluation after the object, parsed as the object's modifier (after a
    # development sentence of bbc-politics-087, 'Mr Howard called that suggestion "disgraceful"',
    # with a party's plans for the thing)
    ('Michael Howard called Tony Blair\'s plans "disgraceful".',
     {("Michael Howard", "Criticism", "Tony Blair")}),
    # an unjustified thing of a state's (development sentence of bbc-politics-373)
    ('French president Jacques Chirac has called the UK\'s £3bn rebate from the European Union '
     '"unjustified".',
     {("Jacques Chirac", "Criticism", "United Kingdom")}),
    # the passive's 'by' phrase parsed inside the complement (after a development sentence of
    # bbc-politics-105, with a named owner for 'Her comments')
    ('Tony Blair\'s plans have been described as "irresponsible" and "outrageous" by the Islamic '
     'Human Rights Commission.',
     {("Islamic Human Rights Commission", "Criticism", "Tony Blair")}),
    # whose the judged thing is, named before it (after a development sentence of
    # bbc-politics-276, 'he branded the UK government's response to the tsunami as "piecemeal
    # and poor"')
    ('Michael Howard branded the government\'s response to the tsunami as "piecemeal".',
     {("Michael Howard", "Criticism", "United Kingdom")}),
    # a quoted word of praise or a plain name judges no one (development sentences of
    # bbc-politics-400 and bbc-politics-279)
    ('Michael Howard called Tony Blair\'s plans "bold".', set()),
    ('Prime Minister Tony Blair called him a "giant" of the Labour movement.', set()),
    ('Ms Khan dubbed herself a "hope-monger", saying she was confident.', set()),
])
def test_labelling_without_as(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # the author of the judged thing, named in a 'by' phrase (a sentence written for the test) …
    ('Sir Menzies Campbell called the decision by the Home Office "disgraceful".',
     {("Menzies Campbell", "Criticism", "Home Office")}),
    # … also in a statement about a situation (development sentence of bbc-politics-094)
    ('SNP Holyrood leader Nicola Sturgeon said: "This is an incredible gaffe by Jack McConnell."',
     {("Nicola Sturgeon", "Criticism", "Jack McConnell")}),
    # praise of what someone did criticises no one
    ('SNP Holyrood leader Nicola Sturgeon said: "This is a great achievement by Jack McConnell."',
     set()),
])
def test_the_author_of_what_is_judged(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # words of judgement the list lacked (invented sentences, after the constructions of
    # bbc-politics-067 and bbc-politics-215 of dev11)
    ("The shadow home secretary, Theresa May, said Labour's plans were inadequate.",
     {("Theresa May", "Criticism", "Labour Party (United Kingdom)")}),
    ('Sir Menzies Campbell said the Home Office rules were "discriminatory".',
     {("Menzies Campbell", "Criticism", "Home Office")}),
    # denying a good word judges too: 'not proportionate', 'has not been straightforward' …
    ('Sir Menzies Campbell said the Home Office rules were "not proportionate".',
     {("Menzies Campbell", "Criticism", "Home Office")}),
    ("Michael Howard said Labour's tax plans were not credible.",
     {("Michael Howard", "Criticism", "Labour Party (United Kingdom)")}),
    # … not denying a bad one, nor a word that judges nothing
    ("Germany said the French plan was not unrealistic.", set()),
    ("Michael Howard said Labour's tax plans were not new.", set()),
])
def test_inadequate_and_not_credible(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a remark about a market or its movement criticises no state named with it (issue 15;
    # invented, in the style of development article reuters-20070: 'the global share price
    # crash was overdone and unfounded')
    ("Baker said Tokyo's share price slide was excessive.", set()),
    ("Lawson said Britain's share prices were unjustified at their present level.", set()),
    ("Miyazawa said Japan's stock market was dangerous for small investors.", set()),
    # a state's policy, or a party's plans for a market, stay criticised
    ("Baker said Japan's trade barriers were unfair.", {("Baker", "Criticism", "Japan")}),
    ("Kinnock said the Tory plans for the stock market were a shambles.",
     {("Neil Kinnock", "Criticism", "Conservative Party (United Kingdom)")}),
])
def test_a_remark_about_markets_is_no_criticism(read_with, text, expected):
    assert read_with(text, "evaluation") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a verdict on a company's bid, or one in a business report, between parties of no
    # political kind judges a price: a takeover's market talk, no criticism (issue 15,
    # development sentences of reuters-17812 and reuters-11533, judged not an event)
    ('Herb Mee Jr., president of Beard Oil Co, which holds a 30.4 pct stake in USPCI, said last '
     'week Union Pacific\'s offer was "grossly inadequate."', set()),
    ("He said that investment advisors told the company Pickens' offer was inadequate and "
     "suggested the company split up.", set()),
    ("USPCI said Union Pacific's offer was grossly inadequate.", set()),
    # a state's or a party's offer, or a verdict by a government body, stays criticism
    ("Britain said the Japanese offer was inadequate.", {("United Kingdom", "Criticism", "Japan")}),
    ("The Tories said Labour's offer to students was a gimmick.",
     {("Conservative Party (United Kingdom)", "Criticism", "Labour Party (United Kingdom)")}),
    ("The Treasury said GEC's offer was inadequate.", {("Treasury", "Criticism", "GEC")}),
    # a company's verdict on another's board, no bid, stays
    ("Union Pacific said the USPCI board was irresponsible.",
     {("Union Pacific", "Criticism", "USPCI")}),
])
def test_a_verdict_on_a_bid_is_no_criticism(read_with, text, expected):
    assert read_with(text, "evaluation") == expected
