"""Reports of the arts and of sport: what is no political event there (kg_builder/extract/
leisure.py, applied by conventions.leisure)."""

from __future__ import annotations

import pytest

from kg_builder.extract.conventions import Occasion, readings


def occasion(**fields) -> Occasion:
    base = {"event": "Rejection", "category": "REJECT", "agent_kind": "Person",
            "target_kind": "Person", "polarity": "positive", "modality": "asserted",
            "intent": False, "announced": False, "conditional": False}
    return Occasion(**{**base, **fields})


@pytest.mark.parametrize(("fields", "expected"), [
    # in an arts report a rejection, a consultation, a deal, an agreement between people is
    # show business …
    ({"arts": True}, []),
    ({"arts": True, "event": "Consultation", "category": "CONSULT"}, []),
    ({"arts": True, "event": "Treaty", "category": "SUPPORT", "target_kind": "Company"}, []),
    ({"arts": True, "event": "Visit", "category": "CONSULT"}, []),
    ({"arts": True, "event": "Visit", "category": "CONSULT", "target_kind": "State"},
     [("Visit", "asserted", "positive")]),
    ({"arts": True, "event": "Agreement", "category": "AGREE", "agent_kind": "Group"}, []),
    # … but not outside one, nor with a public body or an organisation on either side
    ({}, [("Rejection", "asserted", "positive")]),
    ({"arts": True, "event": "Agreement", "category": "AGREE", "agent_kind": "Company",
      "target_kind": "GovernmentBody"}, [("Agreement", "asserted", "positive")]),
    ({"arts": True, "event": "Aid", "category": "AID", "target_kind": "Organization"},
     [("Aid", "asserted", "positive")]),
    # … and meetings, praise, criticism and lawsuits between people stay
    ({"arts": True, "event": "Meeting", "category": "CONSULT"},
     [("Meeting", "asserted", "positive")]),
    ({"arts": True, "event": "Praise", "category": "SUPPORT"},
     [("Praise", "asserted", "positive")]),
    ({"arts": True, "event": "Criticism", "category": "DISAPPROVE"},
     [("Criticism", "asserted", "positive")]),
    # a fight is read after the selectional restrictions: a legal battle is a lawsuit and stays
    ({"arts": True, "event": "Fight", "category": "FIGHT", "trigger": "fight",
      "modifiers": frozenset({"legal"})}, [("Lawsuit", "asserted", "positive")]),
    # … and so does violence
    ({"arts": True, "event": "Attack", "category": "FIGHT", "trigger": "shoot",
      "agent_kind": "Group", "target_kind": "Group"}, [("Attack", "asserted", "positive")]),
    # in a sports report a title defended supports no one, a promise to defend it promises nothing
    ({"sport": True, "event": "Support", "category": "SUPPORT", "things": frozenset({"title"}),
      "intent": True, "announced": True, "modality": "hedged"}, []),
    ({"sport": True, "event": "Support", "category": "SUPPORT", "things": frozenset({"view"})},
     [("Support", "asserted", "positive")]),
    # … and a player walking out protests against no one; fans protesting do
    ({"sport": True, "event": "Protest", "category": "PROTEST"}, []),
    ({"sport": True, "event": "Protest", "category": "PROTEST", "agent_kind": "Group"},
     [("Protest", "asserted", "positive")]),
    ({"event": "Protest", "category": "PROTEST"}, [("Protest", "asserted", "positive")]),
    # … running against a side is no election challenge
    ({"sport": True, "event": "ElectoralChallenge", "category": "DISAPPROVE"}, []),
    ({"event": "ElectoralChallenge", "category": "DISAPPROVE"},
     [("ElectoralChallenge", "asserted", "positive")]),
    # … and 'the American' is an athlete, 'Russian officials' the state
    ({"sport": True, "event": "Criticism", "category": "DISAPPROVE", "agent_kind": "State",
      "agent_how": "demonym", "agent_name": "american"}, []),
    ({"sport": True, "event": "Criticism", "category": "DISAPPROVE", "target_kind": "State",
      "target_how": "demonym", "target_name": "sprinting"}, []),
    ({"sport": True, "event": "Criticism", "category": "DISAPPROVE", "agent_kind": "State",
      "agent_how": "demonym", "agent_name": "officials", "target_kind": "Organization"},
     [("Criticism", "asserted", "positive")]),
    ({"sport": True, "event": "Criticism", "category": "DISAPPROVE", "agent_kind": "State",
      "agent_how": "demonym", "agent_name": "authorities", "target_kind": "Organization"},
     [("Criticism", "asserted", "positive")]),
    ({"event": "Criticism", "category": "DISAPPROVE", "agent_kind": "State",
      "agent_how": "demonym", "agent_name": "american"}, [("Criticism", "asserted", "positive")]),
])
def test_what_arts_and_sports_reports_do_not_count(fields, expected):
    assert readings(occasion(**fields)) == expected


