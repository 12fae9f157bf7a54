"""``kg ontology``: check the OWL ontology with HermiT, export it, document it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import KGError
from .common import err, fail, out
from .helptext import HelpTyper

__all__ = ["app"]

# --- ontology: HermiT check, export, documentation; reason: materialise inferences ------------

app = HelpTyper(name="ontology", no_args_is_help=True,
                           help="Check, export and document the OWL ontology (ontology/*.ttl).")


@app.command("check")
def ontology_check() -> None:
    """HermiT consistency check + terms used but not declared. Exit 0 ok, 1 problems, 2 error."""
    from ..owl import check_ontology

    try:
        report = check_ontology()
    except KGError as exc:
        raise fail(exc) from exc
    out.print(f"classes {report.classes}, object properties {report.object_properties}, "
              f"datatype properties {report.datatype_properties}, annotation properties "
              f"{report.annotation_properties}, SHACL shapes {report.shapes}")
    out.print(f"HermiT ({report.java}): {report.seconds:.2f} s, "
              + ("[green]consistent[/green]" if report.consistent else "[red]inconsistent[/red]"))
    for iri in report.unsatisfiable:
        out.print(f"[red]unsatisfiable class[/red] {iri}", highlight=False)
    for iri, places in report.undeclared.items():
        out.print(f"[red]used but not declared in kg.ttl[/red] {iri}\n    used in: "
                  + ", ".join(places), highlight=False)
    if not report.ok:
        raise typer.Exit(1)
    out.print("[green]ok[/green]")


@app.command("export")
def ontology_export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="turtle (ttl), rdfxml (xml, rdf, owl) or owlxml (owx: OWL/XML, written by horned-owl).")] = "turtle",
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="File to write ('-' for stdout).")] = Path("-"),
) -> None:
    """Export kg.ttl + alignment.ttl as one ontology (rdfxml and owlxml open in Protégé)."""
    from ..owl import export_ontology

    try:
        if str(output) == "-":
            export_ontology(sys.stdout.buffer, fmt=fmt)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            with output.open("wb") as fh:
                export_ontology(fh, fmt=fmt)
    except KGError as exc:
        raise fail(exc) from exc
    if str(output) != "-":
        err.print(f"wrote {output}")


@app.command("docs")
def ontology_docs(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Markdown file to write ('-' for stdout).")] = Path("-"),
) -> None:
    """Write the ontology reference (Markdown), generated from ontology/*.ttl."""
    from ..ontology_docs import render_markdown

    try:
        text = render_markdown()
    except KGError as exc:
        raise fail(exc) from exc
    if str(output) == "-":
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    err.print(f"wrote {output}")
