"""What a query may ask, decided by parsing it before it runs.

The text is parsed with rdflib's SPARQL grammar. An update (``INSERT``, ``DROP`` …) is refused
(:class:`~kg_builder.errors.ReadOnlyError`), and so are ``SERVICE`` and ``LOAD``, which would
make kg send requests to any address (:class:`~kg_builder.errors.NetworkRefusedError`), and text
that is not SPARQL (:class:`~kg_builder.errors.QueryError`). Nothing here looks for words in the
text: a ``SERVICE`` inside a string literal or a comment is not a service call.

>>> check_query("SELECT ?x WHERE { ?x ?p ?o }")
'SELECT'
>>> check_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg_builder.errors.NetworkRefusedError: [KG401] SERVICE is refused: ... Fix: ...
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..errors import NetworkRefusedError, QueryError, ReadOnlyError
from ..query_text import syntax_error, unexpected

__all__ = ["NETWORK_FIX", "check_query"]

_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
          "DescribeQuery": "DESCRIBE"}
_NETWORK = {"ServiceGraphPattern": "SERVICE", "Load": "LOAD"}
NETWORK_FIX = ("query the other server directly, or load its data into a store of your own "
               "and query that")


def _names(node: Any) -> Iterator[str]:
    """The names of every part of a parse tree (``SelectQuery``, ``ServiceGraphPattern`` …)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item.name
            stack.extend(item.values())
        elif isinstance(item, list | tuple) or type(item).__name__ == "ParseResults":
            stack.extend(item)


def _refuse_network(tree: Any) -> None:
    for name in _names(tree):
        if name in _NETWORK:
            raise NetworkRefusedError(f"{_NETWORK[name]} is refused: kg makes no requests to "
                                      "other servers", fix=NETWORK_FIX)


@lru_cache(maxsize=256)
def check_query(text: str) -> str:
    """The form of the query ``text`` (``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``), or
    an error before anything runs: :class:`ReadOnlyError` for an update,
    :class:`NetworkRefusedError` for ``SERVICE`` or ``LOAD``, :class:`QueryError` for text that
    is not a SPARQL query."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql import parser

    try:
        tree = parser.parseQuery(text)
    except ParseException as query_error:
        try:
            update = parser.parseUpdate(text)
        except ParseException:
            raise syntax_error(text, line=query_error.lineno, column=query_error.col,
                               problem=unexpected(query_error.line, query_error.col)) from None
        except RecursionError:
            raise QueryError("the query is nested too deeply",
                             fix="write it with fewer nested groups") from None
        _refuse_network(update)
        raise ReadOnlyError("SPARQL updates are refused: queries here only read",
                            fix="change a store with 'kg build' and 'kg remove'") from None
    except RecursionError:
        raise QueryError("the query is nested too deeply",
                         fix="write it with fewer nested groups") from None
    _refuse_network(tree)
    return _FORMS.get(tree[1].name, "SELECT")
