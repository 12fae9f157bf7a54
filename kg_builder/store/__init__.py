"""RDF stores: the :class:`Store` protocol, its implementations, and :func:`open_store`.

- :mod:`kg_builder.store.base`: the protocol and the records it takes and returns;
- :mod:`kg_builder.store.serialize`: the serialisation every store shares (N-Triples lines,
  TriG, SPARQL update text, export formats);
- :mod:`kg_builder.store.oxigraph`: the embedded on-disk Oxigraph store (the default);
- :mod:`kg_builder.store.sparql`: a SPARQL 1.1 server over HTTP.

Implementations import only ``base`` and ``serialize``; the factory lives here, so no
implementation imports another (the layout of rdflib's ``store.py`` and ``plugin.py``).
"""

from __future__ import annotations

import os

from .base import QueryResult, Solutions, Store, Triples, hide_secrets, shown, term_text
from .oxigraph import OxigraphStore
from .serialize import EXPORT_FORMATS, export_format, serialize_graphs, to_ntriples

__all__ = [
    "EXPORT_FORMATS",
    "OxigraphStore",
    "QueryResult",
    "Solutions",
    "Store",
    "Triples",
    "export_format",
    "hide_secrets",
    "is_url",
    "open_store",
    "serialize_graphs",
    "shown",
    "term_text",
    "to_ntriples",
]


def is_url(location: str | os.PathLike[str]) -> bool:
    """Whether ``--store`` names a server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def open_store(location: str | os.PathLike[str], *, read_only: bool = False) -> Store:
    """Open the store named by ``--store``: a folder (embedded Oxigraph) or the http(s) URL of
    a SPARQL 1.1 server (see :class:`kg_builder.store.sparql.SparqlStore` for its endpoints).

    The store is a context manager; ``with`` closes it::

        with open_store("kg-store", read_only=True) as store:
            rows = store.query("SELECT * WHERE { ?s ?p ?o } LIMIT 1").rows
    """
    if is_url(location):
        from .sparql import SparqlStore  # httpx is imported only when a server is named

        return SparqlStore.from_url(str(location), read_only=read_only)
    return OxigraphStore(location, read_only=read_only)
