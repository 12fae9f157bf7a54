"""Genres of music and film, and media, disc and file formats and technical standards, are no
entities (rules/genres.txt through mentions.json genre_names, read by names.py's no_names; the
formats in mentions.json technology_acronyms). Sentences from development articles of BBC News
(tests/data/audit/split.json), through the real model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a genre the NER tags as a person, an organisation or a place (bbc-entertainment-142, -256,
    # -077 of the tally sample, seed 51000)
    ("Leeds group Kaiser Chiefs came fifth with a promise to lead a Britpop revival.",
     {"Kaiser Chiefs"}, {"Britpop"}),
    ("If you look underneath urban, there are a number of core elements that include hip-hop, R&B, "
     "garage and into that obviously comes soul.", set(), {"R&B"}),
    ("Sometimes quality comes in bulk: this set contains no less than 34 John Wayne films ranging "
     "from the Westerns and war movies to The Quiet Man.", {"John Wayne"}, {"Westerns"}),
    # not a name that only holds a genre's word (bbc-entertainment-156)
    ("His Soul Train nominations include best male R&B-soul album and best male R&B-soul single "
     "for Confessions Part II.", set(), {"R&B"}),
    # a genre's word that names a company's chain stays (bbc-business-021 of the fresh sample,
    # seed 51050: 'hard rock' is no genre name, nor is 'blues', a club's in bbc-sport-333)
    ("Since Mike Smith's appointment as chief executive in 1999, the group has focused on fewer "
     "businesses and embarked on a major cost-cutting programme which has seen it dispose of a "
     "number of businesses, including the Odeon cinema chain and the Pinewood studios. The move "
     "left the group with three core divisions: gaming, Hard Rock and Deluxe Films, which "
     "provides technical services to Hollywood studios.\n\nRank now aims to concentrate on its "
     "gaming, bars and hotels business, including extending its Hard Rock brand to its casinos.",
     {"Hard Rock"}, set()),
])
def test_genres_are_no_entities(read_entities, text, present, absent):
    found = {label for label, _ in read_entities(text)}
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(("text", "present", "absent"), [
    # formats and standards (bbc-tech-148, -399, -224 of the tally sample)
    ("The rivals use the MP3 format or Microsoft's WMA format while Apple uses AAC, which it says "
     "helps thwart piracy.", {"Apple", "Microsoft"}, {"AAC", "WMA"}),
    ("If I sit down this afternoon and write a brilliant graphics compression routine and it "
     "happens to be the same as the LZW algorithm used in GIF files, then I am in trouble under "
     "patent law, at least in the US.", set(), {"LZW", "GIF"}),
    ("Disney is the latest studio to announce which technology it is backing in a format battle "
     "which mirrors the 1980s Betamax versus VHS war.", {"Disney"}, {"Betamax", "VHS"}),
    # the maker stays a company where it acts (bbc-tech-224)
    ("Sony lost out to JVC in that fight.", {"Sony", "JVC"}, set()),
])
def test_formats_and_standards_are_no_entities(read_entities, text, present, absent):
    found = {label for label, _ in read_entities(text)}
    assert present <= found
    assert not absent & found
