"""Regression: the named queries give the same rows as before their performance rewrite.

The store holds the seed article's graph as the builder wrote it and hand-written edge cases
(``tests/data/queries``, see ``tests/data/README.md``); ``expected-rows.json`` is the output of
the queries as they were before they were rewritten for speed. Rows are compared as multisets:
rows that tie on every ORDER BY key may come in another order.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from rdflib import Dataset

from kg_builder import open_store, run_query
from kg_builder.pipeline import ensure_ontology

DATA = Path(__file__).resolve().parent / "data" / "queries"
EXPECTED: list[dict[str, Any]] = json.loads(
    (DATA / "expected-rows.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    ds = Dataset()
    for path in sorted(DATA.glob("*.trig")):
        ds.parse(path, format="trig")
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    s = open_store(tmp_path_factory.mktemp("queries") / "store")
    ensure_ontology(s)
    s.replace_graphs(graphs)
    yield s
    s.close()


@pytest.mark.parametrize("case", EXPECTED, ids=lambda c: f"{c['query']}{c['params'] or ''}")
def test_query_rows_are_unchanged(store, case: dict[str, Any]) -> None:
    result = run_query(store, case["query"], params=case["params"])
    assert result.columns == case["columns"]
    got = Counter(tuple(r) for r in result.rows)
    want = Counter(tuple(r) for r in case["rows"])
    assert got == want, f"missing {want - got}, unexpected {got - want}"
