"""Score the extractor against gold (source → event → target) triples: ``kg eval GOLD.jsonl``.

The gold format is that of the PLOVER gold-standard sentences (one JSON object a line)::

    {"id": "...", "text": "...", "gold": [{"source": "Hungarian", "relation": "AGREE",
      "target": "Romanian", "source_code": "HUN", "target_code": "ROU", ...}]}

``"path"`` (relative to the gold file) may replace ``"text"``; ``"absent"`` lists events that must
NOT be extracted (``{"source": "Putin", "relation": "DISAPPROVE"}``); ``"partial": true`` says the
gold of that item is not exhaustive (its false positives are then only a lower bound of
precision). A gold triple may carry ``"evidence"``, the sentence it comes from, for error listings.

What is scored: directed (agent, target) pairs per event family, the family being the PLOVER
category the ontology gives each event class (Accusation → DISAPPROVE, Meeting → CONSULT …).
Pairs are counted once per item: the same (family, agent, target) predicted twice is one
prediction, the same gold triple listed twice is one gold triple. A predicted pair matches a
gold triple of the same family when both sides match (:func:`actors_match`): a shared content
word, or the same state (by name, demonym or capital through the gazetteer, or the gold's ISO
alpha-3 code against our ``state/XXX`` key when the gold's sector acts for the state: "Rwandan
rebels", coded RWA/REB, are not Rwanda), or the same organisation of the gazetteer ("U.N.").
Word lists: ``eval_words.json``. Each gold triple and each prediction is matched at
most once (maximum bipartite matching). Gold triples without a target cannot be matched by our
events, which always have one: they are left out of recall and counted as ``excluded``.
By default only positive, not hedged events are scored (``include_hedged`` keeps all).

Coreference: an item may list ``"mentions": [{"context": "Pompeo told him that",
"mention": "him", "entity": "Alexander Lukashenko"}]`` — the mention is the first whole-word
occurrence of ``mention`` inside the first occurrence of ``context``. It is right when the
extraction resolved a mention covering it to an entity with that label; a mention we did not
resolve (we create mentions only where an event or fact needs them, plus named entities) counts
against us.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .gazetteer import gazetteer, normalise
from .model import Article, Extraction, Failure
from .ontology import event_info, event_types

__all__ = [
    "HEADLINE_FAMILIES",
    "Actor",
    "Check",
    "ErrorExample",
    "EvalReport",
    "FamilyScore",
    "GoldItem",
    "GoldTriple",
    "Prediction",
    "actors_match",
    "content_words",
    "CorefScore",
    "GoldMention",
    "error_examples",
    "error_kinds",
    "evaluate_file",
    "evaluate_items",
    "family_of",
    "predictions_from",
    "read_gold",
    "render_report",
    "report_table",
    "score",
    "score_coreference",
    "seed_gold_path",
    "state_codes",
]

#: Families listed first in the table, in this order; the others follow alphabetically.
HEADLINE_FAMILIES = ("DISAPPROVE", "SANCTION", "COERCE", "CONSULT", "AID", "COOPERATE",
                     "THREATEN", "INVESTIGATE", "DEMAND")
ALL = "all"

_WORD = re.compile(r"[^\W_]+(?:[.'\u2019-][^\W_]+)*\.?", re.UNICODE)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Actor:
    """One side of a triple. ``code``: the gold's actor code (ISO alpha-3 …) or our entity key;
    ``sector``: the gold's CAMEO sector (GOV, MIL, REB …), if any."""

    text: str
    code: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class GoldTriple:
    family: str
    source: Actor
    target: Actor | None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldMention:
    """A mention and the entity it refers to: ``mention`` is the first whole-word occurrence of
    that text inside the first occurrence of ``context`` in the item's text."""

    context: str
    mention: str
    entity: str
    begin: int = 0  # character offset of the mention in the item's text


@dataclass(frozen=True, slots=True)
class GoldItem:
    id: str
    text: str
    gold: tuple[GoldTriple, ...] = ()
    #: (family, source) pairs that must not be predicted
    absent: tuple[tuple[str, Actor], ...] = ()
    partial: bool = False
    where: str = ""
    mentions: tuple[GoldMention, ...] = ()


