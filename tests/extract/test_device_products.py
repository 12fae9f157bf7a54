"""Devices and formats named by the noun of their kind after them are no entities
(kg_builder/extract/products.py, rules/extract/products.json product_nouns 'camera', 'format',
'sedan'; issue 16): 'the Pentax Optio SV digital camera', 'the Minidisc format'; not
'computer', which names makers too ('Commodore computers' beside 'the sale of Commodore').
Sentences from allowed development articles (bbc-tech-341, bbc-business-099, bbc-tech-374) or
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
    # (bbc-business-099)
    ("Toyota put its rise in sales down to strong results for its redesigned Avalon sedan.",
     {("Toyota", "Company")}, {("Avalon", "Company"), ("Avalon", "Organization")}),
])
def test_devices_and_formats_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "name"), [
    # near misses: a computer's maker stays (bbc-tech-374)
    ("The once-famous Commodore computer brand could be resurrected. Commodore International "
     "filed for bankruptcy in 1994.", "Commodore International"),
    # a maker the gazetteers know (written)
    ("Shares in Olympus rose after strong sales of Olympus cameras in Europe.", "Olympus"),
    # the noun as a verb or a common noun after the name is no cue (written)
    ("Reuters said the Wellcome Trust will format its reports differently next year.",
     "Wellcome Trust"),
])
def test_makers_stay(read_entities, text, name):
    assert name in {label for label, _ in read_entities(text)}
