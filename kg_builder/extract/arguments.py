"""Finding an event's parties in the parse: prepositional objects, the first party inside a
clause or phrase, the subjects of a condition. Unlike :mod:`.syntax` these look at mentions
(a preposition that names a party wins over one that names a thing).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import PLACE_KINDS
from .context import ReadContext
from .entities import mention_rules
from .mentions import mention_for
from .syntax import with_conjuncts

__all__ = ["DEEP_DEPS", "MATTER_DEPS", "NOUN_DEEP_DEPS", "TARGET_DEPS", "clausal_targets",
           "condition_subjects", "parties", "phrase_prep_objects", "prep_objects"]

#: dependencies followed from a trigger into its clause or object phrase
DEEP_DEPS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "acl", "dative", "nsubj",
                       "nsubjpass", "conj", "attr", "oprd", "appos"})
#: … from a noun trigger
NOUN_DEEP_DEPS = frozenset({"prep", "pobj"})
#: … into what a matter is about ('an investigation into alleged crimes committed by X')
MATTER_DEPS = frozenset({"prep", "pobj", "acl", "agent", "ccomp", "nsubj", "nsubjpass"})
#: where a party found on the way can be the target
TARGET_DEPS = frozenset({"dobj", "pobj", "dative", "nsubj", "nsubjpass", "attr", "poss",
                         "appos"})  # "denounced as a crime Serbia's suppression of …"


def parties(ctx: ReadContext, tokens: list[Token]) -> list[Token]:
    """``tokens`` if one of them names a party, else nothing."""
    return tokens if any(mention_for(ctx, t) is not None for t in tokens) else []


def prep_objects(ctx: ReadContext, token: Token, preps: tuple[str, ...]) -> list[Token]:
    """Objects of the first preposition in ``preps`` (preference order) that names a party;
    failing that, of the first one present."""
    first: list[Token] = []
    for prep in preps:
        objs = [t for child in token.children
                if child.dep_ in ("prep", "dative") and child.lower_ == prep
                for obj in child.children if obj.dep_ == "pobj"
                for t in with_conjuncts(ctx, obj)]
        if objs and any(mention_for(ctx, t) is not None for t in objs):
            return objs
        first = first or objs
    return first


def phrase_prep_objects(ctx: ReadContext, noun: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the first phrase of ``preps`` that names a party anywhere inside the noun
    phrase ``noun`` heads, through its prepositions only (never into a clause): 'negotiated
    the release of the French hostages with Syria', 'agreed the rescheduling of Petrobras's
    debt with the banks', where the parser hangs the verb's 'with' on the last noun before it."""
    frontier = [noun]
    while frontier:
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ != "prep":
                    continue
                objs = [o for g in c.children if g.dep_ == "pobj" for o in with_conjuncts(ctx, g)]
                if c.lower_ in preps and parties(ctx, objs):
                    return objs
                nxt += [g for g in c.children if g.dep_ == "pobj"]
        frontier = nxt
    return []


def _where(ctx: ReadContext, token: Token, setting_preps: frozenset[str]) -> bool:
    """'in the Lords', 'at Tods Murray', 'in front of a crowd of supporters': a phrase of
    ``setting_preps`` that says where or among whom — unless it names a state or a place, which
    stands for its state ('resume terrorist activities in Israel')."""
    if token.dep_ != "prep" or token.lower_ not in setting_preps:
        return False
    return not any((m := ctx.by_token.get(t.i)) is not None
                   and (ctx.mention(m).kind == "State" or ctx.mention(m).kind in PLACE_KINDS)
                   for t in token.subtree)  # "at this jail in northern Israel"


def _says(token: Token) -> bool:
    """'the idea that the Tories and BNP appealed to …', 'claims (that) government plans …
    would devalue degrees': a finite clause of a noun, what an idea or a claim says (not 'a
    call for its forces to be deployed in East Timor')."""
    return token.dep_ in ("acl", "ccomp") and token.head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in token.children) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _noun_clause(token: Token) -> bool:
    """'a request to give notice of …', 'plans to portray Dominica's Carib Indians as
    cannibals': an infinitive that says what a noun is for (a finite clause, what a noun says,
    is ``content``'s: 'welcomed news that the Bill Gates Foundation and Norway are joining up').
    A participle on the noun is not one: it often carries the noun's own partner ('agreed a
    settlement totalling $50m with Acme Securities', where the parser hangs 'with' on the
    participle)."""
    return token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN") and not _says(token) and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _owned(ctx: ReadContext, token: Token) -> bool:
    """'the European Union's ban': a thing its possessor's mention stands for."""
    mid = mention_for(ctx, token)
    return mid is not None and any(c.dep_ == "poss" and mention_for(ctx, c) == mid
                                   for c in token.children)


