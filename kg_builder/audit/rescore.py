"""Re-score a kept sheet against a new build: which judged rows are still there.

A kept **event row** (views ``events`` and ``accusations``) is still present when the new
build's view has a row of the same article with

- the same sentence: identical offsets, or — after a change of sentence splitting — spans that
  overlap (two different sentences of one article never overlap);
- the same event class (``Accusation`` is not ``Criticism``), the same polarity and modality
  (a row judged as a fact is another claim once it is hedged);
- the same agent and the same target, each by :func:`same_actor`: the same entity IRI, or
  labels that name the same actor — equal once normalised, the same organisation of the
  gazetteer ("EU" and "European Union"), an acronym and the name it is the initials of ("CSA"
  and "Child Support Agency", as the extractor joins them), or the content words of the shorter
  all in the longer ("Livingstone" and "Ken Livingstone", "Labour" and "Labour Party"; not
  "Labour" and "Ken Livingstone", nor "Tony Blair" and "Cherie Blair").

A kept **entity row** is still present when the article has an entity with the same IRI, the
same normalised label or the name its acronym label stands for ("TGWU"), and the same type.

Each new row stands for at most one kept row (exact offsets and IRIs are preferred). A kept row
whose article is not in the new store is reported as such, never as fixed or regressed. A kept
row that is gone is *fixed* when it was judged wrong (any verdict but ``right``), a
*regression* when it was judged ``right``; the precision of the rows still present is their
share of ``right`` verdicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..evaluate import content_words
from ..extract.bodies import body_rules, initials
from ..gazetteer import gazetteer, normalise
from ..store import Store
from .rows import AuditItem, EntityRow, EventRow, Row, view_rows
from .sheet import Sheet
from .stats import wilson
from .verdicts import RIGHT

__all__ = [
    "FIXED",
    "NOT_IN_STORE",
    "PRESENT",
    "REGRESSION",
    "UNJUDGED_GONE",
    "RescoreReport",
    "RescoredItem",
    "match_items",
    "rescore",
    "rescore_rows",
    "same_actor",
    "stored_articles",
]

PRESENT = "present"
FIXED = "fixed"
REGRESSION = "regression"
UNJUDGED_GONE = "gone (not judged)"
NOT_IN_STORE = "article not in store"

_ARTICLES = """
PREFIX nkg: <https://w3id.org/kg-builder/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT DISTINCT ?article WHERE {
  GRAPH ?g { ?g a nkg:ArticleGraph ; nkg:describesArticle ?a . ?a dcterms:identifier ?article }
}
"""


@dataclass(frozen=True, slots=True)
class RescoredItem:
    item: AuditItem
    status: str
    now: Row | None = None  # the new build's row, when present


@dataclass(slots=True)
class RescoreReport:
    view: str
    items: list[RescoredItem] = field(default_factory=list)

    @property
    def present_right(self) -> int:
        return sum(1 for r in self.items if r.status == PRESENT and r.item.verdict == RIGHT)

    @property
    def present_wrong(self) -> int:
        return sum(1 for r in self.items if r.status == PRESENT
                   and r.item.verdict not in (None, RIGHT))

    @property
    def present_unjudged(self) -> int:
        return sum(1 for r in self.items if r.status == PRESENT and r.item.verdict is None)

    def count(self, status: str) -> int:
        return sum(1 for r in self.items if r.status == status)

    @property
    def precision(self) -> float | None:
        judged = self.present_right + self.present_wrong
        return self.present_right / judged if judged else None

    @property
    def interval(self) -> tuple[float, float] | None:
        return wilson(self.present_right, self.present_right + self.present_wrong)


def same_actor(old_label: str, old_iri: str, new_label: str, new_iri: str) -> bool:
    """Whether two rows name the same actor (see the module's docstring)."""
    if old_iri and old_iri == new_iri:
        return True
    if not old_label or not new_label:
        return not old_label and not new_label and not old_iri and not new_iri
    if normalise(old_label) == normalise(new_label):
        return True
    known = gazetteer().org(old_label)
    if known is not None and known == gazetteer().org(new_label):
        return True
    if _acronym_of(old_label, new_label) or _acronym_of(new_label, old_label):
        return True
    old, new = content_words(old_label), content_words(new_label)
    shorter, longer = (old, new) if len(old) <= len(new) else (new, old)
    return bool(shorter) and shorter <= longer


def _acronym_of(short: str, name: str) -> bool:
    """'CSA' and 'Child Support Agency', 'NAO' and 'National Audit Office'."""
    return (short.isupper() and short.isalpha() and 2 <= len(short) <= 8
            and initials(name, body_rules().acronym_skip_words) == short)


def _event_match(old: EventRow, new: EventRow) -> tuple[int, int, int] | None:
    """How well ``new`` matches ``old`` (higher is better), or ``None``."""
    if (old.article != new.article or old.event_type != new.event_type
            or old.polarity != new.polarity or old.modality != new.modality):
        return None
    if not (old.begin < new.end and new.begin < old.end):
        return None
    if not (same_actor(old.agent, old.agent_iri, new.agent, new.agent_iri)
            and same_actor(old.target, old.target_iri, new.target, new.target_iri)):
        return None
    exact_span = int((old.begin, old.end) == (new.begin, new.end))
    exact_iris = int(old.agent_iri == new.agent_iri) + int(old.target_iri == new.target_iri)
    return exact_span, exact_iris, -abs(old.begin - new.begin)


def _entity_match(old: EntityRow, new: EntityRow) -> tuple[int, int, int] | None:
    if old.article != new.article or old.type != new.type:
        return None
    if old.entity_iri == new.entity_iri:
        return 1, 1, 0
    if normalise(old.label) == normalise(new.label):
        return 0, 1, 0
    if _acronym_of(old.label, new.label):  # "TGWU" now joined to its name written in full
        return 0, 0, 0
    return None


def match_items(items: Iterable[AuditItem], rows: Iterable[Row]) -> dict[int, Row]:
    """Row number of a kept item → the new row standing for it (one-to-one, best first)."""
    by_article: dict[str, list[Row]] = {}
    for row in rows:
        by_article.setdefault(row.article, []).append(row)
    candidates: list[tuple[tuple[int, int, int], int, int, AuditItem, Row]] = []
    for item in items:
        for j, row in enumerate(by_article.get(item.row.article, ())):
            quality = (_entity_match(item.row, row)
                       if isinstance(item.row, EntityRow) and isinstance(row, EntityRow)
                       else _event_match(item.row, row)
                       if isinstance(item.row, EventRow) and isinstance(row, EventRow) else None)
            if quality is not None:
                candidates.append((quality, -item.number, j, item, row))
    candidates.sort(key=lambda c: (c[0], c[1], -c[2]), reverse=True)
    taken_items: dict[int, Row] = {}
    taken_rows: set[tuple[str, int]] = set()
    for _, _, j, item, row in candidates:
        if item.number in taken_items or (row.article, j) in taken_rows:
            continue
        taken_items[item.number] = row
        taken_rows.add((row.article, j))
    return taken_items


def rescore_rows(sheet: Sheet, rows: Iterable[Row], articles: Iterable[str]) -> RescoreReport:
    """Re-score ``sheet`` against the rows of its view in a new build holding ``articles``."""
    built = frozenset(articles)
    rows = list(rows)
    matched = match_items(sheet.items, rows)
    report = RescoreReport(sheet.view)
    for item in sheet.items:
        if item.row.article not in built:
            status = NOT_IN_STORE
        elif item.number in matched:
            status = PRESENT
        elif item.verdict is None:
            status = UNJUDGED_GONE
        else:
            status = REGRESSION if item.verdict == RIGHT else FIXED
        report.items.append(RescoredItem(item, status, matched.get(item.number)))
    return report


def stored_articles(store: Store) -> set[str]:
    """The ids of the articles the store holds (quarantined ones are not held)."""
    return {row[0] for row in store.query(_ARTICLES).rows if row[0] is not None}


def rescore(sheet: Sheet, store: Store) -> RescoreReport:
    """Re-score a kept (or judged) sheet against the view of the same name in ``store``."""
    return rescore_rows(sheet, view_rows(store, sheet.view), stored_articles(store))
