"""Per-record isolation (issue 17, item 1): one bad article — a bad field, a lone surrogate, an
``id`` that is no string, an exception while parsing, mapping or storing it — is that article's
failure (or, for an optional field, a warning), never the end of the build; and ``kg`` ends with
a documented exit status, never with a bare traceback."""

from __future__ import annotations

import doctest
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg_builder.fields
from kg_builder.model import Article, Entity, Event, Extraction, Failure, Span
from kg_builder.sources import read_inputs

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg_builder"]

#: the four lines of the issue: a url with "[ ]", a good line, a lone surrogate, a numeric id
ISSUE_LINES = [
    r'{"id":"a1","text":"Russia accused Ukraine of shelling the city of Donetsk on Monday.",'
    r'"url":"http://x/[ ]"}',
    r'{"id":"a2","text":"France accused Germany of lying about the budget on Monday in Paris."}',
    r'{"id":"a3","text":"Chile accused Peru of cheating \ud800 in the match."}',
    r'{"id":7,"text":"Spain accused Italy of cheating in the vote on Monday."}',
]
TEXT = "Spain accused Italy of cheating in the vote on Monday."


def _read_lines(tmp_path, *lines: str) -> list[Article | Failure]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_inputs([path]))


def test_fields_doctests():
    assert doctest.testmod(kg_builder.fields).failed == 0


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        ('"id": 7', "'id' must be a string, not a number (7)"),
        ('"id": 7.5', "'id' must be a string, not a number (7.5)"),
        ('"id": ["a", "b"]', "'id' must be a string, not a list"),
        ('"id": true', "'id' must be a string, not a boolean (true)"),
        ('"id": null', "'id' must be a string, not null"),
        ('"id": {"x": 1}', "'id' must be a string, not an object"),
        ('"id": "   "', "'id' is empty"),
        (r'"id": "a\ud800b"', r"the id a\ud800b holds a lone surrogate \ud800 at character 2"),
        (r'"id": "ok", "text": "Lone \udc80 here. ' + TEXT + '"',
         r"the text holds a lone surrogate \udc80 at character 6"),
    ],
)
def test_a_bad_id_or_text_fails_that_article_only(tmp_path, field, reason):
    good = json.dumps({"id": "good", "text": TEXT})
    bad = "{" + field + (', "text": "' + TEXT + '"' if '"text"' not in field else "") + "}"
    items = _read_lines(tmp_path, bad, good)
    assert len(items) == 2
    failure, article = items
    assert isinstance(failure, Failure), failure
    assert failure.source == f"{tmp_path / 'in.jsonl'}:1"
    assert reason in failure.reason
    assert isinstance(article, Article) and article.id == "good"


@pytest.mark.parametrize(("published", "kept"), [
    ("2020-06-20", "2020-06-20"),
    ("2020-06-20 10:30:00.500+00:00", "2020-06-20T10:30:00.5Z"),
    ("26-FEB-1987 17:42:11.10", "1987-02-26T17:42:11.1"),     # Reuters-21578's "date"
    ("5-MAR-1987", "1987-03-05"),
    # Reuters-21578 leaves escaped control characters and a routing code after 297 dates, two
    # spaces before the time of some, and a comment after one
    ("27-MAR-1987 09:56:30.03&#5;&#5;&#5;F A", "1987-03-27T09:56:30.03"),
    ("3-MAR-1987  09:15:05.40", "1987-03-03T09:15:05.4"),
    ("9-APR-1987 00:00:00.00    # date added by S Finch as guesswork", "1987-04-09T00:00:00"),
    ("Sat, 05 Dec 2026 10:00:00 GMT", "2026-12-05T10:00:00Z"),  # RSS pubDate (RFC 2822)
    ("05 Dec 2026 10:00 -0500", "2026-12-05T10:00:00-05:00"),
])
def test_a_date_in_a_form_news_sources_use_is_kept_in_iso_8601(tmp_path, published, kept):
    (article,) = _read_lines(tmp_path, json.dumps({"id": "a", "text": TEXT,
                                                   "published": published}))
    assert isinstance(article, Article) and not article.warnings
    assert article.published == kept


