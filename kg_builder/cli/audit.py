"""``kg audit``: blind audits of random rows, kept in the repository and re-scored on every build."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import KGError
from .common import StoreOpt, err, fail, out, plain
from .helptext import HelpTyper

__all__ = ["app"]

# --- audit: blind audits of random rows, kept in the repository and re-scored on every build ---

app = HelpTyper(
    name="audit", no_args_is_help=True,
    help="Blind audits: sample random rows of a view for a judge, score the judged sheets, keep "
         "them in the repository and re-score them against new builds.")

ViewOpt = Annotated[str, typer.Option(
    "--view", help="events, accusations (who-accused-whom) or entities.")]
CorpusDirOpt = Annotated[Path | None, typer.Option(
    "--corpus-dir", help="Folder of the corpora: NAME/NAME.jsonl (e.g. ../shared/data).")]


@app.command("sample")
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
    from ..audit import (
        VIEWS,
        Sheet,
        add_context,
        sample_items,
        sentence_splitter,
        view_rows,
        write_judging_sheet,
    )
    from ..corpora import find_articles, read_id_list
    from ..store import open_store

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
        raise fail(exc) from exc
    out.print(f"drew {sample['drawn']} of {sample['rows_in_view']} {view} rows "
              f"({sample['articles_drawn']} of {sample['articles_in_view']} articles) → {output}"
              f"\nkey (what finds each row again; not for the judge): {key}",
              highlight=False)
    if sample["drawn"] < n:
        err.print(f"[yellow]only {sample['drawn']} rows to draw from, not {n}[/yellow]")


@app.command("score")
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
    from ..audit import AuditItem, calibration, read_sheet, score_view
    from ..audit.report import calibration_data, calibration_table, score_data, score_table

    if fmt not in ("table", "json"):
        raise typer.BadParameter("use table or json", param_hint="--format")
    try:
        by_view: dict[str, list[AuditItem]] = {}
        for path in sheets:
            sheet = read_sheet(path)
            by_view.setdefault(sheet.view, []).extend(sheet.items)
    except KGError as exc:
        raise fail(exc) from exc
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


@app.command("keep")
def audit_keep(
    sheet: Annotated[Path, typer.Argument(help="A judged sheet (its key beside it).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="The kept sheet, e.g. tests/data/audit/NAME.csv.")],
) -> None:
    """Strip a judged sheet to the form kept in the repository: article id, sentence offsets,
    the row and its verdict (and the judge's note) — no corpus text."""
    from ..audit import read_sheet, write_kept_sheet

    try:
        judged = read_sheet(sheet)
        write_kept_sheet(judged, output)
    except KGError as exc:
        raise fail(exc) from exc
    unjudged = sum(1 for i in judged.items if i.verdict is None)
    out.print(f"kept {len(judged.items)} {judged.view} rows → {output}"
              + (f" ({unjudged} not judged)" if unjudged else ""), highlight=False)


@app.command("rescore")
def audit_rescore(
    sheets: Annotated[list[Path], typer.Argument(help="Kept (or judged) sheets.")],
    store: StoreOpt = "kg-store",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    calibration_: Annotated[bool, typer.Option(
        "--calibration", help="Also the calibration table of the event rows still present, "
                              "binned by their confidence in the new build (all sheets "
                              "together): does the new confidence mean what it says on rows "
                              "judged before?")] = False,
) -> None:
    """Match every judged row against the store's view: still present (right / wrong), fixed
    (judged wrong, now gone), regression (judged right, now gone), and the precision of the rows
    still present. Exit 1 if there is a regression."""
    from ..audit import PRESENT, REGRESSION, AuditItem, calibration, read_sheet, rescore
    from ..audit.report import calibration_data, calibration_table, rescore_data, rescore_parts
    from ..store import open_store

    if fmt not in ("table", "json"):
        raise typer.BadParameter("use table or json", param_hint="--format")
    try:
        kg_store = open_store(store, read_only=True)
        try:
            reports = [(path, rescore(read_sheet(path), kg_store)) for path in sheets]
        finally:
            kg_store.close()
    except KGError as exc:
        raise fail(exc) from exc
    present = [AuditItem(r.item.view, r.item.number, r.now, r.item.verdict)
               for _, report in reports for r in report.items
               if r.status == PRESENT and r.now is not None and report.view != "entities"]
    bins = calibration(present) if calibration_ else []
    if fmt == "json":
        data: Any = [{"sheet": str(p), **rescore_data(r)} for p, r in reports]
        if calibration_:
            data = {"sheets": data, "calibration": calibration_data(bins, tolerance=0.10)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for path, report in reports:
            title = f"kg audit rescore {path.name} ({report.view})"
            for part in rescore_parts(report, title=title):
                out.print(part, highlight=False)
        if calibration_:
            out.print(calibration_table("the rows still present, by their new confidence",
                                        bins, tolerance=0.10))
    if any(report.count(REGRESSION) for _, report in reports):
        raise typer.Exit(1)


@app.command("articles")
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
    from ..corpora import pick_articles, read_id_list
    from ..errors import InputError

    try:
        lists = read_id_list(ids)
        wanted = lists.get(corpus, lists.get(""))
        if wanted is None:
            raise InputError(f"the id list names no articles of {corpus}", where=str(ids),
                          fix=f"use one of its corpora: {', '.join(sorted(lists))}")
        articles, failures = pick_articles(corpus_dir, corpus, ids=wanted, match=match,
                                           limit=limit, seed=seed)
    except KGError as exc:
        raise fail(exc) from exc
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "title": a.title, "url": a.url,
                                 "published": a.published, "text": a.text},
                                ensure_ascii=False) + "\n")
    for failure in failures:
        err.print(f"[yellow]left out[/yellow] {plain(failure.source)}: {plain(failure.reason)}",
                  highlight=False)
    out.print(f"wrote {len(articles)} of the {len(wanted)} listed {corpus} articles → {output}"
              + (f" ({len(failures)} cannot be built)" if failures else ""), highlight=False)


