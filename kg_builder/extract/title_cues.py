"""More cues of a work's title (issue 16): the run of capitalised words (and joins such as
'and', 'of', 'with' between them) that opens right after a work noun, outside sports reports
('soap operas Knots Landing', 'the Robert de Niro thriller Hide and Seek', 'the teen comedy
Harold and Kumar Get The Munchies'), or in an arts report right after 'for' in the words of an
award: after a person's name ('Rufus Norris for Festen', 'Paul Brown, for False Servant'), after
a category of 'best' ('best album for Confessions', 'best new director for his debut Garden
State') or where 'for' belongs to a verb of winning ('won ... for X'), in a sentence that names
an award, a prize, a nomination or a category; and in an arts report a name before a maker's noun
and a person's name ('Evil Dead director Sam Raimi', 'Phoenix Nights creator Peter Kay'; not an
organisation's: 'National Gallery director …') or what a star or an author is of ('the star of
Rain Man and Tootsie', 'star of Crouching Tiger, Hidden Dragon', 'the author of Wolf Brother',
'the directors of Shameless, Hustle and Bodies'; not a place: 'a star of Broadway'). A name
that opens such a title is the work
(:func:`whole_title`, read by :func:`.work_syntax.work_by_syntax`: the article's other uses of
it too); a name inside one is a fragment of it, only there (:func:`inside_title`, read by
:func:`.works.title_fragment`: 'Caribbean' of 'the film Pirates of the Caribbean' is the region
elsewhere). The callers have checked that the name is none the gazetteers or the article know.
Reads the ``title_cues`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["TitleCueRules", "inside_title", "title_cue_rules", "whole_title"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleCueRules:
    """The ``title_cues`` section: see the comment in ``rules/extract/title_cues.json``."""

    work_nouns: Words
    title_joins: Words
    max_title_tokens: float
    award_words: Words
    category_words: Words
    category_reach: float
    win_verbs: Words
    for_fillers: Words
    makers_after: Words
    makers_of: Words
    plural_makers_of: Words


@cache
def title_cue_rules() -> TitleCueRules:
    return load_section("title_cues", TitleCueRules)


def whole_title(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is a whole title by these cues ('soap operas Knots Landing', 'Rufus Norris
    for Festen'): the name opens the run of capitalised words (:func:`_title_start`), 'The' left
    out; the article's other uses of it are the work too."""
    start = _title_start(ctx, ent)
    opens = start == ent.start or (start == ent.start - 1 and ent.doc[start].lower_ == "the")
    return opens and _cued(ctx, ent, start)


