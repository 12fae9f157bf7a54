"""Full names of people the NER took for organisations or places, by the shape of the name
(issue 16): outside business reports, a name of two to four words tagged ORG, GPE, LOC or FAC
that opens with a given name, goes on with lower-case name particles ('Sebastien de Chaunac')
and ends in one or two capitalised surnames ('Dakota Fanning', 'Imanol Harinordoquy', 'Potito
Starace'), is a person's. Given names are those of the hand-compiled ``given_names.txt`` and of
``given_names_world.txt`` (many countries' first names, from the Faker package: see
:mod:`kg_builder._givennamegen`), also hyphenated when the first part is one ('Sven-Goran
Eriksson'). A given name of the wider list only (some are common words or places too: 'Milan',
'Carolina', 'Monty', 'Orange') asks a last surname that is neither, nor a word the article
writes in lower case ('Milan Baros', 'Carolina Kluft'; not 'Jordan Valley', 'Monty Python',
'Orange Smartphones' beside 'a smartphone model', and so not 'Yetunde Price' either). Never a name
ending in a plural common noun ('Kaiser Chiefs', 'Salomon Brothers'), nor one the gazetteers know
as an organisation, a company, a state, a region or a town, nor one with a word of a body's name
or of a kind of place, body, club, ground, event or company ('Royal Armagh', 'Preston North End',
'Lincoln City', 'Stanley Park'), nor one ending in a title ('the Roman Catholic Archbishop of
Cardiff': an office), nor one right before a noun of a place in lower case ('the Tor Di
Valle arena'; not 'the Robert de Niro thriller'). A business report's firms are often named
after people ('Dean Witter'): not there. Checked after the readers of grounds, clubs and places
by their positions ('at Roland Garros'). Reads the ``full_names`` rule section
(``rules/extract/full_names.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .commons import common_word
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["FullNamesRules", "full_names_rules", "person_by_full_name"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FullNamesRules:
    """The ``full_names`` section: see the comment in ``rules/extract/full_names.json``."""

    labels: frozenset[str]
    report_only_labels: frozenset[str]
    given_names: frozenset[str]
    world_given_names: frozenset[str]
    name_particles: frozenset[str]
    titles: Words
    not_person_words: Words
    place_nouns: Words
    min_words: float
    max_words: float
    max_surnames: float


@cache
def full_names_rules() -> FullNamesRules:
    return load_section("full_names", FullNamesRules)


def person_by_full_name(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name the NER tagged as an organisation's or a place's is a person's full name by
    its shape (see the module's docstring); the caller has checked that no word of it names a
    kind of organisation (:func:`.entities.org_kind`)."""
    rules = full_names_rules()
    words = ent.text.split()
    if (label not in rules.labels or ctx.business
            or not rules.min_words <= len(words) <= rules.max_words):
        return False
    given, rest = words[0], words[1:]
    surnames = [w for w in rest if w not in rules.name_particles]
    if (label in rules.report_only_labels and not (ctx.sport or ctx.arts)
            and len(surnames) == len(rest)):
        return False  # "Merrill Lynch", "Warner Bros": a firm named after people
    if (not surnames or len(surnames) > rules.max_surnames
            or not all(_name_word(w) for w in surnames)
            or rest[-1] in rules.name_particles  # "Wiliam de": the NER cut the name
            or rest[-1].lower() in rules.titles  # "Roman Catholic Archbishop": an office
            or any(w.lower().strip(".") in rules.not_person_words for w in words)):
        return False
    strong = _given(given, rules.given_names)
    if not strong and not _given(given, rules.world_given_names):
        return False
    if _known(ctx, ent.text, label):
        return False  # "Jordan", "Bristol City": the gazetteers know it as something else
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    if after is not None and after.lower_ in rules.place_nouns and after.is_lower:
        return False  # "the Tor Di Valle arena": the name of a place before its noun
    if surnames[-1].endswith("s") and common_word(ctx.doc, surnames[-1]):
        return False  # "Kaiser Chiefs", "Scissor Sisters", "Salomon Brothers": a plural noun
    # a name of the wider list only: "Milan Baros", "Dakota Fanning"; not "Jordan Valley",
    # "Monty Python"
    return strong or not (_word_or_place(ctx, surnames[-1], label)
                          or _written_lower(ctx, surnames[-1]))


def _name_word(word: str) -> bool:
    """A capitalised name word: letters, an apostrophe or a hyphen inside ('O'Brien',
    'Kilroy-Silk'), not all capitals ('ENG')."""
    return (word[:1].isupper() and not word.isupper()
            and word.replace("-", "").replace("'", "").replace("\u2019", "").isalpha())


def _given(word: str, names: frozenset[str]) -> bool:
    """A given name of the list, or a hyphenated one opening with one ('Sven-Goran')."""
    return word in names or ("-" in word and word.split("-")[0] in names
                             and _name_word(word))


def _known(ctx: ReadContext, text: str, label: str) -> bool:
    gaz = ctx.gaz
    return (gaz.org(text) is not None or gaz.company(text, label=label) is not None
            or gaz.state(text) is not None or gaz.region(text) is not None
            or normalise(text) in gaz.cities)


def _word_or_place(ctx: ReadContext, word: str, label: str) -> bool:
    """A common English word ('Dusty', 'Church') or a name of a town, state or region the
    gazetteers know ('Milan', 'Carolina')."""
    return common_word(ctx.doc, word) or _known(ctx, word, label)


def _written_lower(ctx: ReadContext, word: str) -> bool:
    """Whether the article writes a word, or its singular, in lower case ('smartphone' beside
    'Orange Smartphones')."""
    low = word.lower()
    return any(form in ctx.common_words
               for form in (low, low.removesuffix("s"), low.removesuffix("es")))
