"""Rule data for the extractor: the trigger lexicon and one typed section per reader.

Every part of the extractor that needs word lists declares them as a frozen dataclass (its
*section*) and loads it with :func:`load_section` from ``kg_builder/rules/extract/<name>.json``.
The loader is strict, so rules and code cannot drift apart: a key the dataclass does not declare
is an error, and so is a declared key the file lacks. Sections share lists without copying
them: a value ``"@file.txt"`` is the word list in that file of ``kg_builder/rules/`` (one entry
a line, ``#`` comments), ``"@section.key"`` that key of another section.

Field types say how values are read: ``Words`` are lower-cased (spaCy lemmas and lower-cased
token texts), ``frozenset[str]`` / ``tuple[str, ...]`` / ``str`` keep their case (class names,
PLOVER categories, company suffixes such as "AG").
"""

from __future__ import annotations

import dataclasses
import json
import types
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin, get_type_hints

from ..errors import ValidationSetupError
from ..resources import read_lines, rules_dir

__all__ = ["Lexicon", "Trigger", "Words", "build_record", "lexicon", "load_section", "section_path",
           "union"]

#: lower-cased words (lemmas, token texts)
Words = Annotated[frozenset[str], "lower"]

_T = TypeVar("_T")


@lru_cache(maxsize=64)
def union(*words: frozenset[str]) -> frozenset[str]:
    """The union of word lists, made once for the same lists (a reader that asks for the union
    of sections' lists at every name pays ~35 µs a call for some 300 words; a frozenset keeps
    its hash, so the look-up is cheap)."""
    return frozenset().union(*words)


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A word that signals an event (``rules/triggers.jsonl``; see ``rules/README.md``)."""

    lemma: str
    pos: str
    event: str
    preps: tuple[str, ...] = ()
    particle: str | None = None
    requires_prep: bool = False
    no_dobj_target: bool = False
    dobj_is_target_or_thing: bool = False
    objects: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The trigger words, by lemma."""

    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]

    @property
    def event_types(self) -> set[str]:
        return {t.event for ts in (*self.verbs.values(), *self.nouns.values()) for t in ts}


def section_path(name: str) -> Path:
    return rules_dir() / "extract" / f"{name}.json"


def _fail(what: str, *, where: str, fix: str) -> ValidationSetupError:
    return ValidationSetupError(what, why="the extractor's rule data and its code disagree",
                                fix=fix, where=where)


