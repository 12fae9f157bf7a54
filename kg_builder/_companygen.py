"""Write ``kg_builder/rules/companies.jsonl``: listed companies, so that a name the NER found is
typed Company when it is one ("Nokia", "BT", "Tesco" were generic organisations, cities or
people in the blind entity audits).

Source: the index constituents of the ``pytickersymbols`` package (MIT; AEX, BEL 20, CAC 40,
DAX, Dow Jones, Euro Stoxx 50, FTSE 100, IBEX 35, Nasdaq 100, Nikkei 225, OMX Helsinki 25 and
Stockholm 30, S&P 100/500/600, SMI …; ~1,800 companies). A maintainer's tool, run by hand
(``make companies``, which installs the ``companies`` extra) when the source is upgraded; the
build reads only the JSONL it writes.

Each company keeps its listed name and the forms news writes: without "The", without its legal
form or "Group"/"Holdings" ("BT Group" → "BT", "Nestlé SA" → "Nestlé" and "Nestle"), with "and"
for "&"; not a possessive form ("Sainsbury's", "Campbell's": the surname without "'s" is the key
of too many people). The source's countries are not kept (some are wrong).

Distinctive forms ("ABN AMRO", "GlaxoSmithKline", "BT") go to ``aliases``, read whatever the
NER's tag (as written: "CTS" is not "cts"). A form that is one plain capitalised word ("Tesco",
"Cisco") may be a word or a surname: it goes to ``name_aliases``, which the build reads where the
NER tagged no person (and, for a town's name such as "Nokia", only where it tagged an
organisation); a common English word (wordfreq, Apache-2.0, Zipf ≥ 4.3: "Next", "City",
"Target") or one of a few surnames and places (``_NOT_COMPANY_WORDS``) is left out. So are forms
that name a state, a region, a known organisation (``organizations.jsonl`` comes first) or a
known person, and given names.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from .gazetteer import gazetteer, normalise
from .resources import read_lines, rules_dir

__all__ = ["main"]

#: words after a company's name that news leaves out, besides rules/legal_forms.txt
_TAIL_WORDS = {"Group", "Holdings", "Holding", "Company", "Corporation", "Incorporated", "SA",
               "SE", "ASA", "AB", "A/S", "N.A.", "KGaA", "& Co.", "Co., Ltd.", "Inc", "Inc.",
               "plc", "PLC", "Plc", "Oyj", "AG", "NV", "N.V.", "Corp.", "Corp", "Ltd", "Ltd."}
_POSSESSIVE = re.compile(r"'s$")
#: a plain word as frequent as this in English (wordfreq's Zipf scale: "city" 5.6, "target" 4.8,
#: "progressive" 4.3) is an ordinary word first, whatever company bears it: left out
_COMMON_ZIPF = 4.3
#: plain words below that line that news uses mostly for something else: surnames, places, nouns
_NOT_COMPANY_WORDS = {"Admiral", "Berkeley", "Booking", "Brady", "Dover", "Employers", "Everest",
                      "Gates", "Hawkins", "Hayward", "Hub", "Interface", "Investor", "Knowles",
                      "Noble", "Phoenix", "Rational", "Recruit", "Rogers", "Sage", "Visa"}


def _plain_word(form: str) -> bool:
    """One capitalised word with nothing else in capitals: "Tesco", "Bolloré", "Domino's"."""
    word = _POSSESSIVE.sub("", form)
    return word.isalpha() and word[0].isupper() and (word[1:].islower() or len(word) == 1)


def _forms(name: str, tails: set[str]) -> list[str]:
    """The listed name and the shorter forms news uses for it."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()  # "Park National Bank (Ohio)"
    forms = [name]
    short = name.removeprefix("The ").strip()
    changed = True
    while changed:
        changed = False
        for tail in sorted(tails, key=len, reverse=True):
            for sep in (" ", ", "):
                if short.endswith(sep + tail):
                    short = short[: -len(sep + tail)].strip(" ,")
                    changed = True
    forms.append(short)
    for f in list(forms):
        folded = unicodedata.normalize("NFKD", f).encode("ascii", "ignore").decode()
        forms.append(folded)
        if "&" in f:
            forms.append(re.sub(r"\s*&\s*", " and ", f))
    seen: list[str] = []
    for f in forms:
        if len(f) >= 2 and not f.isdigit() and f not in seen:
            seen.append(f)
    return seen


def main(out: Path) -> int:
    """Write the list to ``out``; the number of companies written."""
    # the source and the word frequencies are needed here only (the "companies" extra)
    from pytickersymbols import PyTickerSymbols
    from wordfreq import zipf_frequency

    gaz = gazetteer()
    given = {n.lower() for n in read_lines("given_names.txt")}
    tails = _TAIL_WORDS | set(read_lines("legal_forms.txt"))
    taken: set[str] = set()
    records: list[dict[str, object]] = []
    for stock in sorted(PyTickerSymbols().get_all_stocks(), key=lambda s: s["name"]):
        aliases: list[str] = []
        name_aliases: list[str] = []
        for form in _forms(stock["name"], tails):
            key = normalise(form)
            common = _plain_word(form) and zipf_frequency(form.lower(), "en") >= (
                _COMMON_ZIPF)
            if (not key or key in taken or _POSSESSIVE.search(form) or key in gaz.state_names
                    or key in gaz.orgs or key in gaz.regions or key in gaz.people or key in given
                    or form in tails or form in _NOT_COMPANY_WORDS or common):
                continue
            taken.add(key)
            # a town's name too ("Nokia", a Finnish town): only where the NER saw an organisation
            ambiguous = _plain_word(form) or key in gaz.cities
            (name_aliases if ambiguous else aliases).append(form)
        if not aliases and not name_aliases:
            continue
        record: dict[str, object] = {"name": stock["name"], "kind": "Company"}
        if aliases:
            record["aliases"] = aliases
        if name_aliases:
            record["name_aliases"] = name_aliases
        records.append(record)
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else rules_dir() / "companies.jsonl"
    sys.stderr.write(f"wrote {main(target)} companies to {target}\n")
