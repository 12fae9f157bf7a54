"""Names the NER took for a place that no gazetteer knows as one, and that the words around them
say name something else: a person ('Reggae star Sizzla', 'Lenny Kravitz or Hendrix', 'Makoto
Kuroda, Japan's deputy minister', 'Ethiopia's Tirunesh Dibaba' in a sports report), or a product
listed after a noun for its kind ('browsers such as Opera, Safari and Netscape': no entity). A name the gazetteers know as a city stays a city,
and one with a word of a place's name in it ('Ocean City', 'Upper Afan Valley') stays a place.
Also names glued or listed with the words of a title: a person's name at the end of a name
('Agriculture Richard Lyng'), portfolios listed before an office's title ('Culture, Media and
Sport Secretary'). Reads the ``unplaced`` rule section (``rules/extract/unplaced.json``); used by
:mod:`.entities` and :mod:`.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from .commons import common_word
from .conjuncts import first_conjunct
from .context import ReadContext
from .rules import Words, load_section

if TYPE_CHECKING:
    from .entities import MentionRules

_INITIAL = re.compile(r"[A-Z]\.")  # "J." of "J. Hugh Liedtke"

__all__ = ["UnplacedRules", "listed_portfolio", "listed_product", "person_at_end", "person_not_place",
           "role_before_name", "unplaced_rules"]


@dataclass(frozen=True, slots=True, kw_only=True)
class UnplacedRules:
    """The ``unplaced`` section: see the comment in ``rules/extract/unplaced.json``."""

    role_nouns: Words
    titles: Words
    given_names: frozenset[str]
    not_person_words: Words
    cue_labels: frozenset[str]
    product_list_nouns: Words
    who_words: Words
    honorifics: Words
    company_words: frozenset[str]
    not_person_labels: frozenset[str]
    max_words: float
    positions: Words
    opening_roles: Words
    people_demonyms: frozenset[str]
    not_initials: frozenset[str]
    surname_place_words: Words
    kind_nouns: dict[str, str]


@cache
def unplaced_rules() -> UnplacedRules:
    return load_section("unplaced", UnplacedRules)


def _role(token: Token, rules: UnplacedRules) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in rules.role_nouns
                                     or token.lower_ in rules.role_nouns
                                     or token.lemma_.lower() in rules.titles)


def _conjuncts(root: Token) -> list[Token]:
    first = root
    first = first_conjunct(first)
    return [first, *first.conjuncts]


def person_not_place(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name the NER took for a place that no gazetteer knows as a city, a region or an
    organisation is a person's: two or three capitalised words opening with a given name
    ('Makoto Kuroda', 'Francois Guillaume' tagged LOC); or, for a name tagged GPE or FAC, right
    after a noun for a person's role that it heads ('Reggae star Sizzla', 'striker Rivaldo'),
    with such a noun in apposition ('Makoto Kuroda, Japan's deputy minister'), right before
    'who' ('Sizzla, who was jailed'), in a sports report of two or more words after a state's
    possessive ('Ethiopia's Tirunesh Dibaba') or after a capital initial ('N Buckfield (Crawley
    AC)'; not one of not_initials, words of one letter: 'A', 'I'), or listed with the full name
    of a person the NER tagged and no name it took for a place or an organisation ('Lenny Kravitz
    or Hendrix', 'photographers David Bailey, Rankin and Nan Goldin'; not 'Heathrow and
    Gatwick'). Not when a word of it names a kind of place or of organisation ('Ocean City',
    'Upper Afan Valley', 'the Robert Kilroy-Silk Party')."""
    rules = unplaced_rules()
    words = ent.text.split()
    gaz = ctx.gaz
    if (not words or len(words) > rules.max_words or not all(w[:1].isupper() for w in words)
            or normalise(ent.text) in gaz.cities or gaz.org(ent.text) is not None
            or gaz.region(ent.text) is not None
            or any(w.lower().strip(".") in rules.not_person_words for w in words)):
        return False
    if len(words) > 1 and words[0] in rules.given_names and all(
            w.replace("-", "").replace("'", "").isalpha() for w in words):
        return True  # "Makoto Kuroda", "Francois Guillaume" (tagged LOC)
    if label not in rules.cue_labels:
        return False  # "the Yangtze, Mekong and Nu", "the Londoners who ...": rivers, peoples
    doc, root = ctx.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.head.i == root.i and _role(before, rules):
        return True  # "Reggae star Sizzla"
    initial = before.text.rstrip(".") if before is not None else ""
    if ctx.sport and len(initial) == 1 and initial.isupper() and initial not in rules.not_initials:
        return True  # "N Buckfield (Crawley AC)", "R Ibanez": a player's initial before the surname
    if any(c.dep_ == "appos" and _role(c, rules) for c in root.children):
        return True  # "Makoto Kuroda, Japan's deputy minister of ..."
    if any(c.dep_ == "relcl" and c.left_edge.i in (ent.end, ent.end + 1) and any(
            g.dep_.startswith("nsubj") and g.lower_ in rules.who_words for g in c.children)
           for c in root.children):
        return True  # "Sizzla, who was jailed ..."
    if ctx.sport and len(words) > 1 and any(c.dep_ == "poss" and gaz.state(c.text) is not None
                                            for c in root.children):
        return True  # "Ethiopia's Tirunesh Dibaba", "Britain's Tosin Oke" in a sports report
    others = [t for t in _conjuncts(root) if not ent.start <= t.i < ent.end]
    return any(_full_name(t) for t in others) and not any(
        t.ent_type_ in rules.not_person_labels for t in others)


