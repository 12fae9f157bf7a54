"""Names the NER glued across a verb of telling are two names (extract/told_apart.py): the one
told, and the subject of what it is told ('told Reuters Taiwan and the U.S. have been …')."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # development sentence (reuters-5183): 'Reuters Taiwan' was one organisation
    ("Western trade sources told Reuters Taiwan and the U.S. have been holding talks on the "
     "currency issue.",
     {("Reuters", "MediaOrganization"), ("Taiwan", "State")},
     {("Reuters Taiwan", "Organization")}),
    # written sentences in wire style
    ("A senior official told Reuters Brazil would not pay interest to its creditor banks.",
     {("Reuters", "MediaOrganization"), ("Brazil", "State")},
     {("Reuters Brazil", "Organization")}),
    ("An aide told Reuters Congress would reject the bill.",
     {("Reuters", "MediaOrganization"), ("United States Congress", "GovernmentBody")},
     {("Reuters Congress", "GovernmentBody")}),
])
def test_told_apart(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # development sentence (reuters-5183): the talks were read as Meetings of 'Reuters Taiwan'
    ("Western trade sources told Reuters Taiwan and the U.S. have been holding talks on the "
     "currency issue.",
     {("Meeting", "Taiwan", "United States"), ("Meeting", "United States", "Taiwan")}),
    # the one told is the first name, the press here: no consultation with the state named
    # after it (stays as before: the glued name was no party told)
    ("Wang Chao-Ming, vice-chairman of the council for economic planning, told Reuters Taiwan "
     "would further reduce import tariffs on 1,700 products.", set()),
    ("The experts told Reuters Tehran holds the initiative in the conflict.", set()),
    # a state's name before a person's, tagged apart, is no glued name: the person is told
    ("Shultz told U.S. Trade Representative Clayton Yeutter the talks had failed.",
     {("Consultation", "Shultz", "Clayton Yeutter")}),
])
def test_told_apart_events(read_triples, text, expected):
    assert read_triples(text) == expected


@pytest.mark.parametrize(("text", "present"), [
    # near misses: a name the gazetteers know whole, or told with 'that', stays as it is
    ("He told Reuters Holdings shareholders that profits would rise.",
     {("Reuters Holdings", "Company")}),
    ("The minister told Reuters that Taiwan would cut tariffs.",
     {("Reuters", "MediaOrganization"), ("Taiwan", "State")}),
    ("The spokesman told Kyodo News Agency the talks had ended.",
     {("Kyodo News Agency", "MediaOrganization")}),
])
def test_named_whole_stays(read_entities, text, present):
    assert present <= set(read_entities(text))
