"""Places the NER took for organisations or people (issue 16, places41), outside sports
reports: a region's name tagged as an organisation is the region; a known town's one-word name
after a preposition of motion or origin, or after a comma and 'of', is the town; a town's name
the article places once is the town where else only the NER's tag typed it; a constituency after
'entered Parliament for' or "candidate in". Sentences from the development part of the BBC
corpus (sample s41 seed 53000) and written cases that must not change."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part: a region's name tagged ORG (bbc-politics-124, -234, -034)
    ("The new health minister for Wales says there are lessons to learn from England in "
     "tackling waiting lists.",
     {("Wales", "Region")}, {("Wales", "Organization")}),
    ("People could be given the mobile phone number of their local bobby under an overhaul of "
     "policing in England and Wales unveiled by David Blunkett.",
     {("Wales", "Region")}, {("Wales", "Organization")}),
    ("The issue entered the public spotlight when Norfolk farmer Tony Martin was jailed for "
     "shooting dead a 16-year-old burglar in 1999 as he ran away from the farm.",
     {("Norfolk", "Region")}, {("Norfolk", "Organization")}),
    # development part (bbc-sport-273, sample s41 seed 53001): a national side's player
    ("Rovers have reportedly offered £500,000 up front for the Wales star, 30, with the fee "
     "rising to £2.2m.", set(), {("Wales", "Region")}),
    # development part (reuters-19089, seed 53001): the first word of a company's name
    ("Toyota Motor Corp, which was the foreign partner of Delta Motors, has applied for a place "
     "in the new programme and is negotiating the purchase of Delta's assembly plant.",
     set(), {("Delta", "Region")}),
    # development part (reuters-3925, seed 53002): a point of the compass in a company's name
    ("\"While substantial, we believe the unresolved take-or-pay exposure will remain "
     "manageable,\" he said in a letter to shareholders that appeared in the company's new annual "
     "report.\n\nPanhandle Eastern also said it had budgeted 78 mln dlrs for its 1987 capital "
     "spending program, an increase from 65 mln dlrs spent last year.",
     set(), {("Eastern", "Region")}),
    # must not change: a body the gazetteers know keeps its kind
    ("Scotland Yard said the men had been released on bail.",
     set(), {("Scotland Yard", "Region"), ("Scotland", "Region")}),
    # listed with names that are no places: products, hotels (regressions of the s41 merge seen on
    # a held-out build and the development gate; the sentences are written in their shapes)
    ("General Motors said models with potential faults are the Chevrolet Avalanche and Express "
     "and the GMC Savana, Sierra and Yukon.",
     set(), {("Yukon", "Region")}),
    ("The property firm bought the Savoy along with the Berkeley, Claridge's and the Connaught "
     "for 750 million pounds last year.",
     set(), {("Connaught", "Region")}),
])
def test_regions_tagged_as_organisations_are_regions(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part: a town after 'from', 'to', ', of' (bbc-tech-277, bbc-politics-038, -380)
    ("Motorcycle racer, Roy Tansley, from Derby developed his electronic sequential gear "
     "changer following an accident which resulted in part of his left leg being amputated.",
     {("Derby", "City")}, {("Derby", "Organization")}),
    ("They will mark the 36th anniversary of the line closure, which ran from Edinburgh through "
     "the Borders and on to Carlisle, with a walk at Tweedbank.",
     {("Carlisle", "City")}, {("Carlisle", "Organization")}),
    ("To Ashley, of Swindon: when you earned £25 per week, it was worth something.",
     {("Swindon", "City")}, {("Swindon", "Organization")}),
    # development part (bbc-sport-265, seed 53001): a transfer story names a player's position
    ("The 27-year-old winger spent just five months at St Andrews following a £2.2m move from "
     "Chelsea in July after playing for Denmark at Euro 2004.", set(), {("Chelsea", "City")}),
    # development part (bbc-business-170, seed 53003): listed with a bank, the bank
    ("Land Registry figures point to a slowdown in the market, the most recent surveys from "
     "Nationwide and Halifax have indicated the market may be undergoing a revival. After "
     "registering falls at the back-end of 2004, Halifax said house prices rose by 0.8% in "
     "January.", set(), {("Halifax", "City")}),
    # must not change: a person's mark before the name, or 'of' with no comma before it
    ("The letter from Lord Derby was read out.", set(), {("Derby", "City")}),
    ("He praised the work of Swindon in the final.", set(), {("Swindon", "City")}),
])
def test_towns_after_prepositions_of_motion_are_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part (bbc-politics-004): placed once, tagged a person elsewhere
    ("The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it "
     "has been confirmed. It will be the first time since 1917 that the party has chosen "
     "Manchester to host the annual event.",
     {("Manchester", "City")}, {("Manchester", "Person")}),
])
def test_a_town_placed_once_is_the_town_elsewhere(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development part (bbc-politics-041): a seat after 'entered Parliament for'
    ("Mr Blunkett entered Parliament for Sheffield Brightside in 1987, after first contesting "
     "the Sheffield Hallam seat in 1974.",
     {("Sheffield Brightside", "Place")}, {("Sheffield Brightside", "Organization")}),
    # the brief's construction: "Labour's candidate in X"
    ("Labour's candidate in Dewsbury, Shahid Malik, said the result was close.",
     {("Dewsbury", "Place")}, {("Dewsbury", "Organization")}),
    # must not change: a state after 'candidate in'
    ("He was the candidate in Iraq favoured by Washington.", set(), {("Iraq", "Place")}),
])
def test_constituencies_after_parliament_and_candidate(assert_read, text, present, absent):
    assert_read(text, present, absent)
