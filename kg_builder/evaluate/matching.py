"""Whether a predicted actor is the gold actor: shared content words, the same state or
organisation of the gazetteer; and the maximum matching of gold triples and predictions."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ..gazetteer import gazetteer, normalise
from .records import Actor, GoldTriple, Prediction

__all__ = ["actors_match", "content_words", "max_matching", "pair_matches", "state_codes"]

_WORD = re.compile(r"[^\W_]+(?:[.'\u2019-][^\W_]+)*\.?", re.UNICODE)


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


def pair_matches(gold: GoldTriple, pred: Prediction) -> bool:
    return (gold.family == pred.family and gold.target is not None
            and actors_match(gold.source, pred.agent) is not None
            and actors_match(gold.target, pred.target) is not None)


def max_matching(edges: list[list[int]], n_right: int) -> dict[int, int]:
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
