"""Audit sheets on disk: the judging sheet with its key, and the kept sheet of the repository.

``kg audit sample`` writes two files:

- the **judging sheet** (``NAME.csv``), all a blind judge sees: for event rows ``row, article,
  sentence, agent, event, meaning, target, stated, verdict, note``; for entity rows ``row,
  article, label, type, meaning, mentions, sentence, verdict, note``. ``event``/``type`` is the
  ontology class's label, ``meaning`` its definition in plain words, ``stated`` how the text
  states the event (as a fact, negated, hedged, reported by someone). Never the rule or trigger
  word that produced the row, nor its confidence. It holds corpus text: keep it out of the
  repository (e.g. under ``out/``).
- the **key** (``NAME.key.json``): the view, how the sample was drawn, and for every row number
  what finds the row again (article id, sentence offsets, entity IRIs, event class, polarity,
  modality, confidence). No corpus text.

The judge fills ``verdict`` (and may write a ``note``); rows are matched to the key by their
``row`` number, so the judge may sort the sheet. ``kg audit keep`` joins both into the **kept
sheet** (one CSV, no sentence text) that lives in ``tests/data/audit/``::

    view,row,article,begin,end,event_type,agent,agent_iri,target,target_iri,polarity,modality,reported_by,confidence,verdict,note
    view,row,article,entity_iri,label,type,mentions,begin,end,verdict,note      (entities)
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from .rows import VIEWS, AuditItem, EntityRow, EventRow, Row, class_gloss, class_label
from .verdicts import parse_verdict, verdict_kind

__all__ = [
    "JUDGE_COLUMNS",
    "KEPT_COLUMNS",
    "Sheet",
    "key_path",
    "read_sheet",
    "stated",
    "write_judging_sheet",
    "write_kept_sheet",
]

KEY_FORMAT = "kg-audit-key/1"

JUDGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("row", "article", "sentence", "agent", "event", "meaning", "target", "stated",
               "verdict", "note"),
    "entities": ("row", "article", "label", "type", "meaning", "mentions", "sentence",
                 "verdict", "note"),
}
KEPT_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": ("view", "row", "article", "begin", "end", "event_type", "agent", "agent_iri",
               "target", "target_iri", "polarity", "modality", "reported_by", "confidence",
               "verdict", "note"),
    "entities": ("view", "row", "article", "entity_iri", "label", "type", "mentions", "begin",
                 "end", "verdict", "note"),
}
_MENTION_SEPARATOR = " | "


@dataclass(slots=True)
class Sheet:
    """A sheet of one view: its rows with their verdicts, and how it was drawn."""

    view: str
    items: list[AuditItem]
    sample: dict[str, Any] = field(default_factory=dict)
    path: str = ""


def key_path(sheet: str | Path) -> Path:
    """``out/events.csv`` → ``out/events.key.json``."""
    sheet = Path(sheet)
    return sheet.with_name(sheet.name.removesuffix(".csv") + ".key.json")


def stated(row: EventRow) -> str:
    """How the text states the event, in plain words."""
    parts = ["negated: says it did not happen" if row.polarity == "Negative" else ""]
    if row.modality == "Hedged":
        parts.append("hedged: may not have happened")
    elif row.modality == "Reported":
        parts.append(f"reported by {row.reported_by}" if row.reported_by else "reported speech")
    text = "; ".join(p for p in parts if p)
    return text or "as a fact"


def _judge_cells(item: AuditItem) -> dict[str, str]:
    row = item.row
    if isinstance(row, EntityRow):
        return {"row": str(item.number), "article": row.article, "label": row.label,
                "type": class_label(row.type), "meaning": class_gloss(row.type),
                "mentions": _MENTION_SEPARATOR.join(row.mentions), "sentence": row.sentence,
                "verdict": item.verdict or "", "note": item.note}
    return {"row": str(item.number), "article": row.article, "sentence": row.sentence,
            "agent": row.agent, "event": class_label(row.event_type),
            "meaning": class_gloss(row.event_type), "target": row.target or "(none)",
            "stated": stated(row), "verdict": item.verdict or "", "note": item.note}


def _key_record(item: AuditItem) -> dict[str, Any]:
    row = item.row
    if isinstance(row, EntityRow):
        return {"row": item.number, "article": row.article, "entity_iri": row.entity_iri,
                "label": row.label, "type": row.type, "mentions": list(row.mentions),
                "begin": row.begin, "end": row.end}
    return {"row": item.number, "article": row.article, "begin": row.begin, "end": row.end,
            "event_type": row.event_type, "agent": row.agent, "agent_iri": row.agent_iri,
            "target": row.target, "target_iri": row.target_iri, "polarity": row.polarity,
            "modality": row.modality, "reported_by": row.reported_by,
            "confidence": row.confidence}


def _csv_text(columns: Sequence[str], records: Iterable[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(records)
    return buf.getvalue()


def write_judging_sheet(sheet: Sheet, path: str | Path) -> Path:
    """Write the judging sheet to ``path`` and its key beside it; returns the key's path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    kind = verdict_kind(sheet.view)
    path.write_text(_csv_text(JUDGE_COLUMNS[kind], (_judge_cells(i) for i in sheet.items)),
                    encoding="utf-8")
    key = key_path(path)
    key.write_text(json.dumps({"format": KEY_FORMAT, "view": sheet.view, "sample": sheet.sample,
                               "rows": [_key_record(i) for i in sheet.items]},
                              ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return key


def _kept_cells(item: AuditItem) -> dict[str, str]:
    row = item.row
    cells = {"view": item.view, "row": str(item.number), "article": row.article,
             "verdict": item.verdict or "", "note": item.note}
    if isinstance(row, EntityRow):
        cells.update(entity_iri=row.entity_iri, label=row.label, type=row.type,
                     mentions=_MENTION_SEPARATOR.join(row.mentions),
                     begin="" if row.begin is None else str(row.begin),
                     end="" if row.end is None else str(row.end))
    else:
        cells.update(begin=str(row.begin), end=str(row.end), event_type=row.event_type,
                     agent=row.agent, agent_iri=row.agent_iri, target=row.target,
                     target_iri=row.target_iri, polarity=row.polarity, modality=row.modality,
                     reported_by=row.reported_by,
                     confidence="" if row.confidence is None else f"{row.confidence:g}")
    return cells


def write_kept_sheet(sheet: Sheet, path: str | Path) -> None:
    """Write the repository form of a sheet: rows and verdicts, no sentence text."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    kind = verdict_kind(sheet.view)
    path.write_text(_csv_text(KEPT_COLUMNS[kind], (_kept_cells(i) for i in sheet.items)),
                    encoding="utf-8")


# --------------------------------------------------------------------------- reading


def _int(value: Any, where: str, column: str) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise InputError(f"the {column} {value!r} is not a whole number", where=where,
                         fix=f"write the {column} as a number") from None


def _opt_int(value: Any, where: str, column: str) -> int | None:
    return None if value in (None, "") else _int(value, where, column)


def _opt_float(value: Any, where: str, column: str) -> float | None:
    if value in (None, ""):
        return None
    try:
        return float(value)
    except ValueError:
        raise InputError(f"the {column} {value!r} is not a number", where=where,
                         fix=f"write the {column} as a number") from None


def _row_from(record: dict[str, Any], kind: str, where: str) -> Row:
    try:
        if kind == "entities":
            mentions = record.get("mentions") or ()
            if isinstance(mentions, str):
                mentions = [m for m in mentions.split(_MENTION_SEPARATOR) if m]
            return EntityRow(article=str(record["article"]), entity_iri=str(record["entity_iri"]),
                             label=str(record["label"]), type=str(record["type"]),
                             mentions=tuple(mentions),
                             begin=_opt_int(record.get("begin"), where, "begin"),
                             end=_opt_int(record.get("end"), where, "end"))
        return EventRow(article=str(record["article"]), begin=_int(record["begin"], where, "begin"),
                        end=_int(record["end"], where, "end"),
                        event_type=str(record["event_type"]), agent=str(record["agent"]),
                        agent_iri=str(record["agent_iri"]), target=str(record.get("target") or ""),
                        target_iri=str(record.get("target_iri") or ""),
                        polarity=str(record.get("polarity") or "Positive"),
                        modality=str(record.get("modality") or "Asserted"),
                        reported_by=str(record.get("reported_by") or ""),
                        confidence=_opt_float(record.get("confidence"), where, "confidence"))
    except KeyError as exc:
        raise InputError(f"the row lacks {exc}", where=where,
                         fix="keep every column kg audit wrote") from None


def _csv_records(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("the sheet cannot be read", why=str(exc), where=str(path),
                         fix="give the CSV file kg audit wrote, saved as UTF-8") from exc
    reader = csv.DictReader(io.StringIO(text))
    columns = list(reader.fieldnames or [])
    records = []
    for record in reader:
        if None in record:
            raise InputError("the line has more cells than the header",
                             where=f"{path}:{reader.line_num}",
                             fix="quote cells that hold commas, or save the sheet as CSV again")
        if any((v or "").strip() for v in record.values()):
            records.append((reader.line_num, {k: v or "" for k, v in record.items()}))
    return columns, records


def read_sheet(path: str | Path) -> Sheet:
    """Read a kept sheet (it has a ``view`` column) or a judged sheet with its key beside it.
    Every verdict is checked; an error names the file and line."""
    path = Path(path)
    columns, records = _csv_records(path)
    if "view" in columns:
        return _read_kept(path, columns, records)
    return _read_judged(path, columns, records)


def _check_columns(path: Path, columns: list[str], wanted: Sequence[str]) -> None:
    missing = [c for c in wanted if c not in columns]
    if missing:
        raise InputError(f"the sheet lacks the column(s) {', '.join(missing)}", where=f"{path}:1",
                         fix="keep the header kg audit wrote")


def _read_kept(path: Path, columns: list[str], records: list[tuple[int, dict[str, str]]]) -> Sheet:
    views = {r["view"] for _, r in records}
    if len(views) > 1 or not views <= set(VIEWS):
        raise InputError(f"a kept sheet holds one view of {', '.join(VIEWS)}, not "
                         f"{', '.join(sorted(views))}", where=str(path),
                         fix="keep one sheet per view")
    view = views.pop() if views else "events"
    _check_columns(path, columns, KEPT_COLUMNS[verdict_kind(view)])
    items = []
    seen: dict[int, int] = {}
    for line, record in records:
        where = f"{path}:{line}"
        number = _int(record["row"], where, "row")
        if number in seen:
            raise InputError(f"row {number} appears twice (also on line {seen[number]})",
                             where=where, fix="keep each row once")
        seen[number] = line
        items.append(AuditItem(view, number, _row_from(record, verdict_kind(view), where),
                               parse_verdict(record["verdict"], view=view, where=where),
                               record.get("note", "")))
    return Sheet(view=view, items=items, path=str(path))


def _read_key(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("the sheet's key is missing", where=str(path),
                         why="a judging sheet holds only what the judge sees; the key beside it "
                             "says which rows of the graph they are",
                         fix="keep NAME.key.json next to NAME.csv, as kg audit sample wrote them"
                         ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("the sheet's key cannot be read", why=str(exc), where=str(path),
                         fix="restore the key kg audit sample wrote") from exc
    if (not isinstance(data, dict) or data.get("format") != KEY_FORMAT
            or data.get("view") not in VIEWS):
        raise InputError("the file is not a kg audit key", where=str(path),
                         fix="restore the key kg audit sample wrote")
    return data


def _read_judged(path: Path, columns: list[str],
                 records: list[tuple[int, dict[str, str]]]) -> Sheet:
    key_file = key_path(path)
    key = _read_key(key_file)
    view = key["view"]
    _check_columns(path, columns, ("row", "article", "verdict"))
    kind = verdict_kind(view)
    rows = {_int(r.get("row"), f"{key_file} row {r.get('row')}", "row"):
            _row_from(r, kind, f"{key_file} row {r.get('row')}") for r in key["rows"]}
    items = []
    seen: dict[int, int] = {}
    for line, record in records:
        where = f"{path}:{line}"
        number = _int(record["row"], where, "row")
        if number not in rows:
            raise InputError(f"row {number} is not in the sheet's key {key_file.name}",
                             where=where, fix="do not add rows or change row numbers")
        if number in seen:
            raise InputError(f"row {number} appears twice (also on line {seen[number]})",
                             where=where, fix="keep each row once")
        seen[number] = line
        row = rows[number]
        if record["article"].strip() != row.article:
            raise InputError(f"row {number} names article {record['article']!r}, its key "
                             f"{row.article!r}", where=where,
                             fix="do not edit the row and article columns")
        items.append(AuditItem(view, number, row,
                               parse_verdict(record["verdict"], view=view, where=where),
                               record.get("note", "").strip()))
    missing = sorted(set(rows) - set(seen))
    if missing:
        raise InputError(f"{len(missing)} row(s) of the key are missing from the sheet: "
                         + ", ".join(map(str, missing[:10])), where=str(path),
                         why="a dropped row would bias the audit",
                         fix="keep every row; leave the verdict empty if it cannot be judged")
    items.sort(key=lambda i: i.number)
    return Sheet(view=view, items=items, sample=dict(key.get("sample") or {}), path=str(path))
