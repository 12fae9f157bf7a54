"""Companies by evidence the article gives: a name typed only the generic organisation that the
text shows is a company's, outside sports reports (where clubs are organisations).

- A word inside the name that only a company's name holds (``name_words``: 'Castellan Bank',
  'Bank One', 'Harbury Airways', 'Lindell Brothers', 'Westgate Securities'), unless the name
  holds one of ``not_company_phrases`` ('central bank', 'food bank'); a phrase of a mutual
  bank's name, whatever else the name holds (``company_phrases``: 'Britannia Building
  Society').
- A noun for a kind of business in apposition to it, right before it, or what it is after 'be'
  (``company_nouns``: 'Castellan, the largest US retailer,', 'software developer Castellan'
  (``before_deps``), 'Norwood is a Toronto-based producer of lead alloys'); one of them it is
  one of (``one_words``: 'Castellan, one of the largest US retailers,').

The name words after a name's first (outside arts reports, where 'the Chemical Brothers' is a
band; not 'Banks which found this level …', a common noun opening a sentence) and the nouns
around a name (all of the cues below but the list and the longer name) also type a company a
name the NER took for a person's that need not be one (:mod:`.person_firms`: 'NM Rothschild,
the investment bank, is advising Mr Glazer', 'from Wilson Bros for 30 mln dlrs').
- A noun only a business owns that it owns (``owned_nouns``): 'Norwood's shareholders', or
  'its' of that noun in the clause the name is the subject of ('Castellan said it would buy back
  its common stock').
- A business unit it names, that something owns (``unit_nouns``): 'sold its Castellan Lines unit';
  clients it has ('Castellan subscribers'), a kind of business it modifies ('Bonhams auction
  house', ``kind_after_nouns``), a kind of business it is listed after ('labels such as Factory
  and Rough Trade'), an analyst or economist at it ('chief economist at Capital Economics'),
  securities it issues ('Credit Foncier de France is issuing a eurobond').
- Listed with companies (at least ``min_listed`` others typed a company and none typed another
  kind of actor: 'licensed by Nokia, Lenovo, Samsung and Sendo').
- The first words of a company's name of the article, the rest legal forms or company suffixes
  ('Canada Metal' beside 'Canada Metal Co Ltd').

One piece of evidence makes the name a company wherever the article names it. A name holding a
word of ``body_words`` or the mentions section's ``not_company_words`` (a union, a party, a
council, a club, a university ...) is left alone; government bodies, parties, unions, charities
and the like are typed more specifically than the generic organisation before this pass and are
never touched. Reads the ``company_cues`` rule section; run by :func:`.entities.collect_entities`
before :func:`.names.one_kind_per_name`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from ..model import Mention
from .conjuncts import first_conjunct
from .context import ReadContext
from .person_firms import person_firms
from .rules import Words, load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["CompanyCueRules", "company_cue_rules", "company_cues", "owns_business"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CompanyCueRules:
    """``rules/extract/company_cues.json``."""

    generic_kind: str
    company_kind: str
    name_words: Words
    not_company_phrases: Words
    company_phrases: Words
    body_words: Words
    company_nouns: Words
    person_trade_nouns: Words
    copulas: Words
    owned_nouns: Words
    owner_pronouns: Words
    unit_nouns: Words
    client_nouns: Words
    kind_after_nouns: Words
    staff_nouns: Words
    staff_preps: Words
    issue_verbs: Words
    security_nouns: Words
    subject_deps: frozenset[str]
    before_deps: frozenset[str]
    one_words: Words
    min_listed: float
    listed_kinds: frozenset[str]


@cache
def company_cue_rules() -> CompanyCueRules:
    return load_section("company_cues", CompanyCueRules)


def company_cues(ctx: ReadContext, rules: MentionRules) -> None:
    """Type a company every generic organisation's name the article gives evidence for."""
    if ctx.sport:
        return
    cues = company_cue_rules()
    # "Harlow Webber said its clients …", "NM Rothschild, the investment bank,", "Wilson Bros"
    person_firms(ctx, rules, owns=lambda span: (
        _by_nouns(ctx, span, _person_cues()) and not _staff(span)) or (
        not ctx.arts and len(span) > 1
        and _by_name([t.lower_.strip(",.") for t in span[1:]], cues)))
    mentions = ctx.out.mentions
    generic = [m for m in mentions if m.how == "name" and m.kind == cues.generic_kind]
    if not generic:
        return
    shown: set[str] = set()
    blocked = rules.not_company_words | cues.body_words
    for m in generic:
        key = normalise(m.name)
        low = [w.lower().strip(",.") for w in m.name.split()]
        if key in shown:
            continue
        if _holds(low, cues.company_phrases):
            shown.add(key)  # "Britannia Building Society": a mutual bank
            continue
        if any(w in blocked for w in low):
            continue
        span = ctx.doc.char_span(m.span.begin, m.span.end)
        if span is not None and (_by_name(low, cues) or _by_nouns(ctx, span, cues)
                                 or _listed(ctx, span, m, cues) or _cut_short(ctx, m, rules)):
            shown.add(key)
    for m in generic:
        if normalise(m.name) in shown:
            mentions[m.id] = replace(m, kind=cues.company_kind)


