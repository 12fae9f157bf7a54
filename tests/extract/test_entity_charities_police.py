"""Charities and police forces typed the generic organisation or a person (issue 16): a state's
branch of a known charity and a faith's relief body are non-governmental organisations
(``charities.py``); a police force named after two areas, or by a word for police in another
language, is a government body (the ontology's meaning of GovernmentBody names a police force).
Through the real model; sentences invented in news style."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_NGO = "NonGovernmentalOrganization"
_GOV = "GovernmentBody"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The Canadian Red Cross said it would send blankets to the flood victims.",
     {("Canadian Red Cross", _NGO)}, {("Canadian Red Cross", "Organization")}),
    ("The British Red Cross and the American Red Cross launched appeals on Monday.",
     {("British Red Cross", _NGO), ("American Red Cross", _NGO)},
     {("British Red Cross", "Organization"), ("American Red Cross", "Organization")}),
    ("Christian Aid said the debt relief plan did not go far enough.",
     {("Christian Aid", _NGO)}, {("Christian Aid", "Person")}),
    ("Christian Aid said the debt relief plan did not go far enough, and Catholic Relief Services "
     "agreed.",
     {("Catholic Relief Services", _NGO)}, {("Catholic Relief Services", "Organization")}),
])
def test_charities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("A spokesman for Lothian and Borders Police said officers were called to the house.",
     {("Lothian and Borders Police", _GOV)},
     {("Lothian", "Organization"), ("Borders Police", _GOV)}),
    ("Devon and Cornwall Police said the man was arrested on Friday.",
     {("Devon and Cornwall Police", _GOV)}, {("Devon", "Person")}),
    ("The Sûreté said the suspect had been charged.",
     {("Sûreté", _GOV)}, {("Sûreté", "Organization")}),
    ("Inspector Jean Dupont of the Surete du Quebec said the men had been released.",
     {("Surete du Quebec", _GOV)}, {("Surete du Quebec", "Organization")}),
    ("The Royal Ulster Constabulary said the bomb had been defused.",
     {("Royal Ulster Constabulary", _GOV)}, {("Royal Ulster Constabulary", "Organization")}),
    ("Italy's Carabinieri arrested 12 people in Naples.",
     {("Carabinieri", _GOV)}, {("Carabinieri", "Organization")}),
])
def test_police_forces(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # near misses that stay as they were: a company named with a word of help, a party of a
    # faith, a company a demonym opens, a single force
    ("Rite Aid Corp said its net income rose 12 pct in the quarter.",
     {("Rite Aid Corp", "Company")}),
    ("British Airways said it would cut 500 jobs.", {("British Airways", "Company")}),
    ("Strathclyde Police said a 34-year-old man had been arrested.",
     {("Strathclyde Police", _GOV)}),
    ("The Royal Canadian Mounted Police arrested two men in Vancouver.",
     {("Royal Canadian Mounted Police", _GOV)}),
])
def test_near_misses_stay(assert_read, text, present):
    assert_read(text, present, set())
