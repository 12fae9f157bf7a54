"""Names the NER cut from the end of a work's title whose opening words it left untagged are no
entities (kg_builder/extract/cut_titles.py, read by works.py's title_fragment), in arts reports.
Sentences from development articles (works' tally sample, seeds 47001/47002):
bbc-entertainment-382, -380 and -301, each read as a person or an organisation before this rule.
A title, an office or a body's head before 'of' keeps the name after it (written)."""

from __future__ import annotations

import pytest

from tests.extract.frames import ARTS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "fragment"), [
    # after "of the": bbc-entertainment-382
    (ARTS + "He told US TV show 60 Minutes that Revenge of the Sith would be the darkest and "
     "most violent of the series.", "Sith"),
    # after "and": bbc-entertainment-380
    (ARTS + "The low-budget horror film Boogeyman has knocked Robert de Niro thriller Hide and "
     "Seek from the top spot at the UK box office.", "Seek"),
    # after "and the": bbc-entertainment-301
    (ARTS + "Films that premiere this year include Hustle and Flow, about an aspiring rapper, "
     "and The Squid and the Whale, an autobiographical film by writer-director Noah Baumbach.",
     "Whale"),
])
def test_cut_titles(read_entities, text, fragment):
    assert fragment not in {label for label, _ in read_entities(text)}


@pytest.mark.parametrize(("text", "present"), [
    # an office before "of": the state stays (written)
    (ARTS + "The film was shown at the festival, and the Chancellor of Germany attended.",
     {("Germany", "State")}),
    # a body's head before "of": the state stays (written)
    (ARTS + "The film was shown at the Festival of Britain exhibition.",
     {("United Kingdom", "State")}),
])
def test_names_that_stay(assert_read, text, present):
    assert_read(text, present, set())


@pytest.mark.parametrize(("text", "present"), [
    # an item of a list of people, after a comma: the singer stays (bbc-entertainment-260)
    (ARTS + "Aguilera won best pop collaboration for the hit track Lady Marmalade with Lil' Kim, "
     "Maya and Pink, and last year she picked up the award.", {("Pink", "Person")}),
])
def test_listed_people_stay(assert_read, text, present):
    assert_read(text, present, set())
