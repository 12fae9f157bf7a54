"""A build killed with SIGKILL mid-run leaves a consistent store, and running the same command
again finishes it: the result equals an uninterrupted build."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic

from bench.memory import descendants
from kg_builder.export import article_graphs
from kg_builder.store import OxigraphStore

from .conftest import ROOT, SHARED

pytestmark = pytest.mark.slow

BBC = SHARED / "bbc_news" / "bbc_news.jsonl"
ARTICLES = 40


def _kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kg_builder", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def _build_args(jsonl: Path, store: Path) -> list[str]:
    return ["build", str(jsonl), "--store", str(store), "--batch-size", "2"]


def _article_count(store: Path) -> int:
    """Articles in the store, read through a read-only handle (the writer keeps running)."""
    if not store.exists():
        return 0
    try:
        handle = OxigraphStore(store, read_only=True)
    except Exception:  # the writer has not created the folder's files yet
        return 0
    try:
        return len(article_graphs(handle))
    finally:
        handle.close()


def _alive(pid: int) -> bool:
    """The process exists and is not a zombie (an orphan's zombie may never be reaped here)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
    except OSError:
        return False


def _graphs(store: Path) -> dict[str, Graph]:
    """Every named graph of the store (articles, ontology, quarantine) as rdflib graphs."""
    import io

    handle = OxigraphStore(store, read_only=True)
    graphs = {}
    for name in sorted(handle.graph_names()):
        buf = io.BytesIO()
        handle.dump(buf, fmt="ntriples", graphs=[name])
        graphs[name] = Graph().parse(data=buf.getvalue().decode("utf-8"), format="nt")
    handle.close()
    return graphs


def _assert_same_store(a: Path, b: Path) -> None:
    # the ontology graph's OWL lists are blank nodes, labelled anew at each load: compare
    # graphs up to blank-node renaming
    ga, gb = _graphs(a), _graphs(b)
    assert list(ga) == list(gb)
    for name, graph in ga.items():
        if not isomorphic(graph, gb[name]):
            _, only_a, only_b = graph_diff(graph, gb[name])
            pytest.fail(f"graph {name} differs:\n"
                        f"only in {a}: {sorted(only_a)[:5]}\nonly in {b}: {sorted(only_b)[:5]}")


@pytest.fixture(scope="module")
def bbc_jsonl(tmp_path_factory):
    if not BBC.is_file():
        pytest.skip(f"the BBC corpus is not here ({BBC}): "
                    "../shared/data is not beside the repository")
    path = tmp_path_factory.mktemp("crash") / "bbc40.jsonl"
    with BBC.open(encoding="utf-8") as fh:
        lines = [next(fh) for _ in range(ARTICLES)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_killed_build_resumes_to_the_same_store(bbc_jsonl, tmp_path):
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    done = _kg(*_build_args(bbc_jsonl, clean))
    assert done.returncode == 0, done.stderr
    assert _article_count(clean) == ARTICLES

    proc = subprocess.Popen([sys.executable, "-m", "kg_builder", *_build_args(bbc_jsonl, crashed)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    seen = 0
    try:
        while seen < 3:
            assert proc.poll() is None, "the build finished before it could be killed"
            assert time.monotonic() < deadline, "no article reached the store in time"
            time.sleep(0.2)
            seen = _article_count(crashed)
        # 40 articles in batches of 2 parse in a spawned worker process (more than 4 batches)
        workers = descendants(proc.pid)[1:] if sys.platform.startswith("linux") else []
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    # the killed build's worker process does not outlive it (it would hold the model forever)
    if sys.platform.startswith("linux"):
        assert workers, "the build started no worker process: the check below would be empty"
        deadline = time.monotonic() + 30
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        survivors = [pid for pid in workers if _alive(pid)]
        for pid in survivors:  # do not leave them behind when the check fails
            os.kill(pid, signal.SIGKILL)
        assert not survivors, "worker processes outlived the build"

    # the interrupted store opens, holds only whole articles, and they conform
    partial = _article_count(crashed)
    assert 3 <= partial < ARTICLES
    checked = _kg("validate", "--store", str(crashed))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert f"article graphs checked: {partial}" in checked.stdout

    # the same command again finishes the job; the finished articles are skipped
    resumed = _kg(*_build_args(bbc_jsonl, crashed))
    assert resumed.returncode == 0, resumed.stderr
    assert re.search(rf"│ unchanged \(skipped\)\s+│ {partial}\s+│", resumed.stdout)
    _assert_same_store(crashed, clean)
