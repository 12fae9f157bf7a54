"""One person per name within an article: an initial and a surname ('K Holmes', as team sheets
and results tables write players) are the full name the same article gives with that surname and
that initial ('Kelly Holmes'). Read by :mod:`kg_builder.resolve` on its clusters of names."""

from __future__ import annotations

from collections.abc import Callable

from .gazetteer import normalise

__all__ = ["absorb", "join_initials"]

Cluster = dict[str, object]


def join_initials(clusters: list[Cluster], *, tokens: Callable[[str], list[str]]) -> list[Cluster]:
    """The clusters, each of an initial and a surname no dictionary knows folded into the one
    full name of the article with that surname whose given name starts with that letter; not
    where two full names fit ('M Bergamasco' beside Mauro and Mirco Bergamasco), nor another
    letter ('J Robinson' is not Andy Robinson). A cluster is resolve's: its ``label``, whether
    it is ``single`` (one word), the dictionary person it is (``known``), its ``mentions`` and
    the ``rules`` that joined each name; ``tokens`` splits a name into words."""
    full = [c for c in clusters if not c["single"] and not _initial(tokens(str(c["label"]))[0])]
    kept = []
    for c in clusters:
        words = tokens(str(c["label"]))
        into = [] if c["single"] or c["known"] is not None or not _initial(words[0]) else [
            f for f in full if _expands(words, tokens(str(f["label"])))]
        if len(into) != 1:
            kept.append(c)
            continue
        absorb(into[0], c, rule="surname")
    return kept


def absorb(into: Cluster, cluster: Cluster, *, rule: str) -> None:
    """Join ``cluster``'s mentions to the name cluster ``into``, recording for each surface
    form the ``rule`` that joined it (kept in the graph as the merge's evidence)."""
    for m in cluster["mentions"]:  # type: ignore[attr-defined]
        into["mentions"].append(m)  # type: ignore[attr-defined]
        into["rules"].setdefault(m.name, rule)  # type: ignore[attr-defined]


def _initial(word: str) -> bool:
    """'K', 'K.': a given name cut to its initial."""
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _expands(short: list[str], long: list[str]) -> bool:
    """Whether a name opening with an initial is the other name's ('K Holmes', 'Kelly Holmes';
    'R de Marigny', 'Roland De Marigny')."""
    return (len(short) == len(long) and len(long[0]) > 1 and long[0][:1] == short[0][:1]
            and [normalise(t) for t in short[1:]] == [normalise(t) for t in long[1:]])
