"""Fixtures for the tests of ``kg serve``: a store built from tests/data/serve_articles.jsonl
and the seed article (with ``kg build``, so its search index is the one the build writes), and
real servers on loopback with a free port, stopped by the test."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from kg_builder.cli import app

from .conftest import ROOT, SEED, free_port, wait_for_port

ARTICLES = ROOT / "tests" / "data" / "serve_articles.jsonl"
ID = "https://w3id.org/kg-builder/id/"
SCREENS = ROOT / "out" / "screens"


def kg(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="session")
def serve_store(tmp_path_factory) -> Path:
    """The test articles and the seed article built with ``kg build`` (path of the store)."""
    path = tmp_path_factory.mktemp("serve") / "store"
    kg("build", str(ARTICLES), str(SEED), "--store", str(path))
    return path


class Server:
    """``kg serve`` in a child process on 127.0.0.1 and a free port."""

    def __init__(self, store: str, *args: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "kg_builder", "serve", "--store", store,
                   "--port", str(self.port), *args]
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=self.log,
                                        env={**os.environ, **(env or {})})
        try:
            wait_for_port(self.port, process=self.process, timeout=90)
        except Exception:
            self.stop()
            raise
        self.client = httpx.Client(base_url=self.url, timeout=60)

    def get(self, path: str, **kwargs: object) -> httpx.Response:
        return self.client.get(path, **kwargs)

    def html(self, path: str) -> httpx.Response:
        return self.client.get(path, headers={"Accept": "text/html"})

    def worker_pids(self) -> set[int]:
        """The server's worker processes (children running the query workers)."""
        out = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self.process.pid and b"spawn_main" in cmdline:
                out.add(int(entry.name))
        return out

    def stop(self) -> None:
        if getattr(self, "client", None) is not None:
            self.client.close()
        self.process.terminate()  # our own child, by its handle
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
        self.log.close()

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def server(serve_store) -> Iterator[Server]:
    srv = Server(str(serve_store), "--timeout", "3", "--workers", "2", "--row-cap", "50")
    yield srv
    srv.stop()
