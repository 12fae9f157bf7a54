"""The order of the steps: read → parse → extract → resolve → map → validate → store.

Only this module knows the order; the steps meet in :mod:`kg_builder.model`. Articles stream
through in batches (``nlp.pipe``), so memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SH
from rdflib.term import Node

from .errors import KGError, StoreDamagedError
from .fields import quoted
from .model import Article, ArticleResult, Extraction, Failure, FieldWarning
from .ontology import ontology_graph
from .parallel import batches, extract_in_processes
from .rdf import (
    ARTICLE_GRAPH,
    ONTOLOGY_GRAPH,
    NamedTriples,
    article_graph_iri,
    inferred_graph_iri,
    quarantine_graph_iri,
    to_graph,
    to_triples,
)
from .resources import ontology_dir, queries_dir
from .sources import ReadOptions, read_inputs
from .stages import STAGES, BuildOptions, StageClock, extract_articles
from .store import Store
from .store.record import read_records, with_records
from .validate import validate_graph, validate_graphs
from .vocab import NKG

__all__ = [
    "STAGES",
    "BuildOptions",
    "BuildSummary",
    "build",
    "build_graphs",
    "ensure_ontology",
    "extract_articles",
    "graph_sizes",
    "remove_article",
]

_NKG = str(NKG._NS)

_HASH_QUERY = """
PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
SELECT ?g ?hash WHERE { GRAPH ?g { ?g nkg:describesArticle ?a . ?a nkg:contentHash ?hash } }
"""


@dataclass(slots=True)
class BuildSummary:
    articles: int = 0
    built: int = 0
    unchanged: int = 0
    entities: int = 0
    events: int = 0
    #: triples in all graphs of the store: the article graphs, the ontology, and the records,
    #: quarantine and inferred graphs
    triples: int = 0
    #: triples in the article graphs (as the build recorded them; quarantined ones not counted)
    article_triples: int = 0
    #: triples in the ontology graph (the same for every store of this version)
    ontology_triples: int = 0
    quarantined: int = 0
    failures: list[Failure] = field(default_factory=list)
    #: optional fields of articles that were dropped (the articles were built without them)
    warnings: list[FieldWarning] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))
    words: int = 0
    #: local worker processes that parsed, extracted and resolved (0: this process or Dask);
    #: their stage times in ``timings`` are summed over them
    worker_processes: int = 0

    @property
    def failed(self) -> int:
        return len(self.failures)


_ONTOLOGY_VERSION_QUERY = """
PREFIX dcterms: <http://purl.org/dc/terms/>
ASK { GRAPH ?g { ?g dcterms:hasVersion ?version } }
"""


def _ontology_version() -> str:
    """A digest of the ontology files, so an unchanged ontology is not rewritten."""
    digest = hashlib.sha256()
    for name in ("kg.ttl", "alignment.ttl"):
        digest.update((ontology_dir() / name).read_bytes())
    return f"sha256:{digest.hexdigest()}"


def ensure_ontology(store: Store) -> None:
    """Keep the ontology in its own named graph, so queries can read PLOVER/CAMEO annotations.
    The graph is written only when the ontology changed: rewriting it would give its blank nodes
    new labels, and N-Quads exports of the same articles would differ byte for byte."""
    version = Literal(_ontology_version())
    if store.query(_ONTOLOGY_VERSION_QUERY, bindings={"g": ONTOLOGY_GRAPH, "version": version}).boolean:
        return
    graph = Graph()
    graph += ontology_graph()
    graph.add((ONTOLOGY_GRAPH, DCTERMS.hasVersion, version))
    store.replace_graphs({str(ONTOLOGY_GRAPH): graph})


def remove_article(store: Store, article_id: str) -> bool:
    """Delete an article's graph (and its quarantine and inferred graphs). Entities and events that other
    articles also state stay, because those articles' graphs still hold them."""
    graph = str(article_graph_iri(article_id))
    quarantine = str(quarantine_graph_iri(article_id))
    found = store.query(
        "ASK { { GRAPH ?g { ?s ?p ?o } } }",
        bindings={"g": article_graph_iri(article_id)},
    ).boolean or store.query(
        "ASK { { GRAPH ?g { ?s ?p ?o } } }", bindings={"g": quarantine_graph_iri(article_id)}
    ).boolean
    store.replace_graphs(with_records({graph: None, quarantine: None,
                                       str(inferred_graph_iri(article_id)): None}))
    return bool(found)


