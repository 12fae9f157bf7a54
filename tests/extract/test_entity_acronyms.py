"""Acronyms the article spells out and short names said more than once (entities53: companies and
intergovernmental bodies mistyped; kg_builder/extract/acronyms.py and short_names.py), through
the real model: an acronym is the one body of the article whose name spells it, named before or
after it, also by more than one letter of a word ('ICCO': International COCoa Organization),
and over the gazetteers' own body of these letters where that is of another kind ('ICC' beside
the Interstate Commerce Commission is no International Criminal Court); a company's first words
the NER took for a person's, said more than once, are the company ('Phelps Dodge' beside
'Phelps Dodge Corp'); a name in apposition with 'one of' companies is a company ('Yahoo, one of
the net's most iconic companies,'; kg_builder/extract/company_cues.py). Sentences from
development articles of Reuters-21578 and BBC (not in tests/data/audit/split.json; the
entities53 tally sample, seed 3960), or invented where marked: the (label, kind) pairs that
must and must not be read."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_ICCO = "International Cocoa Organization"
_IGO = "IntergovernmentalOrganization"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # reuters-6493: the acronym spelled by two letters of 'Cocoa', typed a company before
    ("New York cocoa traders reacted with caution to today's developments at the International "
     "Cocoa Organization talks in London, saying there is still time for negotiations to break "
     "down. ICCO producer and consumer delegates this morning accepted the outlines of a "
     "compromise proposal on buffer stock rules as a basis for further negotiation.",
     {(_ICCO, _IGO)}, {("ICCO", "Company"), ("ICCO", "Organization")}),
    # reuters-17731: the acronym first, the body it stands for spelled out further down
    ("Traders say the 15 ITC creditor banks' original tin holdings of nearly 45,000 tonnes have "
     "now been almost halved. Some 80,000 tonnes were held by banks and brokers after the "
     "International Tin Council's, ITC, buffer stock manager halted support operations on the "
     "LME.",
     {("International Tin Council", _IGO)}, {("ITC", "Company"), ("ITC", "Organization")}),
    # reuters-9637: the gazetteers know 'ICC' as the International Criminal Court
    ("Kansas City Southern Industries Inc said it is ready to promptly purchase the Southern "
     "Pacific Transportation Co from Santa Fe Southern Pacific Corp if the Interstate Commerce "
     "Commission rejects Sante Fe's attempt to reopen the merger. In a filing with the ICC late "
     "today, the company outlined four conditions of its offer to acquire Southern Pacific.",
     {("Interstate Commerce Commission", "GovernmentBody")},
     {("International Criminal Court", _IGO)}),
    # reuters-18317: the company's first words the NER took for a person's, said twice
    ("Phelps Dodge Corp chairman G. Robert Durham said the company is prepared to make another "
     "large non-copper acquisition. Phelps Dodge, which ranks as the largest copper producer in "
     "the U.S., last year paid 240 mln dlrs for Columbian Chemicals Co. Phelps Dodge would only "
     "want a friendly deal, he added.",
     {("Phelps Dodge Corp", "Company")}, {("Phelps Dodge", "Person")}),
])
def test_acronym_or_short_name_is_the_body(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-tech-065: the NER took the company's name for a person's
    ("Yahoo, one of the net's most iconic companies, is celebrating its 10th anniversary this "
     "week.", {("Yahoo", "Company")}, {("Yahoo", "Person")}),
])
def test_one_of_companies_is_a_company(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-business-207: a name holding the acronym is a unit of its body, not its spelling
    ("Shares in music giant EMI have sunk by more than 16% after the firm issued a profit "
     "warning. Alain Levy, chairman and chief executive of EMI Music, described the performance "
     "as disappointing.",
     {("EMI", "Company"), ("EMI Music", "Company")}, set()),
    # a label the NER glued to its acronym is no spelling of it: the acronym stays the
    # gazetteers' party (held-out diff of the merge: BNP was joined to the glued label, the party
    # lost; the sentences are invented in that article's shape)
    ("A candidate for the UK Independence Party has resigned after admitting a brief attachment "
     "to the British National Party(BNP). He said he had once attended a BNP meeting.",
     {("British National Party", "PoliticalParty")}, set()),
    # invented: the gazetteers' body of these letters is of the same kind: theirs
    ("The European Commission proposed a cut in farm prices on Monday. EC farm ministers will "
     "discuss the plan next week.",
     {("European Community", _IGO), ("European Commission", _IGO)}, set()),
    # invented: a person who is one of other things than companies stays a person
    ("Richard Branson, one of Britain's best-known entrepreneurs, said he was pleased.",
     {("Richard Branson", "Person")}, set()),
    # invented: a person's full name said twice stays a person beside another's firm
    ("Ivan F. Boesky and Co said it had sold its stake. Ivan F. Boesky declined to comment. "
     "Ivan F. Boesky was not available.",
     {("Ivan F. Boesky", "Person")}, set()),
])
def test_names_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)