def _full_name(token: Token) -> bool:
    """Whether a token ends a person's name of two or more words the NER tagged ('Figo' of 'Luis
    Figo'; not 'Gatwick' tagged alone)."""
    return token.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children)


def listed_product(ent: SpacySpan) -> bool:
    """Whether a name is one of a list of products after a noun for their kind and 'such as' or
    'like' ('alternative browsers such as Opera, Safari, Amaya and even Netscape', 'games
    consoles like Gizmondo'): the product, no organisation, person or place."""
    rules = unplaced_rules()
    first = _conjuncts(ent.root)[0]
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in ("as", "like") or prep.i == first.i:
        return False
    if prep.lower_ == "as" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
        return False  # "such as", not "known as"
    kind = prep.head
    return kind.pos_ == "NOUN" and kind.lemma_.lower() in rules.product_list_nouns


def person_at_end(ctx: ReadContext, start: int, end: int, label: str) -> int:
    """Where a name starts that the NER glued to the words before it: a person's name of two or
    three capitalised words opening with a given name, after words that are no given name
    ('Agriculture Richard Lyng', 'Lib Dems David Laws', 'Balco boss Victor Conte'): the given
    name's index, else ``start``. Not when a word of the whole names a kind of place or of
    organisation or the last is a company's ('Nairobi Serena Hotel', 'Saint Bernard Software',
    'St. Louis Cardinals'), the words before are a listed company's, or the name goes on with a
    comma, 'and' or a legal form ('Merrill Lynch Pierce Fenner and Smith Inc')."""
    rules = unplaced_rules()
    doc = ctx.doc
    if end < len(doc) and (doc[end].text in (",", "and", "&") or doc[end].text in rules.company_words):
        return start  # "Merrill Lynch Pierce Fenner and Smith Inc": the partners of a firm
    for first in (end - 3, end - 2):
        if first <= start or doc[first].text not in rules.given_names:
            continue
        name = doc[first:end]
        before = doc[first - 1]
        if label == "PERSON" and not _known_before(ctx, doc[start:first]):
            continue  # "Ole Gunnar Solskjaer": a given name no list holds
        if (before.text in rules.given_names or before.is_punct or _INITIAL.fullmatch(before.text)
                or before.lower_.rstrip(".") in rules.honorifics
                or not all(t.is_title and t.text.replace("-", "").isalpha() for t in name)
                or doc[end - 1].text in rules.company_words
                or any(t.lower_.strip(".") in rules.not_person_words
                       and not _place_surname(t, name, label, rules) for t in doc[start:end])
                or ctx.gaz.company(doc[start:first].text, label="ORG") is not None):
            continue
        return first
    return start


