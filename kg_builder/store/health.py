"""Is the store whole? What ``kg check`` runs.

RocksDB (under Oxigraph) checks a block's checksum when it reads the block, and only then: a
damaged block of an index that no query happens to read goes unnoticed, and queries, exports
and SHACL pass on. So the check reads everything, through every index:

1. it opens the store (a truncated MANIFEST, a missing or truncated table file fail here);
2. it reads every quad once (the graph indexes ``gspo``/``dspo``) and takes, per graph, the
   number of quads and an order-free digest of them (the sum of a hash of each quad);
3. it reads them again through each other index — by subject (``spog``, ``dspo``), predicate
   (``posg``, ``dpos``), object (``ospg``, ``dosp``), and per graph by predicate (``gpos``) and by
   object (``gosp``) — and each must give the same counts and digests (an in-process hash of
   each quad for these, which is cheaper; the records need one that holds across processes);
4. if the build recorded a graph's triple count and digest (:mod:`kg_builder.store.record`),
   the graph must still have them.

A store on a SPARQL server is checked by reading every graph through the server (its indexes
are the server's business) and comparing with the build's records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ..errors import StoreDamagedError, StoreError
from .base import Store
from .oxigraph import DAMAGED_FIX, OxigraphStore
from .record import MASK, RECORD_PREFIX, quad_digest, read_records

__all__ = ["HealthReport", "check_store"]

Tally = dict[str, list[int]]  # graph ("" for the default graph) → [quads, digest]


@dataclass(slots=True)
class HealthReport:
    location: str
    graphs: int = 0
    triples: int = 0
    #: the indexes read in full (each agreed with the first, unless a problem says otherwise)
    indexes: list[str] = field(default_factory=list)
    #: graphs whose count and digest were compared with the build's record
    recorded: int = 0
    #: what is wrong, one line each (empty: the store is healthy)
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems

    def error(self) -> StoreDamagedError:
        """The error that says the store is damaged (for a report with problems)."""
        more = f" (and {len(self.problems) - 1} more problems)" if len(self.problems) > 1 else ""
        return StoreDamagedError(f"the store at {self.location} is damaged",
                                 why=self.problems[0] + more, fix=DAMAGED_FIX)


def _graph_key(graph: Any) -> str:
    return "" if isinstance(graph, ox.DefaultGraph) else str(graph.value)


def _fast(quad: ox.Quad) -> int:
    """A hash of the quad that holds within this process (the indexes are compared with it:
    far cheaper than :func:`quad_digest`, which must hold across processes for the records)."""
    return hash(quad) & MASK


def _tally(quads: Iterable[ox.Quad], seen: Callable[[ox.Quad], None] | None = None, *,
           digest: Callable[[ox.Quad], int] = _fast) -> Tally:
    tally: Tally = {}
    for quad in quads:
        entry = tally.setdefault(_graph_key(quad.graph_name), [0, 0])
        entry[0] += 1
        entry[1] = (entry[1] + digest(quad)) & MASK
        if seen is not None:
            seen(quad)
    return tally


def _shown(graph: str) -> str:
    return graph or "the default graph"


def _compare(name: str, reference: Tally, other: Tally) -> list[str]:
    problems = []
    for graph in sorted(set(reference) | set(other)):
        want, got = reference.get(graph, [0, 0]), other.get(graph, [0, 0])
        if want[0] != got[0]:
            problems.append(f"the {name} index holds {got[0]:,} quads of {_shown(graph)}, "
                            f"the graph index {want[0]:,}")
        elif want[1] != got[1]:
            problems.append(f"the {name} index holds other quads of {_shown(graph)} than the "
                            "graph index (same count, different digest)")
    return problems


def _check_indexes(store: OxigraphStore, report: HealthReport) -> Tally | None:
    subjects: set[Any] = set()
    predicates: set[Any] = set()
    objects: set[Any] = set()
    per_graph: dict[str, tuple[Any, set[Any], set[Any]]] = {}

    def seen(quad: ox.Quad) -> None:
        subjects.add(quad.subject)
        predicates.add(quad.predicate)
        objects.add(quad.object)
        key = _graph_key(quad.graph_name)
        if key not in per_graph:
            per_graph[key] = (quad.graph_name, set(), set())
        per_graph[key][1].add(quad.predicate)
        per_graph[key][2].add(quad.object)

    records: Tally = {}

    def both(quad: ox.Quad) -> None:
        seen(quad)
        entry = records.setdefault(_graph_key(quad.graph_name), [0, 0])
        entry[0] += 1
        entry[1] = (entry[1] + quad_digest(quad)) & MASK

    try:
        reference = _tally(store.quads(), both)
    except StoreError as exc:
        report.problems.append(f"reading every quad (the graph index): {exc.why or exc.what}")
        return None
    report.indexes.append("graph-subject (gspo, dspo)")
    passes: list[tuple[str, Callable[[], Iterator[ox.Quad]]]] = [
        ("subject (spog, dspo)", lambda: (q for s in subjects for q in store.quads(s))),
        ("predicate (posg, dpos)", lambda: (q for p in predicates for q in store.quads(None, p))),
        ("object (ospg, dosp)",
         lambda: (q for o in objects for q in store.quads(None, None, o))),
        ("graph-predicate (gpos, dpos)", lambda: (
            q for g, ps, _ in per_graph.values() for p in ps
            for q in store.quads(None, p, None, g))),
        ("graph-object (gosp, dosp)", lambda: (
            q for g, _, os_ in per_graph.values() for o in os_
            for q in store.quads(None, None, o, g))),
    ]
    for name, quads in passes:
        try:
            report.problems += _compare(name, reference, _tally(quads()))
        except StoreError as exc:
            report.problems.append(f"reading the {name} index: {exc.why or exc.what}")
        report.indexes.append(name)
    try:
        listed = set(store.graph_names())
    except StoreError as exc:
        report.problems.append(f"reading the list of named graphs: {exc.why or exc.what}")
    else:
        missing = sorted(set(reference) - listed - {""})
        if missing:
            report.problems.append(f"{len(missing)} graphs are missing from the list of named "
                                   f"graphs, e.g. {missing[0]}")
    return records  # with digests that hold across processes, for the build records


def _read_graphs(store: Store, report: HealthReport) -> Tally | None:
    """Every graph read in full through the store's own interface (a SPARQL server)."""
    tally: Tally = {}
    try:
        for name in store.graph_names():  # type: ignore[attr-defined]
            tally[name] = [0, 0]
            for triple in store.graph_triples(name):  # type: ignore[attr-defined]
                quad = ox.Quad(triple.subject, triple.predicate, triple.object,
                               ox.NamedNode(name))
                tally[name][0] += 1
                tally[name][1] = (tally[name][1] + quad_digest(quad)) & MASK
    except StoreError as exc:
        report.problems.append(f"reading the graphs: {exc.why or exc.what}")
        return None
    report.indexes.append("every graph, through the server")
    return tally


