"""A title before a name is read no further back than the preposition whose object the name is
(spans.governing_preposition): 'a visit to the United States by President Corazon Aquino' makes
her no leader of the United States."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _facts(read_text, text: str) -> set[tuple[str, str, str]]:
    extraction = read_text(text, published="1987-04-01")
    labels = {e.key: e.label for e in extraction.entities}
    return {(labels[f.subject], f.relation, labels[f.object]) for f in extraction.facts}


@pytest.mark.parametrize(("text", "wrong"), [
    # development articles: the dev recall gold's reuters-5860, and recall19's sample of
    # articles with a state's name before a preposition and a title (seed 19)
    ("The sources said the loan, agreed upon in principle last September during a visit to the "
     "United States by President Corazon Aquino, had been held up by Philippine government "
     "delays in fulfilling key conditions.",
     ("Corazon Aquino", "leaderOf", "United States")),
    ("The U.K. Government hopes for a breakthrough on the deadlock with Japan over trade policies "
     "during next week's visit to Tokyo by Corporate Affairs Minister Michael Howard, political "
     "sources said.", ("Michael Howard", "employedBy", "Japan")),
    ("Volcker, first appointed to the Fed post by President Jimmy Carter in 1979, said \"there is "
     "a time to leave and a time to come.\"", ("Jimmy Carter", "leaderOf", "Federal Reserve")),
])
def test_no_post_across_the_preposition(read_text, text, wrong):
    assert wrong not in _facts(read_text, text)


@pytest.mark.parametrize(("text", "fact"), [
    # the title's own words still count (recall19 sample, reuters-16730)
    ("President Reagan's chief of staff said a decision on a new U.S.-Soviet summit could emerge "
     "from Secretary of State George Shultz' Moscow talks with Soviet Foreign Minister Eduard "
     "Shevardnadze.", ("Eduard Shevardnadze", "employedBy", "Soviet Union")),
])
def test_post_after_the_preposition(read_text, text, fact):
    assert fact in _facts(read_text, text)


@pytest.mark.parametrize(("text", "event"), [
    # the dev recall gold's reuters-5860: with no false post, the visit is no officer's visit to
    # his own state, and is kept
    ("The sources said the loan, agreed upon in principle last September during a visit to the "
     "United States by President Corazon Aquino, had been held up by Philippine government "
     "delays in fulfilling key conditions.", ("Visit", "Corazon Aquino", "United States")),
])
def test_visit_by_a_titled_person_kept(read_triples, text, event):
    assert event in read_triples(text)
