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

from .gold import evaluate_file, evaluate_items, read_gold, score_coreference, seed_gold_path
from .matching import actors_match, content_words, state_codes
from .records import (
    HEADLINE_FAMILIES,
    Actor,
    Check,
    CorefScore,
    ErrorExample,
    EvalReport,
    FamilyScore,
    GoldItem,
    GoldMention,
    GoldTriple,
    Prediction,
)
from .render import error_examples, render_report, report_table
from .scoring import error_kinds, family_of, predictions_from, score

__all__ = [
    "HEADLINE_FAMILIES",
    "Actor",
    "Check",
    "CorefScore",
    "ErrorExample",
    "EvalReport",
    "FamilyScore",
    "GoldItem",
    "GoldMention",
    "GoldTriple",
    "Prediction",
    "actors_match",
    "content_words",
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
