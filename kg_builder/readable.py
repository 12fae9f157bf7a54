"""Readable Turtle: the Turtle ``kg export`` writes.

The triples are merged and written subject by subject, grouped by kind under a comment line —
articles, then entities by class (people, states, government bodies, companies, organisations,
groups, places), then events, sentences and the rest — each group sorted by label, then IRI.
A subject's ``a`` comes first, then its labels, then the other predicates in order. IRIs of the
graph's resources are written with a prefix per kind (``person:alexander-lukashenko``,
``state:BLR``, ``event:6965…``) when their local part needs no backslash escape, else whole
(``<…/id/article/ID#char=1,20>``), never as ``kgr:state\\/BLR``.

Every event gets an ``rdfs:label`` that says what happened: its agent's label, the label of
the edge the ontology gives its class, its target's, and the month — ``"Alexander Lukashenko
accused Russia, 2020-06"@en`` (``(negated)``, ``(hedged)`` or ``(reported)`` after the target
when the event is not a plain assertion). The label is made here, from the merged graph, not
stored: the build and the other export formats do not have it.

The whole graph is sorted in memory: for a very large store, N-Triples or N-Quads stream.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import IO
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import RDFS

from .ontology import class_ancestors, event_info, event_types, ontology_graph
from .prefixes import ID
from .vocab import NKG

__all__ = ["event_label", "write_turtle"]

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NKG = str(NKG._NS)

#: (class, heading) in the order the groups are written; a subject goes to the first that fits
KINDS: tuple[tuple[str, str], ...] = (
    ("Article", "Articles"), ("ArticleGraph", "Article graphs"), ("Person", "People"),
    ("State", "States"), ("GovernmentBody", "Government bodies"), ("Company", "Companies"),
    ("Organization", "Organisations"), ("Group", "Groups"), ("Place", "Places"),
    ("Agent", "Other agents"), ("NameMerge", "Name merges"), ("Event", "Events"),
    ("TextSpan", "Sentences"),
)
_OTHER = "Other statements"
#: kinds of resource IRI (…/id/{kind}/{name}) → the prefix they are written with
_KIND_PREFIX = {"article": "article", "person": "person", "state": "state",
                "org": "organization", "group": "group", "place": "place", "event": "event"}
#: a local name Turtle reads without escapes (ASCII letters, digits, _ - . and %hh; no final .)
_PLAIN_LOCAL = re.compile(r"(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})(?:[A-Za-z0-9_.-]|%[0-9A-Fa-f]{2})*")
_BARE = {_XSD + "integer": re.compile(r"[+-]?\d+"),
         _XSD + "decimal": re.compile(r"[+-]?\d*\.\d+"),
         _XSD + "boolean": re.compile(r"true|false")}
_QUALIFIER = {_NKG + "Negative": "negated", _NKG + "Hedged": "hedged",
              _NKG + "Reported": "reported"}

Term = ox.NamedNode | ox.BlankNode | ox.Literal
Subjects = dict[Term, dict[str, set[Term]]]


def _first(values: Iterable[Term]) -> str | None:
    texts = sorted(v.value for v in values if isinstance(v, ox.Literal))
    return texts[0] if texts else None


def _label(subjects: Subjects, node: Term | None) -> str | None:
    if node is None:
        return None
    return _first(subjects.get(node, {}).get(_LABEL, ()))


def _name(subjects: Subjects, node: Term) -> str:
    """A party's label, or the last part of its IRI (decoded) if it has none."""
    return _label(subjects, node) or unquote(node.value.rstrip("/").rsplit("/", 1)[-1])


