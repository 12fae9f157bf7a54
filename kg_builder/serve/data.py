"""What each page shows, read from the store with the ``serve-*.rq`` queries (values bound,
never pasted). These functions run in a worker process and return plain data (dicts, lists,
strings) for the templates; they work the same on an embedded store and a SPARQL server.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from rdflib import URIRef

from ..query import load_query
from ..store import Store
from .search import fill_months
from .taxonomy import NKG, Taxonomy

__all__ = ["ID", "PAGES", "describe", "highlight"]

ID = "https://w3id.org/kg-builder/id/"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCT = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"  # rdflib SDO, as kg_builder.rdf writes schema:url
_OWL_SAME = "http://www.w3.org/2002/07/owl#sameAs"
#: object properties shown as facts between agents (the rest of nkg: edges are events)
FACTS = ("affiliatedWith", "leaderOf", "memberOf", "subsidiaryOf", "employedBy", "founderOf",
         "nationality", "basedIn")
_LINKS = (NKG + "geonamesFeature", _OWL_SAME, "https://schema.org/sameAs")


def _rows(store: Store, name: str, **bindings: str) -> list[dict[str, str | None]]:
    result = store.query(load_query(name).text,
                         bindings={k: URIRef(v) for k, v in bindings.items()})
    return [dict(zip(result.columns, row, strict=True)) for row in result.rows]


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("#", 1)[-1]


def describe(store: Store, taxonomy: Taxonomy, *, iri: str) -> dict[str, Any]:
    """The triples with ``iri`` as subject (deduplicated over article graphs), typed."""
    return {"iri": iri, "triples": _rows(store, "serve-describe", iri=iri)}


def _props(rows: list[dict[str, str | None]]) -> dict[str, list[dict[str, str | None]]]:
    out: dict[str, list[dict[str, str | None]]] = defaultdict(list)
    seen: set[tuple[str | None, str | None]] = set()
    for r in rows:
        if (r["p"], r["o"]) not in seen:
            seen.add((r["p"], r["o"]))
            out[r["p"] or ""].append(r)
    return out


def _values(props: dict[str, list[dict[str, str | None]]], p: str) -> list[str]:
    return sorted({r["o"] for r in props.get(p, []) if r["o"] is not None})


def _kind(taxonomy: Taxonomy, types: list[str]) -> str:
    return _local(taxonomy.most_specific(types))


def _event_label(taxonomy: Taxonomy, cls: str | None) -> dict[str, Any]:
    info = taxonomy.classes.get(cls or "")
    return {"type": _local(cls), "label": info.label if info else _local(cls),
            "plover": info.plover if info else "", "cameo": info.cameo if info else []}


def entity_page(store: Store, taxonomy: Taxonomy, *, iri: str) -> dict[str, Any] | None:
    props = _props(_rows(store, "serve-describe", iri=iri))
    if not props:
        return None
    types = _values(props, _RDF + "type")
    facts = []
    for p, rows in props.items():
        if p.startswith(NKG) and _local(p) in FACTS:
            for r in rows:
                facts.append({"relation": _local(p), "direction": "out", "iri": r["o"],
                              "label": r["o_label"] or r["o"]})
    for r in _rows(store, "serve-entity-incoming", iri=iri):
        facts.append({"relation": _local(r["p"]), "direction": "in", "iri": r["s"],
                      "label": r["s_label"] or r["s"]})
    events: dict[str, dict[str, Any]] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "serve-entity-events", iri=iri):
        e = r["e"] or ""
        classes[e].add(r["class"] or "")
        ev = events.setdefault(e, {
            "iri": e, "role": r["role"], "other": r["other"], "other_label": r["other_label"],
            "date": r["date"] or (r["issued"] or "")[:10] or None, "dated": bool(r["date"]),
            "negated": r["polarity"] == NKG + "Negative",
            "modality": _local(r["modality"]), "sentences": {}})
        if r["s"] and r["s"] not in ev["sentences"]:
            ev["sentences"][r["s"]] = {"text": r["text"], "article": r["article"],
                                       "title": r["title"]}
    listed = []
    for e, ev in events.items():
        ev.update(_event_label(taxonomy, taxonomy.most_specific(classes[e])))
        ev["sentences"] = list(ev["sentences"].values())
        ev["month"] = (ev["date"] or "")[:7]
        listed.append(ev)
    listed.sort(key=lambda ev: (ev["date"] or "", ev["type"], ev["other_label"] or ""),
                reverse=True)
    counts = Counter(ev["label"] for ev in listed)
    months = Counter(ev["month"] for ev in listed if ev["month"])
    return {
        "iri": iri,
        "label": (_values(props, _RDFS + "label") or [iri.rsplit("/", 1)[-1]])[0],
        "labels": _values(props, _RDFS + "label"),
        "kind": _kind(taxonomy, types),
        "types": [_local(t) for t in types if t.startswith(NKG)],
        "aliases": _aliases(store, props, iri=iri),
        "positions": _values(props, NKG + "position"),
        "iso": _values(props, NKG + "isoCode"),
        "links": sorted({v for p in _LINKS for v in _values(props, p)}),
        "facts": sorted(facts, key=lambda f: (f["relation"], f["label"] or "")),
        "events": listed,
        "counts": counts.most_common(),
        "timeline": fill_months(sorted(months.items())),
    }


#: how a merge rule reads beside an alias
_RULE_WORDS = {"SameKeyRule": "same key", "SurnameRule": "surname",
               "GivenNameRule": "given name", "DictionaryRule": "dictionary",
               "MetonymRule": "metonym"}


def _aliases(store: Store, props: dict[str, Any], *, iri: str) -> list[dict[str, Any]]:
    """The entity's other names, each with the rules that joined it in some article."""
    labels = _values(props, _RDFS + "label")
    rules: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "serve-entity-merges", iri=iri):
        rules[r["name"] or ""].add(_RULE_WORDS.get(_local(r["rule"]), _local(r["rule"])))
    return [{"name": a, "rules": sorted(rules.get(a, ()))}
            for a in _values(props, _SKOS + "altLabel") if a not in labels]