def _own_clause(token: Token) -> bool:
    """'Poland has rejected the proposal and Germany's main political parties have opposed it':
    a coordinated verb with a subject of its own is another clause, another event — its parties
    are not the first verb's."""
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _given_to(verb: Token, child: Token, preps: frozenset[str]) -> bool:
    """Whether ``child`` of a verb inside the trigger's clause names whom that act gives to or
    is done with: its dative, or the first of two objects, which the parser makes of one
    ('opposes giving Community Support Officers (CSOs) the power'), or a phrase of ``preps`` on
    it ('opposes selling arms to Iran')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "dobj":
        return any(c.dep_ == "dobj" and c.i > child.i for c in verb.children)
    return child.dep_ == "dative" or (child.dep_ == "prep" and child.lower_ in preps)


def clausal_targets(ctx: ReadContext, token: Token, *, exclude: set[Token],
                    deps: frozenset[str] = DEEP_DEPS, first_hop: str | None = None,
                    max_depth: int = 4, setting_preps: frozenset[str] = frozenset(),
                    content: bool = True, topic_preps: frozenset[str] = frozenset(),
                    noun_clauses: bool = True, clause_nouns: frozenset[str] = frozenset(),
                    aside_preps: frozenset[str] = frozenset(),
                    noun_preps: frozenset[str] = frozenset()) -> list[Token]:
    """The first party found inside the trigger's clause or object phrase, breadth first:
    'threatened to cut off electricity to X', 'demanded that X cancel …',
    'rejected an Indian proposal', 'threatened further action against X'. A phrase of
    ``setting_preps`` that names no state or place is not searched ('oppose the Bill in the
    Lords': where, not whom); without ``content``, neither is what a noun says ('rejected the
    idea that the Tories … appealed': what is rejected, not whom), nor a phrase of ``topic_preps``
    on the trigger or a noun ('attacked the plans for pensioners', 'criticised its record on the
    NHS', 'opposes the encroachment of the market into the NHS': what the act or thing is for or
    about, not whose it is), nor a coordinated clause with a subject of its own, nor a verb
    coordinated with the trigger itself (another act: 'agreed to withdraw his bill … but urged
    the government'), nor what a topic noun is of ('an inquiry into the death of Dr David
    Kelly', 'a probe into the Iran-contra affair': what happened, not to whom it is done).
    Without ``noun_clauses``, an infinitive on a noun is not searched either ('refused a request
    to give notice of the names of workers': what the thing is for; its parties are bystanders
    of the act), unless the noun's lemma is one of ``clause_nouns`` ('rejected an
    invitation to attend a meeting of Palestinian factions': whom one is invited to). A phrase of
    ``aside_preps`` is never searched, whatever it names: it says who tells of the act or what
    it happened in spite of ('might be challenged by his former adviser, according to the
    Washington Post', 'was rejected by the Commons despite the support of 62 Labour rebels').
    A phrase of ``noun_preps`` on a noun of the trigger's object, or on the trigger beside its
    object (where the parser hangs the object's phrase), names whom the thing is for or given
    to, not whom the act is on ('decided not to oppose any U.S. wheat subsidy offer to the Soviet
    Union', 'does not intend to discuss a wheat export enhancement initiative to the Soviet
    Union', 'continued to oppose a budget summit with Congress'): not searched either, nor the
    dative or such a phrase of a verb inside the clause, whom an act opposed or talked about
    gives to or is done with ('opposes giving Community Support Officers the power to detain
    suspects'); a noun of a setting is ('will discuss agriculture during a visit to Japan': with
    Japan).
    """
    # "Lord Dubs agreed to withdraw his bill … but urged the government to think again": the
    # trigger's own coordinated verb is another act, with parties of its own
    frontier = [c for c in token.children if c.dep_ in deps and c.dep_ != "nsubj"
                and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
                and (first_hop is None or c.lower_ == first_hop)
                and not _where(ctx, c, setting_preps) and not _own_clause(c)
                and not (c.dep_ == "prep" and c.lower_ in topic_preps)
                and not (c.dep_ == "prep" and c.lower_ in noun_preps and any(
                    o.dep_ == "dobj" for o in token.children))  # the object's, hung on the verb
                and not (c.dep_ == "prep" and c.lower_ in aside_preps)]
    seen: set[int] = {token.i}
    owners_only: set[int] = set()  # inside a clause of a noun: only an owner is its party
    # what the trigger acts on (its object's phrase): where a noun's recipient is no party of it
    acted_on = {x.i for c in token.children if c.dep_ == "dobj"
                for x in c.subtree} if noun_preps else set()
    for _depth in range(max_depth):
        found = [t for t in frontier if t.dep_ in TARGET_DEPS and t not in exclude
                 and not any(t.i == e.i for e in exclude)
                 and (t.i not in owners_only or _owned(ctx, t))
                 and mention_for(ctx, t) is not None
                 and ctx.mention(mention_for(ctx, t)).kind not in PLACE_KINDS]  # type: ignore[arg-type]
        if found:
            return with_conjuncts(ctx, found[0])
        nxt: list[Token] = []
        topics = mention_rules().topic_nouns
        for t in frontier:
            seen.add(t.i)
            if t.lower_ in topics:
                continue  # "an inquiry into the death of Dr David Kelly": what happened
            step = [c for c in t.children if c.dep_ in deps and c.i not in seen
                    and c.dep_ != "relcl" and not _where(ctx, c, setting_preps)
                    and (content or not _says(c)) and not _own_clause(c)
                    and not (c.dep_ == "prep" and c.lower_ in aside_preps)
                    and not (c.dep_ == "prep" and t.pos_ in ("NOUN", "PROPN") and (
                        c.lower_ in topic_preps or (c.lower_ in noun_preps and t.i in acted_on)))
                    and not (noun_preps and _given_to(t, c, noun_preps))]
            owners_only.update(c.i for c in step if t.i in owners_only or (
                not noun_clauses and ctx.lemmas[t.i] not in clause_nouns and _noun_clause(c)))
            nxt.extend(step)
        frontier = nxt
    return []


def condition_subjects(ctx: ReadContext, verb: Token) -> list[Token]:
    """'X threatened to … unless/if Y …': the threat is aimed at Y."""
    heads = [verb, *[c for c in verb.children if c.dep_ == "xcomp"]]
    for head in heads:
        for clause in head.children:
            if clause.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children):
                subj = [t for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        for t in with_conjuncts(ctx, c)]
                if any(mention_for(ctx, t) is not None for t in subj):
                    return subj
    return []