def _stored_hash(store: Store, article: Article) -> str | None:
    result = store.query(_HASH_QUERY, bindings={"g": article_graph_iri(article.id)})
    return result.rows[0][1] if result.rows else None


def build_graphs(extraction: Extraction, *, validate: bool = True,
                 timings: dict[str, float] | None = None,
                 graph: Graph | NamedTriples | None = None,
                 ) -> tuple[dict[str, Graph | NamedTriples | None], ArticleResult]:
    """The named graphs to write for one article, and what happened to it.

    ``graph`` is the article mapped already (default: map it now); ``validate=False`` skips
    SHACL (the caller has already validated ``graph``).
    """
    clock = StageClock(timings if timings is not None else dict.fromkeys(STAGES, 0.0))
    t = time.perf_counter()
    if graph is None:
        graph = to_graph(extraction)
        t = clock.add("map", t)
    art = extraction.article
    result = ArticleResult(article_id=art.id, triples=len(graph),
                           entities=len(extraction.entities), events=len(extraction.events),
                           warnings=art.warnings)
    graph_iri = str(article_graph_iri(art.id))
    quarantine_iri = str(quarantine_graph_iri(art.id))
    # What `kg reason` inferred from the old graph is stale once the article is rebuilt.
    inferred_iri = str(inferred_graph_iri(art.id))
    if validate:
        outcome = validate_graph(graph)
        t = clock.add("validate", t)
        if not outcome.conforms:
            result.quarantined = True
            result.report = outcome.text
            quarantined = _quarantine(graph, outcome.report, quarantine_graph_iri(art.id))
            return {graph_iri: None, quarantine_iri: quarantined, inferred_iri: None}, result
    return {graph_iri: graph, quarantine_iri: None, inferred_iri: None}, result


#: what to write for one article (graph IRI → graph, or None to drop it) and what happened to it
_Outcome = tuple[dict[str, Graph | NamedTriples | None], ArticleResult]


def _graphs_for_batch(batch: list[Extraction], *, validate: bool, timings: dict[str, float],
                      fail: Callable[[Failure], None] | None = None,
                      ) -> list[_Outcome | None]:
    """Map a batch of articles and validate them with one SHACL call over their union (pySHACL's
    fixed cost per call dominates small graphs); only if the union fails is each article
    validated alone, so the failing ones — and only they — go to quarantine.

    One item per article of ``batch``: its graphs and result, or ``None`` if it could not be
    mapped or validated — that failure went to ``fail`` (without ``fail``, it is raised). A
    :class:`~kg_builder.errors.KGError` of validation (the shapes cannot be loaded) is no
    article's fault and is always raised."""
    clock = StageClock(timings)

    def failed(extraction: Extraction, step: str, exc: Exception) -> None:
        if fail is None or isinstance(exc, KGError):
            raise exc
        _failed(fail, extraction, step, exc)

    t = time.perf_counter()
    graphs: list[NamedTriples | None] = []
    for extraction in batch:
        try:
            graphs.append(to_triples(extraction))
        except Exception as exc:  # one bad article must not stop the others
            failed(extraction, "mapping to RDF", exc)
            graphs.append(None)
    t = clock.add("map", t)
    mapped = [g for g in graphs if g is not None]
    suspects: set[Node] = set()  # nodes the union's violations are about
    if validate and mapped:
        try:
            result = validate_graphs(mapped, conformance_only=True)
        except KGError:
            raise
        except Exception:  # some article breaks pySHACL: validate each alone to find it
            suspects = {None}
        else:
            if not result.conforms:
                suspects = set(result.report.objects(None, SH.focusNode)) or {None}
        clock.add("validate", t)
    # An article is validated alone only when it touches a node a violation of the union is about
    # (one event reported by two articles with two confidences breaks the union, not either
    # graph) or when it leans on another article's triples (see _self_contained).
    built: list[_Outcome | None] = []
    for e, g in zip(batch, graphs, strict=True):
        if g is None:
            built.append(None)
            continue
        try:
            built.append(build_graphs(
                e, validate=validate and (_touches(g, suspects) or not _self_contained(g)),
                timings=timings, graph=g))
        except Exception as exc:
            failed(e, "validation", exc)
            built.append(None)
    return built


