"""Places the NER only guessed: a name no gazetteer knows, that the NER tagged as a town (GPE) or a
facility (FAC) and that nothing else typed, is a town or a place only with evidence somewhere in
the article - a preposition of place before one of its occurrences ('died at his home in
Malibu', 'a village near Cullumpton'), names it is listed with that are mostly towns ('the
Zurich, Basle and Geneva bourses'), a town's noun and 'of' ('the town of Kitwe'), a comma and a
place the gazetteers know or a state's abbreviation after it ('Vail, Colo.', 'Kentish Town,
London'; not a list of names: 'Fenton, Morley, Priet'), a hyphen and a word of where a thing is
based ('the Montreal-based firm'), a place's, a site's or an incident's noun it modifies ('the
Cullumpton area', 'its Longbridge plant', 'the Lockerbie air crash'), or a word of its own name
that names a place ('north-west London', 'City of London', 'Isle of Wight', 'River Senne'); a
facility also by its head ('Barlinnie Prison'), a venue's noun it modifies ('the Tor Di Valle
arena'), 'on' or 'of' ('a run on Broadway', 'a star of Broadway'). Without any, it names
nothing: a product, a band, a work, a player, a company's unit ('Blinkx', 'Nirvana frontman Kurt
Cobain', 'the Yugansk unit', 'through Kemadjou', 'the GB side', 'thanks to Thokozani Xaba'), and
the article's mentions of it are no entity.
:func:`unknown_place` types, for :func:`.entities.classify`, a name the NER took for a place that
nothing else typed, and notes the places it only guessed; :func:`drop_unplaced_guesses` runs
after typing (from :func:`.entities.collect_entities`). Reads the ``guessed_places`` rule section
(``rules/extract/guessed_places.json``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import gazetteer, normalise
from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section
from .unplaced import person_not_place

__all__ = ["GuessedPlaceRules", "drop_unplaced_guesses", "guessed_place_rules", "unknown_place"]


#: the kinds the NER's tag alone gives a name no gazetteer knows: a town (GPE), a place (FAC)
_GUESSED_KINDS = frozenset({"City", "Place"})
#: the kinds of the names a town is listed with that place it
_TOWN_KINDS = frozenset({"City", "Region"})


@dataclass(frozen=True, slots=True, kw_only=True)
class GuessedPlaceRules:
    """The ``guessed_places`` section: see the comment in ``rules/extract/guessed_places.json``."""

    place_preps: Words
    settlement_nouns: Words
    place_compound_words: Words
    place_nouns: Words
    place_name_words: Words
    place_heads: Words
    facility_preps: Words
    region_abbreviations: dict[str, str]


@cache
def guessed_place_rules() -> GuessedPlaceRules:
    return load_section("guessed_places", GuessedPlaceRules)


def unknown_place(ctx: ReadContext, ent: SpacySpan, label: str, *,
                  not_place_head: bool) -> tuple[str, str, str | None] | None:
    """(kind, how, hint) of a name the NER tagged ``label`` (GPE, LOC or FAC) that nothing else
    typed: a person's by the words around it (:func:`.unplaced.person_not_place`: 'Reggae star
    Sizzla'), else a town (GPE), a region (LOC) or a place (FAC); a LOC or FAC name ending in a
    word of no place of its own (``not_place_head``: 'Downing Street') is none. A town is only
    the NER's guess: noted, for :func:`drop_unplaced_guesses`."""
    if label != "GPE" and not_place_head:
        return None
    if person_not_place(ctx, ent, label):
        return ("Person", "name", None)
    if label != "LOC" and not _known_place(ctx, ent.text):
        ctx.guessed_places.add(ent.start)  # "Blinkx", "the Yugansk unit", "the Golden Bear"
    return ({"GPE": "City", "LOC": "Region"}.get(label, "Place"), "name", None)


def drop_unplaced_guesses(ctx: ReadContext) -> None:
    """Unname every mention typed a town or a place only on the NER's guess whose name the
    article never places (see the module's docstring): its words stay, it names nothing (kind
    None)."""
    if not ctx.guessed_places:
        return
    mentions = ctx.out.mentions
    found = (mentions[ctx.by_token[i]] for i in sorted(ctx.guessed_places) if i in ctx.by_token)
    guesses = [m for m in found if m.how == "name" and m.kind in _GUESSED_KINDS]
    placed: dict[str, bool] = {}
    for m in guesses:
        key = normalise(m.name)
        if key not in placed:
            span = ctx.doc.char_span(m.span.begin, m.span.end, alignment_mode="expand")
            placed[key] = span is None or _placed(ctx, m.name, [t.text for t in span],
                                                  facility=m.kind == "Place")
        if not placed[key]:
            mentions[m.id] = replace(m, kind=None, hint=None)


