"""Characters of works, no entities (issue 16): in an arts report (``ctx.arts``, no sports
report) a name an actor plays, by the syntax of the part: the object of 'of' after a part's noun
('took the role of Don Corleone', 'the part of Matron in ITV drama Footballers' Wives'), of 'as'
after a part's noun or a verb of casting ('her role as Nina Tucker', 'stars Scott Bakula as
Captain Archer', 'a cameo role as Tom Farrell's mother Sheila'), or the object of a verb of
playing with 'in' and the work ('Amanda Harris, who played Emilia in Othello'; not 'U2 played
Reading in 1992', 'played Knebworth in front of 250,000 fans': a date, a place or a common noun
after 'in'). Only a character's name as plays and novels
give them: one word, or a rank or an honorific and a name ('Mrs Potts', 'Captain Archer',
'Don Corleone'); a full name may be the real person a biopic portrays ('his performance as Ray
Charles in Ray', 'playing Howard Hughes in The Aviator'), so it stays. Never a name the
gazetteers know as a person's, nor the surname of a person the article names in full ('to play
Hughes' beside 'Howard Hughes'). A noun that only a character is called by makes a name of any
length a character, outside sports reports (:func:`named_character`): right before the name
('alter-egos The Fly', 'superhero Spider-Man'), in arts reports also a hero or a villain ('the
story's hero Arthur Dent', 'hero Wanda', 'Bond villain Goldfinger'), the object of its 'of' ('The
character of Wonder Woman'), or a name it lists after 'like', 'such as' or 'including'
('characters like Stanley Kowalski and Terry Malloy'). Well-known characters are no entities
wherever an article that is no sports report names them (:func:`known_characters`: 'Darth
Vader', 'Superman'; 'Bond' beside 'James Bond'). Reads the ``characters`` rule section; read by
:func:`.cues.work_title` and :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["CharacterRules", "character_rules", "known_characters", "named_character",
           "played_character"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CharacterRules:
    """The ``characters`` section: see the comment in ``rules/extract/characters.json``."""

    part_nouns: Words
    as_nouns: Words
    casting_verbs: Words
    playing_verbs: Words
    work_preps: Words
    work_nouns: Words
    character_ranks: frozenset[str]
    not_work_entities: frozenset[str]
    character_nouns: Words
    arts_character_nouns: Words
    list_preps: Words
    character_names: tuple[str, ...]


@cache
def character_rules() -> CharacterRules:
    return load_section("characters", CharacterRules)


def played_character(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is a character an actor plays (the module docstring's cues)."""
    if not ctx.arts or ctx.sport:
        return False
    rules = character_rules()
    if not _character_name(ctx, ent, rules):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        root = root.head  # "a cameo role as Tom Farrell's mother Sheila"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head.pos_ == "NOUN" and head.head.lemma_.lower() in rules.part_nouns
    if root.dep_ == "pobj" and head.lower_ == "as":
        part = head.head
        return ((part.pos_ == "NOUN" and part.lemma_.lower() in rules.as_nouns)
                or part.lemma_.lower() in rules.casting_verbs)  # "stars" tagged a noun too
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in rules.playing_verbs:
        return any(_in_work(c, rules) for c in head.children)
    return False


def _character_name(ctx: ReadContext, ent: SpacySpan, rules: CharacterRules) -> bool:
    """Whether a name is written as a character's: one word or a rank and a name, none the
    gazetteers know as a person's, nor the surname of a person the article names in full."""
    words = ent.text.split()
    if len(words) > 2 or (len(words) == 2 and words[0].lower().rstrip(".")
                          not in rules.character_ranks):
        return False  # "Ray Charles": perhaps the real person a biopic portrays
    if not words[-1][:1].isupper() or ctx.gaz.person(ent.text) is not None or (
            ctx.gaz.person(words[-1]) is not None):
        return False
    return not any(
        other.label_ == "PERSON" and len(other) > 1 and other[-1].text == words[-1]
        and other.start != ent.start for other in ctx.ents)  # "play Hughes" beside "Howard Hughes"


def _in_work(token: Token, rules: CharacterRules) -> bool:
    """Whether a child of a verb of playing is one of work_preps and its object, a proper noun or
    one of work_nouns: 'in' and a work ('in Othello', 'in the Harry Potter films', 'in the London
    stage version of …') or 'opposite' and a co-star; not a number, a date or a place ('in 1992',
    'in Birmingham'), nor a common noun ('played Knebworth in front of 250,000 fans')."""
    if token.dep_ != "prep" or token.lower_ not in rules.work_preps:
        return False
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return bool(objects) and all(
        (o.pos_ == "PROPN" or o.lemma_.lower() in rules.work_nouns)
        and not o.like_num and o.ent_type_ not in rules.not_work_entities for o in objects)


def named_character(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a noun only a character is called by names the name (the module docstring):
    before it, its 'of' or a list after its 'like', 'such as', 'including' (a hero or a villain
    only right before it: 'their heroes like Robbie Williams' are real); never a name the
    gazetteers know as a person's, nor in a sports report ('Olympic hero Kelly Holmes')."""
    if ctx.sport or ctx.gaz.person(ent.text) is not None:
        return False
    rules = character_rules()
    nouns = rules.character_nouns | rules.arts_character_nouns if ctx.arts else (
        rules.character_nouns)
    before = ent.start - 1
    if before >= 0 and ctx.texts[before] == "The":
        before -= 1  # "alter-egos The Fly"
    if before >= 0 and ctx.pos[before] == "NOUN" and ctx.lemmas[before] in nouns:
        return True  # "the story's hero Arthur Dent", "Bond villain Goldfinger"
    root = ent.root
    root = first_conjunct(root)  # "characters like Stanley Kowalski and Terry Malloy"
    head = root.head
    if root.dep_ != "pobj" or head.lower_ not in rules.list_preps | {"of"}:
        return False
    noun = head.head
    if head.lower_ == "as" and noun.lower_ == "such":
        noun = noun.head  # "characters such as Darth Vader"
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in rules.character_nouns  # not "their
    # heroes like Robbie Williams or Christina Aguilera": people are heroes too


def known_characters(ctx: ReadContext) -> set[str]:
    """The names the NER tagged that are well-known characters (character_names, as written:
    'Darth Vader', 'Superman', 'Wonder Woman'), or the last word of one the article writes in
    full ('Bond' beside 'James Bond') where no other full name of a person the NER tagged in the
    article ends in it ('Jones' beside 'Indiana Jones' and 'Norah Jones' stays); none in sports
    reports ('Superman' a player's nickname), nor a name the gazetteers know as a person's."""
    if ctx.sport:
        return set()
    raw = ctx.article.text
    names = [n for n in character_rules().character_names if n in raw]
    if not names:
        return set()
    whole = set(names)
    last = {n.split()[-1] for n in names if len(n.split()) > 1}
    people = {e.text for e in ctx.ents if e.label_ == "PERSON" and len(e) > 1}
    found = set()
    for ent in ctx.ents:
        text = ent.text.removeprefix("the ").removeprefix("The ")
        for ending in ("'s", "\u2019s", "'"):
            text = text.removesuffix(ending)
        if ctx.gaz.person(text) is not None:
            continue
        if text in whole or (text in last and not any(
                p.split()[-1] == text and p not in whole for p in people)):
            found.add(ent.text)
    return found
