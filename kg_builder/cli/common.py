"""What the commands of ``kg`` share: the consoles, the store option, turning errors into exits."""

from __future__ import annotations

import os
import re
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import KGError

__all__ = ["StoreOpt", "console", "err", "fail", "fit_output", "json_safe", "out", "plain", "printable"]



def console(**options: Any) -> Console:
    """A Rich console as ``kg`` prints with: soft-wrapped lines and no emoji codes, so a value
    that holds one (an article id ``a:v:1``, a reason quoting ``:smile:``) is printed as it is,
    not as a picture. ``options`` go to :class:`rich.console.Console`."""
    return Console(soft_wrap=True, emoji=False, **options)


out = console()
err = console(stderr=True)

#: columns a table may take when stdout is not a terminal: as wide as its rows (a pipe or a file
#: has no width; Rich would otherwise wrap every cell at 80 columns)
PIPE_WIDTH = 1_000_000


def fit_output() -> None:
    """Tables on stdout take the terminal's width, or, when stdout is piped or redirected (and
    ``COLUMNS`` does not say otherwise), as many columns as their rows need."""
    wide = not out.is_terminal and not os.environ.get("COLUMNS")
    out.width = PIPE_WIDTH if wide else None  # type: ignore[assignment]

StoreOpt = Annotated[str, typer.Option(
    "--store", "-s", help="Store folder (embedded Oxigraph) or http(s) URL of a SPARQL 1.1 server.")]


def fail(exc: KGError, code: int = 2) -> typer.Exit:
    """Print ``exc``'s message (what happened, why, what to do) and exit with ``code``."""
    err.print(f"[red]error[/red] {plain(exc.message)}", highlight=False)
    return typer.Exit(code)


#: what a terminal could act on: control characters but tab and line feed (ESC starts escape
#: sequences, CR overwrites the line), DEL, the C1 controls (U+009B is a one-character CSI), lone
#: surrogates, and the bidirectional overrides that reorder what is shown
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def printable(value: str) -> str:
    """``value`` with what a terminal could act on shown as an escape (``\\x1b``, ``\\r``,
    ``\\u202e``); text, tabs and line breaks unchanged."""
    return _UNSAFE.sub(lambda m: ascii(m.group())[1:-1], value)


#: a tag that a value opens and does not close: the text after the value would close it
_OPEN_TAG = re.compile(r"(\\*)\[([a-z#/@][^\[\]]*)$")


def plain(value: str) -> str:
    """``value`` for a Rich message: :func:`printable`, and square brackets that are text, not
    markup — also a ``[`` that opens a tag the value does not close (``]0[a``), which the text
    after it would close (``[a: ]``) and Rich would take as markup."""
    text = escape(printable(value))
    return _OPEN_TAG.sub(lambda m: m.group(1) * 2 + "\\[" + m.group(2), text)


def json_safe(text: str) -> str:
    """JSON text with the characters of :func:`printable` written as ``\\uXXXX`` escapes
    (JSON encoders leave DEL, C1 controls and bidi overrides raw): the same JSON value."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
