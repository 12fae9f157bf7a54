"""Extraction on a real Dask cluster (a scheduler and two worker processes started with the
``dask`` CLI) gives the same graph as a local build."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg_builder.cli import app
from kg_builder.errors import ClusterError

from .conftest import ROOT, SEED, free_port, wait_for_port

pytestmark = pytest.mark.slow
runner = CliRunner()

PARAGRAPHS = {
    "eu-sanctions": (
        "EU imposes new sanctions on Belarusian officials",
        "The European Union imposed sanctions on 40 Belarusian officials on Friday. "
        "Brussels accused Minsk of rigging the August election. Josep Borrell said the "
        "measures would stay in place until the violence stopped.",
    ),
    "navalny-arrest": (
        "Navalny detained at Moscow airport",
        "Russian police arrested Alexei Navalny at Sheremetyevo airport on Sunday. "
        "Germany demanded his immediate release, and the United States condemned the arrest.",
    ),
    "huawei-probe": (
        "Prosecutors investigate Huawei",
        "US prosecutors are investigating Huawei over alleged sanctions violations. "
        "China accused Washington of bullying Chinese companies.",
    ),
    "summit": (
        "Putin and Erdogan meet in Sochi",
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. Turkey agreed with "
        "Russia on a ceasefire in Idlib, the Kremlin said.",
    ),
    "gas-supply": (
        "Gazprom to supply more gas to China",
        "Gazprom will supply additional gas to China under a new agreement. Ukraine "
        "threatened to challenge the deal in court.",
    ),
}


def _write_input(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "seed", "text": SEED.read_text(encoding="utf-8")}) + "\n")
        for article_id, (title, text) in PARAGRAPHS.items():
            fh.write(json.dumps({"id": article_id, "title": title, "text": text,
                                 "published": "2021-01-18"}) + "\n")
    return path


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    """``dask scheduler`` plus two ``dask worker --nworkers 1 --nthreads 1`` processes."""
    from distributed import Client

    dask = Path(sys.executable).parent / "dask"
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    # the workers import this checkout's kg_builder, as the test process does
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (tmp_path_factory.mktemp("dask") / "cluster.log").open("wb")
    procs = [subprocess.Popen([str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=log)]
    try:
        wait_for_port(port, process=procs[0])
        for i in range(2):
            procs.append(subprocess.Popen(
                [str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1",
                 "--no-dashboard", "--name", f"w{i}"],
                env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log))
        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def _export(store: Path) -> str:
    result = runner.invoke(app, ["export", "--store", str(store), "--format", "nquads"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_dask_build_equals_local_build(dask_cluster, tmp_path):
    jsonl = _write_input(tmp_path / "articles.jsonl")
    local = runner.invoke(app, ["build", str(jsonl), "--store", str(tmp_path / "local"),
                                "--batch-size", "2"])
    assert local.exit_code == 0, local.output
    remote = runner.invoke(app, ["build", str(jsonl), "--store", str(tmp_path / "dask"),
                                 "--batch-size", "2", "--dask", dask_cluster])
    assert remote.exit_code == 0, remote.output
    assert re.search(r"│ built\s+│ 6\s+│", remote.stdout)
    a, b = _export(tmp_path / "local"), _export(tmp_path / "dask")
    assert sorted(a.splitlines()) == sorted(b.splitlines())
    assert a == b  # and in the same order: articles come back in input order
    assert len({line.rsplit(" ", 2)[-2] for line in a.splitlines()}) == 6  # six article graphs


def test_both_workers_kept_their_model(dask_cluster):
    """Each worker process loaded the model once: a second batch reuses it."""
    from distributed import Client

    from kg_builder.parallel import _worker_pipeline

    with Client(dask_cluster, timeout="30s") as client:
        client.run(_worker_pipeline, None)
        ids = client.run(lambda: id(_worker_pipeline(None)))
        again = client.run(lambda: id(_worker_pipeline(None)))
    assert len(ids) == 2 and ids == again


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    from kg_builder.cluster import extract_on_cluster
    from kg_builder.model import Article
    from kg_builder.pipeline import BuildOptions

    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler") as info:
        list(extract_on_cluster([Article(id="a", text="x")], address=address,
                                options=BuildOptions(dask=address), connect_timeout=2))
    assert address in info.value.message


def test_an_article_a_dask_worker_cannot_parse_fails_alone(dask_cluster):
    """Issue 17, item 1: spaCy raises on a lone surrogate (an article made by a library caller,
    not read by kg_builder.sources); on a Dask worker that is that article's failure, and the
    rest of its batch comes back."""
    from kg_builder.cluster import extract_on_cluster
    from kg_builder.model import Article
    from kg_builder.pipeline import BuildOptions

    articles = [Article(id="a2", text="France accused Germany of lying.", source="x:2"),
                Article(id="a3", text="Chile accused Peru of cheating \ud800 in the match.",
                        source="x:3"),
                Article(id="a4", text="Spain accused Italy of cheating.", source="x:4")]
    failures = []
    got = list(extract_on_cluster(articles, address=dask_cluster,
                                  options=BuildOptions(dask=dask_cluster, batch_size=3),
                                  on_error=failures.append))
    assert [e.article.id for e in got] == ["a2", "a4"]
    assert [(f.source, f.article_id) for f in failures] == [("x:3", "a3")]
    assert failures[0].reason.startswith("parsing failed: UnicodeEncodeError")
