"""Sentence offsets as the build sees them: the project's spaCy pipeline splits the text.

Used to show an entity row its context sentence, and to list an article's sentences with their
offsets for annotators of the article-level recall gold (``kg audit sentences``).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["sentence_splitter"]


def sentence_splitter(*, model: str | None = None) -> Callable[[str], list[tuple[int, int]]]:
    """A function from a text to its sentences' ``(begin, end)`` character offsets (without
    surrounding white space), splitting as ``kg build`` does. Loads the model once."""
    from ..nlp import load_pipeline

    nlp = load_pipeline(model=model)
    nlp.max_length = max(nlp.max_length, 1_000_001)

    def split(text: str) -> list[tuple[int, int]]:
        spans = []
        for sent in nlp(text).sents:
            raw = sent.text
            begin = sent.start_char + len(raw) - len(raw.lstrip())
            end = sent.start_char + len(raw.rstrip())
            if end > begin:
                spans.append((begin, end))
        return spans

    return split
