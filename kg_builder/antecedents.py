"""Whom a pronoun refers to within one article, and who holds an office the article names
(read by :mod:`.resolve`, which sequences resolution).

- "he", "she": :func:`antecedent` (see :mod:`.resolve` for the rules, in order);
- "it", "they": :func:`it_antecedent`, :func:`they_antecedent`;
- what a speaker named after it reports (``Mention.reported_from``): :func:`reported_mentions`;
- "the home secretary" after "Home Secretary Charles Clarke": :func:`title_holder`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from .gender import is_generic, pronoun_sex
from .model import PLACE_KINDS, Entity, Mention
from .resources import read_lines

__all__ = ["ResolveState", "antecedent", "holds", "it_antecedent", "reported_mentions",
           "they_antecedent", "title_holder"]

_PRONOUN_WINDOW = 3  # sentences


@dataclass(slots=True)
class ResolveState:
    """What resolution of one article has found so far (filled by :func:`.resolve.resolve`)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    mention_key: dict[int, str] = field(default_factory=dict)
    #: sentence → its mentions, in list order (pronouns look only a few sentences back)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    #: the named people, in list order, and whether their starts ascend (set before pronouns)
    named_people: list[Mention] = field(default_factory=list)
    named_starts: list[int] | None = None
    #: person key → 'm' or 'f' where the article tells (set before pronouns; see gender.py)
    sexes: dict[str, str] = field(default_factory=dict)
    #: the article's text (pronouns of both sexes side by side are generic: "she/he")
    text: str = ""
    #: the mentions inside what a speaker named after it reports ("Mr Blair has failed, he
    #: claimed": Mr Blair), no speaker of their sentence (set before pronouns)
    reported: set[int] = field(default_factory=set)
    #: the article's ISO day, when it has a date (offices and capitals by date: eras.py)
    day: str | None = None


def _last_person_before(p: Mention, st: ResolveState, *, before: int) -> Mention | None:
    """The last named person (in list order) that starts before offset ``before`` (``p``'s
    start, or where what it reports begins) and fits ``p``'s sex, not one inside what a speaker
    reports ("Mr Blair has failed, he claimed. … This is his record, he said": not Mr Blair)
    unless ``p`` is itself quoted ('"We hope Jonny will be ready," said Andrew. "His …"')."""
    if st.named_starts is not None:  # in text order: a binary search
        n = bisect_left(st.named_starts, before)
        return next((m for m in reversed(st.named_people[:n])
                     if _fits(p, m, st) and (p.quoted or m.id not in st.reported)), None)
    found = [m for m in st.named_people if m.span.begin < before and _fits(p, m, st)
             and (p.quoted or m.id not in st.reported)]
    return found[-1] if found else None


def _fits(p: Mention, m: Mention, st: ResolveState) -> bool:
    """Whether ``m`` can be what the pronoun ``p`` refers to: not a name that only modifies a
    noun ('in the Attlee government, he became chancellor': not Attlee); by sex, 'she' is no man,
    'he' no woman, and a person of unknown sex fits both."""
    if m.role == "modifier":
        return False
    wanted = pronoun_sex(p.name)
    sex = st.sexes.get(st.mention_key.get(m.id, ""))
    return wanted is None or sex is None or sex == wanted


def reported_mentions(mentions: list[Mention], st: ResolveState) -> set[int]:
    """The ids of the mentions inside what a speaker named after it reports."""
    inside: set[int] = set()
    for speaker in mentions:
        if speaker.reported_from is None:
            continue
        first, begin = speaker.reported_from
        inside.update(m.id for sentence in range(first, speaker.sentence + 1)
                      for m in st.by_sentence.get(sentence, ())
                      if begin <= m.span.begin < speaker.span.begin)
    return inside


def _holder(m: Mention, st: ResolveState) -> bool:
    """Whether ``m`` is an office whose holder the article named with it before ('Chancellor
    Gordon Brown … The chancellor has said …', 'BBC correspondent Stephen Cape … Our
    correspondent said that he understood …'): that person, an antecedent. A holder guessed
    from the dictionary or named only after it is too unsure to lend to a pronoun."""
    key = st.mention_key.get(m.id)
    return m.how == "role" and key is not None and key == title_holder(
        m, st.named_people, st, before_only=True)


