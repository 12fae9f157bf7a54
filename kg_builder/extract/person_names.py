"""One node per person within an article: a person's name the NER tagged as something else
where the same article uses it for a person too.

- A full name of two capitalised words typed an organisation or a place (a company
  only when it opens with a given name) is the person's where the article names someone by its
  last word alone ('come in for Aurelien
  Rougerie and Jean-Philippe Grandclaude ... Grandclaude was a replacement'), also after a
  nationality the NER glued to it ('American Dent' beside 'Taylor Dent': the name is 'Dent');
  not a name opening with a word the article writes in lower case or a place's name, nor a
  club's ('Man City' beside a 'City' tagged as a person).
- Outside business reports, an initial and a capitalised surname typed an organisation ('N
  Speaight (Belgrave Harriers)', 'J Yapp (Blues)' on a team sheet) is a person: no club or body
  is named so (a company may be: 'J Sainsbury').
- A one-word name typed an organisation or a place is the person's where the article names a
  person in full with it as the surname ('Paula Radcliffe ... a strong display from
  Radcliffe', 'Daniel Day-Lewis ... Day-Lewis has competed'): not a name the gazetteers know as
  a state, region, organisation or company, not a town after a preposition of place ('in
  Houston'), not a longer name's first word ('Dell' beside 'Dell Inc'), and in a sports report
  not a side ('Charlton' beside 'Bobby Charlton'); not beside a club's name the NER took for a
  person's ('Rangers' beside 'Glasgow Rangers').

The resolver then joins the mentions by surname. Run by :func:`.entities.collect_entities` after
the names are typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..gazetteer import normalise
from .context import ReadContext

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["one_person_per_name"]

#: kinds a person's full name may have been typed as by the NER and the gazetteers
_FULL_KINDS = frozenset({"Organization", "Company", "City", "Place"})
#: kinds a person's surname alone may have been typed as (a company's name is one by its cues)
_ALONE_KINDS = frozenset({"Organization", "City", "Place"})
_MAX_WORDS = 2  # a given name and a surname: not "Twentieth Century Fox" beside "Fox"


def one_person_per_name(ctx: ReadContext, rules: MentionRules, *,
                        org_kind: Callable[[list[str]], str | None]) -> None:
    """Retype (and, after a nationality, rename) the mentions of the module docstring;
    ``org_kind`` tells the kind of organisation a name's words say it is
    (:func:`.entities.org_kind`, passed in: entities runs this module)."""
    mentions = ctx.out.mentions
    people = [m.name for m in mentions if m.how == "name" and m.kind == "Person"]
    alone = {name for name in people if " " not in name}
    surnames = {name.split()[-1] for name in people}
    for m in mentions:
        if m.how != "name" or m.kind not in _FULL_KINDS or " " not in m.name:
            continue
        words = m.name.split()
        name = _after_nationality(ctx, words)
        if not _person_shape(ctx, name, rules) or org_kind(name) is not None or (
                m.kind == "Company" and name[0] not in rules.given_names):
            continue  # a company by its cues stays one ('film studio Twentieth Century Fox')
        if (name[-1] in alone and len(name) > 1) or (
                len(name) < len(words) and name[-1] in surnames):
            mentions[m.id] = replace(m, name=" ".join(name), kind="Person", hint=None)
    if not ctx.business:
        _initialled_people(ctx)
    full = {m.name.split()[-1] for m in mentions if m.how == "name" and m.kind == "Person"
            and " " in m.name and not _club(m.name.split(), rules)}
    firsts = {m.name.split()[0] for m in mentions
              if m.how == "name" and m.kind not in (None, "Person") and " " in m.name}
    gaz = ctx.gaz
    for m in mentions:
        if (m.how != "name" or m.kind not in _ALONE_KINDS or " " in m.name or m.name not in full
                or m.name in firsts or (ctx.sport and m.kind == "Organization")
                or gaz.state(m.name) is not None or gaz.region(m.name) is not None
                or gaz.org(m.name) is not None or gaz.company(m.name, label="ORG") is not None
                or _placed(ctx, m.span.begin, m.span.end, rules)):
            continue
        mentions[m.id] = replace(m, kind="Person", hint=None)


def _initialled_people(ctx: ReadContext) -> None:
    """'N Speaight', 'J Yapp' typed an organisation: a person (module docstring)."""
    mentions = ctx.out.mentions
    for m in mentions:
        words = m.name.split()
        if (m.how == "name" and m.kind == "Organization" and len(words) == 2
                and len(words[0].rstrip(".")) == 1 and words[0][:1].isupper()
                and words[1][:1].isupper() and not words[1].isupper()
                and words[1].replace("-", "").replace("'", "").isalpha()
                and ctx.gaz.org(m.name) is None and ctx.gaz.company(m.name, label="ORG") is None):
            mentions[m.id] = replace(m, kind="Person", hint=None)


def _after_nationality(ctx: ReadContext, words: list[str]) -> list[str]:
    """The words after a leading nationality ('American Dent'), else all the words."""
    found = ctx.gaz.state(words[0])
    return words[1:] if found is not None and found[1] == "demonym" else words


def _person_shape(ctx: ReadContext, words: list[str], rules: MentionRules) -> bool:
    """Whether words may be a person's name: one or two capitalised words of letters (and
    hyphens or apostrophes), of two words or more opening with a given name or a word the article
    writes nowhere in lower case and that is no place's name ('Legitimate Bollywood' beside 'a
    legitimate distributor'), no word of a club's name ('Manchester City') nor of an
    organisation's kind or a body's head ('Bank Hapoalim'), no name the gazetteers know."""
    if not words or len(words) > _MAX_WORDS:
        return False
    text = " ".join(words)
    gaz = ctx.gaz
    first = words[0]
    opening = len(words) == 1 or first in rules.given_names or not (
        first.lower() in ctx.common_words or normalise(first) in gaz.cities
        or gaz.state(first) is not None or gaz.region(first) is not None)
    return (opening and not _club(words, rules)
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                    for w in words)
            and not any(w.lower() in rules.not_company_words or w in rules.legal_forms
                        or w.lower() in rules.generic_heads or w.lower() in rules.company_heads
                        for w in words)
            and gaz.org(text) is None
            and gaz.company(text, label="ORG") is None and gaz.state(text) is None
            and gaz.region(text) is None and normalise(text) not in gaz.cities)


def _club(words: list[str], rules: MentionRules) -> bool:
    """Whether a name holds a word of a club's name ('Manchester City', 'Glasgow Rangers')."""
    return any(w.lower() in rules.club_words for w in words)


def _placed(ctx: ReadContext, begin: int, end: int, rules: MentionRules) -> bool:
    """Whether a name is the object of a preposition of place ('in Houston')."""
    span = ctx.doc.char_span(begin, end)
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in rules.place_preps