@pytest.mark.parametrize(("published", "why"), [
    ("03/04/2020", "not an ISO 8601 date"),          # 3 April or March 4: refused
    ("31-FEB-1987", "not a real date"),
    ("31-MAR-1987 605:12:19.12", "not an ISO 8601 date"),
    ("27-MAR-1987 09:56&#65;", "not an ISO 8601 date"),  # a printable character is no trailer
    ("Sat, 05 Dec 2026 10:00:00 CEST", "time zone is unknown"),
])
def test_an_ambiguous_or_impossible_date_is_dropped(tmp_path, published, why):
    (article,) = _read_lines(tmp_path, json.dumps({"id": "a", "text": TEXT,
                                                   "published": published}))
    assert article.published is None and why in article.warnings[0]


@pytest.mark.parametrize(
    ("extra", "dropped", "warning"),
    [
        ({"url": "www.example.org/x"}, "url",
         "the url www.example.org/x is not usable: it has no scheme"),
        ({"url": "http://x/%zz"}, "url", "Invalid IRI percent encoding"),
        ({"url": "http:///nohost"}, "url", "it has no host"),
        ({"url": 42}, "url", "'url' must be a string, not a number"),
        ({"published": "2020-13-45"}, "published",
         "the date 2020-13-45 is not usable: it is not a real date"),
        ({"published": "June 20, 2020"}, "published", "not an ISO 8601 date"),
        ({"date": "2020-02-30"}, "published", "it is not a real date"),
        ({"title": 123}, "title", "'title' must be a string, not a number"),
        ({"title": "Bad \udc80 title"}, "title", r"the title holds a lone surrogate \udc80"),
    ],
)
def test_a_bad_optional_field_is_dropped_with_a_warning(tmp_path, extra, dropped, warning):
    (article,) = _read_lines(tmp_path, json.dumps({"id": "a", "text": TEXT, **extra}))
    assert isinstance(article, Article)
    assert getattr(article, dropped) is None
    assert len(article.warnings) == 1 and warning in article.warnings[0]
    assert "dropped" in article.warnings[0]


@pytest.mark.parametrize(
    ("url", "iri"),
    [
        ("http://x/[ ]", "http://x/%5B%20%5D"),
        ("https://example.org/a?b[]=1#c", "https://example.org/a?b%5B%5D=1#c"),
        ("http://[::1]:8080/a b", "http://[::1]:8080/a%20b"),
        ("https://example.org/news/ü", "https://example.org/news/%C3%BC"),
        ("https://example.org/a1", "https://example.org/a1"),  # unchanged, as it always was
    ],
)
def test_a_url_the_reader_keeps_maps_to_a_valid_iri(tmp_path, url, iri):
    import pyoxigraph as ox
    from rdflib.namespace import SDO

    from kg_builder.rdf import to_triples

    (article,) = _read_lines(tmp_path, json.dumps({"id": "a", "text": TEXT, "url": url}))
    assert isinstance(article, Article) and article.url == url and article.warnings == ()
    graph = to_triples(Extraction(article=article))
    (value,) = [o for _, p, o in graph if p == SDO.url]
    assert str(value) == iri
    ox.NamedNode(str(value))


def test_the_good_lines_of_the_issue_are_read(tmp_path):
    items = _read_lines(tmp_path, *ISSUE_LINES)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Failure", "Failure"]
    assert [i.source.rsplit(":", 1)[1] for i in items] == ["1", "2", "3", "4"]
    assert items[2].article_id == "a3" and "lone surrogate" in items[2].reason
    assert "'id' must be a string" in items[3].reason


