"""Firms by what the grammar says they own (entities30), through the real model: a name the NER
took for a person's that owns a business's things through 'its' in its own clause ('Harlow
Webber said its clients …') or its possessive is a company; so is a name typed only the generic
organisation whose customers or clients 'its' names, or that a business noun comes right before
('software developer Quillion'). A person's name with a given name, an
honorific or a full name beside it stays a person's (test_people_kept: guards, which pass before
the change too). All sentences invented, in the style of news: the (label, kind) pairs that must
and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Harlow Webber said its clients had moved money out of British shares last month.",
     {("Harlow Webber", "Company")}, {("Harlow Webber", "Person")}),
    ("Pemberton Ashby said on Monday that its profits had fallen by a third.",
     {("Pemberton Ashby", "Company")}, {("Pemberton Ashby", "Person")}),
    ("Investors said Garside Whitley's shareholders would vote on the offer next week.",
     {("Garside Whitley", "Company")}, {("Garside Whitley", "Person")}),
    ("Kesgrave Whitby said its earnings rose 12% in the third quarter.",
     {("Kesgrave Whitby", "Company")}, {("Kesgrave Whitby", "Person")}),
])
def test_person_typed_firm(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Tarnwell Digital said its customers would see lower bills from April.",
     {("Tarnwell Digital", "Company")}, {("Tarnwell Digital", "Organization")}),
    ("Corvane said on Tuesday that its clients had withdrawn 2 billion dollars.",
     {("Corvane", "Company")}, {("Corvane", "Organization")}),
    # a business noun right before the name
    ("London-based software developer Quillion has unveiled a new messaging service.",
     {("Quillion", "Company")}, {("Quillion", "Organization")}),
])
def test_organisation_with_customers(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a given name: a person, whatever 'its' owns
    ("Anne Webber, who chairs Radley Foods, said its profits would rise.",
     {("Anne Webber", "Person")}, {("Anne Webber", "Company")}),
    # a surname of a person named in full
    ("Anne Webber runs the group. Webber said its profits had doubled.",
     {("Anne Webber", "Person")}, {("Anne Webber", "Company"), ("Webber", "Company")}),
    # an honorific
    ("Mr Fenwick said its shares were worth far more than the offer.",
     {("Fenwick", "Person")}, {("Fenwick", "Company")}),
    # a noun of a person's trade (person_trade_nouns) in apposition: the man, not a firm (a
    # regression of the merge of s41, seen on a held-out arts report; the sentence is written)
    ("Among the tributes that poured in when the singer died was one from his friend, the "
     "producer Quincy Jones, who called him a brother. Record label shares rose and the "
     "company's profits grew.",
     {("Quincy Jones", "Person")}, {("Quincy Jones", "Company")}),
])
def test_people_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-business-229: a company's noun in apposition
    ("NM Rothschild, the investment bank, is advising Mr Glazer, according to the Financial Times.",
     {("NM Rothschild", "Company")}, {("NM Rothschild", "Person")}),
    # reuters-20270: a company's noun in apposition, with its 'of'
    ("Norsk Hydro, operator of the Oseberg field, said test output at the field from the mobile "
     "production ship Petro Jarl totalled 1,719 bpd last month.",
     {("Norsk Hydro", "Company")}, {("Norsk Hydro", "Person")}),
    # reuters-15416: a state owns its national company
    ("The pipeline contruction is the second phase of the Peninsular Gas Utilisation Project by "
     "Petronas, Malaysia's national oil company.",
     {("Petronas", "Company")}, {("Petronas", "Person")}),
    # must not change, bbc-tech-024: a noun in apposition that a company owns is a job there
    ("\"There are hundreds and hundreds of characters in a typical Bioware game,\" said Shauna "
     "Perry, Bioware's audio and external resources producer.",
     {("Shauna Perry", "Person")}, {("Shauna Perry", "Company")}),
    # must not change, reuters-3534: a company's word opening the name is a common noun there
    ("Banks which found this level unacceptably low would be offered an alternative of Libor "
     "payments in cash and a margin above that of one pct in the form of Philippine Investment "
     "Notes.",
     set(), {("Banks", "Company")}),
    # must not change, bbc-business-184: a given name, whatever 'its' owns
    ("Stuart Rose, head of M&S, said last year its prices were too high.",
     {("Stuart Rose", "Person")}, {("Stuart Rose", "Company")}),
])
def test_person_typed_firm_by_nouns(assert_read, text, present, absent):
    assert_read(text, present, absent)
