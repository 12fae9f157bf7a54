"""Event constructions beyond a trigger and its direct arguments, through the real spaCy model.

Each rule has its own sentences (written for these tests, not taken from a gold set).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _pairs(extraction, *, asserted: bool = True) -> set[tuple[str, str, str | None]]:
    labels = {e.key: e.label for e in extraction.entities}
    return {
        (ev.type, labels[ev.agent], labels.get(ev.target or "", None))
        for ev in extraction.events
        if not asserted or (ev.polarity == "positive" and ev.modality == "asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reciprocal nominal event under a light verb: each party with the other
        ("Armenia and Azerbaijan resumed talks in Moscow on Friday.",
         {("Meeting", "Armenia", "Azerbaijan"), ("Meeting", "Azerbaijan", "Armenia")}),
        # the light verb's indirect object is the target; "N dollars of aid" stands for the aid
        ("The World Bank gave Ghana 300 million dollars of aid for new schools.",
         {("Aid", "World Bank", "Ghana")}),
        ("Sweden sent Ukraine a large shipment of aid last week.", {("Aid", "Sweden", "Ukraine")}),
        # a promised act, whether or not it is a trigger, is an expressed intent to cooperate
        ("Iran said it would allow the return of IAEA inspectors.",
         {("Agreement", "Iran", "International Atomic Energy Agency")}),
        # the subject of "is willing to …" is the one who offers
        ("Pakistan is willing to resume trade with India, its foreign minister said.",
         {("Agreement", "Pakistan", "India")}),
        # a stopped cooperative act is a reduction of relations (CAMEO 16, a Sanction)
        ("Germany has frozen development aid to Rwanda.", {("Sanction", "Germany", "Rwanda")}),
        ("The Netherlands suspended military cooperation with Indonesia on Monday.",
         {("Sanction", "The Netherlands", "Indonesia")}),
        ("Canada cancelled a planned visit to China by its trade minister.",
         {("Sanction", "Canada", "China")}),
        # a conditional promise is a threat (CAMEO 13), not an agreement
        ("France will withdraw its troops from Mali unless the junta holds elections.",
         {("Threat", "France", "Mali")}),
        # a state's armed forces killing people is conventional military force (FIGHT) …
        ("Turkish forces killed five Kurdish fighters near the border on Monday.",
         {("Attack", "Turkey", "Kurdish fighters")}),
        # … while gunmen killing soldiers is unconventional violence (ASSAULT)
        ("Gunmen killed two Nigerian soldiers in an ambush.", {("Killing", "Gunmen", "Nigeria")}),
        # triggers that are ones only with certain objects (CAMEO 08: yield)
        ("India eased restrictions on Pakistani traders.",
         {("Concession", "India", "Pakistani traders")}),
        ("The Nepalese government accepted demands from Maoist rebels.",
         {("Concession", "Nepal", "Maoist rebels")}),
        ("The European Union lifted sanctions on Iran after the deal.",
         {("Retreat", "European Union", "Iran")}),
        # a negated agreement or concession is a rejection (CAMEO 12)
        ("Israel and Syria failed to reach agreement on the Golan Heights.",
         {("Rejection", "Israel", "Syria"), ("Rejection", "Syria", "Israel")}),
        ("Russia would not meet Ukraine's conditions for a ceasefire.",
         {("Rejection", "Russia", "Ukraine")}),
        # "they" is the plural subject before it; a relation noun points at its "with" party
        ("Kurdish leaders said they would boycott all talks with Turkey.",
         {("Threat", "Kurdish leaders", "Turkey")}),
        # a participle misparsed as the subject ("The Red Cross operating in Yemen said")
        ("The Red Cross operating in Yemen said Saudi forces must stop the bombing.",
         {("Demand", "International Committee of the Red Cross", "Saudi Arabia")}),
        # a noun trigger's that-clause names the target
        ("The UN reiterated its demand that Myanmar release the detained journalists.",
         {("Demand", "United Nations", "Myanmar")}),
        # a collective named after an organisation is that organisation …
        ("Hamas militants attacked Israel overnight.", {("Attack", "Hamas", "Israel")}),
        ("Iraq expelled inspectors of the IAEA last year.",
         {("Expulsion", "Iraq", "International Atomic Energy Agency")}),
        # … a part of a group is the group …
        ("A group of Iranian diplomats held talks with Japan on Monday.",
         {("Meeting", "Iran", "Japan")}),
        # … but rebels of a state are not its government
        ("Syrian rebel leaders accused Russia of bombing hospitals.",
         {("Accusation", "Syrian rebel leaders", "Russia")}),
        ("Opposition groups in Venezuela accused President Maduro of fraud.",
         {("Accusation", "Opposition groups", "Nicolas Maduro")}),
        # a complaint that someone did something is disapproval of them
        ("Ukraine complained that Russia had violated the ceasefire.",
         {("Disapproval", "Ukraine", "Russia")}),
        ("Greece charged that Turkey was sending migrants across the border.",
         {("Disapproval", "Greece", "Turkey")}),
        # the possessor of a nominal act is whom it is held against
        ("Poland condemned Russia's invasion of Ukraine.", {("Criticism", "Poland", "Russia")}),
        ("The EU denounced as a grave violation Israel's demolition of Palestinian homes.",
         {("Criticism", "European Union", "Israel")}),
        # an acronym in brackets is the organisation before it, here and later in the article
        ("The Kurdistan Workers' Party (PKK) attacked a Turkish army post. "
         "Turkey later accused the PKK of the attack.",
         {("Attack", "Kurdistan Workers' Party", "Turkey"),
          ("Accusation", "Turkey", "Kurdistan Workers' Party")}),
        # reinforcing or massing forces near a party is mobilisation (object-bound triggers)
        ("Israel has strengthened its forces in Lebanon following the discovery of rockets.",
         {("Mobilization", "Israel", "Lebanon")}),
        ("Russia massed troops near Ukraine in the spring.", {("Mobilization", "Russia", "Ukraine")}),
        # destroying property, outlawing an organisation: coercion
        ("Israeli army bulldozers demolished Palestinian homes in southern Gaza on Sunday.",
         {("Coercion", "Israel", "Palestinian Territory")}),
        ("The British government outlawed the largest Protestant extremist organization in "
         "Northern Ireland.",
         {("Coercion", "United Kingdom", "largest Protestant extremist organization")}),
        # signing a formal agreement is CAMEO 057 (PLOVER SUPPORT), each party with the other
        ("Czechia and China signed an agreement today to increase trade.",
         {("Treaty", "Czechia", "China"), ("Treaty", "China", "Czechia")}),
        ("Japan signed a defence pact with the Philippines on Friday.",
         {("Treaty", "Japan", "Philippines")}),
        # coordinated parties that agree need no target of their own
        ("The United States and Jordan have agreed upon a new free-trade pact between the two "
         "countries.", {("Agreement", "United States", "Jordan"), ("Agreement", "Jordan", "United States")}),
        # coordinated demonyms on one noun are the coordinated states
        ("Turkish and Greek officials met in Ankara.",
         {("Meeting", "Turkey", "Greece"), ("Meeting", "Greece", "Turkey")}),
        ("The Red Cross said US and British forces must ensure security.",
         {("Demand", "International Committee of the Red Cross", "United States"),
          ("Demand", "International Committee of the Red Cross", "United Kingdom")}),
        # an investigation into a matter is about whom the matter names
        ("Serbian military police have launched an investigation into alleged crimes committed "
         "by Croat forces.", {("Investigation", "Serbia", "Croatia")}),
        # "the government of <person>" is that person
        ("The military government of President Raoul Cedras declared a state of siege in Haiti.",
         {("Coercion", "Raoul Cedras", "Haiti")}),
        # refusing to act towards a party rejects it
        ("Chile's president has declined to resign despite growing pressure by the Supreme Court.",
         {("Rejection", "Chile", "Supreme Court")}),
        ("Hungary refused to sign the joint statement with Poland.", {("Rejection", "Hungary", "Poland")}),
        ("President Erdogan refused to meet the Swedish prime minister.",
         {("Rejection", "Recep Tayyip Erdogan", "Sweden")}),
    ],
)
def test_construction(read_text, text, expected):
    pairs = _pairs(read_text(text))
    assert expected <= pairs, pairs


def test_an_offered_act_is_not_reported_as_done(read_text):
    """'willing to withdraw' is an Agreement; the withdrawal itself is only hedged."""
    extraction = read_text("Serbia is willing to withdraw its police from Kosovo.")
    asserted = _pairs(extraction)
    assert ("Agreement", "Serbia", "Kosovo") in asserted
    assert not any(p[0] == "Retreat" for p in asserted), asserted
    assert ("Retreat", "Serbia", "Kosovo") in _pairs(extraction, asserted=False)


@pytest.mark.parametrize(
    "text",
    [
        # a stopped act with no party as its target is no event
        "The government will cut funding for the project next year.",
        # a cessation verb on a non-cooperative noun is not a sanction
        "Kenya halted the attack on the rebel camp.",
        # a promised act aimed at nobody is no agreement
        "Brazil will host the summit next year.",
    ],
)
def test_no_event_without_a_party(read_text, text):
    extraction = read_text(text)
    assert not [ev for ev in extraction.events if ev.type in ("Sanction", "Agreement")], _pairs(
        extraction, asserted=False)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # what one party demands or urges of another has not happened
        ("The European Union demanded that Serbia recognise Kosovo.", "Support"),
        ("Washington urged Seoul to sanction North Korea.", "Sanction"),
        ("Britain said the rebels must release the hostages.", "Release"),
        ("The UN reiterated its demand that Myanmar release the detained journalists.", "Release"),
    ],
)
def test_a_demanded_act_is_hedged(read_text, text, event):
    extraction = read_text(text)
    found = [ev for ev in extraction.events if ev.type == event]
    assert found and all(ev.modality == "hedged" for ev in found), _pairs(extraction, asserted=False)


def test_preparing_an_attack_is_no_agreement(read_text):
    extraction = read_text("The Ethiopian army prepared to resume shelling Eritrean positions.")
    assert not [ev for ev in extraction.events if ev.type == "Agreement"]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # meeting someone's conditions is no meeting
        ("Russia would not meet Ukraine's conditions for a ceasefire.", "Meeting"),
        # lifting an embargo is not imposing one
        ("The United States lifted its embargo against Vietnam in 1994.", "Sanction"),
        # lifting a curfew is not a retreat
        ("Jordan lifted the curfew in its northern towns.", "Retreat"),
    ],
)
def test_object_decides_the_event(read_text, text, wrong):
    assert not [p for p in _pairs(read_text(text)) if p[0] == wrong]


def test_charging_that_is_no_indictment(read_text):
    extraction = read_text("Greece charged that Turkey was sending migrants across the border.")
    assert not [ev for ev in extraction.events if ev.type == "Arrest"]


@pytest.mark.parametrize(
    ("text", "unit", "parent", "event"),
    [
        ("Montenegro's prime minister has been indicted by the U.N. war crimes court.",
         "U.N. war crimes court", "United Nations", ("Lawsuit", "U.N. war crimes court", "Montenegro")),
        ("Belarusian authorities will investigate the activities of the Belarusian branch of "
         "Russia's Gazprombank.", "Belarusian branch of Russia's Gazprombank", "Gazprombank",
         ("Investigation", "Belarus", "Belarusian branch of Russia's Gazprombank")),
    ],
)
def test_a_unit_of_an_organisation_is_its_own_subsidiary(read_text, text, unit, parent, event):
    from kg_builder.rdf import to_graph
    from kg_builder.validate import validate_graph

    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    facts = {(labels[f.subject], f.relation, labels[f.object]) for f in extraction.facts}
    assert (unit, "subsidiaryOf", parent) in facts
    assert event in _pairs(extraction, asserted=False)
    assert validate_graph(to_graph(extraction)).conforms


@pytest.mark.parametrize(
    "text",
    [
        # regression (PLOVER dev set): the attribution tail was read as a second object
        "Prison guards routinely tortured political detainees with impunity, a human rights "
        "organization charged on Monday.",
        "Syrian soldiers tortured Kurdish prisoners with impunity, an international rights group "
        "charged on Friday.",
        # a company's market presence is no military mobilisation
        "The company increased its presence in the Asian market.",
    ],
)
def test_no_spurious_party(read_text, text):
    pairs = _pairs(read_text(text), asserted=False)
    assert not [p for p in pairs if p[2] and ("group" in p[2] or "organization" in p[2])], pairs
    assert not [p for p in pairs if p[0] == "Mobilization"], pairs


def test_a_passive_should_clause_demands_nothing_of_its_subject(read_text):
    """regression (seed article): 'Pompeo told him that Belarus should not be forced to choose'
    was a Demand of Belarus."""
    extraction = read_text("Pompeo told Lukashenko that Belarus should not be forced to choose "
                           "between the East and the West.")
    assert not [ev for ev in extraction.events if ev.type == "Demand"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a capital outside a locative phrase stands for its state …
        ("Belarus is very important and Moscow cannot afford to lose it.", "Moscow", "Russia"),
        ("The gap between Minsk and Moscow is growing.", "Minsk", "Belarus"),
        # … inside one it is the city
        ("The talks were held in Minsk on Monday.", "Minsk", "Minsk"),
        # an object pronoun in a clause without a subject of its own can be the matrix subject
        ("Lukashenko accused Moscow of pressing him on reunification.", "him", "Alexander Lukashenko"),
        # but not the subject of its own clause
        ("Pompeo met Lukashenko in February. Pompeo told him that the oil would come.", "him",
         "Alexander Lukashenko"),
    ],
)
def test_mention_resolution(read_text, text, name, label):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    found = [labels.get(m.entity_key, m.entity_key) for m in extraction.mentions if m.span.text == name]
    assert found and found[-1] == label, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("French Foreign Minister Catherine Colonna met her Indian counterpart on Monday.",
         ("Catherine Colonna", "employedBy", "France")),
        ("Emmanuel Macron, the President of France, spoke to reporters.",
         ("Emmanuel Macron", "leaderOf", "France")),
        ("Sergei Karaganov, a former Kremlin adviser, said the talks had failed.",
         ("Sergei Karaganov", "affiliatedWith", "Russia")),
        ("Jack Dorsey, the founder of Twitter, left the board.", ("Jack Dorsey", "founderOf", "Twitter")),
    ],
)
def test_positions_become_facts(read_text, text, fact):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    facts = {(labels[f.subject], f.relation, labels[f.object]) for f in extraction.facts}
    assert fact in facts, facts


def test_a_company_read_as_holding_a_post_has_no_post(read_text):
    """Regression: 'Yukos, once the owner of Yuganskneftegas' was read as a person's post, the
    name later typed a company, and the company's employedBy broke the SHACL shapes (the whole
    article was quarantined in the held-out build of 2026-12-06; written sentences)."""
    from kg_builder.rdf import to_graph
    from kg_builder.validate import validate_graph

    extraction = read_text("Russian oil firm Yukos faces a bill. The sale has destroyed Yukos, "
                           "once the owner of Yuganskneftegas, said founder Mikhail Khodorkovsky.")
    kinds = {e.key: e.kind for e in extraction.entities}
    assert kinds["org/yukos"] == "Company"
    assert not [f for f in extraction.facts if f.subject == "org/yukos"], extraction.facts
    assert validate_graph(to_graph(extraction)).conforms


def test_a_signed_agreement_is_one_event_not_two(read_text):
    pairs = _pairs(read_text("Czechia and China signed an agreement today to increase trade."))
    assert not [p for p in pairs if p[0] == "Agreement"], pairs


@pytest.mark.parametrize(
    ("text", "event", "place"),
    [
        # with no party as its target, a protest, threat or coercion in a city is coded against
        # the state the city lies in; the city is the event's place
        ("Thousands of workers protested in Lyon on Monday.", ("Protest", "workers", "France"), "Lyon"),
        ("President Bouteflika threatened to institute a curfew in Algiers.",
         ("Threat", "Abdelaziz Bouteflika", "Algeria"), "Algiers"),
        # a people that is no state is a group ("Iraqi Kurds")
        ("Thousands of Iraqi Kurds demonstrated in Kirkuk against the government.",
         ("Protest", "Iraqi Kurds", "Iraq"), "Kirkuk"),
        # a region named as the object: "the invasion of South Lebanon" is against Lebanon
        ("Israel today mounted its long-threatened invasion of South Lebanon.",
         ("Attack", "Israel", "Lebanon"), "South Lebanon"),
        # an event with a party target keeps it, and gets the place
        ("Police arrested dozens of protesters in Minsk on Sunday.",
         ("Arrest", "Police", "protesters"), "Minsk"),
    ],
)
def test_events_happen_somewhere(read_text, text, event, place):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    found = {(ev.type, labels[ev.agent], labels.get(ev.target or "")): labels.get(ev.place or "")
             for ev in extraction.events}
    assert found.get(event) == place, found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # regressions seen on BBC politics articles (unseen news, not a gold set)
        # a capital naming where something is, is no state
        ("Mr Howard will host a news conference at the party's London HQ every morning.",
         "United Kingdom"),
        # a generic "should" asks nothing of anyone
        ("He told reporters: \"No politician should make that mistake again.\"", "politician"),
        ("Mr Smith said the minister should know by now that the figures were wrong.", "minister"),
        # a place is not an agent ("the Lisbon summit of EU leaders" is no meeting by Portugal)
        ("The targets set out at the Lisbon summit of European Union leaders were meant to help.",
         "European Union"),
        # a rally of supporters in a capital is no protest against the state
        ("Supporters of President Macron rallied in Paris on Sunday.", "France"),
        # companies named with a demonym are not the state
        ("Airbus has also recently signed fresh deals with two Indian airlines.", "India"),
    ],
)
def test_no_event_for(read_text, text, wrong):
    pairs = _pairs(read_text(text), asserted=False)
    assert not [p for p in pairs if p[2] == wrong], pairs


def test_an_honorific_makes_a_person_and_an_allegation_is_reported(read_text):
    """regressions (BBC business): 'Mr Ebbers' tagged ORG became an organisation; what an
    allegation says was read as a fact (then hedged; it is someone's claim: reported)."""
    extraction = read_text("Bernie Ebbers ran the firm. Speaking in court, Mr Ebbers rejected "
                           "allegations he pressured Scott Sullivan to falsify the accounts.")
    assert {e.label for e in extraction.entities if e.kind == "Person"} == {"Bernie Ebbers", "Scott Sullivan"}
    assert {ev.modality for ev in extraction.events if ev.type == "Demand"} == {"reported"}


def test_refusing_to_attack_is_no_rejection(read_text):
    extraction = read_text("The army refused to fire on the protesters.")
    assert not [ev for ev in extraction.events if ev.type == "Rejection"]
    assert [ev.polarity for ev in extraction.events if ev.type == "Attack"] == ["negative"]
