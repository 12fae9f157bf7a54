"""What a name stood for on the article's date (issue 16: one node per real thing).

- A capital or a seat of government stands for the state whose government sat there then:
  'Moscow' and 'the Kremlin' of a 1987 story are the Soviet Union, not Russia
  (``former_states``).
- An office named without its holder ('the prime minister', 'the Fed chairman') is a person the
  actor dictionary (``rules/people.jsonl``) says held it on the article's date; a former holder
  ('the former home secretary') held it before. Without a date, of two people named in the
  article who both held it, the one who held it in the years most of the people it names were in
  office (Tony Blair beside Gordon Brown, John Prescott and Michael Howard), else no one: no
  guess (read by :mod:`.resolve`).

Rules in ``rules/eras.json``; the library never guesses a date the article does not give.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .resources import read_keyed_json

__all__ = ["RULES_FILE", "EraRules", "FormerState", "Term", "article_day", "era_rules",
           "held_in", "likely_year", "past_office", "state_then"]

RULES_FILE = "eras.json"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True, kw_only=True)
class FormerState:
    """Before ``until`` (an ISO date), a capital or seat of government of ``state`` stood for
    ``was``, the state it was then part of."""

    state: str
    was: str
    until: str


@dataclass(frozen=True, slots=True)
class Term:
    """An office a person of the actor dictionary held: its title, the first and the last
    year (None: not known, or still held), and what it was an office of (``of`` in
    people.jsonl: a state's ISO 3166 alpha-3 code or a body's name; None: not given)."""

    title: str
    start: int | None
    end: int | None
    of: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class EraRules:
    """``rules/eras.json``: see its ``_comment``."""

    former_states: tuple[FormerState, ...]
    metonym_hows: frozenset[str]
    past_words: frozenset[str]
    open_term_years: int
    min_era_people: int


@cache
def era_rules() -> EraRules:
    """The rules of ``rules/eras.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, reader="kg_builder/eras.py", keys={
        "former_states", "metonym_hows", "past_words", "open_term_years", "min_era_people"})
    return EraRules(
        former_states=tuple(FormerState(state=r["state"], was=r["was"], until=r["until"])
                            for r in data["former_states"]),
        metonym_hows=frozenset(data["metonym_hows"]),
        past_words=frozenset(data["past_words"]),
        open_term_years=int(data["open_term_years"]),
        min_era_people=int(data["min_era_people"]))


def article_day(published: str | None) -> str | None:
    """The ISO day of an article's date ('1987-03-09T23:38:49.9' → '1987-03-09'), or None."""
    if published is None or not _DAY.match(published):
        return None
    return published[:10]


def state_then(iso3: str, *, how: str, day: str | None, rules: EraRules | None = None) -> str:
    """The state a mention of ``iso3`` read as ``how`` ('metonym', 'capital' …) stood for on
    ``day``: 'Moscow' on 1987-10-20 is the Soviet Union ('SUN'); a state's own name, or any
    mention of an undated article, is left as it is."""
    rules = rules or era_rules()
    if day is None or how not in rules.metonym_hows:
        return iso3
    for former in rules.former_states:
        if former.state == iso3 and day < former.until:
            return former.was
    return iso3


def past_office(role: str, *, rules: EraRules | None = None) -> bool:
    """Whether a role's words name an office held before: 'former home secretary', 'then
    prime minister'."""
    rules = rules or era_rules()
    words = role.lower().replace("-", " ").split()
    return any(w in rules.past_words for w in words)


def held_in(terms: Iterable[Term], year: int) -> bool:
    """Whether one of ``terms`` spans ``year`` (a term without years spans any year)."""
    return any((t.start is None or t.start <= year) and (t.end is None or year <= t.end)
               for t in terms)


def likely_year(careers: Iterable[Iterable[Term]], *, rules: EraRules | None = None) -> int | None:
    """The year an undated article most likely tells of, from the careers of the dictionary
    people it names (one iterable of terms each): the middle one of the years in which the most
    of them held an office, at least ``min_era_people``; None when too few tell. A term with no
    end counts ``open_term_years`` from its start."""
    rules = rules or era_rules()
    count: dict[int, int] = {}
    for terms in careers:
        years: set[int] = set()
        for t in terms:
            if t.start is None:
                continue
            end = t.end if t.end is not None else t.start + rules.open_term_years
            years.update(range(t.start, end + 1))
        for y in years:
            count[y] = count.get(y, 0) + 1
    if not count or max(count.values()) < rules.min_era_people:
        return None
    best = sorted(y for y, n in count.items() if n == max(count.values()))
    return best[(len(best) - 1) // 2]