@cache
def _person_cues() -> CompanyCueRules:
    """The cues for a name the NER took for a person's: no noun of a person's trade too
    (``person_trade_nouns``: 'the producer Quincy Jones' is the man)."""
    cues = company_cue_rules()
    return replace(cues, company_nouns=cues.company_nouns - cues.person_trade_nouns)


def _staff(span: SpacySpan) -> bool:
    """Whether a noun in apposition to the name has an owner the NER named a body or a person:
    the name is one of its staff ('Shauna Perry, Bioware's audio and external resources
    producer'), whatever the noun ('producer') says of a company; a state owns its companies
    ('Petronas, Malaysia's national oil company')."""
    return any(c.dep_ == "appos" and any(o.dep_ == "poss" and o.ent_type_ in ("ORG", "PERSON")
                                         for o in c.children)
               for token in span for c in token.children)


def _by_name(low: list[str], cues: CompanyCueRules) -> bool:
    """A word of the name only a company's name holds, and no phrase of another kind of body."""
    return any(w in cues.name_words for w in low) and not _holds(low, cues.not_company_phrases)


def _holds(low: list[str], phrases: frozenset[str]) -> bool:
    """Whether a name's lower-cased words hold one of ``phrases``."""
    joined = " " + " ".join(low) + " "
    return any(f" {phrase} " in joined for phrase in phrases)


def _company_noun(token: Token, cues: CompanyCueRules) -> bool:
    return (token.pos_ == "NOUN" and not token.ent_type_
            and token.lemma_.lower() in cues.company_nouns)


def _by_nouns(ctx: ReadContext, span: SpacySpan, cues: CompanyCueRules) -> bool:
    """A company's noun in apposition or after 'be', a business's noun it owns, 'its' such a noun
    in the clause it is the subject of, a unit of a business it names."""
    root = span.root
    if _one_of_companies(span, cues):
        return True  # "Wal-Mart, one of the largest US retailers, has said"
    for token in span:
        if any(c.dep_ == "appos" and _company_noun(c, cues) for c in token.children):
            return True  # "Wal-Mart, the largest US retailer, has said"
    if any(c.dep_ in cues.before_deps and c.i < span.start and _company_noun(c, cues)
           for c in root.children):
        return True  # "London-based software developer Connectotel": the noun before the name
    head = root.head
    if root.dep_ == "appos" and _company_noun(head, cues):
        return True  # "the retailer Castellan" read the other way round
    if root.dep_ in cues.subject_deps and head.lemma_.lower() in cues.copulas and any(
            c.dep_ == "attr" and _company_noun(c, cues) for c in head.children):
        return True  # "Canada Metal is a Toronto-based producer of lead alloys"
    if (root.dep_ in ("compound", "nmod") and head.i >= span.end
            and head.lemma_.lower() in cues.unit_nouns
            and any(c.dep_ == "poss" for c in head.children)):
        return True  # "the sale of its Greyhound Lines unit"
    if root.dep_ in ("compound", "nmod") and head.i >= span.end and (
            head.lower_ in cues.client_nouns or _kind_after(span, head, cues)):
        return True  # "AOL subscribers", "Bonhams auction house", "the Guinness brewery"
    listed = first_conjunct(root)
    prep = listed.head
    if listed.dep_ == "pobj" and (
            (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
             and _company_noun(prep.head, cues))  # "labels such as Factory and Rough Trade"
            or (prep.lower_ in cues.staff_preps and prep.head.lemma_.lower() in cues.staff_nouns)):
        return True  # "Jonathan Loynes, chief UK economist at Capital Economics"
    if root.dep_ in cues.subject_deps and head.lemma_.lower() in cues.issue_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in cues.security_nouns for c in head.children):
        return True  # "Credit Foncier de France is issuing a 150 mln ECU eurobond"
    return owns_business(ctx, span, cues)


