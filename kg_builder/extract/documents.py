"""Claims a document makes: 'The report says the ministry misled parliament', 'A new book says
the prime minister went back on a pledge to Mr Brown', 'a dossier, which says that Iran armed
the rebels,', 'the memoir, in which she accuses her former boss of betrayal'. What a book,
report, study, film, memo, letter or survey says is its claim, not the narrator's statement:
:func:`.prospects.told_of` makes the act reported, by the document's author when the sentence
names one ('Mr Peston's book', 'the report by the National Audit Office'). A speaker's words
('The newspaper said …') are not these: they stay asserted with the speaker as reporter.
Reads the ``documents`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .rules import Words, load_section

__all__ = ["DocumentRules", "closing_document_claim", "document_author", "document_rules",
           "told_in_document"]


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentRules:
    """The ``documents`` section: see the comment in ``rules/extract/documents.json``."""

    document_nouns: Words
    saying_verbs: Words
    content_deps: frozenset[str]
    subject_deps: frozenset[str]
    relative_pronouns: Words
    relative_deps: frozenset[str]
    apposition_deps: frozenset[str]
    content_preps: Words
    content_adverbs: Words
    author_preps: Words
    author_deps: frozenset[str]


@cache
def document_rules() -> DocumentRules:
    return load_section("documents", DocumentRules)


def _document(token: Token, rules: DocumentRules) -> Token | None:
    """``token`` itself if it is a noun of ``document_nouns``, or the document noun it stands
    for: the one a relative pronoun's clause describes ('a dossier, which says …') or the one
    it is in apposition to ('the paper, a Treasury memo, says …')."""
    if token.lower_ in rules.relative_pronouns:
        clause = token.head
        if clause.dep_ in rules.relative_deps and clause.head.i != clause.i:
            token = clause.head
    candidates = [token] + [c for c in token.children if c.dep_ in rules.apposition_deps]
    if token.dep_ in rules.apposition_deps:
        candidates.append(token.head)
    return next((c for c in candidates if c.pos_ == "NOUN"
                 and c.lemma_.lower() in rules.document_nouns), None)


def _said_by_document(verb: Token, rules: DocumentRules) -> Token | None:
    """The document noun that is the subject of ``verb``, a verb of ``saying_verbs``."""
    if verb.lemma_.lower() not in rules.saying_verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in rules.subject_deps:
            noun = _document(child, rules)
            if noun is not None:
                return noun
    return None


def _told_within(clause: Token, rules: DocumentRules) -> bool:
    """'the memoir, in which she accuses …', 'the film, where he meets …': a relative clause
    that places what it tells inside the document it describes."""
    for child in clause.children:
        if child.dep_ == "prep" and child.lower_ in rules.content_preps and any(
                g.dep_ == "pobj" and g.lower_ in rules.relative_pronouns for g in child.children):
            return True
        if child.dep_ == "advmod" and child.lower_ in rules.content_adverbs:
            return True
    return False


def told_in_document(clause: Token) -> tuple[Token, Token | None] | None:
    """Whether the act whose clause is ``clause`` is a document's claim: the clause (one of
    ``content_deps``) of a verb of ``saying_verbs`` whose subject is a document ('A new book
    says …', '…, the report said'), or a relative clause telling what is inside a document
    ('the memoir, in which she accuses …'). Returns (the document noun, the verb of saying
    or None)."""
    rules = document_rules()
    head = clause.head
    if head.i == clause.i:
        return None
    if clause.dep_ in rules.content_deps:
        noun = _said_by_document(head, rules)
        if noun is not None:
            return noun, head
    if clause.dep_ in rules.relative_deps and _told_within(clause, rules):
        noun = _document(head, rules)
        if noun is not None:
            return noun, None
    return None


def closing_document_claim(clause: Token) -> tuple[Token, Token] | None:
    """'Tony Blair told Gordon Brown in 2003 that he would stand down, the book claims': a verb
    of ``saying_verbs`` whose subject is a document, set off by a comma after the act's clause
    and closing the sentence, which the parser hung on the act's verb (one of
    ``content_deps``, as the clause of 'told' would be) — the whole clause is the document's
    claim. Returns (the document noun, the verb of saying), or None."""
    rules = document_rules()
    doc = clause.doc
    for verb in clause.children:
        if verb.dep_ not in rules.content_deps or verb.i < clause.i or not all(
                t.is_punct for t in doc[verb.i + 1:verb.sent.end]):
            continue
        noun = _said_by_document(verb, rules)
        subject = next((c for c in verb.children if c.dep_ in rules.subject_deps), None)
        # the subject opens the closing phrase: "…, the book claims" (the clause the parser
        # hung under the verb comes before it)
        if noun is not None and subject is not None and subject.left_edge.i > clause.i and (
                doc[subject.left_edge.i - 1].text == ","):
            return noun, verb
    return None


def document_author(noun: Token) -> Token | None:
    """Who the document is by, if the sentence names it: its possessor ('Mr Peston's book',
    'her memoir') or the object of one of ``author_preps`` ('the report by the National Audit
    Office', 'a letter from the committee')."""
    rules = document_rules()
    for child in noun.children:
        if child.dep_ in rules.author_deps:
            return child
        if child.dep_ == "prep" and child.lower_ in rules.author_preps:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None
