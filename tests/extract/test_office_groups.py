"""Holders of an office named in the plural are a group of people (extract/office_groups.py):
'urged the finance chiefs to …', 'called on ministers to …'."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "event"), [
    # the development recall gold's bbc-business-241
    ("At a dinner on Friday night, former South African president Nelson Mandela backed Mr "
     "Brown's plan when he urged the finance chiefs to write-off African debt and provide an "
     "extra $50bn (£26.69bn) a year in aid for the next decade.",
     ("Request", "Nelson Mandela", "finance chiefs")),
    # development articles of recall19's samples (seed 19)
    ("IMF boss Rodrigo Rato was asked by G7 ministers to carry out a study into the feasibility "
     "of revaluing and selling gold reserves.", ("Request", "G7 ministers", "Rodrigo Rato")),
    ("The National Audit Office praised ministers for reaching the benchmark of 750,000 adults in "
     "England gaining basic qualifications by this year.",
     ("Praise", "National Audit Office", "ministers")),
    ("But the Scottish National Party called on ministers to reassure people that enough funding "
     "is in place to support the free personal care policy.",
     ("Request", "Scottish National Party", "ministers")),
    ("Copa president Hans Kjeldsen told a news conference on Tuesday he had also urged ministers "
     "to seek a similar mechanism for cereal substitutes.",
     ("Request", "Hans Kjeldsen", "ministers")),
    ("Secretary of Agriculture Richard Lyng will meet with representatives from major grain "
     "exporting companies today.", ("Meeting", "Richard Lyng", "representatives")),
])
def test_plural_office_is_a_group(read_triples, text, event):
    assert event in read_triples(text)


@pytest.mark.parametrize(("text", "absent"), [
    # the seed article: ambassadors exchanged are no party acted on
    ("However, the United States and Belarus agreed last year to exchange ambassadors, for the "
     "first time in more than a decade.", "ambassadors"),
    # a company's directors are its officers: their dealings are the company's business (the
    # lead's blind-judged development gate sample of this round, reuters-18805 and reuters-19796:
    # agreements of 'directors' judged not an event)
    ("It said holders also approved a limitation of directors' liability and indemnity agreements "
     "between the company and its officers and directors.", "directors"),
    ("Seton Co said its board of directors unanimously approved an agreement and plan of merger "
     "providing for the merger of Seton with a unit of S Acquisition Corp, a New Jersey company.",
     "directors"),
])
def test_not_a_group(read_triples, text, absent):
    assert all(absent not in (agent, target) for _, agent, target in read_triples(text))
