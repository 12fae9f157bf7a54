"""Noun triggers under light verbs, and stopped cooperation (constructions/noun_triggers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed new sanctions on Iran.", {("European Union", "Sanction", "Iran")}),
    # a stopped cooperative act is a reduction of relations
    ("Norway halted development aid to Uganda.", {("Norway", "Sanction", "Uganda")}),
    # the light verb's indirect object; "N dollars of aid" stands for the aid
    ("Sweden gave Ukraine military aid last year.", {("Sweden", "Aid", "Ukraine")}),
    ("Japan gave Kenya 50 million dollars of aid for new roads.", {("Japan", "Aid", "Kenya")}),
    # talks with someone who is no party are not talks of the agents with each other
    # (development sentence: it was a Meeting of Martin Sosnoff with MTS Acquisition Corp)
    ("Caesars World Inc declined immediate comment on news that Martin Sosnoff's <MTS "
     "Acquisition Corp> has held preliminary talks with two companies on the possibility of "
     "forming a joint venture to pursue the acquisition of Caesars.", set()),
    ("Brazil and Mexico held talks with commercial banks in New York.", set()),
    ("Israel and Lebanon renewed negotiations.",
     {("Israel", "Negotiation", "Lebanon"), ("Lebanon", "Negotiation", "Israel")}),
])
def test_noun_triggers(read_with, text, expected):
    assert read_with(text, "noun_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of a verb that a meeting noun hangs from takes part in it
    ("Germany is in talks with France about the budget.",
     {("Germany", "Meeting", "France", "positive", "asserted")}),
    # … and a meeting it is due to take part in has not happened yet
    ("Britain is due to take part in talks with India on Friday.",
     {("United Kingdom", "Meeting", "India", "positive", "hedged")}),
    # going or entering into a meeting is taking part in it (after a sentence of a development
    # article, dev9 reuters-16550)
    ("Secretary of State George Shultz went directly into a closed-door meeting with "
     "Shevardnadze after arriving in Moscow.",
     {("George Shultz", "Meeting", "Eduard Shevardnadze", "positive", "asserted")}),
    ("Secretary of State George Shultz entered into talks with Japan on defence spending.",
     {("George Shultz", "Meeting", "Japan", "positive", "asserted")}),
    # going or being somewhere for talks is taking part in them (a development sentence, dev7
    # Reuters; invented ones), framed by the verb; 'called for talks' asks for them
    ("Secretary of State George Shultz arrived in Moscow for talks with Soviet leaders.",
     {("George Shultz", "Meeting", "Soviet Union", "positive", "asserted")}),
    ("Jacques Chirac flew to Berlin for talks with Gerhard Schroeder.",
     {("Jacques Chirac", "Meeting", "Gerhard Schroeder", "positive", "asserted")}),
    ("Jacques Chirac was in Berlin for a meeting with Gerhard Schroeder.",
     {("Jacques Chirac", "Meeting", "Gerhard Schroeder", "positive", "asserted")}),
    ("Jacques Chirac will fly to Berlin next week for talks with Gerhard Schroeder.",
     {("Jacques Chirac", "Meeting", "Gerhard Schroeder", "positive", "hedged")}),
    ("Brazilian business leaders called for talks with the IMF.", set()),
    # going somewhere in the present tense is a trip still to come in a news lede (PLOVER
    # sentence; invented one)
    ("U.S. and Russian negotiators return to Geneva this week for talk on limiting the number "
     "of European-based nuclear missiles, an issue likely to dominate East-West relations this "
     "year.", set()),
    ("Jacques Chirac flies to Berlin on Monday for talks with Gerhard Schroeder.", set()),
    ("The union pressed for talks with British Airways.", set()),
    # an attack one was killed in is not one's own
    ("Three soldiers were killed in an attack on a convoy.", set()),
])
def test_taking_part_in_a_meeting(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act set in the time of a meeting or visit: its doer took part (after a sentence of
    # the development recall gold, reuters-7062, the parser hanging the phrase on the subject)
    ("British Agriculture Minister Michael Jopling during a visit to Washington this week "
     "endorsed the OECD work as a starting point for the Uruguay round negotiations on "
     "agriculture.", {("Michael Jopling", "Visit", "United States", "positive", "asserted")}),
    ("Speaking after a meeting with Jacques Chirac, Gerhard Schroeder said the two countries "
     "were united.", {("Gerhard Schroeder", "Meeting", "Jacques Chirac", "positive", "asserted")}),
    ("Jack Straw raised the issue of human rights at a meeting with Kamal Kharrazi.",
     {("Jack Straw", "Meeting", "Kamal Kharrazi", "positive", "asserted")}),
    # 'following' sets the act after the meeting as 'after' does (invented, after the dev9
    # sentence of reuters-8523, 'told reporters following a six-hour meeting with …')
    ("Yeutter told reporters following talks with Japanese Trade Minister Hajime Tamura that "
     "progress had been made.", {("Yeutter", "Meeting", "Hajime Tamura", "positive", "asserted")}),
    # … framed as the act is (a development sentence, reuters-3090 is the same: first read
    # as stated)
    ("Tony Blair will raise human rights during a visit to China next week.",
     {("Tony Blair", "Visit", "China", "positive", "hedged")}),
    # a visit of its own is its owner's, not the subject's; a passive subject did not act;
    # asking for talks is not taking part in them
    ("During George Bush's visit to London, protesters marched through the city.",
     {("George Bush", "Visit", "United Kingdom", "positive", "asserted")}),
    ("The plan will be explained to the banks at a meeting with the Bank of England.", set()),
    ("The union insisted on talks with British Airways.", set()),
])
def test_meeting_as_the_time_of_an_act(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting that sets the time of a statement or a news conference sets the time of the
    # act told in it (invented, after development sentences of reuters-20780 and -16957)
    ("Ronald Reagan said in a statement following a meeting with Yasuhiro Nakasone that the "
     "dollar was stable.",
     {("Ronald Reagan", "Meeting", "Yasuhiro Nakasone", "positive", "asserted")}),
    ("In a news conference after talks with Roh Tae-woo, Malcolm Baldrige praised the plan.",
     {("Malcolm Baldrige", "Meeting", "Roh Tae-woo", "positive", "asserted")}),
    # 'following' parsed as a participle whose object the meeting is (after a development
    # sentence of bbc-politics, 'At a news conference following talks with Mr Blair, …')
    ("At a press conference following talks with Jacques Chirac, Gerhard Schroeder said the "
     "two countries were united.",
     {("Gerhard Schroeder", "Meeting", "Jacques Chirac", "positive", "asserted")}),
    # … and a participle set off after the subject is the subject's
    ("Helmut Kohl, speaking after a meeting with Francois Mitterrand, said the two countries "
     "were united.",
     {("Helmut Kohl", "Meeting", "Francois Mitterrand", "positive", "asserted")}),
    # talks of their own parties (read by mutual.py) are not the speaker's; nor a statement
    # issued after them by someone else
    ("In a statement after talks between France and Germany, the European Union welcomed the "
     "deal.", set()),
    ("In a statement issued after a meeting with Tony Blair, the union welcomed the deal.",
     set()),
])
def test_meeting_as_the_time_of_a_statement(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what happened to a party is the topic, not the party acted on (development sentence: it
    # was an Investigation of David Kelly; the second was also a Criticism of the aid workers)
    ("Lord Hutton's inquiry into the death of Dr David Kelly sparked debate about who should run "
     "inquiries.", set()),
    ("Britain condemned the killing of aid workers by Iraqi rebels.",
     {("Iraqi rebels", "Killing", "aid workers")}),
    # a party itself is
    ("The Senate opened a probe into Oliver North.", {("Senate", "Investigation", "Oliver North")}),
    # and so are its affairs, its own dealings (regression: "affairs" was read as the lemma
    # "affair", a topic, and a state's investigation of a company was lost; written sentences)
    ("The Senate opened a probe into the affairs of Oliver North.",
     {("Senate", "Investigation", "Oliver North")}),
    ("The Department of Trade launched an investigation into the affairs of Barlow Clowes.",
     {("Department of Trade", "Investigation", "Barlow Clowes")}),
    ("The Senate opened a probe into the Iran-contra affair.", set()),
])
def test_what_happened_is_a_topic(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # people in talks about their work, no partner named, talk with someone unnamed (the
    # held-out audit v9 judged three such Meetings of a show's judges with each other wrong)
    ("Simon Cowell, Sharon Osbourne and Louis Walsh are in talks about a new series.", set()),
    # … states, and people in talks about something else, talk with each other
    ("Israel and Syria are in talks about the Golan Heights.",
     {("Israel", "Meeting", "Syria"), ("Syria", "Meeting", "Israel")}),
    ("Tony Blair and Gordon Brown are in talks about the election.",
     {("Tony Blair", "Meeting", "Gordon Brown"), ("Gordon Brown", "Meeting", "Tony Blair")}),
])
def test_people_in_talks_about_their_work_do_not_meet_each_other(read_with, text, expected):
    assert read_with(text, "noun_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what recurs or figures in talks is a matter discussed, not a party taking part
    # (development sheet dev-c4 judged four such rows of the United States with Argentina and
    # Brazil wrong agent; the context sentence makes "it" the United States as there)
    ("The United States has a plan. Bankers say it will probably recur in talks with Argentina "
     "and Brazil.", set()),
    # … whoever is in talks or takes part in them is a party
    ("The United States is in talks with Argentina.",
     {("United States", "Meeting", "Argentina")}),
])
def test_a_matter_in_talks_is_no_party(read_with, text, expected):
    assert read_with(text, "noun_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # support someone has, wins or enjoys is given to them by the one named after "of" (sentences
    # written for the class of the blind held-out audit: "X won the backing of Y" read as X
    # supporting Y; "has the backing of" was read so)
    ("Mr Blair has the backing of President Bush.",
     {("Bush", "Support", "Tony Blair", "positive", "asserted")}),
    ("Senator Dole won the support of President Reagan for the bill.",
     {("Ronald Reagan", "Support", "Dole", "positive", "asserted")}),
    ("Mr Blair does not have the backing of President Bush.",
     {("Bush", "Support", "Tony Blair", "negative", "asserted")}),
    # a name the parser hangs on the subject after the verb does not have it (a development
    # sentence of bbc-business-166: the first reading credited the support to Ken Livingstone)
    ("The line has the support of the Mayor of London, Ken Livingstone, business groups and the "
     "government, but there have been three years of arguments over how it should be funded.",
     set()),
    # the possessor of "backing of" still gives it
    ("The unions' backing of Mr Blair was welcome.",
     {("unions", "Support", "Tony Blair", "positive", "asserted")}),
])
def test_support_held_is_given_by_the_other(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an interview with a news agency, a paper or a journalist is how the news was made, no
    # consultation (CAMEO 04 is political actors meeting): 'spoke to Reuters' is none either.
    # Regression: held-out audit v18 judged two such rows 'wrong type' ('In an interview with
    # the Financial Times, Mr Blair …'); development articles reuters-4314 (below), bbc dev13
    # (Ed Balls, Andrew Marr) and Reuters dev12/dev13 (Conable, Rha Woong Bae, Mikulic) had six
    ("In an interview with Reuters, Lyng also said the Reagan administration will ask Tokyo to "
     "remove its quotas on U.S. beef and citrus exports.", set()),
    ("Mr Blair said in an interview with the BBC that he would stay.", set()),
    ("In an interview with the BBC's political editor Andrew Marr, Mr Blair said progress "
     "would be tough.", set()),
    # an interview with no party named after it is no one's consultation, nor one of those
    # interviewed with each other (development article reuters-21542, dev7: it was read as
    # Baker's and the officials' consultation of each other)
    ("Richard Lyng said in a telephone interview that the talks would go on.", set()),
    ("And U.S. Treasury Secretary James Baker's remarks at the weekend indicating the need to "
     "revise it do not herald a lower range for the dollar, other senior officials from the Bank "
     "of Japan and Finance Ministry agreed in interviews.", set()),
])
def test_an_interview_with_a_party(read_with, text, expected):
    assert read_with(text, "noun_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development article reuters-8747 (dev11): the meetings put before the verb took place,
    # what he did not do in them is the verb's (regression: the meetings were negated)
    ("World Bank president Barber Conable visited Jakarta this week. But he said that in "
     "meetings with President Suharto he had not called for specific policy changes.",
     {("Barber Conable", "Meeting", "Suharto", "positive", "asserted")}),
    ("In talks with President Suharto, Tony Blair did not call for policy changes.",
     {("Tony Blair", "Meeting", "Suharto", "positive", "asserted")}),
    # a verb of taking part that is negated negates the talks
    ("Japan is not in talks with the United States.",
     {("Japan", "Meeting", "United States", "negative", "asserted")}),
])
def test_a_meeting_set_before_a_negated_verb_took_place(read_with, text, expected):
    assert read_with(text, "noun_triggers", framing=True) == expected