@dataclass(slots=True)
class CorefScore:
    """How the gold mentions were resolved: to the right entity, to another one, or not at all."""

    gold: int = 0
    correct: int = 0
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)  # item, mention, expected, got
    missing: list[tuple[str, str, str]] = field(default_factory=list)  # item, mention, expected

    @property
    def accuracy(self) -> float | None:
        """Correct among all gold mentions (an unresolved mention counts as an error)."""
        return self.correct / self.gold if self.gold else None

    def to_dict(self) -> dict[str, Any]:
        return {"gold": self.gold, "correct": self.correct, "accuracy": self.accuracy,
                "wrong": [list(w) for w in self.wrong], "missing": [list(m) for m in self.missing]}


@dataclass(frozen=True, slots=True)
class Prediction:
    family: str
    event_type: str
    agent: Actor
    target: Actor
    trigger: str = ""
    sentence: str = ""
    #: character offsets of the evidence sentence in the item's text (None: not known)
    begin: int | None = None
    end: int | None = None


@dataclass(slots=True)
class FamilyScore:
    family: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    excluded: int = 0  # gold triples without a target, left out of recall

    @property
    def fp(self) -> int:
        return self.predicted - self.tp

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"family": self.family, "gold": self.gold, "predicted": self.predicted,
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1, "excluded_no_target": self.excluded}


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """A false positive (``FP``) or false negative (``FN``) with a guess at its kind."""

    error: str
    family: str
    kind: str
    agent: str
    target: str
    item: str
    sentence: str
    trigger: str = ""


@dataclass(frozen=True, slots=True)
class Check:
    """A negative expectation: no ``family`` event with an agent matching ``source``."""

    item: str
    family: str
    source: str
    violations: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return not self.violations


@dataclass(slots=True)
class EvalReport:
    families: dict[str, FamilyScore] = field(default_factory=dict)
    errors: list[ErrorExample] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    items: int = 0
    partial_items: int = 0
    skipped_predictions: int = 0  # negated or hedged, not scored
    failures: list[Failure] = field(default_factory=list)
    coreference: CorefScore = field(default_factory=CorefScore)

    @property
    def overall(self) -> FamilyScore:
        return self.families[ALL]

    def rows(self) -> list[FamilyScore]:
        """Families with gold or predictions, headline ones first, then ``all``."""
        seen = [f for f, s in self.families.items()
                if f != ALL and (s.gold or s.predicted or s.excluded)]
        order = [f for f in HEADLINE_FAMILIES if f in seen] + sorted(
            f for f in seen if f not in HEADLINE_FAMILIES)
        return [self.families[f] for f in order] + [self.families[ALL]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "partial_items": self.partial_items,
            "skipped_predictions": self.skipped_predictions,
            "families": [s.to_dict() for s in self.rows()],
            "checks": [{"item": c.item, "family": c.family, "source": c.source,
                        "passed": c.passed, "violations": list(c.violations)} for c in self.checks],
            "errors": [asdict(e) for e in self.errors],
            "failures": [asdict(f) for f in self.failures],
            "coreference": self.coreference.to_dict(),
        }


# --------------------------------------------------------------------------- matching


@cache
def _word_lists() -> dict[str, frozenset[str]]:
    data = json.loads((Path(__file__).with_name("eval_words.json")).read_text(encoding="utf-8"))
    return {"stop": frozenset(w.lower() for w in data["stop"]),
            "generic": frozenset(_singular(w.lower()) for w in data["generic"]),
            "state_sectors": frozenset(data["state_sectors"])}


def _words() -> tuple[frozenset[str], frozenset[str]]:
    lists = _word_lists()
    return lists["stop"], lists["generic"]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of ``text`` without stop words, possessives, dots or plural ``s``.

    >>> sorted(content_words("The U.S. officials' forces"))
    ['force', 'official', 'us']
    """
    stop, _ = _words()
    out = set()
    for token in _WORD.findall(text.lower().replace("\u2019", "'")):
        token = token.removesuffix("'s").removesuffix("'")
        if token in stop or token.rstrip(".") in stop or _singular(token) in stop:
            continue
        token = token.replace(".", "")
        if token and not token.isdigit():
            out.add(_singular(token))
    return frozenset(out)


def _acts_for_state(sector: str | None) -> bool:
    """No sector ("***" = not coded) or a state organ's sector (GOV, MIL, COP …)."""
    sector = (sector or "").strip("*- ").upper()
    return not sector or sector in _word_lists()["state_sectors"]


