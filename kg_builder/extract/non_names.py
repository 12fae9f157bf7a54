"""Capitalised words that name no actor where they stand, and a constituency's name the NER cut
at 'and' (read by :mod:`.entities`).

- A round of talks named after a place or a person ('the Uruguay round of trade talks', 'the
  Tokyo Round', 'the Kennedy round'): the name modifies one of ``round_nouns`` and its sentence
  speaks of talks or trade (``round_words``): no state, place or person acts there.
- The generic head of a body's name alone, right before a role noun it modifies ('Party
  leader Michael Howard', 'Union general secretary Dave Prentis'): part of a role phrase, no
  name.
- A parliamentary constituency named with 'and' ('the MP for Sittingbourne and Sheppey', 'won
  the Eton and Slough seat'): one name, a place, not two people; the words after 'and' are one
  name the NER tagged, and a cue of a seat stands before the first part or right after the
  whole (``seat_cues``, ``seat_nouns``).
- A tax named by its acronym ('the 17.5% VAT rate', 'GST', ``tax_names``): a levy, no body.
- An adjective made from a competition's name alone before the words it modifies, in lower
  case or a figure (``event_adjectives``: 'dropping out of the Olympic marathon', 'defeated
  Olympic 10,000m champion Kenenisa Bekele', 'two Olympic golds'; development bbc-sport-042,
  -018, -241): no place or person (the NER tags it FAC, EVENT or PERSON); not the first word of
  a name it cut ('the Olympic Stadium').
- The label of a row of a market report's table ('Arabica Cherry "AB"    33.3      976.50'): a
  line that opens with the name (after at most ``max_row_words_before`` words of the row:
  'REP Bulk', 'Robusta Cherry Bulk') and goes on, after an
  optional quoted grade, in columns set apart by ``min_column_gap`` spaces with at least
  ``min_row_numbers`` numbers in them, names a commodity, grade or item, no actor; a name with
  a word of an organisation's (``organisation_words``: 'Reliacare Inc.') or one the gazetteers
  know as an organisation's, a listed company's, a state's or a place's stays ('Japan').
  A company's results statement is such a table with its columns set apart by a comparison
  word ('Revs 872.3 mln vs 917.4 mln', 'Avg shrs 134.9 mln vs 131.7 mln', 'Shr loss 28 cts vs
  profit seven cts'): a line that opens with the name and goes on, after at most
  ``max_row_label_words`` words, with a figure (digits or one of ``figure_words``), then one of
  ``comparison_words`` and a figure after it, with no finite verb on the line
  (``finite_verb_tags``: 'Chrysler sold 12,345 cars in March vs 10,876 a year earlier' is a
  sentence); the same names stay.

Reads the ``non_names`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["NonNameRules", "event_adjective", "non_name_rules", "role_head", "round_of_talks",
           "seat_end", "table_row", "tax_name"]


@dataclass(frozen=True, slots=True, kw_only=True)
class NonNameRules:
    """``rules/extract/non_names.json``."""

    round_nouns: Words
    round_words: Words
    role_heads: Words
    role_nouns: Words
    modifier_deps: frozenset[str]
    and_words: Words
    seat_cues: dict[str, tuple[str, ...]]
    seat_nouns: Words
    max_seat_words: float
    tax_names: frozenset[str]
    event_adjectives: frozenset[str]
    min_column_gap: float
    finite_verb_tags: frozenset[str]
    min_row_numbers: float
    max_row_words_before: float
    comparison_words: Words
    figure_words: Words
    max_row_label_words: float
    organisation_words: Words


@cache
def non_name_rules() -> NonNameRules:
    return load_section("non_names", NonNameRules)


def round_of_talks(ent: SpacySpan) -> bool:
    """Whether a name only names a round of talks ('the Uruguay round of trade talks')."""
    rules = non_name_rules()
    doc = ent.doc
    if len(ent) > 1 and ent[-1].lower_ in rules.round_nouns and ent[-1].is_title:
        return _speaks_of_talks(ent, rules)  # "the Uruguay Round" tagged whole
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.lower_ not in rules.round_nouns:
        return False
    root = ent.root
    if not (root.head.i == after.i or root.dep_ in rules.modifier_deps):
        return False
    return _speaks_of_talks(ent, rules)


def _speaks_of_talks(ent: SpacySpan, rules: NonNameRules) -> bool:
    """Whether the name's sentence has a word of talks or trade (``round_words``): asked only of
    a name before or ending in a round's noun, since it reads the whole sentence."""
    return any(t.lower_ in rules.round_words or t.lemma_.lower() in rules.round_words
               for t in ent.sent)


def role_head(ent: SpacySpan) -> bool:
    """Whether a one-word name is a body's generic head before a role noun it modifies
    ('Party leader Michael Howard')."""
    rules = non_name_rules()
    if len(ent) != 1 or ent[0].lower_ not in rules.role_heads:
        return False
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (after is not None and after.is_lower and after.lower_ in rules.role_nouns
            and ent.root.head.i >= after.i and ent.root.dep_ in rules.modifier_deps)