def _failed(fail: Callable[[Failure], None], extraction: Extraction, step: str,
            exc: Exception) -> None:
    art = extraction.article
    fail(Failure(art.source or art.id,
                 f"{step} failed: {type(exc).__name__}: {quoted(exc, limit=300)}", art.id))


def _touches(graph: Graph | NamedTriples, nodes: set[Node]) -> bool:
    if not nodes:
        return False
    if None in nodes:  # a failing union whose report names no focus node: trust no article
        return True
    return any(s in nodes or o in nodes for s, _, o in graph)


def _self_contained(graph: Graph | NamedTriples) -> bool:
    """Whether every node this graph mentions is typed, and every typed node labelled or
    described, in this graph itself — so a union that conforms cannot owe its conformance
    to another article's triples. If not, the article is validated alone."""
    typed = {s for s, p, _ in graph if p == RDF.type}
    for s, p, o in graph:
        if isinstance(o, URIRef) and p != RDF.type and str(p).startswith(_NKG) \
                and not str(o).startswith(_NKG) and p != NKG.geonamesFeature and o not in typed:
            return False
        if s not in typed:
            return False
    return True


def _quarantine(graph: Graph | NamedTriples, report: Graph, iri: URIRef) -> Graph:
    """The failed graph, retyped as a quarantine graph, with pySHACL's report attached."""
    q = Graph(identifier=iri)
    for s, p, o in graph:
        if s == graph.identifier and p == RDF.type:
            continue
        q.add((q.identifier if s == graph.identifier else s, p, o))
    q.add((q.identifier, RDF.type, NKG.QuarantineGraph))
    for s, p, o in report:
        q.add((s, p, o))
    for node in report.subjects(RDF.type, None):
        if str(report.value(node, RDF.type)).endswith("ValidationReport"):
            q.add((q.identifier, NKG.validationReport, node))
    return q


