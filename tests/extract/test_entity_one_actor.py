"""One node per name within an article (issue 16): a name no gazetteer knows as a town, that the
NER took for a town in one place and for a person or an organisation in another, is the actor
wherever the article names it (kg_builder/extract/names.py one_actor_per_name). Through the real
model; sentences from development articles (dev10, not tests/data/audit/split.json) or invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name", "kind"), [
    # bbc-sport-455 (dev10, shortened): a player typed a town once and a person once
    ("Hantuchova, ranked two places above Dulko, looked nervous as she dropped the first four "
     "games of the match. Dulko, who had lost all three of her previous matches, then fell away.",
     "Dulko", "Person"),
    # bbc-tech-049 (dev10, shortened): a forum's acronym typed a town after 'director of'
    ("But the UK Internet Forum (UKIF) is concerned that the system could be abused. It will make "
     "it easier for determined scammers, says Stephen Dyer, director of UKIF.",
     "UKIF", "Organization"),
])
def test_a_name_typed_a_town_and_an_actor_is_one_actor(read_text, text, name, kind):
    entities = [e for e in read_text(text).entities if e.label == name or name in e.aliases]
    assert [e.kind for e in entities] == [kind]