def state_codes(actor: Actor) -> frozenset[str]:
    """ISO alpha-3 codes of the states the actor is: our ``state/HUN`` key, the gold's ISO code
    (when its sector, if any, acts for the state: not for rebels or opposition), and state
    names, demonyms or capitals known to the gazetteer (``"Hungarian"`` → ``HUN``)."""
    gaz = gazetteer()
    codes = set()
    code = actor.code or ""
    if code.startswith("state/"):
        codes.add(code.removeprefix("state/"))
    elif (len(code) == 3 and code.upper() in gaz.countries
          and _acts_for_state(actor.sector)):
        codes.add(code.upper())
    hit = gaz.state(actor.text)
    if hit is None:  # "Israeli soldiers", "the Sudanese government" name the state
        _, generic = _words()
        words = _WORD.findall(actor.text)
        kept = [w for w in words if _singular(w.lower()) not in generic]
        if kept and len(kept) < len(words):
            hit = gaz.state(" ".join(kept))
    if hit is not None:
        codes.add(hit[0].iso3)
    return frozenset(codes)


def actors_match(gold: Actor, predicted: Actor) -> str | None:
    """How the two name the same actor (``"word"``, ``"state"``, ``"org"``) or ``None``.

    A shared content word counts unless it is a generic role word ("government", "minister")
    while both sides also have a more specific word.
    """
    if normalise(gold.text) == normalise(predicted.text):
        return "word"
    g, p = content_words(gold.text), content_words(predicted.text)
    _, generic = _words()
    g_specific, p_specific = g - generic, p - generic
    if g_specific & p_specific:
        return "word"
    if (not g_specific or not p_specific) and g & p:
        return "word"
    if state_codes(gold) & state_codes(predicted):
        return "state"
    gold_org, predicted_org = gazetteer().org(gold.text), gazetteer().org(predicted.text)
    if gold_org is not None and gold_org == predicted_org:  # "U.N." and "United Nations"
        return "org"
    return None


def _pair_matches(gold: GoldTriple, pred: Prediction) -> bool:
    return (gold.family == pred.family and gold.target is not None
            and actors_match(gold.source, pred.agent) is not None
            and actors_match(gold.target, pred.target) is not None)


