"""Named SPARQL queries from ``queries/*.rq``, run with bound parameters.

A query's header comment (lines starting with ``#`` before the first keyword) opens with one
plain sentence saying what it answers — its first paragraph, ended by a line that is only ``#``:
what ``kg query --list`` shows (tests/test_terminal.py holds every query to it). Then come its
parameters (``# param name: …``; those in :data:`PARAM_DEFAULTS` may be left out: events below
the calibrated ``min_confidence`` are hidden unless asked for), its columns and the notes for
developers (how the engine evaluates it, what it costs). Parameters are passed to the store as
variable bindings, never pasted into the query text. The project's prefixes (``nkg:``, ``kgr:``,
``rdf:``, ``rdfs:``, ``xsd:``, ``skos:``, ``schema:``, ``owl:``, ``prov:`` …) are declared before
every query (:mod:`kg_builder.query_text`); a query's own declaration of one of them wins.

Every query is parsed before it runs: updates, ``SERVICE`` and ``LOAD`` are refused
(:mod:`kg_builder.bounded.check`). With a ``timeout`` or ``max_rows`` it runs in a worker
process that is killed when its time is up (:mod:`kg_builder.bounded.run`); :func:`open_query`
reads the rows as they come.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rdflib import Literal

from .bounded import DEFAULT_TIMEOUT, QueryStream, check_query, stream_query
from .errors import QueryError
from .query_text import with_prefixes
from .resources import queries_dir
from .store import QueryResult, Store

__all__ = ["DEFAULT_TIMEOUT", "PARAM_DEFAULTS", "NamedQuery", "QueryStream", "list_queries",
           "load_query", "open_query", "run_query"]

_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$")


def _min_confidence() -> str:
    from .calibration import default_min_confidence

    return repr(default_min_confidence())


def _is_share(text: str) -> bool:
    try:
        return 0.0 <= float(text) <= 1.0
    except ValueError:
        return False


#: parameters a query may leave to the caller: their value when none is given
PARAM_DEFAULTS: dict[str, Callable[[], str]] = {"min_confidence": _min_confidence}
_VAR = re.compile(r"[?$](\w+)")


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    text: str
    description: str
    params: dict[str, str]
    path: Path | None


def _parse(name: str, text: str, path: Path | None) -> NamedQuery:
    """A query with its header: the first paragraph of comment lines (up to a line that is only
    ``#``) is its ``description``; ``# param name: …`` lines anywhere in the header are its
    parameters (a line indented by three spaces after one goes on with it)."""
    description: list[str] = []
    params: dict[str, str] = {}
    first_paragraph = True
    last_param = ""
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        words = line.lstrip("#").strip()
        if last_param and words and line.startswith("#   "):  # the parameter's next line
            params[last_param] += " " + words
            continue
        last_param = ""
        if m := _PARAM.match(line):
            params[m.group(1)] = m.group(2).strip()
            last_param = m.group(1)
            first_paragraph = False
        elif not words:
            first_paragraph = first_paragraph and not description
        elif first_paragraph:
            description.append(words)
    return NamedQuery(name, text, " ".join(description), params, path)


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
    if re.search(r"\s|\{", spec):  # SPARQL text (checked when it is run), not a name
        return _parse("inline", spec, None)
    raise QueryError(
        f"unknown query '{spec}'",
        fix=f"use a named query ({', '.join(named)}), a .rq file, or SPARQL text",
    )


def _prepare(spec: str, params: dict[str, str] | None) -> tuple[NamedQuery, dict[str, Literal]]:
    """The query and its bindings, checked: known parameters, none missing. (Whether the query
    only reads is checked by its runner: :func:`run_query`, or :func:`stream_query`, which
    parses it while a store folder's worker starts. Both run it after the project's prefixes,
    :func:`~kg_builder.query_text.with_prefixes`.)"""
    query = load_query(spec)
    params = params or {}
    used = set(_VAR.findall(query.text))
    unknown = [k for k in params if k not in used]
    if unknown:
        raise QueryError(
            f"query '{query.name}' has no parameter {', '.join(unknown)}",
            fix=f"its parameters are: {', '.join(query.params) or 'none'}",
        )
    params = {**{k: default() for k, default in PARAM_DEFAULTS.items()
                  if k in query.params and k not in params}, **params}
    if "min_confidence" in params and not _is_share(params["min_confidence"]):
        raise QueryError(f"parameter min_confidence must be a number from 0 to 1, not "
                         f"{params['min_confidence']!r}", fix="e.g. --min-confidence 0.7")
    missing = [k for k in query.params if k not in params]
    if missing:
        raise QueryError(
            f"query '{query.name}' needs --param {missing[0]}=VALUE",
            why=query.params[missing[0]],
        )
    return query, {k: Literal(v) for k, v in params.items()}


def open_query(store: Store | str | os.PathLike[str], spec: str, *,
               params: dict[str, str] | None = None, timeout: float | None = DEFAULT_TIMEOUT,
               max_rows: int | None = None, terms: bool = False) -> QueryStream:
    """Start a query (by name, ``.rq`` file or SPARQL text) on ``store`` — a :class:`Store`, a
    store folder or a server URL — in a worker process, and read its rows as they come::

        with open_query("kg-store", "events", timeout=10, max_rows=1000) as answer:
            for row in answer:          # answer.columns names them
                ...
            answer.truncated            # the rows stopped at max_rows

    ``timeout`` (seconds, ``None``: none) ends the query: its worker is killed and reading
    raises :class:`~kg_builder.errors.QueryTimeoutError`. Parameters are bound, and their
    columns left out. ``terms``: a CONSTRUCT's or DESCRIBE's triples come as N-Triples terms
    (``answer.triples`` says the answer is triples).
    """
    query, bindings = _prepare(spec, params)
    return stream_query(store, with_prefixes(query.text), bindings=bindings, timeout=timeout,
                        max_rows=max_rows, hide=set(bindings), terms=terms)


def run_query(store: Store, spec: str, *, params: dict[str, str] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> QueryResult:
    """Run a query with ``params`` bound as plain string literals to ``?name`` variables.

    Without ``timeout`` and ``max_rows`` it runs in this process, unbounded (for queries you
    trust: the named ones). With either, it runs in a worker process (:func:`open_query`):
    ``timeout`` seconds, then :class:`~kg_builder.errors.QueryTimeoutError`; at most
    ``max_rows`` rows (``truncated`` says the answer had more). Updates, ``SERVICE`` and
    ``LOAD`` are refused before the query runs, either way.
    """
    if timeout is not None or max_rows is not None:
        with open_query(store, spec, params=params, timeout=timeout, max_rows=max_rows) as answer:
            rows = list(answer)
            return QueryResult(columns=answer.columns, rows=rows, boolean=answer.boolean,
                               truncated=answer.truncated)
    query, bindings = _prepare(spec, params)
    text = with_prefixes(query.text)
    check_query(text)  # no update, SERVICE or LOAD: refused before it runs
    result = store.query(text, bindings=bindings)
    # Parameters are projected so the store can bind them; the caller knows their values.
    keep = [i for i, c in enumerate(result.columns) if c not in bindings]
    if len(keep) == len(result.columns):
        return result
    return QueryResult(columns=[result.columns[i] for i in keep],
                       rows=[[row[i] for i in keep] for row in result.rows], boolean=result.boolean)
