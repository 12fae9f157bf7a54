"""Write ``kg_builder/rules/given_names_world.txt``: given names of many countries, so that a
person's full name the NER tagged as an organisation or a place is read as a person's by its
shape ('Dakota Fanning', 'Yetunde Price', 'Imanol Harinordoquy' were organisations on
development news; issue 16).

Source: the person providers of the ``Faker`` package (MIT; its first-name lists of ~80 locales,
compiled from national name statistics: ``faker/providers/person/<locale>/__init__.py``). A
maintainer's tool, run by hand (``make given-names``, which installs the ``given-names`` extra)
when the source is upgraded; the build reads only the files it writes.

Kept: names in the Latin script (Latin-1 and Latin Extended-A letters, a hyphen or an
apostrophe), of three letters or more, title-cased ('CHIA-HAO' of the romanised Taiwanese list is
'Chia-Hao'), with their form without accents ('Sébastien' and 'Sebastien'). Not left out: names
that are common words or places ('Dusty', 'Milan', 'Chelsea'): the reader
(:mod:`kg_builder.extract.full_names`) asks more of a name opening with one of those, and the
hand-compiled ``given_names.txt`` stays the list every other reader uses.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

from .resources import rules_dir

__all__ = ["main"]

_FIRST_NAME_LISTS = ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary", "first_romanized_names",
                     "first_romanized_names_male", "first_romanized_names_female")
_HEADER = """# Given names of many countries, one per line; # starts a comment.
# WRITTEN BY `make given-names` (kg_builder/_givennamegen.py) from the person providers of
# the Faker package ({version}, MIT): its first-name lists of every locale, Latin script only,
# title-cased, with forms without accents.
# Do not edit by hand. Read by kg_builder/extract/full_names.py only (issue 16): a name the NER
# tagged as an organisation or a place that opens with one of these is a person's full name where
# the rest of it is a surname; names that are also common words or places ask more (see there).
"""


def _latin(name: str) -> bool:
    return len(name) >= 3 and name[:1].isalpha() and all(
        (c.isalpha() and ord(c) < 0x250) or c in "-'" for c in name)


def _title(name: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() if part.isupper() else part
                    for part in name.split("-"))


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        return []  # a property of the provider class, no list
    return [v for v in value if isinstance(v, str)]


def main(rules: Path) -> int:
    """Write the list into ``rules``; the number of given names written."""
    # the source is needed here only (the "given-names" extra)
    import faker
    import faker.providers.person as person

    given: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"),
                           "Provider", None)
        if provider is None:
            continue
        for attr in _FIRST_NAME_LISTS:
            for name in _strings(getattr(provider, attr, None)):
                name = _title(name.strip())
                if _latin(name):
                    given.update((name, _plain(name)))
    version = getattr(faker, "VERSION", "?")
    (rules / "given_names_world.txt").write_text(
        _HEADER.format(version=version) + "".join(f"{n}\n" for n in sorted(given)),
        encoding="utf-8")
    return len(given)


if __name__ == "__main__":
    written = main(rules_dir())
    sys.stdout.write(f"{written} given names written\n")