#: written sentences that make an article an arts report (film, Bafta, screenplay, singer, album,
#: band)
ARTS_REPORT = ("The film won the Bafta for best screenplay on Sunday. The singer's new album went "
               "straight to number one in the charts, and her band will tour in the spring. ")
#: sentences of a development sports report (bbc-sport-181), as in test_conventions.py
SPORTS_REPORT = ("The French star was part of the Chelsea side crushed 5-1 at the Nou Camp in the "
                 "Champions League quarter-final second leg in 2000. Chelsea have not played "
                 "Barcelona since that quarter-final tie five years ago. World Cup winner Desailly "
                 "saw huge changes during his time at Stamford Bridge. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # development sentence of bbc-entertainment-133 (dev-c4: it was a Rejection of Janet
    # Jackson, judged not an event); outside an arts report it still reads one
    (ARTS_REPORT + "The former Beatle resisted any temptation to refer to Janet Jackson's "
     "headline-grabbing performance last year.", set()),
    ("The former Beatle resisted any temptation to refer to Janet Jackson's headline-grabbing "
     "performance last year.", {("Beatle", "Rejection", "Janet Jackson")}),
    # development sentences of bbc-entertainment-028 (a Treaty with Warner Brothers) and
    # bbc-entertainment-104 (an Agreement with 'Glasgow'): a contract, a gig
    (ARTS_REPORT + "Harry Potter director Alfonso Cuaron has signed a three-year deal with "
     "Hollywood studio Warner Brothers, according to Variety trade magazine.", set()),
    (ARTS_REPORT + "Colin MacIntyre was playing another gig on the same day but said he was "
     "determined to make the Glasgow benefit.", set()),
    # development sentence of bbc-entertainment-291: a Visit of each by the others
    (ARTS_REPORT + "Bono, The Edge, Adam Clayton and Larry Mullen Jr, who formed U2 at school in "
     "1977, begin a world tour on 28 March.", set()),
    # an arts report's places are settings (development sentence of bbc-entertainment-090,
    # dev-c5: an Attack on South Africa by 'Bizet', judged not an event; the sentence alone has
    # four arts words) …
    ("A South African film version of Bizet's tragic opera Carmen shot in Cape Town in the Xhosa "
     "language has also premiered at the Berlin Festival.", set()),
    # … but violence in one stays violence, and its place its target
    (ARTS_REPORT + "Gunmen shot dead three villagers in Kabul.",
     {("Gunmen", "Attack", "villagers")}),
    # written: talent-show judges talking is no consultation between parties
    (ARTS_REPORT + "Simon Cowell has spoken to Louis Walsh about the new series.", set()),
    ("Simon Cowell has spoken to Louis Walsh about the new series.",
     {("Simon Cowell", "Consultation", "Louis Walsh")}),
    # … what stays: a company agreeing to a regulator's demands, a meeting, a quarrel with a
    # magazine (development sentence of bbc-entertainment-345), a legal battle
    (ARTS_REPORT + "Viacom agreed to the demands of the Federal Communications Commission.",
     {("Viacom", "Agreement", "Federal Communications Commission")}),
    (ARTS_REPORT + "Ricky Gervais has met with Ben Stiller and Samuel L Jackson.",
     {("Ricky Gervais", "Meeting", "Ben Stiller"),
      ("Ricky Gervais", "Meeting", "Samuel L Jackson")}),
    (ARTS_REPORT + "In February, Britney Spears clashed with Us Weekly for publishing pictures of "
     "her honeymoon in Fiji without permission.", {("Britney Spears", "Criticism", "Us Weekly")}),
    (ARTS_REPORT + "George Michael fought a long legal battle with his record label Sony.",
     {("George Michael", "Lawsuit", "Sony")}),
])
def test_show_business_in_arts_reports(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "refusal", "verb_triggers",
                            "noun_triggers")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # development sentences of bbc-sport-484 (the first with the name for 'She'): a Support of
    # Australia and an Agreement with it, a Support of Carlos Moya
    (SPORTS_REPORT + "Justine Henin-Hardenne will defend her titles in Sydney and at the "
     "Australian Open.", set()),
    (SPORTS_REPORT + "In the men's event, world number three Lleyton Hewitt returns to defend "
     "his title, along with runner-up Carlos Moya.", set()),
    # written after bbc-sport-118 ('I am hoping he doesn't walk out of the club like Michael
    # Owen did', dev-c2: a Protest, judged not an event) …
    (SPORTS_REPORT + "Liverpool fear that Steven Gerrard will walk out of the club like Michael "
     "Owen did.", set()),
    # … fans protesting stay protesters
    (SPORTS_REPORT + "Manchester United fans protested against Malcolm Glazer outside Old "
     "Trafford.", {("Manchester United", "Protest", "Malcolm Glazer")}),
    # after the development sentence of bbc-sport-308 (an ElectoralChallenge of Italy)
    (SPORTS_REPORT + "Brian O'Driscoll ran some good lines against Italy and made the breaks.",
     set()),
    # development sentence of bbc-sport-037 (dev-c4: a Criticism of the United Kingdom by the
    # United States, judged wrong); written: a ban of 'the American', officials' criticism
    (SPORTS_REPORT + "And the American remains highly critical of aspects of British sprinting.",
     set()),
    (SPORTS_REPORT + "The IAAF banned the American for two years.", set()),
    (SPORTS_REPORT + "Russian officials criticised the IAAF.", {("Russia", "Criticism", "IAAF")}),
])
def test_titles_walkouts_and_nationals_in_sports_reports(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "refusal", "verb_triggers",
                            "noun_triggers", "protest", "evaluation")) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a race won is no assault, in any report (written after the development sentence of
    # bbc-sport-077, whose article has too few sport words: an Assault, dev-c4 judged not an
    # event; there 'in the race' hangs from 'metres' and the Assault stays)
    ("The part-time maths teacher beat Irish international Jolene Byrne in the race.", set()),
    ("Police beat the protesters in the street.", {("Police", "Assault", "protesters")}),
])
def test_a_race_won_is_no_assault(read_with, text, expected):
    assert read_with(text, ("verb_triggers", "noun_triggers")) == expected


