"""What a ``kg`` command and a query worker import when they start (start-up time).

spaCy, pySHACL and owlready2 cost about a second to import. Only ``kg build``, ``kg eval``,
``kg validate`` and the ontology commands need them; a query worker needs pyoxigraph, the store
and rdflib's terms. regression: ``import kg_builder`` imported the pipeline and spaCy, so every
``kg`` command paid for them, and every ``kg query`` twice — once more in its spawned worker,
which imports ``kg_builder`` and the main module (the ``kg`` script and the whole CLI) again:
3.1-3.5 s a query instead of 1.6 s before queries ran in a worker.

Each check runs in a new interpreter, so what this test process imported does not count.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from kg_builder import open_store

from .conftest import ROOT

#: packages that take long to import and that only building, validating or reasoning needs
HEAVY = ("spacy", "thinc", "pyshacl", "owlready2")
#: what the CLI loads only inside the commands that need it
CLI_LATER = ("rdflib", "httpx", "numpy", "uvicorn", "starlette", "jinja2")


def _imported(code: str) -> set[str]:
    """The top-level packages and dotted modules loaded after running ``code`` in a new
    interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    return modules | {m.split(".")[0] for m in modules}


@pytest.mark.parametrize(("code", "forbidden"), [
    # every kg command and every spawned worker imports the package
    ("import kg_builder", (*HEAVY, *CLI_LATER, "pyoxigraph", "typer", "rich")),
    # the module a spawned worker imports again as its main module (python -m kg_builder; the
    # kg script imports it for its main())
    ("import kg_builder.__main__", (*HEAVY, *CLI_LATER, "typer", "rich")),
    # kg --help and every command before it runs
    ("import kg_builder.cli", (*HEAVY, *CLI_LATER)),
    # kg query, and what the library's bounded queries import
    ("import kg_builder.query", HEAVY),
    # the query worker's own module (its target, worker_main); the SPARQL parser stays in the
    # parent, which checks the query
    ("import kg_builder.bounded.run", (*HEAVY, "rdflib.plugins.sparql", "typer", "rich")),
    # kg serve's query workers
    ("import kg_builder.serve.worker", (*HEAVY, "typer")),
    # kg export and kg restore (kg validate loads pySHACL when it runs)
    ("import kg_builder.export", HEAVY),
    # kg check
    ("import kg_builder.store.health", HEAVY),
    # a build's worker process, which parses, extracts and resolves (spaCy, not RDF).
    # regression: the ontology's event annotations were read with rdflib, ~0.08 CPU s of
    # imports before the worker's first batch
    ("import kg_builder.parallel", ("rdflib", "pyshacl", "owlready2")),
], ids=lambda v: v if isinstance(v, str) else None)
def test_start_up_imports(code: str, forbidden: tuple[str, ...]):
    loaded = _imported(code)
    assert sorted(set(forbidden) & loaded) == []


@pytest.mark.parametrize(("name", "module", "spacy"), [
    ("build", "kg_builder.pipeline", True),
    ("BuildOptions", "kg_builder.pipeline", True),
    ("run_query", "kg_builder.query", False),
    ("open_store", "kg_builder.store", False),
])
def test_a_lazy_name_loads_its_module_when_used(name: str, module: str, spacy: bool):
    """``from kg_builder import build`` still works, and imports what it needs then."""
    assert module not in _imported("import kg_builder")
    loaded = _imported(f"from kg_builder import {name}")
    assert module in loaded
    assert ("spacy" in loaded) == spacy


def _kg_command() -> list[str]:
    """The installed ``kg`` script (its main module is what a worker imports again), else
    ``python -m kg_builder``."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.is_file() else ["-m", "kg_builder"]


def test_the_query_worker_of_kg_query_does_not_import_spacy(tmp_path: Path):
    """The real thing: ``kg query`` run under ``python -X importtime``, which the spawned worker
    inherits, so the imports of both processes are listed (each imports the package once).
    Neither may import spaCy, pySHACL or owlready2, and only the command imports Typer: the
    worker imports the main module again, and that must not be the CLI."""
    store = tmp_path / "store"
    open_store(store).close()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *_kg_command(), "query",
         "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--store", str(store), "--format", "json"],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout) == [{"n": "0"}]
    imported = [line.rpartition("|")[2].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")]
    assert imported.count("kg_builder") == 2, "the worker's imports are not listed"
    assert sorted({m.split(".")[0] for m in imported} & set(HEAVY)) == []
    assert imported.count("typer") == 1, "the worker imported the CLI"


# -- the check of a bounded query runs while its worker starts (a store folder only) -------------

class _Worker:
    """Stands in for WorkerProcess: records that it was started and killed."""

    started: ClassVar[list[_Worker]] = []

    def __init__(self, target: object, args: tuple[object, ...], *, name: str) -> None:
        self.opener = args[0]
        self.killed = False
        _Worker.started.append(self)

    def wait_ready(self, timeout: float, *, what: str) -> None:
        raise AssertionError("a refused query got as far as waiting for its worker")

    def kill(self) -> None:
        self.killed = True


@pytest.mark.parametrize(("store", "started"), [
    ("kg-store", [("location", "kg-store")]),
    ("http://127.0.0.1:9", []),
])
def test_a_refused_query_is_never_sent_and_a_server_is_not_asked(monkeypatch, store: str,
                                                                 started: list[tuple[str, ...]]):
    """A store folder's worker starts while the query is parsed (and is killed when the query
    is refused); a server's worker would send it a first request, so for a server the query
    is refused before any worker starts."""
    from kg_builder.bounded import run
    from kg_builder.errors import ReadOnlyError

    monkeypatch.setattr(_Worker, "started", [])
    monkeypatch.setattr(run, "WorkerProcess", _Worker)
    with pytest.raises(ReadOnlyError):
        run.stream_query(store, "DROP ALL", timeout=5)
    assert [w.opener for w in _Worker.started] == started
    assert all(w.killed for w in _Worker.started)
