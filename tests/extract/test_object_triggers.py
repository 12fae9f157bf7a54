"""Triggers that are ones only with certain objects (constructions/object_triggers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel eased restrictions on Palestinian traders.",
     {("Israel", "Concession", "Palestinian traders")}),
    # the target in the object's "of" phrase
    ("Colombia accepted the demands of the FARC rebels.", {("Colombia", "Concession", "FARC")}),
    # questioning a plan or campaign criticises its owner (development sentence, bbc-tech-033;
    # it was an Investigation of the UN) …
    ("The World Bank questioned a United Nation's campaign to increase usage and access to "
     "technology in poorer nations.", {("World Bank", "Criticism", "United Nation")}),
    # … giving interviews to the media is no concession (bbc-tech-035; it was a Concession,
    # "gave … in" read from "In the days"): a consultation with each broadcaster, the giver's
    # own act, not talking to the press (dev sheet c5 judged both right; the press convention
    # had dropped them once the two were typed broadcasters)
    ("In the days before his arrest Mr Sigarchi gave interviews to the BBC Persian Service and "
     "the US-funded Radio Farda.", {("Sigarchi", "Consultation", "BBC Persian Service"),
                                    ("Sigarchi", "Consultation", "Radio Farda")}),
])
def test_object_triggers(read_with, text, expected):
    assert read_with(text, "object_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # lending one's backing or weight is support, not a supply of anything (held-out audits
    # v4-v9 judged "lent backing" read as Supply a wrong type five times; written sentences)
    ("Tony Blair lent his backing to Gordon Brown.", {("Tony Blair", "Support", "Gordon Brown")}),
    ("Tony Blair threw his weight behind Gordon Brown.",
     {("Tony Blair", "Support", "Gordon Brown")}),
])
def test_lending_backing_is_support(read_with, text, expected):
    assert read_with(text, "object_triggers") == expected
    assert read_with(text, "verb_triggers") == set()


def test_lending_money_is_still_a_supply(read_with):
    text = "The World Bank lent $200m to Jamaica."
    assert read_with(text, "object_triggers") == set()
    assert read_with(text, "verb_triggers") == {("World Bank", "Supply", "Jamaica")}


def test_an_object_trigger_hides_the_verbs_other_triggers(read_with):
    """'met their demands' is a concession, not a meeting."""
    text = "Peru met the demands of the striking miners."
    assert read_with(text, "object_triggers") == {("Peru", "Concession", "miners")}
    assert read_with(text, "verb_triggers") == set()


@pytest.mark.parametrize("text", [
    "Police questioned three suspects about the attack.",
])
def test_questioning_people_is_no_criticism(read_with, text):
    """Questioning people stays the verb trigger's Investigation (or nothing), never Criticism."""
    assert not any(e == "Criticism" for _, e, _ in read_with(text, ("object_triggers",
                                                                     "verb_triggers")))


@pytest.mark.parametrize(("text", "expected"), [
    # to recall is to remember, unless what is recalled is an envoy (development sentences; both
    # were Expulsions)
    ("Mr Blair recalls how Bill Clinton once advised him to smile.", set()),
    ("Former Liberal Democrat MP Jackie Ballard recalled a stream of remarks from a leading MP on "
     "topics such as women's legs.", set()),
    ("Libya recalled its ambassador from Italy.", {("Libya", "Expulsion", "Italy")}),
])
def test_recall_an_envoy(read_with, text, expected):
    assert read_with(text, ("object_triggers", "verb_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # withdrawing a status, a privilege or aid from a party sanctions it (CAMEO 16), no retreat
    # (the held-out audit v10 judged withdrawn trade status, read as a Retreat, wrong type; these
    # sentences are written for the test)
    ("The US withdrew China's most favoured nation trade status.",
     {("United States", "Sanction", "China")}),
    ("The United States withdrew its aid to Nicaragua.",
     {("United States", "Sanction", "Nicaragua")}),
    # … withdrawing from a place or a body stays a retreat
    ("Syria withdrew from Lebanon.", {("Syria", "Retreat", "Lebanon")}),
])
def test_withdrawing_a_privilege_is_a_sanction(read_with, text, expected):
    assert read_with(text, ("object_triggers", "verb_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # demand in the market is no demand made: a mass noun, with no determiner or possessor
    # (sentences written for the class of the held-out v11 audit: 'meet demand' read as an
    # event; the first was a Concession to China) …
    ("BP said it would struggle to meet demand from China.", set()),
    ("OPEC will meet growing demand from China for crude oil.", set()),
    # … the demands of a party are met
    ("Japan met the demands of the United States.", {("Japan", "Concession", "United States")}),
    ("Colombia met the FARC's demand.", {("Colombia", "Concession", "FARC")}),
    # … and other objects may be bare in headline style (PLOVER gold sentence: it was read
    # while the mass reading took every bare object)
    ("In an interview this weekend, President Abdelaziz Bouteflika said he is prepared to lift "
     "ban on Islamic Salvation Front (FIS) but not with its historical leadership.",
     {("Abdelaziz Bouteflika", "Concession", "Islamic Salvation Front"),
      ("Abdelaziz Bouteflika", "Agreement", "Islamic Salvation Front")}),
])
def test_market_demand_is_no_demand(read_with, text, expected):
    assert read_with(text, "object_triggers") == expected
