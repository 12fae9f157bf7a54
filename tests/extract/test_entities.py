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
])
def test_a_name_after_an_honorific_is_a_person(words, pos, ents, people):
    doc = _doc(words, pos, ents)
    ctx = new_context(doc, Article(id="t", text=doc.text), gaz=gazetteer(), lexicon=lexicon(),
                      min_confidence=0.5)
    collect_entities(ctx)
    assert [m.name for m in ctx.out.mentions if m.kind == "Person"] == people
