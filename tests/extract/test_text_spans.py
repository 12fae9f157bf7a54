"""A name's span that keeps its text (kg_builder/extract/text_spans.py) is the same span as
spaCy's, with the same text; and a union of word lists made once is the union."""

from __future__ import annotations

import pytest

from kg_builder.extract.rules import union
from kg_builder.extract.text_spans import TextSpan, text_span

TEXTS = [
    "The Home Office said it would act. Mr Blair met Gerhard Schroeder in Berlin.",
    '"We will not give up," Michael Howard told the BBC.\n\nLabour MPs were not so sure.',
    "Shares of Toshiba Corp <TSBA.T> fell.  U.K. Institutions sold. OK?",
    "Café ÉCOLE Ünïcode — 2000 GMT;  12.5% ... 'quoted'",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_is_spacys_span_with_its_text(nlp, text) -> None:
    doc = nlp(text)
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 6, len(doc)) + 1):
            span, plain = text_span(doc, start, end), doc[start:end]
            assert isinstance(span, TextSpan)
            assert span == plain and hash(span) == hash(plain)
            assert (span.start, span.end, span.start_char, span.end_char, span.label_) == (
                plain.start, plain.end, plain.start_char, plain.end_char, plain.label_)
            assert span.text == plain.text and span.text == plain.text  # read twice
            assert span.root.i == plain.root.i and str(span) == str(plain)


@pytest.mark.parametrize("words", [
    (frozenset({"mr", "dr"}), frozenset({"minister"}), frozenset()),
    (frozenset(), frozenset()),
    (frozenset({"a"}),),
])
def test_union_is_the_union(words) -> None:
    assert union(*words) == frozenset().union(*words)
    assert union(*words) is union(*words)  # made once


@pytest.mark.parametrize("text", [
    "Liberal Democrat leader Charles Kennedy said so.",
    "the Group of Seven met in Paris; the Group of Five did not.",
    "The Israeli army and the Liberal  Democrats\nsaid no.",
])
def test_a_longer_known_name_is_read_from_the_same_text(nlp, text) -> None:
    """known_longer builds each longer name's text word by word: the same as spaCy's."""
    from kg_builder.extract import spans

    doc = nlp(text)
    looked_up: list[str] = []

    class Gaz:
        def org(self, name: str) -> None:
            looked_up.append(name)

    for start in range(len(doc)):
        for end in range(start, min(start + 3, len(doc)) + 1):
            looked_up.clear()
            spans.known_longer(Gaz(), doc, start, end, label="ORG")  # type: ignore[arg-type]
            expected = [doc[start:end].text]
            for more in range(end + 1, min(end + spans._MOST_WORDS_MORE, len(doc)) + 1):
                if doc[more - 1].is_sent_start or doc[more - 1].is_punct:
                    break
                expected.append(doc[start:more].text)
            assert looked_up == expected
