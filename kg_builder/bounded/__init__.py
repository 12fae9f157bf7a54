"""Queries bounded in time, rows and reach — what ``kg query``, ``kg serve`` and the library's
``run_query(…, timeout=…)`` share.

- :mod:`.check`: the query is parsed before it runs; updates, ``SERVICE`` and ``LOAD``
  are refused (KG403, KG401), text that is not SPARQL too (KG400);
- :mod:`.process`: a spawned worker process that can be killed (pyoxigraph cannot cancel a
  query: killing its process is what frees the CPU and memory), and the loop it runs;
- :mod:`.run`: one query in one worker, its rows streamed back and cut at ``max_rows``, the
  worker killed when ``timeout`` is up (KG408).
"""

from __future__ import annotations

from .check import check_query
from .process import WorkerProcess, die_with_parent, serve_tasks
from .run import DEFAULT_TIMEOUT, QueryStream, stream_query

__all__ = [
    "DEFAULT_TIMEOUT",
    "QueryStream",
    "WorkerProcess",
    "check_query",
    "die_with_parent",
    "serve_tasks",
    "stream_query",
]