def test_a_file_name_that_is_not_utf8_fails_that_file(tmp_path):
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text(TEXT, encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    failures = [i for i in items if isinstance(i, Failure)]
    assert [i.id for i in items if isinstance(i, Article)] == ["ok"]
    assert len(failures) == 1 and r"lone surrogate \udcff" in failures[0].reason


def _extraction(article_id: str, agent: str = "state/ESP") -> Extraction:
    return Extraction(
        article=Article(id=article_id, text=TEXT, source=f"lib:{article_id}"),
        entities=(Entity(key="state/ESP", kind="State", label="Spain", iso2="ES"),
                  Entity(key="state/ITA", kind="State", label="Italy", iso2="IT")),
        events=(Event(type="Accusation", agent=agent, target="state/ITA",
                      evidence=Span(0, len(TEXT), TEXT), trigger="accused"),),
        words=10)


def test_an_article_that_cannot_be_mapped_fails_alone():
    """A library caller's extraction whose entity key is not valid Unicode: mapping it raises;
    the batch's other article is still mapped and validated."""
    from kg_builder.pipeline import _graphs_for_batch
    from kg_builder.stages import STAGES

    failures: list[Failure] = []
    built = _graphs_for_batch([_extraction("bad", agent="state/E\ud800"), _extraction("good")],
                              validate=True, timings=dict.fromkeys(STAGES, 0.0),
                              fail=failures.append)
    assert built[0] is None and built[1] is not None
    assert built[1][1].article_id == "good" and not built[1][1].quarantined
    (failure,) = failures
    assert (failure.source, failure.article_id) == ("lib:bad", "bad")
    assert failure.reason.startswith("mapping to RDF failed: UnicodeEncodeError")


@pytest.mark.slow
@pytest.mark.parametrize("where", ["here", "worker processes"])
def test_an_article_spacy_cannot_parse_fails_alone(nlp, where):
    """Articles made by a library caller (not read by kg_builder.sources): spaCy raises on a
    lone surrogate; that article is a failure, the others are extracted, in this process and on
    worker processes (kg build --workers)."""
    from kg_builder.parallel import extract_in_processes
    from kg_builder.stages import BuildOptions, extract_articles

    articles = [Article(id="a2", text=TEXT, source="x:2"),
                Article(id="a3", text="Chile accused Peru of cheating \ud800 in the match.",
                        source="x:3"),
                Article(id="a4", text="France accused Germany of lying.", source="x:4")]
    failures: list[Failure] = []
    if where == "here":
        got = list(extract_articles(articles, options=BuildOptions(), on_error=failures.append,
                                    nlp=nlp))
    else:
        got = list(extract_in_processes(articles, options=BuildOptions(workers=1),
                                        on_error=failures.append))
    assert [e.article.id for e in got] == ["a2", "a4"]
    assert all(e.events for e in got)
    (failure,) = failures
    assert (failure.source, failure.article_id) == ("x:3", "a3")
    assert failure.reason.startswith("parsing failed: UnicodeEncodeError")


def _kg(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, check=False,
                          env={**os.environ, **(env or {})}, timeout=600)


@pytest.mark.slow
def test_kg_build_of_the_issue_lines_builds_the_good_ones(tmp_path):
    (tmp_path / "in.jsonl").write_text("\n".join(ISSUE_LINES) + "\n" + json.dumps(
        {"id": "a5", "text": TEXT, "url": "www.example.org/x", "published": "2020-13-45",
         "title": "bad \udc80 title"}) + "\n", encoding="utf-8")
    run = _kg("build", "in.jsonl", "--store", "st", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr
    assert re.search(r"│ built\s+│ 3\s+│", run.stdout), run.stdout
    assert re.search(r"│ failed\s+│ 2\s+│", run.stdout)
    assert re.search(r"│ fields dropped\s+│ 3\s+│", run.stdout)
    assert r"failed in.jsonl:3: the text holds a lone surrogate \ud800" in run.stderr
    assert "failed in.jsonl:4: 'id' must be a string, not a number (7)" in run.stderr
    for field in ("title", "url", "date"):
        assert re.search(rf"warning a5: .*the {field} was dropped", run.stderr), run.stderr
    urls = _kg("query", "SELECT ?u WHERE { GRAPH ?g { ?a <https://schema.org/url> ?u } }",
               "--store", "st", "--format", "csv", cwd=tmp_path)
    assert urls.returncode == 0 and urls.stdout.splitlines() == ["u", "http://x/%5B%20%5D"]


_CRASH = """
import sys
import kg_builder.pipeline
from kg_builder.cli import app

def broken(*args, **kwargs):
    raise RuntimeError("a bug in the build")

kg_builder.pipeline.build = broken
app(prog_name="kg", args=sys.argv[1:])
"""


@pytest.mark.parametrize("debug", ["", "1"])
def test_an_internal_error_exits_3_with_a_paragraph_and_the_traceback_in_a_file(tmp_path, debug):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _CRASH, "build", "a.txt", "--store", "st"],
                         cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300,
                         env={**os.environ, "KG_DEBUG": debug, "TMPDIR": str(tmp_path)})
    assert run.returncode == 3, run.stderr
    message = run.stderr.strip().splitlines()[-1]
    assert message.startswith("internal error: kg build a.txt --store st stopped on an "
                              "unexpected RuntimeError: a bug in the build. This is a bug")
    (trace,) = tmp_path.glob("kg-internal-error-*.txt")
    assert str(trace) in message and "KG_DEBUG=1" in message
    trace_text = trace.read_text(encoding="utf-8")
    assert "in broken\nRuntimeError: a bug in the build" in trace_text
    assert "kg_builder/cli/__init__.py" in trace_text  # the frames down from the command
    assert ("Traceback (most recent call last)" in run.stderr) == bool(debug)


