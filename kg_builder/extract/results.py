"""Sides named by the match they play or by the staff they have (issue 16: clubs typed people,
national sides typed states).

A sentence that gives a match's score is a match report, whatever the rest of the article is: a
state's, a region's or a town's name that is the subject or the object of a verb of a result
there, or the object of a preposition after one, is a side, an organisation ('Wales beat
Scotland 26-13 at Murrayfield', 'France lost 18-17 to England', 'Ireland drew 19-19 with
Italy'). A name the NER took for a person's is read so only where it is a big town's the
gazetteers know as no surname (:func:`.sides.club_town`), or a town's that is no surname where
the other party is named as no person ('Southampton beat Fulham 2-1'): 'Federer beat Hewitt 6-3
6-4' are players; an organisation's name is left to the other readers ('the Senate defeated the
bill 52-48'). In a sports report a name the NER took for a person's that modifies a noun of a
side's staff, alone or listed ('Bolton boss Sam Allardyce', 'the former Everton and Rangers
boss'), owns one of the nouns of a club's staff ("Fulham's manager", not 'Henman's coach') or
follows a noun of a club in apposition ('old club West Brom', 'bottom club Borders') or one of a
side's standing in the plural ('title rivals Arsenal') is the club. Never a name the article or
the gazetteers know as a person's, nor one opening with a given name. Reads the ``results`` rule
section (``rules/extract/results.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .conjuncts import first_conjunct
from .context import ReadContext
from .opponents import opponent_side
from .rules import Words, load_section
from .sides import club_town, side_before_position, side_by_agreement

__all__ = ["ResultsRules", "result_side", "results_rules", "side_name", "staff_side"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ResultsRules:
    """The ``results`` section: see the comment in ``rules/extract/results.json``."""

    result_verbs: Words
    result_preps: Words
    side_labels: frozenset[str]
    subject_deps: frozenset[str]
    object_deps: frozenset[str]
    max_score_digits: float
    vote_words: Words
    score_joins: frozenset[str]
    staff_nouns: Words
    club_nouns: Words
    standing_nouns: Words
    owner_staff_nouns: Words
    modifier_deps: frozenset[str]
    given_names: frozenset[str]
    max_words: float


@cache
def results_rules() -> ResultsRules:
    return load_section("results", ResultsRules)


def side_name(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name is a side, an organisation, by the words around it: a player's side
    (:func:`.sides.side_before_position`, :func:`.sides.side_by_agreement`), a side of a
    result (:func:`result_side`), a club by its staff (:func:`staff_side`) or a match's
    opponent (:func:`.opponents.opponent_side`: 'a 3-1 win over Olympiakos')."""
    return (side_before_position(ctx, ent) or side_by_agreement(ctx, ent, label)
            or result_side(ctx, ent, label) or staff_side(ctx, ent, label)
            or opponent_side(ctx, ent, label))


def _plain_name(ctx: ReadContext, ent: SpacySpan) -> bool:
    """A name of at most max_words capitalised words that opens with no given name and that the
    gazetteers know as no person's, nor the article as a person's full name or a given name or
    surname of one ('Jason Scotland', then 'Scotland'; a one-word name the NER took for a
    person's before is no evidence: "Larne's teenage star Robbie Weir")."""
    rules = results_rules()
    words = ent.text.split()
    key = normalise(ent.text)
    full = [name.split() for name in ctx.person_names if " " in name]
    return (0 < len(words) <= rules.max_words and words[0] not in rules.given_names
            and all(w[:1].isupper() for w in words) and ctx.gaz.person(ent.text) is None
            and not (" " in key and key in ctx.person_names)
            and key not in {w for name in full for w in (name[0], name[-1])})


def _score(token: Token, rules: ResultsRules) -> bool:
    """Whether a token is a score or opens one: two numbers of at most max_score_digits digits
    joined by one of score_joins in one token ('26-13') or three ('18', '-', '17')."""
    parts = token.text
    for join in rules.score_joins:
        parts = parts.replace(join, " ")
    numbers = parts.split()
    if len(numbers) == 2 and all(n.isdigit() and len(n) <= rules.max_score_digits for n in numbers):
        return True
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_ or doc[token.i + 1].whitespace_:
        return False
    first, join, last = token.text, doc[token.i + 1].text, doc[token.i + 2].text
    return (join in rules.score_joins and first.isdigit() and last.isdigit()
            and max(len(first), len(last)) <= rules.max_score_digits)


