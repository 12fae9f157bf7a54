"""Named SPARQL queries from ``queries/*.rq``, run with bound parameters.

A query's header comment (lines starting with ``#`` before the first keyword) says what it asks,
its columns and its parameters (``# param name: …``). Parameters are passed to the store as
variable bindings, never pasted into the query text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Literal

from .errors import QueryError
from .resources import queries_dir
from .store import QueryResult, Store

__all__ = ["NamedQuery", "list_queries", "load_query", "run_query"]

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$")
_VAR = re.compile(r"[?$](\w+)")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    description: str
    params: dict[str, str]
    path: Path | None


def _parse(name: str, text: str, path: Path | None) -> NamedQuery:
    description: list[str] = []
    params: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := _PARAM.match(line):
            params[m.group(1)] = m.group(2).strip()
        else:
            description.append(line.lstrip("#").strip())
    return NamedQuery(name, text, " ".join(d for d in description if d), params, path)


@cache
def list_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(queries_dir().glob("*.rq")):
        out[path.stem] = _parse(path.stem, path.read_text(encoding="utf-8"), path)
    return out


def load_query(spec: str) -> NamedQuery:
    """A query by name (``who-accused-whom``), by ``.rq`` file path, or as SPARQL text."""
    named = list_queries()
    if spec in named:
        return named[spec]
    if spec.endswith(".rq"):
        path = Path(spec)
        if not path.is_file():
            raise QueryError(f"no query file {spec}", fix="check the path")
        return _parse(path.stem, path.read_text(encoding="utf-8"), path)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, re.I):
        return _parse("inline", spec, None)
    raise QueryError(
        f"unknown query '{spec}'",
        fix=f"use a named query ({', '.join(named)}), a .rq file, or SPARQL text",
    )


def run_query(store: Store, spec: str, *, params: dict[str, str] | None = None) -> QueryResult:
    """Run a query with ``params`` bound as plain string literals to ``?name`` variables."""
    query = load_query(spec)
    params = params or {}
    used = set(_VAR.findall(query.text))
    unknown = [k for k in params if k not in used]
    if unknown:
        raise QueryError(
            f"query '{query.name}' has no parameter {', '.join(unknown)}",
            fix=f"its parameters are: {', '.join(query.params) or 'none'}",
        )
    missing = [k for k in query.params if k not in params]
    if missing:
        raise QueryError(
            f"query '{query.name}' needs --param {missing[0]}=VALUE",
            why=query.params[missing[0]],
        )
    result = store.query(query.text, bindings={k: Literal(v) for k, v in params.items()})
    # Parameters are projected so the store can bind them; the caller knows their values.
    keep = [i for i, c in enumerate(result.columns) if c not in params]
    if len(keep) == len(result.columns):
        return result
    return QueryResult(columns=[result.columns[i] for i in keep],
                       rows=[[row[i] for i in keep] for row in result.rows], boolean=result.boolean)
