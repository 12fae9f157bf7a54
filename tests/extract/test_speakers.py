"""An unnamed spokesperson speaks for the party named with it (extract/speakers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (bbc-tech-035): the annotator's agent is Reporters Without Borders
    ("A spokesman for Reporters Without Borders, which tracks press freedom across the globe, "
     "described Mr Sigarchi's sentence as \"harsh\" and called on Iranian President Mohammed "
     "Khatami to work to secure his immediate release.",
     {("Reporters Without Borders", "Request", "Mohammad Khatami")}),
    ("A spokesman for Oxfam criticised Tony Blair.", {("Oxfam", "Criticism", "Tony Blair")}),
    ("The Oxfam spokeswoman accused Tony Blair of lying.",
     {("Oxfam", "Accusation", "Tony Blair")}),
    ("Tony Blair was criticised by a spokesman for Oxfam.",
     {("Oxfam", "Criticism", "Tony Blair")}),
    # a spokesperson with a name of their own is that person
    ("Oxfam spokesman John Smith accused Tony Blair of lying.",
     {("John Smith", "Accusation", "Tony Blair")}),
    # a place is no principal; one criticised is no speaker
    ("A spokesman in Bonn accused Tony Blair of lying.", set()),
    ("Tony Blair criticised a spokesman for Oxfam.", set()),
])
def test_a_spokesperson_speaks_for_the_party(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a document that acts speaks for its author, named by 'by' on it or on its participle
    # (development sentences of this kind: 'A report by the Commons work and pensions committee
    # called for the agency to be wound up', bbc-politics-116; these read nothing, or the state
    # the case was brought in as the accuser)
    ("A complaint filed by the American Iron and Steel Institute accused Brazil of dumping "
     "steel.", {("American Iron and Steel Institute", "Accusation", "Brazil")}),
    ("The report by Amnesty International accused Israel of war crimes.",
     {("Amnesty International", "Accusation", "Israel")}),
    ("The U.S. case brought by the National Soybean Processors Association alleged Argentina "
     "implicitly subsidized domestic soybean crushers.",
     {("National Soybean Processors Association", "Accusation", "Argentina")}),
    ("A study by the OECD criticised Japan's farm subsidies.",
     {("Organisation for Economic Co-operation and Development", "Criticism", "Japan")}),
    # whoever commissioned a document is not its author; a document acted on is read as before
    ("A report commissioned by the government of Japan criticised Greenpeace.", set()),
    ("Tony Blair rejected the report by the Commons committee.",
     {("Tony Blair", "Rejection", "Commons committee")}),
])
def test_a_document_speaks_for_its_author(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a spokesperson the sentence names after the party is that person (the parser hangs the
    # name on the party's word); sentences written for it in news style
    ("A spokesman for Oxfam, Jane Smith, accused Tony Blair of lying.",
     {("Jane Smith", "Accusation", "Tony Blair")}),
    ("A spokeswoman for the Liberal Democrats, Sarah Teather, criticised Tony Blair.",
     {("Sarah Teather", "Criticism", "Tony Blair")}),
    # 'the Tory spokesman' after the article named one Tory spokesman is that man (an earlier
    # audit note: "the criticism came from the Tory spokesman (Ancram), not the party")
    ("Tory foreign affairs spokesman Michael Ancram spoke in Bristol. The Tory spokesman "
     "accused Tony Blair of misleading voters.",
     {("Michael Ancram", "Accusation", "Tony Blair")}),
    ("Michael Ancram, the Tory spokesman, spoke in Bristol. The Tory spokesman accused Tony "
     "Blair of misleading voters.",
     {("Michael Ancram", "Accusation", "Tony Blair")}),
    # near misses that stay the party's: no name; an indefinite one (someone else); two
    # spokesmen of the party named before; one of another party named before
    ("A spokesman for Oxfam, which works in 90 countries, accused Tony Blair of lying.",
     {("Oxfam", "Accusation", "Tony Blair")}),
    ("Tory foreign affairs spokesman Michael Ancram spoke in Bristol. A Tory spokesman accused "
     "Tony Blair of misleading voters.",
     {("Conservative Party (United Kingdom)", "Accusation", "Tony Blair")}),
    ("Tory foreign affairs spokesman Michael Ancram and Tory health spokesman Andrew Lansley "
     "spoke in Bristol. The Tory spokesman accused Tony Blair of misleading voters.",
     {("Conservative Party (United Kingdom)", "Accusation", "Tony Blair")}),
    ("Labour health spokesman Ian Fenwick spoke in Bristol. The Tory spokesman accused Tony "
     "Blair of misleading voters.",
     {("Conservative Party (United Kingdom)", "Accusation", "Tony Blair")}),
])
def test_a_named_spokesperson_is_the_person(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
