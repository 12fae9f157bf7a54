"""The constructions the extractor reads, one module each, in an explicit order.

To add one: write ``constructions/<name>.py`` with a class that has a ``name`` and a ``read``
method (:class:`~.base.Construction`), its rule section ``rules/extract/<name>.json`` (if it needs
words), a line in :data:`PASSES` below, and ``tests/extract/test_<name>.py``. The README of
``kg_builder/extract/`` walks through an example.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.parts_of_speech import NAMES as _POS_NAMES

from ...errors import ValidationSetupError
from ..rules import lexicon
from .approval import Approval
from .base import Construction
from .complaint import Complaint
from .demand import Demand
from .displeasure import Displeasure
from .evaluation import Evaluation
from .fault import Fault
from .grievance import Grievance
from .feeling import Feeling
from .intent import Intent
from .letter import Letter
from .mutual import Mutual
from .noun_triggers import NounTriggers
from .object_triggers import ObjectTriggers
from .pressure import Pressure
from .protest import Protest
from .refusal import Refusal
from .reprisal import Reprisal
from .telling import Telling
from .verb_triggers import VerbTriggers

__all__ = ["NAMES", "PASSES", "Construction", "Stage", "constructions"]

#: The constructions in the order they read each token. A construction that claims a token
#: (``read`` returns True) hides it from the ones after it in the same pass; a later pass
#: starts when the earlier one has read the whole document.
PASSES: tuple[tuple[type[Construction], ...], ...] = (
    (
        Demand,          # "X said Y must …" (does not claim: "said" is still read by the others)
        Telling,         # "told Prime Minister Nakasone …": a consultation (does not claim "told")
        Refusal,         # "refused to <act> …" claims: the refused act is not reported as done
        Complaint,       # "Greece charged that Turkey …" claims when it is a complaint
        Intent,          # "offered to hand over …", "would allow …"
        Evaluation,      # "dismissed the plan as rubbish", "scathing of the Tory party"
        Fault,           # "X said Y had failed to …" (does not claim "said")
        Feeling,         # "expressed anger at Japan's decision" claims the noun
        Approval,        # "is pleased the EC plans to offer …": praise of the EC
        Displeasure,     # "was upset with America's attempt …", "angered by the scheme"
        Letter,          # "wrote to X demanding …" claims the participle: the writer asks X
        Reprisal,        # "will retaliate if the EC goes ahead": a threat against the EC
        Grievance,       # "in retaliation for Japan's failure to …" (does not claim)
        ObjectTriggers,  # "lifted the curfew", "met their demands"
        VerbTriggers,    # "accused", "met with", "threatened to …"
        Mutual,          # "talks between X and Y", "Japan's row with the United States";
                         # claims "war of words" before the noun triggers read a fight
        NounTriggers,    # "imposed sanctions on", "talks between"
        Pressure,        # "bowed to U.S. pressure", "under pressure from X" (does not claim)
    ),
    (
        Protest,         # demonstrations, strikes, road blocks with their target
    ),
)

#: every construction's name, in registry order
NAMES: tuple[str, ...] = tuple(c.name for stage in PASSES for c in stage)


@dataclass(frozen=True, slots=True)
class Stage:
    """One pass, indexed by lemma: the constructions to call at a token, in registry order.

    A token whose lemma no construction names is offered to the constructions that read any
    lemma (``anywhere``); ``anywhere_by_pos`` holds those of them for each part of speech, less
    the ones whose ``parts_of_speech`` (see :class:`~.base.Construction`) leaves it out."""

    by_lemma: dict[str, tuple[Construction, ...]]
    anywhere: tuple[Construction, ...]
    anywhere_by_pos: dict[str, tuple[Construction, ...]]

    def at(self, lemma: str, pos: str | None = None) -> tuple[Construction, ...]:
        """The constructions to call at a token of ``lemma`` (and part of speech ``pos``)."""
        found = self.by_lemma.get(lemma)
        if found is not None:
            return found
        return self.anywhere if pos is None else self.anywhere_by_pos.get(pos, self.anywhere)

    @classmethod
    def of(cls, members: list[Construction]) -> Stage:
        words = [(c, c.lemmas(lexicon())) for c in members]
        found: set[str] = set().union(*(w for _, w in words if w is not None))
        anywhere = tuple(c for c, w in words if w is None)
        return cls(by_lemma={lemma: tuple(c for c, w in words if w is None or lemma in w)
                             for lemma in found},
                   anywhere=anywhere,
                   anywhere_by_pos={pos: tuple(c for c in anywhere if _reads_pos(c, pos))
                                    for pos in _POS_NAMES.values()})


def _reads_pos(construction: Construction, pos: str) -> bool:
    """Whether ``construction`` can find anything at a token of part of speech ``pos``."""
    wanted: frozenset[str] | None = getattr(construction, "parts_of_speech", None)
    return wanted is None or pos in wanted


@cache
def constructions(names: tuple[str, ...] | None = None) -> tuple[Stage, ...]:
    """The passes of constructions to run: all, or those named (in registry order)."""
    if names is not None:
        unknown = sorted(set(names) - set(NAMES))
        if unknown:
            raise ValidationSetupError(
                f"unknown construction(s): {', '.join(unknown)}",
                why="read_doc was asked to run constructions that are not registered",
                fix=f"use some of: {', '.join(NAMES)}")
    return tuple(Stage.of([c() for c in stage if names is None or c.name in names])
                 for stage in PASSES)
