"""Worker processes that run queries, and a time limit that really stops them.

pyoxigraph cannot cancel a running query, and a thread cannot be killed: a query that overruns
its time would keep a core busy. So every query runs in a worker process (spawned, each with
the store open read-only); the web app talks to it over a pipe. A task's answer arrives as
messages — ``("ok", value)`` for page data, or ``("head", info)``, ``("chunk", bytes)``…,
``("end", info)`` for a streamed result, or ``("error", status, message)``. If the answer is not
complete when the time is up, or the client goes away mid-stream, the worker is killed
(SIGKILL) and a fresh one takes its place. The worker processes are
:class:`kg_builder.bounded.WorkerProcess`, as ``kg query``'s are.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..bounded import WorkerProcess
from ..store.base import shown

__all__ = ["Busy", "QueryTimeout", "TaskError", "WorkerPool"]

_START_TIMEOUT = 120.0


class QueryTimeout(Exception):
    """The task did not finish in time; its worker was killed."""


class Busy(Exception):
    """No worker became free in time."""


class WorkerPool:
    """``size`` worker processes with the store at ``location`` open, each running one task at a
    time; :meth:`run` and :meth:`stream` wait for a free one (at most ``timeout`` seconds), then
    give the task ``timeout`` seconds."""

    def __init__(self, location: str, *, size: int, timeout: float,
                 settings: dict[str, Any] | None = None) -> None:
        self.location = location
        self.size = max(1, size)
        self.timeout = timeout
        self.settings = settings or {}
        self._idle: asyncio.Queue[WorkerProcess] | None = None
        self._all: set[WorkerProcess] = set()
        self._threads = ThreadPoolExecutor(max_workers=self.size + 2,
                                           thread_name_prefix="kg-serve-recv")
        self._closed = False
        self._respawning: set[asyncio.Task[None]] = set()
        self.killed = 0

    # -- life cycle -----------------------------------------------------------------------------

    def _spawn_sync(self) -> WorkerProcess:
        from .worker import worker_main

        worker = WorkerProcess(worker_main, (self.location, self.settings),
                               name="kg-serve-worker")
        worker.wait_ready(_START_TIMEOUT,
                          what=f"a query worker for the store at {shown(self.location)}")
        return worker

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        workers = await asyncio.gather(*(loop.run_in_executor(self._threads, self._spawn_sync)
                                         for _ in range(self.size)), return_exceptions=True)
        failures = [w for w in workers if isinstance(w, BaseException)]
        for w in workers:
            if isinstance(w, WorkerProcess):
                self._all.add(w)
                self._idle.put_nowait(w)
        if failures:
            await self.close()
            raise failures[0]

    async def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            with contextlib.suppress(Exception):
                worker.conn.send(None)  # asks it to stop
            worker.kill()
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return sorted(w.pid for w in self._all if w.pid is not None)

    def _discard(self, worker: WorkerProcess) -> None:
        """Kill ``worker`` now and start its replacement in the background."""
        worker.kill()
        self._all.discard(worker)
        self.killed += 1
        if not self._closed:
            task = asyncio.get_running_loop().create_task(self._respawn())
            self._respawning.add(task)
            task.add_done_callback(self._respawning.discard)

    async def _respawn(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            fresh = await loop.run_in_executor(self._threads, self._spawn_sync)
        except Exception:  # the pool shrinks by one; the next replacement tries again
            return
        if self._closed:
            fresh.kill()
            return
        self._all.add(fresh)
        assert self._idle is not None
        self._idle.put_nowait(fresh)

    # -- tasks ----------------------------------------------------------------------------------

    async def stream(self, kind: str, payload: dict[str, Any]) -> AsyncIterator[tuple[Any, ...]]:
        """Run a task and yield its messages; the last one is ``ok``, ``end`` or ``error``.
        Raises :class:`QueryTimeout` when the time is up (the worker has been killed)."""
        assert self._idle is not None, "start() the pool first"
        loop = asyncio.get_running_loop()
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise Busy(f"all {self.size} query workers stayed busy for {self.timeout:g} s",
                       ) from None
        deadline = loop.time() + self.timeout
        healthy = False
        try:
            worker.conn.send((kind, payload))
            worker.tasks += 1
            while True:
                remaining = deadline - loop.time()
                if remaining <= 0:
                    raise QueryTimeout(
                        f"the query ran for more than {self.timeout:g} s and was stopped")
                try:
                    message = await asyncio.wait_for(
                        loop.run_in_executor(self._threads, worker.conn.recv), remaining)
                except TimeoutError:
                    raise QueryTimeout(
                        f"the query ran for more than {self.timeout:g} s and was stopped") from None
                last = message[0] in ("ok", "end", "error")
                if last:
                    healthy = True
                yield message
                if last:
                    return
        finally:
            if healthy:
                self._idle.put_nowait(worker)
            else:  # timed out, died, or the consumer stopped reading mid-answer
                self._discard(worker)

    async def run(self, kind: str, payload: dict[str, Any]) -> Any:
        """Run a task that answers with one value."""
        async for message in self.stream(kind, payload):
            if message[0] == "ok":
                return message[1]
            if message[0] == "error":
                raise TaskError(message[1], message[2])
        raise TaskError(500, "the worker answered nothing")


class TaskError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