def check_store(location: str, *, open_store: Callable[..., Store] | None = None) -> HealthReport:
    """Check the store at ``location`` (a folder, or a SPARQL server's URL) and say what is
    wrong. A store that cannot be opened because it is damaged is a report with that problem;
    one that is not there, or locked, raises :class:`StoreError`."""
    from . import open_store as default_open

    report = HealthReport(location=location)
    try:
        store = (open_store or default_open)(location, read_only=True)
    except StoreDamagedError as exc:
        report.problems.append(f"the store cannot be opened: {exc.why}")
        return report
    with store:
        if isinstance(store, OxigraphStore):
            tally = _check_indexes(store, report)
        else:
            tally = _read_graphs(store, report)
        if tally is None:
            return report
        report.graphs = len([g for g in tally if g and not g.startswith(RECORD_PREFIX)])
        report.triples = sum(n for g, (n, _) in tally.items() if not g.startswith(RECORD_PREFIX))
        try:
            records = read_records(store)
        except StoreError as exc:
            report.problems.append(f"reading the build's records: {exc.why or exc.what}")
            return report
        for graph, (count, digest) in sorted(records.items()):
            report.recorded += 1
            have = tally.get(graph, [0, 0])
            if have[0] != count:
                report.problems.append(f"{graph} holds {have[0]:,} triples; the build wrote "
                                       f"{count:,}")
            elif have[1] != digest:
                report.problems.append(f"{graph} holds other triples than the build wrote "
                                       "(same count, different digest)")
    return report
