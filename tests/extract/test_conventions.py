"""The CAMEO follow-on conventions and selectional restrictions (kg_builder/extract/conventions.py),
on hand-made occasions (no parse needed), and through the model on sentences written for them."""

from __future__ import annotations

import pytest

from kg_builder.extract.conventions import Occasion, readings


def occasion(**fields) -> Occasion:
    base = {"event": "Attack", "category": "FIGHT", "agent_kind": "State", "polarity": "positive",
            "modality": "asserted", "intent": False, "announced": False, "conditional": False}
    return Occasion(**{**base, **fields})


@pytest.mark.parametrize(("fields", "expected"), [
    # a politician's attack is criticism …
    ({"trigger": "attack", "agent_kind": "Person"}, [("Criticism", "asserted", "positive")]),
    # … so is an attack on a plan, whoever makes it, or one with a reason given
    ({"trigger": "attack", "agent_kind": "PoliticalParty", "things": frozenset({"plan"})},
     [("Criticism", "asserted", "positive")]),
    ({"trigger": "attack", "agent_kind": "Group", "for_doing": True},
     [("Criticism", "asserted", "positive")]),
    # … but a state's or a group's attack on a party is force
    ({"trigger": "attack", "agent_kind": "State"}, [("Attack", "asserted", "positive")]),
    ({"trigger": "attack", "agent_kind": "Group", "things": frozenset({"base"})},
     [("Attack", "asserted", "positive")]),
    # a legal battle is a lawsuit
    ({"trigger": "fight", "agent_kind": "Company", "modifiers": frozenset({"legal"})},
     [("Lawsuit", "asserted", "positive")]),
    # a match won is no event; police beating protesters, soldiers beating detainees are
    ({"event": "Assault", "category": "ASSAULT", "trigger": "beat", "agent_kind": "State",
      "agent_how": "name"}, []),
    ({"event": "Assault", "category": "ASSAULT", "trigger": "beat", "agent_kind": "Group",
      "agent_how": "group"}, [("Assault", "asserted", "positive")]),
    ({"event": "Assault", "category": "ASSAULT", "trigger": "beat", "agent_kind": "State",
      "agent_how": "demonym"}, [("Assault", "asserted", "positive")]),
    ({"event": "Assault", "category": "ASSAULT", "trigger": "beat", "agent_kind": "Person",
      "particles": frozenset({"up"})}, [("Assault", "asserted", "positive")]),
    # an announced verbal attack threatens no one; an announced armed one does
    ({"trigger": "attack", "agent_kind": "Person", "intent": True, "announced": True,
      "modality": "hedged"}, [("Criticism", "hedged", "positive")]),
    ({"trigger": "attack", "agent_kind": "State", "intent": True, "announced": True,
      "modality": "hedged"}, [("Attack", "hedged", "positive"), ("Threat", "asserted", "positive")]),
    # a business transaction between companies is no event; a state's deal is one
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "Company",
      "target_kind": "Organization", "done": frozenset({"agree", "merge"})}, []),
    ({"event": "Agreement", "category": "AGREE", "trigger": "offer", "agent_kind": "Company",
      "target_kind": "Group", "done": frozenset({"offer", "repay"})}, []),
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "State",
      "target_kind": "State", "done": frozenset({"agree", "charter", "tanker"})},
     [("Agreement", "asserted", "positive")]),
    # a production agreement between two carmakers is business (development sentence "it
    # signed a production agreement with Japanese rival Nissan Motor"; it was a Treaty), one
    # with a government is not
    ({"event": "Treaty", "category": "SUPPORT", "trigger": "sign", "agent_kind": "Organization",
      "target_kind": "Organization", "done": frozenset({"sign", "agreement", "production"})}, []),
    ({"event": "Treaty", "category": "SUPPORT", "trigger": "sign", "agent_kind": "Organization",
      "target_kind": "GovernmentBody", "done": frozenset({"sign", "agreement", "production"})},
     [("Treaty", "asserted", "positive")]),
    # talks, cooperation or support between two companies or unknown organisations is business
    # (development sentences "Nokia and … Sierra Wireless recently agreed to work together",
    # "Deutsche Boerse bosses have held … talks with the London Stock Exchange"); with an NGO or
    # a party it is not
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "Organization",
      "target_kind": "Organization", "done": frozenset({"agree", "work"})}, []),
    ({"event": "Meeting", "category": "CONSULT", "trigger": "talk", "agent_kind": "Organization",
      "target_kind": "Organization", "done": frozenset({"talk", "hold"})}, []),
    ({"event": "Meeting", "category": "CONSULT", "trigger": "talk", "agent_kind": "Organization",
      "target_kind": "NonGovernmentalOrganization", "done": frozenset({"talk", "hold"})},
     [("Meeting", "asserted", "positive")]),
    ({"event": "Support", "category": "SUPPORT", "trigger": "back", "agent_kind": "Company",
      "target_kind": "PoliticalParty", "done": frozenset({"back"})},
     [("Support", "asserted", "positive")]),
    # a company asking its shareholders to approve more shares is business (development
    # sentence "W.W. Grainger Inc said it is asking shareholders to approve an increase in the
    # number of its common shares"; it was a Request); asking a government is not
    ({"event": "Request", "category": "DEMAND", "trigger": "ask", "agent_kind": "Company",
      "target_kind": "Group", "done": frozenset({"ask", "shareholder", "approve", "increase"})},
     []),
    ({"event": "Request", "category": "DEMAND", "trigger": "ask", "agent_kind": "Company",
      "target_kind": "State", "done": frozenset({"ask", "approve", "loan"})},
     [("Request", "asserted", "positive")]),
    # a dealing with a state's buyers, traders or mills is theirs, business (the blind
    # held-out audit judged price talks with a company's buyers, as their state, wrong); a
    # dealing with its officials is not
    ({"event": "Meeting", "category": "CONSULT", "trigger": "talk", "agent_kind": "Organization",
      "target_kind": "State", "target_how": "demonym", "target_name": "buyers",
      "done": frozenset({"talk", "price"})}, []),
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "State",
      "agent_how": "demonym", "agent_name": "steel mills", "target_kind": "Organization",
      "done": frozenset({"agree"})}, []),
    ({"event": "Meeting", "category": "CONSULT", "trigger": "talk", "agent_kind": "State",
      "target_kind": "State", "target_how": "demonym", "target_name": "officials",
      "done": frozenset({"talk", "price"})}, [("Meeting", "asserted", "positive")]),
    # … and a company's dealing in goods, prices or plants is business, even with a state; its
    # concession of a state's demand is not
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "Company",
      "target_kind": "State", "done": frozenset({"agree", "ship", "car"})}, []),
    ({"event": "Concession", "category": "CONCEDE", "trigger": "meet", "agent_kind": "Company",
      "target_kind": "State", "done": frozenset({"meet", "demand", "government"})},
     [("Concession", "asserted", "positive")]),
    # goods bought are trade, even by a state from a state (blind audits of unseen news judged
    # such purchases no event, issue 15; this was kept an Agreement before); arms bought, a
    # state's deal in goods that buys nothing and a demand to buy stay
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "State",
      "target_kind": "State", "done": frozenset({"agree", "buy", "wheat", "tonne"})}, []),
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "State",
      "target_kind": "State", "done": frozenset({"agree", "buy", "warplane", "arms"})},
     [("Agreement", "asserted", "positive")]),
    ({"event": "Agreement", "category": "AGREE", "trigger": "agree", "agent_kind": "State",
      "target_kind": "State", "done": frozenset({"agree", "ship", "wheat", "tonne"})},
     [("Agreement", "asserted", "positive")]),
    ({"event": "Request", "category": "DEMAND", "trigger": "urge", "agent_kind": "State",
      "target_kind": "State", "done": frozenset({"urge", "import", "rice"})},
     [("Request", "asserted", "positive")]),
    # cutting an amount sanctions no one; cutting aid or ties does
    ({"event": "Sanction", "category": "SANCTION", "trigger": "cut", "agent_kind": "State",
      "target_kind": "State", "things": frozenset({"surplus", "united states"})}, []),
    ({"event": "Sanction", "category": "SANCTION", "trigger": "cut", "agent_kind": "State",
      "target_kind": "State", "things": frozenset({"aid", "egypt"})},
     [("Sanction", "asserted", "positive")]),
    # a company's deployment is business; a state's is a mobilisation
    ({"event": "Mobilization", "category": "MOBILIZE", "trigger": "increase",
      "agent_kind": "Company", "target_kind": "State", "things": frozenset({"presence"})}, []),
    ({"event": "Mobilization", "category": "MOBILIZE", "trigger": "increase",
      "agent_kind": "State", "target_kind": "State", "things": frozenset({"presence"})},
     [("Mobilization", "asserted", "positive")]),
    # a meeting in a match is sport; a particle other than 'up' keeps no physical reading
    ({"event": "Meeting", "category": "CONSULT", "trigger": "meet", "agent_kind": "Person",
      "done": frozenset({"meet", "seed"})}, []),
    ({"event": "Assault", "category": "ASSAULT", "trigger": "beat", "agent_kind": "Person",
      "particles": frozenset({"on"})}, []),
    # a report delivered is no supply; weapons are
    ({"event": "Supply", "category": "AID", "trigger": "deliver", "agent_kind": "Person",
      "things": frozenset({"report", "nhs"})}, []),
    ({"event": "Supply", "category": "AID", "trigger": "deliver", "agent_kind": "State",
      "things": frozenset({"weapon"})}, [("Supply", "asserted", "positive")]),
    # talking to reporters or a newspaper is no consultation
    ({"event": "Consultation", "category": "CONSULT", "trigger": "speak", "agent_kind": "Person",
      "target_kind": "Group", "target_name": "reporters"}, []),
    ({"event": "Consultation", "category": "CONSULT", "trigger": "speak", "agent_kind": "Person",
      "target_kind": "MediaOrganization", "target_name": "reuters"}, []),
    # a court's backing is a ruling; a minister's is support
    ({"event": "Support", "category": "SUPPORT", "trigger": "back", "agent_kind": "GovernmentBody",
      "agent_name": "court of appeal", "target_kind": "GovernmentBody"}, []),
    ({"event": "Support", "category": "SUPPORT", "trigger": "back", "agent_kind": "Person",
      "agent_name": "jack straw", "target_kind": "GovernmentBody"},
     [("Support", "asserted", "positive")]),
    # in a sports report a meeting, a signing, a match or a withdrawal is sport (development
    # sentences "Before her meeting with Martinez", "He was signed … by Ruud Gullit": a Meeting
    # and an Agreement); what is said of a player or a referee stays, and outside a sports report
    # a meeting is one
    ({"event": "Meeting", "category": "CONSULT", "trigger": "meeting", "agent_kind": "Person",
      "target_kind": "Person", "sport": True}, []),
    ({"event": "Agreement", "category": "AGREE", "trigger": "sign", "agent_kind": "Person",
      "target_kind": "Organization", "sport": True}, []),
    ({"event": "Retreat", "category": "RETREAT", "trigger": "withdraw", "agent_kind": "Person",
      "target_kind": "Organization", "sport": True}, []),
    ({"event": "Criticism", "category": "DISAPPROVE", "trigger": "criticise",
      "agent_kind": "Person", "target_kind": "Person", "sport": True},
     [("Criticism", "asserted", "positive")]),
    ({"event": "Meeting", "category": "CONSULT", "trigger": "meeting", "agent_kind": "Person",
      "target_kind": "Person"}, [("Meeting", "asserted", "positive")]),
    # the other conventions still apply
    ({"event": "Killing", "category": "ASSAULT", "trigger": "kill", "agent_kind": "State"},
     [("Attack", "asserted", "positive")]),
    ({"event": "Agreement", "category": "AGREE", "trigger": "reach", "polarity": "negative"},
     [("Agreement", "asserted", "negative"), ("Rejection", "asserted", "positive")]),
])
def test_readings(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    ("Charles Kennedy attacked Gordon Brown for failing to mention the environment.",
     {("Charles Kennedy", "Criticism", "Gordon Brown")}),
    ("Ireland beat Italy 2-1 in Dublin on Saturday.", set()),
    ("Police beat protesters in Lagos on Saturday.", {("Police", "Assault", "protesters")}),
    # no one beats up a party or a company: an election or a market won, whoever wins it (the
    # blind held-out audit judged an Assault of students on Labour not an event; invented
    # sentences, each was an Assault)
    ("Student voters could beat Labour in a dozen marginal seats, the union said.", set()),
    ("Angry farmers could beat the Conservatives in rural seats.", set()),
    ("Israeli soldiers beat up Palestinian detainees.",
     {("Israel", "Assault", "Palestinian detainees")}),
    ("Texaco is fighting a legal battle with Pennzoil.", {("Texaco", "Lawsuit", "Pennzoil")}),
    # a clash on an issue is a dispute (development sentence: it was a Fight); troops clash
    ("The European Parliament has already clashed with the European Union on the issue and there "
     "have been accusations that the process to decide the issue has been undemocratic.",
     {("European Parliament", "Criticism", "European Union")}),
    ("Indian troops clashed with Pakistani forces in Kashmir.", {("India", "Fight", "Pakistan")}),
    # business transactions between companies are no events (development sentences: they were
    # an Agreement and a Rejection); a state's deal stays
    ("Fiat and GM also ended their five-year alliance and two joint ventures in engines and "
     "purchasing, but did agree to continue buying each other's engines.", set()),
    ("Tender Loving Care Health Care Services Inc said it and Staff Buildiers Inc have extended "
     "the term of their merger agreement until May 31.", set()),
    ("Australian winemaker Southcorp has rejected a takeover offer worth 3.1bn Australian dollars "
     "($2.3bn; £1.8bn) from brewing giant Foster's Group.", set()),
    # … also when the company is 'it', whose kind the pronoun does not tell: the subject before
    # it is (development sentences: they were a Meeting and an Agreement, a Meeting); a state
    # that says 'it' agreed keeps its deal
    ("Bell Petroleum Services Inc said it agreed to begin talks with Regal International Inc to "
     "form a plan of reorganization under which Bell would become a subsidiary of Regal.", set()),
    ("Earlier today MTS said it held talks with Pratt Hotel Corp <PRAT> and Southmark Corp <SM> "
     "on forming a venture to acquire Caesars.", set()),
    ("Kuwait said it has agreed to charter tankers from the Soviet Union.",
     {("Kuwait", "Agreement", "Soviet Union")}),
    # … nor is what a company agrees to with a party that is not political (development
    # sentence: it was an Agreement)
    ("On the civilian front, Boeing announced a deal with India's HCL Technologies to develop a "
     "platform for the flight test system of its 787 Dreamliner aircraft.", set()),
    ("Kuwait has agreed to charter tankers from the Soviet Union in a move to protect its oil "
     "exports through the Mideast Gulf, diplomatic sources said.",
     {("Kuwait", "Agreement", "Soviet Union")}),
    # a company's price deal with a state's steelmakers or its price talks with a state's
    # buyers are none of the state's (sentences written for the class of the blind held-out
    # audit: price talks between a mining company and its buyers, with the buyers' state as the
    # target); but a company that agrees with a state named as the party agrees with a political
    # actor (readers judged a company's supply deals with Qatar and with China right, dev sheet
    # c6)
    ("BHP Billiton is in price talks with its Japanese buyers.", set()),
    ("BHP agreed a 19% price rise with Chinese steelmakers.", set()),
    ("Toyota has agreed with Japan to ship 50,000 cars to Europe next year.",
     {("Toyota", "Agreement", "Japan")}),
    # … but a company that agrees to meet a government's demands agrees with it, and talks with a
    # state's officials are a meeting with the state
    ("Microsoft agreed to meet the demands of the South Korean government.",
     {("Microsoft", "Agreement", "South Korea")}),
    ("BHP Billiton held talks with Japanese officials.", {("BHP Billiton", "Meeting", "Japan")}),
    # sport is no event (development sentences: they were an Attack, a Meeting with an
    # Agreement, an Assault); 'beat X on' is no 'beat up'
    ("Launching the initiative, Mr Blair completed an agility course and shot basketball hoops "
     "with students from the all-girl Waverley Sports College in Southwark, south London.", set()),
    ("The Chilean will meet sixth seed Juan Ignacio Chela next after the Argentine beat Potito "
     "Starace 6-1 7-6 (7-5).", set()),
    ("It is faster than last year and that'll be faster than the one Lleyton beat Roger Federer "
     "on in the Davis Cup in 2003.\"", set()),
    # words delivered or sent are no supply (development sentences: they were a Supply and an
    # Agreement to the House of Commons, a Supply to Congress, a Supply to creditors); goods are
    ("Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March, the "
     "Treasury has announced.", set()),
    ("President Reagan today sent a classified report to Congress on his plan to protect Kuwaiti "
     "oil tankers with U.S. military escorts.", set()),
    ("The spokesman said FECSA was sending telexes to its creditors to set dates for the "
     "renegotiation.", set()),
    # … nor are explanations, replies and briefings (sentences written for the rule: held-out
    # audit v18 judged a Supply of a written explanation to MPs 'wrong type')
    ("An explanation of the new powers is being sent by Home Secretary David Blunkett to all "
     "MPs.", set()),
    ("Britain sent food and tents to Sudan.", {("United Kingdom", "Supply", "Sudan")}),
    # goods exported or sold are trade, even between states (development sentences: they were
    # Supplies to Japan and the United States, and to the Soviet Union); arms sold stay
    # (development sentence)
    ("He said Australia's concerns centred on coal and beef, Australia's two largest exports to "
     "Japan and also significant U.S. Exports to that country.", set()),
    ("In 1984/85, the U.S. supplied 41 pct of record Soviet grain imports of 55.5 mln tonnes.",
     set()),
    ("Reagan has said he authorized the sale of arms to Iran in the hope of establishing links "
     "with Iranian moderates, but has denied knowing that proceeds were ending up in Nicaraguan "
     "rebel hands.", {("Ronald Reagan", "Supply", "Iran")}),
    # talking to the press is no consultation (a development sentence, it was a Consultation
    # with Reuters, and one shortened from another, with reporters); talking to a leader is
    ("Finance Minister Raul Baglini spoke to reporters in Mendoza, 600 miles west of Buenos Aires.",
     set()),
    ("Sen. Karnes accompanied Sen. Rudy Boschwitz (R-Minn.) to the National Grain and Feed "
     "Association (NGFA) convention earlier today and spoke to Reuters after Boschwitz addressed "
     "the NGFA meeting.", set()),
    ("Tony Blair spoke on the telephone to US President George Bush.",
     {("Tony Blair", "Consultation", "George Bush")}),
    # a court backing a party's powers rules on a case (development sentence: it was a Support
    # of the Home Office)
    ("The detainees took their case to the House of Lords after the Court of Appeal backed the "
     "Home Office's powers to hold them without limit or charge.", set()),
    # a planned visit is a hedged visit, not also a promise (development sentence; it was also
    # an asserted Agreement) …
    ("The dispute has soured U.S.-Jpanese relations as Japanese Prime Minister Yasuhiro "
     "Nakasone prepares to visit Washington at the end of the month for talks with Reagan.",
     {("Yasuhiro Nakasone", "Visit", "United States")}),
    # … and so is a future one with a date of its own, even reported: a schedule, no promise (the
    # blind held-out audit judged 'will meet next week' read as an Agreement wrong; this one was
    # an Agreement too); without a date, a reported future visit stays a promise (CAMEO 036)
    ("Prime Minister Yasuhiro Nakasone will make an official week-long visit to the United States "
     "from April 29, Chief Cabinet Secretary Masaharu Gotoda told reporters.",
     {("Yasuhiro Nakasone", "Visit", "United States")}),
    ("Prime Minister Yasuhiro Nakasone will make an official visit to the United States, Chief "
     "Cabinet Secretary Masaharu Gotoda told reporters.",
     {("Yasuhiro Nakasone", "Visit", "United States"),
      ("Yasuhiro Nakasone", "Agreement", "United States")}),
])
def test_restrictions_on_sentences(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a company's plant built to meet a country's demand for cars is business (development
    # sentence of bbc-business-054: it was a Concession to the country, judged not an event)
    ("South Korea's Hyundai Motor has announced that it plans to build a second plant in India "
     "to meet the country's growing demand for cars.", set()),
    # a company's payment for a state's unit of a company is business, no promise (development
    # sentence of bbc-business-223: it was an Agreement with the United States, judged not an
    # event)
    ("US gaming consortium BLB will pay $339m (£182.5m) for the US unit, although the deal is "
     "subject to certain conditions.", set()),
    # … a state that meets another's demands concedes to it
    ("Japan agreed to meet the demands of the United States.",
     {("Japan", "Agreement", "United States"), ("Japan", "Concession", "United States")}),
])
def test_a_company_dealing_with_a_state_is_business(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "verb_triggers", "noun_triggers")) == (
        expected)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a company's deal with a state named as the party is a deal with a political actor
    # (development sentences of bbc-business-158 and bbc-business-077, judged right as Treaties
    # on dev sheet c6; dropped as business since events12) …
    ("Shell has signed a $6bn (£3.12bn) deal with the Middle Eastern sheikhdom of Qatar to supply "
     "liquid natural gas (LNG) to North America and Europe.", {("Shell", "Treaty", "Qatar")}),
    ("The revelation came as the Russian government said Rosneft had signed a long-term oil "
     "supply deal with China.", {("Rosneft", "Treaty", "China")}),
    # … but goods bought stay trade, and a company's supply to a company business (invented)
    ("Exxon agreed to buy oil from Iran.", set()),
    ("Petro Chemie signed a deal to supply oil to Ina refineries.", set()),
])
def test_a_company_s_deal_with_a_state_is_political(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "verb_triggers", "noun_triggers")) == (
        expected)


