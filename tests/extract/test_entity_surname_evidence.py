"""A surname alone is not the actor dictionary's person where the words around it say it is
someone else (issue 16; kg_builder/surname_evidence.py, applied by kg_builder/resolve.py).
Through the real model; sentences from development articles (dev12, not
tests/data/audit/split.json) or invented."""

from __future__ import annotations

import pytest

from kg_builder.gazetteer import KnownPerson
from kg_builder.model import Mention, Span
from kg_builder.surname_evidence import evidence_against

pytestmark = pytest.mark.slow


def _people(read_text, text: str) -> set[str]:
    return {e.label for e in read_text(text).entities if e.kind == "Person"}


@pytest.mark.parametrize(("text", "other"), [
    # bbc-politics-322 (dev12): a peer the dictionary does not list as one
    ("This company is controlled by the party's former treasurer Lord Ashcroft which has "
     "directed almost £300,000 to specific marginal constituencies.", "John Ashcroft"),
    # invented: the peer's surname again, without the title, is the peer too
    ("Lord Ashcroft gave the party £1m last year. Ashcroft said he was proud of it.",
     "John Ashcroft"),
    # invented: an honorific of the other sex than the dictionary person's given name
    ("Ms Abbott said the shortlists had helped black women into Parliament.", "Tony Abbott"),
    # invented: a relative is named by a given name
    ("The singer told reporters he was tired. His wife Sharon, who also appears in the show, "
     "agreed.", "Ariel Sharon"),
    # invented: a knight is named by his given name ('Sir Cameron' of Sir Cameron Mackintosh)
    ("Sir Cameron said the musical would open in London in May.", "David Cameron"),
    # reuters-679 (dev12): a name before 'and Sons' is part of a company's name
    ("Pantry Inc said it has engaged Alex. Brown and Sons Inc to explore a possible sale of the "
     "company.", "Gordon Brown"),
])
def test_surname_against_evidence_is_someone_else(read_text, text, other):
    assert other not in _people(read_text, text)


@pytest.mark.parametrize(("text", "person"), [
    # bbc-politics-287 (dev12): a peer the dictionary lists as one
    ('"I think we need to look very carefully at the relationship between the Lords and the '
     'Commons," Lord Falconer told BBC1\'s Breakfast With Frost.', "Charles Falconer"),
    # invented: nothing against the dictionary's person
    ("Mr Brown told the Treasury committee that growth would be strong next year.",
     "Gordon Brown"),
    # invented: a peeress the dictionary lists, her honorific of her own sex
    ("Lady Thatcher said the war had been right.", "Margaret Thatcher"),
])
def test_surname_with_fitting_evidence_is_the_dictionary_person(read_text, text, person):
    assert person in _people(read_text, text)


def _mention(text: str, name: str) -> Mention:
    begin = text.index(name)
    return Mention(id=0, span=Span(begin, begin + len(name), name), name=name, how="name",
                   kind="Person", sentence=0)


@pytest.mark.parametrize(("text", "name", "person", "peer", "why"), [
    ("Ms. Abbott spoke.", "Abbott", "Tony Abbott", False, "sex"),
    ("Baroness Kinnock spoke.", "Kinnock", "Neil Kinnock", True, "sex"),
    ("Lord Osborne ruled.", "Osborne", "George Osborne", False, "peer"),
    ("Lord Falconer ruled.", "Falconer", "Charles Falconer", True, None),
    ("Sir Andrew spoke.", "Andrew", "Andrew Mountbatten-Windsor", False, "knight"),
    ("He married an actress. William said so.", "William", "William, Prince of Wales", False, None),
    ("She was with her son, Brown, at home.", "Brown", "Gordon Brown", False, "kin"),
    ("Prince Charles arrived with his son William.", "William", "William, Prince of Wales", False,
     None),  # the dictionary's given name
    ("Smith & Co reported profits.", "Smith", "John Smith", False, "company"),
    ("Brown limited spending.", "Brown", "Gordon Brown", False, None),  # a verb: no 'Limited'
    ("Brown and co-workers met.", "Brown", "Gordon Brown", False, None),
    ("He met the Lord. Brown said so.", "Brown", "Gordon Brown", False, None),  # 'Lord.' ends it
])
def test_evidence_against(text, name, person, peer, why):
    known = KnownPerson(name=person, country="GBR", titles=(), peer=peer)
    assert evidence_against(_mention(text, name), known, text=text) == why
