"""Issue 16, titles of works read as people or organisations: a work noun the tagger took for an
adjective ('musical') that modifies a name no one knows is a work's title all the same
(kg_builder/extract/cues.py work_title); and an award or a prize for a title that opens with
'The' ('the best debut performance prize for The Motorcycle Diaries') is for a work, as one for
a title without it is (kg_builder/extract/works.py; 'prize' in mentions.award_nouns). Through
the real model; sentences after development articles (bbc-entertainment-294, -062, not in
tests/data/audit/split.json) or written for the rule: the (label, kind) pairs that must and must
not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_FESTIVAL = ("The actress won the best actress award at the film festival, and the director's "
             "new film was named best documentary. ")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "musical" tagged an adjective (after dev bbc-entertainment-294: the title read as a person)
    ("The music for the show is being written by composer AR Rahman, who was behind Andrew "
     "Lloyd Webber's West End musical Bombay Dreams.",
     {("AR Rahman", "Person")}, {("Bombay Dreams", "Person")}),
    # a prize for a title opening with 'The' (after dev bbc-entertainment-062: an organisation)
    (_FESTIVAL + "Actor Rodrigo de la Serna took the best debut performance prize for The "
     "Motorcycle Diaries.",
     {("Rodrigo de la Serna", "Person")}, {("Motorcycle Diaries", "Organization")}),
    # an animation's title (bbc-entertainment-359 of the tally sample, seed 51000: a person)
    ("Oscar-nominated animation Shark Tale has raked in $80m (£42.4m) in the first week of its US "
     "DVD release.",
     {("United States", "State")}, {("Shark Tale", "Person")}),
])
def test_works_after_work_and_award_nouns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the adjective modifies a noun after the name, not the name (written)
    ("The singer grew up in a musical Glasgow family, and the band's new album is out.",
     {("Glasgow", "City")}, set()),
    ("Their musical Ray Charles tribute was a hit.", {("Ray Charles", "Person")}, set()),
    # a studio after 'animation' is no title (bbc-entertainment-359)
    ("Shark Tale, from the animation studio Dreamworks, has raked in $80m in the first week of "
     "its US DVD release.",
     {("Dreamworks", "Company")}, set()),
    # a prize for a person stays the person's (written)
    (_FESTIVAL + "The prize for Kate Winslet was collected by her agent.",
     {("Kate Winslet", "Person")}, set()),
])
def test_names_that_stay(assert_read, text, present, absent):
    assert_read(text, present, absent)
