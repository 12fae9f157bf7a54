"""Shared fixtures. The spaCy model loads once per session (tests that need it are `slow`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_5095e6f94f9df535.txt"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from kg_builder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def read_text(nlp):
    """text → resolved Extraction, through the real model."""
    from kg_builder.extract import read_doc
    from kg_builder.model import Article
    from kg_builder.resolve import resolve

    def run(text: str, *, article_id: str = "t", published: str | None = None):
        article = Article(id=article_id, text=text, published=published)
        return resolve(read_doc(nlp(text), article))

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The seed article built once into an embedded store (path)."""
    from kg_builder import build, open_store

    path = tmp_path_factory.mktemp("seed") / "store"
    store = open_store(path)
    try:
        summary = build([SEED], store)
    finally:
        store.close()
    assert summary.failed == 0 and summary.built == 1
    return path
