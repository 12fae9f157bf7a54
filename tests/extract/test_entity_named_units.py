"""Units named by their own names (kg_builder/extract/named_units.py): a unit noun with an
owner's possessive and a company's name right before it is that company, not a unit of it
named 'its X subsidiary'. Through the real model; sentences from development articles
(Reuters-21578, BBC News)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # reuters-13077: 'its' + a name with its legal form + 'subsidiary'
    ("GenCorp said its RKO General Inc subsidiary completed the sale of WOR-TV to MCA Inc <MCA> "
     "for 387 mln dlrs.",
     {("RKO General Inc", "Company"), ("GenCorp", "Company")},
     {("its RKO General Inc subsidiary", "Company")}),
    # reuters-19881: 'its' + a name + 'unit'
    ("American Century Corp said its Commerce Savings unit will sell 997,756 common shares in "
     "First American Financial Corp <FAMR.O>, representing 18 pct of First American.",
     {("Commerce Savings", "Company")},
     {("its Commerce Savings unit", "Company")}),
    # bbc-business-348: a named owner's possessive + a name + 'subsidiary'
    ("The US government is to investigate two airlines- US Airways and Delta Air Lines' Comair "
     "subsidiary - after travel chaos over the Christmas weekend.",
     {("Comair", "Company"), ("Delta Air Lines", "Company")},
     {("Delta Air Lines' Comair subsidiary", "Company")}),
    # must not change, bbc-business-149: no possessive, the name before the noun is the parent
    ("Other luxury car makers, most notably the Toyota subsidiary Lexus, have enjoyed tremendous "
     "success in the US without managing to make significant inroads in Europe.",
     {("Lexus", "Company"), ("Toyota", "Company")}, set()),
])
def test_unit_named_by_its_own_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


def test_named_unit_is_subsidiary_of_the_named_owner(read_text):
    extraction = read_text("The US government is to investigate two airlines- US Airways and Delta "
                           "Air Lines' Comair subsidiary - after travel chaos over the Christmas "
                           "weekend.")
    labels = {e.key: e.label for e in extraction.entities}
    facts = {(labels[f.subject], f.relation, labels[f.object]) for f in extraction.facts}
    assert ("Comair", "subsidiaryOf", "Delta Air Lines") in facts
