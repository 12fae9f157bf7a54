"""A bare surname joins the article's own full name, not the dictionary's namesake (resolve.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # development articles (Reuters, 1987): West Germany's finance minister, not the
    # dictionary's Jens Stoltenberg, whose surname alone is in the actor dictionary
    ("West German Finance Minister Gerhard Stoltenberg met James Baker on Monday. Stoltenberg "
     "said monetary cooperation would continue.", "Gerhard Stoltenberg", "Jens Stoltenberg"),
    # the dictionary still names a bare surname the article gives no other full name for
    ("Stoltenberg said NATO would respond.", "Jens Stoltenberg", "Gerhard Stoltenberg"),
])
def test_a_surname_is_the_full_name_of_its_article(read_text, text, expected, absent):
    labels = {e.label for e in read_text(text).entities if e.kind == "Person"}
    assert expected in labels and absent not in labels


def test_the_dictionary_person_named_in_full_keeps_the_bare_surname(read_text):
    """Development article (bbc-politics-379): Sir Ian Blair is someone else, and 'Mr Blair' is
    still the Tony Blair the article names."""
    text = ("Sir Ian Blair said the threat was real. The comments come after Tony Blair defended "
            "the plans. But Mr Blair insisted the plans were needed.")
    people = {e.label: e for e in read_text(text).entities if e.kind == "Person"}
    assert "Ian Blair" in people and "Tony Blair" in people
    assert "Blair" in people["Tony Blair"].aliases
    assert "Blair" not in people["Ian Blair"].aliases