def test_kg_help_documents_the_exit_codes():
    run = subprocess.run([*KG, "--help"], capture_output=True, text=True, check=False,
                         env={**os.environ, "COLUMNS": "200"})
    assert run.returncode == 0
    text = " ".join(run.stdout.split())
    assert "Exit status: 0 success; 1 some articles failed" in text
    assert "2 usage, setup or store error; 3 internal error" in text


def test_kg_validate_of_an_ill_typed_date_reports_it_without_a_traceback(tmp_path):
    """Builds before the date check wrote "2020-13-45"^^xsd:date; rdflib logged a traceback for
    it on every kg validate. The article is reported as not conforming, by its IRI."""
    from rdflib import DCTERMS, XSD, Literal

    from kg_builder.pipeline import ensure_ontology
    from kg_builder.rdf import article_iri, to_triples
    from kg_builder.store import open_store

    old = to_triples(_extraction("old")).graph()
    old.add((article_iri("old"), DCTERMS.issued, Literal("2020-13-45", datatype=XSD.date)))
    good = to_triples(_extraction("good")).graph()
    with open_store(tmp_path / "st") as store:
        ensure_ontology(store)
        store.replace_graphs({str(old.identifier): old, str(good.identifier): good})
    run = _kg("validate", "--store", "st", cwd=tmp_path)  # a process: pytest captures logging
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "Failed to convert" not in run.stderr
    text = " ".join(run.stdout.split())
    assert "does not conform old" in text
    assert 'Value Node: Literal("2020-13-45", datatype=xsd:date)' in text


@pytest.mark.parametrize(("article_id", "shown"), [
    ("[/x]", "no article '[/x]'"),  # Rich markup: was a MarkupError traceback
    ("\x1b]0;pwned\x07", r"no article '\x1b]0;pwned\x07'"),  # a terminal title escape
])
def test_kg_remove_shows_the_id_it_did_not_find_as_text(tmp_path, article_id, shown):
    from typer.testing import CliRunner

    from kg_builder.cli import app

    result = CliRunner().invoke(app, ["remove", article_id, "--store", str(tmp_path / "st")])
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert shown in " ".join(result.output.split())
    assert "\x1b" not in result.output
