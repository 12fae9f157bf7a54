"""Titles set off by a comma after the work noun they name, read by the words and marks where
the parse fails (it takes 'single' for an adjective and the title for a clause: 'their own
fund-raising single, We Are The World.' parses 'We' as a subject): a name right after a comma
that closes a definite or owned noun phrase ending in a work noun ('Her most recent single, Car
Wash, featuring Missy Elliott, reached number four', 'the director of the popular West End
musical, Bombay Dreams.', 'a film he adapted from his own play, Purlie Victorious.'), the name
ending at a comma, a quotation mark or the end of its sentence. A phrase that opens the
sentence after a preposition (but 'of': 'One of his most controversial songs, Pump Up,
contains') or a participle is the frame of the clause that follows, not the title's, unless the
name closes the sentence or another name follows its comma ('In his new film, Johnny Depp, 41,
plays a writer', 'Speaking about his new album, Robbie Williams, 30, said': they stay; 'In his
new book, X, John Smith, a lawyer, suggests' and a phrase inside the sentence, 'a role in his
next film, X, where', do not frame it). Reads the ``title_appositions`` rule
section; read by :func:`.cues.work_title`, which has checked the name is none the article or
the gazetteers know.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["TitleAppositionRules", "appositive_title", "title_apposition_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class TitleAppositionRules:
    """The ``title_appositions`` section: see the comment in
    ``rules/extract/title_appositions.json``."""

    work_nouns: Words
    phrase_pos: frozenset[str]
    phrase_openers: frozenset[str]
    inner_preps: Words
    closing_marks: frozenset[str]
    sentence_marks: frozenset[str]
    max_phrase_words: float


@cache
def title_apposition_rules() -> TitleAppositionRules:
    return load_section("title_appositions", TitleAppositionRules)


def appositive_title(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is a title set off by a comma after its work noun (the module docstring)."""
    rules = title_apposition_rules()
    texts, lowers, lemmas, pos = ctx.texts, ctx.lowers, ctx.lemmas, ctx.pos
    comma = ent.start - 1
    noun = comma - 1
    if noun < 1 or texts[comma] != "," or lemmas[noun] not in rules.work_nouns or (
            pos[noun] not in ("NOUN", "ADJ")):
        return False
    sent_start = ctx.sentence_start(ent.start)
    ends_sentence = ent.end >= len(texts) or ctx.sentence_start(ent.end) != sent_start or (
        texts[ent.end] in rules.sentence_marks)
    if not (ends_sentence or texts[ent.end] in rules.closing_marks):
        return False  # "the album, Eminem said, ..."
    first = noun
    while (first - 1 >= sent_start and noun - first < rules.max_phrase_words
           and (pos[first - 1] in rules.phrase_pos or texts[first - 1] == "-")):
        first -= 1
        if pos[first] in rules.phrase_openers:
            break  # "to film her latest movie, Eucalyptus, with ...": the phrase opens at "her"
    frame = first - 1
    if ends_sentence or frame < sent_start:
        return True
    after = ent.end + 1  # the word after the title's comma
    opens = frame == sent_start or (frame - 1 == sent_start and pos[sent_start] == "VERB")
    if not opens or (after < len(texts) and texts[after][:1].isupper()
                     and ctx.ent_at(after) is not None):
        return True  # "a role in his next film, X, where", "In his book, X, John Smith, says"
    return not ((pos[frame] == "ADP" and lowers[frame] not in rules.inner_preps)
                or pos[frame] == "VERB")  # "In his new film, Depp, 41, plays ..."
