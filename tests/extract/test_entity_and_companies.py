"""A company's name of two names joined by 'and' that the NER cut at 'and' where it tagged the
left name alone or not at all (kg_builder/extract/and_companies.py, issue 16): one company, read
from its first word. Through the real model; sentences written for these
tests in the style of wire copy."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the left name untagged: the NER tagged only the words after 'and'
    ("Standard and Poor's Corp said it lowered its rating on the county's bonds.",
     {("Standard and Poor's Corp", "Company")}, {("Poor's Corp", "Company")}),
    ("Greene and Wallace Inc said it agreed to acquire a small Texas refiner.",
     {("Greene and Wallace Inc", "Company")}, {("Wallace Inc", "Company")}),
    # the left name tagged a person's: no person, one company
    ("Shares in Baxter and Lowe Plc fell after the bid was withdrawn.",
     {("Baxter and Lowe Plc", "Company")}, {("Baxter", "Person"), ("Lowe Plc", "Company")}),
    ("<Hudson Bay Mining and Smelting Co Ltd> said it cut the price of zinc by two cents.",
     {("Hudson Bay Mining and Smelting Co Ltd", "Company")},
     {("Smelting Co Ltd", "Company"), ("Hudson Bay Mining", "Company")}),
])
def test_company_cut_at_and_is_whole(assert_read, text, present, absent):
    assert_read(text, present, absent)

