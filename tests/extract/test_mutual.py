"""Acts two parties do to each other, named by a noun (constructions/mutual.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks between France and Germany ended on Monday.",
     {("France", "Meeting", "Germany"), ("Germany", "Meeting", "France")}),
    ("The agreement between Israel and Jordan was signed in 1994.",
     {("Israel", "Agreement", "Jordan"), ("Jordan", "Agreement", "Israel")}),
    # development sentence (reuters-10767): a row is each party's disapproval of the other
    ("Prime Minister Yasuhiro Nakasone sounded a conciliatory note in Japan's increasingly bitter "
     "row with the United States over trade in computer microchips.",
     {("Japan", "Disapproval", "United States"), ("United States", "Disapproval", "Japan")}),
    ("Germany was embroiled in a row with France over the budget.",
     {("Germany", "Disapproval", "France"), ("France", "Disapproval", "Germany")}),
    ("The war of words between Britain and France grew louder.",
     {("United Kingdom", "Disapproval", "France"), ("France", "Disapproval", "United Kingdom")}),
    # development sentences (bbc-entertainment-064, reuters-11498): a battle or a war between
    # two parties is mostly a contest or a metaphor, no fight
    ("UK critics still favour The Aviator for best film, but believe the best director title "
     "will generate a close fought battle between Eastwood and Martin Scorsese.", set()),
    ("The threatened trade war between the United States and Japan is just the kind of shock "
     "that economists say could send world stock markets into a tailspin.", set()),
    # development sentences (bbc-politics-268, -276, -403): a reported feud is told of, not
    # stated; a battle of words between kinds of people names no one
    # evidence or an account of contacts between two parties tells of them, it does not state
    # them (regression: the pairs were stated acts; written sentences)
    ("Intelligence officials have shared evidence about contacts between Iran and Syria.", set()),
    ("There were reports of talks between Iran and Iraq.", set()),
    ("Officials gave an account of talks between Iran and Iraq.", set()),
    ("Mr Milburn also sought to draw a line under the controversy about reports of a feud "
     "between Gordon Brown and Prime Minister Tony Blair.", set()),
    ("The reported feud between Tony Blair and Gordon Brown has prompted a Labour donor to say "
     "he will almost certainly refuse to give more funds.", set()),
    ("The public was often turned off by sitting on the sidelines in \"the battle of words\" "
     "between the politician and the journalist, she added.", set()),
    # PLOVER sentence: a meeting someone else would host is no meeting of the two
    ("King Hassan of Morocco was quoted today as saying he would be ready to host a meeting "
     "between an Israeli peace movement and the Palestine Liberation Organization (PLO).", set()),
    # development sentence (bbc-business-192): no treaty is no act, and no rejection either
    ("Legal expert William Butler said there was no treaty between the US and Russia to "
     "recognise the other's legal rulings.", set()),
    # a row of games, a row with no party, relations (no act), talks of the noun triggers
    ("Chelsea won their third game in a row with a goal from Lampard.", set()),
    ("The row over the budget deepened.", set()),
    ("Relations between France and Germany have soured.", set()),
    ("Japan's talks with the United States ended on Monday.", set()),
])
def test_mutual(read_with, text, expected):
    assert read_with(text, "mutual") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the parties between whom talks are are their parties; a "by" phrase is another noun's
    # (development sheet dev-c4 judged the late Shah's Meetings with France and Iran wrong agent)
    ("Talks between France and Iran on the repayment of a one billion dlr loan by the late Shah "
     "have made progress, Roland Dumas, head of a parliamentary Foreign Affairs Committee said.",
     {("France", "Meeting", "Iran"), ("Iran", "Meeting", "France")}),
    ("Talks between France and Iran have made progress.",
     {("France", "Meeting", "Iran"), ("Iran", "Meeting", "France")}),
])
def test_a_by_phrase_adds_no_party_to_talks_between_two(read_with, text, expected):
    assert read_with(text, ("noun_triggers", "mutual")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a war of words is no fight, wherever its sides hang: on 'words' ('with'), or on the
    # matter it is over (development sentence of the development recall gold, bbc-politics-122;
    # the others invented)
    ("Labour's war of words with the Conservatives intensified on Monday.",
     {("Labour Party (United Kingdom)", "Disapproval", "Conservative Party (United Kingdom)"),
      ("Conservative Party (United Kingdom)", "Disapproval", "Labour Party (United Kingdom)")}),
    ("Meanwhile Mark Oaten, Liberal Democrat home affairs spokesman, said: \"This is another "
     "worrying step in the war of words over asylum and immigration between Labour and the "
     "Conservatives.",
     {("Labour Party (United Kingdom)", "Disapproval", "Conservative Party (United Kingdom)"),
      ("Conservative Party (United Kingdom)", "Disapproval", "Labour Party (United Kingdom)")}),
    ("The row over tuition fees between Labour and the Tories deepened.",
     {("Labour Party (United Kingdom)", "Disapproval", "Conservative Party (United Kingdom)"),
      ("Conservative Party (United Kingdom)", "Disapproval", "Labour Party (United Kingdom)")}),
    # a war is still a fight
    ("Germany declared war on France.", {("Germany", "Fight", "France")}),
])
def test_a_war_of_words_is_a_quarrel(read_with, text, expected):
    assert read_with(text, ("noun_triggers", "mutual")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # development sentences (reuters-8031, -6411, -19759, -18148, -6395, shortened): 'between X and Y' hung by the parser on the participle, relative
    # clause or verb that says the act took place, or on 'underway'
    ("The 43 mln dlr satellite was launched as the result of an agreement reached last year "
     "between President Ronald Reagan and Indonesia's President Suharto when they met on Bali.",
     {("Ronald Reagan", "Agreement", "Suharto"), ("Suharto", "Agreement", "Ronald Reagan")}),
    ("The French foreign ministry said the measure would have a negative effect on fishing "
     "negotiations currently held between Ottawa and Paris.",
     {("Canada", "Negotiation", "France"), ("France", "Negotiation", "Canada")}),
    ("Mediobanca said the financing was part of an accord reached last March between Italy and "
     "Algeria.", {("Italy", "Agreement", "Algeria"), ("Algeria", "Agreement", "Italy")}),
    ("These sanctions were undertaken on the basis of an agreement that had been reached between "
     "the United States and Japan on various sale practices.",
     {("United States", "Agreement", "Japan"), ("Japan", "Agreement", "United States")}),
    ("Talks are underway between Zaire and the International Monetary Fund.",
     {("Democratic Republic of the Congo", "Meeting", "International Monetary Fund"),
      ("International Monetary Fund", "Meeting", "Democratic Republic of the Congo")}),
    ("Talks have continued between France and Germany.",
     {("France", "Meeting", "Germany"), ("Germany", "Meeting", "France")}),
    # a plan is no act (development sentence, reuters-11167), nor a 'between' phrase of
    # another noun
    ("Yeutter said the meetings scheduled next month in Washington between Reagan and Prime "
     "Minister Yasuhiro Nakasone will include some difficult items.", set()),
    ("The meetings planned between France and Germany were cancelled.", set()),
    # … but one held is theirs, whoever arranged it or whatever follows it
    ("Italy arranged a meeting held between France and Germany.",
     {("France", "Meeting", "Germany"), ("Germany", "Meeting", "France")}),
    ("The talks follow an agreement reached between Nigeria and Ghana in December.",
     {("Nigeria", "Agreement", "Ghana"), ("Ghana", "Agreement", "Nigeria")}),
    ("The agreement reached a level between France and Germany.", set()),
])
def test_between_on_the_verb_of_occurrence(read_with, text, expected):
    assert read_with(text, "mutual") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the verb the noun is the subject of frames it; a participle leaves it framed as the noun
    # alone is (a first version read the participle as the frame: Mediobanca's report was a fact)
    ("Mediobanca said in a statement that the financing was part of an accord reached last "
     "March between Italy and Algeria.",
     {("Italy", "Agreement", "Algeria", "positive", "reported"),
      ("Algeria", "Agreement", "Italy", "positive", "reported")}),
    ("An agreement was reached last night between Italy and Algeria, Mediobanca said.",
     {("Italy", "Agreement", "Algeria", "positive", "reported"),
      ("Algeria", "Agreement", "Italy", "positive", "reported")}),
    ("Talks are not underway between France and Germany.",
     {("France", "Meeting", "Germany", "negative", "asserted"),
      ("Germany", "Meeting", "France", "negative", "asserted")}),
])
def test_the_verb_of_occurrence_frames_the_act(read_with, text, expected):
    assert read_with(text, "mutual", framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'between A and B, C, and D': A faces the rest, none of whom deals with another
    # (development sentence, reuters-9873; its six Meetings among the three states were wrong)
    ("In testimony before a Senate banking subcommittee, Mulford said he based this prediction on "
     "progress in talks between banks and Mexico, Chile, and Venezuela, as well as progress in "
     "negotiations with the Philippines.", set()),
    # a list a comma opens is one list, each with the others (development sentence,
    # reuters-1926, shortened); so is a pair (reuters-12417)
    ("The September, 1985 New York Plaza pact between the U.S., Japan and West Germany to cut "
     "down the value of the dollar was a historic one.",
     {(a, "Agreement", b) for a in ("United States", "Japan", "Germany")
      for b in ("United States", "Japan", "Germany") if a != b}),
    ("The agreement between the U.S. And the European Community (EC) on special imports of maize "
     "and sorghum provides an equal chance for all non-EC countries to supply the Spanish market.",
     {("United States", "Agreement", "European Community"),
      ("European Community", "Agreement", "United States")}),
])
def test_the_two_sides_of_between(read_with, text, expected):
    assert read_with(text, "mutual") == expected
