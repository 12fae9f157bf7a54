"""Known organisations' short names that are also words ('Labour', 'Unison', 'Sky') where the NER
missed them: a name in mid-sentence, at a sentence's start only as a verb's subject
(kg_builder/word_names.py, rules/word_names.json)."""

from __future__ import annotations

import pytest

LABOUR = ("Labour Party (United Kingdom)", "PoliticalParty")
TORIES = "Conservative Party (United Kingdom)"


@pytest.mark.slow
@pytest.mark.parametrize("text, present", [
    # the NER tagged "Conservatives" and left "Labour" out: no party, no event (bbc politics)
    ("The Conservatives accused Labour of lying.", {LABOUR}),
    # a sentence's subject (BBC politics, development)
    ("Labour sees nuisance behaviour as a key election issue but critics claim the record is "
     "at best patchy.", {LABOUR}),
])
def test_short_name_read_as_the_organisation(assert_read, text, present) -> None:
    assert_read(text, present, set())


@pytest.mark.slow
def test_accusation_of_a_party_the_ner_missed(event_triples) -> None:
    assert event_triples("The Conservatives accused Labour of lying.") == {
        (TORIES, "Accusation", "Labour Party (United Kingdom)")}


@pytest.mark.slow
@pytest.mark.parametrize("text, absent", [
    # the word, not the party: a sentence's first word that is no subject
    ("Labour costs rose 3 percent in the quarter, the ministry said.", {LABOUR}),
    # the first word of a longer name the NER missed is not the party
    ("A spokesman for the independent Labour Relations Board said it would rule.", {LABOUR}),
])
def test_word_not_a_name(assert_read, text, absent) -> None:
    assert_read(text, set(), absent)


def test_rules_read_the_known_forms() -> None:
    from kg_builder.word_names import word_name_rules

    rules = word_name_rules()
    assert ("Labour",) in rules.forms and ("New", "Labour") in rules.forms
    assert rules.forms.index(("New", "Labour")) < rules.forms.index(("Labour",))  # longest first