def _max_matching(edges: list[list[int]], n_right: int) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn): left index → right index."""
    right_of: dict[int, int] = {}
    owner = [-1] * n_right

    def attempt(left: int, seen: set[int]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if owner[right] == -1 or attempt(owner[right], seen):
                owner[right] = left
                right_of[left] = right
                return True
        return False

    for left in range(len(edges)):
        attempt(left, set())
    return {left: right for right, left in enumerate(owner) if left != -1}


# --------------------------------------------------------------------------- scoring


def family_of(event_type: str) -> str:
    """The PLOVER category of an event class of the ontology (``"Meeting"`` → ``"CONSULT"``)."""
    return event_info(event_type).plover


def predictions_from(extraction: Extraction, *,
                     include_hedged: bool = False) -> tuple[list[Prediction], int]:
    """Scored predictions of one extraction (labels from its entities), and how many were
    left out (negated, hedged or without a target)."""
    labels = {e.key: e.label for e in extraction.entities}
    out, skipped = [], 0
    for ev in extraction.events:
        if ev.target is None:
            skipped += 1
            continue
        if not include_hedged and (ev.polarity != "positive" or ev.modality == "hedged"):
            skipped += 1
            continue
        out.append(Prediction(
            family=family_of(ev.type), event_type=ev.type,
            agent=Actor(labels.get(ev.agent, ev.agent), ev.agent),
            target=Actor(labels.get(ev.target, ev.target), ev.target),
            trigger=ev.trigger, sentence=ev.evidence.text,
            begin=ev.evidence.begin, end=ev.evidence.end))
    return out, skipped


def _dedupe_predictions(preds: Iterable[Prediction]) -> list[Prediction]:
    seen: dict[tuple[str, str, str], Prediction] = {}
    for p in preds:
        seen.setdefault((p.family, p.agent.code or p.agent.text, p.target.code or p.target.text), p)
    return list(seen.values())


def _dedupe_gold(gold: Iterable[GoldTriple]) -> list[GoldTriple]:
    seen: dict[tuple[str, str, str | None], GoldTriple] = {}
    for g in gold:
        key = (g.family, g.source.text.lower(), None if g.target is None else g.target.text.lower())
        seen.setdefault(key, g)
    return list(seen.values())


def _fn_kind(g: GoldTriple, preds: list[Prediction]) -> str:
    assert g.target is not None
    if not preds:
        return "no event extracted"
    for p in preds:
        if (p.family != g.family and actors_match(g.source, p.agent)
                and actors_match(g.target, p.target)):
            return f"other family ({p.family})"
    same = [p for p in preds if p.family == g.family]
    if any(actors_match(g.source, p.target) and actors_match(g.target, p.agent) for p in same):
        return "direction reversed"
    if any(actors_match(g.source, p.agent) for p in same):
        return "wrong target"
    if any(actors_match(g.target, p.target) for p in same):
        return "wrong agent"
    if same:
        return "both actors wrong"
    return "family missed"


def _fp_kind(p: Prediction, gold: list[GoldTriple]) -> str:
    same = [g for g in gold if g.family == p.family and g.target is not None]
    if not gold:
        return "no gold in item"
    for g in gold:
        if (g.family != p.family and g.target is not None and actors_match(g.source, p.agent)
                and actors_match(g.target, p.target)):
            return f"family should be {g.family}"
    if not same:
        return "event not in gold"
    if any(actors_match(g.source, p.target) and actors_match(g.target, p.agent) for g in same):  # type: ignore[arg-type]
        return "direction reversed"
    if any(actors_match(g.source, p.agent) for g in same):
        return "wrong target"
    if any(actors_match(g.target, p.target) for g in same):  # type: ignore[arg-type]
        return "wrong agent"
    return "both actors wrong"


def score(pairs: Iterable[tuple[GoldItem, list[Prediction]]]) -> EvalReport:
    """Score predictions against gold, item by item (no model needed)."""
    report = EvalReport()
    families = report.families

    def fam(name: str) -> FamilyScore:
        return families.setdefault(name, FamilyScore(name))

    for name in sorted({event_info(t).plover for t in event_types()}):
        fam(name)
    fam(ALL)
    for item, raw_preds in pairs:
        report.items += 1
        report.partial_items += int(item.partial)
        preds = _dedupe_predictions(raw_preds)
        gold = _dedupe_gold(item.gold)
        scorable = [g for g in gold if g.target is not None]
        for g in gold:
            if g.target is None:
                fam(g.family).excluded += 1
                fam(ALL).excluded += 1
        edges = [[j for j, p in enumerate(preds) if _pair_matches(g, p)] for g in scorable]
        matched = _max_matching(edges, len(preds))
        matched_preds = set(matched.values())
        for g in scorable:
            fam(g.family).gold += 1
            fam(ALL).gold += 1
        for p in preds:
            fam(p.family).predicted += 1
            fam(ALL).predicted += 1
        for i in matched:
            fam(scorable[i].family).tp += 1
            fam(ALL).tp += 1
        for i, g in enumerate(scorable):
            if i not in matched:
                assert g.target is not None
                report.errors.append(ErrorExample(
                    "FN", g.family, _fn_kind(g, preds), g.source.text, g.target.text, item.id,
                    g.evidence or item.text))
        for j, p in enumerate(preds):
            if j not in matched_preds:
                report.errors.append(ErrorExample(
                    "FP", p.family, _fp_kind(p, gold), p.agent.text, p.target.text, item.id,
                    p.sentence or item.text, p.trigger))
        for family, source in item.absent:
            bad = tuple(f"{p.agent.text} → {p.target.text} ({p.trigger})" for p in preds
                        if p.family == family and actors_match(source, p.agent))
            report.checks.append(Check(item.id, family, source.text, bad))
    return report


# --------------------------------------------------------------------------- gold files


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
                             fix="see kg_builder/evaluate.py for the format", where=where) from exc
    if not items:
        raise InputError("the gold file holds no records", where=str(path),
                         fix="give a JSON Lines file with one sentence or article a line")
    return items


def evaluate_items(items: list[GoldItem], *, model: str | None = None,
                   include_hedged: bool = False, limit: int | None = None) -> EvalReport:
    """Run extraction on each item's text and score it."""
    from .pipeline import BuildOptions, extract_articles

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


