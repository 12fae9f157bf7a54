"""The second gold set of ``kg eval``: every event of whole corpus articles, by sentence offsets.

The gold file (JSON Lines) refers to articles of the corpora in a data folder
(``--corpus-dir``, see :mod:`kg_builder.corpora`) and never holds their text. One line per gold
event::

    {"corpus": "bbc_news", "article": "bbc-politics-012", "sentence": [1042, 1187],
     "agent": "Michael Howard", "family": "DISAPPROVE", "event": "Accusation",
     "target": "Tony Blair", "note": "he = Howard (previous sentence)"}

- ``sentence``: the character offsets ``[begin, end)`` in the article text of the sentence
  stating the event (``kg audit sentences CORPUS ARTICLE`` lists them);
- ``agent`` / ``target``: the actor as the article names it; a role phrase ("the Foreign
  Secretary") is allowed. ``target`` may be missing (such a gold event is counted as
  ``excl``, as in the PLOVER gold);
- ``family``: the PLOVER category (``DISAPPROVE``, ``CONSULT``, ``SANCTION``, ``THREATEN`` …);
  ``event`` (optional): an event class of the ontology of that family; ``note``: free text.

An article annotated in full that states no event is one line ``{"corpus": …, "article": …,
"no_events": true}``: its predictions then count as false positives.

Scoring reuses :func:`kg_builder.evaluate.score` and its matching (same family, agent and target
by :func:`~kg_builder.evaluate.actors_match`, each gold event and each prediction matched at
most once). It is scored sentence by sentence: the gold events of a sentence and the
predictions whose evidence sentence overlaps it form one item (sentences that overlap one
evidence span — split differently by the annotator and by us — form one item together); the
predictions from the article's other sentences form one more item without gold, so they count
as false positives. All predictions of the annotated articles are scored (precision), every
gold event with a target counts in recall.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpora import read_articles
from .errors import InputError
from .evaluate import Actor, EvalReport, GoldItem, GoldTriple, Prediction, predictions_from, score
from .model import Article, Failure
from .ontology import event_info, event_types

__all__ = [
    "ArticleGold",
    "GoldEvent",
    "evaluate_article_gold",
    "is_article_gold",
    "read_article_gold",
    "score_article",
]

_KEYS = frozenset({"corpus", "article", "sentence", "agent", "family", "event", "target",
                   "note", "no_events", "modality", "reciprocal", "unsure"})
#: how the article states a gold event: as a fact, only hoped/planned/asked/conditional, negated
MODALITIES = ("asserted", "not_asserted", "negated")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    corpus: str
    article: str
    begin: int
    end: int
    family: str
    agent: str
    target: str | None
    event: str | None = None
    note: str = ""
    where: str = ""
    modality: str = "asserted"
    #: the annotator was not sure it is an event of this family between these actors
    unsure: bool = False


@dataclass(frozen=True, slots=True)
class ArticleGold:
    """The gold events, and every annotated article as ``(corpus, id)`` in file order."""

    events: tuple[GoldEvent, ...]
    articles: tuple[tuple[str, str], ...]
    path: str = ""

    def events_of(self, corpus: str, article: str) -> list[GoldEvent]:
        return [e for e in self.events if (e.corpus, e.article) == (corpus, article)]


def is_article_gold(path: str | Path) -> bool:
    """Whether the first record of a JSON Lines file is in this format (has corpus and article)."""
    try:
        with Path(path).open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    return isinstance(record, dict) and "corpus" in record and "article" in record
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    return False


def _text(record: dict[str, Any], key: str, *, required: bool = True) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValueError(f"'{key}' is missing or empty")
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{key}' must be a string, not {type(value).__name__}")
    return value.strip()


def _event(record: dict[str, Any], where: str, families: frozenset[str]) -> GoldEvent:
    corpus, article = _text(record, "corpus"), _text(record, "article")
    span = record.get("sentence")
    if (not isinstance(span, list) or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            or not 0 <= span[0] < span[1]):
        raise ValueError("'sentence' must be [begin, end]: character offsets with begin < end")
    family = (_text(record, "family") or "").upper()
    if family not in families:
        raise ValueError(f"unknown family '{family}' (expected a PLOVER category: "
                         f"{', '.join(sorted(families))})")
    event = _text(record, "event", required=False)
    if event is not None:
        if event not in event_types():
            raise ValueError(f"unknown event class '{event}' (see ontology/kg.ttl)")
        if event_info(event).plover != family:
            raise ValueError(f"the event class {event} is of family {event_info(event).plover}, "
                             f"not {family}")
    note = record.get("note") or ""
    modality = record.get("modality", "asserted")
    if modality not in MODALITIES:
        raise ValueError(f"'modality' must be one of {', '.join(MODALITIES)}, not {modality!r}")
    for flag in ("reciprocal", "unsure"):
        if not isinstance(record.get(flag, False), bool):
            raise ValueError(f"'{flag}' must be true or false")
    return GoldEvent(corpus=str(corpus), article=str(article), begin=span[0], end=span[1],
                     family=family, agent=str(_text(record, "agent")),
                     target=_text(record, "target", required=False), event=event,
                     note=str(note), where=where, modality=modality,
                     unsure=bool(record.get("unsure", False)))


def read_article_gold(path: str | Path) -> ArticleGold:
    """Read the gold file; every error names the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("the gold file cannot be read", why=str(exc), where=str(path),
                         fix="give a UTF-8 JSON Lines file") from exc
    families = frozenset(event_info(t).plover for t in event_types())
    events: list[GoldEvent] = []
    articles: dict[tuple[str, str], str] = {}  # → how it is annotated: "events" or "none"
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("each line must be a JSON object")
            unknown = sorted(set(record) - _KEYS)
            if unknown:
                raise ValueError(f"unknown key(s) {', '.join(unknown)} "
                                 f"(known: {', '.join(sorted(_KEYS))})")
            key = (str(_text(record, "corpus")), str(_text(record, "article")))
            kind = "none" if record.get("no_events") is True else "events"
            if articles.setdefault(key, kind) != kind:
                raise ValueError(f"article {key[1]} is marked no_events and also has events")
            if kind == "events":
                events.append(_event(record, where, families))
            elif set(record) - {"corpus", "article", "no_events", "note"}:
                raise ValueError("a no_events line holds only corpus, article and note")
        except (ValueError, json.JSONDecodeError) as exc:
            raise InputError("a gold record is malformed", why=str(exc), where=where,
                             fix="see kg_builder/article_gold.py or tests/data/audit/README.md "
                                 "for the format") from exc
    if not articles:
        raise InputError("the gold file holds no records", where=str(path),
                         fix="give one gold event a line")
    return ArticleGold(tuple(events), tuple(articles), str(path))


