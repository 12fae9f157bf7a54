"""Devices and formats named by the noun of their kind after them are no entities
(kg_builder/extract/products.py, rules/extract/products.json product_nouns 'camera', 'format',
'sedan'; issue 16): 'the Pentax Optio SV digital camera', 'the Minidisc format'; and a name
before a computer wherever the article writes it (maker_nouns: 'the Amiga computer'; not
'Commodore computers' beside 'Commodore was one of the pioneers', a maker). Sentences from
allowed development articles (bbc-tech-341, bbc-business-099, bbc-tech-374, reuters-9870) or
written in their style; the makers stay."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (bbc-tech-341: Pentax Optio SV was an organisation)
    ("Portable gadgets dominate the list, including Sharp's 902 3G mobile phone, the Pentax "
     "Optio SV digital camera and Samsung's Yepp YH-999 video jukebox.",
     set(), {("Pentax Optio SV", "Organization"), ("Pentax Optio SV", "Company")}),
    # (written)
    ("Sales of the Minidisc format fell, said Jim Hill, a Sony spokesman.",
     {("Sony", "Company"), ("Jim Hill", "Person")},
     {("Minidisc", "Organization"), ("Minidisc", "Company")}),
    # a computer's name before 'computer' wherever the article writes it; its maker stays
    # (reuters-9870)
    ("Commodore International Corp said it entered into two agreements to provide Amiga "
     "computer graphics technology to the coin-operated amusement industry.",
     {("Commodore International Corp", "Company")},
     {("Amiga", "Organization"), ("Amiga", "Company"), ("Amiga", "Region")}),
    # (written)
    ("Fans of the Amiga computer gathered in Cologne, where old Amiga computer games were shown "
     "again.", set(), {("Amiga", "Organization"), ("Amiga", "Company"), ("Amiga", "Region")}),
    # (bbc-business-099)
    ("Toyota put its rise in sales down to strong results for its redesigned Avalon sedan.",
     {("Toyota", "Company")}, {("Avalon", "Company"), ("Avalon", "Organization")}),
])
def test_devices_and_formats_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "name"), [
    # near misses: a computer's maker the article names alone stays (bbc-tech-374)
    ("The once-famous Commodore computer brand could be resurrected. Commodore International "
     "filed for bankruptcy in 1994.", "Commodore International"),
    # a common word capitalised at a sentence's start names no product, and a magazine opening
    # with it stays (bbc-tech-278)
    ("Digital cameras were the hot gadget of Christmas. Marcus Hawkins, editor of Digital Camera "
     "magazine, said storage was a problem for anyone with a digital camera.", "Digital Camera"),
    # a product noun after a verb is none of the name's (bbc-tech-357: the Honeynet Project was
    # read as a product of 'created software' and lost)
    ("To gather its information the German arm of the Honeynet Project created software tools "
     "to log what happened to the machines.", "Honeynet Project"),
    # a maker the gazetteers know (written)
    ("Shares in Olympus rose after strong sales of Olympus cameras in Europe.", "Olympus"),
    # the noun as a verb or a common noun after the name is no cue (written)
    ("Reuters said the Wellcome Trust will format its reports differently next year.",
     "Wellcome Trust"),
])
def test_makers_stay(read_entities, text, name):
    assert name in {label for label, _ in read_entities(text)}
