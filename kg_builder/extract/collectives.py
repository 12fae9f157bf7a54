"""Names the NER took for a person's that name a group of people: a capitalised phrase that ends
in the plural of a noun for a group ('Lib Dem MPs', 'Labour MPs', 'Tory MPs') is no one person
but a group, which the resolver keeps only where it acts, as it keeps the groups of
:mod:`.mentions`. Read by :func:`.entities.classify`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["group_of_people"]


def group_of_people(ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name of two or more words tagged PERSON ends in the plural of one of the
    ``groups`` nouns ('MPs', 'Supporters') and does not start with a given name ('Lee Childs' is
    a person)."""
    words = ent.text.split()
    if label != "PERSON" or len(words) < 2 or words[0] in rules.given_names:
        return False
    last = words[-1].lower()
    return len(last) > 2 and last.endswith("s") and last[:-1] in rules.groups
