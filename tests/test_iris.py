"""Valid IRIs for every possible article id (issue 17, item 8): the graph of an article whose id
is ``.``, ``..``, ``a/b``, ``%``, unicode or very long is exported in every format and read back
by three independent parsers — rdflib, pyoxigraph and rapper (Raptor, from Debian's
raptor2-utils; ``make rapper`` installs it) — each of which must find exactly the IRIs the store
holds. rdflib used to resolve ``…/article/.`` and ``…/article/..`` as dot-segments, so the
Turtle and TriG exports read back as other IRIs."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
import rdflib

from kg_builder.export import export_store
from kg_builder.model import Article, Entity, Event, Extraction, Span
from kg_builder.rdf import article_graph_iri, article_iri, to_triples
from kg_builder.resolve import article_key
from kg_builder.store import EXPORT_FORMATS, open_store

IDS = [".", "..", "...", "a/b", "../x", "%", "%2E", "a b", "#x", "?q=1", "Ünïcødé", "😀 news",
       "tab\there", "[bracket]", "<angle>", '"quote"', "back\\slash", "x" * 3000]

#: the format names of rapper (raptor2) for our export formats; it has no JSON-LD reader
RAPPER = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "ntriples",
          "rdfxml": "rdfxml"}
#: rdflib's format names
RDFLIB = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt",
          "jsonld": "json-ld", "rdfxml": "xml"}


def _extraction(article_id: str) -> Extraction:
    text = "Critics accused Russia of lying."
    group = f"group/{article_key(article_id)}/critics"
    return Extraction(
        article=Article(id=article_id, text=text, title=f"About {article_id}",
                        url="https://example.org/news?id=1", published="2020-06-20"),
        entities=(Entity(key=group, kind="Group", label="Critics"),
                  Entity(key="state/RUS", kind="State", label="Russia", iso2="RU")),
        events=(Event(type="Accusation", agent=group, target="state/RUS",
                      evidence=Span(0, len(text), text), trigger="accused"),),
        words=5)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """format → the export of a store holding one article graph per id in IDS; and the set of
    IRIs the store holds."""
    path = tmp_path_factory.mktemp("iris") / "store"
    with open_store(path) as store:
        for article_id in IDS:
            graph = to_triples(_extraction(article_id))
            store.replace_graphs({str(graph.identifier): graph})
        files = {}
        for fmt in EXPORT_FORMATS:
            buf = io.BytesIO()
            export_store(store, buf, fmt=fmt)
            files[fmt] = buf.getvalue()
    reference = _iris(ox.parse(files["nquads"], ox.RdfFormat.N_QUADS))
    return files, reference, path


def _iris(quads) -> set[str]:
    found = set()
    for quad in quads:
        for term in (quad.subject, quad.predicate, quad.object, getattr(quad, "graph_name", None)):
            if isinstance(term, ox.NamedNode):
                found.add(term.value)
    return found


def test_every_id_is_in_the_reference_export(exported):
    _, reference, _ = exported
    for article_id in IDS:
        assert str(article_graph_iri(article_id)) in reference
        assert str(article_iri(article_id)) in reference


@pytest.mark.parametrize("article_id", IDS, ids=lambda i: repr(i[:20]))
def test_article_iris_are_distinct_absolute_iris(article_id):
    for iri in (article_iri(article_id), article_graph_iri(article_id)):
        ox.NamedNode(str(iri))  # raises if it is not a valid absolute IRI
        assert "/./" not in iri + "/" and "/../" not in iri + "/"
    others = [i for i in IDS if i != article_id]
    assert article_iri(article_id) not in {article_iri(i) for i in others}


def _expected(exported, fmt: str) -> set[str]:
    """The IRIs a parser must find in the export in ``fmt``: all of them, but graph names only
    where the format keeps named graphs."""
    files, reference, _ = exported
    if EXPORT_FORMATS[fmt][1]:
        return reference
    return _iris(ox.parse(files["ntriples"], ox.RdfFormat.N_TRIPLES))


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_rdflib_reads_back_the_same_iris(exported, fmt):
    files, _, _ = exported
    dataset = rdflib.Dataset()
    dataset.parse(data=files[fmt], format=RDFLIB[fmt])
    default = dataset.default_context.identifier
    found = {str(term) for quad in dataset.quads((None, None, None, None)) for term in quad
             if isinstance(term, rdflib.URIRef) and term != default}
    assert found == _expected(exported, fmt)


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_pyoxigraph_reads_back_the_same_iris(exported, fmt):
    files, _, _ = exported
    assert _iris(ox.parse(files[fmt], EXPORT_FORMATS[fmt][0])) == _expected(exported, fmt)


@pytest.mark.skipif(shutil.which("rapper") is None,
                    reason="rapper is not installed and could not be (make rapper: apt-get "
                           "install raptor2-utils)")
@pytest.mark.parametrize("fmt", list(RAPPER))
def test_rapper_reads_back_the_same_iris(exported, fmt, tmp_path):
    files, _, _ = exported
    source = tmp_path / f"export.{fmt}"
    source.write_bytes(files[fmt])
    with_graphs = EXPORT_FORMATS[fmt][1]
    run = subprocess.run(["rapper", "-q", "-i", RAPPER[fmt], "-o", "nquads" if with_graphs
                          else "ntriples", str(source), "https://example.org/base/"],
                         capture_output=True, check=False)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[:2000]
    assert _iris(ox.parse(run.stdout, ox.RdfFormat.N_QUADS)) == _expected(exported, fmt)


@pytest.mark.parametrize(
    ("article_id", "iri"),
    [
        ("000_5095e6f94f9df535", "article/000_5095e6f94f9df535"),  # ordinary ids: as before
        ("bbc-business-001", "article/bbc-business-001"),
        ("story.html", "article/story.html"),
        ("a b/c", "article/a%20b%2Fc"),
        ("%", "article/%25"),
        (".", "article/%2E"),
        ("..", "article/%2E%2E"),
        ("...", "article/%2E%2E%2E"),
        ("Breaking.", "article/Breaking%2E"),
        ("Ünï", "article/%C3%9Cn%C3%AF"),
    ],
)
def test_article_iri_of(article_id, iri):
    assert str(article_iri(article_id)) == "https://w3id.org/kg-builder/id/" + iri


def test_the_key_of_an_id_without_letters_is_the_same_in_every_process():
    """It was ``"x"`` + Python's ``hash()`` of the id, which differs between processes
    (PYTHONHASHSEED), so the groups of an article with id ``.`` got other IRIs on every run."""
    code = "from kg_builder.resolve import article_key; print(article_key('...'))"
    keys = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert len(keys) == 1 and re.fullmatch(r"x[0-9a-f]{8}\n", keys.pop())


@pytest.mark.slow
def test_kg_serve_finds_the_page_of_every_article_iri(exported):
    """kg serve made the IRI of /id/… from Starlette's decoded path, so …/article/a%20b was
    looked up as …/article/a b (and %2E as ".", every non-ASCII name as raw text): 404."""
    from .serve_fixtures import Server

    _, _, path = exported
    server = Server(str(path))
    try:
        for article_id in [".", "..", "a b", "a/b", "Ünïcødé", "😀 news", "%"]:
            local = str(article_iri(article_id))[len("https://w3id.org/kg-builder/id/"):]
            page = server.html(f"/id/{local}")
            assert page.status_code == 200, (article_id, page.status_code)
            assert f"/id/{local}?format=turtle" in page.text  # its RDF links, encoded once
            nt = server.get(f"/id/{local}?format=nt")
            assert nt.status_code == 200
            assert f"<{article_iri(article_id)}>" in nt.text
    finally:
        server.stop()
