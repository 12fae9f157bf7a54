"""Titles of works the words around a name or the whole article give away, beside the cues of
:func:`.cues.work_title`: in an arts report (``leisure.arts_article``) that is no sports report,
a name right before a work noun ('the Nightmare on Elm Street franchise'), after an award or a
role and 'for' ('the best original song award for Old Habits Die Hard', 'best actor for
Kinsey'), named the best of a kind of work ('The Aviator has been named best film'), or the
first words or all of a title the NER tags whole as a work of art elsewhere ('The Life and Death
of', 'Monsoon Wedding'); anywhere, a name after a work noun written with a hyphen ('movie
re-make Alfie') or before 'starring' or 'directed by' ('Kinsey, starring Liam Neeson'), and the
words of a title the NER cut after 'of' or ':' ('Eternal Sunshine' + 'of the Spotless Mind',
'CSI: Crime Scene Investigation'); and, after typing, a name an arts report reads as a work
later is a work where it was typed before ('The Office ... his Office character'). The cues of
the syntax around a name, in any article, are :mod:`.work_syntax`'s ('starred in Collateral').
Run by :mod:`.entities` with the ``mentions`` rule section.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .cut_titles import cut_from_title
from .names import no_names
from .title_cues import inside_title
from .work_lists import listed_with_title, subtitles
from .work_syntax import work_by_syntax, work_syntax_rules

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["arts_work", "tagged_works", "title_fragment", "unname_works"]

_TITLE_JOINS = frozenset({"of", ":"})  # what joins a title's words the NER cut apart


def tagged_works(ctx: ReadContext) -> set[str]:
    """The names the NER tagged as works of art ('The Life and Death of Peter Sellers'), without
    a leading 'the', of two words or more: their first words are a fragment of the title where
    the NER cut it (:func:`title_fragment`)."""
    found = set()
    for ent in ctx.ents:
        if ent.label_ == "WORK_OF_ART":
            words = [t.text for t in ent if t.lower_ != "the" or t.i > ent.start]
            if len(words) > 1:
                found.add(" ".join(words))
    return found


def title_fragment(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a name is a fragment of a work's title the NER cut: in an arts report, its first
    words, or all of it, where the NER tags the whole title as a work of art elsewhere ('The
    Life and Death of' beside 'The Life and Death of Peter Sellers'; elsewhere that tag is no
    evidence: 'The Lago Agrio to Puerto Colon pipeline'); anywhere, the words after 'of' or ':'
    and a name read as a work ('Eternal Sunshine' + 'of the Spotless Mind', 'CSI' + ': Crime
    Scene Investigation'), a name inside a title after a work noun or an award's 'for'
    (:func:`.title_cues.inside_title`: 'the thriller Hide and Seek'), and outside sports reports
    a title or a subtitle a colon between capitalised words gives away ('Grand Theft Auto: San
    Andreas': :func:`_subtitled`). Only this mention: 'Caribbean' of 'Pirates of the Caribbean'
    is the region elsewhere."""
    text = ent.text
    if _known(ctx, text, rules):
        return False
    if inside_title(ctx, ent):
        return True  # "the thriller Hide and Seek", "for Eternal Sunshine of the Spotless Mind"
    if cut_from_title(ctx, ent):
        return True  # "that Revenge of the Sith would be the darkest" (cut_titles.py)
    if ctx.arts and not ctx.sport and len(text.split()) > 1 and any(
            title.startswith(text + " ") or title == text for title in ctx.tagged_works):
        return True  # "The Life and Death of", "Monsoon Wedding" (not in wire copy: "The Lago Agrio to ...")
    before = _title_before(ctx, ent)
    return (bool(before) and before in ctx.work_titles) or (
        not ctx.sport and _subtitled(ctx.doc, ent))


