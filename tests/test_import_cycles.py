"""No import cycle inside ``kg_builder``, function-level imports included.

Every ``.py`` file under ``kg_builder/`` (the whole package tree, sub-packages such as
``kg_builder/store/`` or ``kg_builder/extract/`` included, nothing listed by hand) is parsed with
:mod:`ast`; every ``import``/``from … import`` statement anywhere in it — at module level, inside
functions, methods, ``try`` blocks — is an edge from that module to the ``kg_builder`` module it
runs:

- ``import kg_builder.a.b`` and ``from kg_builder.a.b import x`` (or the relative ``from .a.b
  import x``, resolved against the importing module's package) are edges to ``kg_builder.a.b``,
  and to each package on the way (``kg_builder.a``) that is not a parent package of the
  importing module (a parent has started running before its sub-modules can);
- ``from P import n`` where ``P.n`` is a module of the package is an edge to ``P.n``: ``from .
  import x``, ``from .store import oxigraph``;
- ``from P import n`` where ``n`` is any other name is an edge to ``P`` itself — for a package, its
  ``__init__``: ``from .store import open_store`` is an edge to ``kg_builder.store``, even when
  ``__init__`` only re-exports the name, because that is the module Python runs to get it.

Excluded: imports in the body of ``if TYPE_CHECKING:`` (or ``if typing.TYPE_CHECKING:``), which
never run, and imports made by name at run time (``importlib.import_module``), which ``ast``
cannot see. A cycle is a strongly connected component of this graph (Tarjan); the failure
message prints each one as chains of modules with the file and line of every import, e.g.
``kg_builder.a -> kg_builder.b (b.py:12, in f) -> kg_builder.a (a.py:3)``.
"""

from __future__ import annotations

import ast
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import kg_builder

PACKAGE_ROOT = Path(kg_builder.__file__).parent


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    #: where the import statement is: file (relative to the package's parent), line, function
    where: str


