"""A query bounded in time and rows, its answer read as it comes.

:func:`stream_query` runs a query in a worker process of its own
(:class:`~kg_builder.bounded.process.WorkerProcess`). The query is checked
(:func:`~kg_builder.bounded.check.check_query`: no update, no ``SERVICE`` or ``LOAD``) and a
refused one is never sent: for a server before the worker starts, so the server gets no request;
for a store folder while the worker starts (its start-up is most of a query's time), and the
worker is then killed unused. The worker opens the store read-only — an embedded store from its
folder, a SPARQL server from its query URL — and sends the rows back in batches as the engine
produces them. The worker stops at ``max_rows`` (it reads one row more to know whether the
answer had more); when ``timeout`` seconds have passed it is killed, so the query's CPU and
memory are freed at once, and :class:`~kg_builder.errors.QueryTimeoutError` is raised where the
rows are read.

    with stream_query("kg-store", "SELECT * { ?s ?p ?o }", timeout=10, max_rows=100) as answer:
        for row in answer:
            ...
        answer.truncated   # True: there were more than 100 rows
"""

from __future__ import annotations

import os
import time
from collections.abc import Collection, Iterator, Mapping
from multiprocessing.connection import Connection
from types import TracebackType
from typing import Any, Self

from rdflib.term import Node

from ..errors import KGError, QueryError, QueryTimeoutError
from ..store import is_url
from ..store.base import Store, shown, term_text
from .check import check_query
from .process import Send, WorkerProcess, die_with_parent, serve_tasks

__all__ = ["DEFAULT_TIMEOUT", "QueryStream", "stream_query"]

#: seconds a query may run unless told otherwise (``kg query --timeout``)
DEFAULT_TIMEOUT = 60.0
#: seconds a worker may take to start and open the store (not counted in the query's time)
START_TIMEOUT = 120.0
_BATCH_ROWS = 1000
_BATCH_SECONDS = 0.2
TIMEOUT_FIX = "narrow the query (LIMIT, a FILTER, fewer joins) or give it more time (--timeout)"


def _opener(store: Store | str | os.PathLike[str]) -> tuple[str, ...]:
    """How the worker opens the store: by its folder or URL, or a server by its query URL."""
    if isinstance(store, str | os.PathLike):
        return ("location", os.fspath(store))
    query_url = getattr(store, "query_url", None)
    if isinstance(query_url, str):
        return ("sparql", store.location, query_url)
    return ("location", store.location)


def _open(opener: tuple[str, ...], timeout: float | None) -> Store:
    if opener[0] == "sparql":
        from ..store.sparql import SparqlStore

        return SparqlStore(query_url=opener[2], location=opener[1], read_only=True,
                           timeout=timeout or 120.0)
    from ..store import open_store

    return open_store(opener[1], read_only=True)


def _as_error(exc: BaseException) -> tuple[Any, ...]:
    if isinstance(exc, KGError):
        return ("error", exc)
    return ("error", QueryError("the query failed", why=f"{type(exc).__name__}: {exc}"))


def _query_task(store: Store, payload: dict[str, Any], send: Send) -> None:
    """Run one query and send ``head``, ``rows`` batches and ``end``."""
    result = store.stream(payload["text"], bindings=payload["bindings"],
                          timeout=payload["timeout"])
    if isinstance(result, bool):
        send(("head", {"columns": [], "boolean": result}))
        send(("end", {"rows": 0, "truncated": False}))
        return
    if isinstance(result, tuple):
        columns, solutions = result
        rows: Iterator[list[str | None]] = ([term_text(t) for t in row] for row in solutions)
    else:
        columns = ["subject", "predicate", "object"]
        # terms: each as N-Triples writes it (<iri>, "value"@lang, _:b), for an RDF answer
        show = str if payload.get("terms") else term_text
        rows = ([show(t.subject), show(t.predicate), show(t.object)] for t in result)
    send(("head", {"columns": columns, "boolean": None, "triples": not isinstance(result, tuple)}))
    cap: int | None = payload["max_rows"]
    count, truncated = 0, False
    batch: list[list[str | None]] = []
    sent = time.monotonic()
    for row in rows:
        if cap is not None and count >= cap:
            truncated = True  # one row more than the cap: the answer had more
            break
        batch.append(row)
        count += 1
        if len(batch) >= _BATCH_ROWS or time.monotonic() - sent > _BATCH_SECONDS:
            send(("rows", batch))
            batch, sent = [], time.monotonic()
    if batch:
        send(("rows", batch))
    send(("end", {"rows": count, "truncated": truncated}))


def worker_main(conn: Connection, opener: tuple[str, ...], timeout: float | None) -> None:
    """A query worker: opens the store read-only, says ``ready``, runs ``query`` tasks."""
    die_with_parent()
    try:
        store = _open(opener, timeout)
    except Exception as exc:  # the parent raises it
        conn.send(_as_error(exc))
        return
    conn.send(("ready", os.getpid()))
    try:
        serve_tasks(conn, store, {"query": _query_task}, on_error=_as_error)
    finally:
        store.close()