def event_label(subjects: Subjects, event: Term) -> str | None:
    """``Alexander Lukashenko accused Russia, 2020-06``: what the event says, from its parties'
    labels, the ontology's label of its edge and its month (``None`` if it is no event)."""
    props = subjects[event]
    names = [t.value[len(_NKG):] for t in props.get(_RDF_TYPE, ())
             if isinstance(t, ox.NamedNode) and t.value.startswith(_NKG)]
    kinds = [n for n in names if n in event_types()]
    if not kinds:
        return None
    specific = max(kinds, key=lambda n: (len(class_ancestors(n)), n))
    edge = event_info(specific).edge
    verb = str(ontology_graph().value(edge, RDFS.label) or edge.split("#")[-1])
    agents = sorted(_name(subjects, a) for a in props.get(_NKG + "agent", ()))
    targets = sorted(_name(subjects, t) for t in props.get(_NKG + "target", ()))
    text = " ".join([", ".join(agents) or "someone", verb, ", ".join(targets)]).strip()
    qualifiers = sorted({_QUALIFIER[v.value] for p in ("polarity", "modality")
                         for v in props.get(_NKG + p, ()) if v.value in _QUALIFIER})
    if qualifiers:
        text += f" ({', '.join(qualifiers)})"
    dates = sorted(d.value[:7] for d in props.get(_NKG + "date", ()) if isinstance(d, ox.Literal))
    return f"{text}, {dates[0]}" if dates else text


class _Names:
    """IRIs as prefixed names where Turtle needs no escape in them, else whole."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.declared = dict(prefixes)
        kinds = {name: f"{ID}{kind}/" for kind, name in _KIND_PREFIX.items()
                 if name not in prefixes}
        self._spaces = sorted([*self.declared.items(), *kinds.items()],
                              key=lambda item: -len(item[1]))
        self.used: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        for prefix, space in self._spaces:
            if iri.startswith(space) and _PLAIN_LOCAL.fullmatch(local := iri[len(space):]) \
                    and not local.endswith("."):
                self.used[prefix] = space
                return f"{prefix}:{local}"
        return str(ox.NamedNode(iri))

    def term(self, term: Term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.BlankNode):
            return str(term)
        quoted = str(ox.Literal(term.value))  # the value, quoted and escaped as N-Triples does
        if term.language:
            return f"{quoted}@{term.language}"
        datatype = term.datatype.value
        if datatype == _XSD + "string":
            return quoted
        bare = _BARE.get(datatype)
        if bare is not None and bare.fullmatch(term.value):
            return term.value
        return f"{quoted}^^{self.iri(datatype)}"


def _kind(props: dict[str, set[Term]]) -> int:
    types = {t.value for t in props.get(_RDF_TYPE, ()) if isinstance(t, ox.NamedNode)}
    for i, (cls, _) in enumerate(KINDS):
        if _NKG + cls in types:
            return i
    return len(KINDS)


def _predicate_key(predicate: str, names: _Names) -> tuple[int, str]:
    order = {_RDF_TYPE: 0, _LABEL: 1, _ALT_LABEL: 2}
    return order.get(predicate, 3), names.iri(predicate)


def write_turtle(triples: Iterable[ox.Triple], out: IO[bytes], *,
                 prefixes: Mapping[str, str]) -> None:
    """Write ``triples`` (merged: a triple given twice is written once) to ``out`` as the
    readable Turtle of this module, with ``prefixes`` and the kind prefixes it uses."""
    subjects: Subjects = defaultdict(lambda: defaultdict(set))
    for t in triples:
        subjects[t.subject][t.predicate.value].add(t.object)
    for node, props in list(subjects.items()):
        if _LABEL not in props and _NKG + "agent" in props:
            label = event_label(subjects, node)
            if label is not None:
                props[_LABEL].add(ox.Literal(label, language="en"))
    names = _Names(prefixes)
    groups: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for node, props in subjects.items():
        lines = []
        for predicate in sorted(props, key=lambda p: _predicate_key(p, names)):
            shown = "a" if predicate == _RDF_TYPE else names.iri(predicate)
            objects = ", ".join(sorted(names.term(o) for o in props[predicate]))
            lines.append(f"{shown} {objects}")
        head = names.term(node)
        block = f"{head} " + " ;\n    ".join(lines) + " .\n"
        groups[_kind(props)].append(((_label(subjects, node) or "").casefold(), head, block))
    body: list[str] = []
    for i in sorted(groups):
        heading = KINDS[i][1] if i < len(KINDS) else _OTHER
        body.append(f"\n# --- {heading} ({len(groups[i]):,})\n")
        body.extend("\n" + block for _, _, block in sorted(groups[i]))
    declared = {**{p: s for p, s in names.declared.items() if p in names.used},
                **{p: names.used[p] for p in sorted(names.used) if p not in names.declared}}
    head_lines = "".join(f"@prefix {p}: <{s}> .\n" for p, s in declared.items())
    out.write((head_lines + "".join(body)).encode("utf-8"))
