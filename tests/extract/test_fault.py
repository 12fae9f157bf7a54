"""Saying that a party failed, lied or broke its word criticises it (constructions/fault.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (bbc-politics-147, -268, -375, -335, -226): a party's failure,
    # broken promise or letting people down, as someone says it, is criticism of that party
    ("Labour has already broken its pre-election promise on immigration before the ink has "
     "dried on its new pledge card, the Tories have claimed.",
     {("Conservative Party (United Kingdom)", "Criticism", "Labour Party (United Kingdom)")}),
    ("Oliver Letwin said the government had failed to deliver in any of the key public services, "
     "such as cleaner hospitals, discipline in schools and putting more police on the streets in "
     "the UK.",
     {("Oliver Letwin", "Criticism", "United Kingdom")}),
    ('SNP leader Alex Salmond said Mr Brown had failed the "tartan test".',
     {("Alex Salmond", "Criticism", "Gordon Brown")}),
    ("Mr Kennedy said the British public felt let down by Labour on issues from Iraq to top-up "
     "fees.",
     {("Kennedy", "Criticism", "Labour Party (United Kingdom)")}),
    ('Announcing the plans, Mr Redwood said: "Mr Blair has forgotten the interests of taxpayers, '
     'and has broken the pledges he made."',
     {("Redwood", "Criticism", "Tony Blair")}),
    ("Mr Howard added that Tony Blair had misled the country over the war.",
     {("Howard", "Criticism", "Tony Blair")}),
    # the speaker's own failure (bbc-politics-211), a negated or predicted one, a thing's
    # (bbc-tech-273) and a broken thing that is no promise or rule criticise no one
    ('In written evidence to the committee, Lord Woolf said: "I have, so far, failed to reach an '
     'agreement with the lord chancellor on this issue."', set()),
    ("Michael Howard said Tony Blair had not failed.", set()),
    ("Michael Howard said Tony Blair could fail to win a third term.", set()),
    ("Mr Abbott said the messages sent by the pair broke laws by using misleading subject lines.",
     set()),
    ("Sebastian Coe said Kelly Holmes had broken the British record.", set()),
    # people in general, or a movement, are no party at fault (bbc-politics-403, -279: a first
    # version read them as criticised)
    ("Martin Bell, who won the Tatton seat from Tory Neil Hamilton on anti-corruption platform, "
     "said politicians often failed to see themselves as others did.", set()),
    ("Ms Khan said the movement had failed to mobilise public outrage about what was happening to "
     "the human rights system.", set()),
])
def test_fault(read_with, text, expected):
    assert read_with(text, "fault") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (bbc-politics-223): a party that lost the trust of others, or one
    # there is a lack of trust in, as someone says it, is criticised (nothing was read)
    ('Lib Dem leader Charles Kennedy has said voters now have a "fundamental lack of trust" of '
     'Tony Blair as prime minister.', {("Charles Kennedy", "Criticism", "Tony Blair")}),
    ("But Charles Kennedy said Mr Blair had lost the trust of the British people.",
     {("Charles Kennedy", "Criticism", "Tony Blair")}),
    ('"There is a fundamental lack of trust in Tony Blair as prime minister and in his '
     'government," Charles Kennedy said.', {("Charles Kennedy", "Criticism", "Tony Blair")}),
    # invented: the one trusted is named after 'in'
    ("Michael Howard said voters had lost faith in Labour.",
     {("Michael Howard", "Criticism", "Labour Party (United Kingdom)")}),
    # invented: no lack, a loss only possible, a lack of trust in a thing criticise no one
    ("Michael Howard said there was no lack of trust in Tony Blair.", set()),
    ("Michael Howard said Labour could lose the trust of voters.", set()),
    ("Alan Greenspan said investors had lost confidence in the dollar.", set()),
])
def test_lost_trust(read_with, text, expected):
    assert read_with(text, "fault") == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the speaker of a reported clause put first is not that clause's subject (bbc-politics-110:
    # "he" was read as Mr Blair, so the criticism of himself was dropped)
    ("Michael Howard spoke in Bristol on Monday. Mr Blair has failed to tackle these problems, he "
     "claimed.", {("Criticism", "Michael Howard", "Tony Blair")}),
    # a reported clause whose subject is a pronoun too leaves both to resolution (bbc-politics-186:
    # a first version made Mr Livingstone the speaker, demanding of Mr Blair)
    ("Tony Blair insisted on Wednesday it was time for Ken Livingstone to say sorry. "
     '"In the circumstances, yes, he should apologise," he said.', set()),
    # … while a pronoun with no reported clause before it is still the subject nearest to it
    ("Michael Howard spoke in Bristol on Monday. Later Tony Blair said he had misled no one, and "
     "he added that Charles Kennedy had broken his promise.",
     {("Criticism", "Tony Blair", "Charles Kennedy")}),
])
def test_speaker_after_the_reported_clause(read_text, text, expected):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    assert {(e.type, labels[e.agent], labels.get(e.target or "")) for e in extraction.events
            if e.type in ("Criticism", "Demand")} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-253, reuters-14757 of dev12; reuters-9154 of dev11): a
    # failure told by the officials or diplomats who are the news's sources reports how talks
    # ended; they criticise no one (read as Criticism by the sources)
    ("Canadian and Egyptian wheat negotiators failed to conclude an agreement on Canadian wheat "
     "exports to Egypt during talks last week, but the Canadian team will return to Cairo for "
     "further negotiations, Canadian embassy officials said.", set()),
    ("However, Miyazawa failed to outline the size of the Japanese economic package in his "
     "meeting with Baker today because the Japanese 1987/88 budget has not been authorized by "
     "the Diet, or parliament, the officials said.", set()),
    ("The European Community (EC) has failed to agree on a high-technology research program "
     "because of opposition from Britain and West Germany, diplomats said.", set()),
    # invented: officials named by their state are the state; a named person criticises; a
    # violation told by diplomats is a fault of its own
    ("U.S. officials said Japan had failed to honour the semiconductor pact.",
     {("United States", "Criticism", "Japan")}),
    ("Senator John Danforth said Japan had failed to honour the semiconductor pact.",
     {("John Danforth", "Criticism", "Japan")}),
    ("Western diplomats said Iran had violated the ceasefire.",
     {("Western diplomats", "Criticism", "Iran")}),
])
def test_failure_told_by_sources(read_with, text, expected):
    assert read_with(text, "fault") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # saying a party is to blame faults it (invented sentences in the style of news)
    ("Labour said the Conservatives were to blame for the crisis in the prisons.",
     {("Labour Party (United Kingdom)", "Criticism", "Conservative Party (United Kingdom)")}),
    ("Japan is partly to blame for the trade deficit, Clayton Yeutter said.",
     {("Clayton Yeutter", "Criticism", "Japan")}),
    # not to blame, the speaker himself, a thing to blame, a party that blames another
    ("Tony Blair said Gordon Brown was not to blame for the delay.", set()),
    ("Tony Blair said he was to blame for the delay.", set()),
    ("Analysts said high interest rates were to blame for the fall in output.", set()),
    ("Labour said the Tories blamed the Liberal Democrats for the defeat.", set()),
])
def test_to_blame(read_with, text, expected):
    assert read_with(text, "fault") == expected
