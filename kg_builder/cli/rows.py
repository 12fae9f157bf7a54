"""The rows of ``kg query`` written as they come: CSV, TSV and JSON stream row by row; the table
needs every row for its column widths, so it holds them (at most :data:`TABLE_ROWS` unless
``--max-rows`` says otherwise) and prints them at the end. Values come from article text: what a
terminal could act on (escape sequences, CR, C1 controls) is shown escaped in the table, CSV and
TSV; JSON keeps the same values, written as ``\\u`` escapes."""

from __future__ import annotations

import csv
import json
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .common import json_safe, printable

__all__ = ["FORMATS", "TABLE_ROWS", "RowWriter", "rdf_writer", "row_writer"]

FORMATS = ("table", "csv", "tsv", "json")
#: rows the table format holds unless ``--max-rows`` says otherwise
TABLE_ROWS = 1_000

Row = list[str | None]


class RowWriter:
    """Writes a header, rows one at a time, and an end; :meth:`end` also closes a cut answer
    (the JSON array is closed, so what was written stays valid)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.rows = 0

    def header(self, columns: list[str]) -> None:
        """Called once, before the rows."""

    def row(self, row: Row) -> None:
        self.rows += 1

    def end(self) -> None:
        self.out.flush()


class _Delimited(RowWriter):
    def __init__(self, out: TextIO, *, delimiter: str) -> None:
        super().__init__(out)
        self._csv = csv.writer(out, delimiter=delimiter, lineterminator="\n")

    def header(self, columns: list[str]) -> None:
        self._csv.writerow(columns)
        self.out.flush()

    def row(self, row: Row) -> None:
        super().row(row)
        self._csv.writerow(["" if v is None else printable(v) for v in row])
        if self.rows % 1000 == 0:
            self.out.flush()


class _Json(RowWriter):
    """An array of objects keyed by column, written element by element (the text is what
    ``json.dumps(rows, indent=2)`` gives)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self._columns: list[str] = []

    def header(self, columns: list[str]) -> None:
        self._columns = columns

    def row(self, row: Row) -> None:
        item = json_safe(json.dumps(dict(zip(self._columns, row, strict=True)),
                                    ensure_ascii=False, indent=2))
        # indent at json.dumps' own line breaks only: textwrap.indent would also break at a
        # U+2028 inside a value (str.splitlines does) and put spaces into the value
        self.out.write(("[\n" if not self.rows else ",\n") + "  " + item.replace("\n", "\n  "))
        super().row(row)
        if self.rows % 1000 == 0:
            self.out.flush()

    def end(self) -> None:
        self.out.write("\n]\n" if self.rows else "[]\n")
        super().end()


class _Table(RowWriter):
    def __init__(self, out: TextIO, console: Console) -> None:
        super().__init__(out)
        self._console = console
        self._table: Table | None = None

    def header(self, columns: list[str]) -> None:
        self._table = Table(*columns, show_lines=False)

    def row(self, row: Row) -> None:
        super().row(row)
        assert self._table is not None
        # Text: brackets in a value are text, not Rich markup
        self._table.add_row(*[Text("" if v is None else printable(v)) for v in row])

    def end(self) -> None:
        if self._table is not None:
            self._console.print(self._table)


class _Rdf(RowWriter):
    """The triples of a CONSTRUCT or DESCRIBE (rows of N-Triples terms) in an RDF format:
    N-Triples line by line as they come; the others need the whole graph (Turtle is the
    readable Turtle of ``kg export``), so they are written at the end."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        super().__init__(out)
        self._fmt = fmt
        self._lines: list[str] = []

    def row(self, row: Row) -> None:
        super().row(row)
        line = f"{row[0]} {row[1]} {row[2]} .\n"
        if self._fmt == "ntriples":
            self.out.write(line)
        else:
            self._lines.append(line)

    def end(self) -> None:
        if self._fmt != "ntriples":
            import pyoxigraph as ox

            from ..prefixes import PREFIXES
            from ..store import EXPORT_FORMATS

            self.out.flush()
            triples = ox.parse("".join(self._lines).encode("utf-8"), ox.RdfFormat.N_TRIPLES)
            binary = self.out.buffer  # type: ignore[attr-defined]
            if self._fmt == "turtle":
                from ..readable import write_turtle

                write_turtle(triples, binary, prefixes=PREFIXES)
            else:
                ox.serialize(triples, binary, EXPORT_FORMATS[self._fmt][0])
            binary.flush()
        super().end()


def rdf_writer(fmt: str, out: TextIO) -> RowWriter:
    """The writer of a CONSTRUCT's or DESCRIBE's triples in the export format ``fmt`` (one
    that holds no named graphs: turtle, ntriples, jsonld, rdfxml)."""
    return _Rdf(out, fmt)


def row_writer(fmt: str, out: TextIO, *, console: Console) -> RowWriter:
    """The writer for ``fmt`` (one of :data:`FORMATS`); the table prints through ``console``."""
    if fmt == "json":
        return _Json(out)
    if fmt in ("csv", "tsv"):
        return _Delimited(out, delimiter="," if fmt == "csv" else "\t")
    return _Table(out, console)