def event_page(store: Store, taxonomy: Taxonomy, *, iri: str) -> dict[str, Any] | None:
    rows = _rows(store, "serve-describe", iri=iri)
    if not rows:
        return None
    props = _props(rows)
    cls = taxonomy.most_specific(_values(props, _RDF + "type"))

    def party(p: str) -> dict[str, str | None] | None:
        found = props.get(p)
        if not found:
            return None
        return {"iri": found[0]["o"], "label": found[0]["o_label"] or found[0]["o"]}

    evidence: dict[str, dict[str, Any]] = {}
    confidence: list[float] = []
    for r in _rows(store, "serve-event-evidence", iri=iri):
        if r["confidence"]:
            confidence.append(float(r["confidence"]))
        evidence.setdefault(r["s"] or "", {
            "text": r["text"], "article": r["article"], "article_iri": r["a"],
            "title": r["title"], "url": r["url"], "issued": r["issued"]})
    triggers = _values(props, NKG + "trigger")
    return {
        "iri": iri, **_event_label(taxonomy, cls),
        "agent": party(NKG + "agent"), "target": party(NKG + "target"),
        "place": party(NKG + "place"), "reported_by": party(NKG + "reportedBy"),
        "date": (_values(props, NKG + "date") or [None])[0],
        "precision": (_values(props, NKG + "datePrecision") or [None])[0],
        "time_text": _values(props, NKG + "timeText"),
        "polarity": _local((_values(props, NKG + "polarity") or [""])[0]),
        "modality": _local((_values(props, NKG + "modality") or [""])[0]),
        "confidence": max(confidence) if confidence else None,
        "triggers": triggers,
        "evidence": [{**ev, "parts": highlight(ev["text"] or "", {t: None for t in triggers},
                                              kind="trigger")}
                     for ev in evidence.values()],
    }


_NAME_START = re.compile(r"[A-Z0-9]")


def highlight(text: str, names: dict[str, Any], *, kind: str) -> list[dict[str, Any]]:
    """``text`` cut into plain parts and marked parts: each occurrence of a key of ``names``
    (whole words, longest first, no overlaps) becomes ``{"text", "mark": kind, "value"}``."""
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    for name in sorted(names, key=len, reverse=True):
        if not name:
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            if not any(taken[m.start():m.end()]):
                spans.append((m.start(), m.end(), name))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    parts: list[dict[str, Any]] = []
    pos = 0
    for start, end, name in sorted(spans):
        if start > pos:
            parts.append({"text": text[pos:start]})
        parts.append({"text": text[start:end], "mark": kind, "value": names[name]})
        pos = end
    if pos < len(text):
        parts.append({"text": text[pos:]})
    return parts


