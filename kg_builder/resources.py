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

__all__ = ["ontology_dir", "queries_dir", "read_jsonl", "read_lines", "rules_dir"]

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
