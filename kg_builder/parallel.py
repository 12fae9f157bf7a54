"""Extraction fanned out over worker processes: local ones (``kg build --workers N``) or the
workers of a Dask cluster (:mod:`kg_builder.cluster`).

A worker parses, extracts and resolves a batch of articles and sends back plain records
(:class:`~kg_builder.model.Extraction` and :class:`~kg_builder.model.Failure`, which pickle),
not spaCy ``Doc`` objects: a parsed batch is about 45 times the size of its extractions, and
turning it into bytes and back costs both sides CPU time the parser could use. Mapping,
validation and the store stay in the process that runs ``kg build``. Results come back in input
order, with a bounded number of articles in flight, so memory stays flat however long the input
is. The last articles go out in shrinking batches (:func:`tapered_batches`), so that the workers
finish together instead of one parsing a last whole batch while the others wait.
"""

from __future__ import annotations

import atexit
import ctypes
import dataclasses
import functools
import gc
import itertools
import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ClusterError
from .model import Article, Extraction, Failure
from .stages import STAGES, BuildOptions, extract_articles

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["WORKER_ENV", "batches", "die_with_parent", "extract_batch", "extract_in_processes",
           "in_order", "init_worker", "load_model", "tapered_batches", "wait_for_batch"]

_T = TypeVar("_T")
BatchResult = tuple[list[Extraction | Failure], dict[str, float]]


@functools.cache
def _worker_pipeline(model: str | None) -> Language:
    """The spaCy pipeline of this process, loaded on first use.

    The model lives as long as the worker: it is taken out of the cyclic GC (``gc.freeze``),
    whose full collections would otherwise walk all its objects again and again (about 1 % of
    a worker's time on 400 BBC articles, measured). No full collection comes first: right
    after loading it found nothing to free and cost 0.09 CPU s, on the way to the first batch
    (measured)."""
    from .nlp import load_pipeline

    nlp = load_pipeline(model=model)
    gc.freeze()
    return nlp


#: ``prctl`` option (linux/prctl.h): the signal a process gets when its parent exits
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when the process that started it ends.

    A build killed with ``kill -9`` cannot shut its pool down, and its workers, blocked reading
    a task pipe they hold both ends of, would wait forever with the model loaded (~200 MB
    each). On Linux the kernel sends them SIGKILL when their parent dies (``PR_SET_PDEATHSIG``;
    strictly, when the thread that started them ends — the thread that iterates
    :func:`extract_in_processes`). No watchdog thread is started: a worker with a second
    thread parses slower (see :data:`WORKER_ENV`). Elsewhere, or where a sandbox refuses the
    call, orphaned workers are not ended; the build itself works the same."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


def init_worker(parent: int) -> None:
    """Pool initializer: :func:`die_with_parent`, and end the worker at once when it is told to
    stop (:func:`_exit_now`)."""
    die_with_parent(parent)
    atexit.register(_exit_now)