@app.command("sentences")
def audit_sentences(
    corpus: Annotated[str, typer.Argument(help="Corpus name (DIR/NAME/NAME.jsonl).")],
    article: Annotated[str, typer.Argument(help="Article id.")],
    corpus_dir: Annotated[Path, typer.Option(
        "--corpus-dir", help="Folder of the corpora (e.g. ../shared/data).")],
    model: Annotated[str | None, typer.Option(help="spaCy model (default as for build).")] = None,
) -> None:
    """List an article's sentences with their character offsets (begin, end), split as kg build
    splits them: the "sentence" of the article-level recall gold of kg eval."""
    from ..audit import sentence_splitter
    from ..corpora import read_articles

    try:
        text = read_articles(corpus_dir, {corpus: [article]})[(corpus, article)].text
        spans = sentence_splitter(model=model)(text)
    except KGError as exc:
        raise fail(exc) from exc
    for begin, end in spans:
        print(f"[{begin}, {end}]\t{' '.join(text[begin:end].split())}")


@app.command("calibrate")
def audit_calibrate(
    sheets: Annotated[list[Path], typer.Argument(
        help="Judged or kept events/accusations sheets of DEVELOPMENT articles (never the "
             "held-out ones: those measure the model).")],
    corpus_dir: Annotated[Path, typer.Option(
        "--corpus-dir", help="Folder of the corpora the sheets were drawn from (e.g. "
                             "../shared/data).")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Where to write the model (the bundled one is "
                               "kg_builder/rules/calibration.json). Default: only report.")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model (default as for build).")] = None,
    l2: Annotated[float, typer.Option(
        min=0.0, help="L2 penalty on the weights (3 was best calibrated under cross-validation "
                      "of the first development sheets among 1, 3 and 8).")] = 3.0,
    folds: Annotated[int, typer.Option(min=2, help="Parts of the cross-validation (each a set "
                                                   "of whole articles).")] = 5,
    max_per_sentence: Annotated[int, typer.Option(
        min=1, help="At most this many judged rows of one sentence, drawn at random: the pairs "
                    "of a crowded sentence stand or fall together.")] = 4,
    target: Annotated[float, typer.Option(
        min=0.0, max=1.0, help="Precision the default --min-confidence of kg query must reach (the "
                             "lower end of its 95 % interval).")
    ] = 0.90,
    commit: Annotated[str, typer.Option(help="The commit the sheets were drawn from, recorded "
                                             "in the model.")] = "",
    held_out: Annotated[Path | None, typer.Option(
        "--held-out", help="The held-out id list (tests/data/audit/split.json): a sheet with a "
                           "row of one of its articles is refused.")] = None,
) -> None:
    """Fit the model that turns what is known about an event into its confidence (the chance
    that it is right) on blindly judged rows: the articles are read again, the rows found among
    their events, a logistic model fitted, its calibration measured by cross-validation, and
    the lowest confidence whose rows are right at least --target of the time recorded as the
    default --min-confidence."""
    from ..audit import AuditItem, EventRow, calibration, read_sheet
    from ..audit.calibrate import fit_sheets, read_sheet_articles
    from ..audit.report import calibration_table
    from ..stages import BuildOptions, extract_articles

    try:
        judged = [read_sheet(p) for p in sheets]
        if held_out is not None:
            _refuse_held_out(judged, sheets, held_out)
        articles = read_sheet_articles(judged, corpus_dir)
        failures: list[str] = []
        extractions = list(extract_articles(
            articles, options=BuildOptions(model=model, calibrate=False),
            on_error=lambda f: failures.append(f"{f.source}: {f.reason}")))
        result = fit_sheets(judged, extractions, l2=l2, folds=folds, target=target,
                            max_per_sentence=max_per_sentence,
                            sources=[p.name for p in sheets], commit=commit)
    except KGError as exc:
        raise fail(exc) from exc
    for failure in failures:
        err.print(f"[yellow]left out[/yellow] {plain(failure)}", highlight=False)
    out.print(f"{result.rows} judged rows found again in {len(extractions)} articles and used "
              f"({result.unmatched} no longer read, {result.left_out} beyond "
              f"{max_per_sentence} of one sentence left out); "
              f"{sum(y for _, y in result.held_out)} right", highlight=False)
    items = [AuditItem(view="events", number=i,
                       row=EventRow(article="", begin=0, end=0, event_type="", agent="",
                                    agent_iri="", confidence=p),
                       verdict="right" if ok else "wrong type")
             for i, (p, ok) in enumerate(result.held_out)]
    out.print(calibration_table(f"{folds}-fold cross-validated confidence",
                                calibration(items), tolerance=0.10))
    if result.separation is not None:
        out.print(f"cross-validated: AUC {result.separation.auc:.3f}, log-loss "
                  f"{result.separation.log_loss:.3f}, Brier score {result.separation.brier:.3f}",
                  highlight=False)
    from rich.table import Table

    table = Table(title="rows at or above a confidence (cross-validated)")
    for name in ("confidence \u2265", "rows", "right", "precision"):
        table.add_column(name, justify="right")
    for t in result.thresholds:
        table.add_row(f"{t.at:.2f}", str(t.n), str(t.right), f"{t.precision:.3f}")
    out.print(table)
    out.print("default --min-confidence: "
              + (f"{result.default_threshold:.2f}" if result.default_threshold is not None
                 else f"none (at no threshold are 20 rows or more right {target:.2f} of the "
                      "time by the lower end of their 95 % interval)"),
              highlight=False)
    if output is not None:
        output.write_text(json.dumps(result.model.to_json(), ensure_ascii=False, indent=1)
                          + "\n", encoding="utf-8")
        out.print(f"model → {output}", highlight=False)


def _refuse_held_out(judged: list[Any], paths: list[Path], held_out: Path) -> None:
    """Raise if a judged sheet has a row of a held-out article: those rows measure the model."""
    from ..corpora import read_id_list
    from ..errors import InputError

    ids = {i for group in read_id_list(held_out).values() for i in group}
    for sheet, path in zip(judged, paths, strict=True):
        hits = sorted({i.row.article for i in sheet.items if i.row.article in ids})
        if hits:
            raise InputError(f"{len(hits)} article(s) of the sheet are held out: "
                             + ", ".join(hits[:3]), where=str(path),
                             why="held-out rows measure the calibration; fitting on them "
                                 "would hide how it does on news it was not fitted to",
                             fix="fit on sheets of development articles only")