def _check_offsets(gold: ArticleGold, texts: Mapping[tuple[str, str], Article]) -> None:
    for e in gold.events:
        length = len(texts[(e.corpus, e.article)].text)
        if e.end > length:
            raise InputError(f"the sentence [{e.begin}, {e.end}] lies beyond the end of "
                             f"{e.article} ({length} characters)", where=e.where,
                             fix="take the offsets from 'kg audit sentences'")


def _groups(gold: list[GoldEvent], preds: list[Prediction]
            ) -> tuple[list[tuple[int, int, list[GoldEvent], list[Prediction]]], list[Prediction]]:
    """Gold sentences joined with the predictions whose evidence overlaps them: ``(begin, end,
    gold, predictions)`` per group, and the predictions that overlap no gold sentence."""
    spans: list[tuple[int, int, int, object]] = [(g.begin, g.end, 0, g) for g in gold]
    spans += [(p.begin, p.end, 1, p) for p in preds if p.begin is not None and p.end is not None]
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    groups: list[tuple[int, int, list[Any], list[Any]]] = []
    for begin, end, kind, obj in spans:
        if groups and begin < groups[-1][1]:
            b, e, g, p = groups[-1]
            groups[-1] = (b, max(e, end), g, p)
        else:
            groups.append((begin, end, [], []))
        (groups[-1][2] if kind == 0 else groups[-1][3]).append(obj)
    rest = [p for p in preds if p.begin is None or p.end is None]
    out = []
    for b, e, g, p in groups:
        if g:
            out.append((b, e, g, p))
        else:
            rest += p
    return out, rest


def score_article(article: Article, gold: list[GoldEvent], preds: list[Prediction]
                  ) -> list[tuple[GoldItem, list[Prediction]]]:
    """The scoring items of one annotated article (see the module's docstring)."""
    groups, rest = _groups(gold, preds)
    items = []
    for begin, end, golds, predicted in groups:
        triples = tuple(
            GoldTriple(g.family, Actor(g.agent), Actor(g.target) if g.target else None,
                       " ".join(article.text[g.begin:g.end].split()))
            for g in golds)
        item = GoldItem(id=f"{article.id}#{begin},{end}", text=article.text[begin:end],
                        gold=triples, where=golds[0].where)
        items.append((item, predicted))
    items.append((GoldItem(id=f"{article.id} (other sentences)", text=""), rest))
    return items


def evaluate_article_gold(gold: ArticleGold, *, corpus_dir: str | Path,
                          model: str | None = None, include_hedged: bool = False,
                          sure_only: bool = False) -> EvalReport:
    """Read the annotated articles from the corpora, extract their events, and score them.

    Gold events the article only hopes, plans, asks about or negates (``modality``) are scored
    only with ``include_hedged``, like the predictions; ``sure_only`` leaves out the gold events
    the annotator marked ``unsure``."""
    gold = ArticleGold(tuple(e for e in gold.events
                             if (include_hedged or e.modality == "asserted")
                             and not (sure_only and e.unsure)), gold.articles, gold.path)
    from .stages import BuildOptions, extract_articles

    wanted: dict[str, list[str]] = {}
    for corpus, article in gold.articles:
        wanted.setdefault(corpus, []).append(article)
    texts = read_articles(corpus_dir, wanted)
    _check_offsets(gold, texts)
    by_id: dict[str, tuple[str, str]] = {}
    for key in gold.articles:
        if by_id.setdefault(key[1], key) != key:
            raise InputError(f"article id {key[1]} is in two corpora ({by_id[key[1]][0]}, "
                             f"{key[0]})", where=gold.path,
                             fix="score the two corpora with separate gold files")
    failures: list[Failure] = []
    skipped = 0

    def pairs() -> Iterator[tuple[GoldItem, list[Prediction]]]:
        nonlocal skipped
        articles: Iterable[Article] = (texts[k] for k in gold.articles)
        done = set()
        for extraction in extract_articles(articles, options=BuildOptions(model=model),
                                           on_error=failures.append):
            preds, n = predictions_from(extraction, include_hedged=include_hedged)
            skipped += n
            key = by_id[extraction.article.id]
            done.add(key)
            yield from score_article(texts[key], gold.events_of(*key), preds)
        for key in gold.articles:  # an article whose extraction failed predicted nothing
            if key not in done:
                yield from score_article(texts[key], gold.events_of(*key), [])

    report = score(pairs())
    report.skipped_predictions = skipped
    report.failures = failures
    return report
