"""Long texts are parsed in bounded chunks, so parsing costs time and memory in proportion to
the text.

spaCy parses a whole text as one Doc: for a text of hundreds of thousands of characters its
arrays grow with the text and the build slowed down more than in proportion (200 K characters:
16.8 s; 990 K: still running after 300 s at 2.7 GB). :func:`pipe_in_chunks` cuts a text longer
than ``max_chars`` at paragraph breaks (else at line breaks, sentence ends, spaces; a hard cut
only in a run of ``max_chars`` characters without any), parses the pieces as ordinary texts in the
same ``nlp.pipe`` stream and joins their Docs with ``Doc.from_docs``: one Doc, the same text, the
same character offsets. A text of at most ``max_chars`` characters is parsed as before, whole.

>>> split_text("One.\\n\\nTwo.\\n\\nThree.", max_chars=8)
['One.\\n\\n', 'Two.\\n\\n', 'Three.']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["CHUNK_CHARS", "join_docs", "pipe_in_chunks", "split_text"]

#: the longest text parsed as one piece; longer than any article of the BBC and Reuters corpora
#: (25,452 characters at most), so those are parsed whole
CHUNK_CHARS = 50_000

C = TypeVar("C")

# Where a piece may end, best first: after a blank line, a line break, a sentence end, a space
# (the whitespace goes with the piece before it, so the next piece starts with a word).
_CUTS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+"),
    re.compile(r"\s+"),
)


def split_text(text: str, *, max_chars: int = CHUNK_CHARS) -> list[str]:
    """``text`` in pieces of at most ``max_chars`` characters whose concatenation is ``text``."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    pieces: list[str] = []
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        pieces.append(text[start:end])
        start = end
    pieces.append(text[start:])
    return pieces


def _cut(text: str, start: int, limit: int) -> int:
    """The best place to end a piece that starts at ``start`` and may not pass ``limit``: the
    last cut of the best kind in the second half of the window (else anywhere in it)."""
    for floor in (start + (limit - start) // 2, start + 1):
        for pattern in _CUTS:
            end = None
            for match in pattern.finditer(text, floor, limit):
                end = match.end()
            if end is not None and end > start:
                return end
    return limit


def pipe_in_chunks(
    nlp: Language,
    stream: Iterable[tuple[str, C]],
    *,
    batch_size: int,
    max_chars: int = CHUNK_CHARS,
) -> Iterator[tuple[Doc, C]]:
    """``nlp.pipe(stream, as_tuples=True, batch_size=batch_size)``, with texts longer than
    ``max_chars`` parsed in pieces (:func:`split_text`) and joined again: one Doc per text, in
    order, with its context.

    Texts up to ``max_chars`` go through one ``nlp.pipe`` call, batched as before. A long text
    ends that call (the texts before it are parsed first) and its pieces are parsed one at a
    time — a batch of several 50 K-character pieces costs far more memory and time than the
    pieces one by one (400 K characters: 1.4 GB and 27 s in batches of 16, 0.43 GB and 15 s
    one by one) — then a new call takes the rest of the stream.
    """
    items = iter(stream)
    long_text: list[tuple[str, C]] = []

    def up_to_a_long_text() -> Iterator[tuple[str, C]]:
        for text, context in items:
            if len(text) > max_chars:
                long_text.append((text, context))
                return
            yield text, context

    while True:
        yield from nlp.pipe(up_to_a_long_text(), as_tuples=True, batch_size=batch_size)
        if not long_text:
            return
        text, context = long_text.pop()
        pieces = nlp.pipe(split_text(text, max_chars=max_chars), batch_size=1)
        yield join_docs(list(pieces)), context


def join_docs(docs: list[Doc]) -> Doc:
    """The Docs of a text's pieces as one Doc of the whole text (no space added between pieces;
    sentence starts, parses, entities and lemmas kept; tensors dropped)."""
    from spacy.tokens import Doc

    return Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