class QueryStream:
    """The answer of :func:`stream_query`: ``columns`` (or ``boolean`` for ASK), then the rows
    by iterating it (each a list of strings, ``None`` for unbound). After the last row,
    ``truncated`` says whether the rows stopped at ``max_rows``. Closing it (``with``) kills
    the worker if the answer is not complete."""

    def __init__(self, worker: WorkerProcess, *, timeout: float | None, deadline: float | None,
                 hide: Collection[str]) -> None:
        self._worker: WorkerProcess | None = worker
        self.timeout = timeout
        self._deadline = deadline
        self.rows_read = 0
        self.truncated = False
        head = self._next()
        if head[0] != "head":
            raise QueryError("the query's worker answered out of order", why=repr(head[0]))
        info = head[1]
        self.boolean: bool | None = info["boolean"]
        #: a CONSTRUCT or DESCRIBE answer: rows of subject, predicate, object
        self.triples: bool = bool(info.get("triples"))
        self._keep = [i for i, c in enumerate(info["columns"]) if c not in hide]
        self.columns: list[str] = [info["columns"][i] for i in self._keep]
        self._all_columns = len(self._keep) == len(info["columns"])

    def _next(self) -> tuple[Any, ...]:
        worker = self._worker
        if worker is None:
            raise QueryError("the answer is closed")
        remaining = None if self._deadline is None else self._deadline - time.monotonic()
        try:
            message = worker.recv(remaining)
        except TimeoutError:
            self.close()
            raise QueryTimeoutError(
                f"the query ran for more than {self.timeout:g} s and was stopped",
                why=f"{self.rows_read:,} rows had arrived; its worker process was killed",
                fix=TIMEOUT_FIX) from None
        except (EOFError, OSError):
            code = worker.process.exitcode
            self.close()
            raise QueryError("the query's worker process ended without an answer",
                             why=f"exit code {code}" + (" (killed: out of memory?)"
                                                        if code == -9 else ""),
                             fix="narrow the query (LIMIT, fewer joins)") from None
        if message[0] == "error":
            self.close()
            error = message[1]
            raise error if isinstance(error, KGError) else QueryError(str(error))
        return message

    def __iter__(self) -> Iterator[list[str | None]]:
        while self._worker is not None:
            message = self._next()
            if message[0] == "rows":
                for row in message[1]:
                    self.rows_read += 1
                    yield row if self._all_columns else [row[i] for i in self._keep]
            elif message[0] == "end":
                self.truncated = bool(message[1]["truncated"])
                self._finish()

    def _finish(self) -> None:
        """The answer is complete: the worker stops by itself."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def close(self) -> None:
        """Stop the query now (kills its worker if it is still running)."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.kill()

    def __del__(self) -> None:
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def stream_query(store: Store | str | os.PathLike[str], sparql: str, *,
                 bindings: Mapping[str, Node] | None = None,
                 timeout: float | None = DEFAULT_TIMEOUT, max_rows: int | None = None,
                 hide: Collection[str] = (), terms: bool = False) -> QueryStream:
    """Run ``sparql`` on ``store`` (a :class:`Store`, a store folder or a server URL) in a
    worker process and return its answer as a :class:`QueryStream`.

    ``timeout``: seconds from sending the query until its last row has been read (``None``:
    no limit); then the worker is killed and reading raises :class:`QueryTimeoutError`.
    ``max_rows``: the rows stop there and ``truncated`` is set. ``hide``: columns left out
    (bound parameters, whose values the caller knows). ``terms``: the triples of a CONSTRUCT or
    DESCRIBE come as N-Triples terms (``<iri>``, ``"value"@en``), not as plain text. The query is refused before it runs if
    it is an update, uses ``SERVICE`` or ``LOAD``, or is not SPARQL (see :mod:`.check`).
    """
    if timeout is not None and timeout <= 0:
        raise QueryError(f"timeout must be more than 0 s (got {timeout:g})",
                         fix="give a positive number of seconds, or None for no limit")
    if max_rows is not None and max_rows < 0:
        raise QueryError(f"max_rows must be 0 or more (got {max_rows})")
    opener = _opener(store)
    if opener[0] == "sparql" or is_url(opener[1]):
        check_query(sparql)  # a server gets no request (the worker's first) for a refused query
    worker = WorkerProcess(worker_main, (opener, timeout), name="kg-query-worker")
    try:
        check_query(sparql)  # a folder's: parsed while the worker starts; refused: killed unused
        worker.wait_ready(START_TIMEOUT, what=f"the query worker for {shown(opener[1])}")
        deadline = None if timeout is None else time.monotonic() + timeout
        worker.send(("query", {"text": sparql, "bindings": dict(bindings or {}),
                               "timeout": timeout, "max_rows": max_rows, "terms": terms}))
        return QueryStream(worker, timeout=timeout, deadline=deadline, hide=hide)
    except BaseException:
        worker.kill()
        raise
