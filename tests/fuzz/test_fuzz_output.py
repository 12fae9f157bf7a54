"""Property-based tests of escaped output (issue 17, item 8): random values — escape sequences,
carriage returns, C1 controls, bidi overrides, lone surrogates, Rich markup — through every
format of ``kg query`` and through the messages of ``kg build``. Table, CSV and TSV hold
nothing a terminal would act on and read back as the shown values; JSON reads back as the exact
values."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rich.console import Console

from kg_builder.cli.common import _UNSAFE, console, plain, printable
from kg_builder.cli.rows import row_writer

from .conftest import examples, ran
from .strategies import NASTY

cells = st.none() | st.text(st.sampled_from(NASTY + "\ud800\udfff[/]ab \t\n") |
                            st.characters(), max_size=20)
answers = st.integers(1, 4).flatmap(lambda n: st.tuples(
    st.lists(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), min_size=n, max_size=n,
             unique=True),
    st.lists(st.lists(cells, min_size=n, max_size=n), max_size=5)))


def _console(buf: io.StringIO) -> Console:
    return console(file=buf, width=120, force_terminal=True, color_system=None)


@given(fmt=st.sampled_from(["table", "csv", "tsv", "json"]), answer=answers)
@settings(max_examples=examples(ci=300, fuzz=4_000))
def test_query_output_is_terminal_safe_and_reads_back(fmt, answer):
    ran("output: random values through table/csv/tsv/json")
    columns, rows = answer
    buf = io.StringIO()
    writer = row_writer(fmt, buf, console=_console(buf))
    writer.header(columns)
    for row in rows:
        writer.row(row)
    writer.end()
    text = buf.getvalue()
    assert not _UNSAFE.search(text), repr(_UNSAFE.search(text))
    if fmt == "json":
        assert json.loads(text) == [dict(zip(columns, row, strict=True)) for row in rows]
    elif fmt in ("csv", "tsv"):
        back = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
        assert back == [columns] + [["" if v is None else printable(v) for v in row]
                                    for row in rows]


@given(value=cells.filter(lambda v: v is not None and "\\" not in v))
@example(value=":V:")  # an emoji code: Rich's default console printed it as a picture
@settings(max_examples=examples(ci=150, fuzz=3_000))
def test_a_message_shows_any_value_as_text(value):
    """What kg build prints of a failure or warning (ids, sources, reasons quote article
    values): no markup error, nothing a terminal acts on, and the value's text is there.
    (Without backslashes: Rich's escape doubles one before a tag or at the end, as it did.)"""
    ran("output: random values in kg's messages")
    buf = io.StringIO()
    shown = console(file=buf, width=10_000, force_terminal=True, color_system=None)
    shown.print(f"[red]failed[/red] {plain(value)}: {plain(value)}", highlight=False)
    text = buf.getvalue()
    assert not _UNSAFE.search(text)
    assert "".join(printable(value).split()) in "".join(text.split())  # Rich expands tabs