def build(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    options: BuildOptions | None = None,
    progress: Callable[[ArticleResult | Failure], None] | None = None,
) -> BuildSummary:
    """Build every article of ``inputs`` into ``store`` and say what happened.

    A build of more than ``4 * options.batch_size`` articles (or with ``options.workers > 1``)
    parses in spawned worker processes, which import the caller's main module again: call it
    from a script under ``if __name__ == "__main__":``.
    """
    opts = options or BuildOptions()
    summary = BuildSummary()
    clock = StageClock(summary.timings)

    def fail(failure: Failure) -> None:
        summary.failures.append(failure)
        if progress is not None:
            progress(failure)

    first_source: dict[str, str] = {}  # graph of each article read so far → where it came from

    def articles() -> Iterator[Article]:
        t = time.perf_counter()
        for item in read_inputs(inputs, options=ReadOptions(max_chars=opts.max_chars)):
            if isinstance(item, Failure):
                fail(item)
            elif (graph := str(article_graph_iri(item.id))) in first_source:
                # the second would silently replace the first
                fail(Failure(item.source, f"duplicate article id '{item.id}': "
                             f"{first_source[graph]} has it already, and that one is kept "
                             "(give each article its own id)", item.id))
            else:
                first_source[graph] = item.source or item.id
                summary.articles += 1
                summary.warnings.extend(FieldWarning(item.source, w, item.id)
                                        for w in item.warnings)
                if not opts.force and _stored_hash(store, item) == item.content_hash:
                    summary.unchanged += 1
                    if progress is not None:
                        progress(ArticleResult(article_id=item.id, skipped_unchanged=True,
                                               warnings=item.warnings))
                else:
                    clock.add("read", t)
                    yield item
            t = time.perf_counter()

    # With one worker, a build of more than one SHACL batch parses in a worker process all the
    # same: a fresh process parses 8-15 % faster than this one, which holds the store's threads,
    # and mapping, validation and storing then overlap with parsing. It takes ~2 s to start, so
    # small builds parse here.
    pending = articles()
    head = list(itertools.islice(pending, 4 * opts.batch_size + 1))
    stream = itertools.chain(head, pending)
    if opts.dask:
        from .cluster import extract_on_cluster

        extractions = extract_on_cluster(stream, address=opts.dask, options=opts,
                                         timings=summary.timings, on_error=fail)
    elif opts.workers > 1 or len(head) > 4 * opts.batch_size:
        summary.worker_processes = opts.workers
        extractions = extract_in_processes(stream, options=opts, timings=summary.timings,
                                           on_error=fail)
    else:
        extractions = extract_articles(stream, options=opts, timings=summary.timings,
                                       on_error=fail)
    # One SHACL call covers 4 spaCy batches (64 articles by default): pySHACL's cost per call
    # is then amortised, while a crash loses at most that much unsaved work.
    frozen = False
    # The ontology graph is written before the first article's graphs, not before the worker
    # processes start: they then load the model while it is written (~0.1 s).
    ontology = False
    try:
        for batch in batches(extractions, 4 * opts.batch_size):
            if not ontology:
                ensure_ontology(store)
                ontology = True
            built = _graphs_for_batch(batch, validate=opts.validate, timings=summary.timings,
                                      fail=fail)
            for extraction, outcome in zip(batch, built, strict=True):
                if outcome is None:  # its failure is reported already
                    continue
                graphs, result = outcome
                _store_article(store, extraction, graphs, result, summary=summary, fail=fail,
                               progress=progress)
            if not frozen:
                # By now the rules, ontology, shapes (and the model, if parsing here) are
                # loaded and live until the end: take them out of the cyclic GC, whose full
                # collections would otherwise walk all of them every few thousand allocations.
                gc.collect()
                gc.freeze()
                frozen = True
        if not ontology:  # no article to store (all unchanged, or none read)
            ensure_ontology(store)
    finally:
        extractions.close()  # stops worker processes at once if the build is cut short
        if frozen:
            gc.unfreeze()
    summary.triples = store.triple_count()
    summary.article_triples, summary.ontology_triples = graph_sizes(store)
    return summary


def graph_sizes(store: Store) -> tuple[int, int]:
    """(triples of the article graphs, triples of the ontology graph) of ``store``: the former
    from the records the build writes beside each graph, not by counting again."""
    articles = sum(count for graph, (count, _) in read_records(store).items()
                   if graph.startswith(ARTICLE_GRAPH))
    text = (queries_dir() / "graph-size.rq").read_text(encoding="utf-8")
    rows = store.query(text, bindings={"g": ONTOLOGY_GRAPH}).rows
    return articles, int(rows[0][-1] or 0) if rows else 0


def _store_article(store: Store, extraction: Extraction,
                   graphs: dict[str, Graph | NamedTriples | None],
                   result: ArticleResult, *, summary: BuildSummary,
                   fail: Callable[[Failure], None],
                   progress: Callable[[ArticleResult | Failure], None] | None) -> None:
    clock = StageClock(summary.timings)
    summary.words += extraction.words
    t = time.perf_counter()
    try:
        # with the count and digest of each graph, which `kg check` compares later
        store.replace_graphs(with_records(graphs))
    except StoreDamagedError:  # no later article would fare better: stop the build
        raise
    except KGError as exc:  # the store refused this article: report it, go on
        fail(Failure(extraction.article.source, exc.message, extraction.article.id))
        clock.add("store", t)
        return
    except Exception as exc:  # e.g. the engine rejects a term of this article's graph
        _failed(fail, extraction, "storing", exc)
        clock.add("store", t)
        return
    clock.add("store", t)
    summary.built += 1
    summary.entities += result.entities
    summary.events += result.events
    summary.quarantined += int(result.quarantined)
    if progress is not None:
        progress(result)
