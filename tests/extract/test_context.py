"""The read context's per-article tables, made once, say what spaCy's own attributes say."""

from __future__ import annotations

import pytest

from kg_builder.extract.context import new_context
from kg_builder.extract.rules import lexicon
from kg_builder.gazetteer import gazetteer
from kg_builder.model import Article

TEXTS = [
    "The Home Office said it would act. Mr Blair met Gerhard Schroeder in Berlin.",
    '"We will not give up," Michael Howard told the BBC.\n\nLabour MPs were not so sure.',
    "Shares of Toshiba Corp <TSBA.T> fell.  U.K. Institutions sold. OK?",
    "England (2), Samoa (7), France, Italy, Georgia.",
    "one sentence without a full stop",
    "Café ÉCOLE Ünïcode — 2000 GMT;  12.5% ... 'quoted'",
    "",
]


@pytest.fixture(scope="module")
def contexts(nlp):
    return [new_context(nlp(text), Article(id="t", text=text), gaz=gazetteer(),
                        lexicon=lexicon(), min_confidence=0.5) for text in TEXTS]


@pytest.mark.parametrize("n", range(len(TEXTS) - 1))  # the empty text has no token
def test_sentence_of_every_token_is_its_sentence(contexts, n) -> None:
    ctx = contexts[n]
    starts = [sent.start for sent in ctx.doc.sents]
    for token in ctx.doc:
        assert ctx.sentence_of(token) == starts.index(token.sent.start)
        assert ctx.sentence_start(token.i) == token.sent.start


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_token_tables_are_the_tokens_attributes(contexts, n) -> None:
    ctx = contexts[n]
    assert ctx.texts == [t.text for t in ctx.doc]
    assert ctx.lowers == [t.lower_ for t in ctx.doc]
    assert ctx.lemmas == [t.lemma_.lower() for t in ctx.doc]
    assert ctx.pos == [t.pos_ for t in ctx.doc]
    assert ctx.tags == [t.tag_ for t in ctx.doc]
    assert ctx.deps == [t.dep_ for t in ctx.doc]
    assert ctx.spaces == [t.is_space for t in ctx.doc]
    assert ctx.common_words == {t.text for t in ctx.doc if t.is_lower and t.is_alpha}
    assert ctx.out.words == sum(1 for t in ctx.doc if not t.is_space and not t.is_punct)


def test_token_tables_of_a_second_vocabulary_are_its_own(nlp) -> None:
    """The strings of the token tables come from a cache of the process: a document of another
    vocabulary (a blank pipeline's, with other lemmas) reads the same strings for the same ids."""
    import spacy

    text = "Mr Blair met Gerhard Schroeder in Berlin."
    other = spacy.blank("en")
    other.add_pipe("sentencizer")  # new_context reads the sentences
    blank = other(text)
    for doc in (nlp(text), blank, nlp(text)):
        ctx = new_context(doc, Article(id="t", text=text), gaz=gazetteer(), lexicon=lexicon(),
                          min_confidence=0.5)
        assert ctx.lemmas == [t.lemma_.lower() for t in doc]
        assert ctx.texts == [t.text for t in doc] and ctx.deps == [t.dep_ for t in doc]


@pytest.mark.parametrize("n", range(len(TEXTS)))
def test_forms_are_every_lemma_and_lower_case_form(contexts, n) -> None:
    ctx = contexts[n]
    assert ctx.forms == {t.lemma_.lower() for t in ctx.doc} | {t.lower_ for t in ctx.doc}
