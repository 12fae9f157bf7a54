"""The ontology's class tree, read once from the store's ontology graph (``serve-taxonomy.rq``).

Pages and the search index need the most specific class of a node (the builder writes a class
and all its ``nkg:`` ancestors), the PLOVER category and CAMEO codes of event classes, and the
sub-classes of a class (to filter the network by event type).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..query import load_query
from ..store import Store

__all__ = ["NKG", "ClassInfo", "Taxonomy", "load_taxonomy"]

NKG = "https://w3id.org/kg-builder/ontology#"


@dataclass(slots=True)
class ClassInfo:
    iri: str
    label: str = ""
    parents: set[str] = field(default_factory=set)
    plover: str = ""
    cameo: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.iri.rsplit("#", 1)[-1]


@dataclass(slots=True)
class Taxonomy:
    classes: dict[str, ClassInfo]

    def ancestors(self, iri: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.classes[iri].parents) if iri in self.classes else []
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.classes[c].parents if c in self.classes else ())
        return seen

    def is_a(self, iri: str, root: str) -> bool:
        return iri == root or root in self.ancestors(iri)

    def descendants(self, iri: str) -> set[str]:
        return {c for c in self.classes if self.is_a(c, iri)}

    def most_specific(self, types: Iterable[str]) -> str | None:
        """The type with the most ancestors among ``types`` known to the ontology."""
        known = [t for t in types if t in self.classes]
        return max(known, key=lambda t: (len(self.ancestors(t)), t), default=None)

    def event_classes(self) -> list[ClassInfo]:
        return sorted((c for c in self.classes.values() if c.plover), key=lambda c: c.name)

    def by_name(self, name: str) -> str | None:
        iri = NKG + name
        return iri if iri in self.classes else None


def load_taxonomy(store: Store) -> Taxonomy:
    rows = store.query(load_query("serve-taxonomy").text).rows
    classes: dict[str, ClassInfo] = {}
    for cls, parent, label, plover, cameo in rows:
        if cls is None:
            continue
        info = classes.setdefault(cls, ClassInfo(cls))
        if parent:
            info.parents.add(parent)
        if label:
            info.label = label
        if plover:
            info.plover = plover
        if cameo and cameo not in info.cameo:
            info.cameo.append(cameo)
    for info in classes.values():
        info.cameo.sort()
    return Taxonomy(classes)
