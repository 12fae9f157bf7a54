"""The whole path with the real model, on random input: short articles of real English words
with random unicode, ids, titles, urls and dates (and now and then a malformed line, a field of
another type or a repeated id) are read, parsed, extracted, mapped, validated and stored by
:func:`kg_builder.build` — once in two steps (the first records, then all of them) and once
into a fresh store — and then:

- no exception escapes the build; each bad record is a failure naming its file and line, each
  other record is in the store (its graph, or its quarantine graph);
- the store is consistent: ``kg check`` finds it healthy (the build's records match what the
  store holds), every article graph validates, and the N-Quads and TriG exports read back the
  same in rdflib and pyoxigraph;
- the store built in two steps exports the same graphs as the fresh one (isomorphic).

The model is loaded once per session (the ``nlp`` fixture) and handed to the build."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

from kg_builder.export import article_graphs, export_store, validate_store
from kg_builder.model import Article, Failure
from kg_builder.pipeline import BuildOptions, build
from kg_builder.rdf import article_graph_iri
from kg_builder.sources import read_inputs
from kg_builder.store import OxigraphStore
from kg_builder.store.health import check_store

from .conftest import examples, ran
from .strategies import english_articles

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def with_model(nlp):
    """Builds in this module parse with the session's model instead of loading their own."""
    patch = pytest.MonkeyPatch()
    patch.setattr("kg_builder.nlp.load_pipeline", lambda **_: nlp)
    yield nlp
    patch.undo()


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("build")


@st.composite
def inputs(draw: st.DrawFn) -> list[str]:
    """The lines of a JSONL file: records, now and then a malformed line, a blank one or a
    record repeating an earlier id."""
    lines: list[str] = []
    for index in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 11))
        if kind == 0:
            lines.append(draw(st.sampled_from(['{"id": "x", "text": ', "[1]", "", "null"])))
            continue
        record = draw(english_articles(index=index))
        if kind == 1 and lines:  # the id of an earlier line
            try:  # an earlier line may be a malformed one ('{"id": "x", "text": ')
                earlier = json.loads(draw(st.sampled_from(lines)) or "null")
            except ValueError:
                earlier = None
            if isinstance(earlier, dict) and "id" in earlier:
                record["id"] = earlier["id"]
        lines.append(json.dumps(record, ensure_ascii=draw(st.booleans())))
    return lines


def _build(path: Path, store_dir: Path, *, options: BuildOptions):
    with OxigraphStore(store_dir) as store:
        return build([path], store, options=options)


def _graphs(data: bytes, fmt: str) -> dict[str, rdflib.Graph]:
    """Graph name → its triples, as rdflib reads an N-Quads or TriG export."""
    dataset = rdflib.Dataset()
    dataset.parse(data=data, format=fmt)
    out: dict[str, rdflib.Graph] = {}
    for s, p, o, g in dataset.quads((None, None, None, None)):
        out.setdefault(str(g), rdflib.Graph()).add((s, p, o))
    return out


def _ox_graphs(data: bytes, fmt: ox.RdfFormat) -> dict[str, set[ox.Triple]]:
    out: dict[str, set[ox.Triple]] = {}
    for q in ox.parse(data, fmt):
        out.setdefault(q.graph_name.value, set()).add(ox.Triple(q.subject, q.predicate, q.object))
    return out


def _same(a: dict[str, rdflib.Graph], b: dict[str, rdflib.Graph]) -> bool:
    return a.keys() == b.keys() and all(isomorphic(a[k], b[k]) for k in a)


def _export(store_dir: Path) -> dict[str, bytes]:
    exports = {}
    with OxigraphStore(store_dir, read_only=True) as store:
        for fmt in ("nquads", "trig"):
            buf = io.BytesIO()
            export_store(store, buf, fmt=fmt)
            exports[fmt] = buf.getvalue()
        report = validate_store(store)
        stored = {g: quarantined for g, _, quarantined in article_graphs(store)}
    assert report.failures == [], report.failures
    return {"exports": exports, "stored": stored}


def _check_consistent(store_dir: Path) -> dict[str, object]:
    health = check_store(str(store_dir))
    assert health.problems == [], health.problems
    seen = _export(store_dir)
    nquads, trig = seen["exports"]["nquads"], seen["exports"]["trig"]
    from_nquads = _graphs(nquads, "nquads")
    assert _same(from_nquads, _graphs(trig, "trig"))
    in_ox = _ox_graphs(nquads, ox.RdfFormat.N_QUADS)
    assert in_ox == _ox_graphs(trig, ox.RdfFormat.TRIG)
    assert {g: len(t) for g, t in in_ox.items()} == {g: len(t) for g, t in from_nquads.items()}
    return {"graphs": from_nquads, "stored": seen["stored"]}


@given(lines=inputs(), split=st.integers(0, 4), batch_size=st.sampled_from([1, 2, 16]),
       force=st.booleans())
@settings(max_examples=examples(ci=10, fuzz=60))
def test_any_records_build_a_consistent_store_equal_to_a_clean_rebuild(
        with_model, folder, lines, split, batch_size, force):
    ran("build: random articles, real model, store vs clean rebuild")
    case = folder / f"case-{len(list(folder.iterdir()))}"
    (case / "steps").mkdir(parents=True)
    (case / "clean").mkdir()
    first = case / "steps" / "in.jsonl"
    whole = case / "clean" / "in.jsonl"
    options = BuildOptions(batch_size=batch_size, force=force)

    # in two steps: the first `split` lines, then all of them (the same file name: an article
    # without an id is named after the file and line)
    first.write_text("\n".join(lines[:split]) + "\n", encoding="utf-8")
    _build(first, case / "steps-store", options=options)
    first.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stepwise = _build(first, case / "steps-store", options=options)
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clean = _build(whole, case / "clean-store", options=options)

    for summary, path in ((stepwise, first), (clean, whole)):
        failed = {f.source for f in summary.failures}
        for failure in summary.failures:
            assert failure.source.startswith(f"{path}:"), failure
            assert failure.reason.strip()
        items = list(read_inputs([path]))
        kept: dict[str, str] = {}  # graph → the line of the record kept for it
        for item in items:
            if isinstance(item, Failure):
                assert item.source in failed, (item, summary.failures)
                continue
            assert isinstance(item, Article)
            graph = str(article_graph_iri(item.id))
            if graph in kept:  # a repeated id: the first is kept, this one is a failure
                assert item.source in failed and "duplicate article id" in " ".join(
                    f.reason for f in summary.failures if f.source == item.source)
                continue
            kept[graph] = item.source

    steps, fresh = _check_consistent(case / "steps-store"), _check_consistent(case / "clean-store")
    assert steps["stored"] == fresh["stored"]
    assert _same(steps["graphs"], fresh["graphs"]), "the store differs from a clean rebuild"
    failed = {f.source for f in clean.failures}
    for graph, source in kept.items():  # every record is in the store, or failed by its line
        quarantine = graph.replace("/graph/article/", "/graph/quarantine/")
        assert graph in fresh["stored"] or quarantine in fresh["stored"] or source in failed, \
            (graph, source, clean.failures)