def inside_title(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is inside a title by these cues, not at its start ('the thriller Hide and
    Seek': 'Seek'; 'Michel Gondry for Eternal Sunshine of the Spotless Mind'): only this mention
    ('Caribbean' of 'the film Pirates of the Caribbean' is the region elsewhere)."""
    start = _title_start(ctx, ent)
    opens = start == ent.start or (start == ent.start - 1 and ent.doc[start].lower_ == "the")
    return not opens and _cued(ctx, ent, start)


def _cued(ctx: ReadContext, ent: SpacySpan, start: int) -> bool:
    """Whether the title that opens at ``start`` follows a work noun or an award's 'for', or, in
    an arts report, ends before a maker's noun and a person's name, or is what one is of."""
    return (_after_work_noun(ctx, ent, start) or _after_award_for(ctx, ent, start)
            or _before_maker(ctx, ent) or _maker_of(ctx, ent, start))


def _before_maker(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name ends right before one of makers_after and a person's name, in an arts
    report ('Evil Dead director Sam Raimi', 'Phoenix Nights creator Peter Kay'); not a name the
    NER took for an organisation's, whose director that is ('National Gallery director Charles
    Saumarez Smith', 'Universal director Ron Meyer')."""
    if not ctx.arts or ctx.sport or ent.root.ent_type_ == "ORG":
        return False
    doc = ent.doc
    return (ent.end + 1 < len(doc) and doc[ent.end].lower_ in title_cue_rules().makers_after
            and doc[ent.end + 1].ent_type_ == "PERSON" and doc[ent.end + 1].ent_iob_ == "B")


def _maker_of(ctx: ReadContext, ent: SpacySpan, start: int) -> bool:
    """Whether a name is in the title right after one of makers_of and 'of', or is the object of
    that 'of' or listed with it, in an arts report ('the author of Wolf Brother', 'the star of
    Rain Man and Tootsie', 'star of Crouching Tiger, Hidden Dragon'); not a name the NER took for
    a place ('a star of Broadway'); also after a plural of plural_makers_of ('the directors of
    Shameless, Hustle and Bodies': a single 'director of' heads a body as often)."""
    if not ctx.arts or ctx.sport or ent.root.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    doc = ent.doc
    rules = title_cue_rules()

    def maker(token: Token) -> bool:
        return token.lemma_.lower() in rules.makers_of or token.lower_ in rules.plural_makers_of

    if start >= 2 and doc[start - 1].lower_ == "of" and maker(doc[start - 2]):
        return True
    root = ent.root
    root = first_conjunct(root)
    head = root.head
    return (root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN"
            and maker(head.head))


def _after_work_noun(ctx: ReadContext, ent: SpacySpan, start: int) -> bool:
    """Whether the run of capitalised words that holds a name opens right after a work noun
    ('the thriller Hide and Seek', 'festive comedy Christmas with the Kranks', 'soap operas Knots
    Landing'); not in sports reports."""
    if ctx.sport or start < 1:
        return False
    token = ent.doc[start - 1]
    return (token.pos_ == "NOUN" and not token.is_title
            and token.lemma_.lower() in title_cue_rules().work_nouns)


def _after_award_for(ctx: ReadContext, ent: SpacySpan, start: int) -> bool:
    """Whether the run of capitalised words that holds a name opens right after 'for' and at
    most two for_fillers ('his debut') in the words of an award, in an arts report: after a
    person's name, after a category (a word at most category_reach words after one of
    category_words: 'best rock video'), or with 'for' taken by one of win_verbs; the sentence
    names one of award_words."""
    if not ctx.arts or ctx.sport:
        return False
    rules = title_cue_rules()
    doc = ent.doc
    i = start - 1
    skipped = 0
    while i >= 0 and skipped < 2 and doc[i].lower_ in rules.for_fillers:
        i -= 1
        skipped += 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    if not any(t.lemma_.lower() in rules.award_words or t.lower_ in rules.award_words
               for t in ent.sent):
        return False
    prep = doc[i]
    anchor = doc[i - 2] if doc[i - 1].text == "," and i >= 2 else doc[i - 1]
    if anchor.ent_type_ == "PERSON":
        return True  # "Rufus Norris for Festen", "Paul Brown, for False Servant"
    first = max(ctx.sentence_start(ent.start), anchor.i - int(rules.category_reach))
    if anchor.pos_ in ("NOUN", "ADJ") and any(
            t.lower_ in rules.category_words for t in doc[first:anchor.i]) and not any(
            t.is_punct for t in doc[first:anchor.i]):
        return True  # "best album for Confessions", "best new director for his debut Garden State"
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in rules.win_verbs


def _title_start(ctx: ReadContext, ent: SpacySpan) -> int:
    """The first token of the run of capitalised words, with title_joins each followed by a
    capitalised word between them, that ends with a name ('Eternal Sunshine of the Spotless
    Mind'), at most max_title_tokens before the name's end, within its sentence."""
    rules = title_cue_rules()
    doc = ent.doc
    first = ctx.sentence_start(ent.start)
    start = ent.start
    i = start - 1
    while i >= first and ent.end - i <= rules.max_title_tokens:
        token = doc[i]
        if token.lower_ in rules.title_joins and not token.is_title:
            i -= 1  # a join: a title's word must come before it too
            continue
        if not token.is_title or not token.is_alpha:
            break
        start = i
        i -= 1
    return start