def _placed(ctx: ReadContext, name: str, target: list[str], *, facility: bool) -> bool:
    """Whether the name (its tokens: ``target``) has a word of a place's name in it or the
    article places it anywhere; a facility's (FAC) also by its head ('Barlinnie Prison'), 'on'
    or 'of' ('a run on Broadway', 'a star of Broadway')."""
    rules = guessed_place_rules()
    words = name.replace("-", " ").split()
    if any(w.lower() in rules.place_name_words for w in words) or (
            len(words) > 1 and _known_place(ctx, words[-1])):
        return True  # "Isle of Wight", "north-west London", "City of London"
    if facility and len(words) > 1 and words[-1].lower() in rules.place_heads:
        return True  # "Barlinnie Prison", "White Hart Lane", "the Kennedy Center"
    preps = rules.place_preps | rules.facility_preps if facility else rules.place_preps
    nouns = rules.place_nouns | rules.place_heads if facility else rules.place_nouns
    texts, n = ctx.texts, len(target)
    for i in range(len(texts) - n + 1):
        if texts[i:i + n] == target and _placed_at(ctx, i, i + n, rules, preps=preps, nouns=nouns):
            return True
    return False


def _placed_at(ctx: ReadContext, start: int, end: int, rules: GuessedPlaceRules, *,
               preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether the words around the occurrence ``[start, end)`` make it a place: one of
    ``preps`` before it, one of ``nouns`` after it that it modifies, and the rest of the rules."""
    doc, texts, lowers = ctx.doc, ctx.texts, ctx.lowers
    root = doc[start:end].root
    root = first_conjunct(root)  # "in Tel Aviv, Chicago and Athens"
    if root.dep_ == "pobj" and root.head.lower_ in preps:
        return True  # "his home in Malibu", "a village near Cullumpton"
    if _listed_with_towns(ctx, root, start, end):
        return True  # "the Zurich, Basle and Geneva bourses"
    if start > 1 and lowers[start - 1] == "of" and (
            doc[start - 2].lemma_.lower() in rules.settlement_nouns):
        return True  # "the town of Kitwe"
    if end + 1 < len(texts) and texts[end] == "-" and lowers[end + 1] in rules.place_compound_words:
        return True  # "the Montreal-based firm"
    if root.dep_ == "compound" and root.head.i >= end and root.head.lemma_.lower() in nouns:
        return True  # "the Cullumpton area", "the Tor Di Valle arena"
    return end + 1 < len(texts) and texts[end] == "," and _place_after_comma(ctx, end + 1, rules)


def _listed_with_towns(ctx: ReadContext, first: Token, start: int, end: int) -> bool:
    """Whether the names coordinated with the occurrence ``[start, end)`` (``first``: the first
    of them) are mostly, and at least one, typed towns or regions in the article ('the Zurich,
    Basle and Geneva bourses'; not 'companies such as Nokia, Toyota and …', typed companies)."""
    others = [t for t in (first, *first.conjuncts) if not start <= t.i < end]
    mentions = ctx.out.mentions
    guesses = {ctx.by_token[i] for i in ctx.guessed_places if i in ctx.by_token}
    typed = {ctx.by_token[t.i] for t in others if t.i in ctx.by_token}
    towns = [i for i in typed - guesses  # not another guess: "Nordstrom and Thulin"
             if mentions[i].kind in _TOWN_KINDS]
    return bool(towns) and 2 * len(towns) >= len(others)


def _place_after_comma(ctx: ReadContext, start: int, rules: GuessedPlaceRules) -> bool:
    """Whether a place the gazetteers know, or a state's wire abbreviation, opens at ``start``
    and closes the list: 'Vail, Colo., will be sold', 'Malibu, California, a spokesman said';
    not 'Fenton, Morley, Priet', a list of names."""
    texts = ctx.texts
    for end in range(min(len(texts), start + 3), start, -1):
        words = texts[start:end]
        text = " ".join(words)
        if not all(w[:1].isupper() for w in words):
            continue
        closed = end == len(texts) or texts[end] in (".", ",", ";", ")")
        if text in rules.region_abbreviations or (
                closed and f"{text}." in rules.region_abbreviations):
            return True  # "Warrenton, Va." (the full stop may be split off), "Cushing, Okla,"
        if _known_place(ctx, text):
            listed = (end + 1 < len(texts) and texts[end] == ","
                      and texts[end + 1][:1].isupper() and ctx.tokens[end + 1].pos_ == "PROPN")
            return not listed
    return False


def _known_place(ctx: ReadContext, text: str) -> bool:
    """Whether the gazetteers know ``text`` as a town (also without its accents: 'Montreal' for
    GeoNames' 'Montréal'), a region or a state."""
    gaz = ctx.gaz
    key = normalise(text)
    return (key in gaz.cities or _unaccented(key) in _unaccented_towns()
            or gaz.region(text) is not None or gaz.state(text) is not None)


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@cache
def _unaccented_towns() -> frozenset[str]:
    """The gazetteer's town names without their accents, made once."""
    return frozenset(_unaccented(name) for name in gazetteer().cities)