def module_files(root: Path) -> dict[str, Path]:
    """Dotted module name → file, for every ``.py`` file in the package tree under ``root``."""
    modules: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if any(not p.isidentifier() for p in parts):  # not importable (e.g. a stray copy)
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import statement of ``tree`` that can run, with the function it is in ("" at module
    level); the bodies of ``if TYPE_CHECKING:`` are skipped (their ``else`` is not)."""
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, function = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, function
            continue
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            function = f"{function}.{node.name}" if function else node.name
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            children: list[ast.AST] = list(node.orelse)
        else:
            children = list(ast.iter_child_nodes(node))
        stack.extend((child, function) for child in reversed(children))


def _ancestors(module: str, is_package: bool) -> set[str]:
    """The packages that have started running before ``module``'s code runs (itself, if a
    package)."""
    parts = module.split(".")
    names = {".".join(parts[:i]) for i in range(1, len(parts))}
    return names | {module} if is_package else names


def import_graph(root: Path) -> list[Edge]:
    """The import edges between the modules of the package at ``root``."""
    modules = module_files(root)
    edges: list[Edge] = []
    for module, path in modules.items():
        is_package = path.name == "__init__.py"
        package = module if is_package else module.rpartition(".")[0]
        before = _ancestors(module, is_package)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node, function in _imports(tree):
            where = f"{path.relative_to(root.parent)}:{node.lineno}" + (
                f", in {function}" if function else "")
            targets: list[str] = []
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets += [m for m in _chain(alias.name, modules) if m not in before]
            else:
                if node.level:
                    base = package.split(".")
                    if node.level > 1:
                        base = base[:-(node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                chain = _chain(source, modules)
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    if sub in modules:
                        targets += [m for m in chain if m not in before] + [sub]
                    else:  # a name defined (or re-exported) by `source` itself: it must run
                        targets += [m for m in chain if m not in before or m == source]
            edges += [Edge(module, t, where) for t in dict.fromkeys(targets)
                      if t != module or not is_package]
    return edges


def _chain(dotted: str, modules: dict[str, Path]) -> list[str]:
    """The modules of the package that importing ``dotted`` runs (``a``, ``a.b``, ``a.b.c``)."""
    parts = dotted.split(".")
    return [m for m in (".".join(parts[:i]) for i in range(1, len(parts) + 1)) if m in modules]


def strongly_connected(edges: list[Edge]) -> list[list[str]]:
    """The components of more than one module, or of one that imports itself (Tarjan)."""
    graph: dict[str, list[str]] = {}
    for e in edges:
        graph.setdefault(e.source, []).append(e.target)
        graph.setdefault(e.target, [])
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10 * len(graph) + 100))
    try:
        for v in sorted(graph):
            if v not in index:
                visit(v)
    finally:
        sys.setrecursionlimit(limit)
    return sorted(found)


def cycles(edges: list[Edge]) -> list[list[Edge]]:
    """For each module of each cyclic component, the shortest cycle through it (duplicates,
    the same cycle read from another module, left out)."""
    out: list[list[Edge]] = []
    seen: set[frozenset[tuple[str, str]]] = set()
    for component in strongly_connected(edges):
        inside = set(component)
        succ: dict[str, list[Edge]] = {}
        for e in edges:
            if e.source in inside and e.target in inside:
                succ.setdefault(e.source, []).append(e)
        for start in component:
            path = _shortest_cycle(start, succ)
            key = frozenset((e.source, e.target) for e in path)
            if path and key not in seen:
                seen.add(key)
                out.append(path)
    return out


def _shortest_cycle(start: str, succ: dict[str, list[Edge]]) -> list[Edge]:
    came: dict[str, Edge] = {}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for e in succ.get(v, []):
            if e.target == start:
                path = [e]
                while path[0].source != start:
                    path.insert(0, came[path[0].source])
                return path
            if e.target not in came:
                came[e.target] = e
                queue.append(e.target)
    return []


def render(cycle: list[Edge]) -> str:
    """``a -> b (file:line, in f) -> a (file:line)``: each import is named where it is."""
    return cycle[0].source + "".join(f"\n    -> {e.target}  ({e.where})" for e in cycle)


def test_kg_builder_has_no_import_cycle():
    found = cycles(import_graph(PACKAGE_ROOT))
    if found:
        pytest.fail("import cycles inside kg_builder:\n" + "\n".join(
            f"  {render(c)}" for c in found), pytrace=False)


def test_the_graph_covers_every_module_of_the_package_tree():
    """Modules of sub-packages are in the graph as well (kg_builder/store/…, later
    kg_builder/extract/…): the walk is over the tree, not a list."""
    files = module_files(PACKAGE_ROOT)
    on_disk = {p for p in PACKAGE_ROOT.rglob("*.py")}
    assert set(files.values()) == on_disk
    sources = {e.source for e in import_graph(PACKAGE_ROOT)}
    assert "kg_builder.cli" in sources and "kg_builder" in sources


def test_no_module_imports_a_private_name_of_another():
    """``from .x import _name`` couples two modules through what one of them keeps to itself:
    a name two modules share is public in the module that defines it."""
    private = []
    for module, path in module_files(PACKAGE_ROOT).items():
        for node, _ in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith(
                    "kg_builder")):
                private += [f"{module} ({path.name}:{node.lineno}): {alias.name}"
                            for alias in node.names
                            if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert private == []


# -- the detector itself, on small packages written for the case --------------------------------

_CASES = {
    "function-level import closes a cycle": (
        {"__init__.py": "",
         "pipeline.py": "from .parallel import run\nSTAGES = ()\n",
         "parallel.py": "def run():\n    from .pipeline import STAGES\n    return STAGES\n"},
        [["pkg.parallel", "pkg.pipeline"]]),
    "a package's __init__ is the module a re-exported name comes from": (
        {"__init__.py": "",
         "store/__init__.py": "from .base import Store\n"
                              "def open_store():\n    from .remote import Remote\n",
         "store/base.py": "class Store: ...\n",
         "store/remote.py": "from . import Store\n"},
        [["pkg.store", "pkg.store.remote"]]),
    "sub-modules that import their siblings, not their package, are no cycle": (
        {"__init__.py": "from .store import open_store\n",
         "store/__init__.py": "from .base import Store\n"
                              "def open_store():\n    from .remote import Remote\n",
         "store/base.py": "from ..errors import E\nclass Store: ...\n",
         "store/remote.py": "from .base import Store\nfrom pkg.errors import E\n",
         "errors.py": "class E(Exception): ...\n"},
        []),
    "absolute imports and a deeper sub-package": (
        {"__init__.py": "",
         "extract/__init__.py": "from pkg.extract.constructions import demand\n",
         "extract/constructions/__init__.py": "",
         "extract/constructions/demand.py": "import pkg.extract.context\n",
         "extract/context.py": "def f():\n    from pkg.extract import read_doc\n"},
        [["pkg.extract", "pkg.extract.constructions.demand", "pkg.extract.context"]]),
    "from . import module, two levels up": (
        {"__init__.py": "",
         "a/__init__.py": "",
         "a/x.py": "from ..b import y\n",
         "b/__init__.py": "",
         "b/y.py": "from ..a import x\n"},
        [["pkg.a.x", "pkg.b.y"]]),
    "TYPE_CHECKING imports do not count": (
        {"__init__.py": "",
         "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .b import B\n",
         "b.py": "import typing\nfrom .a import A\n"
                 "if typing.TYPE_CHECKING:\n    from . import a\nelse:\n    pass\n"},
        []),
    "but their else branch does": (
        {"__init__.py": "",
         "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    pass\n"
                 "else:\n    from .b import B\n",
         "b.py": "from .a import A\n"},
        [["pkg.a", "pkg.b"]]),
    "a method's import inside try": (
        {"__init__.py": "",
         "a.py": "from .b import B\n",
         "b.py": "class B:\n    def f(self):\n        try:\n            from .a import A\n"
                 "        except ImportError:\n            pass\n"},
        [["pkg.a", "pkg.b"]]),
}


@pytest.mark.parametrize(("files", "expected"), _CASES.values(), ids=_CASES.keys())
def test_cycle_detector(tmp_path: Path, files: dict[str, str], expected: list[list[str]]):
    root = tmp_path / "pkg"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    assert strongly_connected(import_graph(root)) == expected


def test_a_cycle_is_printed_as_a_chain_with_its_import_lines(tmp_path: Path):
    root = tmp_path / "pkg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "a.py").write_text("import os\nfrom .b import g\n")
    (root / "b.py").write_text("def g():\n    from .a import f\n")
    assert [render(c) for c in cycles(import_graph(root))] == [
        "pkg.a\n    -> pkg.b  (pkg/a.py:2)\n    -> pkg.a  (pkg/b.py:2, in g)"]
