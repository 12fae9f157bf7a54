"""Draw the rows a judge audits: a seeded random sample of a view, optionally limited to a list
of articles (the held-out part) and to a number of rows per article.

The draw is reproducible: the view's rows are put in a fixed order (article, offsets, then the
row's other fields), shuffled with ``random.Random(seed)``, and taken in that order, skipping a
row whose article already gave ``per_article`` rows, until ``n`` are taken. The sheet lists them
by article and position.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import astuple

from ..model import Article
from .rows import AuditItem, EntityRow, Row

__all__ = ["add_context", "draw", "sample_items"]


def _order(row: Row) -> tuple[str, int, tuple[str, ...]]:
    position = -1 if row.begin is None else row.begin
    return row.article, position, tuple("" if v is None else str(v) for v in astuple(row))


def draw(rows: Iterable[Row], *, n: int, seed: int, per_article: int | None = None,
         articles: Iterable[str] | None = None) -> list[Row]:
    """``n`` rows drawn at random with ``seed`` (fewer if the view has fewer), at most
    ``per_article`` from one article, only from ``articles`` when given; sorted by article."""
    allowed = None if articles is None else frozenset(articles)
    pool = sorted((r for r in rows if allowed is None or r.article in allowed), key=_order)
    random.Random(seed).shuffle(pool)
    taken: list[Row] = []
    per: Counter[str] = Counter()
    for row in pool:
        if len(taken) == n:
            break
        if per_article is not None and per[row.article] >= per_article:
            continue
        per[row.article] += 1
        taken.append(row)
    return sorted(taken, key=_order)


def sample_items(rows: Iterable[Row], *, view: str, n: int, seed: int,
                 per_article: int | None = None,
                 articles: Iterable[str] | None = None) -> list[AuditItem]:
    """The drawn rows as numbered, unjudged items of a sheet."""
    drawn = draw(rows, n=n, seed=seed, per_article=per_article, articles=articles)
    return [AuditItem(view, number, row) for number, row in enumerate(drawn, 1)]


def _names(row: EntityRow) -> list[str]:
    """The entity's names to look for, longest first: its label ("federal agents" too) and its
    other names, except one-word lower-case ones ("he", "it", "they")."""
    names = {row.label, *(m for m in row.mentions if not (m.islower() and " " not in m))}
    return sorted((n for n in names if len(n) > 1), key=lambda n: (-len(n), n))


def add_context(items: list[AuditItem], articles: Mapping[str, Article],
                sentences: Callable[[str], list[tuple[int, int]]]) -> list[AuditItem]:
    """Give each entity row the first sentence of its article that names it (by its label or
    another of its names, as a whole word). ``sentences`` splits a text into (begin, end)
    offsets; articles missing from ``articles`` keep no context."""
    spans: dict[str, list[tuple[int, int]]] = {}
    out = []
    for item in items:
        row = item.row
        article = articles.get(row.article)
        if not isinstance(row, EntityRow) or article is None:
            out.append(item)
            continue
        if row.article not in spans:
            spans[row.article] = sentences(article.text)
        first = None
        for name in _names(row):
            found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", article.text)
            if found and (first is None or found.start() < first):
                first = found.start()
        span = next(((b, e) for b, e in spans[row.article] if first is not None and b <= first < e),
                    None)
        if span is None:
            out.append(item)
            continue
        begin, end = span
        context = EntityRow(row.article, row.entity_iri, row.label, row.type, row.mentions,
                            begin, end, article.text[begin:end].strip())
        out.append(AuditItem(item.view, item.number, context, item.verdict, item.note))
    return out
