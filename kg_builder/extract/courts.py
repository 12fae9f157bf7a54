"""What courts and judges do in a case: rulings, no political event (issue 15, business and
courts read as political events). Reads the ``courts`` rule section (for :mod:`.conventions`).

A court or a judge (a party named with one of ``bench_words``: 'the Court of Appeal', 'a federal
judge') hears a case and rules on it. CAMEO codes acts of political actors; a ruling is neither
the court's support of, nor a concession to, the party it favours ('the Court of Appeal backed
the Home Office's powers'), whoever that party is. In a civil case, where the other party is a
company or a private organisation (``civil_kinds``), a court's relief or injunction and its
hearing ('the judge granted Dorvale Oil an injunction', 'A federal judge barred Delta Mining
from selling the unit', 'the judge is in talks with the makers') is no aid, sanction or
consultation (``civil_categories``): a legal act, no event. A court's rejection of a company's
request, its order to a company, and a company's request to a court stay (but a company
withdrawing, dropping or settling its case, ``case_categories`` on ``case_words``, neither
retreats from, rejects nor agrees with the court where the case lies: 'Texaco will withdraw
its appeal to the Supreme Court under the settlement'): the meanings of
Rejection and Demand fit them ('A judge dismissed Dorvale Oil's attempt to gain bankruptcy
protection', 'Dorvale asked the court to block the judgment'), and PLOVER codes a judge's order
as a DEMAND. What a court does to people and states stays: 'An Argentine judge has
ordered former president Carlos Menem to appear', 'the court jailed the activist', 'was
indicted by the war crimes court' (a PLOVER gold DISAPPROVE).
A complaint filed or lodged against a party (:func:`lawsuit`: 'The SEC filed a complaint
against the brokerage alleging fraud') is a legal complaint, a lawsuit (CAMEO 115), not a
disapproval in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from .rules import Words, load_section

if TYPE_CHECKING:
    from .conventions import Occasion

__all__ = ["CourtRules", "court_rules", "lawsuit", "ruled"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CourtRules:
    """``rules/extract/courts.json``."""

    bench_words: Words
    ruling_categories: frozenset[str]
    civil_categories: frozenset[str]
    civil_kinds: frozenset[str]
    complaint_events: frozenset[str]
    complaint_lemmas: Words
    filing_lemmas: Words
    lawsuit_event: str
    case_categories: frozenset[str]
    case_words: Words


@cache
def court_rules() -> CourtRules:
    return load_section("courts", CourtRules)


def _bench(name: str) -> bool:
    return bool(set(name.split()) & court_rules().bench_words)


def ruled(occ: Occasion) -> bool:
    """Whether a reading between two parties is a court's ruling or a step in a civil case, no
    event: 'the Court of Appeal backed the Home Office's powers' (a ruling favours no one), 'the
    judge granted Dorvale an injunction' (relief in a company's case is no aid)."""
    rules = court_rules()
    if not _bench(occ.agent_name):
        return occ.agent_kind in rules.civil_kinds and _bench(occ.target_name) and (
            occ.category in rules.civil_categories or _case_step(occ))
    return occ.category in rules.ruling_categories or (
        occ.category in rules.civil_categories and occ.target_kind in rules.civil_kinds)


def _case_step(occ: Occasion) -> bool:
    """'Texaco will withdraw its appeal to the Supreme Court under the settlement', 'settled the
    case before the appeals court': what a company does with its own case (withdraws, drops,
    settles, agrees on it) is a step in the case, done with the other litigant; the court where
    the case lies is no party it retreats from, rejects or agrees with."""
    rules = court_rules()
    return occ.category in rules.case_categories and bool(
        (occ.things | occ.done) & rules.case_words)


def lawsuit(occ: Occasion, *, event: str) -> str | None:
    """The class a complaint filed or lodged against a party takes (``event``, the class read so
    far): 'The SEC filed a complaint against the brokerage', 'the bank filed a complaint against
    the retailer for default' bring a legal complaint (a lawsuit), not words of disapproval;
    None for any other reading ('complained about the decision', 'a complaint by the union')."""
    rules = court_rules()
    if event in rules.complaint_events and occ.trigger in rules.complaint_lemmas and (
            occ.done & rules.filing_lemmas):
        return rules.lawsuit_event
    return None
