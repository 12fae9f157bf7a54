"""'X refused to <act> … Y' rejects Y, unless the act is hostile (constructions/refusal.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey refused to allow American troops to use its bases.",
     {("Turkey", "Rejection", "United States")}),
    # refusing a hostile act rejects nobody
    ("The army refused to attack the protesters.", set()),
    # refusing to speak about something rejects nobody (it was Norway -> Sweden)
    ("Norway declined to comment on the Swedish proposal.", set()),
    ("The minister refused to say whether Britain would sign the treaty.", set()),
    # … nor does declining to be drawn on reports (development sentence; it was a Rejection
    # of Barclays)
    ("Speaking on BBC Radio 4, Mr Varley declined to be drawn on reports that Barclays had held "
     "merger talks with US bank Wells Fargo.", set()),
])
def test_refusal(read_with, text, expected):
    assert read_with(text, "refusal") == expected


def test_refusal_claims_its_verb(nlp):
    """'refused to …' is read by the refusal construction; the bare trigger 'refuse'
    (Rejection) is then not read a second time."""
    from kg_builder.extract import read_doc
    from kg_builder.model import Article

    text = "Turkey refused to allow American troops to use its bases."
    doc = nlp(text)

    def rejections(*names: str) -> int:
        reading = read_doc(doc, Article(id="t", text=text), constructions=names)
        return sum(e.type == "Rejection" for e in reading.events)

    assert rejections("refusal") == 1
    assert rejections("verb_triggers") == 1
    assert rejections("refusal", "verb_triggers") == 1
