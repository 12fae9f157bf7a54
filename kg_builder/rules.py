"""The extraction rules, loaded once from the data files in ``kg_builder/rules/``."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from .resources import read_jsonl, read_lines, rules_dir

__all__ = ["Rules", "Trigger", "load_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Trigger:
    """A word that signals an event (see ``rules/README.md`` for the fields)."""

    lemma: str
    pos: str
    event: str
    preps: tuple[str, ...] = ()
    particle: str | None = None
    requires_prep: bool = False
    no_dobj_target: bool = False
    agentless_ok: bool = False
    confidence: float = 0.8


@dataclass(slots=True, kw_only=True)
class Rules:
    verbs: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    light_verbs: frozenset[str] = frozenset()
    negation: frozenset[str] = frozenset()
    hedge: frozenset[str] = frozenset()
    hedge_verbs: frozenset[str] = frozenset()
    report_verbs: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    company_suffixes: frozenset[str] = frozenset()
    company_heads: frozenset[str] = frozenset()
    government_words: frozenset[str] = frozenset()
    party_words: frozenset[str] = frozenset()
    media_words: frozenset[str] = frozenset()
    ngo_words: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    reciprocal_categories: frozenset[str] = frozenset()
    cooperative_categories: frozenset[str] = frozenset()
    intent_auxiliaries: frozenset[str] = frozenset()
    intent_verbs: frozenset[str] = frozenset()
    intent_adjectives: frozenset[str] = frozenset()
    state_agent_nouns: frozenset[str] = frozenset()
    demand_modals: frozenset[str] = frozenset()
    hostile_categories: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    definite_state_nouns: frozenset[str] = frozenset()
    leader_titles: frozenset[str] = frozenset()
    group_modifier_stop: frozenset[str] = frozenset()

    @property
    def event_types(self) -> set[str]:
        return {t.event for ts in (*self.verbs.values(), *self.nouns.values()) for t in ts}


def _lower(items: list[str]) -> frozenset[str]:
    return frozenset(i.lower() for i in items)


@cache
def load_rules() -> Rules:
    rules = Rules()
    for rec in read_jsonl("triggers.jsonl"):
        trig = Trigger(
            lemma=rec["lemma"].lower(),
            pos=rec["pos"],
            event=rec["event"],
            preps=tuple(rec.get("preps", ())),
            particle=rec.get("particle"),
            requires_prep=bool(rec.get("requires_prep", False)),
            no_dobj_target=bool(rec.get("no_dobj_target", False)),
            agentless_ok=bool(rec.get("agentless_ok", False)),
            confidence=float(rec.get("confidence", 0.8)),
        )
        (rules.verbs if trig.pos == "VERB" else rules.nouns)[trig.lemma].append(trig)
    rules.light_verbs = _lower(read_lines("light_verbs.txt"))
    hedging = json.loads((rules_dir() / "negation_and_hedging.json").read_text(encoding="utf-8"))
    rules.negation = _lower(hedging["negation"])
    rules.hedge = _lower(hedging["hedge"])
    rules.hedge_verbs = _lower(hedging["hedge_verbs"])
    rules.report_verbs = _lower(hedging["report_verbs"])
    rules.groups = _lower(read_lines("groups.txt"))
    rules.titles = _lower(read_lines("titles.txt"))
    cues = json.loads((rules_dir() / "org_cues.json").read_text(encoding="utf-8"))
    rules.company_suffixes = frozenset(cues.get("company_suffixes", ()))
    rules.company_heads = _lower(cues.get("company_head_words", []))
    rules.government_words = _lower(cues.get("government_body_words", []))
    rules.party_words = _lower(cues.get("party_words", []))
    rules.media_words = _lower(cues.get("media_words", []))
    rules.ngo_words = _lower(cues.get("ngo_words", []))
    rules.given_names = frozenset(read_lines("given_names.txt"))
    rules.honorifics = _lower(read_lines("honorifics.txt"))
    sem = json.loads((rules_dir() / "event_semantics.json").read_text(encoding="utf-8"))
    rules.reciprocal_categories = frozenset(sem["reciprocal_categories"])
    rules.cooperative_categories = frozenset(sem["cooperative_categories"])
    rules.intent_auxiliaries = _lower(sem["intent_auxiliaries"])
    rules.intent_verbs = _lower(sem["intent_verbs"])
    rules.intent_adjectives = _lower(sem["intent_adjectives"])
    rules.state_agent_nouns = _lower(sem["state_agent_nouns"])
    rules.demand_modals = _lower(sem["demand_modals"])
    rules.hostile_categories = frozenset(sem["hostile_categories"])
    rules.state_nouns = _lower(sem["state_nouns"])
    rules.definite_state_nouns = _lower(sem["definite_state_nouns"])
    rules.leader_titles = _lower(sem["leader_titles"])
    rules.group_modifier_stop = _lower(sem["group_modifier_stop"])
    return rules
