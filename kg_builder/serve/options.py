"""What ``kg serve`` is told on its command line."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LOOPBACK", "ServeOptions"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True, slots=True, kw_only=True)
class ServeOptions:
    #: store folder or SPARQL server URL (as ``--store``)
    store: str
    host: str = "127.0.0.1"
    port: int = 8321
    #: seconds a query may run (the worker running it is killed after that)
    timeout: float = 30.0
    #: origin allowed to call the endpoint from a browser (no CORS headers without it)
    cors: str | None = None
    #: worker processes that run queries
    workers: int = max(2, min(4, os.cpu_count() or 2))
    #: rows (or triples) a SPARQL result may have; the rest is cut off
    row_cap: int = 100_000
    #: largest request body accepted (bytes)
    body_cap: int = 1 << 20
    #: the search index (default: beside the store, see kg_builder.serve.search.index_path)
    index: Path | None = None
