"""Targets that name a thing, not a party (issue 15, wrong-target class): a state's goods
('criticised American products'; a sanction or threat against them is against the state), a
document named after its author or called a paper or report ('criticised the Butler report',
'the White Paper'), a financial instrument, a currency or a pact named after someone ('support
the issuance of Reagan bonds', 'the Louvre pact', 'the U.S. currency', 'the Lebanese pound'), a
memorial or a camp visited ('visited Yad Vashem, the Holocaust memorial'); the body a complaint
is lodged with
('lodged a complaint with Uefa'); and the state a meeting is held in ('EU farm ministers met in
Luxembourg'). Reads the ``things`` rule section; :func:`emit.emit` leaves such targets out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .conjuncts import first_conjunct
from .context import ReadContext
from .mentions import mention_for, names_itself
from .rules import Words, load_section

__all__ = ["ThingRules", "lodged_with", "market_agent", "names_a_thing", "venue"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ThingRules:
    """The ``things`` section: see the comment in ``rules/extract/things.json``."""

    product_nouns: Words
    goods_target_categories: frozenset[str]
    document_nouns: Words
    site_nouns: Words
    complaint_lemmas: Words
    addressee_preps: Words
    arbiter_kinds: frozenset[str]
    instrument_nouns: Words
    currency_nouns: Words
    pact_nouns: Words
    party_kinds: frozenset[str]
    venue_events: frozenset[str]
    venue_preps: Words
    trader_nouns: Words
    trader_place_preps: Words
    singular_object_pronouns: Words
    plural_object_pronouns: Words
    antecedent_deps: Words
    market_nouns: Words
    conflict_nouns: Words
    conflict_party_preps: Words
    conflict_place_preps: Words
    conflict_target_categories: frozenset[str]


@cache
def thing_rules() -> ThingRules:
    return load_section("things", ThingRules)


def _of_path(token: Token) -> list[Token]:
    """The token and what its 'of' phrase names ('imports of US beef')."""
    return [token, *[o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]]


def _goods(ctx: ReadContext, token: Token, mid: int, category: str) -> bool:
    """'criticised American products', 'praised Japanese goods': a state named only as where
    goods come from is not the party acted on — except by a sanction or a threat aimed at its
    trade ('threatened to impose import restrictions against German goods' is against Germany,
    as PLOVER codes it)."""
    if category in thing_rules().goods_target_categories:
        return False
    m = ctx.mention(mid)
    if m.kind != "State" or (names_itself(ctx, token) and m.how != "demonym"):
        return False  # ("Japanese goods" is read as a demonym mention of the noun itself)
    nouns = thing_rules().product_nouns
    return any(ctx.lemmas[t.i] in nouns for t in _of_path(token))


def _document(ctx: ReadContext, token: Token, mid: int) -> bool:
    """'criticised the Butler report' (a name that only modifies a document noun), 'the White
    Paper', 'the Tory Green Paper' (a name of two words or more that ends in one)."""
    nouns = thing_rules().document_nouns
    m = ctx.mention(mid)
    words = m.name.split()
    if m.how == "name" and len(words) > 1 and words[-1].lower() in nouns:
        return True
    span = ctx.doc.char_span(m.span.begin, m.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "NOUN" \
        and ctx.lemmas[root.head.i] in nouns


def _instrument(ctx: ReadContext, token: Token, mid: int) -> bool:
    """'would support the issuance of Reagan bonds', 'moved to support the U.S. currency',
    'praised Japanese shares', 'to assist the Lebanese pound': a name or a demonym that only
    modifies a noun of a financial instrument, a currency (by its unit's name too) or an index
    names the thing, no party acted on; so does a name of no
    party kind before a pact ('agreed to support the Louvre pact'; 'rejected the Soviet pact'
    rejects the Soviet Union)."""
    rules = thing_rules()
    m = ctx.mention(mid)
    span = ctx.doc.char_span(m.span.begin, m.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    nouns = [root.head] if root.dep_ in ("compound", "nmod", "amod") and root.head.i > root.i \
        and root.head.pos_ == "NOUN" else []
    instruments = rules.instrument_nouns | rules.currency_nouns  # "the Lebanese pound"
    if not span.start <= token.i < span.end or ctx.lemmas[token.i] in instruments:
        nouns.append(token)  # "Japanese shares": the demonym's mention is the noun itself
    lemmas = {ctx.lemmas[n.i] for n in nouns}
    return bool(lemmas & instruments) or bool(
        lemmas & rules.pact_nouns and m.kind not in rules.party_kinds)


def _site(ctx: ReadContext, token: Token, mid: int) -> bool:
    """'visited Yad Vashem, the Holocaust memorial', 'the Auschwitz camp': a name set beside a
    noun of a memorial, a camp or a cemetery names a place visited, no party."""
    m = ctx.mention(mid)
    span = ctx.doc.char_span(m.span.begin, m.span.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    sites = thing_rules().site_nouns
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "compound" and root.head.i > root.i:
        beside.append(root.head)
    if root.dep_ == "appos":
        beside.append(root.head)
    return any(ctx.lemmas[t.i] in sites for t in beside)


def _traders_place(ctx: ReadContext, token: Token, mid: int, category: str) -> bool:
    """'rejected merger overtures from three other investment dealers in Canada', 'talks with
    banks in Japan': a state or a place named only as where traders, banks or firms are is not
    the party dealt with — they are (a sanction or a threat aimed at them is against the state,
    as with goods)."""
    rules = thing_rules()
    if category in rules.goods_target_categories or token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.dep_ == "prep" and prep.lower_ in rules.trader_place_preps \
        and prep.head.pos_ == "NOUN" and ctx.lemmas[prep.head.i] in rules.trader_nouns \
        and ctx.by_token.get(prep.head.i) in (None, mid)  # the traders are no party named


def _war_place(ctx: ReadContext, token: Token, mid: int, category: str) -> bool:
    """'opposed the Iraq war', 'defended the Falklands war', 'criticised the US-led war in
    Iraq': a state or a place named only as where a war or a conflict is fought (the noun's
    compound modifier, or the object of 'in' after it) is no party acted on by backing,
    opposing or criticising the war — those act on the war and its makers. A war with the party
    it is waged on or against ('the US war on terror', "Britain's war with Argentina") or named
    after its two sides ('the Iran-Iraq war') keeps its modifier as the party, and so do the
    categories where a place stands for its state ('bombs exploded in Kabul', as PLOVER codes
    it)."""
    rules = thing_rules()
    m = ctx.mention(mid)
    if category in rules.conflict_target_categories or (
            m.kind != "State" and m.kind not in PLACE_KINDS):
        return False
    if token.dep_ == "pobj" and token.head.lower_ in rules.conflict_place_preps:
        noun = token.head.head  # "the war in Iraq"
    elif (not names_itself(ctx, token) or m.how == "demonym") and any(
            c.dep_ in ("compound", "nmod") and c.i < token.i and (
                ctx.by_token.get(c.i) == mid or ctx.gaz.state(c.text) is not None)
            for c in token.children):
        noun = token  # "the Iraq war": its modifier's mention, or the noun read as the state's
    else:
        return False
    sides = [t for t in ctx.doc[noun.left_edge.i:noun.i]  # also "the Iraq- Iran war"
             if t.text.strip("-/") and ctx.gaz.state(t.text.strip("-/")) is not None]
    return noun.pos_ == "NOUN" and ctx.lemmas[noun.i] in rules.conflict_nouns and not any(
        c.dep_ == "prep" and c.lower_ in rules.conflict_party_preps for c in noun.children) \
        and len(sides) < 2  # "the Iran-Iraq war" is named after its two sides


def _thing_pronoun(ctx: ReadContext, token: Token) -> bool:
    """'Poland has rejected the proposal and Germany's main political parties have opposed it',
    'he had supported the plans when Mr Blunkett argued for them': an object pronoun whose
    nearest object before it in the sentence is a thing of its number (a common noun that names
    no party) stands for that thing — the thing two parties both acted on, not one of them."""
    rules = thing_rules()
    low = token.lower_
    plural = low in rules.plural_object_pronouns
    if token.pos_ != "PRON" or not (plural or low in rules.singular_object_pronouns) or (
            token.dep_ not in ("dobj", "pobj")):
        return False
    before = [t for t in token.sent if t.i < token.i and t.dep_ in rules.antecedent_deps]
    if not before:
        return False
    nearest = before[-1]
    return ctx.pos[nearest.i] == "NOUN" and (nearest.tag_ in ("NNS", "NNPS")) == plural \
        and mention_for(ctx, nearest) is None


def lodged_with(ctx: ReadContext, token: Token, *, trigger: Token, light: Token | None) -> bool:
    """'Chelsea lodged a complaint with Uefa', 'Chelsea's complaint to Uefa': a body that hears
    complaints (a governing body, a regulator, an international organisation) is not what a
    complaint made to it is against; a state or a company is ('China complained to the United
    States over arms sales', 'complained to the BBC about its coverage')."""
    rules = thing_rules()
    if ctx.lemmas[trigger.i] not in rules.complaint_lemmas or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ not in rules.addressee_preps or prep.head not in (trigger, light):
        return False
    mid = mention_for(ctx, token)
    return mid is not None and ctx.mention(mid).kind in rules.arbiter_kinds


def venue(ctx: ReadContext, token: Token, *, event: str, trigger: Token,
          light: Token | None) -> bool:
    """'EU farm ministers met in Luxembourg', 'the Community's ministers, meeting in
    Luxembourg, agreed …': a party named in a phrase of where a meeting is held (of the trigger
    or its light verb) is its venue, not the party met ('met his EU counterparts in Luxembourg'
    meets the counterparts; 'visited Iraq' and 'arrived in Amman' are no meetings)."""
    rules = thing_rules()
    if event not in rules.venue_events:
        return False
    token = first_conjunct(token)  # "in Luxembourg and Brussels"
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in rules.venue_preps \
        and prep.head in (trigger, light)


def names_a_thing(ctx: ReadContext, token: Token, *, category: str) -> bool:
    """Whether the target ``token`` of an event of the PLOVER ``category`` names a thing
    (goods, a document, a site, a financial instrument, a currency or a pact), where traders
    are or a war is fought, or is a pronoun that stands for a thing, not a party."""
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    return _goods(ctx, token, mid, category) or _document(ctx, token, mid) \
        or _site(ctx, token, mid) or _instrument(ctx, token, mid) \
        or _traders_place(ctx, token, mid, category) or _war_place(ctx, token, mid, category) \
        or _thing_pronoun(ctx, token)


def market_agent(ctx: ReadContext, token: Token) -> bool:
    """'OPEC prices pressed Nigeria', 'Japanese exports have hurt the United States', 'the
    U.S. dollar challenged the yen': an agent that is a price, a rate, a currency, a market,
    exports or output of a party (the party only its modifier or possessor) is a market moving,
    no act of the party (CAMEO codes what political actors do). A name that is the agent itself
    stays ('OPEC pressed Nigeria')."""
    rules = thing_rules()
    if ctx.lemmas[token.i] not in rules.market_nouns | rules.currency_nouns:  # "the pound"
        return False
    mid = mention_for(ctx, token)  # "Japanese exports": a demonym read as the noun itself
    return mid is not None and (not names_itself(ctx, token) or ctx.mention(mid).how == "demonym")
