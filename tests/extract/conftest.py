"""Fixtures for the construction tests: one construction at a time, through the real model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triple = tuple[str, str, str | None]


@pytest.fixture(scope="session")
def read_with(nlp) -> Callable[..., set[Triple]]:
    """(text, construction or constructions) → the exact set of (agent, event type, target)
    labels read.

    ``framing=True`` adds polarity and modality to each tuple."""
    from kg_builder.extract import read_doc
    from kg_builder.model import Article
    from kg_builder.resolve import resolve

    def run(text: str, construction: str | tuple[str, ...], *,
            framing: bool = False) -> set[tuple[str | None, ...]]:
        names = (construction,) if isinstance(construction, str) else construction
        reading = read_doc(nlp(text), Article(id="t", text=text), constructions=names)
        extraction = resolve(reading)
        labels = {e.key: e.label for e in extraction.entities}
        return {(labels[e.agent], e.type, labels.get(e.target or ""),
                 *((e.polarity, e.modality) if framing else ()))
                for e in extraction.events}

    return run


@pytest.fixture(scope="session")
def read_entities(read_text) -> Callable[[str], list[tuple[str, str]]]:
    """text → the sorted (label, kind) of every entity read from it."""

    def run(text: str) -> list[tuple[str, str]]:
        return sorted((e.label, e.kind) for e in read_text(text).entities)

    return run


@pytest.fixture(scope="session")
def assert_read(read_entities) -> Callable[..., None]:
    """(text, present, absent): every (label, kind) pair of ``present`` is read from ``text``,
    and none of ``absent``."""

    def run(text: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]) -> None:
        found = set(read_entities(text))
        assert present <= found, f"not read: {present - found}"
        assert not absent & found, f"read: {absent & found}"

    return run


@pytest.fixture(scope="session")
def event_triples(read_text) -> Callable[[str], set[tuple[str, str, str | None]]]:
    """text → the exact set of (agent, event type, target) read from it, by every construction."""

    def run(text: str) -> set[tuple[str, str, str | None]]:
        extraction = read_text(text)
        labels = {e.key: e.label for e in extraction.entities}
        return {(labels[e.agent], e.type, labels.get(e.target or "")) for e in extraction.events}

    return run


@pytest.fixture(scope="session")
def framed(read_text) -> Callable[[str], set[tuple[str, str, str | None, str, str]]]:
    """text → the exact set of (agent, event type, target, polarity, modality) read from it,
    by every construction."""

    def run(text: str) -> set[tuple[str, str, str | None, str, str]]:
        extraction = read_text(text)
        labels = {e.key: e.label for e in extraction.entities}
        return {(labels[e.agent], e.type, labels.get(e.target or ""), e.polarity, e.modality)
                for e in extraction.events}

    return run
