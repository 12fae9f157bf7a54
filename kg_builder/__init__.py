"""kg_builder: English news articles → a validated, queryable RDF knowledge graph.

>>> from kg_builder import build, open_store, run_query   # doctest: +SKIP
>>> with open_store("kg-store") as store:
...     summary = build(["examples/000_5095e6f94f9df535.txt"], store)
...     rows = run_query(store, "who-accused-whom").rows
"""

from __future__ import annotations

from .errors import (
    InputError,
    KGError,
    ModelError,
    NetworkRefusedError,
    QueryError,
    QueryTimeoutError,
    ReadOnlyError,
    StoreDamagedError,
    StoreError,
    ValidationSetupError,
)
from .model import (Article, ArticleResult, Entity, Event, Extraction, Fact, Failure, FieldWarning,
                    Mention, Span)
from .pipeline import BuildOptions, BuildSummary, build, remove_article
from .query import list_queries, open_query, run_query
from .sources import read_inputs
from .store import OxigraphStore, QueryResult, Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleResult",
    "BuildOptions",
    "BuildSummary",
    "Entity",
    "Event",
    "Extraction",
    "Fact",
    "Failure",
    "FieldWarning",
    "InputError",
    "KGError",
    "Mention",
    "ModelError",
    "NetworkRefusedError",
    "OxigraphStore",
    "QueryError",
    "QueryResult",
    "QueryTimeoutError",
    "ReadOnlyError",
    "Span",
    "Store",
    "StoreDamagedError",
    "StoreError",
    "ValidationSetupError",
    "__version__",
    "build",
    "list_queries",
    "open_query",
    "open_store",
    "read_inputs",
    "remove_article",
    "run_query",
]