def result_side(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a state's, region's or town's name is a side of a result: the subject or the object
    (subject_deps, object_deps) of one of result_verbs, or the object of one of result_preps
    that hangs on it ('lost 18-17 to England'), with a score among the verb's words and none of
    vote_words in the sentence ('was defeated 9-3 in the vote' is a tally); a name
    the NER took for a person's only if it is a big town's (:func:`.sides.club_town`), or a town's
    that is no surname where the other party is named as no person (:func:`_other_side`)."""
    rules = results_rules()
    gaz = ctx.gaz
    text = ent.text
    if label == "ORG" or not _plain_name(ctx, ent):
        return False
    key = normalise(text)
    if not (gaz.state(text) is not None or gaz.region(text) is not None or key in gaz.cities):
        return False
    root = ent.root
    root = first_conjunct(root)  # "beat Scotland and Italy"
    verb = None
    if root.dep_ in rules.subject_deps or root.dep_ in rules.object_deps:
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ in rules.result_preps:
        verb = root.head.head
    if (verb is None or verb.pos_ not in ("VERB", "AUX")
            or verb.lemma_.lower() not in rules.result_verbs):
        return False
    if label == "PERSON" and not club_town(ctx, text) and (
            key in gaz.surnames or not _other_side(ctx, verb, ent, rules)):
        return False  # "Hewitt beat Federer 6-3", not "Southampton beat Fulham 2-1"
    if any(t.lemma_.lower() in rules.vote_words for t in verb.sent):
        return False  # "France was defeated 9-3 in the vote": a tally, no score
    return any(_score(t, rules) for t in verb.subtree if not (ent.start <= t.i < ent.end))


def _other_side(ctx: ReadContext, verb: Token, ent: SpacySpan, rules: ResultsRules) -> bool:
    """Whether the other party of a result is named as no person: a name the NER tagged one of
    side_labels, or a town's, region's or state's name ('Southampton beat Fulham 2-1')."""
    deps = rules.subject_deps | rules.object_deps
    parties = [c for c in verb.children if c.dep_ in deps]
    parties += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in rules.result_preps
                for g in c.children if g.dep_ == "pobj"]
    gaz = ctx.gaz
    for token in parties:
        if ent.start <= token.i < ent.end:
            continue
        named = ctx.ent_at(token.i)
        text = named.text if named is not None else token.text
        if token.ent_type_ in rules.side_labels or (token.ent_type_ and (
                normalise(text) in gaz.cities or gaz.region(text) is not None)):
            return True
    return False


def staff_side(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name the NER took for a person's is a club in a sports report: it (or the first
    of its list) modifies one of staff_nouns through one of modifier_deps ('Bolton boss Sam
    Allardyce', 'the former Everton and Rangers boss'), or owns one of owner_staff_nouns
    ("Fulham's manager"; not "Henman's coach", a player's), or follows one of club_nouns
    (:func:`_club_noun`: 'old club West Brom')."""
    if not ctx.sport or label != "PERSON" or not _plain_name(ctx, ent):
        return False
    rules = results_rules()
    root = ent.root
    if ent.start > 0 and _club_noun(ent.doc[ent.start - 1], root, rules):
        return True  # "old club West Brom", "bottom club Borders"
    root = first_conjunct(root)
    head = root.head
    if head.i == root.i or head.pos_ != "NOUN":
        return False
    noun = head.lemma_.lower()
    if root.dep_ in rules.modifier_deps:
        return noun in rules.staff_nouns and head.i >= ent.end
    return root.dep_ == "poss" and noun in rules.owner_staff_nouns


def _club_noun(noun: Token, root: Token, rules: ResultsRules) -> bool:
    """Whether ``noun``, right before a name whose root is ``root``, is one of club_nouns in the
    singular ('bottom club Borders') or of standing_nouns in the plural, which one name is only
    as a side of many players ('leaders Chelsea', 'title rivals Arsenal'; not 'rivals Blur and
    Oasis', a list), that the name is in apposition to or that modifies it (not 'the side
    Wilkinson led', a clause)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ or not (
            noun.lower_ in rules.club_nouns or (noun.lower_ in rules.standing_nouns and not any(
                child.dep_ in ("conj", "cc") for child in root.children))):
        return False
    return ((root.dep_ == "appos" and root.head.i == noun.i)
            or (noun.dep_ in rules.modifier_deps and noun.head.i == root.i))
