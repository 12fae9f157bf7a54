"""Questions and doubts the verb triggers read as no request and no investigation.

'He asked what the government had to hide', 'asked X about Y': a question, not a request;
'Analysts have questioned whether a US court has any jurisdiction': doubting what a question
asks investigates no one; 'Kate Hoey questioned Tony Blair's honesty': doubting what a party
has, says or does disapproves of the party. The words are the verb triggers' rule section
(``verb_triggers.json``: ``question_verbs``, ``question_preps``, ``question_objects``,
``doubt_verbs``, ``actor_nouns``).
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..context import ReadContext
from ..mentions import mention_for
from ..rules import Words

__all__ = ["QuestionWords", "asks", "asks_a_question", "doubts", "doubts_a_quality"]


class QuestionWords(Protocol):
    """The words of the verb triggers' section these readers need."""

    @property
    def question_verbs(self) -> Words: ...
    @property
    def question_preps(self) -> Words: ...
    @property
    def question_objects(self) -> Words: ...
    @property
    def doubt_verbs(self) -> Words: ...
    @property
    def actor_nouns(self) -> Words: ...


def asks(verb: Token) -> bool:
    """The verb has a question as complement: 'what …', 'how …', 'whether …', 'if …'."""
    return any(
        c.dep_ == "ccomp" and any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or (
            t.dep_ == "mark" and t.lower_ in ("whether", "if")) for t in c.subtree
            if t.i < c.i)
        for c in verb.children)


def asks_a_question(ctx: ReadContext, verb: Token, *, words: QuestionWords) -> bool:
    """'He asked what the government had to hide', 'asked whether X would …', 'asked X about
    Y', 'X, asked his reaction, said …': a question, not a request."""
    if ctx.lemmas[verb.i] not in words.question_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    participle = verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl")
    about = any(c.dep_ == "prep" and c.lower_ in words.question_preps
                for h in (verb, *objects) for c in h.children) and not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children)
    if participle or about or any(
            c.lemma_.lower() in words.question_objects for c in objects):
        return True  # "Mr Howard, asked about the remark by reporters, said …",
        # "asked all three men about the risks …", "asked his reaction to …"
    return asks(verb) or _asks_one_if(verb)


def _asks_one_if(verb: Token) -> bool:
    """'he asked Mr Myers if he ever knew Mr Ebbers "make an accounting decision?"': a clause
    of 'if' or 'whether' the parser hangs on the verb as an adverbial clause is the question,
    when nothing is asked for (no infinitive, no 'for' phrase: 'asked the IMF for help if the
    talks failed' asks)."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                         for m in c.children) for c in verb.children) and not any(
        c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for")
        for c in verb.children)


def doubts(ctx: ReadContext, verb: Token, *, words: QuestionWords) -> bool:
    """'Analysts have questioned whether a US court has any jurisdiction …', 'Green
    questioned how his officers would be able to …': doubting what a question asks
    investigates no one ('police questioned the suspect' does)."""
    return ctx.lemmas[verb.i] in words.doubt_verbs and asks(verb)


def doubts_a_quality(ctx: ReadContext, verb: Token, *, words: QuestionWords) -> bool:
    """'Kate Hoey questioned Tony Blair's honesty', "Dunne's professionalism was questioned
    by Keegan", "Mr Llwyd's theory has been questioned by Dafydd Wigley": doubting what a
    party has, says or does (a common noun its possessor owns) questions no one as an
    investigator does; it disapproves of the possessor ('police questioned the suspect',
    "questioned the company's chairman": the object is a party itself, and is questioned)."""
    if ctx.lemmas[verb.i] not in words.doubt_verbs:
        return False
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
              and ctx.pos[c.i] == "NOUN" and any(g.dep_ == "poss" for g in c.children)]
    return bool(things) and not any(_party_itself(ctx, c, words=words) for c in things)


def _party_itself(ctx: ReadContext, noun: Token, *, words: QuestionWords) -> bool:
    """'the company's chairman, John Smith', 'the minister's aides': a title, a group or a
    noun with a name beside it, or a mention of its own, names a party, no quality."""
    mid = mention_for(ctx, noun)
    return ctx.lemmas[noun.i] in words.actor_nouns or any(
        g.dep_ == "appos" for g in noun.children) or (
        mid is not None and ctx.mention(mid).span.begin <= noun.idx < ctx.mention(mid).span.end)
