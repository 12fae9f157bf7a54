"""Names the NER cut from the end of a work's title whose opening words it left untagged: in an
arts report (no sports report), a name right after 'of', 'and' or 'in' (an article between them
or not) and a run of capitalised common words the NER tagged nothing in, inside the sentence
('that Revenge of the Sith would be the darkest': 'Sith'; 'the Robert de Niro thriller Hide and
Seek': 'Seek'; 'The Squid and the Whale, an autobiographical film': 'Whale'). Not where a word
of the run is a title, an office or a body's head ('the King of Spain', 'the Bank of England':
the NER tags those whole, or the name after them is a party), nor a given name or one letter
('T in the Park'), nor an item of a list ('with Lil' Kim, Maya and Pink'), nor a name the
article or the gazetteers know (the caller, :func:`.works.title_fragment`, has checked). Reads the
``cut_titles`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from .commons import common_word
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["CutTitleRules", "cut_from_title", "cut_title_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class CutTitleRules:
    """The ``cut_titles`` section: see the comment in ``rules/extract/cut_titles.json``."""

    joins: Words
    articles: Words
    not_head_words: Words
    max_head_words: float
    list_marks: frozenset[str]
    given_names: frozenset[str]


@cache
def cut_title_rules() -> CutTitleRules:
    return load_section("cut_titles", CutTitleRules)


def cut_from_title(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name ends a work's title whose opening words the NER left untagged (the module
    docstring)."""
    if not ctx.arts or ctx.sport:
        return False
    rules = cut_title_rules()
    doc, lowers = ctx.doc, ctx.lowers
    first = ctx.sentence_start(ent.start)
    i = ent.start - 1
    if i > first and lowers[i] in rules.articles:
        i -= 1
    if i <= first or lowers[i] not in rules.joins:
        return False
    end = i
    start = end
    while (start - 1 > first and end - start < rules.max_head_words
           and doc[start - 1].is_title and doc[start - 1].is_alpha):
        start -= 1
    if start == end or (start - 1 >= first and (
            doc[start - 1].is_title or doc[start - 1].text in rules.list_marks)):
        return False  # no run, one longer than max_head_words or opening the sentence, or an
        # item of a list ("with Lil' Kim, Maya and Pink")
    return all(not doc[j].ent_type_ and lowers[j] not in rules.not_head_words
               and doc[j].text not in rules.given_names and len(doc[j].text) > 1
               and common_word(doc, doc[j].text) for j in range(start, end))
