"""Names cut short of a longer name the same article gives: one thing, one name.

A company's first words ('Chase' beside 'Chase Manhattan Bank', 'Delta' beside 'Delta Air
Lines') are the company the longer name names, where that name ends in a company's suffix or
legal form (or, for a short name typed no company, where it is typed one: 'Home Savings' beside
'Home Savings and Loan Association'; a company's short name keeps its node where the longer
name may be its unit: 'EMI' beside 'EMI Music'), no other name of the article begins with the
same words, the gazetteers do not
know the short name as another company ('Sony' beside 'Sony Pictures Entertainment' is the
group, not its unit), and the words after the short name hold no word of a unit's name nor a
state's ('Hollinger' beside 'Hollinger International Inc' may be another company); a name the
NER took for a person's only before legal forms alone ('Johnson Matthey' beside 'Johnson
Matthey Plc', not 'Ivan F. Boesky' beside 'Ivan F. Boesky and Co'), or, opening with no given
name, before capitalised words that end in a legal form or a company's suffix ('Acme
Precision' beside 'Acme Precision Products Inc'). A body's generic head
alone ('the Commission', 'the Bank', 'the Community') is the one body of the article whose
name has that head ('the European Commission', 'the Bank of Japan'; an acronym by the full name
the gazetteers know it by: 'EC', the European Community), of several the one named
last in the sentences just before ('the Bank of England … the Bank said', not 'Wells Fargo
Bank' named before it), and no name where there is none; not a newspaper's or a magazine's
title ('for Company magazine'). Bare bank words ('the National Bank') are the bank of the
article whose longer name ends or begins with them ('the Swiss National Bank', 'National Bank
of Canada'; :mod:`.central_banks`), else a state's central bank. An acronym the article spells
out anywhere is its body first (:mod:`.acronyms`: 'the ITC' beside 'the International Tin
Council'). Run by
:func:`.entities.collect_entities` after the names are typed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from ..gazetteer import normalise
from ..model import Mention
from .acronyms import late_acronyms
from .central_banks import bare_bank_name
from .context import ReadContext
from .rules import Words, load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["ShortNameRules", "short_name_rules", "short_names"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ShortNameRules:
    """The ``short_names`` section: see the comment in ``rules/extract/short_names.json``."""

    short_kinds: frozenset[str]
    titled_kinds: frozenset[str]
    back_sentences: float
    same_name_kinds: frozenset[str]
    acting_kinds: frozenset[str]
    acting_deps: frozenset[str]
    company_kind: str
    joining_words: Words


@cache
def short_name_rules() -> ShortNameRules:
    return load_section("short_names", ShortNameRules)


def short_names(ctx: ReadContext, rules: MentionRules) -> None:
    """Rename a short name to the longer name it stands for (the resolver then joins them), and
    unname a generic head no single longer name stands behind (kind None)."""
    own = short_name_rules()
    mentions = ctx.out.mentions
    late_acronyms(ctx, legal_forms=rules.legal_forms)  # "the ITC ... the International Tin Council"
    _bare_banks(ctx, back=own.back_sentences)  # first: 'the Bank' is then the longer name's
    named = [m for m in mentions if m.how == "name" and m.kind is not None]
    longer = [m for m in named if len(m.name.split()) > 1]
    joined: dict[str, Mention] = {}  # a short name → the company it was joined to
    full_names = _full_name_words(named)
    for m in named:
        if (" " not in m.name and m.name.lower() in rules.generic_heads
                and m.kind not in own.titled_kinds):
            body = _body_of(ctx, m, [*longer, *_acronyms(ctx, named)],
                            back=own.back_sentences)
            mentions[m.id] = _as(m, body) if body is not None else replace(m, kind=None)
        elif m.kind in own.short_kinds and _may_be_short(ctx, m, full_names):
            full = _company_of(ctx, m, longer, rules)
            if full is not None:
                mentions[m.id] = _as(m, full)
                joined.setdefault(m.name, full)
    _same_short_name(ctx, named, longer, joined, rules, full_names=full_names)


def _same_short_name(ctx: ReadContext, named: list[Mention], longer: list[Mention],
                     joined: dict[str, Mention], rules: MentionRules, *,
                     full_names: dict[str, set[str]]) -> None:
    """A company's short name typed a town, a region or a person's name is the company wherever
    the article uses it for the company too: where another mention of it joined the company
    ('Dome' typed a town beside 'Dome' typed a company, 'Dome Petroleum Ltd'), or where one
    mention of it typed a town acts as a company does, as a subject or an owner ('Ashland Oil Inc
    ... Hall said Ashland is seeking', "Taft's managers" beside 'Taft Broadcasting Co'); never
    a state's or a known region's name, a person's surname of the article, nor a mention after a
    preposition of place ('a plant at Ashland')."""
    own = short_name_rules()
    mentions = ctx.out.mentions
    same: dict[str, list[Mention]] = {}
    for m in named:
        if (mentions[m.id].name == m.name and m.kind in own.same_name_kinds
                and ctx.gaz.state(m.name) is None and ctx.gaz.region(m.name) is None
                and (m.kind != "Person" or _may_be_short(ctx, m, full_names))):
            same.setdefault(m.name, []).append(m)
    for name, found in same.items():
        full = joined.get(name)
        if full is None and any(m.kind in own.acting_kinds and _acts(ctx, m, own.acting_deps)
                                for m in found):
            full = _company_of(ctx, found[0], longer, rules) if found[0].kind != "Person" else None
        if full is None:
            continue
        for m in found:
            if not _placed(ctx, m, rules.place_preps):
                mentions[m.id] = _as(m, full)


def _acts(ctx: ReadContext, m: Mention, deps: frozenset[str]) -> bool:
    """Whether a name is a subject or an owner ('Ashland is seeking', "Phoenix's creditors")."""
    span = ctx.doc.char_span(m.span.begin, m.span.end)
    return span is not None and span.root.dep_ in deps


def _placed(ctx: ReadContext, m: Mention, preps: frozenset[str]) -> bool:
    """Whether a name is the object of a preposition of place ('a plant at Ashland')."""
    span = ctx.doc.char_span(m.span.begin, m.span.end)
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in preps


def _body_of(ctx: ReadContext, m: Mention, longer: list[Mention], *,
             back: float) -> Mention | None:
    """The body a generic head alone stands for: the one of the article whose name (or, for an
    acronym, the full name the gazetteers know it by: 'EC', the European Community) has that
    head, of several the one named last in the sentences just before."""
    bodies = _nested(_distinct(
        (n for n in longer if _head(_full_name(ctx, n)) == m.name.lower()),
        key=lambda n: _full_name(ctx, n)))
    if len(bodies) > 1:  # "the Bank of England … the Bank said"
        names = {b.name for b in bodies}
        bodies = [n for n in longer if n.name in names and n.span.begin < m.span.begin
                  and m.sentence - n.sentence <= back][-1:]
    return bodies[0] if len(bodies) == 1 else None


def _bare_banks(ctx: ReadContext, *, back: float) -> None:
    """Bare bank words ('the National Bank') renamed to the longer name they stand for ('the
    Swiss National Bank … the National Bank said'), before a generic head ('the Bank') looks
    for its body among the longer names."""
    mentions = ctx.out.mentions
    named = [m for m in mentions if m.how == "name" and m.kind is not None]
    longer = [m for m in named if len(m.name.split()) > 1]
    for m in named:
        if bare_bank_name(m.name) and (bank := _bank_of(m, longer, back=back)) is not None:
            mentions[m.id] = _as(m, bank)


def _bank_of(m: Mention, longer: list[Mention], *, back: float) -> Mention | None:
    """The bank bare bank words stand for ('National Bank'): the one longer name of the article
    that ends or begins with them ('the Swiss National Bank', 'National Bank of Canada'), of
    several the one named last in the sentences just before, else none (the bare words are a
    state's central bank)."""
    words = m.name.lower().removeprefix("the ").split()  # "The National Bank bought …"
    size = len(words)
    banks = _distinct(n for n in longer if not bare_bank_name(n.name) and (
        (name := n.name.lower().removeprefix("the ").split())[-size:] == words
        or name[:size] == words))
    if len(banks) > 1:  # "the Hungarian National Bank … National Bank of Hungary"
        names = {b.name for b in banks}
        banks = [n for n in longer if n.name in names and n.span.begin < m.span.begin
                 and m.sentence - n.sentence <= back][-1:]
    return banks[0] if len(banks) == 1 else None


def _acronyms(ctx: ReadContext, named: list[Mention]) -> list[Mention]:
    """One-word names in capitals the gazetteers know by a longer name ('EC', 'IMF')."""
    return [n for n in named if " " not in n.name and n.name.isupper()
            and " " in _full_name(ctx, n)]


def _full_name(ctx: ReadContext, m: Mention) -> str:
    """The name the gazetteers know an organisation by ('European Community' for 'EC'), else
    the name as written."""
    known = ctx.gaz.org(m.name)
    return known.name if known is not None else m.name


def _company_of(ctx: ReadContext, m: Mention, longer: list[Mention],
                rules: MentionRules) -> Mention | None:
    """The company whose full name a short name begins, where that is the only one and the
    resolver would not join them anyway ('Toshiba' and 'Toshiba Corp' have one key)."""
    words = m.name.split()
    typed = m.kind != short_name_rules().company_kind  # a company already keeps its own node
    found = _distinct(n for n in longer if len(n.name.split()) > len(words)
                      and n.name.split()[:len(words)] == words and (_company_name(n.name, rules) or (
                          typed and n.kind == short_name_rules().company_kind)))
    if len(found) != 1 or _another_known(ctx, m.name, found[0].name):
        return None  # "Sony" beside "Sony Pictures Entertainment": the group, not its unit
    rest = found[0].name.split()[len(words):]
    if any(w.lower() in rules.company_unit_words or ctx.gaz.state(w) is not None for w in rest):
        return None  # "Hollinger" beside "Hollinger International Inc": maybe another company
    only_forms = all(w in rules.legal_forms for w in rest)
    if m.kind == "Person":  # "Ivan F. Boesky" beside "Ivan F. Boesky and Co": the man
        return found[0] if only_forms or _firm_rest(words, rest, rules) else None
    return None if only_forms and m.kind in ("Company", "Organization") else found[0]


def _firm_rest(words: list[str], rest: list[str], rules: MentionRules) -> bool:
    """Whether a name the NER took for a person's is cut short of a company's name by the
    capitalised words of a firm ('Acme Precision' beside 'Acme Precision Products Inc'): no
    given name first, and nothing after it but capitalised words ending in a legal form or a
    company's suffix ('Products Inc', 'Drafting Systems'; not 'and Co': a man's firm)."""
    return (words[0] not in rules.given_names and rest[-1] in rules.legal_forms | rules.company_suffixes
            and all(w[:1].isupper() and w.lower() not in short_name_rules().joining_words
                    for w in rest))


def _as(m: Mention, full: Mention) -> Mention:
    return replace(m, name=full.name, kind=full.kind, hint=full.hint)


def _distinct(found: Iterable[Mention], *,
              key: Callable[[Mention], str] = lambda m: m.name) -> list[Mention]:
    """One mention per name (as the resolver keys names), in text order."""
    seen: dict[str, Mention] = {}
    for m in found:
        seen.setdefault(normalise(key(m)), m)
    return list(seen.values())


def _nested(bodies: list[Mention]) -> list[Mention]:
    """The shortest of names that all end with it ('Federation of Banks', 'West German Federation
    of Banks'): one body, else all of them."""
    if not bodies:
        return bodies
    short = min(bodies, key=lambda b: len(b.name))
    return [short] if all(b.name.endswith(short.name) for b in bodies) else bodies


def _head(name: str) -> str:
    """The generic head of a body's name: its last word ('European Commission'), or the word
    before its first 'of' ('Bank of Japan', 'Ministry of Defence')."""
    words = [w.lower() for w in name.split()]
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def _company_name(name: str, rules: MentionRules) -> bool:
    """A company's full name: its last word is a company's suffix or a legal form ('Inc',
    'Plc', 'Airways', 'Bank', 'Air Lines')."""
    words = name.split()
    return words[-1] in rules.legal_forms or any(
        " ".join(words[-n:]) in rules.company_suffixes for n in (1, 2))


def _another_known(ctx: ReadContext, short: str, full: str) -> bool:
    """Whether the gazetteers know the short name as a company or an organisation of its own,
    and the full name not as the same one ('Sony' and 'Sony Pictures Entertainment', 'Vodafone'
    and 'Vodafone KK': a group and its unit)."""
    gaz = ctx.gaz
    known = gaz.org(short) or gaz.company(short, label="ORG")
    return known is not None and known != (gaz.org(full) or gaz.company(full, label="ORG"))


def _full_name_words(named: list[Mention]) -> dict[str, set[str]]:
    """Each word (normalised) of the full names of people the article names → those full names
    (normalised): made once per article, not once per name asked about."""
    words: dict[str, set[str]] = {}
    for n in named:
        if n.kind == "Person" and " " in n.name:
            for w in n.name.split():
                words.setdefault(normalise(w), set()).add(normalise(n.name))
    return words


def _may_be_short(ctx: ReadContext, m: Mention, full_names: dict[str, set[str]]) -> bool:
    """Whether a name may be the first words of a company's name: not a state's, nor, read as a
    place, one the gazetteers know ('Johannesburg' beside 'Johannesburg Consolidated Investment
    Co'), nor, for a name read
    as a person's, a person the gazetteer knows or a part of another full name of a person the
    article names ('Dell' beside 'Michael Dell' and 'Dell Inc'); the name's own other mentions
    are no other person ('Phelps Dodge' said twice beside 'Phelps Dodge Corp')."""
    key = normalise(m.name)
    if ctx.gaz.state(m.name) is not None or (m.kind in ("City", "Place") and (
            key in ctx.gaz.cities or ctx.gaz.region(m.name) is not None)):
        return False  # a name typed a company all the same may be a town's too ('Delta')
    if m.kind != "Person":
        return True
    return ctx.gaz.person(m.name) is None and not any(
        full_names.get(w, set()) - {key} for w in key.split())  # others' full names
