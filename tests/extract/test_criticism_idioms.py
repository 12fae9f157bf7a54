"""Idioms of criticism, legal action, praise and visits that the trigger lexicon reads
(rules/triggers.jsonl; issue 15, recall26): a verb with its object noun ("poured scorn on X",
"took issue with X", "took a swipe at X", "paid tribute to X"), a noun with a modifier it needs
("took legal action against X", "began legal proceedings against X", "made a telephone call to
X"; the key ``modifiers``), a verb with a particle ("spoke out against X") and "rang X".
Every case of the first list fails on the code before them; the near misses read the same
before and after.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TORIES = "Conservative Party (United Kingdom)"
LABOUR = "Labour Party (United Kingdom)"
LIB_DEMS = "Liberal Democrats (United Kingdom)"
FACT = ("positive", "asserted")


@pytest.mark.parametrize(("text", "expected"), [
    # criticism: a verb and its object noun, the target after the idiom's preposition
    ("The Tories poured scorn on Labour's plans for identity cards.",
     {(TORIES, "Criticism", LABOUR, *FACT)}),
    ("The Tories heaped scorn on Gordon Brown's budget.",
     {(TORIES, "Criticism", "Gordon Brown", *FACT)}),
    ("Charles Kennedy took issue with Tony Blair over the timing of the election.",
     {("Charles Kennedy", "Criticism", "Tony Blair", *FACT)}),
    ("Michael Howard took a swipe at Gordon Brown over pensions.",
     {("Michael Howard", "Criticism", "Gordon Brown", *FACT)}),
    ("Tony Blair took a dig at the Conservatives in his speech.",
     {("Tony Blair", "Criticism", TORIES, *FACT)}),
    # a noun of criticism levelled 'at' someone (the noun's own prepositions are 'of', 'against')
    ("Labour levelled criticism at the Liberal Democrats over their tax plans.",
     {(LABOUR, "Criticism", LIB_DEMS, *FACT)}),
    # 'speak out against' a party ('spoke to X', 'spoke with X' stay consultations)
    ("Michael Howard spoke out against Tony Blair on Tuesday.",
     {("Michael Howard", "Criticism", "Tony Blair", *FACT)}),
    # legal action or proceedings: the noun only with a legal modifier, carried by 'take' or
    # by a light verb; hedged as any act announced
    ("Yukos has taken legal action against Gazprom.",
     {("Yukos", "Lawsuit", "Gazprom", *FACT)}),
    ("Amicus said it would take legal action against British Airways.",
     {("Amicus", "Lawsuit", "British Airways", "positive", "hedged")}),
    ("Microsoft has begun legal proceedings against Lindows.",
     {("Microsoft", "Lawsuit", "Lindows", *FACT)}),
    ("Yukos brought a court action against Rosneft in Houston.",
     {("Yukos", "Lawsuit", "Rosneft", *FACT)}),
    # paying tribute is praise, paying a visit a visit
    ("Tony Blair paid tribute to Nelson Mandela.",
     {("Tony Blair", "Praise", "Nelson Mandela", *FACT)}),
    ("Gerhard Schroeder paid a visit to China last week.",
     {("Gerhard Schroeder", "Visit", "China", *FACT)}),
    # a telephone call to someone, ringing someone: a consultation
    ("George Bush made a telephone call to Tony Blair on Monday.",
     {("George Bush", "Consultation", "Tony Blair", *FACT)}),
    ("Tony Blair rang Gerhard Schroeder to discuss the summit.",
     {("Tony Blair", "Consultation", "Gerhard Schroeder", *FACT)}),
])
def test_idiom_read(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same idioms with no party after them: a cause, a ball, a decision, a school
    ("The minister spoke out against racism.", set()),
    ("The striker took a swipe at the ball.", set()),
    ("He took issue with the referee's decision.", set()),
    ("Michael Howard paid a visit to his old school.", set()),
    ("Critics have taken legal action against the plans.", set()),
    # action with no legal modifier is no lawsuit (military, or of any kind)
    ("The army took military action against the rebels.", set()),
    ("The United States took action against Japan over its chip exports.", set()),
    # money or tax paid, poured: no tribute, no scorn
    ("The company paid tax to the Treasury.", set()),
    ("Labour poured money into the health service.", set()),
    # bells that ring, profits rung up, a call to the nation: no one rung or called
    ("The church bells rang across the city.", set()),
    ("The company rang up record profits.", set()),
    ("The President made a call to the nation for calm.", set()),
    # legal action threatened stays the threat alone
    ("The Conservatives threatened legal action against Labour.",
     {(TORIES, "Threat", LABOUR, *FACT)}),
])
def test_idiom_near_miss(framed, text, expected):
    assert framed(text) == expected
