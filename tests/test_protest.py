"""PROTEST-family events (rules/protest.json) on invented news sentences, through the real model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _protests(extraction) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in extraction.entities}
    return {
        (labels[ev.agent], labels.get(ev.target or "", ""))
        for ev in extraction.events
        if ev.type == "Protest" and ev.polarity == "positive" and ev.modality == "asserted"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb carries the protest noun; 'against' hangs on the place phrase
        ("Opposition supporters staged rallies in the capital against President Lukashenko "
         "on Sunday.",
         ("Opposition supporters", "Alexander Lukashenko")),
        ("Farmers held a protest outside parliament against the Polish government's grain "
         "import policy.",
         ("Farmers", "Poland")),
        # hunger strike / general strike, target in a purpose clause
        ("Jailed activist Nabeel Rajab began a hunger strike to demand the resignation of "
         "Prime Minister Khalifa bin Salman.",
         ("Nabeel Rajab", "Khalifa bin Salman")),
        ("Trade unions in Argentina called a general strike to protest President Javier Milei's "
         "austerity measures.",
         ("Trade unions", "Javier Milei")),
        # a sit-in
        ("Members of the Awami League staged a sit-in outside the election commission to protest "
         "the Bangladeshi government's refusal to delay the vote.",
         ("Awami League", "Bangladesh")),
    ],
)
def test_protest_noun_with_light_verb(read_text, text, expected):
    assert expected in _protests(read_text(text)), _protests(read_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reason phrases: in protest against / in defiance of
        ("Thousands of Georgians demonstrated outside parliament in protest against the Georgian "
         "government's foreign agents law.",
         ("Georgians", "Georgia")),
        ("Students rioted in Dhaka in defiance of the Bangladeshi government.",
         ("Students", "Bangladesh")),
        # purpose clauses: calling for the removal of X / independence from X
        ("Hundreds of Kenyan students marched to parliament calling for the removal of "
         "President William Ruto.",
         ("Kenyan students", "William Ruto")),
        ("Thousands of Tibetans rallied in Dharamsala calling for independence from China.",
         ("Tibetans", "China")),
        # the act is a protest noun inside the verb's phrase
        ("Egyptian demonstrators rioted after a peaceful march demanding the resignation of "
         "Prime Minister Mostafa Madbouly.",
         ("Egyptian demonstrators", "Mostafa Madbouly")),
    ],
)
def test_intransitive_protest_with_reason_or_purpose(read_text, text, expected):
    assert expected in _protests(read_text(text)), _protests(read_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blocking roads, taking to the streets, going on strike
        ("Angry farmers blocked highways across France to press their demands for lower taxes "
         "from the French government.",
         ("Angry farmers", "France")),
        ("Thousands of Serbs took to the streets of Belgrade to protest President Aleksandar "
         "Vucic's handling of the disaster.",
         ("Serbs", "Aleksandar Vucic")),
        ("Workers affiliated with the General Confederation of Labour went on strike in protest "
         "against President Emmanuel Macron.",
         ("Workers affiliated with the General Confederation of Labour", "Emmanuel Macron")),
    ],
)
def test_street_acts(read_text, text, expected):
    assert expected in _protests(read_text(text)), _protests(read_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym on a protest noun is the people, not the state
        ("Kurdish protests against Turkish military operations continued on Monday.",
         ("Kurdish", "Turkey")),
        # a protest noun under 'during' on a gerund: the subject of the clause protests
        ("Palestinian youths threw stones at soldiers during demonstrations against Israeli "
         "settlement expansion.",
         ("Palestinian youths", "Israel")),
    ],
)
def test_protest_agents(read_text, text, expected):
    assert expected in _protests(read_text(text)), _protests(read_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a strike with no political target
        "Workers went on strike at the car factory on Monday.",
        # 'strike' as an attack
        "Israel launched a strike on the convoy near the border.",
        "Israeli missile strikes against Hezbollah continued overnight.",
        # troops and police blocking roads or breaking up a rally are not protesters
        "Russian troops blocked roads into the city to stop civilians from leaving.",
        "Police broke up a rally against the government in Minsk.",
        # the party a group supports, or whose release it demands, is not its target
        "Hundreds of supporters of opposition leader Ousmane Sonko blocked roads in Dakar "
        "demanding his release.",
        # 'discrimination against X': X is the victim, not the target of the protest
        "The actor refused the award in protest at discrimination against Native American people.",
    ],
)
def test_no_protest(read_text, text):
    assert not _protests(read_text(text)), _protests(read_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Supporters of former Prime Minister Imran Khan clashed with police in Lahore.",
         "Supporters of former Prime Minister Imran Khan"),
        ("Activists from the Pheu Thai Party accused the army of rigging the vote.",
         "Activists from the Pheu Thai Party"),
    ],
)
def test_group_name_keeps_its_affiliation(read_text, text, name):
    labels = {e.label for e in read_text(text).entities if e.kind == "Group"}
    assert name in labels, labels
