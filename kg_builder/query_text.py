"""SPARQL text as ``kg query`` runs it: the project's prefixes declared before the query, and
a syntax error pointed at the query's own line and column.

>>> text = with_prefixes("SELECT ?x WHERE {\\n  ?x a foo:Bar }")
>>> print(engine_syntax_error(text, "error at 3:15: expected one of Prefix not found, ['%']").what)
the query is not valid SPARQL: unknown prefix 'foo:' at line 2, column 8
"""

from __future__ import annotations

import re

from .errors import QueryError
from .prefixes import PREFIXES, sparql_prologue

__all__ = ["PROLOGUE", "engine_syntax_error", "syntax_error", "unexpected", "with_prefixes"]

#: the PREFIX declarations of :data:`~kg_builder.prefixes.PREFIXES`, one line
PROLOGUE = sparql_prologue()

#: a prefixed name ending where the parser stopped (Oxigraph reports the end of the name)
_PNAME_BEFORE = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%-]*$")
#: Oxigraph's syntax error: "error at 1:34: expected one of …"
_ENGINE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def with_prefixes(text: str) -> str:
    """``text`` after the :data:`PROLOGUE` (a prefix the query declares itself wins: SPARQL
    keeps the last declaration of a prefix)."""
    return PROLOGUE + text


def syntax_error(text: str, *, line: int, column: int, problem: str) -> QueryError:
    """The error for a syntax ``problem`` at ``line``:``column`` (1-based) of ``text``: short
    — what, where, the line with a caret under the place, and a fix. A place in a text that
    starts with the :data:`PROLOGUE` is given in the query's own lines."""
    if text.startswith(PROLOGUE) and line > 1:
        text, line = text[len(PROLOGUE):], line - 1
    lines = text.splitlines() or [""]
    source = lines[min(line, len(lines)) - 1]
    fix = "correct the query at that place"
    if problem.startswith("unknown prefix"):
        fix = ("declare it (PREFIX p: <…>) or use one of the predeclared prefixes: "
               + ", ".join(PREFIXES))
    gutter = f"  {line} | "
    return QueryError(
        f"the query is not valid SPARQL: {problem} at line {line}, column {column}",
        why=f"the line reads:\n{gutter}{source.rstrip()}\n{' ' * (len(gutter) - 2)}| "
            f"{' ' * (column - 1)}^ here",
        fix=fix)


def engine_syntax_error(text: str, message: str) -> QueryError:
    """:func:`syntax_error` for the message of Oxigraph's parser (``error at L:C: expected
    one of …``, a long list of tokens): a prefix it does not know, or the text it stopped at."""
    match = _ENGINE.match(message.strip())
    if match is None:
        return QueryError("the query is not valid SPARQL", why=message.strip()[:300],
                          fix="correct the query")
    line, column = int(match.group(1)), int(match.group(2))
    lines = text.splitlines() or [""]
    source = lines[min(line, len(lines)) - 1]
    if "Prefix not found" in match.group(3):
        name = _PNAME_BEFORE.search(source[:column - 1])
        if name is not None:
            return syntax_error(text, line=line, column=name.start() + 1,
                                problem=f"unknown prefix '{name.group(1) or ''}:'")
    return syntax_error(text, line=line, column=column, problem=unexpected(source, column))


def unexpected(source: str, column: int) -> str:
    """What the parser found at ``column`` of the line ``source``."""
    found = re.match(r"\S+", source[column - 1:])
    return f"unexpected '{found.group()[:40]}'" if found else "unexpected end of the query"
