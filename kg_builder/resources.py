"""Where the data files live: ``ontology/``, ``queries/`` and ``kg_builder/rules/``.

In a source checkout (or an editable install) ``ontology/`` and ``queries/`` sit beside the
package; in a wheel they are bundled inside it under ``kg_builder/_bundled/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from .errors import ValidationSetupError

__all__ = ["ontology_dir", "queries_dir", "read_jsonl", "read_keyed_json", "read_lines",
           "rules_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise ValidationSetupError(
        f"the '{name}/' folder was not found",
        why=f"looked in {_PACKAGE / '_bundled'} and {_PACKAGE.parent}",
        fix="reinstall kg-builder (the wheel bundles it) or run from a source checkout",
    )


@cache
def ontology_dir() -> Path:
    return _bundled("ontology")


@cache
def queries_dir() -> Path:
    return _bundled("queries")


def rules_dir() -> Path:
    return _PACKAGE / "rules"


def read_lines(name: str) -> list[str]:
    """Non-empty lines of a word list in ``rules/``, without ``#`` comments."""
    out = []
    for line in (rules_dir() / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def read_jsonl(name: str) -> Iterator[dict[str, Any]]:
    path = rules_dir() / name
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValidationSetupError(
                "a rule file is not valid JSON Lines",
                why=str(exc),
                fix="correct the line",
                where=f"{path}:{number}",
            ) from exc


def read_keyed_json(name: str, *, keys: frozenset[str] | set[str], reader: str) -> dict[str, Any]:
    """The object of the JSON file ``rules/NAME`` without its ``_comment``, whose keys must be
    exactly ``keys``; a missing or unknown key is an error naming the file and ``reader`` (the
    module that reads it, e.g. ``kg_builder/eras.py``)."""
    path = rules_dir() / name
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("_comment", None)
    if set(data) != set(keys):
        raise ValueError(f"{path}: keys {sorted(data)} do not match {sorted(keys)}; "
                         f"fix the file (see {reader})")
    return data
