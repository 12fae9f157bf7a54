"""Names listed after a plural noun for a kind of body (issue 16, entities37): every name of
the list is of that kind, not only the first ('technology firms Earthlink and Webroot'), through
the real model: the (label, kind) pairs a passage must and must not yield. Sentences from the
development part of the BBC corpus (tests/data/audit/split.json), or written in news style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the plural noun right before the list's first name (bbc-tech-177, bbc-tech-304)
    ("Research by technology firms Earthlink and Webroot revealed that 90% of Windows machines "
     "have the malicious software on board.",
     {("Earthlink", "Company"), ("Webroot", "Company")}, {("Webroot", "Person")}),
    ("Technology firms Sony, Philips, Matsushita and Samsung are developing a common way to stop "
     "people pirating digital music and video.",
     {("Matsushita", "Company"), ("Sony", "Company")}, {("Matsushita", "Person")}),
    # written: a list of two after a plural noun, the second tagged an organisation
    ("Fans were asked to send the coupon to the network's parent companies Paramount and "
     "Viacom.", {("Paramount", "Company"), ("Viacom", "Company")}, {("Viacom", "Organization")}),
    # a plural trade whose singular is a person's job (bbc-tech-244)
    ("The US reception to this game from developers Blizzard has been hugely enthusiastic.",
     {("Blizzard", "Company")}, {("Blizzard", "Person")}),
    # the plural noun before 'like' and the list, a name of it in apposition (bbc-tech-294)
    ("Blu-ray has already won backing from top technology firms like Dell, LG, Samsung and "
     "Phillips amongst others.",
     {("Dell", "Company"), ("LG", "Company")}, {("LG", "City"), ("Dell", "Organization")}),
    # the subject of 'include' whose object is the list (bbc-entertainment-283)
    ("Other bands at the sold-out festival include Queens of the Stone Age, The Killers, Keane, "
     "The Streets and Foo Fighters.",
     {("Keane", "Organization"), ("Foo Fighters", "Organization")}, {("Keane", "Person")}),
])
def test_every_name_of_a_list_takes_the_kind_of_its_plural_noun(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a person after 'and' with a noun of his own: no bare item of the list
    ("The deal was signed by the publisher Faber and author Kazuo Ishiguro in London.",
     {("Kazuo Ishiguro", "Person")}, {("Kazuo Ishiguro", "Company")}),
    # towns after a preposition, not after the plural noun
    ("Many firms in London and Paris have moved staff to Frankfurt.",
     {("London", "City"), ("Paris", "City")}, {("Paris", "Company"), ("London", "Company")}),
    # people listed after a plural noun of no kind of body, and opening with given names
    ("Other guests include Tony Blair and Bob Geldof.",
     {("Tony Blair", "Person"), ("Bob Geldof", "Person")}, {("Bob Geldof", "Organization")}),
    ("Technology firms such as Microsoft and Bill Gates' charity were named in the report.",
     {("Bill Gates", "Person")}, {("Bill Gates", "Company")}),
])
def test_names_outside_such_a_list_keep_their_kind(assert_read, text, present, absent):
    assert_read(text, present, absent)
