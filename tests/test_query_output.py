"""``kg query`` output of values that come from article text (issue 17, item 8): terminal control
characters and escape sequences are shown escaped in the table, CSV and TSV output, square
brackets are text (not Rich markup), and JSON keeps the exact values as valid JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from kg_builder.cli import app
from kg_builder.cli.common import printable
from kg_builder.store import open_store

runner = CliRunner()

#: what an article's text may hold: colour and cursor escapes, a terminal title, CR overwriting
#: the line, BEL, DEL, a C1 CSI, a bidi override, and Rich markup (including a bad closing tag)
NASTY = ("Red \x1b[31malert\x1b[0m \x1b]0;pwned\x07 fake\rline \x7f \x9b2J "
         "\u202eevil [bold]loud[/bold] [/x] tab\there")
QUERY = "SELECT ?text WHERE { GRAPH ?g { ?s <https://example.org/text> ?text } }"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("nasty") / "store"
    graph = Graph(identifier=URIRef("https://example.org/g"))
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/text"),
               Literal(NASTY)))
    with open_store(path) as kg_store:
        kg_store.replace_graphs({"https://example.org/g": graph})
    return path


def _query(store, fmt: str) -> str:
    result = runner.invoke(app, ["query", QUERY, "--store", str(store), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv"])
def test_control_characters_are_shown_escaped(store, fmt):
    output = _query(store, fmt)
    for raw in ("\x1b", "\x07", "\r", "\x7f", "\x9b", "\u202e"):
        assert raw not in output
    for shown in (r"\x1b[31malert", r"\x1b]0;pwned\x07", r"fake\rline", r"\x7f", r"\x9b2J",
                  r"\u202eevil"):
        assert shown in output


def test_brackets_in_a_table_value_are_text_not_markup(store):
    assert "[bold]loud[/bold] [/x]" in _query(store, "table")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_and_tsv_stay_valid(store, fmt):
    rows = list(csv.reader(io.StringIO(_query(store, fmt)),
                           delimiter="," if fmt == "csv" else "\t"))
    assert rows == [["text"], [printable(NASTY)]]
    assert "tab\there" in rows[1][0]  # a tab is text, kept (the writer quotes the field)


def test_json_keeps_the_exact_value_and_escapes_it(store):
    output = _query(store, "json")
    for raw in ("\x1b", "\x07", "\r", "\x7f", "\x9b", "\u202e"):
        assert raw not in output
    assert json.loads(output) == [{"text": NASTY}]


@pytest.mark.parametrize("value", ["]0[a", "news[link=https://evil.example", "x[bold", "[/"])
def test_a_value_that_opens_a_tag_does_not_take_the_text_after_it_as_markup(value):
    """Found by the property-based tests (tests/fuzz): Rich's escape leaves a '[' that opens a
    tag the value does not close; the text after the value closed it ('[a: ]'), and the message
    lost that text (or styled or linked the rest)."""
    from rich.console import Console

    from kg_builder.cli.common import plain

    buf = io.StringIO()
    Console(file=buf, width=500, color_system=None).print(
        f"[red]failed[/red] {plain(value)}: {plain(value)} ]", highlight=False)
    assert buf.getvalue() == f"failed {value}: {value} ]\n"


@pytest.mark.parametrize("value", ["\u2028", "a\u2029b", "x\x85y", "line\u2028  break"])
def test_json_rows_keep_line_separators_in_values(value):
    """Regression (found by make fuzz): the streamed JSON indented each row with
    textwrap.indent, which also breaks lines at U+2028/U+2029/NEL inside a value and so put two
    spaces into it ('\\u2028' read back as '\\u2028  ')."""
    from kg_builder.cli.rows import row_writer
    from rich.console import Console

    out = io.StringIO()
    writer = row_writer("json", out, console=Console(file=io.StringIO()))
    writer.header(["v"])
    writer.row([value])
    writer.row([value])
    writer.end()
    assert json.loads(out.getvalue()) == [{"v": value}, {"v": value}]
