"""Telling a party something to its face is a consultation with it (constructions/telling.py);
telling the press, a court, an audience or a gathering is none."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (dev9: reuters-16153, reuters-12828, reuters-5129, bbc-politics-050,
    # bbc-politics-390): a person, a government body
    ('"We have come to seek the opening of Japan\'s financial and banking markets," Jake Garn, '
     "ranking Republican on the Senate Banking Committee, told Prime Minister Yasuhiro Nakasone.",
     {("Jake Garn", "Consultation", "Yasuhiro Nakasone")}),
    ("Stoltenberg said in Bonn today that he had already told Funaro that the unilateral "
     "moratorium was a mistake.",
     {("Jens Stoltenberg", "Consultation", "Funaro")}),
    ("Mr Parton said he had been told by Children's Minister Margaret Hodge there was not enough "
     "time to pass the bill.",
     {("Margaret Hodge", "Consultation", "Parton")}),
    # sentences written for it: a party (its members of parliament meeting as the party),
    # told about a third party, framed as usual
    ("Mr Blair told the Parliamentary Labour Party that the party must stay united.",
     {("Tony Blair", "Consultation", "Parliamentary Labour Party")}),
    ("Mr Sullivan told Mr Ebbers about changes made to WorldCom's accounts.",
     {("Sullivan", "Consultation", "Ebbers")}),
    # the press, a court, jurors, an audience, a conference or a meeting of analysts, the
    # speaker's own 'me', an order ('told Japan to resolve'), an imperative: none
    ("Mr Hague told the Daily Telegraph he would now find a life dominated by politics too "
     "boring.", set()),
    ("He told reporters that the talks had gone well.", set()),
    ('"I wasn\'t advised by Scott Sullivan of anything ever being wrong," Mr Ebbers told the '
     "court.", set()),
    ("Mr Sullivan repeatedly told jurors he had warned Mr Ebbers.", set()),
    # regressions found on dev7 (bbc-business-299, -501): a judge in a hearing, the media
    ("Zack Clement, a lawyer for Yukos, told Judge Clark in an emergency hearing that the sale "
     "must stop.", set()),
    # regressions found on the dev sheets' articles (bbc-entertainment-094, bbc-politics-153,
    # reuters-11209): a party named only through what it owns or is part of is not told
    ("The award-winning trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - "
     "tell the story of Oxford school child Lyra Belacqua.", set()),
    ('Mr Blair told BBC Radio 4\'s Westminster Hour: "We should cut the number or increase it '
     "depending on the country's needs.\"", set()),
    ("Trade Minister Rha Woong-bae told the U.S. Chamber of Commerce earlier this month a sudden "
     "won revaluation could result in a large trade deficit.", set()),
    ("Economy Minister Roberto Lavagna told the French media in Paris that the government was "
     "considering a rise in tariffs.", set()),
    ("Moore told the audience at the ceremony in Pasadena that the country was still all of "
     "ours.", set()),
    ("Labour's rule has been characterised by lost trust, Mr Howard told the Brighton "
     "conference.", set()),
    ("Hugh Liedtke told a meeting of securities analysts that the company will consider any "
     "realistic settlement offer.", set()),
    ('"Mr Ebbers never told me he made an entry that wasn\'t right," Mr Sullivan said.', set()),
    ("British Minister Michael Howard told Japan to resolve a telecommunications row with his "
     "country.", set()),
    ("Tell them we are not going anywhere, Mr Kennedy said.", set()),
    # a company's word to a regulator is a filing, no consultation (filings.py; commit 863357a
    # counted 'a share filing told to the SEC' wrong, and JUDGING.md calls words to an audience
    # a statement): this dev9 case (reuters-5311) read a Consultation until session 33
    ("Citibank said it had told the SEC that its earnings could be reduced by 50 mln dlrs.",
     set()),
])
def test_telling(read_with, text, expected):
    assert read_with(text, "telling") == expected


@pytest.mark.parametrize("text", [
    # speaking to an audience is a statement, no consultation (JUDGING.md, settled after
    # audit v19): a parliament, a chamber, a committee hearing witnesses, its members told
    # together; development sentences of dev9 (bbc-politics-050, bbc-politics-390) and
    # sentences written for it
    ("Health Minister Andy Kerr announced the ban. He told the Scottish Parliament on Wednesday "
     'that a "comprehensive ban" on smoking in public places would be introduced by the spring '
     "of 2006."),
    ("Health Minister Andy Kerr announced the ban. The health arguments far outweighed lingering "
     "public disquiet about a complete ban, he told MSPs."),
    "Home Secretary Charles Clarke told MPs that the new border checks would start in April.",
    "Mr Blair told MPs and peers that the party had to stay united.",
    "Gordon Brown told the Commons that borrowing would fall next year.",
    "Mr Volcker told Congress the dollar had fallen far enough.",
    "Fed governor Anne Price told a Senate Banking Subcommittee that rates were too high.",
    "Mr Kerr told the Treasury select committee that taxes would not rise.",
    "Mr Baker told a House panel that the deficit must be cut.",
])
def test_telling_an_audience(read_with, text):
    assert read_with(text, "telling") == set()


@pytest.mark.parametrize(("text", "expected"), [
    # written for it: a negated and a hedged telling are framed so
    ("Mr Brown did not tell Mr Blair that the plan had failed.",
     {("Gordon Brown", "Consultation", "Tony Blair", "negative", "asserted")}),
    ("Mr Brown would tell Mr Blair that the plan had failed.",
     {("Gordon Brown", "Consultation", "Tony Blair", "positive", "hedged")}),
])
def test_telling_framed(read_with, text, expected):
    assert read_with(text, "telling", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dev9 reuters-16153 with its antecedent: he told Garn and three other legislators
    ("Prime Minister Yasuhiro Nakasone met the senators. \"But I promise to make Tokyo's "
     'markets as open as those of New York," he told Garn and three other legislators.',
     {("Yasuhiro Nakasone", "Consultation", "Garn"),
      ("Yasuhiro Nakasone", "Consultation", "legislators")}),
])
def test_telling_in_context(read_with, text, expected):
    assert read_with(text, "telling") == expected


@pytest.mark.parametrize(("text", "construction", "expected"), [
    # a state named only as the home of a channel, a radio or a magazine is not the one told
    # or criticised (a development sentence of dev13 bbc-entertainment, read as a Consultation
    # with India; and invented ones) …
    ('Khan told an Indian news channel on her mobile phone: "They are not even letting me go '
     'home to get my bags."', "telling", set()),
    ("Tony Blair criticised an American television channel.", "verb_triggers", set()),
    ("Tony Blair criticised French radio.", "verb_triggers", set()),
    # … the state itself is
    ("Tony Blair criticised the United States.", "verb_triggers",
     {("Tony Blair", "Criticism", "United States")}),
])
def test_a_country_s_channel_is_no_state(read_with, text, construction, expected):
    assert read_with(text, construction) == expected
