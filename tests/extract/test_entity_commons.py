"""Names that are common words (kg_builder/extract/commons.py, issue 16): wire copy's state
abbreviation with capitalised common nouns after it is no organisation. Through the real model;
sentences from the development part of Reuters-21578 (tests/data/audit/split.json) or written."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-6360, -8664, -12971: development part)
    ("Both markets were pushed higher by an ebullient pound and renewed buying by U.K. "
     "Institutions following Chancellor of the Exchequer's Nigel Lawson's well-received budget "
     "yesterday.",
     {("Nigel Lawson", "Person")}, {("U.K. Institutions", "Organization")}),
    ("This was due to the lacklustre performance of the U.S. Economy, the continuing U.S. Trade "
     "deficit and Japanese delays in announcing an economic stimulation package.",
     {("United States", "State")}, {("U.S. Economy", "Organization")}),
    ("This season's U.K. Export performance has surpassed all early expectations.",
     set(), {("U.K. Export", "Organization")}),
    # a body's name, a known organisation, a name typed by its words stay (reuters-3446 and
    # written); a trade association is a non-governmental organisation (entities28)
    ("\"The SIA (U.S. Semiconductor Industry Association) doesn't even have an office here,\" a "
     "source close to the industry said.",
     {("U.S. Semiconductor Industry Association", "NonGovernmentalOrganization")}, set()),
    ("U.S. Air Force planes flew over the base, and the U.S. Bank said it would lend more.",
     {("U.S. Air Force", "GovernmentBody"), ("U.S. Bank", "Company")}, set()),
])
def test_state_abbreviation_and_common_nouns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # reuters-16169, reuters-8749, reuters-16153 (dev9): a company's word right before the
    # lower-case noun the phrase is of
    ("Texaco, the third biggest U.S. Oil company, said it filed to protect itself.",
     {("Texaco", "Company")}, {("U.S. Oil", "Company")}),
    ("U.S. Defence officials disclosed in Washington yesterday that the ships were available.",
     set(), {("U.S. Defence", "Company")}),
    ("The U.S. Group also urged Japan to give U.S. Financial institutions a bigger role.",
     {("Japan", "State")}, {("U.S. Financial", "Company")}),
    # a body's name before a noun stays (written)
    ("A U.S. Embassy official said the talks would go on.",
     {("U.S. Embassy", "GovernmentBody")}, set()),
])
def test_state_abbreviation_and_a_company_word_before_a_noun(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "absent"), [
    # a name of lower-case common words is no name (bbc-tech-360: a person; reuters-14692)
    ("Thousands of flat panel screens - LCDs (liquid crystal displays), plasma screens, and DLP "
     "rear-projection TV sets - have already been sold as \"HD\", but are in fact not able to "
     "display HD.",
     {("plasma screens", "Person")}),
])
def test_lower_case_common_words_are_no_names(read_entities, text, absent):
    assert not absent & set(read_entities(text))
