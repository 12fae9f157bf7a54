"""Names with debris around them and common words taken for names (issue 16): a line break the
NER took into a name is no part of it, so the name is one node with the same name written
without it; a name ends before a verb the NER ran over; a document named by one word ('the
Budget') is no entity (kg_builder/extract/entities.py, rules/extract/mentions.json). Through the
real model; sentences from development articles of Reuters-21578 and BBC (not
tests/data/audit/split.json)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "label"), [
    # reuters-12248: 'the Federal Savings and Loan Insurance Corp.\n\n' tagged ORG
    ("The Federal Home Loan Banks would lend five billion dlrs over two years to assist the "
     "Federal Savings and Loan Insurance Corp.\n\nThe Federal Home Loan Banks would borrow the "
     "money.",
     "Federal Savings and Loan Insurance Corporation"),  # the known body's name (organizations.jsonl)
    # bbc-politics-050: 'Scotland \n -' tagged ORG at the end of a line of a list
    ("Main points of the plan:\n\n\n - A comprehensive ban on smoking in all enclosed public "
     "places in Scotland \n - The legislation will be enforced by environmental health officers",
     "Scotland"),
])
def test_a_line_break_is_no_part_of_a_name(read_text, text, label):
    labels = [e.label for e in read_text(text).entities]
    assert label in labels
    assert all(lab == lab.strip() for lab in labels)


@pytest.mark.parametrize(("text", "glued"), [
    # bbc-entertainment-229 (dev9): two names the NER ran over a verb
    ("One of the experts to tip The Bravery was The Times' music critic Paul Connolly, who said "
     "they were \"spiky but in love with pop\".", "Bravery was The Times"),
])
def test_a_name_ends_before_a_verb(read_text, text, glued):
    assert glued not in {e.label for e in read_text(text).entities}


@pytest.mark.parametrize(("text", "kept", "text_names"), [
    # bbc-politics-077 (dev sheets), bbc-politics-357 (dev9): the Budget is a text, no actor
    ("Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March, the "
     "Treasury has announced.", {"Gordon Brown"}, {"Budget"}),
    ("Gordon Brown reallocated £512m from central to local government budgets in his pre-Budget "
     "report on Thursday.", {"Gordon Brown"}, {"pre-Budget"}),
])
def test_a_document_named_alone_is_no_entity(read_text, text, kept, text_names):
    labels = {e.label for e in read_text(text).entities}
    assert kept <= labels and not text_names & labels