def error_kinds(report: EvalReport) -> Counter[tuple[str, str]]:
    """How often each (FP/FN, kind) occurs."""
    return Counter((e.error, e.kind) for e in report.errors)


def seed_gold_path() -> Path:
    """``tests/data/seed_gold.jsonl`` of a source checkout: the seed article's expected events."""
    path = Path(__file__).resolve().parent.parent / "tests" / "data" / "seed_gold.jsonl"
    if not path.is_file():
        raise InputError("the seed gold file was not found", where=str(path),
                         why="it ships with the source checkout, not with the wheel",
                         fix="run from a kg_builder source checkout or give the gold file's path")
    return path


def _num(value: float | None) -> str:
    return "\u2013" if value is None else f"{value:.3f}"  # an en dash: undefined


def report_table(report: EvalReport, *, title: str = "kg eval") -> Any:
    """The per-family scores as a ``rich`` table (the CLI prints it)."""
    from rich.table import Table

    table = Table(title=title)
    table.add_column("family", no_wrap=True)
    for name in ("gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "excl"):
        table.add_column(name, justify="right", no_wrap=True)
    for s in report.rows():
        table.add_row(s.family, str(s.gold), str(s.predicted), str(s.tp), str(s.fp), str(s.fn),
                      _num(s.precision), _num(s.recall), _num(s.f1), str(s.excluded),
                      end_section=s.family == ALL)
    return table


def error_examples(report: EvalReport, per_family: int) -> list[ErrorExample]:
    """Up to ``per_family`` false positives and false negatives of each family, in table order."""
    out = []
    for s in report.rows():
        if s.family == ALL:
            continue
        for kind in ("FP", "FN"):
            found = [e for e in report.errors if e.family == s.family and e.error == kind]
            out += found[:per_family]
    return out


def render_report(report: EvalReport, *, title: str = "kg eval", errors: int = 0,
                  include_hedged: bool = False) -> list[Any]:
    """What ``kg eval`` prints: the table, notes, the negative checks and error examples
    (``rich`` renderables; the CLI prints them)."""
    from rich.text import Text

    scored = "all" if include_hedged else "positive, not hedged"
    parts: list[Any] = [report_table(report, title=title), Text(
        f"{report.items} items; scoring {scored} events ({report.skipped_predictions} other "
        "predictions not scored); excl = gold triples without a target, left out of recall")]
    if report.partial_items:
        parts.append(Text(f"{report.partial_items} item(s) have partial gold: "
                          "their precision is a lower bound"))
    for check in report.checks:
        line = Text(f"check: no {check.family} by {check.source} \u2014 ")
        if check.passed:
            line.append("passed", style="green")
        else:
            line.append("FAILED", style="red")
            line.append(": " + "; ".join(check.violations))
        parts.append(line)
    co = report.coreference
    if co.gold:
        parts.append(Text(
            f"coreference: {co.correct}/{co.gold} gold mentions resolved to the right entity "
            f"({len(co.wrong)} to another entity, {len(co.missing)} not resolved)"))
        if errors:
            for item, context, expected, got in co.wrong:
                parts.append(Text(f"COREF {item}: \"{context}\" is {expected}, not {got}"))
            for item, context, expected in co.missing:
                parts.append(Text(f"COREF {item}: \"{context}\" ({expected}) not resolved"))
    for e in error_examples(report, errors) if errors else []:
        line = Text(f"{e.error}", style="bold")
        trigger = f" ({e.trigger})" if e.trigger else ""
        line.append(f" {e.family} [{e.kind}] {e.agent} \u2192 {e.target}{trigger}  {e.item}\n    "
                    + " ".join(e.sentence.split())[:300])
        parts.append(line)
    return parts
