"""A worker process that can be killed: what makes a time limit real.

pyoxigraph cannot cancel a running query, and a thread cannot be killed, so a query that must
stop when its time is up runs in a spawned process, which is killed (SIGKILL: its CPU and memory
go back at once). The parent talks to it over a pipe: the worker opens what it needs, says
``("ready", pid)``, then runs tasks from the pipe (:func:`serve_tasks`), answering each with
messages; on Linux the worker dies with its parent.

``kg serve`` keeps a pool of these (:mod:`kg_builder.serve.pool`); ``kg query`` and the library's
bounded queries start one per query (:mod:`kg_builder.bounded.run`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from typing import Any

from ..errors import KGError, StoreError

__all__ = ["Send", "WorkerProcess", "die_with_parent", "serve_tasks"]

#: sends one message to the parent
Send = Callable[[tuple[Any, ...]], None]


def die_with_parent() -> None:
    """Linux: the kernel sends SIGKILL to this process when its parent dies."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(Exception):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:
            os._exit(0)


class WorkerProcess:
    """A spawned process running ``target(conn, *args)``, where ``conn`` is its end of a pipe.

    :meth:`wait_ready` waits for its ``("ready", pid)``; :meth:`recv` waits for a message at
    most ``timeout`` seconds; :meth:`kill` ends this process (by its own handle, no other).
    """

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], *,
                 name: str = "kg-worker") -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=target, args=(child, *args), name=name,
                                       daemon=True)
        self.process.start()
        child.close()
        self.tasks = 0
        self.started = time.monotonic()

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def wait_ready(self, timeout: float, *, what: str = "a query worker") -> None:
        """Wait for the worker's ``("ready", pid)``; a worker that reports an error (a
        pickled :class:`KGError`, or a text) or dies is killed and its error raised."""
        try:
            if not self.conn.poll(timeout):
                raise StoreError(f"{what} did not start in time",
                                 why=f"no answer after {timeout:.0f} s",
                                 fix="check the machine's load and the store, then try again")
            message = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise StoreError(f"{what} died while opening the store",
                             fix="run 'kg check' on the same --store to see why") from None
        except BaseException:
            self.kill()
            raise
        if message[0] != "ready":
            self.kill()
            error = message[-1]
            if isinstance(error, KGError):
                raise error
            raise StoreError(f"{what} cannot open the store", why=str(error), fix="check --store")

    def send(self, message: Any) -> None:
        self.conn.send(message)

    def recv(self, timeout: float | None) -> Any:
        """The next message; :class:`TimeoutError` if none came in ``timeout`` seconds,
        :class:`EOFError` if the worker died."""
        if timeout is not None and not self.conn.poll(max(0.0, timeout)):
            raise TimeoutError
        return self.conn.recv()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()  # this worker only, by its own handle
        with contextlib.suppress(Exception):
            self.process.join(5)
        with contextlib.suppress(Exception):
            self.conn.close()

    def close(self) -> None:
        """Ask the worker to stop, then make sure it has."""
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.kill()


Task = Callable[[Any, dict[str, Any], Send], None]


def serve_tasks(conn: Connection, context: Any, tasks: Mapping[str, Task], *,
                on_error: Callable[[Exception], tuple[Any, ...]]) -> None:
    """The worker's loop: run ``(kind, payload)`` tasks from ``conn`` one at a time with
    ``tasks[kind](context, payload, send)`` until ``None`` or the pipe closes. An exception of a
    task is answered with ``on_error(exc)``; the worker stays usable."""
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        kind, payload = task
        try:
            tasks[kind](context, payload, conn.send)
        except (BrokenPipeError, EOFError):
            return
        except Exception as exc:  # answered; the next task runs
            conn.send(on_error(exc))
