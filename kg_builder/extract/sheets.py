"""Team sheets of sports reports: a line of names between commas and semicolons with no verb
('Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; …') names players, one person per name;
and a list of clubs, a line of such names most of which are clubs by their own words
('Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen': the sides through to a round,
no players), names clubs, organisations. Reads the ``sheets`` rule section
(``rules/extract/sheets.json``) and the ``mentions`` section it is given; used by
:mod:`.entities`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .context import ReadContext
from .rules import Words, load_section

if TYPE_CHECKING:
    from .entities import MentionRules

__all__ = ["SheetsRules", "sheet_players", "sheets_rules", "team_sheets"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SheetsRules:
    """The ``sheets`` section: see the comment in ``rules/extract/sheets.json``."""

    club_words: Words
    given_names: frozenset[str]
    club_list_min_names: float
    club_list_share: float
    bench_words: Words
    bench_min_separators: float
    heading_max_words: float
    substitution_words: Words


@cache
def sheets_rules() -> SheetsRules:
    return load_section("sheets", SheetsRules)


_SHEET_SEPARATORS = frozenset({",", ";", "/"})
_MIN_SEPARATORS = 4  # a line of names: four separators at least, unless a bench's heading


def team_sheets(ctx: ReadContext) -> set[int]:
    """The sentences of a sports report that are team sheets: names between commas and
    semicolons, no verb ('Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; …'), after a
    heading of a few words and a colon, if any, which is not read for a verb ('Subs Not
    Used: White, McIntosh, Wood'); fewer names after a heading of the bench ('Subs Not Used:
    Cudicini, Bridge'). A player's name the tagger took for a verb, alone between separators, is
    none ('Given, Andrew O'Brien, Elliott'); nor is a word of a substitution ('Priscott for
    Roberts (71)') a lower-case word of a sentence."""
    rules = sheets_rules()
    sheets: set[int] = set()
    for sent in ctx.doc.sents:
        heading = _heading(sent)
        body = sent[heading:] if heading else sent
        separators = sum(t.text in _SHEET_SEPARATORS for t in body)
        words = [t for t in body if t.is_alpha and t.lower_ not in rules.substitution_words]
        bench = heading and any(t.lower_ in rules.bench_words for t in sent[:heading])
        if (separators < (rules.bench_min_separators if bench else _MIN_SEPARATORS) or not words
                or any(t.pos_ in ("VERB", "AUX") and not _listed_name(t) for t in body)):
            continue
        if sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words):
            sheets.add(sent.start)
    return sheets


def _heading(sent: SpacySpan) -> int:
    """How many tokens of a sentence are a heading before its names: up to heading_max_words
    words opening with a capitalised one, and a colon, at its start ('Subs Not Used:', 'Not
    used:', 'Replacements:'); 0 when there is none. ('Wenger said: "We …"' has a heading too,
    but what follows it is no line of names.)"""
    rules = sheets_rules()
    for k, token in enumerate(sent[:int(rules.heading_max_words) + 1]):
        if token.text == ":":
            return k + 1 if k else 0
        if not token.is_alpha or (k == 0 and not token.text[:1].isupper()):
            return 0
    return 0


def _listed_name(token: Token) -> bool:
    """A capitalised word the tagger took for a verb that stands alone between separators, a
    colon or the sentence's edges: a player's name ('Given, Andrew O'Brien')."""
    doc = token.doc
    edges = _SHEET_SEPARATORS | {":", "."}
    before = token.i == token.sent.start or doc[token.i - 1].text in edges
    after = token.i + 1 >= token.sent.end or doc[token.i + 1].text in edges
    return token.text[:1].isupper() and before and after


def sheet_players(ctx: ReadContext, sent: SpacySpan, rules: MentionRules) -> None:
    """The players of a team sheet, or the clubs of a list of clubs (:func:`_club_list`): one
    person (or club) per name between separators, after a heading
    ('Replacements: Gotting, McKenzie', 'Rowntree, Chuter, White, M Johnson (capt)'), whether
    the NER tagged them or not, or tagged several as one organisation ('Worsley, O'Connor'); a
    name goes on over one of name_particles before a capitalised word ('CA del Fava'). A state's
    or a region's name is a side, no player ('England (2), Samoa (7), France, Italy'); a name in
    brackets that hold no number is the player's club, an organisation ('Chris Paterson
    (Edinburgh Rugby)', 'R Russell (London Irish)')."""
    doc = ctx.doc
    clubs = _bracketed_words(doc, sent)
    names: list[SpacySpan] = []
    states = 0
    i = sent.start
    while i < sent.end:
        j = i
        while j < sent.end and doc[j].text not in _SHEET_SEPARATORS:
            j += 1
        colons = [k + 1 for k in range(i, j) if doc[k].is_punct and ":" in doc[k].text]
        start = max(colons, default=i)
        while start < j:  # "Tiago (Bridge 45)": the substitute too
            end = start  # after "Replacements (from):", a name: "McKenzie", "O'Connor", "M Johnson"
            while end < j and (doc[end].text[:1].isupper() or doc[end].text in ("'", "-") or (
                    end > start and doc[end].text in rules.name_particles and end + 1 < j
                    and doc[end + 1].text[:1].isupper())):
                end += 1
            name = doc[start:end].text  # "England (2), Samoa (7), France": a pool of sides
            if end > start and (ctx.gaz.state(name) or ctx.gaz.region(name)) is not None:
                states += 1
            elif end > start and not any(k in ctx.by_token for k in range(start, end)):
                names.append(doc[start:end])
            start = end + 1
        i = j + 1
    sides = _club_list(ctx, [span for span in names if span.start not in clubs], states=states)
    for span in names:
        if sides or span.start in clubs:  # "Chris Paterson (Edinburgh Rugby)": the player's club
            ctx.add(span.start, span.end, name=span.text, how="name", kind="Organization")
        else:
            ctx.add(span.start, span.end, name=span.text, how="name", kind="Person")
            ctx.person_names.update((normalise(span.text), normalise(span[-1].text)))


def _club_list(ctx: ReadContext, names: list[SpacySpan], *, states: int) -> bool:
    """Whether the names of a line are clubs, not players: at least club_list_min_names of
    them with the ``states`` the line names (national sides: 'AC Milan, Bayer Leverkusen,
    Internazionale, Juventus, Monaco'), and at least club_list_share of them sides or clubs by
    their own words — a name with one of club_words ('Real Madrid', 'AC Milan'), or a word and
    a known town's name that opens with no given name ('Bayern Munich', 'PSV Eindhoven'; not
    'Gary Hamilton'). A town's name alone is no evidence: substitutes share them ('Subs:
    Whitby, Dacosta, Buxton'); players' clubs in brackets ('T Shanklin (Cardiff)')
    are left out of ``names``."""
    rules = sheets_rules()
    if not names or len(names) + states < rules.club_list_min_names:
        return False
    cities = ctx.gaz.cities

    def club_like(span: SpacySpan) -> bool:
        words = span.text.split()
        if any(w.lower() in rules.club_words for w in words):
            return True  # a town's name alone is no evidence: players share them ('Vaughan')
        return (len(words) == 2 and len(words[0]) > 1 and words[0].isalpha()
                and words[0] not in rules.given_names and normalise(words[1]) in cities)

    clubs = states + sum(club_like(span) for span in names)
    return clubs >= rules.club_list_share * (len(names) + states)




def _bracketed_words(doc: Doc, sent: SpacySpan) -> set[int]:
    """The tokens of a sentence inside brackets that hold no number: on a team sheet, the club
    after a player's name ('Gordon Bulloch (captain, Glasgow Rugby)'), not a substitute and the
    minute he came on ('Tiago (Bridge 45)')."""
    inside: set[int] = set()
    opened: int | None = None
    for token in sent:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            if not any(t.like_num for t in doc[opened + 1:token.i]):
                inside.update(range(opened + 1, token.i))
            opened = None
    return inside
