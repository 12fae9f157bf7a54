"""Names of products and technologies by what names them (kg_builder/extract/products.py, issue
16): a name a noun of a kind of product or technology is called ('a technology called XDR'), an
acronym a model noun names ('UMD, the disc format'), a product noun after the name ('the MyDoom
bug'), the last words of a product's name ('XP' beside 'Windows XP') and a plural of a known
product's name ('Xboxes'). Through the real model; sentences written in the style of development
BBC technology reports (the cases entities38 found in a random development sample): the
(label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # what a noun of a kind of product or technology is called
    ("It is the latest network which uses the peer-to-peer system called BitTorrent to be hit "
     "by the film industry.",
     set(), {("BitTorrent", "Organization")}),
    ("Using a technology called XDR, created by American firm Rambus, memory can run up to "
     "eight times faster.",
     {("Rambus", "Company")}, {("XDR", "Organization")}),
    ("It is worked out using an officially recognised mathematical speed test called Linpack "
     "which measures calculations per second.",
     set(), {("Linpack", "Organization")}),
    ("The service can be used on players that support Microsoft's latest Digital Rights "
     "Management technology known as Janus.",
     {("Microsoft", "Company")}, {("Janus", "Region")}),
    # an acronym a model noun names in apposition
    ("The handheld console will go on sale for $250 and the first million sold will come with "
     "Spider-Man 2 on UMD, the disc format for the machine.",
     set(), {("UMD", "Organization")}),
    # a noun of a kind of program after the name
    ("The Bofra family of viruses, which were originally thought to be offshoots of the MyDoom "
     "bug, can infect machines.",
     set(), {("MyDoom", "Organization")}),
    ("So far seven versions of Cabir are known to exist, one of which was inside the malicious "
     "Skulls program that was found in late November.",
     set(), {("Skulls", "Organization")}),
    ("For its direct answer feature, Microsoft is calling on its Encarta encyclopaedia to "
     "provide answers.",
     {("Microsoft", "Company")}, {("Encarta", "Person")}),
    # the last words of a name read as a product's
    ("PCs running Windows 95, 98, ME, NT, 2000, and XP could be vulnerable to the worm, which "
     "spreads through Windows XP machines.",
     set(), {("XP", "Organization")}),
    # a plural of a known product's name
    ("The recall affects almost three quarters of all Xboxes sold around the world since its "
     "launch in 2001.",
     set(), {("Xboxes", "Person")}),
    ("Sony recently announced it would be using the technology in its next generation of "
     "PlayStations.",
     {("Sony", "Company")}, {("PlayStations", "Organization")}),
    ('"IPods and MP3 players are becoming a mainstream technology for consumers," said Lee '
     "Rainie, director of the project.",
     {("Lee Rainie", "Person")}, {("IPods", "Organization")}),
])
def test_named_products_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "name"), [
    # a company, a network or a firm called so stays (no noun of a product)
    ("The search firm was set up by a company called Blinkx, which said it would hire staff.",
     "Blinkx"),
    ("The MPAA also said it had succeeded in getting a network called LokiTorrent closed down.",
     "LokiTorrent"),
    # a company's former name after a noun of a product and an adverb (bbc-tech-128)
    ("In the late 1980s the firm was a great rival to Atari, which produced its own range of "
     "home computers and is now a brand of video games, formerly known as Infogrames.",
     "Infogrames"),
    # the maker of a technology called so stays
    ("Using a technology called XDR, created by American firm Rambus, memory can run up to "
     "eight times faster.", "Rambus"),
    # an acronym before a product noun stays: the name of a maker or a network
    ("Customers of the BT network complained about the slow speeds of the lines.", "BT"),
    # the owner of a program named by its noun stays
    ("For its direct answer feature, Microsoft is calling on its Encarta encyclopaedia to "
     "provide answers.", "Microsoft"),
])
def test_actors_named_near_products_stay(read_entities, text, name):
    assert name in {label for label, _ in read_entities(text)}
