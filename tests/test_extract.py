"""Event extraction on real sentences, through the real spaCy model (one case per rule)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _pairs(extraction, *, positive_only: bool = True):
    labels = {e.key: e.label for e in extraction.entities}
    return {
        (ev.type, labels[ev.agent], labels.get(ev.target or "", None))
        for ev in extraction.events
        if not positive_only or (ev.polarity == "positive" and ev.modality == "asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # active voice, capital as metonym for its state
        ("At the time, Lukashenko publicly accused Moscow of pressing him on political reunification.",
         ("Accusation", "Alexander Lukashenko", "Russia")),
        # passive voice with a by-phrase
        ("Belarus was accused by Lithuania of building an unsafe nuclear plant.",
         ("Accusation", "Lithuania", "Belarus")),
        # seat of government as metonym
        ("The Kremlin accused Kyiv of sabotaging the peace talks.",
         ("Accusation", "Russia", "Ukraine")),
        # "met with"
        ("In February, US Secretary of State Mike Pompeo met with Lukashenko in Minsk.",
         ("Meeting", "Mike Pompeo", "Alexander Lukashenko")),
        # nominal trigger with a light verb
        ("The European Union imposed sanctions on Belarus after the disputed election.",
         ("Sanction", "European Union", "Belarus")),
        # pronoun resolved to the previous sentence's subject
        ("Viktor Babarika ran a Belarusian bank for twenty years. Last week he accused the government of fraud.",
         ("Accusation", "Viktor Babarika", "Belarus")),
        # arrest by an unnamed collective
        ("Police arrested dozens of protesters in the capital on Sunday.",
         ("Arrest", "Police", "protesters")),
        # criticism
        ("Germany sharply criticised Poland over the new media law.",
         ("Criticism", "Germany", "Poland")),
        # threat
        ("China threatened Taiwan with military action.",
         ("Threat", "China", "Taiwan")),
        # request with the target in a from-phrase
        ("Belarus has repeatedly requested loans from Russia.",
         ("Request", "Belarus", "Russia")),
        # investigation
        ("Prosecutors in Paris are investigating Renault over emissions.",
         ("Investigation", "Prosecutors", "Renault")),
        # supply
        ("Russia still supplied Belarus with 1.6 million tons of oil.",
         ("Supply", "Russia", "Belarus")),
    ],
)
def test_event(read_text, text, expected):
    pairs = _pairs(read_text(text))
    if expected[2] is None:
        assert any(p[:2] == expected[:2] for p in pairs), pairs
    else:
        assert expected in pairs, pairs


@pytest.mark.parametrize(("text", "expected"), [
    # a state named as the scene of something ('the war in Iraq') is no evidence of whose
    # government 'the government' is (as in the development article bbc-politics-060, where
    # the Archbishop of Canterbury's criticism of the government was read as of Iraq) …
    ("Britain will chair the G8 summit next year. The cardinal denounced the war in Iraq. "
     "Billions have been spent on conflict in Iraq. Christians in Iraq still suffer. Dr Rowan "
     "Williams has since criticised the government over its case for war.",
     ("Criticism", "Rowan Williams", "United Kingdom")),
    # … unless nothing else in the article points at a state (as in the development article
    # reuters-1224, where the government asking the World Bank is Uganda's)
    ("A World Bank team led by Katrine Saito arrived in Uganda for talks. Katrine Saito "
     "criticised the government over its spending.",
     ("Criticism", "Katrine Saito", "Uganda")),
    # … while a state that acts is
    ("Iraq has refused to let inspectors in. The Iraqi army attacked Kurds. Dr Rowan Williams "
     "has since criticised the government over its treatment of the Kurds.",
     ("Criticism", "Rowan Williams", "Iraq")),
])
def test_the_government_is_of_the_state_that_acts(read_text, text, expected):
    assert expected in _pairs(read_text(text))


def test_coordination_gives_one_event_per_agent(read_text):
    pairs = _pairs(read_text(
        "Both the United States and the EU have tightened sanctions against Belarus."))
    assert ("Sanction", "United States", "Belarus") in pairs
    assert ("Sanction", "European Union", "Belarus") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Lukashenko did not accuse Moscow of anything.",
        "Lukashenko never accused Moscow of pressing him.",
    ],
)
def test_negated_event_is_kept_but_marked(read_text, text):
    extraction = read_text(text)
    assert [ev.polarity for ev in extraction.events if ev.type == "Accusation"] == ["negative"]


def test_hedged_event_is_marked(read_text):
    extraction = read_text("The EU may impose sanctions on Belarus next month.")
    assert [ev.modality for ev in extraction.events if ev.type == "Sanction"] == ["hedged"]


def test_reported_speech_keeps_the_accuser(read_text):
    extraction = read_text("Pavlovsky said Lukashenko accused Moscow of pressure.")
    labels = {e.key: e.label for e in extraction.entities}
    (ev,) = [ev for ev in extraction.events if ev.type == "Accusation"]
    assert labels[ev.agent] == "Alexander Lukashenko"
    assert ev.reported_by and "Pavlovsky" in labels[ev.reported_by]


def test_nobody_accuses_themselves(read_text):
    extraction = read_text("Lukashenko accused himself of nothing; he accused Lukashenko's critics.")
    assert all(ev.agent != ev.target for ev in extraction.events)


def test_surname_and_title_resolve_to_the_full_name(read_text):
    extraction = read_text(
        "Viktor Babarika wants to run for president. President Lukashenko criticised Babarika on "
        "Friday, and Babarika accused Lukashenko of fraud.")
    people = {e.label for e in extraction.entities if e.kind == "Person"}
    assert people == {"Viktor Babarika", "Alexander Lukashenko"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reciprocal: coordinated subjects, no object — each acted on the other
        ("Armenia and Azerbaijan clashed along their border on Tuesday.",
         {("Fight", "Armenia", "Azerbaijan"), ("Fight", "Azerbaijan", "Armenia")}),
        # a promised cooperative act is an expressed intent to cooperate (Agreement)
        ("Japan will provide emergency aid to Nepal.", {("Agreement", "Japan", "Nepal")}),
        # an announced hostile act is a threat
        ("Turkey will impose sanctions on Austria.", {("Threat", "Turkey", "Austria")}),
        # "X said Y must …" is a demand
        ("Germany said that Iran must free the detained journalists.", {("Demand", "Germany", "Iran")}),
        # the target inside the infinitive clause
        ("Moscow threatened to cut off gas supplies to Ukraine.", {("Threat", "Russia", "Ukraine")}),
        # "it" is the state that is the subject before it
        ("Norway said it had expelled three Iranian diplomats.", {("Expulsion", "Norway", "Iran")}),
        # prepositions in preference order: the complaint is about Turkey, addressed to the EU
        ("Greece complained to the European Union about Turkish military flights.",
         {("Disapproval", "Greece", "Turkey")}),
        # a demonym on a group that is not a government stays a group
        ("Rwandan rebels accused Uganda of arming the militia.",
         {("Accusation", "Rwandan rebels", "Uganda")}),
        # a conditional threat is aimed at the party in the condition
        ("Turkey threatened to close its airspace unless Sweden changed its policy.",
         {("Threat", "Turkey", "Sweden")}),
        # an offer of a non-hostile act towards a party is an expressed intent to cooperate
        ("Norway offered to send doctors to Ukraine.", {("Agreement", "Norway", "Ukraine")}),
        # a people named by its plural demonym is a group, not the state's government
        ("Ethnic Albanians protested against Serbia on Sunday.",
         {("Protest", "Ethnic Albanians", "Serbia")}),
    ],
)
def test_event_rules(read_text, text, expected):
    assert expected <= _pairs(read_text(text)), _pairs(read_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # regression: a city that is not a capital was kept as an event target and the whole
        # article went to quarantine (seen on BBC business articles)
        "Thousands of workers protested in Lyon on Monday.",
        "The company said it would ship the cars to Detroit next year.",
    ],
)
def test_places_are_never_event_parties(read_text, text):
    from kg_builder.rdf import to_graph
    from kg_builder.validate import validate_graph

    extraction = read_text(text)
    kinds = {e.key: e.kind for e in extraction.entities}
    for ev in extraction.events:
        assert kinds.get(ev.agent) not in ("City", "Place", "Region")
        assert kinds.get(ev.target) not in ("City", "Place", "Region")
    assert validate_graph(to_graph(extraction)).conforms


def test_a_nominal_trigger_does_not_borrow_another_prepositions_object(read_text):
    """regression (seed article): 'discussing his candidacy with any Russian official' was read
    as an electoral challenge of Russia; a noun's search for its target only follows 'of'."""
    extraction = read_text("Babarika discussed his candidacy with Russian officials.")
    assert not [ev for ev in extraction.events if ev.type == "ElectoralChallenge"]
