"""'Jake Garn … told Prime Minister Yasuhiro Nakasone', '"But I promise to make Tokyo's markets
as open as those of New York," he told Garn and three other legislators', 'He told the Scottish
Parliament on Wednesday that a "comprehensive ban" on smoking … would be introduced': telling a
party something to its face is a consultation with it (CAMEO 04, PLOVER CONSULT) — the teller
the agent, the one told the target. Speaking to an audience is a statement, no consultation
(tests/data/audit/JUDGING.md): 'the minister told MPs', 'told the Commons', 'told a Senate
subcommittee' read nothing.

A verb of ``verbs`` with a subject of its own (an imperative, 'tell them …', has none) and no
infinitive ('told Japan to resolve the row' is an order: other readers take it) tells its
direct or indirect object, with its conjuncts, what it says; a passive ('he had been told by
Children's Minister Margaret Hodge there was not enough time') tells its subject, the 'by'
phrase telling. The one told must name a party of ``party_kinds`` (a person, a state, a
government body, a party, an intergovernmental organisation), or be a group of
``political_groups`` ('told ministers'; of them, ``house_members`` only beside such a party:
'told Garn and three other legislators', the few people told face to face; alone, 'told MPs',
'told MPs and peers', they are the house listening), or a third-person pronoun resolved
later — named itself, not through what it owns or is part of ('tell the story of Lyra
Belacqua', 'told BBC Radio 4's Westminster Hour', 'told the U.S. Chamber of Commerce'); a
first- or second-person pronoun (``own_pronouns``: 'He's never told me', in a
quotation) is no party. An object whose head is one of ``setting_nouns`` is an audience, the
media, a court or a gathering, no party ('told the court', 'told jurors', 'told the Brighton
conference', 'told a meeting of securities analysts', 'told the French media'), matched as
written: 'a congress of tax advisers' is one, 'told Congress' is not; nor is a person under a
title of ``court_titles`` ('told Judge Clark in an emergency hearing': testimony), nor a
parliament or one of its chambers or committees (``chamber_kinds`` named with one of
``chamber_ends``, or with one of ``committee_heads`` after one of ``chamber_words``: 'told
the Scottish Parliament', 'told a Senate Banking Subcommittee', 'told the Treasury select
committee'), which hear a speaker in public; a party's meeting of its members of parliament
('told the Parliamentary Labour Party') is a party told. Nor is a public body of
``filed_kinds`` told in a clause that speaks of a holding in a company, one of
``holding_words`` ('Leonard Chavin told the Securities and Exchange Commission he had raised
his stake in the company', 'told the SEC he may buy more shares of Lockheed'): a stake
disclosed in a filing, no talks (a company's filing is the press convention's, whatever it
says); 'told the Federal Reserve he favoured lower rates' stays. What is told
about someone ('told him about changes at WorldCom') consults the one told, not the one it is
about. Telling reporters or a newspaper is the press convention's ('told reporters', 'told the
BBC': no event); negation and hedging ('did not tell', 'would tell') are framed by emit. Does
not claim the verb: what is told may still be a demand or a criticism of someone ('told MPs
that Mr Howard must apologise').
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ..context import ReadContext
from ..emit import emit
from ..mentions import mention_for, names_itself
from ..rules import Lexicon, Words, load_section
from ..syntax import passive_agent, subjects, with_conjuncts

__all__ = ["Telling", "TellingRules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TellingRules:
    """``rules/extract/telling.json``."""

    event: str
    confidence: float
    verbs: Words
    party_kinds: frozenset[str]
    political_groups: Words
    house_members: Words
    own_pronouns: Words
    setting_nouns: Words
    court_titles: Words
    chamber_kinds: frozenset[str]
    chamber_ends: Words
    committee_heads: Words
    chamber_words: Words
    filed_kinds: frozenset[str]
    holding_words: Words


class Telling:
    name: ClassVar[str] = "telling"

    def __init__(self) -> None:
        self.rules = load_section(self.name, TellingRules)

    def lemmas(self, lexicon: Lexicon) -> frozenset[str] | None:
        return self.rules.verbs

    def read(self, ctx: ReadContext, token: Token) -> bool:
        if ctx.pos[token.i] != "VERB" or any(c.dep_ == "xcomp" for c in token.children):
            return False
        if any(c.dep_ == "auxpass" for c in token.children):  # "he had been told by X"
            agents = passive_agent(ctx, token)
            told = [t for c in token.children if c.dep_ == "nsubjpass"
                    for t in with_conjuncts(ctx, c)]
        else:
            agents = subjects(ctx, token)
            # "told Reuters Taiwan would cut tariffs": Reuters is told, not Taiwan
            told = [t for c in token.children if c.dep_ in ("dobj", "dative")
                    for t in (with_conjuncts(ctx, c) if _first_name(ctx, c) is c
                              else [_first_name(ctx, c)])]
        # "told the SEC he had raised his stake in …": a holding disclosed to a public body is
        # a filing, no consultation
        filing = self._discloses_holding(ctx, token)
        kinds = [(t, None if filing and self._filed(ctx, t) else self._party(ctx, t))
                 for t in told]
        # a group of members is told beside a named party, not alone ('told MPs')
        beside = any(kind == "party" for _, kind in kinds)
        targets = [t for t, kind in kinds if kind == "party" or (kind == "group" and beside)]
        if not agents or not targets:
            return False
        emit(ctx, token, event=self.rules.event, confidence=self.rules.confidence,
             agents=agents, targets=targets)
        return False

    def _party(self, ctx: ReadContext, token: Token) -> str | None:
        """What the one told is: ``"party"``, a named or resolved one of ``party_kinds`` or a
        third-person pronoun or a political group ('ministers'); ``"group"``, a group of
        ``house_members`` ('MPs'), told only beside a party; None for an audience, a
        parliament, a court or a gathering."""
        rules = self.rules
        if token.text in rules.setting_nouns or token.lower_ in rules.own_pronouns:
            return None
        mid = mention_for(ctx, token)
        if mid is None or not names_itself(ctx, token):
            return None  # "tell the story of Lyra", "told the U.S. Chamber of Commerce"
        mention = ctx.mention(mid)
        if mention.kind == "Group":
            lemma = token.lemma_.lower()
            if lemma not in rules.political_groups and lemma.endswith("s"):
                lemma = lemma[:-1]  # "MSPs", lemmatised as a name
            if lemma not in rules.political_groups:
                return None
            return "group" if lemma in rules.house_members else "party"
        if mention.title and mention.title.split()[-1].lower() in rules.court_titles:
            return None  # "told Judge Clark in an emergency hearing": testimony
        if mention.kind in rules.chamber_kinds and self._chamber(mention.name):
            return None  # "told the Commons", "told a Senate Banking Subcommittee"
        if mention.how in ("pronoun", "role") and mention.kind is None:
            return "party"  # "him", "the Chancellor": resolved later
        return "party" if mention.kind in rules.party_kinds else None

    def _discloses_holding(self, ctx: ReadContext, token: Token) -> bool:
        """Whether what the verb tells (its clause) speaks of a holding in a company, one of
        ``holding_words`` ('he had raised his stake in …', 'it holds 12.3 pct of the stock', 'he
        may buy more shares of …')."""
        return any(ctx.lemmas[t.i] in self.rules.holding_words
                   for c in token.children if c.dep_ == "ccomp" for t in c.subtree)

    def _filed(self, ctx: ReadContext, token: Token) -> bool:
        """Whether the one told is a public body of ``filed_kinds`` (a regulator, an agency)."""
        mid = mention_for(ctx, token)
        return mid is not None and ctx.mention(mid).kind in self.rules.filed_kinds

    def _chamber(self, name: str) -> bool:
        """Whether a body's name is a parliament's, one of its chambers' or its committees':
        it ends with one of ``chamber_ends`` ('Scottish Parliament', 'Congress'), or with one
        of ``committee_heads`` after one of ``chamber_words`` ('Senate Banking Subcommittee',
        'Treasury select committee'); not 'Parliamentary Labour Party'."""
        rules = self.rules
        words = name.lower().split()
        if any(words[-len(end.split()):] == end.split() for end in rules.chamber_ends):
            return True
        return bool(words) and words[-1] in rules.committee_heads and any(
            word in rules.chamber_words for word in words[:-1])


def _first_name(ctx: ReadContext, token: Token) -> Token:
    """The one told where the parser kept a glued name as one phrase: 'told Reuters Taiwan would
    cut tariffs' hangs 'Reuters' on 'Taiwan' as a compound; where the NER tagged the two as one
    name and :mod:`..told_apart` read them as two mentions, the first (the compound) is told,
    and ``token`` is the subject of what it is told. Else ``token``."""
    mid = mention_for(ctx, token)
    for c in token.children:
        if c.dep_ == "compound" and c.i < token.i and c.ent_iob_ == "B" and all(
                ctx.doc[i].ent_iob_ == "I" for i in range(c.i + 1, token.i + 1)) and (
                (other := mention_for(ctx, c)) is not None and other != mid):
            return c
    return token
