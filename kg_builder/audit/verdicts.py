"""What a judge may write in the ``verdict`` column, and what it means.

The vocabulary is data (``verdicts.json``): for event rows (the ``events`` and ``accusations``
views) *right*, *wrong type*, *wrong agent*, *wrong target*, *not an event*; for entity rows
*right*, *wrong type*, *not an entity*, *split-or-merged*. A few spellings of each are accepted
(``Wrong_Type``, ``wt``, ``split``); anything else is an error naming the file and line.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ..errors import InputError

__all__ = ["RIGHT", "parse_verdict", "verdict_kind", "verdicts"]

RIGHT = "right"
_SEPARATORS = re.compile(r"[\s_-]+")


def verdict_kind(view: str) -> str:
    """``"entities"`` for the entities view, ``"events"`` for the event views."""
    return "entities" if view == "entities" else "events"


@cache
def _table() -> dict[str, dict[str, str]]:
    data = json.loads(Path(__file__).with_name("verdicts.json").read_text(encoding="utf-8"))
    table: dict[str, dict[str, str]] = {}
    for kind in ("events", "entities"):
        spellings: dict[str, str] = {}
        for verdict, forms in data[kind].items():
            for form in (verdict, *forms):
                spellings[_normal(form)] = verdict
        table[kind] = spellings
    return table


def _normal(text: str) -> str:
    return _SEPARATORS.sub(" ", text.strip().lower())


def verdicts(view: str) -> tuple[str, ...]:
    """The verdicts of a view, in the order of ``verdicts.json`` (``right`` first)."""
    return tuple(dict.fromkeys(_table()[verdict_kind(view)].values()))


def parse_verdict(text: str, *, view: str, where: str) -> str | None:
    """The canonical verdict written as ``text`` (``None`` for an empty cell: not judged yet).

    >>> parse_verdict(" Wrong_Agent ", view="events", where="sheet.csv:3")
    'wrong agent'
    """
    if not text.strip():
        return None
    found = _table()[verdict_kind(view)].get(_normal(text))
    if found is None:
        raise InputError(f"unknown verdict {text.strip()!r}", where=where,
                         why=f"a row of the {view} view is judged one of: "
                             + ", ".join(verdicts(view)),
                         fix="write one of those (or leave the cell empty if not judged yet)")
    return found
