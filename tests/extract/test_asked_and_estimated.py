"""Whom a request is made of, and what an estimate announces: the one a requested measure is
for is not the one asked (verb_triggers), and an act announced as likely is no promise or
threat of the agent's (prospects, conventions)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("verb_triggers", "noun_triggers")


@pytest.mark.parametrize(("text", "expected"), [
    # the party a measure is asked for is not the one asked, also when the parser hangs both
    # 'for' phrases on the verb (development sentence, judged wrong target in dev-c4 and dev-c5:
    # "prosecutors asked the court, not Jaynes"; it was a Request of Jaynes) …
    ("Spammer Jeremy Jaynes was convicted in November. Prosecutors had asked for 15 years in "
     "jail for Jaynes, and a jail term for his sister.", set()),
    ("Prosecutors asked for nine years in jail for Jeremy Jaynes.", set()),
    # … while the one asked stays the target
    ("Prosecutors asked Judge Thomas Horne for a long sentence.",
     {("Prosecutors", "Request", "Thomas Horne")}),
])
def test_the_one_a_measure_is_asked_for_is_not_asked(read_with, text, expected):
    assert read_with(text, TRIGGERS) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act announced as likely is an estimate, no threat (a development sentence of the dev5
    # build, where it was also an asserted Threat; and a written one) …
    ("The United States will likely impose sanctions soon on imports of Japanese microchips, "
     "senators said today after a private meeting with Commerce Secretary Malcolm Baldrige.",
     {("United States", "Sanction", "Japan", "positive", "hedged"),
      # the senators spoke after meeting him (noun_triggers: a meeting sets an act's time)
      ("senators", "Meeting", "Malcolm Baldrige", "positive", "asserted")}),
    ("Japan will probably retaliate against the United States, officials said.",
     {("Japan", "Sanction", "United States", "positive", "hedged")}),
    # … while an act announced outright stays a threat (told on the senators' word, who are
    # none of its parties: reported, rules/attribution.json)
    ("The United States will impose sanctions soon on imports of Japanese microchips, "
     "senators said today.",
     {("United States", "Sanction", "Japan", "positive", "hedged"),
      ("United States", "Threat", "Japan", "positive", "reported")}),
])
def test_a_likely_act_is_no_threat(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected
