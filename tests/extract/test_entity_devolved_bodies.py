"""The UK's devolved parliaments and governments are government bodies the gazetteer knows
(rules/organizations.jsonl): the NER tags only the demonym ('Scottish') or reads the wrong
state out of the name ('Northern Ireland Executive' → Ireland)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TORIES = "Conservative Party (United Kingdom)"


@pytest.mark.parametrize("text, target", [
    # before: no event (only "Scottish" tagged, NORP)
    ("The Conservatives accuse the Scottish Executive of failing pupils.", "Scottish Executive"),
    # before: the target was "Parliament"
    ("The Tories accused the Scottish Parliament of wasting money on the new building.",
     "Scottish Parliament"),
    # before: the target was the state Ireland
    ("The Tories accused the Northern Ireland Executive of failing pupils.",
     "Northern Ireland Executive"),
    ("The Tories accused the Welsh Assembly of failing pupils.", "National Assembly for Wales"),
])
def test_devolved_body_is_the_target(event_triples, text: str, target: str) -> None:
    assert event_triples(text) == {(TORIES, "Accusation", target)}


@pytest.mark.parametrize("text, present", [
    ("MSPs at the Scottish Parliament backed the plan, but the Scottish Executive said it "
     "would wait.", {("Scottish Parliament", "GovernmentBody"),
                     ("Scottish Executive", "GovernmentBody")}),
    ("The Welsh Assembly Government and the Northern Ireland Assembly were also consulted.",
     {("Welsh Assembly Government", "GovernmentBody"),
      ("Northern Ireland Assembly", "GovernmentBody")}),
])
def test_devolved_bodies_typed(assert_read, text: str, present: set[tuple[str, str]]) -> None:
    assert_read(text, present, {("Ireland", "State"), ("Parliament", "GovernmentBody")})
