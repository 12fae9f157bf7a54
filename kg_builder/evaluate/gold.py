"""Reading gold files, scoring coreference, and running the extractor on gold items."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..gazetteer import normalise
from ..model import Article, Extraction, Failure
from ..ontology import event_info, event_types
from .records import Actor, CorefScore, EvalReport, GoldItem, GoldMention, GoldTriple, Prediction
from .scoring import predictions_from, score

__all__ = ["evaluate_file", "evaluate_items", "read_gold", "score_coreference", "seed_gold_path"]


def _actor(rec: dict[str, Any], side: str) -> Actor | None:
    text = rec.get(side)
    if text is None or not str(text).strip():
        return None
    code, sector = rec.get(f"{side}_code"), rec.get(f"{side}_sector")
    return Actor(str(text), str(code) if code else None, str(sector) if sector else None)


def _gold_mention(text: str, rec: dict[str, Any]) -> GoldMention:
    context, mention, entity = str(rec["context"]), str(rec["mention"]), str(rec["entity"])
    at = text.find(context)
    if at < 0:
        raise ValueError(f"the mention context {context!r} is not in the text")
    found = re.search(rf"(?<!\w){re.escape(mention)}(?!\w)", context)
    if found is None:
        raise ValueError(f"the mention {mention!r} is not a word of its context {context!r}")
    return GoldMention(context, mention, entity, at + found.start())


def score_coreference(item: GoldItem, extraction: Extraction, into: CorefScore) -> None:
    """Add the item's gold mentions to ``into``: a gold mention counts as resolved by the
    extraction's mention whose span covers it."""
    labels = {e.key: e.label for e in extraction.entities}
    for g in item.mentions:
        into.gold += 1
        hit = next((m for m in extraction.mentions
                    if m.span.begin <= g.begin < m.span.end and m.entity_key), None)
        if hit is None:
            into.missing.append((item.id, g.context, g.entity))
            continue
        got = labels.get(hit.entity_key or "", hit.entity_key or "")
        if normalise(got) == normalise(g.entity):
            into.correct += 1
        else:
            into.wrong.append((item.id, g.context, g.entity, got))


def read_gold(path: str | Path) -> list[GoldItem]:
    """Read a gold file; errors name the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("the gold file cannot be read", why=str(exc),
                         fix="give a UTF-8 JSON Lines file", where=str(path)) from exc
    families = {event_info(t).plover for t in event_types()}
    items: list[GoldItem] = []
    ids: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            rec = json.loads(line)
            text = rec.get("text")
            if text is None and rec.get("path"):
                text = (path.parent / rec["path"]).read_text(encoding="utf-8")
            if not isinstance(text, str) or not text.strip():
                raise ValueError("the record has neither 'text' nor a readable 'path'")
            gold, absent = [], []
            for g in rec.get("gold", []):
                family, source = str(g["relation"]).upper(), _actor(g, "source")
                if source is None:
                    raise ValueError("a gold triple has no 'source'")
                if family not in families:
                    raise ValueError(f"unknown relation '{g['relation']}' "
                                     f"(expected a PLOVER category: {', '.join(sorted(families))})")
                gold.append(GoldTriple(family, source, _actor(g, "target"), g.get("evidence")))
            for a in rec.get("absent", []):
                source = _actor(a, "source")
                if source is None:
                    raise ValueError("an 'absent' entry has no 'source'")
                absent.append((str(a["relation"]).upper(), source))
            mentions = tuple(_gold_mention(text, m) for m in rec.get("mentions", []))
            item_id = str(rec.get("id") or f"line-{number}")
            if item_id in ids:
                raise ValueError(f"id '{item_id}' was already used at {ids[item_id]}")
            ids[item_id] = where
            items.append(GoldItem(id=item_id, text=text,
                                  gold=tuple(gold), absent=tuple(absent),
                                  partial=bool(rec.get("partial", False)), where=where,
                                  mentions=mentions))
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise InputError("a gold record is malformed", why=f"{type(exc).__name__}: {exc}",
                             fix="see kg_builder/evaluate/__init__.py for the format", where=where) from exc
    if not items:
        raise InputError("the gold file holds no records", where=str(path),
                         fix="give a JSON Lines file with one sentence or article a line")
    return items


def evaluate_items(items: list[GoldItem], *, model: str | None = None,
                   include_hedged: bool = False, limit: int | None = None) -> EvalReport:
    """Run extraction on each item's text and score it."""
    from ..stages import BuildOptions, extract_articles

    chosen = items[:limit] if limit else items
    failures: list[Failure] = []
    skipped = 0
    by_id = {item.id: item for item in chosen}
    coref = CorefScore()

    def pairs() -> Iterator[tuple[GoldItem, list[Prediction]]]:
        nonlocal skipped
        articles = (Article(id=item.id, text=item.text, source=item.where) for item in chosen)
        done = set()
        for extraction in extract_articles(articles, options=BuildOptions(model=model),
                                           on_error=failures.append):
            preds, n = predictions_from(extraction, include_hedged=include_hedged)
            skipped += n
            done.add(extraction.article.id)
            score_coreference(by_id[extraction.article.id], extraction, coref)
            yield by_id[extraction.article.id], preds
        for item in chosen:  # an item whose extraction failed predicted and resolved nothing
            if item.id not in done:
                for g in item.mentions:
                    coref.gold += 1
                    coref.missing.append((item.id, g.context, g.entity))
                yield item, []

    report = score(pairs())
    report.skipped_predictions = skipped
    report.failures = failures
    report.coreference = coref
    return report


def evaluate_file(path: str | Path, *, model: str | None = None, include_hedged: bool = False,
                  limit: int | None = None) -> EvalReport:
    return evaluate_items(read_gold(path), model=model, include_hedged=include_hedged, limit=limit)


def seed_gold_path() -> Path:
    """``tests/data/seed_gold.jsonl`` of a source checkout: the seed article's expected events."""
    path = Path(__file__).resolve().parents[2] / "tests" / "data" / "seed_gold.jsonl"
    if not path.is_file():
        raise InputError("the seed gold file was not found", where=str(path),
                         why="it ships with the source checkout, not with the wheel",
                         fix="run from a kg_builder source checkout or give the gold file's path")
    return path
