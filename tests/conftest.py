"""Shared fixtures. The spaCy model loads once per session (tests that need it are `slow`)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_5095e6f94f9df535.txt"
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from kg_builder.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def read_text(nlp):
    """text → resolved Extraction, through the real model."""
    from kg_builder.extract import read_doc
    from kg_builder.model import Article
    from kg_builder.resolve import resolve

    def run(text: str, *, article_id: str = "t", published: str | None = None):
        article = Article(id=article_id, text=text, published=published)
        return resolve(read_doc(nlp(text), article))

    return run


@pytest.fixture(scope="session")
def read_triples(read_text):
    """text → the (event type, agent label, target label) of every event read from it."""

    def run(text: str) -> set[tuple[str, str, str | None]]:
        extraction = read_text(text)
        labels = {e.key: e.label for e in extraction.entities}
        return {(ev.type, labels[ev.agent], labels.get(ev.target or "")) for ev in extraction.events}

    return run


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The seed article built once into an embedded store (path)."""
    from kg_builder import build, open_store

    path = tmp_path_factory.mktemp("seed") / "store"
    store = open_store(path)
    try:
        summary = build([SEED], store)
    finally:
        store.close()
    assert summary.failed == 0 and summary.built == 1
    return path


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, *, process, timeout: float = 30.0) -> None:
    """Wait until something listens on ``port`` (or fail if ``process`` died)."""
    import socket
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


class _OxigraphServers:
    """Starts real ``oxigraph serve`` processes (the venv's binary), each on a fresh folder
    and free port; stops them all at the end."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.processes: dict[str, object] = {}

    def __call__(self) -> str:
        import subprocess
        import sys

        binary = Path(sys.executable).parent / "oxigraph"
        if not binary.exists():
            pytest.fail(f"no oxigraph server at {binary}: "
                        "install the dev extra (pip install -e '.[dev]')")
        port = free_port()
        location = self.root / f"oxigraph-{port}"
        process = subprocess.Popen(
            [str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        self.processes[url] = process
        wait_for_port(port, process=process)
        return url

    def stop(self, url: str) -> None:
        process = self.processes.pop(url)
        process.kill()
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for url in list(self.processes):
            self.stop(url)


@pytest.fixture(scope="session")
def oxigraph_server_factory(tmp_path_factory):
    """Call it to start a fresh Oxigraph server; returns its base URL."""
    servers = _OxigraphServers(tmp_path_factory.mktemp("oxigraph"))
    yield servers
    servers.stop_all()