def _convert(value: Any, hint: Any, *, where: str, lower: bool = False) -> Any:
    """``value`` read from JSON as the type ``hint`` asks for."""
    if get_origin(hint) is Annotated:
        base, *marks = get_args(hint)
        return _convert(value, base, where=where, lower=lower or "lower" in marks)
    origin = get_origin(hint)
    if origin in (frozenset, tuple, dict):
        value = _resolve(value, where=where)
    if origin in (Union, types.UnionType):  # "str | None"
        if value is None:
            return None
        hint = next(a for a in get_args(hint) if a is not type(None))
        origin = get_origin(hint)
    if origin in (frozenset, tuple):
        if not isinstance(value, list):
            raise _fail(f"expected a list, found {type(value).__name__}", where=where,
                        fix="write the value as a JSON list (or '@file.txt')")
        item = get_args(hint)[0]
        if item is str:  # a word list (thousands of words): one check per word, no dispatch
            for v in value:
                if not isinstance(v, str):
                    raise _fail(f"expected text, found {v!r}", where=where,
                                fix="write a JSON string")
            items = [v.lower() for v in value] if lower else value
        else:
            items = [_convert(v, item, where=where, lower=lower) for v in value]
        return frozenset(items) if origin is frozenset else tuple(items)
    if origin is dict:
        if not isinstance(value, dict):
            raise _fail(f"expected an object, found {type(value).__name__}", where=where,
                        fix="write the value as a JSON object")
        key_hint, value_hint = get_args(hint)
        return {_convert(k, key_hint, where=where, lower=lower):
                _convert(v, value_hint, where=f"{where}.{k}", lower=lower)
                for k, v in value.items()}
    if hint is str:
        if not isinstance(value, str):
            raise _fail(f"expected text, found {value!r}", where=where, fix="write a JSON string")
        return value.lower() if lower else value
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _fail(f"expected a number, found {value!r}", where=where, fix="write a number")
        return float(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise _fail(f"expected true or false, found {value!r}", where=where,
                        fix="write true or false")
        return value
    raise TypeError(f"{where}: unsupported field type {hint!r}")


def _resolve(value: Any, *, where: str) -> Any:
    """``value`` with its references replaced: ``"@groups.txt"`` is the word list in that file,
    ``"@framing.report_verbs"`` that key of another section; in a list, a reference is spliced
    in (``["@conventions.hostile_categories", "THREATEN"]``)."""
    if isinstance(value, str) and value.startswith("@"):
        ref = value[1:]
        if ref.endswith(".txt"):
            return read_lines(ref)
        name, _, key = ref.partition(".")
        data = _raw_section(name)
        if key not in data:
            raise _fail(f"'{value}' names no key of rules/extract/{name}.json", where=where,
                        fix="correct the reference")
        return _resolve(data[key], where=f"{where} ({value})")
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            found = _resolve(item, where=where)
            if isinstance(item, str) and item.startswith("@") and isinstance(found, list):
                out.extend(found)
            else:
                out.append(found)
        return out
    return value


@cache
def _raw_section(name: str) -> dict[str, Any]:
    path = section_path(name)
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ValidationSetupError(f"the rule section '{name}' is missing", why=str(exc),
                                   fix="add the file, or remove the reader that needs it",
                                   where=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise ValidationSetupError("a rule section is not valid JSON", why=str(exc),
                                   fix="correct the file", where=str(path)) from exc
    return data


@cache
def _schema(cls: type) -> tuple[dict[str, dataclasses.Field[Any]], dict[str, Any]]:
    """The fields of the dataclass ``cls`` by name, and its type hints (the annotations are
    strings, evaluated once per class: the lexicon builds one record per trigger line)."""
    return ({f.name: f for f in dataclasses.fields(cls)},
            get_type_hints(cls, include_extras=True))


def build_record(cls: type[_T], data: dict[str, Any], *, where: str) -> _T:
    """An instance of the dataclass ``cls`` from ``data``, rejecting unknown and missing keys."""
    fields, hints = _schema(cls)
    unknown = sorted(k for k in data if k not in fields and not k.startswith("_"))
    if unknown:
        raise _fail(f"unknown key(s) {', '.join(unknown)}", where=where,
                    fix=f"remove them, or read them in the code ({cls.__name__} declares: "
                        f"{', '.join(fields)})")
    values: dict[str, Any] = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _convert(data[name], hints[name], where=f"{where}: {name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise _fail(f"missing key '{name}'", where=where,
                        fix=f"add '{name}' ({cls.__name__} needs it)")
    return cls(**values)


@cache
def load_section(name: str, schema: type[_T]) -> _T:
    """The section ``rules/extract/<name>.json`` as an instance of ``schema``."""
    return build_record(schema, _raw_section(name), where=str(section_path(name)))


@cache
def lexicon() -> Lexicon:
    """The trigger lexicon, ``rules/triggers.jsonl``."""
    path = rules_dir() / "triggers.jsonl"
    verbs: dict[str, list[Trigger]] = defaultdict(list)
    nouns: dict[str, list[Trigger]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValidationSetupError("a rule file is not valid JSON Lines", why=str(exc),
                                       fix="correct the line", where=where) from exc
        for key in ("lemma", "objects", "modifiers"):
            if key in rec:
                rec[key] = rec[key].lower() if key == "lemma" else [w.lower() for w in rec[key]]
        trig = build_record(Trigger, rec, where=where)
        (verbs if trig.pos == "VERB" else nouns)[trig.lemma].append(trig)
    return Lexicon(verbs={k: tuple(v) for k, v in verbs.items()},
                   nouns={k: tuple(v) for k, v in nouns.items()})

