"""Bands the NER took for people (issue 16: 'Scissor Sisters', 'Abba' typed Person).

A name right after one of the nouns of a band ('Rock band Keane', 'Swedish pop quartet Abba',
'the Finnish group Varttina' in an arts report) is the band, an organisation, unless a second
name follows it after 'and' ('the duo Chas and Dave': two people, no band of the first one's
name). In an arts report a name the NER took for a person's that is alone the subject of a
plural verb is a band too ('Scissor Sisters, who had the best-selling album, were seventh',
'Keane were followed by …'): one person is never 'are' (the sports report's reading of a
side, :func:`.sides.side_by_agreement`); not one after its verb ('Joining the ceremony were
soul star Bo Hampton': an inverted list of guests, people as often as bands). Never a name the
article or the gazetteers know as a person's, nor one opening with a given name ('Franz
Ferdinand were …' stays as the NER read it).
In an arts report a name read as a band once is the band where else the NER took it for a
person ("Abba's first public reunion" after 'Swedish pop quartet Abba'; :mod:`.names`).
Reads the ``bands`` rule section (``rules/extract/bands.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["BandsRules", "band_name", "bands_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class BandsRules:
    """The ``bands`` section: see the comment in ``rules/extract/bands.json``."""

    band_nouns: Words
    arts_band_nouns: Words
    and_words: Words
    given_names: frozenset[str]
    max_words: float
    plural_verb_tags: frozenset[str]
    plural_verb_words: Words


@cache
def bands_rules() -> BandsRules:
    return load_section("bands", BandsRules)


def band_name(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name is a band's: after one of band_nouns (or of arts_band_nouns in an arts
    report) with no 'and' and a capitalised word after it, or, in an arts report, a name the NER
    took for a person's alone the subject of a plural verb and no last word of a title or an
    award the article names ('The Globes also honour …' beside 'the Golden Globes'); of at most
    max_words capitalised
    words, opening with no given name, no person's name the article or the gazetteers know."""
    rules = bands_rules()
    words = ent.text.split()
    if (not words or len(words) > rules.max_words or words[0] in rules.given_names
            or not all(w[:1].isupper() for w in words)
            or normalise(ent.text) in ctx.person_names or ctx.gaz.person(ent.text) is not None):
        return False
    band = _after_band_noun(ctx, ent, rules) or (
        ctx.arts and label == "PERSON" and _plural_subject(ent, rules)
        and not any(title.endswith(" " + ent.text) for title in ctx.work_titles))
    if band:
        ctx.band_names.add(normalise(ent.text))
    return band


def _after_band_noun(ctx: ReadContext, ent: SpacySpan, rules: BandsRules) -> bool:
    doc = ent.doc
    if ent.start == 0:
        return False
    noun = doc[ent.start - 1]
    nouns = rules.band_nouns | rules.arts_band_nouns if ctx.arts else rules.band_nouns
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() not in nouns:
        return False
    if noun.lower_ != noun.lemma_.lower():
        return False  # "the bands Blur and Oasis": a list, read name by name elsewhere
    after = ent.end
    return not (after + 1 < len(doc) and doc[after].lower_ in rules.and_words
                and doc[after + 1].is_title)


def _plural_subject(ent: SpacySpan, rules: BandsRules) -> bool:
    token = ent.root
    if token.dep_ not in ("nsubj", "nsubjpass") or any(
            child.dep_ in ("conj", "cc") for child in token.children):
        return False
    verb = token.head
    if verb.i < token.i:
        return False  # "Joining the ceremony were soul star Bo Hampton": inverted
    verbs = [verb, *(child for child in verb.children if child.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ in rules.plural_verb_tags or v.lower_ in rules.plural_verb_words
               for v in verbs)