def _exit_now() -> None:
    """Registered with ``atexit`` in a worker: end the process without tearing its interpreter
    down. A stopped worker has sent all its results (the pool's result queue writes them
    before the worker reads its next task) and holds nothing to flush or release that the
    kernel does not take back at exit; tearing down the interpreter with the model loaded took
    0.1-0.2 s after the last batch (measured), and the build waits for it before it stores
    that batch. Exit handlers registered after this one have run already (they run in reverse
    order); those registered before it, at import, are skipped: multiprocessing's (which the
    worker has run already), logging's flush (a worker logs nothing), blis' and certifi's
    clean-ups of memory and of a file path the process leaves behind anyway."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def load_model(model: str | None) -> None:
    """Run on a worker as its first task: load the model (:func:`_worker_pipeline`) while the
    process that started it reads the articles ahead (see :func:`tapered_batches`)."""
    _worker_pipeline(model)


def extract_batch(articles: list[Article], options: BuildOptions) -> BatchResult:
    """Run on a worker: the batch's extractions and failures in input order, and the time
    each stage took there."""
    items: list[Extraction | Failure] = []
    timings = dict.fromkeys(STAGES, 0.0)
    local = dataclasses.replace(options, workers=1, dask=None)
    for extraction in extract_articles(articles, options=local, timings=timings,
                                       on_error=items.append,
                                       nlp=_worker_pipeline(options.model)):
        items.append(extraction)
    return items, timings


def batches(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def tapered_batches(items: Iterable[_T], size: int, *, workers: int) -> Iterator[list[_T]]:
    """``items`` in lists of ``size``, except at the end: what is left once the input ends (the
    last ``size * (2 * workers + 1)`` items or fewer, read ahead) goes in shrinking lists, each
    ``1 / (2 * workers)`` of what is left (at least one item), as OpenMP's "guided" schedule
    hands out the end of a loop. ``workers`` processes that take the lists in turn then finish
    at about the same time: with whole lists to the end, one of them could parse a last batch
    alone while the others wait. With one worker, the same lists as :func:`batches`."""
    if workers <= 1:
        yield from batches(items, size)
        return
    ahead: deque[_T] = deque()
    keep = size * 2 * workers  # read ahead, so the end is known before it is handed out
    for item in items:
        ahead.append(item)
        if len(ahead) >= size + keep:
            yield [ahead.popleft() for _ in range(size)]
    while ahead:
        share = min(size, max(1, -(-len(ahead) // (2 * workers))))
        yield [ahead.popleft() for _ in range(share)]


def in_order(
    articles: Iterable[Article],
    *,
    submit: Callable[[list[Article]], Any],
    result: Callable[[Any], BatchResult],
    batch_size: int,
    in_flight: int,
    timings: dict[str, float] | None = None,
    on_error: Callable[[Failure], None] | None = None,
    workers: int = 1,
) -> Iterator[Extraction]:
    """Submit ``articles`` in batches (``submit`` returns a future, ``result`` waits for it),
    keep at most ``in_flight`` full batches' worth of articles pending, and yield the
    extractions in input order. Failures go to ``on_error``; the workers' stage times are added
    to ``timings``. With ``workers`` > 1 the last batches are smaller (:func:`tapered_batches`);
    the window counts articles, so more of them are in flight and no worker runs dry."""
    pending: deque[tuple[Any, int]] = deque()
    window = in_flight * batch_size
    queued = 0  # articles in the pending batches

    def collect() -> Iterator[Extraction]:
        nonlocal queued
        future, size = pending.popleft()
        queued -= size
        items, spent = result(future)
        if timings is not None:
            for stage, seconds in spent.items():
                timings[stage] = timings.get(stage, 0.0) + seconds
        for item in items:
            if isinstance(item, Failure):
                if on_error is not None:
                    on_error(item)
            else:
                yield item

    for batch in tapered_batches(articles, batch_size, workers=workers):
        pending.append((submit(batch), len(batch)))
        queued += len(batch)
        while queued >= window:
            yield from collect()
    while pending:
        yield from collect()


def wait_for_batch(future: Future[BatchResult]) -> BatchResult:
    """The result of a batch submitted to a local worker; a dead worker becomes a
    :class:`~kg_builder.errors.ClusterError` that says what to do."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise ClusterError(
            "a worker process died while parsing a batch of articles",
            why=str(exc) or "it was killed (out of memory?) or crashed",
            fix="run the same command again (finished articles are kept and skipped); "
            "if it happens again, use fewer --workers or a smaller --batch-size. From a script, "
            "call build() under 'if __name__ == \"__main__\":' — workers are spawned and "
            "import the script again",
        ) from exc


#: one BLAS thread per worker, set before the worker imports numpy (spawned workers inherit
#: the environment): spaCy's matrices are small, and a worker that starts no BLAS threads stays
#: single-threaded, which parses 8-15 % faster (likely glibc's single-thread fast paths) — see
#: bench/README.md. A value already in the environment wins.
WORKER_ENV = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def extract_in_processes(
    articles: Iterable[Article],
    *,
    options: BuildOptions,
    timings: dict[str, float] | None = None,
    on_error: Callable[[Failure], None] | None = None,
) -> Generator[Extraction, None, None]:
    """Like :func:`kg_builder.stages.extract_articles`, on ``options.workers`` local worker
    processes. Stage times in ``timings`` are summed over the workers (CPU-seconds, not wall)."""
    # Workers are spawned, not forked: a child forked from this process (which holds the
    # store's threads) would run multi-threaded and slower, and forking a threaded process is
    # unsafe. Each worker imports kg_builder and loads the model once (~2 s, in parallel).
    stream = iter(articles)
    first = next(stream, None)
    if first is None:  # nothing to parse: no worker is started
        return
    for var, value in WORKER_ENV.items():
        os.environ.setdefault(var, value)
    pool = ProcessPoolExecutor(max_workers=options.workers,
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(os.getpid(),))
    # One task per worker to start with (a submit starts a process while none is idle): each
    # worker loads the model while this process reads the first batches and the articles after
    # them (tapered_batches reads ahead), instead of after its first batch arrives. A load that
    # fails fails again in the first batch, which reports it.
    for _ in range(options.workers):
        pool.submit(load_model, options.model)

    def submit(batch: list[Article]) -> Future[BatchResult]:
        return pool.submit(extract_batch, batch, options)

    try:
        yield from in_order(itertools.chain([first], stream), submit=submit,
                            result=wait_for_batch, batch_size=options.batch_size,
                            in_flight=4 * options.workers, timings=timings, on_error=on_error,
                            workers=options.workers)
    except BaseException:  # cut short (an error, or the caller closed this generator)
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    # Every result is in: the workers are told to stop, and the pool's own thread waits for
    # them to end (~0.1 s) while the caller maps, validates and stores the last articles.
    pool.shutdown(wait=False)
