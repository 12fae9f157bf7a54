"""How the text frames an event (framing.py): negation inherited from the verb or adjective the
act hangs from, questions, and which announced acts are promises (conventions, intent)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # a negated verb or adjective the act hangs from negates it (development sentences; each was
    # positive, the Commission's also an asserted Agreement)
    ("The European Community Commission has told EC member states that it is not prepared to "
     "discuss EC sugar prices while sugar traders threaten to make a huge sale into intervention "
     "stocks to protest against its policies, Commission sources said.",
     {("European Commission", "Consultation", "European Community", "negative", "asserted")}),
    ("The European Community Commission has told EC member states that it is prepared to "
     "discuss EC sugar prices.",
     {("European Commission", "Consultation", "European Community", "positive", "hedged"),
      ("European Commission", "Agreement", "European Community", "positive", "asserted")}),
    ("As it stands terrorists do not need to attack the U.K.",
     {("terrorists", "Attack", "United Kingdom", "negative", "asserted")}),
    # (not negated, a need states no act done: wanted, hedged — see test_obligation)
    ("Terrorists need to attack the U.K.",
     {("Terrorists", "Attack", "United Kingdom", "positive", "hedged")}),
    # "no" on a noun trigger negates it (development sentence; it was positive)
    ("Morgan, however, has had no formal contact with Liverpool or their advisors since last "
     "December, blaming indecision at board level as he publicly withdrew his £70m offer.",
     {("Morgan", "Consultation", "advisors", "negative", "asserted")}),
    ("Morgan has had formal contact with Liverpool and their advisors since last December.",
     {("Morgan", "Consultation", "advisors", "positive", "asserted")}),
    # "nor" and "neither" negate the verb they stand before (as in the development sentence "…
    # nor does she/he kill innocent women, men and children", which was a positive Killing)
    ("The rebels do not negotiate with governments, nor do they attack civilians.",
     {("rebels", "Attack", "civilians", "negative", "asserted")}),
    ("The army neither attacked the rebels nor negotiated with them.",
     {("army", "Attack", "rebels", "negative", "asserted")}),
    ("The rebels negotiate with governments and they attack civilians.",
     {("rebels", "Attack", "civilians", "positive", "asserted")}),
    # a meeting that was cancelled did not take place (a sentence written for the class of the
    # blind held-out audit: meetings that did not happen stated as fact; it was positive), one
    # that was held did
    ("Mr Straw's meeting in Brussels with Iranian officials was cancelled.",
     {("Jack Straw", "Meeting", "Iran", "negative", "asserted")}),
    ("Mr Straw's meeting with Iranian officials was held in Brussels.",
     {("Jack Straw", "Meeting", "Iran", "positive", "asserted")}),
])
def test_negation(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # asked about, not stated (as the development sentence "Is the president going to ask him?",
    # which was asserted)
    ("Will Britain ask Iran to release the sailors?",
     {("United Kingdom", "Request", "Iran", "positive", "hedged")}),
    ("Why did Britain ask Iran to release the sailors?",
     {("United Kingdom", "Request", "Iran", "positive", "hedged")}),
    ("Britain asked Iran to release the sailors.",
     {("United Kingdom", "Request", "Iran", "positive", "asserted")}),
])
def test_questions(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act in a clause opened by "in case" is a condition, not a fact (development sentence;
    # both were asserted; the evacuation of citizens, a Retreat from Ivory Coast until the
    # events4 round, is a rescue: tests/extract/test_verb_triggers.py)
    ("Downing Street has confirmed British troops are on standby in case they need to help "
     "evacuate several hundred UK citizens from Ivory Coast.",
     {("United Kingdom", "Aid", "citizens from Ivory Coast", "positive", "hedged")}),
    ("British troops helped evacuate several hundred UK citizens from Ivory Coast.",
     {("United Kingdom", "Aid", "citizens from Ivory Coast", "positive", "asserted")}),
])
def test_conditions(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the narrator's future of a meeting or visit is a schedule, no promise (development
    # sentences; each also gave an asserted Agreement)
    ("Michael Ancram will meet Chinese counterpart Minister Li Zhaoxing.",
     {("Michael Ancram", "Meeting", "Li Zhaoxing", "positive", "hedged")}),
    ("The Catholic aid agency Cafod will host Mr Brown's speech on Wednesday.",
     {("Cafod", "Meeting", "Gordon Brown", "positive", "hedged")}),
    # … nor in the agent's reported words: a meeting announced is planned, no agreement (the
    # held-out v11 audit judged planned meetings typed Agreement wrong; so did dev-c2 and dev-c4,
    # two of two: "talks (future), not an agreement", "he plans consultations")
    ("Mr Ancram said he will meet Chinese counterpart Minister Li Zhaoxing.",
     {("Michael Ancram", "Meeting", "Li Zhaoxing", "positive", "hedged")}),
    ("Jack Straw said he will hold talks with Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    # … while one offered, agreed or that the agent is ready for is promised (CAMEO 036)
    ("Iran offered to hold talks with the European Union.",
     {("Iran", "Meeting", "European Union", "positive", "hedged"),
      ("Iran", "Agreement", "European Union", "positive", "asserted")}),
    ("Iran said it is ready to hold talks with the European Union.",
     {("Iran", "Meeting", "European Union", "positive", "hedged"),
      ("Iran", "Agreement", "European Union", "positive", "asserted")}),
])
def test_scheduled_is_no_promise(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act in the present tense with a date is a schedule (development sentences, the second
    # and third with the party named; each was asserted)
    ("Gordon Brown is travelling to America next week as part of his persuasion drive over the "
     "issue.", {("Gordon Brown", "Visit", "United States", "positive", "hedged")}),
    ("The British government is holding a further meeting on Friday with the British Board of "
     "Film Classification to discuss how labelling can be made clearer.",
     {("United Kingdom", "Meeting", "British Board of Film Classification", "positive",
       "hedged")}),
    ("Gordon Brown flies to Washington on Monday to meet US officials.",
     {("Gordon Brown", "Meeting", "United States", "positive", "hedged")}),
    # … not one without a date, nor a past one
    ("Gordon Brown is visiting Tanzania to highlight the plight of many Africans.",
     {("Gordon Brown", "Visit", "Tanzania", "positive", "asserted")}),
    ("The British government held a further meeting on Friday with the British Board of Film "
     "Classification.",
     {("United Kingdom", "Meeting", "British Board of Film Classification", "positive",
       "asserted")}),
    ("Gordon Brown travelled to America last week.",
     {("Gordon Brown", "Visit", "United States", "positive", "asserted")}),
    # … nor one going on now (development sentence)
    ("US Undersecretary of State John Bolton is meeting British officials this week to press the "
     "case for keeping the embargo.",
     {("John Bolton", "Meeting", "United Kingdom", "positive", "asserted")}),
])
def test_present_with_a_date_is_a_schedule(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the narrator's conditional states a hypothesis, no promise (development sentence; it was an
    # Agreement with "people")
    ("The Lib Dems would allow people to swap these winter fuel payments for discounts on home "
     "insulation.", set()),
    # … their own word for it is a promise (to pensioners here: 'people' under 'would' is people
    # in general, no party, rules/extract/generic.json)
    ("The Lib Dems said they would allow pensioners to swap these winter fuel payments for "
     "discounts on home insulation.",
     {("Liberal Democrats (United Kingdom)", "Agreement", "pensioners", "positive", "asserted")}),
    # a plain future of a decided act stays an announced decision
    ("Turkey will allow up to 13,000 Turkish Kurd refugees who have lived in Iraq for more than a "
     "decade to return home as part of a UN-brokered deal.",
     {("Turkey", "Agreement", "refugees", "positive", "asserted")}),
])
def test_hypothesis_is_no_promise(read_with, text, expected):
    assert read_with(text, "intent", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # keen or eager to act: a wish, the act has not happened (development sentence: it was an
    # asserted Negotiation), and no promise either …
    ("But diplomats said the EC is keen to negotiate with Tokyo to solve the problem rather than "
     "embark on a costly and damaging trade war, and the ministers called for more cooperation "
     "with Japan in industry and research.",
     {("European Community", "Negotiation", "Japan", "positive", "hedged")}),
    ("Ministers said Britain was eager to hold talks with Iran.",
     {("United Kingdom", "Meeting", "Iran", "positive", "hedged")}),
    # … while the act done stays asserted
    ("The EC negotiated with Tokyo to solve the problem.",
     {("European Community", "Negotiation", "Japan", "positive", "asserted")}),
])
def test_keen_to_act_is_hedged(read_with, text, expected):
    # 'the ministers' are a group since recall19 (office_groups.py); their 'called for more
    # cooperation with Japan', read as a Request of Japan, is not what this test is about (and a
    # doubtful reading of a call for cooperation, left as found)
    found = {row for row in read_with(text, TRIGGERS, framing=True) if row[0] != "ministers"}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a visit or a meeting still to come is hedged (development sentence of reuters wire copy,
    # with the prime minister named: it was an asserted Visit; the held-out audit v9 judged
    # three planned meetings and visits stated as fact wrong)
    ("Shintaro Abe returned from a U.S. visit designed to pave the way for Prime Minister "
     "Yasuhiro Nakasone's visit to Washington starting next Wednesday.",
     {("Yasuhiro Nakasone", "Visit", "United States", "positive", "hedged")}),
    ("Tony Blair's upcoming visit to Moscow was announced on Monday.",
     {("Tony Blair", "Visit", "Russia", "positive", "hedged")}),
    # … and so are talks looked forward to (development sentence of reuters-16631, with the name
    # for 'He': it was an asserted Meeting, judged wrong type)
    ("Reagan said he was looking forward to his talks with Nakasone and \"he has been most "
     "helpful.",
     {("Ronald Reagan", "Meeting", "Nakasone", "positive", "hedged")}),
    # … a visit that happened is asserted, and so are talks gone ahead with
    ("Tony Blair's visit to Moscow ended on Monday.",
     {("Tony Blair", "Visit", "Russia", "positive", "asserted")}),
    ("Reagan went ahead with his talks with Yasuhiro Nakasone.",
     {("Ronald Reagan", "Meeting", "Yasuhiro Nakasone", "positive", "asserted")}),
])
def test_an_act_still_to_come_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what the speaker says others will do is a prediction, no promise of theirs (the held-out
    # audit v9 judged such an Agreement wrong type; it was one here) …
    ("Mr Blair said Labour MPs will welcome Mr Jackson.",
     {("Labour MPs", "Praise", "Jackson", "positive", "hedged")}),
    ("Mr Blair said Mr Brown will support Mr Prescott.",
     {("Gordon Brown", "Support", "John Prescott", "positive", "hedged")}),
    # … what the speaker, or the state it speaks for, says it will do is one
    ("Mr Blair said he will support Gordon Brown.",
     {("Tony Blair", "Support", "Gordon Brown", "positive", "hedged"),
      ("Tony Blair", "Agreement", "Gordon Brown", "positive", "asserted")}),
    ("Jack Straw said Britain will help Iraq.",
     {("United Kingdom", "Aid", "Iraq", "positive", "hedged"),
      ("United Kingdom", "Agreement", "Iraq", "positive", "asserted")}),
])
def test_what_others_will_do_is_a_prediction(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # sanctions a vetoed resolution would have imposed were not imposed (development sentence
    # of reuters wire copy: two positive Sanctions, judged wrong type)
    ("For the second time in seven weeks, the United States and Britain vetoed a Security "
     "Council resolution to impose mandatory sanctions against South Africa.",
     {("United States", "Sanction", "South Africa", "negative", "asserted"),
      ("United Kingdom", "Sanction", "South Africa", "negative", "asserted")}),
    # … imposed ones were
    ("The United States and Britain imposed mandatory sanctions against South Africa.",
     {("United States", "Sanction", "South Africa", "positive", "asserted"),
      ("United Kingdom", "Sanction", "South Africa", "positive", "asserted")}),
])
def test_what_a_veto_stopped_did_not_happen(read_with, text, expected):
    assert read_with(text, ("noun_triggers",), framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act named by a noun whose light verb promises it is promised, not done: hedged, and
    # the agent's promise (development sheet dev-c4 judged the delegation's Supply, asserted,
    # wrong type: "only promised supply, stated as fact")
    ("A Ghanaian government delegation promised the people a regular supply of maize, rice and "
     "sugar.",
     {("Ghana", "Supply", "people", "positive", "hedged"),
      ("Ghana", "Agreement", "people", "positive", "asserted")}),
    ("Japan offered emergency aid to Bangladesh.",
     {("Japan", "Aid", "Bangladesh", "positive", "hedged"),
      ("Japan", "Agreement", "Bangladesh", "positive", "asserted")}),
    # … given or sent, it is done
    ("A Ghanaian government delegation gave the people a regular supply of maize, rice and "
     "sugar.",
     {("Ghana", "Supply", "people", "positive", "asserted")}),
])
def test_an_act_promised_by_its_light_verb_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose of a planned journey is planned too (sentences written for the class of the
    # blind held-out audit: planned meetings and visits stated as fact; this one was an asserted
    # Meeting); the purpose of a journey made is no plan
    ("Jack Straw plans to travel to Tehran to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Visit", "Iran", "positive", "hedged"),
      ("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw travelled to Tehran to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Visit", "Iran", "positive", "asserted"),
      ("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
    # … and the purpose of a vow states the opposition now (development sentence of
    # reuters-9076, judged right as an asserted Criticism)
    ("External Affairs Minister Joe Clark today vowed to do everything possible to fight the U.S. "
     "action against Canadian potash exports, but also warned against raising the alarm too "
     "early in the dispute.",
     {("Joe Clark", "Criticism", "United States", "positive", "asserted")}),
    # a meeting that is planned or expected, or that will be held, is still to come (each was
    # asserted); one that took place is not
    ("A meeting between Tony Blair and Gerhard Schroeder is planned for next week.",
     {("Tony Blair", "Meeting", "Gerhard Schroeder", "positive", "hedged"),
      ("Gerhard Schroeder", "Meeting", "Tony Blair", "positive", "hedged")}),
    ("The talks between Tony Blair and Gerhard Schroeder are expected to focus on Iraq.",
     {("Tony Blair", "Meeting", "Gerhard Schroeder", "positive", "hedged"),
      ("Gerhard Schroeder", "Meeting", "Tony Blair", "positive", "hedged")}),
    ("The talks between Tony Blair and Gerhard Schroeder focused on Iraq.",
     {("Tony Blair", "Meeting", "Gerhard Schroeder", "positive", "asserted"),
      ("Gerhard Schroeder", "Meeting", "Tony Blair", "positive", "asserted")}),
    # a meeting that is due, scheduled or set is still to come (the held-out v11 audit found
    # one 'due to take place' asserted; written sentences); one that was a success took place
    ("The meeting between Rick Wagoner and Sergio Marchionne is due to take place next week.",
     {("Rick Wagoner", "Meeting", "Sergio Marchionne", "positive", "hedged"),
      ("Sergio Marchionne", "Meeting", "Rick Wagoner", "positive", "hedged")}),
    ("The talks between Tony Blair and Gerhard Schroeder are set for next week.",
     {("Tony Blair", "Meeting", "Gerhard Schroeder", "positive", "hedged"),
      ("Gerhard Schroeder", "Meeting", "Tony Blair", "positive", "hedged")}),
    ("The meeting between Rick Wagoner and Sergio Marchionne was a success, both men said.",
     {("Rick Wagoner", "Meeting", "Sergio Marchionne", "positive", "asserted"),
      ("Sergio Marchionne", "Meeting", "Rick Wagoner", "positive", "asserted")}),
    # an act a hypothetical would allow is hypothetical too (it was an asserted Sanction); one a
    # decision allowed is not
    ("The plan would allow Russia to cut supplies to Ukraine.",
     {("Russia", "Sanction", "Ukraine", "positive", "hedged")}),
    ("The plan allowed Russia to cut supplies to Ukraine.",
     {("Russia", "Sanction", "Ukraine", "positive", "asserted")}),
])
def test_planned_and_hypothetical_acts_are_hedged(read_with, text, expected):
    assert read_with(text, ("mutual", *TRIGGERS), framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting someone is set, expected, going or has arranged to hold, or hopes for, is still to
    # come (sentences written for the class of the held-out v11 audit: planned meetings stated as
    # fact; 'is set to' and 'is expected to' read nothing, the others an asserted Meeting) …
    ("Jack Straw is set to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw is expected to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw is going to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw has arranged to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw hopes to meet Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    # … and so is the purpose of a journey under way (development sentence of reuters wire copy,
    # judged wrong type in dev-c2: "urging is planned, stated as fact")
    ("President Reagan is going to the U.S. Capitol to personally urge senators to support his "
     "veto of an 88 billion dlr highway and mass transit funding bill, Republican leader Robert "
     "Dole of Kansas said.",
     {("Ronald Reagan", "Request", "senators", "positive", "hedged")}),
    # … while a meeting held took place
    ("Jack Straw met Iranian President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
    # the passive subject of a verb of saying or perceiving is not the one who acts in its
    # infinitive (development sentences: with the subject read this way, each gave an asserted
    # Fight or Request)
    ("For the umpteenth time, Tony Blair and Gordon Brown are said to have declared all out war "
     "on each other.", set()),
    ("On tape, Mr Livingstone, who once worked as a freelance restaurant critic on the paper, is "
     "heard asking Mr Finegold if he is a \"German war criminal\".", set()),
])
def test_a_meeting_still_to_come_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what someone predicts, believes or fears a party will do is an expectation, no promise or
    # threat of the party's (sentences written for the class of the held-out v11 audit:
    # predictions stated as fact; each also gave an asserted Threat or Agreement) …
    ("Analysts predicted Japan will retaliate against the United States.",
     {("Japan", "Sanction", "United States", "positive", "hedged")}),
    ("Mr Blair believes Britain will support the United States.",
     {("United Kingdom", "Support", "United States", "positive", "hedged")}),
    ("Officials fear Iran will attack Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "hedged")}),
    ("It is likely that the United States will impose sanctions on Japan.",
     {("United States", "Sanction", "Japan", "positive", "hedged")}),
    # … while what a party says it will do stays its promise
    ("Mr Blair said Britain will support the United States.",
     {("United Kingdom", "Support", "United States", "positive", "hedged"),
      ("United Kingdom", "Agreement", "United States", "positive", "asserted")}),
    # an act in a bare clause of a hypothetical is hypothetical too (written sentences; each was
    # asserted); of a fact, it is a fact
    ("The deal would see Britain supply arms to Iraq.",
     {("United Kingdom", "Supply", "Iraq", "positive", "hedged")}),
    ("The plan would mean Russia cutting gas supplies to Ukraine.",
     {("Russia", "Sanction", "Ukraine", "positive", "hedged")}),
    ("The deal saw Britain supply arms to Iraq.",
     {("United Kingdom", "Supply", "Iraq", "positive", "asserted")}),
])
def test_a_prediction_or_a_hypothesis_is_no_fact(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a party is pressed, begged, told or ordered to do has not happened (written sentences
    # for the class of the blind held-out audit; each act was asserted); what it was persuaded
    # to do, or did, has
    ("France pressed Germany to condemn Russia.",
     {("France", "Demand", "Germany", "positive", "asserted"),
      ("Germany", "Criticism", "Russia", "positive", "hedged")}),
    ("The United States has been pressing Japan to impose sanctions on Iran.",
     {("United States", "Demand", "Japan", "positive", "asserted"),
      ("Japan", "Sanction", "Iran", "positive", "hedged")}),
    ("France ordered its troops to attack the rebels.",
     {("France", "Demand", "troops", "positive", "asserted"),
      ("troops", "Attack", "rebels", "positive", "hedged")}),
    ("France persuaded Germany to condemn Russia.",
     {("Germany", "Criticism", "Russia", "positive", "asserted")}),
    ("Germany condemned Russia.",
     {("Germany", "Criticism", "Russia", "positive", "asserted")}),
    # the infinitive parsed as an adverbial clause is still the act asked of the one pleaded
    # with (it was France's asserted Criticism)
    ("France pleaded with Germany to condemn Russia.",
     {("France", "Request", "Germany", "positive", "asserted"),
      ("Germany", "Criticism", "Russia", "positive", "hedged")}),
    # … and so after 'called on X' with a date between (a PLOVER sentence, shortened: the
    # Arabs' mobilisation was asserted once it was theirs)
    ("An official Syrian newspaper called Thursday on Arabs to unite and mobilize against "
     "Israeli right-winger Ariel Sharon.",
     {("Arabs", "Mobilization", "Ariel Sharon", "positive", "hedged")}),
    # an act in a clause of 'for' and an infinitive is asked for (it was asserted)
    ("The bishops appealed for Iraq to free the prisoners.",
     {("Iraq", "Release", "prisoners", "positive", "hedged")}),
])
def test_an_act_asked_for_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a party has to, needs to or ought to do is wanted, not done (sentences written for
    # the class of the blind held-out audit: "Tokyo has to recognise …" read as a fact) …
    ("Japan has to meet China to settle the dispute, the minister said.",
     {("Japan", "Meeting", "China", "positive", "hedged")}),
    ("The minister said Japan needs to meet China.",
     {("Japan", "Meeting", "China", "positive", "hedged")}),
    ("Mr Smith said Britain ought to criticise Germany.",
     {("United Kingdom", "Criticism", "Germany", "positive", "hedged")}),
    # … but what it had to do it did
    ("Japan had to meet China to settle the dispute.",
     {("Japan", "Meeting", "China", "positive", "asserted")}),
])
def test_obligation(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected
