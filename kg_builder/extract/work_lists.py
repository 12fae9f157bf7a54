"""Titles of works by the words around them on the page, where the parse of a run of titles is no
help (issue 16): a name listed by commas, 'and' or 'or' with the title of a work the article
names ('The Aviator, Million Dollar Baby and Ray', 'Dead Man's Shoes, Harry Potter and the
Prisoner of Azkaban, My Summer of Love and Shaun of the Dead', 'Halo, The Sims, Driver'): the
parser hangs such lists together at random, so the list is read from the words and marks alone;
and the subtitle after a colon between capitalised words ('Medal of Honor: Pacific Assault',
'Star Wars: The Phantom Menace'), which names the work wherever the article writes it again ('an
early scene in Pacific Assault', 'Finest Hour has a similar determination'). Read by
:func:`.works.unname_works`, which keeps the names the gazetteers or the article know. And a
name in a list that a plural work noun opens by 'like', 'including' or 'such as' ('such films as
Raging Bull and Goodfellas', 'Songs like Sunday Bloody Sunday'), read by
:func:`.work_syntax.work_by_syntax` outside sports reports.
Reads the ``work_lists`` rule section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from .rules import Words, load_section

__all__ = ["WorkListRules", "listed_after_kind", "listed_with_title", "subtitles",
           "work_list_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkListRules:
    """The ``work_lists`` section: see the comment in ``rules/extract/work_lists.json``."""

    separators: Words
    title_joins: Words
    leading_words: Words
    possessive_marks: frozenset[str]
    max_item_tokens: float
    subtitle_marks: frozenset[str]
    min_title_words: float
    max_subtitle_words: float
    kind_nouns: Words
    intro_words: Words
    such_words: Words


@cache
def work_list_rules() -> WorkListRules:
    return load_section("work_lists", WorkListRules)


def listed_with_title(span: SpacySpan, titles: frozenset[str], *,
                      person: Callable[[str], bool]) -> bool:
    """Whether a name is in an item of a list (items set apart by separators: ', ', 'and', 'or')
    of which another item is one of ``titles`` ('The Aviator, Million Dollar Baby and Ray': 'Ray'
    beside 'The Aviator'). An item is a run of capitalised words with title_joins, possessive
    marks and a bracketed year between them ('The Boxer (1998)'); it is compared without its
    leading_words ('to Shrek', 'the Prisoner of Azkaban') and, after a possessive, also without
    its owner ("Martin Scorsese's Gangs Of New York"). Not in a list that names a person
    (``person`` of an item that is no title: 'the voices of Ewan McGregor, Robin Williams and
    Mel Brooks, Robots follows …'), nor a name that owns the title after it ("the Rolling
    Stones' Emotional Rescue"); a run of capitalised words that a lower-case word follows
    modifies it and is no item ('Honor Blackman, Strictly Come Dancing presenter Tess Daly')."""
    rules = work_list_rules()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in rules.possessive_marks:
        return False  # "the Rolling Stones' Emotional Rescue": the band owns the title
    sent = span.sent
    start, end = _item_bounds(doc, span.start, span.end, sent.start, sent.end, rules)
    if start is None:
        return False
    own = _stripped(doc[start:end], rules)
    items = []
    i = start
    while (item := _item_before(doc, i, sent.start, rules)) is not None:
        items.append(item)
        i = item[0]
    i = end
    while (item := _item_after(doc, i, sent.end, rules)) is not None:
        items.append(item)
        i = item[1]
    others = [doc[s:e] for s, e in items if _stripped(doc[s:e], rules) != own]
    titled = [_titled(item, titles, rules) for item in others]
    return any(titled) and not any(person(_stripped(item, rules))
                                   for item, known in zip(others, titled, strict=True) if not known)


def listed_after_kind(span: SpacySpan) -> bool:
    """Whether a name is in an item of a list (items as for :func:`listed_with_title`) that a
    plural of kind_nouns opens, by one of intro_words or 'such as' right after it, a comma
    between them or not, or by 'as' after one of such_words and the noun ('such films as Raging
    Bull and Goodfellas', 'Songs like Sunday Bloody Sunday and New Year's Day', 'Bond games
    like Nightfire and Everything Or Nothing', 'hit singles, including Hot in Herre'): read
    from the words and marks alone, as the parser hangs such lists together at random. Not a
    name that owns what follows it ("hits like Band Aid's Do They Know It's Christmas?": the
    band owns it)."""
    rules = work_list_rules()
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in rules.possessive_marks:
        return False  # "hits like Band Aid's Do They Know It's Christmas?"
    sent = span.sent
    start, _ = _item_bounds(doc, span.start, span.end, sent.start, sent.end, rules)
    if start is None:
        return False
    while (item := _item_before(doc, start, sent.start, rules)) is not None:
        start = item[0]  # back to the first item of the list
    return _opens_list(doc, start, sent.start, rules)


def _opens_list(doc: Doc, i: int, first: int, rules: WorkListRules) -> bool:
    """Whether the words right before token ``i`` (not before ``first``) are a plural of
    kind_nouns and what opens a list of them: one of intro_words or 'such as', a comma before
    it or not ('films including', 'hit singles, including', 'games like', 'films such as'), or
    one of such_words, the noun and 'as' ('such films as')."""
    def plural(j: int) -> bool:
        return (j >= first and doc[j].pos_ == "NOUN" and doc[j].tag_ == "NNS"
                and doc[j].lemma_.lower() in rules.kind_nouns)

    j = i - 1
    if j <= first:
        return False
    if doc[j].lower_ == "as":
        if doc[j - 1].lower_ in rules.such_words:
            j -= 1  # "films such as"
        elif plural(j - 1) and j - 2 >= first and doc[j - 2].lower_ in rules.such_words:
            return True  # "such films as"
        else:
            return False
    elif doc[j].lower_ not in rules.intro_words:
        return False
    j -= 1
    if j > first and doc[j].text == ",":
        j -= 1  # "hit singles, including"
    return plural(j)


def subtitles(doc: Doc) -> set[str]:
    """The runs of capitalised words (at most max_subtitle_words, 'of' and 'the' between them)
    right after one of subtitle_marks inside a sentence, without a leading 'The', where at least
    min_title_words capitalised words end before the mark ('Call of Duty: Finest Hour', 'Star
    Wars: The Phantom Menace'; not wire copy's 'Note: Results include …'); not in capitals."""
    rules = work_list_rules()
    found = set()
    for token in doc:
        i = token.i
        if token.text not in rules.subtitle_marks or token.is_sent_start or i + 2 >= len(doc):
            continue
        if _title_words_before(doc, i) < rules.min_title_words or doc[i + 1].is_sent_start:
            continue  # "Call of Duty: Finest Hour"; not "Note: Results include …"
        first = i + 2 if doc[i + 1].lower_ == "the" else i + 1
        words: list[Token] = []
        j = first
        while j < len(doc) and len(words) < rules.max_subtitle_words and not doc[j].is_sent_start:
            if _capitalised(doc[j]):
                words.append(doc[j])
            elif not (doc[j].lower_ in ("of", "the") and words and j + 1 < len(doc)
                      and _capitalised(doc[j + 1])):
                break
            j += 1
        if words:
            found.add(doc[first:words[-1].i + 1].text)
    return found


def _title_words_before(doc: Doc, i: int) -> int:
    """How many capitalised words, with 'of' and 'the' between them, end right before token i
    in its sentence."""
    count = 0
    j = i - 1
    while j >= 0 and (_capitalised(doc[j]) or (count and doc[j].lower_ in ("of", "the")
                                                and j > 0 and _capitalised(doc[j - 1]))):
        count += _capitalised(doc[j])
        if doc[j].is_sent_start:
            break
        j -= 1
    return count


def _capitalised(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and text.isalpha() and not text.isupper()


def _part(token: Token, rules: WorkListRules) -> bool:
    """Whether a token may stand inside an item: a capitalised word or a number, a join, a
    possessive mark or a bracket."""
    text = token.text
    return ((text[:1].isupper() and not token.is_punct) or token.like_num
            or token.lower_ in rules.title_joins or text in rules.possessive_marks
            or text in ("(", ")")) and token.lower_ not in rules.separators


def _item_bounds(doc: Doc, start: int, end: int, first: int, last: int,
                 rules: WorkListRules) -> tuple[int | None, int]:
    """The item that holds the tokens start..end, within first..last: None where it is longer
    than max_item_tokens."""
    while start > first and _part(doc[start - 1], rules):
        start -= 1
    while end < last and _part(doc[end], rules):
        end += 1
    if end - start > rules.max_item_tokens:
        return None, end
    return start, end


def _item_before(doc: Doc, i: int, first: int, rules: WorkListRules) -> tuple[int, int] | None:
    """The item before the separators that end right before token ``i``, if any."""
    j = i
    while j > first and doc[j - 1].lower_ in rules.separators:
        j -= 1
    if j == i or j == first:
        return None
    s = j
    while s > first and _part(doc[s - 1], rules):
        s -= 1
    if s == j or j - s > rules.max_item_tokens or not any(_capitalised(t) for t in doc[s:j]):
        return None
    return s, j


def _item_after(doc: Doc, i: int, last: int, rules: WorkListRules) -> tuple[int, int] | None:
    """The item after the separators that start at token ``i``, if any."""
    j = i
    while j < last and doc[j].lower_ in rules.separators:
        j += 1
    if j == i or j == last:
        return None
    e = j
    while e < last and _part(doc[e], rules):
        e += 1
    if e == j or e - j > rules.max_item_tokens or not any(_capitalised(t) for t in doc[j:e]):
        return None
    if e < last and not doc[e].is_punct and doc[e].lower_ not in rules.separators:
        return None  # "Strictly Come Dancing presenter Tess Daly": it modifies, no item
    return j, e


def _stripped(item: SpacySpan, rules: WorkListRules) -> str:
    """An item's words without its leading_words and a bracketed year at its end."""
    start, end = item.start, item.end
    doc = item.doc
    while start < end and doc[start].lower_ in rules.leading_words:
        start += 1
    if end - start >= 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(":
        end -= 3
    return doc[start:end].text


def _titled(item: SpacySpan, titles: frozenset[str], rules: WorkListRules) -> bool:
    """Whether an item is one of ``titles``, with or without a leading 'The', or is after its
    owner's possessive."""
    text = _stripped(item, rules)
    forms = {text, f"The {text}"}
    for mark in rules.possessive_marks:
        if f"{mark} " in text:
            rest = text.split(f"{mark} ", 1)[1]
            forms |= {rest, f"The {rest}"}
    return bool(forms & titles)
