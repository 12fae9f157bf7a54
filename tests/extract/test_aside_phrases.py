"""The target is the one acted on, not a party named in a phrase beside the act (events32,
wrong target on the development sheets): no target in a phrase that says who tells of the act
or what it happened in spite of (verb_triggers.json aside_preps: 'according to', 'despite');
and a passive participle after a preposition of time acts on the subject of the verb it hangs
from ('is furious after being fined by X': syntax.passive_subjects). Development sentences of
the dev sheets, or invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # dev sheet c1, reuters-3112: read as a Challenge of the Washington Post
    ("President Reagan's denial that he knew proceeds from Iran arms sales were diverted to "
     "Nicaraguan contra rebels might be challenged by his former national security adviser, "
     "according to the Washington Post.", set()),
    # dev sheet c3, bbc-politics-072: read as the Commons' Rejection of the Labour rebels
    ("The government earlier saw its 161-strong majority cut to just 14 as a cross-party "
     "amendment was narrowly rejected by the Commons despite the support of 62 Labour rebels.",
     set()),
    # invented: the one acted on, named, stays the target
    ("Iran accused Iraq of using chemical weapons, according to the Iranian news agency IRNA.",
     {("Iran", "Accusation", "Iraq")}),
    ("France criticised Germany despite the objections of Italy.",
     {("France", "Criticism", "Germany")}),
])
def test_no_target_in_an_aside(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # dev sheet c2, bbc-sport-170: read as the federation's Sanction of Thierry Henry
    ("Spain coach Luis Aragones is furious after being fined by The Spanish Football "
     "Federation for his comments about Thierry Henry.",
     {("Spanish Football Federation", "Sanction", "Luis Aragones")}),
    # invented
    ("Tony Blair was angry after being attacked by Michael Howard over his record on crime.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
    ("Gordon Brown resigned after being accused by the Tories of misleading Parliament.",
     {("Conservative Party (United Kingdom)", "Accusation", "Gordon Brown")}),
    # … a licence's extension granted is a favour, no aid (development sentence of the
    # before/after sample, bbc-business-198: this change first read it as India's Aid to Cairn)
    ("Cairn made the discovery after having been granted an extension to their drilling "
     "licence in January by Indian authorities.", set()),
])
def test_a_passive_participle_of_time_acts_on_the_subject(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