def seat_end(doc: Doc, start: int, end: int) -> int:
    """Where a constituency's name the NER cut at 'and' ends ('the MP for Sittingbourne and
    Sheppey', 'the Eton and Slough seat'): after the one tagged name that follows 'and' when a
    seat's cue stands before the name or a seat's noun right after the whole; else ``end``."""
    rules = non_name_rules()
    if end + 1 >= len(doc) or doc[end].lower_ not in rules.and_words:
        return end
    first = doc[end + 1]
    if first.ent_iob_ != "B" or not first.is_title:
        return end
    stop = end + 2
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    if stop - end - 1 > rules.max_seat_words or not all(t.is_title for t in doc[end + 1:stop]):
        return end
    cued = start >= 2 and doc[start - 2].lower_ in rules.seat_cues.get(doc[start - 1].lower_, ())
    if cued or (stop < len(doc) and doc[stop].lower_ in rules.seat_nouns
                and (start == 0 or doc[start - 1].text != ",")):
        return stop
    return end


def tax_name(ent: SpacySpan) -> bool:
    """Whether a name is a tax's acronym ('VAT', 'GST')."""
    return ent.text in non_name_rules().tax_names


def event_adjective(ent: SpacySpan) -> bool:
    """Whether a name is an adjective of a competition before a lower-case word or a figure
    ('the Olympic marathon', 'Olympic 10,000m champion'): see the module docstring."""
    doc = ent.doc
    return (ent.text in non_name_rules().event_adjectives and ent.end < len(doc)
            and (doc[ent.end].is_lower or doc[ent.end].like_num))


def table_row(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name labels a row of a table of figures ('Arabica Cherry "AB"    33.3
    976.50  (NA)'): see the module docstring. Never a name with a word of organisation_words
    or one the gazetteers know as an organisation's, a listed company's, a state's or a place's."""
    rules = non_name_rules()
    text = ctx.text()
    begin, end = ent.start_char, ent.end_char
    line_start = text.rfind("\n", 0, begin) + 1
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    if rest.startswith(" \"") and rest.find("\"", 2) > 0:
        rest = rest[rest.find("\"", 2) + 1:]  # the quoted grade: '"AB"'
    gap = " " * int(rules.min_column_gap)
    before = text[line_start:begin].split()
    if len(before) > rules.max_row_words_before:
        return False
    if rest.startswith(gap):
        numbers = [w for w in rest.split()
                   if w.strip("()").replace(",", "").replace(".", "").isdigit()]
        if len(numbers) < rules.min_row_numbers:
            return False
    elif (not _comparison_row(rest.split(), rules)
          or _clause(ent, line_start, end + len(rest), rules)):
        return False  # 'Revs 47.4 mln vs 32.9 mln'; not 'Chrysler sold 12,345 cars … vs …'
    gaz, key = ctx.gaz, normalise(ent.text)
    return not (any(w.lower().strip(",.") in rules.organisation_words for w in ent.text.split())
                or gaz.org(ent.text) is not None or key in gaz.companies or key in gaz.cities
                or gaz.state(ent.text) is not None or gaz.region(ent.text) is not None)


_FIGURE_MARKS = str.maketrans("", "", ",.-/")


def _figure(word: str, rules: NonNameRules) -> bool:
    """Whether a word of a results row is a figure: digits ('872.3', '1,490,718', '12-1/2') or
    one of ``figure_words`` ('seven', 'nil')."""
    bare = word.strip("(),.;")
    return (bare.lower() in rules.figure_words
            or (bare[:1].isdigit() and bare.translate(_FIGURE_MARKS).isdigit()))


def _comparison_row(words: list[str], rules: NonNameRules) -> bool:
    """Whether the words after a name on its line are a results row's columns: a figure within
    ``max_row_label_words`` words of the name ('shrs 134.9 mln'), then a comparison word and a
    figure after it ('vs 131.7 mln', 'vs profit seven cts')."""
    compared = next((i for i, w in enumerate(words) if w.lower() in rules.comparison_words), None)
    if compared is None:
        return False
    first = next((i for i, w in enumerate(words[:compared]) if _figure(w, rules)), None)
    return (first is not None and first <= rules.max_row_label_words
            and any(_figure(w, rules) for w in words[compared + 1:]))


def _clause(ent: SpacySpan, begin: int, end: int, rules: NonNameRules) -> bool:
    """Whether the line from ``begin`` to ``end`` (character offsets) holds a finite verb
    (``finite_verb_tags``): a sentence of prose, no row of figures."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].idx >= begin:
        start -= 1
    stop = ent.end
    while stop < len(doc) and doc[stop].idx < end:
        stop += 1
    return any(t.tag_ in rules.finite_verb_tags for t in doc[start:stop])
