"""Named mentions the statistical NER missed (kg_builder/extract/entities.py), on Docs built by
hand: the parse is not the point."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from kg_builder.extract.context import new_context
from kg_builder.extract.entities import collect_entities
from kg_builder.extract.rules import lexicon
from kg_builder.gazetteer import gazetteer
from kg_builder.model import Article

_VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower case, title case)


def _doc(words: list[str], pos: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    spaces = [not (w == "-" or nxt in ("'s", ".", "-")) for w, nxt in zip(words, [*words[1:], ""], strict=True)]
    doc = Doc(_VOCAB, words=words, spaces=spaces, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    return doc


@pytest.mark.parametrize(("words", "pos", "ents", "people"), [
    # "Labour's Mr Livingstone" with only Labour tagged: Livingstone is a person
    (["Labour", "'s", "Mr", "Livingstone", "accused", "him", "."],
     ["PROPN", "PART", "PROPN", "PROPN", "VERB", "PRON", "PUNCT"], [(0, 1, "ORG")],
     ["Livingstone"]),
    # a hyphenated name is one name
    (["Mr", "Kilroy", "-", "Silk", "left", "."],
     ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"], [], ["Kilroy-Silk"]),
    # an office after an honorific is no name: "the Lord Chancellor"
    (["the", "Lord", "Chancellor", "spoke", "."],
     ["DET", "PROPN", "PROPN", "VERB", "PUNCT"], [], []),
    # a name the NER did tag is not read twice
    (["Mr", "Blair", "spoke", "."], ["PROPN", "PROPN", "VERB", "PUNCT"], [(1, 2, "PERSON")],
     ["Blair"]),
    # a peer's surname the NER tagged ORG without the title: still the person ("Lord Butler" is
    # then joined to "Robin Butler" by surname)
    (["Lord", "Butler", ",", "the", "former", "cabinet", "secretary", ",", "spoke", "."],
     ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB", "PUNCT"],
     [(1, 2, "ORG")], ["Butler"]),
    (["Sir", "Menzies", "Campbell", "spoke", "."], ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
     [(1, 3, "GPE")], ["Menzies Campbell"]),
    # lower-case "lord" is no honorific; an organisation after it stays one
    (["the", "lord", "Mayor", "'s", "Office", "spoke", "."],
     ["DET", "NOUN", "PROPN", "PART", "PROPN", "VERB", "PUNCT"], [(2, 5, "ORG")], []),
])
def test_a_name_after_an_honorific_is_a_person(words, pos, ents, people):
    doc = _doc(words, pos, ents)
    ctx = new_context(doc, Article(id="t", text=doc.text), gaz=gazetteer(), lexicon=lexicon(),
                      min_confidence=0.5)
    collect_entities(ctx)
    assert [m.name for m in ctx.out.mentions if m.kind == "Person"] == people


def _kinds(words: list[str], pos: list[str], ents: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = _doc(words, pos, ents)
    ctx = new_context(doc, Article(id="t", text=doc.text), gaz=gazetteer(), lexicon=lexicon(),
                      min_confidence=0.5)
    collect_entities(ctx)
    return [(m.name, m.kind) for m in ctx.out.mentions]


@pytest.mark.parametrize(("words", "pos", "ents", "expected"), [
    # a party's short name the NER took for a person (bbc-politics-007)
    (["Lib", "Dem", "leader", "Charles", "Kennedy", "spoke", "."],
     ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"], [(0, 2, "PERSON"), (3, 5, "PERSON")],
     [("Lib Dem", "PoliticalParty"), ("Charles Kennedy", "Person")]),
    (["Labour", "won", "."], ["PROPN", "VERB", "PUNCT"], [(0, 1, "PERSON")],
     [("Labour", "PoliticalParty")]),
    # a union named after its members is no party (bbc-politics-042)
    (["The", "Fire", "Brigades", "Union", "said", "so", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"], [(0, 4, "ORG")],
     [("Fire Brigades Union", "NonGovernmentalOrganization")]),
    (["The", "National", "Union", "of", "Teachers", "said", "so", "."],
     ["DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "ADV", "PUNCT"], [(0, 5, "ORG")],
     [("National Union of Teachers", "NonGovernmentalOrganization")]),
    # a party named for what it stands for stays a party
    (["The", "Christian", "Democratic", "Union", "won", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(0, 4, "ORG")],
     [("Christian Democratic Union", "PoliticalParty")]),
    # constituent countries, provinces and disputed territories are regions, not cities
    (["Scotland", ",", "Wales", "and", "Northern", "Ireland", "agreed", "."],
     ["PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"],
     [(0, 1, "GPE"), (2, 3, "GPE"), (4, 6, "GPE")],
     [("Scotland", "Region"), ("Wales", "Region"), ("Northern Ireland", "Region")]),
    (["Russia", "annexed", "Crimea", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
     [(0, 1, "GPE"), (2, 3, "GPE")], [("Russia", "State"), ("Crimea", "Region")]),
    (["They", "live", "in", "Ontario", "."], ["PRON", "VERB", "ADP", "PROPN", "PUNCT"],
     [(3, 4, "GPE")], [("Ontario", "Region")]),
    (["They", "live", "in", "New", "York", "."], ["PRON", "VERB", "ADP", "PROPN", "PROPN", "PUNCT"],
     [(3, 5, "GPE")], [("New York", "City")]),
    # a legislature tagged as a place
    (["The", "Northern", "Ireland", "Assembly", "met", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(1, 4, "GPE")],
     [("Northern Ireland Assembly", "GovernmentBody")]),
    # an indefinite article is not part of a name
    (["a", "Conservative", "Party", "spokesman", "said", "."],
     ["DET", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"], [(0, 3, "ORG")],
     [("Conservative Party", "PoliticalParty")]),
    # wire copy: a ticker bracket is no part of the name (reuters21578, development part)
    (["The", "Australian", "Gas", "Light", "Co", ">", "said", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "X", "VERB", "PUNCT"], [(1, 6, "ORG")],
     [("Australian Gas Light Co", "Company")]),
    # a rank the NER took into the name stays before it
    (["Contact", "Sergeant", "Keith", "McDonald", "."], ["VERB", "PROPN", "PROPN", "PROPN", "PUNCT"],
     [(1, 4, "PERSON")], [("Keith McDonald", "Person")]),
    # a company the NER took for a place
    (["Trans-Island", "Bus", "Service", "Pte", "Ltd", "listed", "."],
     ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(0, 5, "LOC")],
     [("Trans-Island Bus Service Pte Ltd", "Company")]),
    # wire copy: an all-caps table heading, a ticker and table columns name nothing
    (["USSR", "COARSE", "GRAIN", "EXPORTS", "ROSE"], ["PROPN", "PROPN", "PROPN", "NOUN", "VERB"],
     [(0, 3, "ORG")], []),
    (["Shares", "of", "IRRI.MI", "rose", "."], ["NOUN", "ADP", "PROPN", "VERB", "PUNCT"],
     [(2, 3, "PERSON")], []),
    # a company in capitals keeps its name
    (["VEBA", "AG", "said", "so", "."], ["PROPN", "PROPN", "VERB", "ADV", "PUNCT"], [(0, 2, "ORG")],
     [("VEBA AG", "Company")]),
    # a word the article also writes in lower case is no name at the start of a sentence (the
    # example article's "Coronavirus"; "his Budget statement … the budget")
    (["Coronavirus", "spread", ".", "The", "coronavirus", "is", "new", "."],
     ["NOUN", "VERB", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT"], [(0, 1, "ORG")], []),
    (["Budget", "day", "came", ";", "the", "budget", "passed", "."],
     ["PROPN", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"], [(0, 1, "ORG")], []),
    # a party after "Ex-" is the party; a surname seen in a person's name does not turn a
    # dictionary organisation into a person (bbc-politics-256)
    (["Ex", "-", "Labour", "leader", "Neil", "Kinnock", "said", "Labour", "won", "."],
     ["ADJ", "PUNCT", "PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PROPN", "VERB", "PUNCT"],
     [(0, 3, "PERSON"), (4, 6, "PERSON"), (7, 8, "ORG")],
     [("Labour", "PoliticalParty"), ("Neil Kinnock", "Person"), ("Labour", "PoliticalParty")]),
    # wire copy marks companies: a ticker after the name, or the name in angle brackets; the
    # ticker itself is no name (reuters21578, development part)
    (["Nomura", "<", "NMUR.T", ">", "said", "so", "."],
     ["PROPN", "X", "PROPN", "X", "VERB", "ADV", "PUNCT"], [(0, 1, "ORG")], [("Nomura", "Company")]),
    (["ITT", "Corp", "<", "ITT", ">", "won", "."], ["PROPN", "PROPN", "X", "PROPN", "X", "VERB", "PUNCT"],
     [(0, 2, "ORG"), (3, 4, "ORG")], [("ITT Corp", "Company")]),
    (["<", "Balletto", ">", "sued", "."], ["X", "PROPN", "X", "VERB", "PUNCT"], [(1, 2, "ORG")],
     [("Balletto", "Company")]),
    # a group noun tagged as an organisation; an office tagged as one; a venue (bbc, development)
    (["MPs", "backed", "the", "invasion", "."], ["NOUN", "VERB", "DET", "NOUN", "PUNCT"],
     [(0, 1, "ORG")], []),
    (["The", "Roman", "Catholic", "Archbishop", "of", "Cardiff", "spoke", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"], [(1, 4, "ORG"), (5, 6, "GPE")],
     [("Cardiff", "City")]),
    (["Stars", "gathered", "at", "the", "Kodak", "Theatre", "."],
     ["NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"], [(4, 6, "ORG")],
     [("Kodak Theatre", "Place")]),
    # a region tagged PERSON is the region; the same word as a named person's surname is not
    (["England", "beat", "Italy", "."], ["PROPN", "VERB", "PROPN", "PUNCT"],
     [(0, 1, "PERSON"), (2, 3, "GPE")], [("England", "Region"), ("Italy", "State")]),
    (["Jason", "Scotland", "scored", ".", "Scotland", "smiled", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT"], [(0, 2, "PERSON"), (4, 5, "PERSON")],
     [("Jason Scotland", "Person"), ("Scotland", "Person")]),
    # names of events are no entities (bbc, development part); a dictionary organisation is
    (["She", "won", "at", "the", "Berlin", "Film", "Festival", "."],
     ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"], [(4, 7, "GPE")], []),
    (["The", "Conservative", "Party", "Conference", "opened", "."],
     ["DET", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], [(1, 4, "ORG")], []),
    (["The", "Organisation", "of", "the", "Islamic", "Conference", "met", "."],
     ["DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PUNCT"], [(1, 6, "ORG")],
     [("Organisation of the Islamic Conference", "IntergovernmentalOrganization")]),
    # "miss" before a name is the verb, not the honorific: England stays the region, and a
    # later "England" tagged GPE is not taken for a person's name (bbc-sport-285)
    (["He", "might", "miss", "England", "'s", "trip", ".", "England", "lost", "."],
     ["PRON", "AUX", "VERB", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
     [(3, 4, "PERSON"), (7, 8, "GPE")], [("England", "Region"), ("England", "Region")]),
    # the broadcaster's services are media organisations, not people ('bbc sport' had a Person
    # node beside the organisation in 54 BBC articles)
    (["BBC", "Sport", "understands", "it", "."], ["PROPN", "PROPN", "VERB", "PRON", "PUNCT"],
     [(0, 2, "PERSON")], [("BBC Sport", "MediaOrganization")]),
])
def test_types_from_names_gazetteers_and_cues(words, pos, ents, expected):
    assert _kinds(words, pos, ents) == expected
