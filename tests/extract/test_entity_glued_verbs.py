"""A name the NER ran over a finite verb is two names glued (issue 16): it ends before the verb
('Blur beat Oasis'), unless the word is part of a person's name or a name in another language
that the tagger took for a verb ('David dal Maso', 'Welt am Sonntag')
(kg_builder/extract/spans.py glued_at, rules/extract/mentions.json glue_tags). Parses built by
hand: the sentences are invented or from development articles (not tests/data/audit/split.json)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg_builder.extract.entities import mention_rules
from kg_builder.extract.spans import glued_at

_VOCAB = Vocab()


def _glued(words: list[str], tags: list[str]) -> int | None:
    rules = mention_rules()
    doc = Doc(_VOCAB, words=words, tags=tags)
    return glued_at(doc, 0, len(doc), words=rules.glue_words, tags=rules.glue_tags,
                    particles=rules.name_particles | rules.verb_like_name_words)


@pytest.mark.parametrize(("words", "tags", "end"), [
    # invented: a band's name run over a past tense into another band's
    (["Blur", "beat", "Oasis"], ["NNP", "VBD", "NNP"], 1),
    # invented: a club's name run over a present tense into another club's
    (["Chelsea", "face", "Arsenal"], ["NNP", "VBP", "NNP"], 1),
    # bbc-sport-400 (dev9): a side's name run over a verb into a competition's
    (["England", "won", "the", "first", "Rugby", "World", "Cup", "Sevens"],
     ["NNP", "VBD", "DT", "JJ", "NNP", "NNP", "NNP", "NNPS"], 1),
    # invented: a third person's present tense
    (["Jose", "Mourinho", "praises", "Arsene", "Wenger"], ["NNP", "NNP", "VBZ", "NNP", "NNP"], 2),
])
def test_a_name_ends_before_a_finite_verb(words, tags, end):
    assert _glued(words, tags) == end


@pytest.mark.parametrize(("words", "tags"), [
    # bbc-sport-350 (dev9): a name particle the tagger took for a past tense
    (["David", "dal", "Maso"], ["NNP", "VBD", "NNP"]),
    # bbc-business-004 (dev12)
    (["Nick", "Van", "den", "Brul"], ["NNP", "NNP", "VBD", "NNP"]),
    # reuters-5200 (dev9): a German newspaper's name
    (["Welt", "am", "Sonntag"], ["NNP", "VBP", "NNP"]),
    # invented: a capitalised word tagged a verb is a name's own word
    (["Edward", "Said", "Foundation"], ["NNP", "VBD", "NNP"]),
    # invented: a verb at a name's end is not inside it
    (["Oasis", "beat"], ["NNP", "VBD"]),
])
def test_a_name_goes_on_over_a_word_only_tagged_a_verb(words, tags):
    assert _glued(words, tags) is None
