"""A name's span that makes its text once.

spaCy's ``Span.text`` joins the span's tokens again at every read (a new ``Token`` object and a
string per token, ~1.4 µs for a short name). The tests :func:`.entities.classify` runs on one
name read its text eleven times on average (the cue functions each take the span), so the span
of a name being typed is a :class:`TextSpan`: the same span, its text kept with it. The text
lives only as long as the span, so nothing outlives the article.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

__all__ = ["TextSpan", "text_span"]

_TEXT = SpacySpan.text  # spaCy's own property: what a TextSpan's text is, made once


class TextSpan(SpacySpan):
    """A ``Span`` whose ``text`` is made on the first read and kept (spans never change)."""

    __slots__ = ("_text",)

    @property
    def text(self) -> str:
        try:
            return self._text
        except AttributeError:
            text = self._text = _TEXT.__get__(self)
            return text


def text_span(doc: Doc, start: int, end: int) -> SpacySpan:
    """``doc[start:end]`` (for ``0 <= start < end <= len(doc)``) as a :class:`TextSpan`."""
    return TextSpan(doc, start, end)