def article_page(store: Store, taxonomy: Taxonomy, *, iri: str) -> dict[str, Any] | None:
    props = _props(_rows(store, "serve-describe", iri=iri))
    if not props:
        return None
    # Names to mark: labels and aliases that start like a name (not "he", "the country").
    kinds: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    rows = _rows(store, "serve-article-names", iri=iri)
    for r in rows:
        kinds[r["x"] or ""].add(r["kind"] or "")
    for r in rows:
        name, x = r["name"] or "", r["x"] or ""
        kind = taxonomy.most_specific(kinds[x]) or ""
        if not (taxonomy.is_a(kind, NKG + "Agent") or taxonomy.is_a(kind, NKG + "Place")):
            continue
        if _NAME_START.match(name) and name not in names:
            names[name] = x
    entity_kind = {x: _local(taxonomy.most_specific(k)) for x, k in kinds.items()}
    sentences: dict[str, dict[str, Any]] = {}
    event_classes: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "serve-article-sentences", iri=iri):
        s = sentences.setdefault(r["s"] or "", {"begin": int(r["begin"] or 0),
                                                "end": int(r["end"] or 0),
                                                "text": r["text"] or "", "events": {},
                                                "triggers": {}})
        e = r["e"] or ""
        event_classes[e].add(r["class"] or "")
        s["events"].setdefault(e, {"iri": e, "agent": r["agent"], "target": r["target"]})
        s["triggers"].setdefault(r["trigger"] or "", e)
    listed = []
    for s in sorted(sentences.values(), key=lambda s: s["begin"]):
        for ev in s["events"].values():
            ev.update(_event_label(taxonomy, taxonomy.most_specific(event_classes[ev["iri"]])))
        parts = []
        for part in highlight(s["text"], s["triggers"], kind="trigger"):
            if "mark" in part:
                parts.append(part)
            else:
                for sub in highlight(part["text"], names, kind="entity"):
                    if "mark" in sub:
                        sub["kind"] = entity_kind.get(sub["value"], "")
                    parts.append(sub)
        listed.append({**s, "events": list(s["events"].values()), "parts": parts})
    url = (_values(props, _SCHEMA + "url") or [None])[0]
    return {
        "iri": iri,
        "identifier": (_values(props, _DCT + "identifier") or [iri.rsplit("/", 1)[-1]])[0],
        "title": (_values(props, _DCT + "title") or [None])[0],
        "url": url,
        "url_is_web": bool(url and re.match(r"https?://", url, re.I)),
        "issued": (_values(props, _DCT + "issued") or [None])[0],
        "words": (_values(props, NKG + "wordCount") or [None])[0],
        "sentences": listed,
        "entities": sorted({(n, x, entity_kind.get(x, "")) for n, x in names.items()},
                           key=lambda t: t[0].lower()),
    }


def edge_page(store: Store, taxonomy: Taxonomy, *, agent: str, target: str,
              types: list[str] | None = None, since: str | None = None,
              until: str | None = None, min_confidence: float | None = None,
              ) -> dict[str, Any]:
    wanted = None
    if types:
        wanted = set()
        for t in types:
            if (cls := taxonomy.by_name(t)) is not None:
                wanted |= taxonomy.descendants(cls)
    events: dict[str, dict[str, Any]] = {}
    classes: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "serve-edge", agent=agent, target=target):
        e = r["e"] or ""
        classes[e].add(r["class"] or "")
        ev = events.setdefault(e, {"iri": e, "date": r["date"] or (r["issued"] or "")[:10] or None,
                                   "sentences": {},
                                   "asserted": r["polarity"] == NKG + "Positive"
                                   and r["modality"] != NKG + "Hedged", "confidence": 0.0})
        if r["confidence"]:
            ev["confidence"] = max(ev["confidence"], float(r["confidence"]))
        ev["sentences"].setdefault(r["s"] or "", {"text": r["text"], "article": r["article"],
                                                   "title": r["title"]})
    out = []
    for e, ev in events.items():
        cls = taxonomy.most_specific(classes[e])
        month = (ev["date"] or "")[:7]
        if wanted is not None and cls not in wanted:
            continue
        if not ev["asserted"]:
            continue
        if (since and month and month < since) or (until and month and month > until):
            continue
        if min_confidence and ev["confidence"] < min_confidence:
            continue
        out.append({**ev, **_event_label(taxonomy, cls),
                    "sentences": list(ev["sentences"].values())})
    out.sort(key=lambda ev: (ev["date"] or "", ev["type"]))
    return {"agent": agent, "target": target, "events": out}


PAGES: dict[str, Callable[..., Any]] = {
    "entity": entity_page,
    "event": event_page,
    "article": article_page,
    "edge": edge_page,
    "describe": describe,
}