def _one_of_companies(span: SpacySpan, cues: CompanyCueRules) -> bool:
    """Whether one of ``one_words`` in apposition to the name's head is one of companies
    ('Yahoo, one of the net's most iconic companies,')."""
    return any(c.dep_ == "appos" and c.lower_ in cues.one_words and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and _company_noun(o, cues) for o in p.children)
        for p in c.children) for c in span.root.children)


def owns_business(ctx: ReadContext, span: SpacySpan, cues: CompanyCueRules) -> bool:
    """Whether a name owns what only a business owns ('Castellan's shareholders'; 'its' such a
    noun in the clause it is the subject of: 'Castellan said its profits rose'); read for
    persons' names by :mod:`.person_firms` too."""
    root = span.root
    head = root.head
    if root.dep_ == "poss" and head.lower_ in cues.owned_nouns:
        return True  # "Castellan's shareholders"
    if root.dep_ in cues.subject_deps and head.pos_ in ("VERB", "AUX"):
        return _its_owned(ctx, span, head, cues)
    return False


def _kind_after(span: SpacySpan, head: Token, cues: CompanyCueRules) -> bool:
    """Whether the noun a name modifies, right after it or after one more noun, is a kind of
    business (alone or with that noun: 'Bonhams auction house')."""
    between = span.doc[span.end:head.i]
    if len(between) > 1 or any(t.pos_ != "NOUN" for t in between) or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    return lemma in cues.kind_after_nouns or " ".join(
        [*(t.lower_ for t in between), lemma]) in cues.kind_after_nouns


def _its_owned(ctx: ReadContext, span: SpacySpan, verb: Token, cues: CompanyCueRules) -> bool:
    """'Castellan said it would buy back its common stock': 'its' of an owned noun in the
    subtree of the verb the name is the subject of, outside the name's own phrase ('the All
    American Pipeline of its Celeron Corp subsidiary': the pipeline of another's unit), with no
    other name between them."""
    own = {t.i for t in span.root.subtree}
    for token in verb.subtree:
        if (token.i >= span.end and token.i not in own and token.lower_ in cues.owner_pronouns
                and token.dep_ == "poss"
                and token.head.lower_ in cues.owned_nouns):
            return not any(i in ctx.by_token for i in range(span.end, token.i))
    return False


def _listed(ctx: ReadContext, span: SpacySpan, mention: Mention, cues: CompanyCueRules) -> bool:
    """Listed with ``min_listed`` companies or more, and with no other kind of actor than a
    company or a generic organisation ('licensed by Nokia, LG Electronics, Lenovo and Sendo')."""
    top = span.root
    top = first_conjunct(top)
    listed = [top, *(t for t in top.subtree if t.dep_ == "conj" and _in_list(t, top))]
    if len(listed) < 2:
        return False
    kinds = []
    for token in listed:
        mid = ctx.by_token.get(token.i)
        if mid is None or mid == mention.id:
            continue
        kinds.append(ctx.mention(mid).kind)
    return (sum(k == cues.company_kind for k in kinds) >= cues.min_listed
            and all(k in cues.listed_kinds for k in kinds))


def _in_list(token: Token, top: Token) -> bool:
    """Whether a conjunct hangs from ``top`` through conjuncts only."""
    while token.i != top.i:
        if token.dep_ != "conj" or token.head.i == token.i:
            return False
        token = token.head
    return True


def _cut_short(ctx: ReadContext, mention: Mention, rules: MentionRules) -> bool:
    """The first words of a company's name of the article, the rest legal forms or company
    suffixes ('Canada Metal' beside 'Canada Metal Co Ltd')."""
    words = mention.name.split()
    ends = rules.legal_forms | rules.company_suffixes
    cues = company_cue_rules()
    return any(m.how == "name" and m.kind == cues.company_kind
               and len(full := m.name.split()) > len(words) and full[:len(words)] == words
               and all(w in ends for w in full[len(words):]) for m in ctx.out.mentions)
