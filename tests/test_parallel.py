"""``kg build --workers N``: local worker processes parse, extract and resolve, and the store
ends up exactly as a one-process build leaves it."""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg_builder import parallel
from kg_builder.cli import app
from kg_builder.errors import ClusterError
from kg_builder.model import Article, Failure
from kg_builder.parallel import batches, in_order, tapered_batches, wait_for_batch
from kg_builder.stages import BuildOptions

from .test_dask_build import _export, _write_input

runner = CliRunner()


@pytest.mark.parametrize(("items", "size", "expected"), [
    ([], 3, []),
    ([1, 2, 3], 3, [[1, 2, 3]]),
    ([1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]),
])
def test_batches(items, size, expected):
    assert list(batches(items, size)) == expected


@pytest.mark.parametrize(("count", "size", "workers", "sizes"), [
    (0, 16, 2, []),
    (40, 16, 1, [16, 16, 8]),  # one worker: the lists of batches()
    (5, 16, 2, [2, 1, 1, 1]),
    (20, 4, 2, [4, 4, 3, 3, 2, 1, 1, 1, 1]),
    # 400 articles, two workers: whole batches of 16 until the last 80, read ahead
    (400, 16, 2, [16] * 20 + [16, 16, 12, 9, 7, 5, 4, 3, 2, 2, 1, 1, 1, 1]),
    (3, 2, 3, [1, 1, 1]),
])
def test_tapered_batches_shrink_at_the_end(count, size, workers, sizes):
    """Regression: with whole batches of 16 to the end, one of two workers parsed the last
    batch alone while the other waited (on 400 BBC development articles its last batch ended
    1.6 to 2.9 s after the other's, on a loaded machine)."""
    got = list(tapered_batches(iter(range(count)), size, workers=workers))
    assert [len(b) for b in got] == sizes
    assert [n for b in got for n in b] == list(range(count))


def _article(n: int) -> Article:
    return Article(id=f"a{n}", text=f"Text {n}.", source=f"in.jsonl:{n}")


def _slow_first(batch: list[Article]) -> tuple[list, dict[str, float]]:
    """Fails every third article; the first batch is the slowest, so finishing order differs
    from input order."""
    import time

    if batch[0].id == "a0":
        time.sleep(0.3)
    items = [Failure(a.source, "bad", a.id) if int(a.id[1:]) % 3 == 2 else a.id for a in batch]
    return items, {"parse": 1.0}


def test_in_order_keeps_input_order_and_reports_failures():
    failures: list[Failure] = []
    timings: dict[str, float] = {}
    with ProcessPoolExecutor(max_workers=2) as pool:
        got = list(in_order((_article(n) for n in range(10)),
                            submit=lambda b: pool.submit(_slow_first, b), result=wait_for_batch,
                            batch_size=3, in_flight=3, timings=timings, on_error=failures.append))
    assert got == ["a0", "a1", "a3", "a4", "a6", "a7", "a9"]
    assert [f.article_id for f in failures] == ["a2", "a5", "a8"]
    assert timings == {"parse": 4.0}  # four batches, their worker times summed


class _Done:
    def __init__(self, items: list) -> None:
        self.items = items


def test_in_order_window_counts_articles_so_more_small_last_batches_are_in_flight():
    """in_flight=2 batches of 4 is a window of 8 articles, not of 2 batches: a result is
    awaited only when 8 articles are pending, so the small batches at the end go out several
    at a time and the workers do not run dry while this process waits for the oldest."""
    submitted: list[int] = []
    waited_at: list[int] = []

    def submit(batch: list[Article]) -> _Done:
        submitted.append(len(batch))
        return _Done([a.id for a in batch])

    def result(done: _Done) -> tuple[list, dict[str, float]]:
        waited_at.append(len(submitted))
        return done.items, {}

    got = list(in_order((_article(n) for n in range(20)), submit=submit, result=result,
                        batch_size=4, in_flight=2, workers=2))
    assert got == [f"a{n}" for n in range(20)]
    assert submitted == [4, 4, 3, 3, 2, 1, 1, 1, 1]
    # the number of batches submitted when each result was awaited (a window of 2 batches:
    # [2, 3, 4, 5, 6, 7, 8, 9, 9])
    assert waited_at == [2, 4, 5, 8, 9, 9, 9, 9, 9]


def test_no_worker_starts_when_there_is_nothing_to_parse(monkeypatch):
    """Workers load the model as their first task, so an empty stream (every article
    unchanged) must not start any."""
    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool was started for no article")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    assert list(parallel.extract_in_processes(iter([]), options=BuildOptions(workers=2))) == []


def test_a_dead_worker_is_a_clear_error():
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(os._exit, 9)
        with pytest.raises(ClusterError, match="worker process died") as err:
            wait_for_batch(future)
    assert "run the same command again" in err.value.message


@pytest.mark.slow
def test_worker_processes_build_the_same_store_as_this_process(tmp_path: Path):
    """Six articles: in this process (one worker, batch 2: no more than 4 x 2 articles), on one
    worker process (batch 1: more than 4 x 1) and on two."""
    from kg_builder.pipeline import BuildOptions, build
    from kg_builder.store import open_store

    jsonl = _write_input(tmp_path / "articles.jsonl")
    exports = {}
    for workers, batch_size, processes in ((1, 2, 0), (1, 1, 1), (2, 2, 2)):
        path = tmp_path / f"w{workers}-b{batch_size}"
        store = open_store(path)
        try:
            summary = build([jsonl], store,
                            options=BuildOptions(workers=workers, batch_size=batch_size))
        finally:
            store.close()
        assert (summary.built, summary.failed, summary.worker_processes) == (6, 0, processes)
        assert summary.timings["parse"] > 0
        exports[processes] = _export(path)
    # same quads in the same order: batches come back in input order
    assert exports[0] == exports[1] == exports[2]


@pytest.mark.slow
def test_cli_workers_option(tmp_path: Path):
    jsonl = _write_input(tmp_path / "articles.jsonl")
    result = runner.invoke(app, ["build", str(jsonl), "--store", str(tmp_path / "s"),
                                 "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert re.search(r"│ built\s+│ 6\s+│", result.stdout)
