"""Acts told by a teller the text does not name, or inside a report's content, are reported
(kg_builder/extract/prospects.py, issue 15: how an event is stated; tests/data/audit/JUDGING.md:
an event attributed to reports or sources needs reported, as a fact is wrong type)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow



@pytest.mark.parametrize(("text", "expected"), [
    # one unnamed speaker of no named body (a development sentence, reuters-8049, read from a
    # random development sample; both were stated as a fact) …
    ("The Philippines and its bank advisory committee completed another round of debt "
     "rescheduling talks and will meet again on Saturday, a senior banker said.",
     {("Philippines", "Meeting", "bank advisory committee", "positive", "reported"),
      ("bank advisory committee", "Meeting", "Philippines", "positive", "reported")}),
    ("Iran has threatened Kuwait, one dealer said.",
     {("Iran", "Threat", "Kuwait", "positive", "reported")}),
    # … and a newspaper named only by its noun (after bbc-business-212 'The paper said Chinese
    # officials had been irritated by …', asserted; and written)
    ("The paper said Chinese officials had been irritated by Rover's decision to talk "
     "publicly about the deal.",
     {("China", "Disapproval", "Rover", "positive", "reported")}),
    ("The newspaper said West Germany had criticised France over its farm policy.",
     {("Germany", "Criticism", "France", "positive", "reported")}),
])
def test_an_act_told_by_an_unnamed_teller_is_reported(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the second of two coordinated clauses of a report's content (a development sentence,
    # reuters-14611; it was asserted) …
    ("Traders said reports that Iran opened a new southern front and Iraq attacked Iranian "
     "oil fields were also supportive.",
     {("Iraq", "Attack", "Iran", "positive", "reported")}),
    # … and a content clause the parser hung on the noun as a relative clause, opened by the
    # conjunction 'that' (written; it was asserted)
    ("The report that Iran attacked Kuwaiti tankers was denied in Tehran.",
     {("Iran", "Attack", "Kuwait", "positive", "reported")}),
])
def test_an_act_inside_a_reports_content_is_reported(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near misses that stay as they were: a state's own official tells of its act, or of what
    # was done to it (written) …
    ("The United States has openly attacked Japan's fiscal policy, a senior U.S. official said.",
     {("United States", "Criticism", "Japan", "positive", "asserted")}),
    ("Iran has threatened Kuwait, a Kuwaiti diplomat said.",
     {("Iran", "Threat", "Kuwait", "positive", "asserted")}),
    # … a named newspaper is its act's reporter (rules/attribution.json) …
    ("The Asahi newspaper said Japan had criticised the United States.",
     {("Japan", "Criticism", "United States", "positive", "reported")}),
    # … and coordinated acts the narrator states stay facts
    ("Mr Blair flew to Washington and met President Bush.",
     {("Tony Blair", "Meeting", "Bush", "positive", "asserted")}),
])
def test_named_tellers_and_the_narrators_facts_stay(framed, text, expected):
    assert framed(text) == expected
