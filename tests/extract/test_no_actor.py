"""Parties that are no actor (events30, `not an event`): a force of nature, a disease or a
crisis named after a party (kg_builder/extract/impersonal.py, rules/extract/impersonal.json),
people named as a kind, not as anyone in particular, or people in general ('want to help
people'; kg_builder/extract/generic.py, rules/extract/generic.json), and an act named with a
possessive pronoun ('withdraw their opposition', emit.json act_possessives). Development
sentences (dev sheet c1; reuters-19583, reuters-6397, reuters-6343, reuters-9774, reuters-9154,
seen in development builds; bbc-politics-339, bbc-politics-063, bbc-tech-308 of a development
sample) and invented ones."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reuters-19583 (development): floods are no party, and 'Flash' no person
        ("Flash floods and high winds have trapped some 10,000 people and injured at least 50 in "
         "northeastern Bangladesh's Sunamganj district, officials said.", set()),
        # reuters-6397 (development): the parser made Japan, struck by the quake, its co-subject
        ("A very strong earthquake that struck southwest Japan killed one person and injured at "
         "least three, cracked walls and cut telephone lines, authorities said.", set()),
        # invented: a force named after a state is no act of the state
        ("The Brazilian drought threatens Argentina.", set()),
        ("Japan's earthquake threatened the United States.", set()),
        ("The Mexican debt crisis threatens the United States.", set()),
        ("A Chinese flu epidemic threatens Britain.", set()),
        # … the party itself acting stays, and so does an army's fire
        ("Brazil threatens Argentina.", {("Threat", "Brazil", "Argentina")}),
        ("Mexico threatened the United States.", {("Threat", "Mexico", "United States")}),
    ],
)
def test_a_force_of_nature_is_no_agent(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 15 (held-out audits v24, v25: a storm named without the word, read as an
        # Assault, judged not an event): a one-word given name doing force in a sentence that
        # goes on with the storm as a subject is the storm (invented, news style)
        ("Ivan battered Grenada last week, killing 39 people, before the storm moved on to "
         "Jamaica.", set()),
        ("Ivan battered Grenada and Jamaica, and the hurricane is now heading for Cuba.", set()),
        # reuters-6343 (development, seen in a search of the pool for storm words): 'which'
        # parsed 'Japan killed one person' inside the relative clause of the earthquake
        ("A very strong earthquake which struck southwest Japan killed one person and injured "
         "at least three, cracked walls and cut telephone lines, authorities said.", set()),
        # … a name without a storm in the sentence, a storm only named, or a figurative one,
        # leave the person acting
        ("Ivan battered Grenada last week.", {("Assault", "Ivan", "Grenada")}),
        ("Mugabe attacked Britain after the floods.",
         {("Criticism", "Robert Mugabe", "United Kingdom")}),
        ("Sharon attacked Hamas amid a storm of protest.",
         {("Criticism", "Ariel Sharon", "Hamas")}),
    ],
)
def test_a_storm_by_its_given_name_is_no_agent(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dev sheet c1, bbc-politics-394 (judged not an event): a kind of family, no party
        ('Mr Brown also dismissed the figures insisting that the "typical family" has been much '
         "better off under Labour.", set()),
        # dev sheet c1, bbc-politics-234 (judged not an event): the citizen as a kind
        ("Before delivering a statement to MPs, Mr Blunkett was joined by Tony Blair at Welling "
         "School. The prime minister said the law-abiding citizen should be in charge of the "
         'community and "not the minority who want to cause trouble".', set()),
        # reuters-9774 (development): no group at all
        ('No other group in society is allowed to regulate itself as much as the banks," '
         "complained Meier of the Social Democrats.", set()),
        # invented
        ("Gordon Brown criticised the average taxpayer.", set()),
        ("Michael Howard praised every voter.", set()),
        # … the people of a real occasion stay, however unnamed (dev sheet c1, judged right)
        ("West Yorkshire police confirmed they had arrested a 45-year-old man from outside "
         "their area.", {("Arrest", "police", "old man")}),
        ("Michael Howard praised the voters.", {("Praise", "Michael Howard", "voters")}),
    ],
)
def test_people_named_as_a_kind_are_no_party(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare 'people' under a wish, a plan or a habit is people in general, no party
        # (written after bbc-politics-339, bbc-politics-063 and bbc-tech-308 of a development
        # sample, seed 4545: an Aid, a Consultation and a Coercion with 'people', judged not
        # an event)
        ("The Conservative Party wants to help people on to the property ladder.", set()),
        ("Labour wants people to tell Karen Whitefield whether shops should open on Boxing Day.",
         set()),
        ("Microsoft is clamping down on people running pirated versions of its Windows "
         "operating system.", set()),
        ("The Liberal Democrats said they would encourage people to complain to Ofcom.", set()),
        # … some people on one occasion, or people counted or named, stay
        ("Hamas urged people to attack Israel.",
         {("Request", "Hamas", "people"), ("Attack", "people", "Israel")}),
        ("Police have arrested people in Basra.", {("Arrest", "Police", "people")}),
        ("Police arrested 12 people in Basra.", {("Arrest", "Police", "people")}),
        ("Rebels attacked thousands of people in Darfur.", {("Attack", "Rebels", "people")}),
        ("Gordon Brown wants to help many people.", {("Aid", "Gordon Brown", "people")}),
        ("Police were questioning people outside the embassy.",
         {("Investigation", "Police", "people")}),
    ],
)
def test_people_in_general_are_no_party(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reuters-9154 (development): the states' opposition is what they are to withdraw
        ("France has withdrawn its objections and backed a new compromise budget proposed by "
         "Verhofstadt to trim spending. Verhofstadt, who chaired the lengthy meeting, said he had "
         "given the two states until April 3 to withdraw their opposition.",
         {("Support", "France", "Guy Verhofstadt")}),
        # … an opposition that is a group stays one
        ("The Syrian opposition rejected the plan of Damascus.",
         {("Rejection", "Syrian opposition", "Syria")}),
    ],
)
def test_an_act_with_a_possessive_pronoun_is_no_party(read_triples, text, expected):
    assert read_triples(text) == expected
