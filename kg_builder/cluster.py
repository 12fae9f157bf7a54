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

from collections.abc import Callable, Generator, Iterable
from typing import Any

from .errors import ClusterError, KGError
from .stages import BuildOptions
from .model import Article, Extraction, Failure
from .parallel import BatchResult, extract_batch, in_order

__all__ = ["extract_batch", "extract_on_cluster"]


def extract_on_cluster(
    articles: Iterable[Article],
    *,
    address: str,
    options: BuildOptions,
    timings: dict[str, float] | None = None,
    on_error: Callable[[Failure], None] | None = None,
    window: int | None = None,
    connect_timeout: float = 20.0,
) -> Generator[Extraction, None, None]:
    """Like :func:`kg_builder.stages.extract_articles`, on the cluster at ``address``.

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

        def result(future: Any) -> BatchResult:
            try:
                return future.result()
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

        yield from in_order(articles, submit=lambda batch: client.submit(
                                extract_batch, batch, options, pure=False),
                            result=result, batch_size=options.batch_size, in_flight=in_flight,
                            timings=timings, on_error=on_error)
    finally:
        client.close()
