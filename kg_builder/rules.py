"""The extraction rules, loaded once from the data files in ``kg_builder/rules/``."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .resources import read_jsonl, read_lines, rules_dir

__all__ = ["ProtestRules", "Rules", "Trigger", "load_rules"]


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
    objects: frozenset[str] = frozenset()
    confidence: float = 0.8


@dataclass(frozen=True, slots=True, kw_only=True)
class ProtestRules:
    """How PROTEST-family events are read beyond the trigger table (``rules/protest.json``)."""

    verbs: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    compound_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    strike_modifiers: frozenset[str] = frozenset()
    strike_verbs: frozenset[str] = frozenset()
    act_verbs: frozenset[str] = frozenset()
    participation_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    street_acts: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    blocking_verbs: frozenset[str] = frozenset()
    blocked_things: frozenset[str] = frozenset()
    target_preps: tuple[str, ...] = ()
    reason_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    purpose_verbs: frozenset[str] = frozenset()
    beneficiary_words: frozenset[str] = frozenset()
    not_protesters: frozenset[str] = frozenset()
    affiliation_preps: frozenset[str] = frozenset()
    affiliation_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    confidence: float = 0.6


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
    promised_acts: frozenset[str] = frozenset()
    cessation_verbs: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    complaint_verbs: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    head_titles: frozenset[str] = frozenset()
    founder_titles: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    reciprocal_events: frozenset[str] = frozenset()
    place_target_categories: frozenset[str] = frozenset()
    stative_verbs: frozenset[str] = frozenset()
    refusal_verbs: frozenset[str] = frozenset()
    state_force_events: dict[str, str] = field(default_factory=dict)
    refusal_events: dict[str, str] = field(default_factory=dict)
    protest: ProtestRules = field(default_factory=ProtestRules)

    @property
    def event_types(self) -> set[str]:
        return {t.event for ts in (*self.verbs.values(), *self.nouns.values()) for t in ts}


_CATEGORY_KEYS = ("reciprocal_categories", "cooperative_categories", "hostile_categories")
_WORD_KEYS = ("intent_auxiliaries", "intent_verbs", "intent_adjectives", "state_agent_nouns",
              "demand_modals", "state_nouns", "definite_state_nouns", "leader_titles",
              "group_modifier_stop", "promised_acts", "cessation_verbs",
              "relation_nouns", "partitive_nouns", "unit_nouns",
              "complaint_verbs", "locative_preps", "head_titles", "founder_titles",
              "former_words", "stative_verbs", "refusal_verbs")


def _read_json(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((rules_dir() / name).read_text(encoding="utf-8"))
    return data


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
            objects=_lower(rec.get("objects", [])),
            confidence=float(rec.get("confidence", 0.8)),
        )
        (rules.verbs if trig.pos == "VERB" else rules.nouns)[trig.lemma].append(trig)
    rules.light_verbs = _lower(read_lines("light_verbs.txt"))
    hedging = _read_json("negation_and_hedging.json")
    for key in ("negation", "hedge", "hedge_verbs", "report_verbs"):
        setattr(rules, key, _lower(hedging[key]))
    rules.groups = _lower(read_lines("groups.txt"))
    rules.titles = _lower(read_lines("titles.txt"))
    cues = _read_json("org_cues.json")
    rules.company_suffixes = frozenset(cues.get("company_suffixes", ()))  # case matters: "AG", "SA"
    for attr, key in (("company_heads", "company_head_words"),
                      ("government_words", "government_body_words"), ("party_words", "party_words"),
                      ("media_words", "media_words"), ("ngo_words", "ngo_words")):
        setattr(rules, attr, _lower(cues.get(key, [])))
    rules.given_names = frozenset(read_lines("given_names.txt"))
    rules.honorifics = _lower(read_lines("honorifics.txt"))
    semantics = _read_json("event_semantics.json")
    for key in _CATEGORY_KEYS:  # PLOVER category names, upper case as in the ontology
        setattr(rules, key, frozenset(semantics[key]))
    for key in _WORD_KEYS:
        setattr(rules, key, _lower(semantics[key]))
    rules.state_force_events = dict(semantics["state_force_events"])
    rules.refusal_events = dict(semantics["refusal_events"])
    rules.reciprocal_events = frozenset(semantics["reciprocal_events"])  # class names, as written
    rules.place_target_categories = frozenset(semantics["place_target_categories"])
    rules.protest = _protest_rules(_read_json("protest.json"))
    return rules


_PROTEST_WORD_KEYS = ("verbs", "nouns", "strike_modifiers", "strike_verbs", "act_verbs",
                      "participation_preps", "place_preps", "blocking_verbs", "blocked_things",
                      "purpose_verbs", "beneficiary_words", "not_protesters", "affiliation_preps")


def _protest_rules(data: dict[str, Any]) -> ProtestRules:
    return ProtestRules(
        **{key: _lower(data[key]) for key in _PROTEST_WORD_KEYS},
        street_acts={verb.lower(): {prep.lower(): _lower(objs) for prep, objs in preps.items()}
                     for verb, preps in data["street_acts"].items()},
        compound_nouns={n.lower(): _lower(mods) for n, mods in data["compound_nouns"].items()},
        target_preps=tuple(p.lower() for p in data["target_preps"]),
        reason_nouns={n.lower(): tuple(p.lower() for p in ps)
                      for n, ps in data["reason_nouns"].items()},
        affiliation_words={w.lower(): tuple(p.lower() for p in ps)
                           for w, ps in data["affiliation_words"].items()},
        confidence=float(data.get("confidence", 0.6)),
    )
