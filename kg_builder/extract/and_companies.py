"""A company's name of two names joined by 'and' that the NER cut at 'and' where it had tagged
the left name alone or not at all: 'Standard and Poor's Corp' with only "Poor's Corp" tagged,
'Baxter and Lowe Plc' with 'Baxter' tagged a person and 'Lowe Plc' a name of its own (invented
examples); where the NER tagged the left words an organisation's, it read two names ('Chrysler
and General Motors Corp'), and so does a word that speaks of two right before them ('owned jointly
by Suralco and Billiton NV'). One legal form closes the whole: the words before 'and' carry
none, so they are no company's whole name of their own, and the name is read from its first word.

Not when the words around 'and' are two names: the left words or the right ones (without the
legal form) are a name the gazetteers know ('Exxon and Mobil Corp', 'Chrysler and General
Motors Corp' where the gazetteers know General Motors), the left words open with a given name
('Asher Edelman and Dominion Textile Inc'), the name is one of a list ('Barclays, Lloyds and
Lowe Plc'), or the article writes the right words alone ('Texaco said' beside 'Getty and
Texaco Inc'). Names joined at 'and' that the NER tagged on the left are
:func:`.bodies.through_and`'s; this reads what it leaves. Reads the ``and_companies`` rule
section (``rules/extract/and_companies.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..gazetteer import Gazetteer
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["AndCompanyRules", "and_company_rules", "and_company_start", "left_of_and_company"]


@dataclass(frozen=True, slots=True, kw_only=True)
class AndCompanyRules:
    """The ``and_companies`` section: see the comment in its JSON file."""

    and_words: Words
    legal_forms: frozenset[str]
    given_names: frozenset[str]
    list_marks: frozenset[str]
    name_tags: frozenset[str]
    own_name_tags: frozenset[str]
    plural_cues: Words
    cue_window: float
    possessives: frozenset[str]
    max_left_words: float
    max_right_words: float


@cache
def and_company_rules() -> AndCompanyRules:
    return load_section("and_companies", AndCompanyRules)


def and_company_start(ctx: ReadContext, start: int, end: int) -> int:
    """Where a company's name begins whose span the NER began right after 'and' (``start`` when
    it did not cut one): "Poor's Corp" of 'Standard and Poor's Corp' begins at 'Standard'."""
    rules = and_company_rules()
    if start < 2 or ctx.lowers[start - 1] not in rules.and_words:
        return start
    found = _across(ctx, start - 1)
    return found[0] if found is not None and found[1] <= end + 1 else start  # "Co Ltd>"


def left_of_and_company(ctx: ReadContext, start: int, end: int) -> bool:
    """Whether a span the NER tagged ends right before 'and' of a company's name it cut there
    ('Baxter' of 'Baxter and Lowe Plc'): the name is read whole from its right part's span."""
    rules = and_company_rules()
    if end >= len(ctx.tokens) - 2 or ctx.lowers[end] not in rules.and_words:
        return False
    found = _across(ctx, end)
    return found is not None and found[0] <= start


def _across(ctx: ReadContext, conj: int) -> tuple[int, int] | None:
    """(first token, end) of one company's name around the 'and' at ``conj``, or None."""
    rules = and_company_rules()
    tokens, texts = ctx.tokens, ctx.texts
    stop = conj + 1
    while (stop < len(tokens) and stop - conj - 1 < rules.max_right_words
           and texts[stop] not in rules.legal_forms and (_capitalised(tokens[stop]) or (
               stop > conj + 1 and texts[stop] in rules.possessives))):
        stop += 1
    right = texts[conj + 1:stop]
    if not right or stop >= len(tokens) or texts[stop] not in rules.legal_forms:
        return None
    end = stop
    while end < len(tokens) and texts[end] in rules.legal_forms:
        end += 1  # "Co Ltd"
    first = conj
    while (first > 0 and conj - first < rules.max_left_words and _capitalised(tokens[first - 1])
           and (tokens[first - 1].pos_ == "PROPN"
                or tokens[first - 1].ent_type_ in rules.name_tags)):
        first -= 1
    left = texts[first:conj]
    if not left or left[-1] in rules.legal_forms or (first > 0 and (
            texts[first - 1] in rules.list_marks or ctx.lowers[first - 1] in rules.and_words
            or (_capitalised(tokens[first - 1]) and tokens[first - 1].pos_ == "PROPN"))):
        return None  # no name, two whole names, a list, or more words than a name's
    if len(left) > 1 and left[0] in rules.given_names:
        return None  # "Asher Edelman and Dominion Textile Inc": a person and a company
    if any(ctx.lowers[i] in rules.plural_cues
           for i in range(max(0, first - int(rules.cue_window)), first)):
        return None  # "owned jointly by Suralco and Billiton NV": two owners
    if any(t.ent_type_ in rules.own_name_tags for t in tokens[first:conj]):
        return None  # "Suralco and Billiton NV": the NER read an organisation of its own there
    right_name = " ".join(w for w in right if w not in rules.possessives)
    if _known(ctx.gaz, " ".join(left)) or _known(ctx.gaz, right_name) or _alone(ctx, right, conj):
        return None  # "Exxon and Mobil Corp", "Getty and Texaco Inc" … "Texaco said"
    return first, end


def _capitalised(token: Token) -> bool:
    return token.is_title and token.text[:1].isalpha()


def _known(gaz: Gazetteer, text: str) -> bool:
    """Whether the gazetteers know a name as an organisation, a listed company, a state, a
    region or a person."""
    return (gaz.org(text) is not None or gaz.company(text, label="ORG") is not None
            or gaz.state(text) is not None or gaz.region(text) is not None
            or gaz.person(text) is not None)


def _alone(ctx: ReadContext, right: list[str], conj: int) -> bool:
    """Whether the article writes the words after 'and' elsewhere with no 'and' before them."""
    texts, lowers = ctx.texts, ctx.lowers
    size = len(right)
    and_words = and_company_rules().and_words
    i = -1
    while True:
        try:
            i = texts.index(right[0], i + 1)
        except ValueError:
            return False
        if (i != conj + 1 and texts[i:i + size] == right
                and (i == 0 or lowers[i - 1] not in and_words)):
            return True
