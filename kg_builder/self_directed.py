"""Acts a party aims at itself are no events between two parties (issue 15, wrong-target class).

"Japanese Finance Minister Kiichi Miyazawa said the government must stimulate domestic demand",
"Bundesbank President Karl Otto Poehl said the Bundesbank must keep rates steady": an officer
saying what the body or state he holds his post in must do states its policy; it is no demand
of one actor on another. Read after resolution, when the post (the article's ``employedBy`` and
``leaderOf`` facts) and the event's target are entities, so 'the government' is the state the
minister serves. A post the article does not state may be one the actor dictionary knows: 'President
Reagan said the United States must cut its deficit' in a 1987 story (:func:`office_posts`, the
state offices of ``rules/people.jsonl`` held in the article's year). Nor does a party visit or
sanction the state it belongs to: 'Yugoslav trade union leaders are touring the country' (a group
named after the state's people), "Fidel Castro's decision to ban all cash transactions in US
dollars in Cuba" (a person the actor dictionary ties to the state): no guest and no measure
between two parties (:func:`national_posts`). Rules in ``rules/self_directed.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .eras import Term, held_in
from .model import Event
from .ontology import event_info
from .resources import read_keyed_json

__all__ = ["NATIONAL", "RULES_FILE", "Post", "SelfDirectedRules", "aimed_at_oneself",
           "national_posts", "office_posts", "self_directed_rules", "state_office"]

RULES_FILE = "self_directed.json"
#: how a state's entity key opens ("state/JPN"; resolve.py)
_STATE_KEY = "state/"
#: the relation of a :func:`national_posts` post: its holder belongs to the state
NATIONAL = "nationalOf"


@dataclass(frozen=True, slots=True, kw_only=True)
class SelfDirectedRules:
    """``rules/self_directed.json``: see its ``_comment``."""

    categories: frozenset[str]
    state_categories: frozenset[str]
    post_relations: frozenset[str]
    office_words: frozenset[str]
    non_office_phrases: tuple[str, ...]
    national_types: frozenset[str]
    national_relations: frozenset[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Post:
    """A resolved fact of an article about whom someone works for: ``holder`` ``relation``
    ``body``; ``by_city`` when the body was named by a city's name ('Moscow Mayor Yuri
    Luzhkov', 'president of the Belgrade trade unions council': the city, or a body in it, that
    the resolution takes for its state)."""

    holder: str
    relation: str
    body: str
    by_city: bool


@cache
def self_directed_rules() -> SelfDirectedRules:
    """The rules of ``rules/self_directed.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys={"categories", "state_categories", "post_relations",
                                             "office_words", "non_office_phrases",
                                             "national_types", "national_relations"},
                           reader="kg_builder/self_directed.py")
    return SelfDirectedRules(categories=frozenset(data["categories"]),
                             state_categories=frozenset(data["state_categories"]),
                             post_relations=frozenset(data["post_relations"]),
                             office_words=frozenset(w.lower() for w in data["office_words"]),
                             non_office_phrases=tuple(p.lower() for p in data["non_office_phrases"]),
                             national_types=frozenset(data["national_types"]),
                             national_relations=frozenset(data["national_relations"]))


def state_office(term: Term, *, rules: SelfDirectedRules | None = None) -> bool:
    """Whether ``term`` is an office in a state's government: ``of`` a state code, its title
    with one of ``office_words`` ('President', 'Secretary of the Treasury') and none of
    ``non_office_phrases`` ('Opposition leader', 'Mayor of Moscow', 'First Minister of
    Scotland': no office of the state itself)."""
    rules = rules or self_directed_rules()
    if term.of is None or len(term.of) != 3 or not term.of.isupper():
        return False
    title = f" {' '.join(term.title.lower().split())} "
    return (any(w in rules.office_words for w in title.split())
            and not any(f" {p} " in title for p in rules.non_office_phrases))


def office_posts(careers: Iterable[tuple[str, Iterable[Term]]], *, year: int | None,
                 rules: SelfDirectedRules | None = None) -> list[Post]:
    """The posts the actor dictionary knows of: for each (entity key, terms) of ``careers``, a
    ``leaderOf`` post in ``state/<of>`` for each :func:`state_office` term held in ``year``.
    Without a year, none: no guess."""
    rules = rules or self_directed_rules()
    if year is None:
        return []
    return [Post(holder=key, relation="leaderOf", body=f"{_STATE_KEY}{t.of}", by_city=False)
            for key, terms in careers for t in terms
            if state_office(t, rules=rules) and held_in((t,), year)]


def national_posts(groups: Iterable[tuple[str, str]],
                   people: Iterable[tuple[str, Iterable[str]]]) -> list[Post]:
    """The states parties belong to, as posts of relation :data:`NATIONAL`: for each (entity key,
    ISO alpha-3 code) of ``groups``, a group named after a state's people ('Yugoslav trade union
    leaders'), and each (entity key, codes) of ``people``, the states the actor dictionary ties
    a person to (its country and the states of its offices: 'Fidel Castro', Cuba)."""
    pairs = {(key, code) for key, code in groups}
    pairs |= {(key, code) for key, codes in people for code in codes}
    return [Post(holder=key, relation=NATIONAL, body=f"{_STATE_KEY}{code}", by_city=False)
            for key, code in sorted(pairs)]


def aimed_at_oneself(event: Event, posts: Iterable[Post], *,
                     rules: SelfDirectedRules | None = None) -> bool:
    """Whether the resolved ``event`` is of a category the rules name and its agent holds a
    post (a fact of ``post_relations``, its body not named by a city) in its target: an act of
    the target's own. A city's officer, or an officer of a body in it, serves no state. An event
    of ``state_categories`` is none between an officer and the state he serves, either way
    ('Commerce Secretary Malcolm Baldrige … to discuss relaxed U.S. rules'; 'Senate Democratic
    Leader Robert Byrd told the Senate' speaks to his chamber, a body of the state, and stays).
    An event of ``national_types`` by a party that belongs to its target state (a post of
    ``national_relations``) is none: a tour of one's own country, a leader's measure in his own
    state."""
    rules = rules or self_directed_rules()
    if event.target is None:
        return False
    if event.type in rules.national_types and event.target.startswith(_STATE_KEY) and any(
            p.holder == event.agent and p.body == event.target and not p.by_city
            and p.relation in rules.national_relations for p in posts):
        return True  # 'Yugoslav union leaders are touring the country': no visit of a guest
    category = event_info(event.type).plover
    if category in rules.state_categories:
        # "talks between central bank governor Francisco Gros and Brazil's bank advisory
        # committee" (the committee read as Brazil): neither met the other
        pairs = {(event.agent, event.target), (event.target, event.agent)}
        return any((p.holder, p.body) in pairs and p.body.startswith(_STATE_KEY)
                   and p.relation in rules.post_relations and not p.by_city for p in posts)
    if category not in rules.categories:
        return False
    return any(p.holder == event.agent and p.body == event.target
               and p.relation in rules.post_relations and not p.by_city
               for p in posts)
