"""How `kg reason` grows with the data, and how owlready2 + HermiT compare on the same data.

    python -m bench.reason_scaling SEED_STORE [--copies 1 10 100] [--hermit 10]

(run from the repository root).

SEED_STORE is a store built from the seed article (`kg build examples/… --store DIR`). For each
N in --copies the seed's article graph is copied N times into a fresh store, every copy with its
own article id and its own entity/event IRIs (…/id/person/putin → …/id/person/putin-x3), so the
store holds N times as many individuals, not N articles about the same ones. Then
`reason_store` runs twice (the second run must leave the store unchanged) and is timed.

--hermit N loads the ontology and the N-copy data into owlready2 and times sync_reasoner
(HermiT, infer_property_values=True). HermiT rejects xsd:date literals (not in the OWL 2 datatype
map), so nkg:date and dcterms:issued values are retyped as xsd:dateTime for it.
"""

from __future__ import annotations

import argparse
import io
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg_builder.ontology import ontology_graph
from kg_builder.owl import find_java, merged_ontology
from kg_builder.reason import reason_store
from kg_builder.store import OxigraphStore

ARTICLE_GRAPH = "https://w3id.org/kg-builder/graph/article/"
ID = "https://w3id.org/kg-builder/id/"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
XSD_DATETIME = ox.NamedNode("http://www.w3.org/2001/XMLSchema#dateTime")


def seed_quads(seed: Path) -> tuple[str, list[ox.Quad]]:
    store = ox.Store.read_only(str(seed))
    graphs = [g.value for g in store.named_graphs() if g.value.startswith(ARTICLE_GRAPH)]
    if len(graphs) != 1:
        raise SystemExit(f"expected one article graph in {seed}, found {len(graphs)}")
    return graphs[0], list(store.quads_for_pattern(None, None, None, ox.NamedNode(graphs[0])))


def renamed(term: object, article_id: str, copy: int) -> object:
    if isinstance(term, ox.NamedNode):
        value = term.value
        if value.startswith(ARTICLE_GRAPH):
            return ox.NamedNode(f"{value}-x{copy}")
        if value.startswith(ID + "article/"):
            base, sep, frag = value.partition("#")
            return ox.NamedNode(f"{base}-x{copy}{sep}{frag}")
        if value.startswith(ID):
            return ox.NamedNode(f"{value}-x{copy}")
    if isinstance(term, ox.Literal) and term.value == article_id:
        return ox.Literal(f"{article_id}-x{copy}")
    return term


def replicate(graph: str, quads: list[ox.Quad], copies: int) -> list[ox.Quad]:
    article_id = graph[len(ARTICLE_GRAPH):]
    out = []
    for i in range(copies):
        for q in quads:
            out.append(ox.Quad(renamed(q.subject, article_id, i), q.predicate,
                               renamed(q.object, article_id, i),
                               renamed(q.graph_name, article_id, i)))
    return out


def time_reason(quads: list[ox.Quad], folder: Path) -> tuple[int, float, float, int]:
    raw = ox.Store(str(folder))
    raw.bulk_extend(quads)
    raw.flush()
    del raw
    store = OxigraphStore(folder)
    try:
        first = reason_store(store)
        size = store.triple_count()
        second = reason_store(store)
        assert store.triple_count() == size, "second run changed the store"
        assert second.inferred == first.inferred
    finally:
        store.close()
    return len(quads), first.seconds, second.seconds, first.inferred


def time_hermit(quads: list[ox.Quad], tmp: Path) -> tuple[int, float]:
    import owlready2

    owlready2.JAVA_EXE = find_java()
    data = io.BytesIO()
    triples = []
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.datatype == XSD_DATE:
            o = ox.Literal(o.value + "T00:00:00", datatype=XSD_DATETIME)
        triples.append(ox.Triple(q.subject, q.predicate, o))
    ox.serialize(triples, data, ox.RdfFormat.N_TRIPLES)
    onto_path = tmp / "onto.nt"
    merged_ontology().serialize(onto_path, format="nt", encoding="utf-8")
    data_path = tmp / "data.nt"
    # one ontology document: owlready2 needs the data's IRIs declared against the same world
    data_path.write_bytes(onto_path.read_bytes() + data.getvalue())
    world = owlready2.World()
    world.get_ontology(data_path.as_uri()).load()
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    individuals = len({q.subject for q in quads if q.predicate == rdf_type})
    started = time.perf_counter()
    owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
    seconds = time.perf_counter() - started
    foaf_person = world.search(type=world["http://xmlns.com/foaf/0.1/Person"])
    hostile = world["https://w3id.org/kg-builder/ontology#actedHostileTowards"]
    edges = len(list(world.sparql("SELECT ?x ?y WHERE { ?x <" + hostile.iri + "> ?y }")))
    print(f"  HermiT inferred {len(foaf_person)} foaf:Person, {edges} actedHostileTowards edges")
    world.close()
    return individuals, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", type=Path)
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--hermit", type=int, nargs="*", default=[10])
    args = parser.parse_args()
    ontology_graph()  # parse once, outside the timings
    graph, quads = seed_quads(args.seed)
    print(f"seed article graph: {len(quads)} triples")
    print("copies | triples | kg reason (1st) | kg reason (2nd, idempotent) | inferred")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        for n in args.copies:
            folder = Path(tmp) / f"x{n}"
            size, first, second, inferred = time_reason(replicate(graph, quads, n), folder)
            print(f"{n:>6} | {size:>7,} | {first:>13.3f} s | {second:>25.3f} s | {inferred:,}")
            shutil.rmtree(folder)
        for n in args.hermit:
            individuals, seconds = time_hermit(replicate(graph, quads, n), Path(tmp))
            print(f"owlready2 sync_reasoner (HermiT), {n} copies: {individuals:,} individuals,"
                  f" {seconds:.2f} s")


if __name__ == "__main__":
    main()
