"""Names the NER took for a person's that name a group of people: a capitalised phrase that ends
in the plural of a noun for a group ('Lib Dem MPs', 'Labour MPs', 'Tory MPs') is no one person
but a group, which the resolver keeps only where it acts, as it keeps the groups of
:mod:`.mentions`; and a name tagged ORG in a list of people is one of them. Read by
:func:`.entities.classify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .context import ReadContext
from .cues import first_conjunct

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["among_people", "group_of_people"]


def group_of_people(ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name of two or more words tagged PERSON ends in the plural of one of the
    ``groups`` nouns ('MPs', 'Supporters') and does not start with a given name ('Lee Childs' is
    a person)."""
    words = ent.text.split()
    if label != "PERSON" or len(words) < 2 or words[0] in rules.given_names:
        return False
    last = words[-1].lower()
    return len(last) > 2 and last.endswith("s") and last[:-1] in rules.groups


def among_people(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a name of two or three words tagged ORG is a person's: in a list of two or more
    other names the NER took for people (and others tagged ORG like it), and no word, gazetteer
    or town makes it an organisation (the caller checks the words of its kind:
    :func:`.entities.org_kind`)."""
    words = ent.text.split()
    if (len(words) not in (2, 3) or not all(w[:1].isupper() for w in words)
            or any(w.lower() in rules.club_words for w in words) or ctx.gaz.org(ent.text) is not None
            or normalise(ent.text) in ctx.gaz.cities):
        return False
    root = first_conjunct(ent.root)
    others = [t for t in (root, *root.conjuncts) if not ent.start <= t.i < ent.end]
    people = [t for t in others if t.ent_type_ == "PERSON"]
    return len(people) >= 2 and all(
        t.ent_type_ == "PERSON" or _like_this(ctx, t, rules) for t in others)


def _like_this(ctx: ReadContext, token: Token, rules: MentionRules) -> bool:
    """Whether a listed name is one more name of two or three capitalised words tagged ORG
    that nothing makes an organisation ('Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and
    Richard Gere': both ORG names are people's)."""
    ent = ctx.ent_at(token.i)
    return (ent is not None and ent.label_ == "ORG" and ent.root.i == token.i
            and len(words := ent.text.split()) in (2, 3) and all(w[:1].isupper() for w in words)
            and not any(w.lower() in rules.club_words for w in words)
            and words[-1] not in rules.company_suffixes and ctx.gaz.org(ent.text) is None
            and normalise(ent.text) not in ctx.gaz.cities)

