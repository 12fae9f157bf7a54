"""One node per company (issue 16): the legal form belongs to the name, is left out of the key,
and "Toshiba" after "Toshiba Corp" is that company. Sentences from the development
part of Reuters-21578 and made-up ones of the same shape."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _orgs(read_text, text: str) -> set[tuple[str, str, str, tuple[str, ...]]]:
    ex = read_text(text)
    return {(e.key, e.kind, e.label, tuple(sorted(e.aliases))) for e in ex.entities
            if e.key.startswith("org/")}


@pytest.mark.parametrize(("text", "expected"), [
    # the NER tagged "Toshiba" only: "Corp" is part of the name and makes it a company
    ("A senior Toshiba Corp executive said on Monday that Toshiba would appeal against the ruling.",
     {("org/toshiba", "Company", "Toshiba Corp", ("Toshiba",))}),
    ("Canadian Pacific Ltd's principal aim is growth. Canadian Pacific said it would sell assets.",
     {("org/canadian-pacific", "Company", "Canadian Pacific Ltd", ("Canadian Pacific",))}),
    # a short name is not merged with a longer one on its first words alone: Barclays is not
    # Barclays Capital, and Hollinger Inc was not Hollinger International (though it is a
    # company too: the first word of a company's name alone is one)
    ("Hollinger International Inc said Hollinger would sue Conrad Black.",
     {("org/hollinger-international", "Company", "Hollinger International Inc", ()),
      ("org/hollinger", "Company", "Hollinger", ())}),
])
def test_a_company_is_one_node(read_text, text, expected):
    assert _orgs(read_text, text) == expected


def test_the_key_leaves_the_legal_form_out():
    from kg_builder.resolve import _without_legal_form

    assert _without_legal_form("Toshiba Corp") == "Toshiba"
    assert _without_legal_form("Trans-Island Bus Service Pte Ltd") == "Trans-Island Bus Service"
    assert _without_legal_form("Co") == "Co"  # nothing but a legal form: kept
