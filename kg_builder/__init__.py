"""kg_builder: English news articles → a validated, queryable RDF knowledge graph.

>>> from kg_builder import build, open_store, run_query   # doctest: +SKIP
>>> with open_store("kg-store") as store:
...     summary = build(["examples/000_5095e6f94f9df535.txt"], store)
...     rows = run_query(store, "who-accused-whom").rows

The errors and the plain records are imported with the package; the names of the pipeline, the
query functions, the readers and the stores are loaded when first used (PEP 562 ``__getattr__``),
so ``import kg_builder`` — which every ``kg`` command and every query worker runs — does not
import spaCy, pySHACL or rdflib. ``from kg_builder import build`` works as before.
"""

from __future__ import annotations

import types as _types
import typing as _typing

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

if _typing.TYPE_CHECKING:
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

#: public name → the module that defines it, imported on first use
_LAZY = {
    "BuildOptions": "pipeline",
    "BuildSummary": "pipeline",
    "build": "pipeline",
    "remove_article": "pipeline",
    "list_queries": "query",
    "open_query": "query",
    "run_query": "query",
    "read_inputs": "sources",
    "OxigraphStore": "store",
    "QueryResult": "store",
    "Store": "store",
    "open_store": "store",
}


def _module(name: str) -> _types.ModuleType:
    # one import statement per module, so tests/test_import_cycles.py sees each edge
    if name == "pipeline":
        from . import pipeline as module
    elif name == "query":
        from . import query as module
    elif name == "sources":
        from . import sources as module
    else:
        from . import store as module
    return module


def __getattr__(name: str) -> _typing.Any:
    """The lazily loaded public names (PEP 562); kept in the package once loaded."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_module(where), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
