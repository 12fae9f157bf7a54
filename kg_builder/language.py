"""Is a text English? The decision ``kg build`` makes before an article is parsed.

English news comes in many shapes — headlines, datelines, results tables, lists of names, all
capitals — and the check must accept all of them while refusing other languages, including
scripts written without spaces. It has two parts, both set in ``rules/language.json``:

1. **Script.** English is written in Latin letters: a text most of whose letters belong to
   another script (Han, Cyrillic, Arabic, Devanagari …) is refused whatever its length.
2. **Language.** CLD2 (Google's Compact Language Detector 2, through ``pycld2``: character
   n-grams, all major languages, offline, a few milliseconds per article) reads the text with
   English as its prior, so that names, figures and abbreviations — which belong to no language
   — do not outvote the English around them. The text is refused when CLD2 reads it as another
   language and English makes up less than ``min_english_percent`` of it.

A text without letters (a table of figures) is accepted: there is no language in it to refuse.

>>> why_not_english("Shr 45 cts vs 58 cts\\n\\nNet 1.1 mln vs 829,000") is None
True
>>> why_not_english("北京市政府宣布新措施")[:26]
'does not look like English'
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .resources import read_keyed_json

__all__ = ["LanguageRules", "Reading", "language_rules", "read_language", "why_not_english"]

RULES_FILE = "language.json"

_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
#: the ASCII letters as bytes, deleted by ``bytes.translate`` to count them (UTF-8 writes every
#: other character, and a surrogate with "surrogatepass", with bytes >= 0x80 only)
_ASCII_LETTER_BYTES = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))
# What CLD2 refuses as "invalid UTF-8": control characters other than tab, newline, form feed
# and carriage return, surrogates, and the non-characters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF).
_UNREADABLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef"
    + "".join(chr((plane << 16) | 0xFFFE) + chr((plane << 16) | 0xFFFF) for plane in range(17))
    + "]"
)
#: :data:`_UNREADABLE` for a text of ASCII characters only: its controls, each to a space
_ASCII_UNREADABLE = str.maketrans(
    dict.fromkeys([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F], " "))


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageRules:
    """The thresholds of the decision (``rules/language.json``)."""

    hint: str
    min_latin_share: float
    min_english_percent: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """What the check saw: the letters by script and CLD2's reading of the text.

    ``languages`` holds CLD2's languages, most of the text first, as (name, code, percent).
    """

    letters: int
    latin_letters: int
    main_script: str | None
    languages: tuple[tuple[str, str, int], ...]

    @property
    def latin_share(self) -> float:
        return self.latin_letters / self.letters if self.letters else 1.0

    @property
    def english_percent(self) -> int:
        return sum(percent for _, code, percent in self.languages if code == "en")


@cache
def language_rules() -> LanguageRules:
    """The rules of ``rules/language.json``; a missing or unknown key names the file."""
    data = read_keyed_json(RULES_FILE, keys={"hint", "min_latin_share", "min_english_percent"},
                           reader="kg_builder/language.py")
    return LanguageRules(hint=str(data["hint"]), min_latin_share=float(data["min_latin_share"]),
                         min_english_percent=int(data["min_english_percent"]))


def _script(char: str) -> str:
    """The script of a letter: the first word of its Unicode name (LATIN, CYRILLIC …; CJK → HAN)."""
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "HAN" if script == "CJK" else script


def read_language(text: str, *, rules: LanguageRules | None = None) -> Reading:
    """Count the letters of ``text`` by script and let CLD2 read it."""
    import pycld2

    rules = rules or language_rules()
    ascii_only = text.isascii()  # most English news: no letter of another script to look up
    encoded = text.encode("utf-8", "surrogatepass")
    ascii_letters = len(encoded) - len(encoded.translate(None, _ASCII_LETTER_BYTES))
    scripts = Counter(() if ascii_only else (_script(c) for c in _NON_ASCII_LETTER.findall(text)))
    letters = ascii_letters + scripts.total()
    latin = ascii_letters + scripts.pop("LATIN", 0)
    main = scripts.most_common(1)[0][0] if scripts else None
    languages: tuple[tuple[str, str, int], ...] = ()
    if letters:
        clean = text.translate(_ASCII_UNREADABLE) if ascii_only else _UNREADABLE.sub(" ", text)
        _, _, details = pycld2.detect(clean, isPlainText=True, bestEffort=True,
                                      hintLanguage=rules.hint)
        languages = tuple((name, code, percent) for name, code, percent, _ in details
                          if code != "un")
    return Reading(letters=letters, latin_letters=latin, main_script=main, languages=languages)


def why_not_english(text: str, *, rules: LanguageRules | None = None) -> str | None:
    """Why ``text`` is not English, or ``None`` if it is (or holds no letters to judge)."""
    rules = rules or language_rules()
    reading = read_language(text, rules=rules)
    if reading.letters == 0:
        return None
    if reading.latin_share < rules.min_latin_share:
        return (
            f"does not look like English: {1 - reading.latin_share:.0%} of its letters are "
            f"{(reading.main_script or 'non-Latin').title()} script, not Latin; only English "
            "articles are supported (leave it out or give an English translation)"
        )
    if not reading.languages:
        return None
    name, code, percent = reading.languages[0]
    if code != "en" and reading.english_percent < rules.min_english_percent:
        return (
            f"does not look like English: it reads as {name.title()} ({percent}% of the text; "
            f"English {reading.english_percent}%, at least {rules.min_english_percent}% needed); "
            "only English articles are supported (leave it out or give an English translation)"
        )
    return None