def role_before_name(ctx: ReadContext, start: int, end: int, label: str) -> int:
    """Where a person's name starts that the NER glued to a capitalised noun for the person's
    role ('Producer Mel Gibson', 'Rapper Eminem'; in a sports report a player's position:
    'Midfielder Gerrard', 'Centre Parker'): the index after the role noun, else ``start``. The
    name is one to three capitalised words, none a title or a word of not_person_words, and no
    state, region, town or organisation the gazetteers know; it opens with one of given_names,
    or the NER took the whole for a person's name and the role is none of opening_roles, which
    also open titles of works ('Star Trek'), or the role is one of positions in a sports report."""
    rules = unplaced_rules()
    doc = ctx.doc
    role = doc[start].lower_
    if not (2 <= end - start <= 4 and doc[start].is_title and role in rules.role_nouns | rules.positions):
        return start
    name = doc[start + 1:end]
    gaz = ctx.gaz
    if (not all(t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").isalpha() for t in name)
            or any((t.lower_ in rules.not_person_words
                    and not _place_surname(t, name, label, rules))
                   or t.lower_ in rules.titles for t in name)
            or gaz.state(name.text) is not None or gaz.region(name.text) is not None
            or gaz.org(name.text) is not None or normalise(name.text) in gaz.cities):
        return start
    if (name[0].text in rules.given_names or (label == "PERSON" and role not in rules.opening_roles)
            or (ctx.sport and role in rules.positions)):
        return start + 1
    return start


def _known_before(ctx: ReadContext, words: SpacySpan) -> bool:
    """Whether the words before a person's name in one the NER tagged as a person's are no part
    of it: a lower-case word ('Balco boss'), or a party, organisation, state or people the
    gazetteers know ('Tory Neil Hamilton', 'Unison Dave Prentis', 'Welshman Ray Reardon'), or
    one of people_demonyms ('Briton Tim Henman', 'Scot Kathy Butler'), or the sentence's first
    word, capitalised only for opening it, a common English noun or adjective that is no given
    name ('Bar Keith Gleeson who is just returning …': the NER glued 'Bar' to the name)."""
    gaz = ctx.gaz
    rules = unplaced_rules()
    return (any(t.is_lower for t in words) or gaz.org(words.text) is not None
            or gaz.state(words.text) is not None or words.text in rules.people_demonyms
            or _opening_common_word(words, rules))


def _opening_common_word(words: SpacySpan, rules: UnplacedRules) -> bool:
    """Whether ``words`` is one word that opens its sentence and is, in lower case, a common
    English noun or adjective and no given name ('Bar', 'Comedian'; not 'Bill', 'Grant'), nor a
    noun of kind_nouns, which makes the name an organisation's ('Bookmaker William Hill')."""
    if len(words) != 1:
        return False
    word = words[0]
    return (word.is_sent_start and word.is_title and word.text not in rules.given_names
            and common_word(word.doc, word.text)
            and not {word.lower_, word.lemma_.lower()} & rules.kind_nouns.keys())


def _place_surname(token: Token, name: SpacySpan, label: str, rules: UnplacedRules) -> bool:
    """Whether a word that names a kind of place is the surname of a person's name the NER
    tagged as a person's: the last of two or three words after a given name ('Harry Hill',
    'Jerry Hall'), one of surname_place_words."""
    return (label == "PERSON" and token.i == name.end - 1 and len(name) >= 2
            and name[0].text in rules.given_names and token.lower_ in rules.surname_place_words)


def listed_portfolio(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a one-word name is one of a list of portfolios before an office's title ('Culture'
    and 'Media' of 'Culture, Media and Sport Secretary Tessa Jowell'): after it only single
    capitalised words, none a person's, each after a comma or 'and', up to the title; not a name
    the NER or the article takes for a person's ('Bush and Treasury Secretary James Baker'), nor
    one after an article ('the Navy and Defense Secretary Caspar Weinberger'), nor a place's
    ('in Edinburgh, Wales Secretary Peter Hain')."""
    doc = ctx.doc
    if (len(ent) != 1 or label == "PERSON" or normalise(ent.text) in ctx.person_names
            or ctx.gaz.person(ent.text) is not None or _place_name(ctx, ent.text)
            or (ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an"))):
        return False
    j = ent.end
    while (j + 2 < len(doc) and j - ent.end < 6 and doc[j].text in (",", "and", "&")
           and doc[j + 1].is_title and doc[j + 1].ent_type_ != "PERSON"
           and not _place_name(ctx, doc[j + 1].text)):
        j += 2
        if doc[j].lower_ in rules.portfolio_titles:
            return True
    return False


def _place_name(ctx: ReadContext, text: str) -> bool:
    """Whether the gazetteers know a name as a state's, a region's or a city's."""
    gaz = ctx.gaz
    return gaz.state(text) is not None or gaz.region(text) is not None or normalise(text) in gaz.cities
