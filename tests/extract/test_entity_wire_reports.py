"""Short wire reports on companies (entities36), through the real model. A Reuters brief that
names a company the way wire copy does — by its legal form ('May Department Stores Co') or in
angle brackets ('<Praxis Biologics Inc>', a ticker) — is a business report, however few business
words its two or three sentences hold: a name there that nothing else types is a company, not
the generic organisation; and a name the wire writes in angle brackets is a company even where
the NER took it for a person's. Sentences from the development part of Reuters-21578
(tests/data/audit/split.json; the entities36 exploration sample, seed 3601) or invented where
marked: the (label, kind) pairs that must and must not be there. The guards
(test_kinds_kept) pass before these rules too: they keep the rules from reaching further."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a company in angle brackets opens the report (reuters-2090)
    ("<Praxis Biologics Inc> said it filed a registration statement with the Securities and "
     "Exchange Commission for the initial public offering of 1.5 mln shares of common.\n\nIt said "
     "the offering is being managed by Shearson Lehman Brothers Inc and Merrill Lynch Capital "
     "Markets.",
     {("Merrill Lynch Capital Markets", "Company")},
     {("Merrill Lynch Capital Markets", "Organization")}),
    # a legal form in a later sentence (reuters-3255)
    ("Barter Resources said it formed a television home shopping unit, Television Catalogue "
     "Inc.\n\nBarter said 100,000 dlrs of the funding has been paid, with the balance due within "
     "sixty days.",
     {("Barter Resources", "Company")}, {("Barter Resources", "Organization")}),
    # the report's issuer by its legal form; the rating agencies and a co-manager by nothing
    # (reuters-17663)
    ("May Department Stores Co is raising 100 mln dlrs through an offering of debentures due "
     "2017 with a 9-7/8 pct coupon and par pricing.\n\nNon-refundable for 10 years, the issue is "
     "rated Aa-3 by Moody's and Aa-minus by Standard and Poor's. E.F. Hutton co-managed the deal.",
     {("E.F. Hutton", "Company"), ("Moody", "Company")},
     {("E.F. Hutton", "Organization"), ("Moody", "Organization")}),
    # (reuters-16675)
    ("Thera-Care Inc said it agreed to acquire Cushing and Associates of Glendale, Calif., in "
     "exchange for 1,480,000 Thera-Care shares.",
     {("Cushing and Associates of Glendale", "Company")},
     {("Cushing and Associates of Glendale", "Organization")}),
    # (invented)
    ("Lakeshore Mining Corp said it signed a letter of intent to sell its interest in the "
     "property to Hallmark Exploration.",
     {("Hallmark Exploration", "Company")}, {("Hallmark Exploration", "Organization")}),
])
def test_company_in_wire_report(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-983)
    ("The company said Contel, under the agreement, would assume a portion of Equatorial's "
     "rights and obligations under the Galaxy III transponder lease with <Burnham Leasing> on "
     "the occurrence of certain events.",
     {("Burnham Leasing", "Company")}, {("Burnham Leasing", "Person")}),
    # (reuters-8085)
    ("Diversified investment company <Ariadne Australia Ltd> has offered 3.8 billion pesos for "
     "38 mln shares in the Philippine brewing firm <San Miguel>, a Manila newspaper reported.",
     {("San Miguel", "Company")}, {("San Miguel", "Person")}),
])
def test_bracketed_company_tagged_a_person(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the same report without the company's legal form names no company as wire copy does
    # (invented)
    ("Hallmark Exploration said it signed a letter of intent to buy the property from Lakeshore "
     "Mining.",
     {("Hallmark Exploration", "Organization")}, {("Hallmark Exploration", "Company")}),
    # a club in a report on its owner keeps its kind (reuters-1294)
    ("Carling O'Keefe Ltd said the board decided to retain ownership of its Toronto Argonaut "
     "Football Club.\n\nThe Toronto Argonauts are a member of the Canadian Football League.",
     {("Toronto Argonauts", "Organization")}, {("Toronto Argonauts", "Company")}),
    # 'Co' before an Irish county is no legal form (invented)
    ("The Orange Order said the parade in Portadown, Co Armagh, would go ahead on Sunday.",
     {("Orange Order", "Organization")}, {("Orange Order", "Company")}),
    # a hyphenated surname alone, which the NER took for an organisation, is the person named
    # in full before it, no company of the report (reuters-7383 of the measure sample, seed 3603)
    ("International Lease Finance Corp is negotiating with <Airbus Industrie> for additional "
     "orders of A320 and A330 jets, according to ILFC president Steven Udvar-Hazy.\n\nILFC is "
     "one of the launch customers for the A330, Udvar-Hazy noted.",
     {("Steven Udvar-Hazy", "Person")}, {("Udvar-Hazy", "Company")}),
    # a news agency's short name stays the news organisation its longer name is, though the
    # report names companies by their legal forms (reuters-17225 of the measure sample, seed 3604)
    ("Algeria's national petroleum agency Sonatrach and the U.S. Panhandle-Trunkline <PEL.N> "
     "group signed a 20-year accord for the delivery of liquefied natural gas (LNG), the "
     "official APS news agency said.\n\nDeliveries will start next winter, APS said.\n\nThe "
     "agreement follows months of negotiations between Panhandle Eastern Petroleum Corp and "
     "Sonatrach.",
     {("APS", "MediaOrganization")}, {("APS", "Company")}),
    # a person named beside a bracketed company stays a person (reuters-10768)
    ("The offer was apparently rejected in favour of a lower 630 mln dlr bid by Italy's "
     "<Gruppo Ferruzzi>, chairman Pierre Callebaut said.",
     {("Pierre Callebaut", "Person")}, {("Pierre Callebaut", "Company")}),
    # regressions found by diffing the held-out build before and after the merge (invented
    # sentences of the same shapes): only the lead of a report says it is a wire report on
    # companies; a long review that names a firm by its legal form further down is not one, so
    # a singer stays a person
    ("The Sony Walkman has been named the greatest gadget of all time by a technology magazine. "
     "The list of 100 devices also includes the first CD player. \"Who can forget hearing "
     "Madonna on that machine for the first time?\" asked the magazine. Its readers also wish "
     "that Vulcan Inc's handheld computer had sold better.",
     {("Madonna", "Person")}, {("Madonna", "Company")}),
    # … nor does a title glued to 'Co-' make a political report one on companies
    ("Tell that to the 44,000 doctors in the NHS, said Trevor Phillips. The Conservative Party "
     "Co-Chairman Liam Fox said on Sunday that the party would set a limit on immigration. Mr Fox "
     "told Frost that the limit would be set by parliament.",
     {("Frost", "Person"), ("NHS", "Organization")}, {("Frost", "Company"), ("NHS", "Company")}),
    # a state's bodies are no companies of a wire report (invented, in the shapes of two rows of
    # the development gate that the merged wire-report rule had typed Company)
    ("Mesa Petroleum Co said it filed suit against the Texas State Courts ruling. The Texas "
     "State Courts had blocked the sale, the company said.",
     {("Texas State Courts", "Organization")}, {("Texas State Courts", "Company")}),
    ("Britoil Plc said the levy would be paid to the Exchequer next year. The Exchequer will "
     "receive about 90 mln stg, Britoil said.",
     {("Exchequer", "Organization")}, {("Exchequer", "Company")}),
])
def test_kinds_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)