def _subtitled(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a name is a title's or a subtitle's by a colon between capitalised words, where
    a work's title and its subtitle meet ('Grand Theft Auto: San Andreas', 'Call of Duty:
    Finest Hour', 'The Chronicles of Riddick: Escape from Butcher Bay'): the name right before
    the colon, right after it, or holding it; not in capitals ('NOTE: Excludes', 'PARANA
    STATE: UMUARAMA'), nor before quoted words."""
    def titled(i: int) -> bool:
        text = doc[i].text if 0 <= i < len(doc) else ""
        return text[:1].isupper() and text.isalpha() and not text.isupper()  # "GoldenEye"

    def colon(i: int) -> bool:
        return (0 <= i < len(doc) and doc[i].text == ":" and not doc[i].is_sent_start
                and titled(i - 1) and titled(i + 1) and not doc[i + 1].is_sent_start)

    if ent.text.isupper():
        return False
    return colon(ent.end) or colon(ent.start - 1) or any(
        colon(t.i) for t in ent[1:-1])


def _title_before(ctx: ReadContext, ent: SpacySpan) -> str:
    """The capitalised words before 'of', 'of the' or ':' right before a name ('Pirates' of
    'Pirates of the Caribbean'), or the named entity that ends there, else ''."""
    doc = ctx.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in _TITLE_JOINS:
        return ""
    named = ctx.ent_at(i - 1)
    if named is not None:
        return " ".join(t.text for t in named if t.lower_ != "the")
    j = i
    while j > 0 and doc[j - 1].is_title and not doc[j - 1].is_sent_start:
        j -= 1
    return doc[j:i].text


def arts_work(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name is the title of a work by the cues of the module docstring: after a work
    noun written with a hyphen, before one of credit_words ('Kinsey, starring Liam Neeson'), or
    in an arts report before a work noun (not one of arts_owner_nouns, which a maker's name
    modifies too: 'the DC Comics character'), after an award or a role in a work and 'for' ('won
    best actor for Kinsey'), or named the best of a kind of work. The name is none the
    gazetteers or the article know, no acronym and no people."""
    if label == "NORP" or _known(ctx, ent.text, rules):
        return False
    if work_by_syntax(ctx, ent, label):
        return True  # "Merry Christmas Everybody, the hit single", "starred in Deadwood" (work_syntax.py)
    doc = ctx.doc
    if (ent.start >= 3 and doc[ent.start - 2].text == "-"
            and doc[ent.start - 3].lower_ + doc[ent.start - 1].lower_ in rules.work_nouns):
        return True  # "movie re-make Alfie"
    i = ent.end
    while i < min(len(doc), ent.end + 6) and (doc[i].text in (",", "-", "(") or doc[i].lower_ == "and"
                                                or doc[i].lower_ in rules.credit_words):
        if doc[i].lower_ in rules.credit_words and (
                doc[i].lower_.endswith("ing") or (i + 1 < len(doc) and doc[i + 1].lower_ == "by")):
            # "Kinsey, starring Liam Neeson", "House of Flying Daggers, directed by Yimou Zhang",
            # "Garden State - written, directed and starring Zach Braff"; not "Xyz directed its staff"
            return True
        i += 1
    if not ctx.arts or ctx.sport:  # a sports report's clubs and players are no works
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if (after is not None and after.pos_ == "NOUN" and after.lemma_.lower() in rules.work_nouns
            and after.lemma_.lower() not in rules.arts_owner_nouns and not _title_before(ctx, ent)):
        return True  # "the Nightmare on Elm Street franchise", "the Evil Dead movies"; not the end
        # of a longer title ("the first Pirates of the Caribbean film": the region elsewhere)
    before = ent.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1  # the name's "The" is left out of it: "for The Motorcycle Diaries"
    if (before >= 1 and doc[before].lower_ == "for" and (
            doc[before - 1].lemma_.lower() in rules.award_nouns
            or doc[before - 1].lemma_.lower() in rules.prize_nouns
            or doc[before - 1].lemma_.lower() in rules.work_role_nouns)):
        return True  # "the best original song award for Old Habits Die Hard", "won best actor for
        # Kinsey", "the best debut performance prize for The Motorcycle Diaries"
    root = ent.root
    head = root.head
    return (root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in rules.naming_verbs
            and any(c.dep_ in ("oprd", "attr", "xcomp") and c.lemma_.lower() in rules.work_nouns
                    for c in head.children))  # "The Aviator has been named best film"


def _known(ctx: ReadContext, text: str, rules: MentionRules) -> bool:
    """Whether a name is an acronym, or one the gazetteers or the article know as a person's, an
    organisation's or a place's, or opens with a given name."""
    gaz = ctx.gaz
    key = normalise(text)
    return (text.isupper() or gaz.org(text) is not None or gaz.state(text) is not None
            or gaz.region(text) is not None or gaz.person(text) is not None or key in ctx.person_names
            or key in gaz.cities or text.split()[0] in rules.given_names)


def unname_works(ctx: ReadContext, rules: MentionRules) -> None:
    """In an arts report, a name the article reads as a work's title is no entity where it was
    typed before the words that give it away ('The Office' typed a government body, then 'his
    Office character'), nor is a name listed with one ('The Motorcycle Diaries and British film
    Vera Drake'): its mentions keep their words but name nothing (kind None). Not a
    state's, nor a name the gazetteers or the article know (:func:`_known`); and not outside
    arts reports, where a name in quotation marks ("that 'Veritas' is a party") may be a party.
    There also a name listed with a work's title the article names ('The Aviator, Million Dollar
    Baby and Ray'), and in any report but a sports report a work's subtitle after a colon
    ('Medal of Honor: Pacific Assault'), wherever the article names it (:mod:`.work_lists`),
    unless the gazetteers know it, it opens with a given name or it is the surname of a person
    the article names in full (:func:`_known_apart`: the article's own reading of a name as a
    person's is the NER's, which takes titles for people: 'Driver', 'Finest Hour')."""
    if ctx.sport:  # a sports report's clubs and players are no works
        return
    subtitled = subtitles(ctx.doc)  # "Medal of Honor: Pacific Assault": in any report
    if not ctx.arts and not subtitled:
        return
    works = ctx.work_titles
    titles = _list_titles(ctx, rules) if ctx.arts else frozenset()
    people = _full_names(ctx)
    for m in ctx.out.mentions:
        if m.how != "name" or m.kind in (None, "State"):
            continue
        span = ctx.doc.char_span(m.span.begin, m.span.end)
        if _known_apart(ctx, m.name, people, rules):
            continue  # a name the gazetteers know, or a person's the article writes in full
        if m.name.split()[-1].lower() in work_syntax_rules().not_work_heads:
            pass  # "Royal Television Society", "Dundee University": a body, no title
        elif m.name in subtitled or (ctx.arts and span is not None and listed_with_title(
                span, titles, person=lambda item: _person_item(ctx, item, rules))):
            ctx.out.mentions[m.id] = replace(m, kind=None)  # "Pacific Assault", "… and Ray"
            continue
        if not ctx.arts or _known(ctx, m.name, rules):
            continue
        if m.name in works or f"The {m.name}" in works or (
                span is not None and _listed_with_work(ctx, span)):
            ctx.out.mentions[m.id] = replace(m, kind=None)


def _person_item(ctx: ReadContext, item: str, rules: MentionRules) -> bool:
    """Whether an item of a list is a person's name: two or three capitalised words opening with
    a given name ('Ewan McGregor, Halle Berry, Robin Williams and Mel Brooks'), or a name the
    gazetteers know as a person's."""
    words = item.split()
    return ctx.gaz.person(item) is not None or (
        2 <= len(words) <= 3 and words[0] in rules.given_names
        and all(w[:1].isupper() for w in words))


def _full_names(ctx: ReadContext) -> frozenset[str]:
    """The last words of the names of two words or more the article reads as people's: the
    surnames a name alone may be ('Kidman' beside 'Nicole Kidman')."""
    return frozenset(normalise(m.name.split()[-1]) for m in ctx.out.mentions
                     if m.kind == "Person" and len(m.name.split()) > 1)


def _known_apart(ctx: ReadContext, text: str, people: frozenset[str], rules: MentionRules) -> bool:
    """:func:`_known` but for the article's own reading of a name as a person's, which the NER
    gives titles too ('Driver', 'Finest Hour'): an acronym, a name the gazetteers know, one
    opening with a given name, or the surname of a person the article names in full."""
    gaz = ctx.gaz
    key = normalise(text)
    return (text.isupper() or gaz.org(text) is not None or gaz.state(text) is not None
            or gaz.region(text) is not None or gaz.person(text) is not None or key in people
            or key in gaz.cities or text.split()[0] in rules.given_names)


def _list_titles(ctx: ReadContext, rules: MentionRules) -> frozenset[str]:
    """The titles a name listed with is a work beside (:func:`.work_lists.listed_with_title`): the
    names the article reads as works' and the well-known titles (work_names), not the awards,
    time zones and peoples the article names no entity ('Oscar', 'National Television' of
    'National Television awards', 'Welsh': :func:`.names.no_names`)."""
    read = {t for t in ctx.work_titles - no_names(ctx, rules) if ctx.gaz.state(t) is None}
    return frozenset(read | set(work_syntax_rules().work_names))


def _listed_with_work(ctx: ReadContext, span: SpacySpan) -> bool:
    """Whether a name is listed, by 'and', 'or' or commas, with a name the article reads as a
    work's title ('The Motorcycle Diaries and British film Vera Drake')."""
    first = span.root
    while (first.dep_ in ("conj", "appos") and first.head.i != first.i
           and first.head.pos_ == "PROPN"):
        first = first.head
    listed, todo = [], [first]
    while todo:
        token = todo.pop()
        listed.append(token)
        todo.extend(c for c in token.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN")
    for token in listed:
        if span.start <= token.i < span.end:
            continue
        named = ctx.ent_at(token.i)
        if named is not None and (
                " ".join(t.text for t in named if t.lower_ != "the") in ctx.work_titles):
            return True
    return False
