"""Acts the text does not state as done (prospects.py, and the framing of plans and
predictions): dated ahead, alleged in a noun's clause, only possible, the purpose of a plan,
and what a party is doubted to do."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("mutual", "verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # an act whose own date lies ahead is still to come (a development sentence, judged wrong
    # type in dev-c5: "visit is next week, stated as a fact"; and one written for the class of
    # the held-out audit: dated plans stated as fact; each was asserted) …
    ("Japan's ruling Liberal Democratic Party (LDP) drew up a final plan to expand domestic "
     "demand and boost imports in time for Prime Minister Yasuhiro Nakasone's visit to "
     "Washington next week, LDP officials said.",
     {("Yasuhiro Nakasone", "Visit", "United States", "positive", "hedged")}),
    ("Jack Straw is in Tokyo to meet Japanese officials over the next two days.",
     {("Jack Straw", "Meeting", "Japan", "positive", "hedged")}),
    # … and so is one scheduled by 'due' beside its noun (written; it was asserted)
    ("The visit by Jack Straw to Iran, due on Monday, was announced by the Foreign Office.",
     {("Jack Straw", "Visit", "Iran", "positive", "hedged")}),
    # … while a past act with a date stays done, also one told in order ('the next day')
    ("Jack Straw met Iranian officials on Monday.",
     {("Jack Straw", "Meeting", "Iran", "positive", "asserted")}),
    ("Jack Straw flew to Tokyo on Sunday and met Japanese officials the next day.",
     {("Jack Straw", "Meeting", "Japan", "positive", "asserted")}),
    ("Jack Straw met Iranian officials this week.",
     {("Jack Straw", "Meeting", "Iran", "positive", "asserted")}),
])
def test_an_act_dated_ahead_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # talks that groundwork is laid for, or on whose eve something happens, are still to come
    # (a development sentence, judged wrong type in dev-c5: "talks are only being prepared,
    # stated as a fact"; a written one; each was asserted)
    ("A three-man Japanese trade team is already in Washington laying the groundwork for talks "
     "between Kuroda and Deputy U.S. Trade Representative Michael Smith.",
     # the title coordinated with Smith's name is his, no third party (titled_conjuncts.py)
     {("Kuroda", "Meeting", "Michael Smith", "positive", "hedged"),
      ("Michael Smith", "Meeting", "Kuroda", "positive", "hedged")}),
    ("Tony Blair criticised Iran on the eve of his visit to Moscow.",
     {("Tony Blair", "Criticism", "Iran", "positive", "asserted"),
      ("Tony Blair", "Visit", "Russia", "positive", "hedged")}),
    ("Tony Blair criticised Iran after his visit to Moscow.",
     {("Tony Blair", "Criticism", "Iran", "positive", "asserted"),
      ("Tony Blair", "Visit", "Russia", "positive", "asserted")}),
    # the purpose of what a party is to do is planned too (development sentence, judged wrong
    # type in dev-c1: "planned grant stated as a fact"; it was asserted); of what it did, done
    ("Britain is to give a £4m grant to help women survivors of the Rwandan genocide who were "
     "raped and often deliberately infected with HIV/Aids.",
     {("United Kingdom", "Aid", "women survivors of the Rwandan genocide", "positive",
       "hedged")}),
    ("Britain gave a £4m grant to help women survivors of the Rwandan genocide.",
     {("United Kingdom", "Aid", "women survivors of the Rwandan genocide", "positive",
       "asserted")}),
])
def test_an_act_prepared_or_planned_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act in the clause of a noun of allegation or report is told of, not stated
    # (development sentence, judged wrong type in dev-c5: "the threat is only alleged and
    # denied, yet marked as fact"; it was asserted, then hedged; it is someone's claim:
    # reported); the act stated is asserted
    ("Arsenal's Patrick Vieira had earlier denied accusations that he threatened Gary Neville "
     "before the 4-2 defeat.",
     {("Patrick Vieira", "Threat", "Gary Neville", "positive", "reported")}),
    ("Arsenal's Patrick Vieira threatened Gary Neville before the 4-2 defeat.",
     {("Patrick Vieira", "Threat", "Gary Neville", "positive", "asserted")}),
    ("There were reports that Iran attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    # … while one in the clause of a noun of conjecture is guessed at: hedged (written)
    ("There was speculation that Iran attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "hedged")}),
])
def test_an_alleged_act_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act named by the object of a verb with a modal of possibility, or by an indefinite
    # subject of one, is only possible (development sentences, judged wrong type in dev-c4 and
    # dev-c5: "only 'may win'", "a possible future agreement stated as a fact"; each asserted)
    ("Senate majority leader Robert Byrd said President Reagan may win his latest veto battle "
     "with Congress over a nearly 88 billion highway construction bill.",
     {("Ronald Reagan", "Criticism", "United States Congress", "positive", "hedged")}),
    ("A new agreement between the IMF and Zaire would pave the way for another debt "
     "rescheduling, probably at the next meeting of the Paris Club of Western creditor nations, "
     "diplomats said.",
     {("International Monetary Fund", "Agreement", "Democratic Republic of the Congo",
       "positive", "hedged"),
      ("Democratic Republic of the Congo", "Agreement", "International Monetary Fund",
       "positive", "hedged")}),
    # … while a deal made, named definitely, stays one, and so does a battle won (the deal
    # told on unnamed diplomats' word: reported, prospects.json unnamed_speakers)
    ("The agreement between the IMF and Zaire would run until 1990, diplomats said.",
     {("International Monetary Fund", "Agreement", "Democratic Republic of the Congo",
       "positive", "reported"),
      ("Democratic Republic of the Congo", "Agreement", "International Monetary Fund",
       "positive", "reported")}),
    ("President Reagan won his latest veto battle with Congress.",
     {("Ronald Reagan", "Criticism", "United States Congress", "positive", "asserted")}),
])
def test_a_possible_act_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what someone doubts a party will do is an assessment, no threat of the party's (written
    # for the class of the held-out audit: doubts read as a Threat; it was also an asserted
    # Threat; written with "cut its surplus with the United States", which cuts an amount and
    # sanctions no one, conventions.reduction) …
    ("Mr Blair doubts that Japan will cut its aid to Indonesia.",
     {("Japan", "Sanction", "Indonesia", "positive", "hedged")}),
    # … while what the party says it will do stays its threat
    ("Japan said it will cut its aid to Indonesia.",
     {("Japan", "Sanction", "Indonesia", "positive", "hedged"),
      ("Japan", "Threat", "Indonesia", "positive", "asserted")}),
])
def test_a_doubted_act_is_no_threat(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a permission or a power is for has not been done (development sentences, judged
    # wrong type in dev-c1 and dev-c2: "only approval to sue; stated as done", "sanctions not
    # yet imposed"; each was asserted) …
    ("Hilton Hotels Corp said it received approval from Federal court to sue the Internal "
     "Revenue Service.",
     {("Hilton Hotels Corp", "Lawsuit", "Internal Revenue Service", "positive", "hedged")}),
    ("Sweden's ruling Social Democratic Party gave full power to the government to decree "
     "unilateral trade sanctions against South Africa, Prime Minister Ingvar Calrsson said.",
     {("Social Democratic Party", "Sanction", "South Africa", "positive", "hedged")}),
    # … nor the purpose of a journey under way (written for the class of the held-out audit:
    # "is in Paris to meet …" stated as fact; each was asserted) …
    ("Jack Straw is in Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Jack Straw is travelling to Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Visit", "Iran", "positive", "asserted"),
      ("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    # … while what was done with a purpose, or a past journey's purpose, stays as read
    ("Hilton Hotels Corp said it sued the Internal Revenue Service to recover the taxes.",
     {("Hilton Hotels Corp", "Lawsuit", "Internal Revenue Service", "positive", "asserted")}),
    ("Jack Straw flew to Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
])
def test_an_act_only_aimed_at_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the purpose of a journey in the present perfect: he is there now, the act is ahead (a
    # development sentence, judged wrong type in dev-c2: "consulting is only the purpose of his
    # return, not stated as done"; and invented ones; each was asserted) …
    ("Negotiations continued in New York today, even though Finance Secretary Mario Brodersohn "
     "has returned to Argentina to consult president Raul Alfonsin on the proposed terms.",
     {("Mario Brodersohn", "Consultation", "Raul Alfonsin", "positive", "hedged")}),
    ("Jack Straw has flown to Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("James Baker has gone to Moscow to negotiate with Eduard Shevardnadze.",
     {("James Baker", "Negotiation", "Eduard Shevardnadze", "positive", "hedged")}),
    # … not a past perfect, nor a stay that may be past
    ("Jack Straw had flown to Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
    ("Jack Straw has been in Tehran to meet President Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
])
def test_the_purpose_of_a_journey_just_made_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act in the time of an act still to come — a clause opened by 'when', a participle
    # after 'after' or 'before' — is still to come too (written for
    # the class of development rows judged wrong type: "planned trip stated as fact"; each was
    # asserted) …
    ("Mr Abe will present the plan to officials when he visits Washington.",
     {("Shinzo Abe", "Visit", "United States", "positive", "hedged")}),
    ("Jack Straw would leave for Paris after meeting Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Funaro was due to hold talks in New York with bankers, before travelling to Washington.",
     {("Funaro", "Visit", "United States", "positive", "hedged")}),
    # … while one in the time of an act done, or told in the past, is done
    ("Mr Abe presented the plan to officials when he visited Washington.",
     {("Shinzo Abe", "Visit", "United States", "positive", "asserted")}),
    ("Jack Straw left for Paris after meeting Mohammad Khatami.",
     {("Jack Straw", "Meeting", "Mohammad Khatami", "positive", "asserted")}),
])
def test_an_act_in_the_time_of_one_still_to_come_is_hedged(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a copula with a modal says a noun will be is still to come (development sentence,
    # judged wrong type in dev-c6: "future collaboration stated as a fact"; it was asserted) …
    ("It will be Hanks' third collaboration with Howard.",
     {("Hanks", "Cooperation", "Howard", "positive", "hedged")}),
    # … and what it was, done
    ("It was Hanks' third collaboration with Howard.",
     {("Hanks", "Cooperation", "Howard", "positive", "asserted")}),
])
def test_an_act_a_copula_says_will_be_is_hedged(read_with, text, expected):
    assert read_with(text, (*TRIGGERS, "object_triggers"), framing=True) == expected
