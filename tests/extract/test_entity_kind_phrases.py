"""The noun a name is apposed to or modified by decides its kind where the noun says it only
with the word before it (issue 16, wrong type: 'INSEE, the state statistics agency' read as an
organisation; kg_builder/extract/kind_phrases.py), through the real model. Sentences from
development articles of BBC and Reuters-21578 (the entities45 exploration samples, seeds 4501
and 4502; not held out) or invented in news style where marked. Every case of
test_kind_by_a_noun_phrase fails on the code before kind_phrases.py; the near misses pass
before and after."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # invented after bbc-business-190: a state's statistics agency in apposition
    ("Consumer prices rose 0.3 pct in March, INSEE, the state statistics agency, said.",
     ("INSEE", "GovernmentBody"), ("INSEE", "Organization")),
    # invented: a news website before the name
    ("The story was first reported by the news website PowerPage.",
     ("PowerPage", "MediaOrganization"), ("PowerPage", "Organization")),
    # bbc-business-153: a building society after the name it describes
    ("House prices rose a seasonally adjusted 0.5% in February, says the Nationwide building "
     "society.", ("Nationwide", "Company"), ("Nationwide", "Organization")),
    # bbc-sport-245: a radio station before the name
    ("A man claiming to be from ETA rang the radio station Cadena Ser to warn of the bomb.",
     ("Cadena Ser", "MediaOrganization"), ("Cadena Ser", "Person")),
])
def test_kind_by_a_noun_phrase(assert_read, text, present, absent):
    assert_read(text, {present}, {absent})


@pytest.mark.parametrize(("text", "present"), [
    # invented: a bare agency says nothing; the gazetteers' news agency stays one
    ("The agency Reuters said the talks had collapsed.", ("Reuters", "MediaOrganization")),
    # bbc-business-082: a firm's own noun still decides
    ("Shares in storage and delivery firm Exel closed up 9% on Tuesday.", ("Exel", "Company")),
    # bbc-politics-216: a cause's group stays a non-governmental organisation
    ("Human Rights group Liberty has argued that intercept evidence should be heard.",
     ("Liberty", "NonGovernmentalOrganization")),
    # invented: an aid agency is no state's
    ("The aid agency Helping Hands said it would send food to the region.",
     ("Helping Hands", "NonGovernmentalOrganization")),
])
def test_kinds_kept(read_entities, text, present):
    assert present in read_entities(text)


@pytest.mark.parametrize(("text", "absent"), [
    # bbc-business-334 (the measure sample, seed 4547): the news agency is the name's before it
    ("Lt Col Eric Schnaible of the PCO told the Associated Press news agency Contrack's "
     "withdrawal from the transportation contract was a mutually agreed-to separation.",
     ("Contrack", "MediaOrganization")),
])
def test_noun_of_the_name_before(read_entities, text, absent):
    assert absent not in read_entities(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # invented: an armed force is a state's body by its name's word, like an army or a navy
    ("The Royal Marines will send 300 men to the region next month.",
     ("Royal Marines", "GovernmentBody"), ("Royal Marines", "Organization")),
])
def test_armed_force_by_its_name(assert_read, text, present, absent):
    assert_read(text, {present}, {absent})