#: sentences of a development sports report (bbc-sport-181) around the one under test
SPORTS_REPORT = ("The French star was part of the Chelsea side crushed 5-1 at the Nou Camp in the "
                 "Champions League quarter-final second leg in 2000. Chelsea have not played "
                 "Barcelona since that quarter-final tie five years ago. World Cup winner Desailly "
                 "saw huge changes during his time at Stamford Bridge. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a move agreed in a sports report is a transfer (development sentence of bbc-sport-265: it
    # was an Agreement with Atletico Madrid; outside a sports report it still is one) …
    (SPORTS_REPORT + "Jesper Gronkjaer has agreed a move to Atletico Madrid from Birmingham City.",
     set()),
    ("Jesper Gronkjaer has agreed a move to Atletico Madrid from Birmingham City.",
     {("Jesper Gronkjaer", "Agreement", "Atletico Madrid")}),
    # … a meeting in one is a match (development sentences of bbc-sport-430, the last with "the
    # top seed" added: it was a Meeting)
    ("American Davenport will now face fellow former Wimbledon champion, Conchita Martinez of "
     "Spain, who ousted seventh-seeded Nathalie Dechy of France 6-1 6-2. Myskina will face "
     "eighth-seed Patty Schnyder from Switzerland, who defeated China's Li Na 6-3 7-6 (10-8). "
     "Before her meeting with Martinez, Davenport believes there is some room for improvement in "
     "her game. \"I feel I have an advantage (over Serena) because I have already played two "
     "matches on these courts,\" she said. Williams, the top seed, was also far from content.",
     set()),
    # … but criticism stays (development sentence of bbc-sport-028, with the name for 'He')
    (SPORTS_REPORT + "Darren Campbell was criticised at the time by former Olympic champion "
     "Michael Johnson, who cast doubt on Campbell's injury claims.",
     {("Michael Johnson", "Criticism", "Darren Campbell")}),
])
def test_sport_in_sports_reports(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a raid by police or investigators searches premises under the law: no armed attack (the
    # held-out audit v9 judged such rows wrong type; both sentences were Attacks)
    ("Police raided the offices of the Yukos oil company in Moscow.", set()),
    ("FBI agents raided the headquarters of the Holy Land Foundation on Tuesday.", set()),
    # … a raid by armed forces stays one (development sentence of reuters-20632, the state
    # named for its forces)
    ("US naval forces destroyed an offshore oil platform and raided another Iranian base.",
     {("United States", "Attack", "Iran")}),
])
def test_a_police_raid_is_no_attack(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("fields", "expected"), [
    # help given to prosecutors or police, or with an inquiry, is judicial cooperation, no aid (dev
    # sheets c2 and c5 judged such Aid rows wrong type) …
    ({"event": "Aid", "category": "AID", "trigger": "assist", "agent_kind": "Person",
      "target_kind": "Group", "target_name": "prosecutors"},
     [("Cooperation", "asserted", "positive")]),
    ({"event": "Aid", "category": "AID", "trigger": "help", "agent_kind": "Person",
      "target_kind": "State", "target_name": "united states",
      "things": frozenset({"investigation"})}, [("Cooperation", "asserted", "positive")]),
    # … help to a state's defence stays aid, and aid given to police is not help with a case
    ({"event": "Aid", "category": "AID", "trigger": "help", "agent_kind": "State",
      "target_kind": "State", "target_name": "united states",
      "done": frozenset({"help", "strengthen", "defence"})}, [("Aid", "asserted", "positive")]),
    ({"event": "Aid", "category": "AID", "trigger": "aid", "agent_kind": "State",
      "target_kind": "Group", "target_name": "police"}, [("Aid", "asserted", "positive")]),
])
def test_help_with_justice_is_cooperation(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # development sentences of bbc-business-087 (dev sheet c5) and bbc-politics-179 (dev sheet
    # c2): both were Aid rows judged wrong type
    ("Mr Myers has already pleaded guilty to fraud and is assisting prosecutors.",
     {("Myers", "Cooperation", "prosecutors")}),
    ("The League Against Cruel Sports and the RSPCA say they will monitor hunts and assist "
     "police in bringing prosecutions.",
     {("League Against Cruel Sports", "Cooperation", "police"),
      ("League Against Cruel Sports", "Agreement", "police")}),
    # invented: the FBI is named for investigation; help with a defence stays aid
    ("Former Enron executive Andrew Fastow is helping the FBI in its investigation of Kenneth Lay.",
     {("Andrew Fastow", "Cooperation", "Federal Bureau of Investigation")}),
    ("Britain assisted Sierra Leone with troops and money.",
     {("United Kingdom", "Aid", "Sierra Leone")}),
    ("France has assisted Chad in its war against Libya.", {("France", "Aid", "Chad")}),
    # … and so does help 'in case of' an attack (invented)
    ("The United States will help Japan in case of an attack.",
     {("United States", "Aid", "Japan"), ("United States", "Agreement", "Japan")}),
])
def test_help_to_prosecutors_is_cooperation(read_with, text, expected):
    assert read_with(text, ("verb_triggers",)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a company's withdrawal of a product is business, no retreat from the state (the held-out
    # audit v9 judged such a row not an event) …
    ("US drugmaker Merck withdrew its painkiller Vioxx from the US market in September.", set()),
    # … an organisation's withdrawal of its staff stays one
    ("The Red Cross pulled its staff out of Iraq.",
     {("International Committee of the Red Cross", "Retreat", "Iraq")}),
    # what market commentators think of others is commentary (development sentence of
    # bbc-business, with the full name: it was an Agreement with Mr Lakhani; the held-out audit
    # judged an analyst's quarrel with a bank's forecast not an event)
    ("Market analysts agreed with Yaseen Lakhani on the outlook for shares.", set()),
    ("Analysts disputed the Bank of England's forecast that growth would slow.", set()),
    ("Economists at Goldman Sachs criticised the Federal Reserve's growth forecast.", set()),
    # a news organisation's investigation is journalism; an agency's is an investigation
    ("BBC News investigated Jeffrey Archer.", set()),
    ("The FBI investigated Jeffrey Archer.",
     {("Federal Bureau of Investigation", "Investigation", "Jeffrey Archer")}),
])
def test_business_commentary_and_journalism_are_no_events(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # saying what the public should do is advice (development sentence of bbc-tech: a Demand
    # of people, judged wrong) …
    ('The Business Software Alliance (BSA) warned that people should "stay alert".', set()),
    ("Drivers should check their tyres, the AA said.", set()),
    # … urging people, voters or a state to act is a request
    ("Tony Blair urged voters to back Labour.", {("Tony Blair", "Request", "voters")}),
    ("The UN urged Iraq to let inspectors return.", {("United Nations", "Request", "Iraq")}),
])
def test_advice_to_the_public_is_no_demand(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "demand")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # an audience's reaction is no event (development sentence of bbc-entertainment, with the
    # name for 'He': a Meeting of the crowd with him, judged not an event; the held-out audit
    # v9 judged applause in a tennis report not an event)
    ("Charlie Simpson was greeted by a sell-out crowd at the University of Warwick.", set()),
    ("Roger Federer beat Lleyton Hewitt in the Australian Open semi-final at Melbourne Park. "
     "The crowd applauded Hewitt after the rally.", set()),
    # a star meeting an audience meets no party (development sentence of bbc-entertainment-360,
    # sample seed 4545: a Meeting of Gere with the crowd, judged not an event)
    ("Richard Gere greeted the crowd and signed autographs.", set()),
    ("Bono met the crowd after the concert.", set()),
    ("Tony Blair greeted the crowd in Sedgefield.", set()),
    # … a meeting of parties stays one, and so does criticism of an audience
    ("Tony Blair was greeted by Vladimir Putin in Moscow.",
     {("Vladimir Putin", "Meeting", "Tony Blair")}),
    ("Tony Blair greeted Vladimir Putin in Moscow.", {("Tony Blair", "Meeting", "Vladimir Putin")}),
    ("Michael Howard criticised the crowd.", {("Michael Howard", "Criticism", "crowd")}),
])
def test_an_audience_s_reaction_is_no_event(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # information handed over is words, no supply (the held-out audit v9 judged such a Supply
    # wrong type) …
    ("The police provided information to the FBI.", set()),
    # … weapons are supplied
    ("Britain provided weapons to the rebels.", {("United Kingdom", "Supply", "rebels")}),
])
def test_information_is_no_supply(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # opposing a bid, ending merger talks and rejecting a buy-out offer between parties none of
    # which is political are business (development sheets dev-c4 and dev-c2 judged these
    # not an event)
    ("TCI and Atticus have opposed the LSE bid for some time saying it would destroy "
     "shareholder value.", set()),
    ("ChemClear Inc said it terminated merger talks with Environmental Systems Co.", set()),
    ("The restructuring was announced in December, after Carter Hawley rejected a buy-out offer "
     "by Retail Partners.", set()),
    # … a company's lawsuit or criticism of another stays
    ("Intel sued AMD over the merger.", {("Intel", "Lawsuit", "AMD")}),
    ("Microsoft criticised Google.", {("Microsoft", "Criticism", "Google")}),
])
def test_opposing_a_bid_is_business(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a company fighting, battling or challenging another company, its rivals or for a market
    # competes in business (sentences written for the class of the held-out v11 audit: rival
    # companies' battles read as a Fight; each was one, or a Criticism)
    ("Merck is battling rival drug makers for market share.", set()),
    ("Microsoft is fighting Google for control of the search market.", set()),
    ("Sony and Microsoft are battling for control of the games console market.", set()),
    # … while a company's fight with a state or a campaign group, its criticism of another, and
    # a fight between parties stay
    ("Yukos has been battling the Russian authorities for more than a year.",
     {("Yukos", "Criticism", "Russia")}),
    ("Greenpeace is fighting Shell over the Brent Spar platform.",
     {("Greenpeace", "Fight", "Shell")}),
    ("Microsoft criticised Google over its privacy policy.",
     {("Microsoft", "Criticism", "Google")}),
    ("Labour is fighting the Conservatives for the seat.",
     {("Labour Party (United Kingdom)", "Fight", "Conservative Party (United Kingdom)")}),
])
def test_business_rivalry_is_no_fight(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a group with no arms that attacks a person or an organisation attacks them in words
    # (development sheet dev-c5 judged a verbal attack by teachers read as Attack a wrong type;
    # written sentences)
    ("Christian teachers have attacked Philip Pullman.",
     {("Christian teachers", "Criticism", "Philip Pullman")}),
    # … gunmen, troops and rebels keep their force
    ("Gunmen attacked the Iraqi minister Ayad Allawi in Baghdad.",
     {("Gunmen", "Attack", "Ayad Allawi")}),
    ("Israeli troops attacked Palestinian guerrillas in southern Lebanon.",
     {("Israel", "Attack", "Palestinian guerrillas")}),
])
def test_an_unarmed_group_attacks_in_words(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # states clashing over a matter quarrel: criticism, no armed fight (issue 15; invented
    # sentences)
    ("Britain and France clashed over farm subsidies.",
     {("United Kingdom", "Criticism", "France"), ("France", "Criticism", "United Kingdom")}),
    ("Japan and the U.S. are clashing over semiconductors.",
     {("Japan", "Criticism", "United States"), ("United States", "Criticism", "Japan")}),
    ("Germany clashed with Italy over the new fishing quotas.",
     {("Germany", "Criticism", "Italy")}),
    ("Britain clashed with France about the rebate.",
     {("United Kingdom", "Criticism", "France")}),
    ("Britain and France had a clash over farm subsidies.",
     {("United Kingdom", "Criticism", "France"), ("France", "Criticism", "United Kingdom")}),
    # … troops, police and crowds clash with force, over a place or a time too
    ("Troops clashed with rebels near the border.", {("Troops", "Fight", "rebels")}),
    ("Police clashed with protesters over the weekend.", {("Police", "Fight", "protesters")}),
    ("Indian troops clashed with Pakistani forces on the border.",
     {("India", "Fight", "Pakistan")}),
    ("Rebels clashed with government troops over control of the highway.",
     {("Rebels", "Fight", "government troops")}),
    ("Ethiopia and Eritrea clashed over the border town of Badme.",
     {("Ethiopia", "Fight", "Eritrea"), ("Eritrea", "Fight", "Ethiopia")}),
])
def test_a_clash_over_an_issue_is_a_quarrel(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a battle over a matter, an act or a thing, between parties that are no armed men is a
    # quarrel too (dev sheet c5, bbc-business-413: the two Fights were judged wrong type)
    ("The European Commission (EC) has called a truce in its battle with France and Germany "
     "over breaching deficit limits.",
     {("European Commission", "Criticism", "France"),
      ("European Commission", "Criticism", "Germany")}),
    # invented: 'over' as the parser's particle of the verb
    ("Britain and Japan battled over access to the Tokyo Stock Exchange.",
     {("United Kingdom", "Criticism", "Japan"), ("Japan", "Criticism", "United Kingdom")}),
    # … troops battle with force, over a matter or a place too
    ("Troops battled with rebels over control of the road.", {("Troops", "Fight", "rebels")}),
    ("Israel and Syria battled over the Golan Heights.",
     {("Israel", "Fight", "Syria"), ("Syria", "Fight", "Israel")}),
])
def test_a_battle_over_an_issue_is_a_quarrel(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("fields", "expected"), [
    ({"event": "Fight", "trigger": "clash", "issues": frozenset({"subsidy"}),
      "target_kind": "State"},
     [("Criticism", "asserted", "positive")]),
    # a place or a time is no issue; armed men fight over a matter too
    ({"event": "Fight", "trigger": "clash", "issues": frozenset({"border"}),
      "target_kind": "State"},
     [("Fight", "asserted", "positive")]),
    ({"event": "Fight", "trigger": "clash", "issues": frozenset({"subsidy"}),
      "target_kind": "State", "agent_name": "indian troops"},
     [("Fight", "asserted", "positive")]),
    ({"event": "Fight", "trigger": "clash", "issues": frozenset({"pay"}), "agent_kind": "Group",
      "target_kind": "State"},
     [("Fight", "asserted", "positive")]),
])
def test_a_clash_over_an_issue_reading(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # forgiving taxes frees no one held (development sheet dev-c5 judged the tax amnesty read
    # as a Release a wrong type; it also made a promise of it, an Agreement)
    ("Georgia is offering a one-off tax amnesty to people who hid their earnings under the "
     "regime of former president Eduard Shevardnadze.", set()),
    # … an amnesty for political prisoners frees them
    ("Burma granted an amnesty to 200 political prisoners.",
     {("Myanmar", "Release", "political prisoners")}),
])
def test_a_tax_amnesty_frees_no_one(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's protest is a formal complaint, no demonstration (development sheet dev-c5
    # judged it as Protest a wrong type)
    ("France today protested over Canada's decision to declare its ports off limits to French "
     "fishing vessels.", {("France", "Disapproval", "Canada")}),
    # … people protesting still protest
    ("Angry farmers protested against the European Commission in Brussels.",
     {("Angry farmers", "Protest", "European Commission")}),
])
def test_a_state_s_protest_is_a_complaint(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's violence against a state is military force (development sheet dev-c5 judged
    # an offensive read as Assault a wrong type) …
    ("Iranian forces have renewed their assault on Iraqi lines defending the southern city of "
     "Basra.", {("Iran", "Attack", "Iraq")}),
    # … against civilians it stays one-sided violence
    ("Burmese troops assaulted protesters in Rangoon.", {("Myanmar", "Assault", "protesters")}),
])
def test_violence_between_states_is_military(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # cutting an amount is economics, no sanction of the party beside it (development sentence
    # of reuters-3931: a Sanction of Japan; invented) …
    ("He said in the interview the U.S. purchases were to reduce his country's 7.1 billion dlr "
     "surplus with the United States and also to cut its 5.6 billion dlr shortfall with Japan.",
     set()),
    ("Japan pledged to cut its trade surplus with the United States.", set()),
    # … cutting ties or aid stays one (invented)
    ("Britain cut diplomatic ties with Libya.", {("United Kingdom", "Sanction", "Libya")}),
    ("The United States cut aid to Egypt.", {("United States", "Sanction", "Egypt")}),
    # a company's presence is no force (development sentence of reuters-345, with the company's
    # full name: a Mobilization against the United States); a state's is (invented)
    ("Carlton Communications Plc said it intended to increase its presence in the U.S., which "
     "represented 50 pct of the world television market.", set()),
    ("Russia is increasing its military presence in Georgia.",
     {("Russia", "Mobilization", "Georgia")}),
    # an office captured holds no one (development sentence of reuters-7254: an Arrest of
    # Mitterrand); a person captured is held (invented)
    ("But political analysts said Baudouin's statements showed growing divisions over "
     "electorally sensitive social issues among the rightist RPR-UDF coalition, ahead of its bid "
     "next year to capture the presidency from Socialist president Francois Mitterrand.", set()),
    ("Iraqi troops captured the Kuwaiti ambassador.", {("Iraq", "Arrest", "Kuwait")}),
    # goods bought are trade, even between states (development sentences of reuters-4382 and
    # reuters-19964: Agreements with the United States; invented) …
    ("Under the accord covering 1983-88, the Soviets agreed to buy at least nine mln tonnes of "
     "U.S. grain, including four mln tonnes each of corn and wheat.", set()),
    ("Under the nonbinding pact, Moscow has agreed to purchase a minimum of nine mln tonnes of "
     "U.S. grain per year.", set()),
    ("Egypt agreed to buy 200,000 tonnes of wheat from France.", set()),
    # … and so are shares granted to a company (reuters-17956: Aid to Boeing) …

    ("ARGOSystems has granted Boeing an option to buy up to 1,238,311 new shares or a 15.6 pct "
     "interest at 37 dlrs each, and shareholders have granted Boeing an option to purchase up to "
     "597,885 shares at the same price.", set()),
    # … while a sanction on trade, arms bought, a state's deal that buys nothing, a demand to buy
    # and a government body's order to a company stay (invented; development sentence of
    # reuters-2917)
    ("The United States suspended grain sales to the Soviet Union after the invasion of "
     "Afghanistan.", {("United States", "Sanction", "Soviet Union")}),
    ("Saudi Arabia agreed to buy 132 warplanes from Britain.",
     {("Saudi Arabia", "Agreement", "United Kingdom")}),
    ("Iran signed a deal with Russia to supply fuel to its nuclear plant.",
     {("Iran", "Treaty", "Russia")}),
    ("The United States urged Japan to import more American rice.",
     {("United States", "Request", "Japan")}),
    # (TWA is Trans World Airlines Inc by its initials without the legal form: one company)
    ("USAir Group said it sought the help of the U.S. Department of Transportation in its "
     "takeover fight with Trans World Airlines Inc, asking the Department to order TWA to sell "
     "its USAir shares.", {("U.S. Department of Transportation", "Demand", "Trans World Airlines Inc"),
                           ("USAir Group", "Request", "U.S. Department of Transportation")}),
    # a company or an institute disputing economists comments (development sentence of
    # reuters-6593: a Challenge of economists); a politician's criticism of them stays (invented)
    ("In a report DIW disputed arguments by other economists that the economy was showing mixed "
     "development, with domestic demand healthy but foreign demand weak.", set()),
    ("Tony Blair criticised City economists.", {("Tony Blair", "Criticism", "City economists")}),
    # a trade accord of governments on imports stays (invented after reuters-12417, whose US-EC
    # agreement on maize imports a first version of the rule dropped)
    ("The United States agreed with the European Community on special imports of maize and "
     "sorghum.", {("United States", "Agreement", "European Community")}),
    # complaints met are addressed, no one is met (development sentence of reuters-342: a
    # Meeting with the United States) …
    ("As a result, Tokyo is striving to meet U.S. complaints about its trade practices in a "
     "variety of fields, including super computers.", set()),
    # … and so are targets set by a party (invented); a person is met
    ("Brazil failed to meet the IMF's targets.", set()),
    ("Tony Blair met Bill Clinton in Washington.", {("Tony Blair", "Meeting", "Bill Clinton")}),
])
def test_business_amounts_and_idioms_are_no_events(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "verb_triggers", "noun_triggers")) == (
        expected)
