"""Where an article writes a name again (kg_builder/extract/products.py ``_occurrences``, read by
``_before_product_noun``: 'commitment to Linux software ... use Linux'): each start, in text
order, of the name's tokens, up to but not including a name that ends the article (the last
token has no noun after it to modify). Token texts written for the test."""

from __future__ import annotations

import pytest

from kg_builder.extract.products import _occurrences


@pytest.mark.parametrize(("texts", "words", "expected"), [
    (["use", "Linux", "software", "or", "Linux", "on", "phones"], ["Linux"], [1, 4]),
    (["the", "Xbox", "Live", "service", "and", "Xbox", "games"], ["Xbox", "Live"], [1]),
    (["runs", "Mac", "OS", "X", "now"], ["Mac", "OS", "X"], [1]),
    (["a", "Linux", "version", "for", "Linux"], ["Linux"], [1]),  # at the end: not searched
    (["no", "such", "name", "here"], ["Linux"], []),
    (["Linux"], ["Linux"], []),
])
def test_occurrences(texts: list[str], words: list[str], expected: list[int]) -> None:
    assert list(_occurrences(texts, words)) == expected
