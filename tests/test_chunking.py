"""Long texts are parsed in bounded pieces and joined again (issue 17, item 6: linear cost)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg_builder.chunking import pipe_in_chunks, split_text
from kg_builder.extract.context import ReadContext

PARAGRAPH = "Ministers met in Brussels on Monday. They agreed to talk again next week."


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("One.\n\nTwo.\n\nThree.", 8, ["One.\n\n", "Two.\n\n", "Three."]),
        ("One.\n\nTwo.\n\nThree.", 12, ["One.\n\nTwo.\n\n", "Three."]),
        ("Line one\nline two\nline three", 12, ["Line one\n", "line two\n", "line three"]),
        ("One. Two. Three. Four.", 10, ["One. Two. ", "Three. ", "Four."]),
        ("no breaks here at all", 8, ["no ", "breaks ", "here at ", "all"]),
        ("a" * 25, 10, ["a" * 10, "a" * 10, "a" * 5]),
        ("short", 10, ["short"]),
    ],
)
def test_split_text_cuts_at_the_best_break(text, max_chars, expected):
    assert split_text(text, max_chars=max_chars) == expected


@pytest.mark.parametrize("max_chars", [50, 200, 1000])
def test_pieces_are_bounded_and_join_to_the_text(max_chars):
    text = "\n\n".join(f"{PARAGRAPH} Paragraph {n}." for n in range(40))
    pieces = split_text(text, max_chars=max_chars)
    assert "".join(pieces) == text
    assert all(len(p) <= max_chars for p in pieces)
    if max_chars > 2 * len(PARAGRAPH):  # room for a paragraph: every cut at a paragraph break
        assert all(p.endswith("\n\n") for p in pieces[:-1])


_SEEN: list[int] = []


@Language.component("test_record_length")
def _record_length(doc: Doc) -> Doc:
    _SEEN.append(len(doc.text))
    return doc


def _nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_record_length")
    return nlp


def test_long_texts_are_parsed_in_pieces_and_joined():
    """Regression: a 1 M-character article went to spaCy whole (990 K: > 300 s, 2.7 GB)."""
    long = "\n\n".join(f"{PARAGRAPH} Paragraph {n}." for n in range(60))
    stream = [("A short one.", "a"), (long, "b"), ("Another short one.", "c"),
              ("Last.", "d")]
    _SEEN.clear()
    out = list(pipe_in_chunks(_nlp(), stream, batch_size=16, max_chars=500))
    assert [c for _, c in out] == ["a", "b", "c", "d"]
    assert [d.text for d, _ in out] == [t for t, _ in stream]
    assert max(_SEEN) <= 500 and len(_SEEN) > len(stream)
    joined = out[1][0]
    assert len(joined) == len(_nlp()(long))
    # character offsets are those of the whole text
    for token in joined:
        assert long[token.idx:token.idx + len(token.text)] == token.text
    assert sum(1 for s in joined.sents if s.text.startswith("They agreed")) == 60


@pytest.mark.parametrize(
    "text",
    ["x" * 1234, "Sentence one. " * 100, "line\n" * 300, "word " * 300 + "end"],
    ids=["no-space", "sentences", "lines", "words"],
)
def test_joined_doc_has_exactly_the_text(text):
    """No space is added between pieces, not even at a hard cut inside a word."""
    ((doc, _),) = pipe_in_chunks(_nlp(), [(text, None)], batch_size=16, max_chars=100)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


def test_short_texts_are_parsed_whole_in_one_stream():
    _SEEN.clear()
    texts = [("One text.", 1), ("Two texts.", 2)]
    out = list(pipe_in_chunks(_nlp(), texts, batch_size=16, max_chars=500))
    assert [d.text for d, _ in out] == ["One text.", "Two texts."]
    assert _SEEN == [9, 10]


def _context(doc: Doc) -> ReadContext:
    from kg_builder.extract.context import new_context
    from kg_builder.extract.rules import lexicon
    from kg_builder.gazetteer import gazetteer
    from kg_builder.model import Article

    return new_context(doc, Article(id="t", text=doc.text), gaz=gazetteer(), lexicon=lexicon(),
                       min_confidence=0.5)


@pytest.mark.parametrize(
    "ents",
    [[], [(0, 1, "GPE")], [(0, 1, "GPE"), (3, 5, "DATE"), (8, 9, "PERSON")], [(2, 9, "ORG")]],
)
def test_entity_index_agrees_with_spacy(ents):
    words = "Russia accused Belarus on Monday of pressing its neighbours .".split()
    doc = Doc(spacy.blank("en").vocab, words=words,
              sent_starts=[True] + [False] * 4 + [True] + [False] * 4)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    ctx = _context(doc)
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        assert ctx.ent_at(token.i) == expected
    for span in [*doc.sents, doc[0:3], doc[2:10], doc[4:4]]:
        assert ctx.ents_in(span) == list(span.ents)


@pytest.mark.slow
def test_a_long_article_read_in_pieces_keeps_its_offsets(nlp):
    """Three copies of the seed article, parsed as three pieces: every event, mention and fact
    points at its own text in the whole article, and each copy gives the events of the seed."""
    from pathlib import Path

    from kg_builder.model import Article
    from kg_builder.stages import BuildOptions, extract_articles

    seed = (Path(__file__).resolve().parents[1] / "examples" / "000_5095e6f94f9df535.txt"
            ).read_text(encoding="utf-8").strip()
    text = "\n\n".join([seed] * 3)
    options = BuildOptions(chunk_chars=len(seed) + 2)
    assert len(split_text(text, max_chars=options.chunk_chars)) == 3
    (alone,) = extract_articles([Article(id="seed", text=seed)], options=options, nlp=nlp)
    (whole,) = extract_articles([Article(id="long", text=text)], options=options, nlp=nlp)
    spans = ([e.evidence for e in whole.events] + [m.span for m in whole.mentions]
             + [f.evidence for f in whole.facts])
    assert spans and all(text[s.begin:s.end] == s.text for s in spans)
    width = len(seed) + 2

    def key(value: str | None) -> str | None:  # groups are keyed by their article
        return value.replace("/long/", "/seed/") if value else value

    for copy in range(3):
        found = {(e.type, key(e.agent), key(e.target), e.evidence.begin - copy * width)
                 for e in whole.events if copy * width <= e.evidence.begin < (copy + 1) * width}
        assert {(e.type, e.agent, e.target, e.evidence.begin) for e in alone.events} <= found
