"""Property-based tests of the reader (:mod:`kg_builder.sources`) and the mapping of what it
reads: random bytes as ``.txt``, ``.jsonl`` and ``.html`` files, random JSON Lines records and
random HTML. Whatever the input, the reader yields only articles and failures (never raises),
a JSONL failure names its file and line, and every article it lets through maps to RDF terms
that pyoxigraph accepts."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg_builder.fields import iso_date, unicode_problem, web_iri
from kg_builder.model import Article, Extraction, Failure
from kg_builder.rdf import article_graph_iri, to_triples
from kg_builder.sources import check_text, read_inputs
from kg_builder.store.serialize import to_ox_term

from .conftest import examples, ran
from .strategies import html_documents, jsonl_records, nasty_text


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("reader")


def assert_buildable(article: Article) -> None:
    """What the reader promises of every article it yields: an id and text of valid Unicode,
    text the build accepts, optional fields the mapping can write, and a graph of valid terms."""
    assert article.id.strip() and unicode_problem(article.id) is None
    assert unicode_problem(article.text) is None and check_text(article.text) is None
    assert article.title is None or unicode_problem(article.title) is None
    if article.url is not None:
        web_iri(article.url)
    if article.published is not None:
        iso_date(article.published)
    graph = to_triples(Extraction(article=article))
    assert graph.identifier == article_graph_iri(article.id)
    name = ox.NamedNode(str(graph.identifier))
    for s, p, o in graph:
        ox.Quad(to_ox_term(s), to_ox_term(p), to_ox_term(o), name)  # type: ignore[arg-type]


def _read(path) -> list[Article | Failure]:
    items = list(read_inputs([path]))
    for item in items:
        assert isinstance(item, Article | Failure), item
        if isinstance(item, Article):
            assert_buildable(item)
        else:
            assert item.source.startswith(str(path)), item
            assert item.reason.strip()
    return items


_text_bytes = st.one_of(
    st.binary(max_size=300),
    nasty_text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.builds(lambda a, b: a + b, nasty_text(max_size=100).map(lambda t: t.encode("utf-8")),
              st.binary(max_size=8)),
)


@given(suffix=st.sampled_from([".txt", ".text", ".jsonl", ".html", ".htm"]), data=_text_bytes)
@settings(max_examples=examples(ci=400, fuzz=8_000))
def test_random_bytes_give_articles_or_failures_never_an_exception(folder, suffix, data):
    ran("reader: random bytes as .txt/.jsonl/.html")
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    items = _read(path)
    if suffix != ".jsonl":
        assert len(items) == 1  # one file, one article or one failure
    else:
        lines = [n for n, raw in enumerate(data.split(b"\n"), 1) if raw.strip()]
        if b"\x00" in data[:8192]:
            assert len(items) == 1 and isinstance(items[0], Failure)
        else:
            assert [_line(i.source) for i in items] == lines


def _line(source: str) -> int:
    match = re.search(r":(\d+)$", source)
    assert match, f"{source!r} names no line"
    return int(match.group(1))


def _with_lone_surrogate(text: str, at: int) -> str:
    at = at % (len(text) + 1)
    return text[:at] + "\udc80" + text[at:]


_line_kinds = st.one_of(
    jsonl_records().map(lambda r: ("record", r)),
    jsonl_records().map(lambda r: ("record", r)),
    st.sampled_from(["", "   ", "\t", "{", "[1, 2]", '"text"', "null", "{'id': 1}",
                     '{"text": "a"} x', "\ufeff{}"]).map(lambda t: ("raw", t)),
    nasty_text(max_size=20).map(lambda t: ("raw", t)),
)


@given(lines=st.lists(st.tuples(_line_kinds, st.booleans(), st.integers(0, 10_000),
                                st.integers(0, 5)), min_size=1, max_size=6))
@settings(max_examples=examples(ci=400, fuzz=6_000))
def test_each_jsonl_line_is_one_article_or_one_failure_naming_it(folder, lines):
    """Random records (fields missing, of other types, holding controls, lone surrogates, bad
    urls and dates), malformed lines and blank ones: one item per non-blank line, in order,
    named by its line; an article keeps the record's id and text."""
    ran("reader: random JSON Lines records")
    path = folder / "records.jsonl"
    encoded: list[bytes] = []
    expected: dict[int, dict[str, object] | None] = {}
    for number, ((kind, value), ascii_only, at, spoil) in enumerate(lines, 1):
        if kind == "raw":
            raw = value.encode("utf-8")
            record = None
        else:
            record = dict(value)
            if spoil == 0 and isinstance(record.get("text"), str):  # a lone surrogate
                record["text"] = _with_lone_surrogate(record["text"], at)
            raw = json.dumps(record, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
        encoded.append(raw.replace(b"\n", b" "))
        if raw.replace(b"\n", b" ").strip():
            expected[number] = record
    path.write_bytes(b"\n".join(encoded))
    items = _read(path)
    if b"\x00" in path.read_bytes()[:8192]:  # a NUL byte: binary, not JSON Lines
        assert len(items) == 1 and isinstance(items[0], Failure) and "NUL" in items[0].reason
        return
    assert [_line(i.source) for i in items] == list(expected)
    for item, (number, record) in zip(items, expected.items(), strict=True):
        assert item.source == f"{path}:{number}"
        if record is None or isinstance(item, Failure):
            continue
        assert isinstance(record.get("id", ""), str), "a non-string id must fail the line"
        assert item.text == record["text"]
        if isinstance(record.get("id"), str):
            assert item.id == record["id"].strip()
        if item.title is not None:
            assert item.title == str(record["title"]).strip()


@given(markup=html_documents())
@settings(max_examples=examples(ci=200, fuzz=2_500))
def test_random_html_gives_an_article_or_a_failure(folder, markup):
    ran("reader: random HTML")
    path = folder / "page.html"
    path.write_text(markup, encoding="utf-8")
    (item,) = _read(path)
    if isinstance(item, Article):
        assert item.id == "page"
