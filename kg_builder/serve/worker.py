"""One query worker process of ``kg serve`` (see :mod:`kg_builder.serve.pool`).

It opens the store read-only once, then runs one task at a time from its pipe: a SPARQL
Protocol query (parsed and checked first, streamed back in chunks, cut at the row cap), a named
query as CSV or JSON, or the data of a page (:mod:`kg_builder.serve.data`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator
from functools import cached_property
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..store.base import shown
from ..store.serialize import PREFIXES

__all__ = ["worker_main"]


def _die_with_parent() -> None:
    """Linux: the kernel sends SIGKILL to this process when the server process dies."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(0)


class _Context:
    def __init__(self, location: str, settings: dict[str, Any]) -> None:
        from ..store import open_store

        self.location = location
        self.settings = settings
        self.remote = location.lower().startswith(("http://", "https://"))
        self.store = open_store(location, read_only=True)

    @cached_property
    def raw(self) -> Any:
        """pyoxigraph's own handle on an embedded store (typed terms for the endpoint)."""
        import pyoxigraph as ox

        return ox.Store.read_only(str(Path(self.location)))

    @cached_property
    def http(self) -> Any:
        import httpx

        return httpx.Client(timeout=None, follow_redirects=True)

    @cached_property
    def taxonomy(self) -> Any:
        from .taxonomy import load_taxonomy

        return load_taxonomy(self.store)


Send = Callable[[tuple[Any, ...]], None]


def _sparql(ctx: _Context, payload: dict[str, Any], send: Send) -> None:
    from .protocol import ProtocolError, check_query, negotiate
    from .results import ChunkWriter, write_boolean, write_graph, write_solutions

    text: str = payload["query"]
    try:
        form = check_query(text)
        fmt, media = negotiate(form, accept=payload.get("accept", ""), fmt=payload.get("format"))
    except ProtocolError as exc:
        send(("error", exc.status, exc.message))
        return
    cap = int(payload.get("row_cap") or ctx.settings.get("row_cap", 100_000))
    try:
        result = _execute(ctx, text, form, payload)
    except (SyntaxError, ValueError) as exc:
        send(("error", 400, f"the query cannot be evaluated: {exc}"))
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
    SELECT; terms are pyoxigraph's."""
    import pyoxigraph as ox

    default = payload.get("default_graph") or []
    named = payload.get("named_graphs") or []
    if not ctx.remote:
        result = ctx.raw.query(
            text,
            default_graph=[ox.NamedNode(g) for g in default] or None,
            named_graphs=[ox.NamedNode(g) for g in named] or None)
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return variables, ([s[v] for v in variables] for s in result)
        return iter(result)
    return _execute_remote(ctx, text, form, default, named)


def _execute_remote(ctx: _Context, text: str, form: str, default: list[str],
                    named: list[str]) -> Any:
    """Send the query to the SPARQL server and parse its answer as it arrives."""
    import pyoxigraph as ox

    from ..errors import StoreError

    url = getattr(ctx.store, "query_url", None) or ctx.location
    graph = form in ("CONSTRUCT", "DESCRIBE")
    params = [("default-graph-uri", g) for g in default] + [("named-graph-uri", g) for g in named]
    headers = {"Content-Type": "application/sparql-query; charset=utf-8",
               "Accept": "application/n-triples" if graph else "application/sparql-results+json"}
    request = ctx.http.build_request("POST", url, params=params, content=text.encode("utf-8"),
                                     headers=headers)
    response = ctx.http.send(request, stream=True)
    if response.status_code == 400:
        response.read()
        raise ValueError(response.text.strip()[:500])
    if response.is_error:
        response.read()
        raise StoreError(f"the SPARQL server at {shown(url)} answered HTTP "
                         f"{response.status_code}",
                         why=response.text.strip()[:300])
    reader = _Reader(response.iter_bytes())
    if graph:
        return (q.triple for q in ox.parse(reader, ox.RdfFormat.N_TRIPLES))
    parsed = ox.parse_query_results(reader, ox.QueryResultsFormat.JSON)
    if isinstance(parsed, ox.QueryBoolean):
        return bool(parsed)
    variables = [v.value for v in parsed.variables]
    return variables, ([s[v] for v in variables] for s in parsed)


class _Reader(io.RawIOBase):
    """A file over the chunks of a streamed HTTP body."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = chunk
        n = min(len(b), len(self._buffer))
        b[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n


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


def worker_main(conn: Connection, location: str, settings: dict[str, Any]) -> None:
    _die_with_parent()
    from ..errors import KGError, QueryError

    try:
        ctx = _Context(location, settings)
    except Exception as exc:  # reported to the server, which refuses to start
        conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        kind, payload = task
        try:
            _TASKS[kind](ctx, payload, conn.send)
        except QueryError as exc:
            conn.send(("error", 400, exc.message))
        except KGError as exc:
            conn.send(("error", 502 if ctx.remote else 500, exc.message))
        except (BrokenPipeError, EOFError):
            return
        except Exception as exc:  # the server shows it; the worker stays usable
            conn.send(("error", 500, f"{type(exc).__name__}: {exc}"))
