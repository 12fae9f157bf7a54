"""What the commands of ``kg`` share: the consoles, the store option, turning errors into exits."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from ..errors import KGError

__all__ = ["StoreOpt", "err", "fail", "out"]

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[str, typer.Option(
    "--store", "-s", help="Store folder (embedded Oxigraph) or http(s) URL of a SPARQL 1.1 server.")]


def fail(exc: KGError, code: int = 2) -> typer.Exit:
    """Print ``exc``'s message (what happened, why, what to do) and exit with ``code``."""
    err.print(f"[red]error[/red] {exc.message}", highlight=False)
    return typer.Exit(code)
