"""Evidence in an article against reading a surname alone as the actor dictionary's person of
that surname (issue 16: never merge two people who share only a surname without evidence).

The evidence is the words right around the name (``rules/surname_evidence.json``):

- a peer's title before it ('Lord Ashcroft') unless the dictionary marks its person a peer
  ('Lord Falconer' is Charles Falconer; ``people.jsonl`` ``"peer": true``);
- a knight's or dame's title before it ('Sir Cameron' of Sir Cameron Mackintosh): a given name,
  as a knighthood is written, no surname;
- an honorific of the other sex than the dictionary person's given name ('Ms Abbott' is not
  Tony Abbott; ``gender.py``);
- a word for a relative before the dictionary person's surname ('his wife Sharon'): a given
  name, no surname (not where the dictionary knows the person by that given name: 'his son
  William');
- words after it that make it part of a company's name ('Alex. Brown and Sons Inc'), or a legal
  form ('Brown Inc'; ``legal_forms.txt``).

Read by :mod:`kg_builder.resolve` on each person named by one word the dictionary knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .gazetteer import KnownPerson, normalise
from .gender import given_name_sex, title_sex
from .model import Mention
from .resources import read_keyed_json, read_lines

__all__ = ["RULES_FILE", "SurnameEvidenceRules", "evidence_against", "surname_evidence_rules"]

RULES_FILE = "surname_evidence.json"
_KEYS = frozenset({"peer_titles", "knight_titles", "kin_words", "company_tails"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SurnameEvidenceRules:
    """``rules/surname_evidence.json``: see its ``_comment``."""

    peer_titles: frozenset[str]
    knight_titles: frozenset[str]
    kin_words: frozenset[str]
    company_tails: tuple[str, ...]
    #: legal forms as written ('Inc', 'Corp'; ``rules/legal_forms.txt``): 'Limited', not 'limited'
    legal_forms: tuple[str, ...]


@cache
def surname_evidence_rules() -> SurnameEvidenceRules:
    """The rules of ``rules/surname_evidence.json`` (and the legal forms of
    ``rules/legal_forms.txt``); a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys=_KEYS, reader="kg_builder/surname_evidence.py")
    return SurnameEvidenceRules(peer_titles=frozenset(data["peer_titles"]),
                                knight_titles=frozenset(data["knight_titles"]),
                                kin_words=frozenset(data["kin_words"]),
                                company_tails=tuple(data["company_tails"]),
                                legal_forms=tuple(read_lines("legal_forms.txt")))


def evidence_against(m: Mention, person: KnownPerson, *, text: str) -> str | None:
    """Why the article's words say the one-word name ``m`` is not the dictionary's ``person``
    ('peer', 'knight', 'sex', 'kin' or 'company'), or None where nothing says so."""
    rules = surname_evidence_rules()
    words = text[max(0, m.span.begin - 40):m.span.begin].split()
    before = words[-1].lower() if words else ""
    # "Ms.", "Mr.": an abbreviation's period; not "Lord." ending a sentence
    title = before.rstrip(".") if len(before) <= 4 else before
    if title in rules.peer_titles and not person.peer:
        return "peer"
    if title in rules.knight_titles:
        return "knight"
    own, given = title_sex(title), given_name_sex(person.name.split()[0])
    if own is not None and given is not None and own != given:
        return "sex"
    if before.rstrip(",") in rules.kin_words and normalise(m.name) == normalise(
            person.name.split()[-1]):
        return "kin"  # 'his wife Sharon'; not 'his son William', the dictionary's given name
    after = " ".join(text[m.span.end:m.span.end + 40].split())
    if any(_opens(after.lower(), tail) for tail in rules.company_tails) or any(
            _opens(after, form) for form in rules.legal_forms):
        return "company"
    return None


def _opens(after: str, words: str) -> bool:
    """Whether ``after`` opens with ``words`` as whole words ('and Sons Inc' with 'and Sons',
    not 'and co-workers' with 'and co')."""
    return after == words or (after.startswith(words) and not after[len(words)].isalnum()
                              and after[len(words)] != "-")
