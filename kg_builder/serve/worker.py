"""One query worker process of ``kg serve`` (see :mod:`kg_builder.serve.pool`).

It opens the store read-only once, then runs one task at a time from its pipe: a SPARQL
Protocol query (parsed and checked first, streamed back in chunks, cut at the row cap), a named
query as CSV or JSON, or the data of a page (:mod:`kg_builder.serve.data`).
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from functools import cached_property
from multiprocessing.connection import Connection
from typing import Any

from ..bounded import die_with_parent, serve_tasks
from ..errors import KGError, QueryError
from ..query_text import with_prefixes
from ..store.serialize import PREFIXES

__all__ = ["worker_main"]


class _Context:
    def __init__(self, location: str, settings: dict[str, Any]) -> None:
        from ..store import open_store

        self.location = location
        self.settings = settings
        self.remote = location.lower().startswith(("http://", "https://"))
        self.store = open_store(location, read_only=True)

    @cached_property
    def taxonomy(self) -> Any:
        from .taxonomy import load_taxonomy

        return load_taxonomy(self.store)


Send = Callable[[tuple[Any, ...]], None]


def _sparql(ctx: _Context, payload: dict[str, Any], send: Send) -> None:
    from .protocol import ProtocolError, check_query, negotiate
    from .results import ChunkWriter, write_boolean, write_graph, write_solutions

    text = with_prefixes(payload["query"])  # nkg:, kgr:, rdfs: … as in kg query
    try:
        form = check_query(text)
        fmt, media = negotiate(form, accept=payload.get("accept", ""), fmt=payload.get("format"))
    except ProtocolError as exc:
        send(("error", exc.status, exc.message))
        return
    cap = int(payload.get("row_cap") or ctx.settings.get("row_cap", 100_000))
    try:
        result = _execute(ctx, text, form, payload)
    except QueryError as exc:
        send(("error", 400, f"the query cannot be evaluated: {exc.why or exc.what}"))
        return
    send(("head", {"media_type": media, "format": fmt, "form": form}))
    out = ChunkWriter(lambda data: send(("chunk", data)))
    if isinstance(result, bool):
        info = write_boolean(out, fmt, result)
    elif form in ("CONSTRUCT", "DESCRIBE"):
        info = write_graph(out, fmt, result, cap=cap, prefixes=PREFIXES)
    else:
        variables, rows = result
        info = write_solutions(out, fmt, variables, rows, cap=cap)
    out.flush_all()
    send(("end", info))




def _execute(ctx: _Context, text: str, form: str, payload: dict[str, Any]) -> Any:
    """bool for ASK, an iterator of triples for CONSTRUCT/DESCRIBE, (variables, rows) for
    SELECT; terms are pyoxigraph's, from an embedded store or parsed from a server's answer
    as it arrives (:meth:`kg_builder.store.Store.stream`)."""
    return ctx.store.stream(text, default_graph=payload.get("default_graph") or [],
                            named_graphs=payload.get("named_graphs") or [])


def _named(ctx: _Context, payload: dict[str, Any], send: Callable[[tuple[Any, ...]], None]) -> None:
    """A named query (``queries/*.rq``) with parameters bound, as CSV or JSON."""
    from ..query import run_query

    result = run_query(ctx.store, payload["name"], params=payload.get("params") or {})
    cap = int(ctx.settings.get("row_cap", 100_000))
    rows = result.rows[:cap]
    info = {"rows": len(rows), "truncated": len(result.rows) > cap}
    if payload["format"] == "json":
        if result.boolean is not None:
            body = json.dumps(result.boolean)
        else:
            body = json.dumps([dict(zip(result.columns, row, strict=True)) for row in rows],
                              ensure_ascii=False, indent=1)
        send(("ok", {"body": body.encode("utf-8"), **info}))
        return
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    if result.boolean is not None:
        writer.writerow([str(result.boolean).lower()])
    else:
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
    send(("ok", {"body": text.getvalue().encode("utf-8"), **info}))


def _page(ctx: _Context, payload: dict[str, Any], send: Callable[[tuple[Any, ...]], None]) -> None:
    from . import data

    send(("ok", data.PAGES[payload["page"]](ctx.store, ctx.taxonomy, **payload.get("args", {}))))


_TASKS = {"sparql": _sparql, "named": _named, "page": _page,
          "ping": lambda ctx, payload, send: send(("ok", os.getpid()))}


def _error(remote: bool) -> Callable[[Exception], tuple[Any, ...]]:
    def answer(exc: Exception) -> tuple[Any, ...]:
        if isinstance(exc, QueryError):
            return ("error", 400, exc.message)
        if isinstance(exc, KGError):
            return ("error", 502 if remote else 500, exc.message)
        return ("error", 500, f"{type(exc).__name__}: {exc}")  # the server shows it

    return answer


def worker_main(conn: Connection, location: str, settings: dict[str, Any]) -> None:
    die_with_parent()
    try:
        ctx = _Context(location, settings)
    except KGError as exc:  # reported to the server, which refuses to start
        conn.send(("error", 500, exc))
        return
    except Exception as exc:
        conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    serve_tasks(conn, ctx, _TASKS, on_error=_error(ctx.remote))
