"""``kg serve``: the graph in a browser and on a read-only SPARQL 1.1 endpoint.

The web app (:func:`create_app`) renders pages on the server and answers the SPARQL 1.1
Protocol; every query runs in a worker process that is killed when it overruns its time
(:mod:`kg_builder.serve.pool`). Search and the actor network read a side index
(:mod:`kg_builder.serve.search`) that ``kg build`` and ``kg remove`` keep up to date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .options import ServeOptions
from .search import SearchIndex, index_path, sync_index

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["SearchIndex", "ServeOptions", "create_app", "index_path", "sync_index"]


def create_app(options: ServeOptions, **kwargs: Any) -> Starlette:
    """The ASGI app for ``options`` (see :mod:`kg_builder.serve.app`)."""
    from .app import create_app as _create

    return _create(options, **kwargs)
