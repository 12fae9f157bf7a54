"""Small modules with one job each: no module of kg_builder is over 600 lines (issue 14)."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg_builder"
LIMIT = 600
GENERATED = {PACKAGE / "vocab.py"}  # written by `make vocab` from ontology/kg.ttl


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if p not in GENERATED),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_is_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= LIMIT, f"{path.relative_to(PACKAGE.parent)} has {lines} lines (> {LIMIT}): split it"
