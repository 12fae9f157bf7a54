"""Companies named with their homes (issue 16, entities34): a legal form, 'of' and a place the
gazetteers know ('Hyundai Motor Co of South Korea', 'Mitsui and Co Ltd of Japan') is a company's
name, not the generic organisation's (in a development sample of Reuters, seed 3441, these were
typed Organization). Names from development articles (reuters-13063, not held out nor in any
audit sheet) or written in the wire's style ('written')."""

from __future__ import annotations

import pytest

from kg_builder.extract.entities import org_kind


@pytest.mark.parametrize(("words", "kind"), [
    ("Hyundai Motor Co of South Korea", "Company"),  # reuters-13063
    ("Mitsui and Co Ltd of Japan", "Company"),  # written
    ("Aluminum Co of America", "Company"),  # written
    ("Kestrel Trust Co of New York", "Company"),  # written: a town
    ("Chartwell Management Corp of Texas", "Company"),  # written: a region
    # near misses: no legal form before 'of', no place after it, no name before the form
    ("Bank of Japan", "GovernmentBody"),
    ("Group of Seven", "IntergovernmentalOrganization"),
    ("Corporation of London", None),
    ("Kestrel Corp of Investors", None),
    ("Ministry of Trade and Industry", "GovernmentBody"),
])
def test_kind_from_words(words, kind):
    assert org_kind(words.split()) == kind


@pytest.mark.slow
@pytest.mark.parametrize(("text", "present"), [
    # reuters-13063
    ("Hyundai Motor America, a unit of Hyundai Motor Co of South Korea, said domestic car sales "
     "during the month of March rose to 19,502.", ("Hyundai Motor Co of South Korea", "Company")),
    # written
    ("Mitsui and Co Ltd of Japan said it will buy a 20 pct stake in the venture.",
     ("Mitsui and Co Ltd of Japan", "Company")),
])
def test_companies_named_with_homes(read_entities, text, present):
    assert present in set(read_entities(text))