@pytest.mark.parametrize(("fields", "expected"), [
    # in a sports report a rejection or a challenge of the side itself is play …
    ({"sport": True, "agent_kind": "Organization", "target_name": "clyde",
      "things": frozenset({"clyde"})}, []),
    ({"sport": True, "event": "Challenge", "category": "DISAPPROVE", "target_name": "federer",
      "things": frozenset({"federer", "side"})}, []),
    # … a thing of the side rejected, or a claim, stays a rejection
    ({"sport": True, "agent_kind": "Group", "target_kind": "Organization",
      "target_name": "birmingham", "things": frozenset({"move"})},
     [("Rejection", "asserted", "positive")]),
    ({"sport": True, "target_name": "hewitt"}, [("Rejection", "asserted", "positive")]),
    # … and so does a club rejected by a player, a transfer turned down (a regression the
    # held-out rescore of events24 showed; invented case: 'the striker has rejected Newcastle')
    ({"sport": True, "agent_kind": "Person", "target_kind": "Organization",
      "target_name": "newcastle", "things": frozenset({"newcastle"})},
     [("Rejection", "asserted", "positive")]),
    # … and so does one by or of a governing body, a state or a public body
    ({"sport": True, "agent_kind": "NonGovernmentalOrganization", "target_name": "aragones",
      "things": frozenset({"aragones"})}, [("Rejection", "asserted", "positive")]),
    ({"sport": True, "event": "Challenge", "category": "DISAPPROVE",
      "target_kind": "GovernmentBody", "target_name": "home office",
      "things": frozenset({"office"})}, [("Challenge", "asserted", "positive")]),
    # … a side backed to win is a tip, a view backed a support
    ({"sport": True, "event": "Support", "category": "SUPPORT", "target_kind": "Organization",
      "trigger": "back", "done": frozenset({"back", "win", "series"})}, []),
    ({"sport": True, "event": "Support", "category": "SUPPORT", "trigger": "back",
      "done": frozenset({"back", "view"})}, [("Support", "asserted", "positive")]),
    # (development sentences of bbc-sport-126, bbc-sport-199, bbc-sport-303: 'expressed their
    # solidarity with McCall after their side's Scottish Cup win', 'Chelsea's move won backing
    # from … Michelle Verroken', 'hail Henson's heroic contribution to Wales' first win')
    ({"sport": True, "event": "Support", "category": "SUPPORT", "trigger": "solidarity",
      "agent_kind": "Organization", "done": frozenset({"express", "solidarity", "win"})},
     [("Support", "asserted", "positive")]),
    ({"sport": True, "event": "Support", "category": "SUPPORT", "trigger": "backing",
      "target_kind": "Organization", "done": frozenset({"backing", "expert", "win"})},
     [("Support", "asserted", "positive")]),
    ({"sport": True, "event": "Praise", "category": "SUPPORT", "trigger": "hail",
      "done": frozenset({"contribution", "hail", "win"})}, [("Praise", "asserted", "positive")]),
    # … a partnership ended is a player leaving his coach; a ban stays a sanction
    ({"sport": True, "event": "Sanction", "category": "SANCTION",
      "things": frozenset({"partnership", "monday"})}, []),
    ({"sport": True, "event": "Sanction", "category": "SANCTION",
      "agent_kind": "NonGovernmentalOrganization", "things": frozenset({"tzekos"})},
     [("Sanction", "asserted", "positive")]),
    # … and outside a sports report all of them stay
    ({"agent_kind": "Organization", "target_name": "clyde", "things": frozenset({"clyde"})},
     [("Rejection", "asserted", "positive")]),
    ({"event": "Support", "category": "SUPPORT", "target_kind": "Organization",
      "trigger": "back", "done": frozenset({"back", "win"})},
     [("Support", "asserted", "positive")]),
])
def test_play_between_sides_in_sports_reports(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # written after bbc-sport-108 ('Celtic brushed aside Clyde', a Rejection of Clyde; alone the
    # parser reads 'aside' as an adverb and 'Clyde' as a place); development sentences of dev12
    # sports reports: bbc-sport-329 (a Support of New Zealand), bbc-sport-482 (a Sanction of
    # Brad Gilbert), bbc-sport-495 (a Challenge of Federer)
    (SPORTS_REPORT + "Andy Murray shrugged off Tim Henman in the final.", set()),
    (SPORTS_REPORT + "But Umaga also backed New Zealand to win the three-Test series against "
     "the Lions.", set()),
    (SPORTS_REPORT + "Andy Roddick ended his 18-month partnership with Brad Gilbert on Monday.",
     set()),
    (SPORTS_REPORT + "Marat Safin will challenge Roger Federer in the final.", set()),
    # … what stays: a move rejected (development sentence of bbc-sport-187, judged right), a
    # ban by a governing body (bbc-sport-023), a view backed (bbc-sport-102, judged right)
    (SPORTS_REPORT + "The Welsh striker has rejected a move to Birmingham.",
     {("Welsh striker", "Rejection", "Birmingham")}),
    (SPORTS_REPORT + "Christos Tzekos was also banned for two years by the IAAF.",
     {("IAAF", "Sanction", "Christos Tzekos")}),
    (SPORTS_REPORT + "Blues boss Jose Mourinho backed Steven Gerrard's view.",
     {("Jose Mourinho", "Support", "Steven Gerrard")}),
])
def test_play_between_sides_read_in_sports_reports(read_with, text, expected):
    assert read_with(text, ("object_triggers", "intent", "refusal", "verb_triggers",
                            "noun_triggers", "evaluation")) == expected
