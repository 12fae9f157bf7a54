"""Extraction fanned out over an existing Dask cluster (``kg build --dask tcp://HOST:PORT``).

Workers parse, extract and resolve batches of articles and send back plain records
(:class:`~kg_builder.model.Extraction` and :class:`~kg_builder.model.Failure`, which pickle);
mapping, validation and the store stay on the machine that runs ``kg build``. Results come back
in input order, and at most ``window`` batches are in flight, so memory stays flat however long
the input is. Each worker process loads the spaCy model once and keeps it.

Workers need kg_builder (same version) and the spaCy model installed; everything needs the
``dask`` extra (``pip install 'kg-builder[dask]'``).
"""

from __future__ import annotations

import dataclasses
import functools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from .errors import ClusterError, KGError
from .model import Article, Extraction, Failure

if TYPE_CHECKING:
    from spacy.language import Language

    from .pipeline import BuildOptions

__all__ = ["extract_batch", "extract_on_cluster"]


@functools.cache
def _worker_pipeline(model: str | None) -> Language:
    """The spaCy pipeline of this worker process, loaded on first use."""
    from .nlp import load_pipeline

    return load_pipeline(model=model)


def extract_batch(articles: list[Article], options: BuildOptions
                  ) -> tuple[list[Extraction | Failure], dict[str, float]]:
    """Run on a worker: the batch's extractions and failures in input order, and the time
    each stage took."""
    from .pipeline import STAGES, extract_articles

    items: list[Extraction | Failure] = []
    timings = dict.fromkeys(STAGES, 0.0)
    local = dataclasses.replace(options, workers=1, dask=None)
    for extraction in extract_articles(articles, options=local, timings=timings,
                                       on_error=items.append,
                                       nlp=_worker_pipeline(options.model)):
        items.append(extraction)
    return items, timings


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_on_cluster(
    articles: Iterable[Article],
    *,
    address: str,
    options: BuildOptions,
    timings: dict[str, float] | None = None,
    on_error: Callable[[Failure], None] | None = None,
    window: int | None = None,
    connect_timeout: float = 20.0,
) -> Iterator[Extraction]:
    """Like :func:`kg_builder.pipeline.extract_articles`, on the cluster at ``address``.

    ``window`` batches are in flight at a time (default: twice the number of workers).
    """
    try:
        from distributed import Client
    except ImportError as exc:
        raise ClusterError("--dask needs dask.distributed, which is not installed",
                           fix="pip install 'kg-builder[dask]'") from exc
    try:
        client = Client(address, timeout=f"{connect_timeout}s")
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {address}",
            why=str(exc) or type(exc).__name__,
            fix="start one ('dask scheduler' and 'dask worker ADDRESS' on each machine) "
            "or correct --dask",
        ) from exc
    try:
        workers = len(client.scheduler_info().get("workers", {}))
        if workers == 0:
            client.wait_for_workers(1, timeout=60)
            workers = len(client.scheduler_info().get("workers", {}))
        in_flight = window or max(2, 2 * workers)
        pending: deque = deque()

        def collect() -> Iterator[Extraction]:
            future = pending.popleft()
            try:
                items, spent = future.result()
            except KGError:
                raise
            except Exception as exc:
                raise ClusterError(
                    f"a Dask worker of {address} could not extract a batch",
                    why=f"{type(exc).__name__}: {exc}",
                    fix="check that every worker has kg_builder and the spaCy model installed",
                ) from exc
            finally:
                future.release()
            if timings is not None:
                for stage, seconds in spent.items():
                    timings[stage] = timings.get(stage, 0.0) + seconds
            for item in items:
                if isinstance(item, Failure):
                    if on_error is not None:
                        on_error(item)
                else:
                    yield item

        for batch in _batches(articles, options.batch_size):
            pending.append(client.submit(extract_batch, batch, options, pure=False))
            if len(pending) >= in_flight:
                yield from collect()
        while pending:
            yield from collect()
    finally:
        client.close()