def antecedent(p: Mention, mentions: list[Mention], st: ResolveState) -> str | None:
    if st.text and is_generic(p.span.begin, p.span.end, st.text):
        return None  # "nor does she/he kill innocent people", "he or she": anyone
    # '"… what Mr Jackson did", he told BBC 1': the speaker is named before what it reports
    first, before = p.reported_from or (p.sentence, p.span.begin)
    same = [m for m in st.by_sentence.get(p.sentence, ())
            if ((m.how == "name" and m.kind == "Person") or _holder(m, st))
            and m.id in st.mention_key and m.span.begin < before and _fits(p, m, st)]
    if p.is_subject and p.clause_subject is not None:
        # "Mr Blair has failed …, he claimed": not the subject of the clause it reports
        same = [m for m in same if m.id != p.clause_subject]
    if p.is_subject and same:
        subjects = [m for m in same if m.is_subject]
        return st.mention_key[(subjects or same)[-1].id]
    # An object pronoun does not refer to its own clause's subject ("Pompeo told him").
    others = [m for m in same if not m.is_subject]
    if not p.is_subject and p.clause_subject is not None:
        # the subject of another clause is a fine antecedent ("X accused Moscow of pressing him")
        others = [m for m in same if m.id != p.clause_subject]
    if not p.is_subject and others:
        return st.mention_key[others[-1].id]
    if p.role in ("owner", "subject owner") and same:
        # "Volcker is admired in Tokyo, despite his criticism of Japanese policies": a
        # possessive with no one else named before it is its own sentence's subject's
        subjects = [m for m in same if m.is_subject]
        return st.mention_key[(subjects or same)[-1].id]
    # "Pompeo met Lukashenko. Pompeo told him …": not whom its own clause's subject is
    mate = st.mention_key.get(p.clause_subject) if p.clause_subject is not None else None
    # a quotation opened sentences before: the sentence it opens in (before it), then those before
    start = first if first < p.sentence else p.sentence - 1
    for sentence in range(start, start - _PRONOUN_WINDOW, -1):
        earlier = [m for m in st.by_sentence.get(sentence, ())
                   if (m.kind == "Person" or _holder(m, st)) and m.id in st.mention_key
                   and st.mention_key[m.id] != mate and m.span.begin < before
                   and _fits(p, m, st)]
        if p.quoted:  # '"…," he told the court. "He's never told me …"': not the speaker
            earlier = [m for m in earlier if m.reported_from is None]
        # "Mr Straw's China trip is part of … He will meet …": with no subject named, the
        # subject's owner counts ("Mr Brown's Budget was …, the Tory leader said" is his); the
        # subject of what a speaker reports is no speaker ("Mr Blair has failed, he claimed"),
        # though a quotation may go on talking of it ('"We hope Jonny will be ready," said
        # Andrew. "His recovery …"')
        subjects = ([m for m in earlier
                     if m.is_subject and (p.quoted or m.id not in st.reported)]
                    or [m for m in earlier if m.role == "subject owner"])
        if subjects or ((mate or (p.quoted and sentence < p.sentence)) and earlier):
            return st.mention_key[(subjects or earlier)[0].id]
    last = _last_person_before(p, st, before=before)
    return st.mention_key[last.id] if last is not None else None


def it_antecedent(p: Mention, mentions: list[Mention], st: ResolveState, *,
                   not_kinds: frozenset[str] = frozenset({"Person", "Group", *PLACE_KINDS})) -> str | None:
    """'it'/'its': the nearest state or organisation that is a subject, in this sentence or the
    one before ("Switzerland said it had expelled …"); a legal action's owner is no court
    (:func:`_litigant`). With other ``not_kinds`` the same search serves 'they' (see
    :func:`_they_antecedent`)."""
    litigant = _litigant(p, st)
    for sentence in (p.sentence, p.sentence - 1):
        here = [m for m in st.by_sentence.get(sentence, ()) if m.id in st.mention_key]
        # the courts, and the names right before them ('U.S.' of 'the U.S. Court of Appeals')
        courts = [m for m in here if _court(st.entities[st.mention_key[m.id]])] if litigant else []
        candidates = [m for m in here if m.span.begin < p.span.begin and m.is_subject
                      and st.entities[st.mention_key[m.id]].kind not in not_kinds
                      and not any(0 <= c.span.begin - m.span.end <= 1 or c is m
                                  for c in courts)]
        if candidates:
            return st.mention_key[candidates[-1].id]
    return None


def _litigant(p: Mention, st: ResolveState) -> bool:
    """Whether the possessive ``p`` owns a legal action ('its lawsuit against Intel', 'its
    antitrust suit'): a noun of ``rules/litigation.txt`` among the two words after it."""
    return p.role in ("owner", "subject owner") and bool(
        set(re.findall(r"[a-z]+", st.text[p.span.end:p.span.end + 40].lower())[:2])
        & _litigation_nouns())


def _court(entity: Entity) -> bool:
    """Whether ``entity`` is a court by its name ('U.S. District Court'): it hears a legal
    action, it never brings one (``rules/court_words.txt``)."""
    return bool(set(entity.label.lower().split()) & _court_words())


@cache
def _litigation_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("litigation.txt"))


@cache
def _court_words() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("court_words.txt"))


def they_antecedent(p: Mention, mentions: list[Mention], st: ResolveState) -> str | None:
    """'they'/'their': the nearest subject before it that is not one person or a place, in this
    sentence or the one before ("Palestinian leaders said they would boycott …")."""
    return it_antecedent(p, mentions, st, not_kinds=frozenset({"Person", *PLACE_KINDS}))


def _office_qualifiers() -> frozenset[str]:
    """'shadow', 'former', 'deputy' … (``rules/office_qualifiers.txt``, shared with extract)."""
    return frozenset(w.lower() for w in read_lines("office_qualifiers.txt"))


def holds(position: str, office: re.Pattern[str]) -> bool:
    """Whether ``position`` is that office ('Shadow Chancellor' is not 'chancellor')."""
    found = office.search(position.lower())
    if found is None:
        return False
    before = position[:found.start()].lower().split()
    return not before or before[-1].strip("-") not in _office_qualifiers()


def title_holder(m: Mention, mentions: list[Mention], st: ResolveState, *,
                  before_only: bool = False) -> str | None:
    """'Home Secretary Charles Clarke … the home secretary said': the person named with that
    title in this article — the last one before the role, else (unless ``before_only``) the
    first after it. The whole phrase ('Tory leader') is tried before the title alone
    ('leader')."""
    name, title = m.name.lower(), (m.title or "").lower()
    # "the Tory leader" is not the Leader of the Commons: a qualified office must match whole
    for wanted in (name,) if name != title and not name.endswith(f"'s {title}") else (title,):
        pattern = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
        holders = [(other.span.begin, st.mention_key[other.id]) for other in mentions
                   if other.kind == "Person" and other.how == "name" and other.id in st.mention_key
                   and any(holds(p, pattern)
                           for p in st.entities[st.mention_key[other.id]].positions)]
        if holders:
            before = [key for begin, key in holders if begin < m.span.begin]
            return before[-1] if before else None if before_only else holders[0][1]
    return None
