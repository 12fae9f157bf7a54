"""'he' and 'she' find an antecedent of their own sex (kg_builder/gender.py, resolve.py; issue 15).

Written sentences, and one of a development article (reuters-8679). Evidence of sex is an
honorific or title before the name, or a first name of one sex; a person without evidence fits
either pronoun.
"""

from __future__ import annotations

import pytest

from kg_builder.gender import is_generic, pronoun_sex
from kg_builder.resources import read_lines

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # 'her' is Thatcher (a woman by her first name), not Kohl named nearer (reuters-8679)
        ("British Prime Minister Margaret Thatcher left the West German capital. Thatcher left Bonn "
         "early yesterday evening after talks with Chancellor Helmut Kohl ahead of her visit to Moscow "
         "next week.",
         ("Visit", "Margaret Thatcher", "Russia"), ("Visit", "Helmut Kohl", "Russia")),
        # 'She' is the woman of the sentence before (an honorific), 'him' the man
        ("Mrs Thatcher met Chancellor Kohl in Bonn. She later accused him of betrayal.",
         ("Accusation", "Margaret Thatcher", "Helmut Kohl"), None),
        # 'She' is no man named as the subject before her
        ("Mr Galloway met the hostage Margaret Hassan. She urged Care International to close its "
         "office in Baghdad.",
         ("Request", "Margaret Hassan", "Care International"),
         ("Request", "George Galloway", "Care International")),
        # 'He' is no woman, though she is the subject
        ("Mrs Hewitt met Mr Brown on Monday. He later accused Ofcom of lying.",
         ("Accusation", "Gordon Brown", "Ofcom"), ("Accusation", "Hewitt", "Ofcom")),
        # no evidence of sex (a first name of either sex, no honorific): still a fit for 'she'
        ("Dr Jordan Reeves met Helmut Kohl on Monday. She accused Ofcom of lying.",
         ("Accusation", "Jordan Reeves", "Ofcom"), None),
        # and for 'he'
        ("Dr Jordan Reeves met Mrs Hewitt on Monday. He accused Ofcom of lying.",
         ("Accusation", "Jordan Reeves", "Ofcom"), ("Accusation", "Hewitt", "Ofcom")),
    ],
)
def test_pronoun_finds_antecedent_of_its_sex(read_triples, text, present, absent):
    pairs = read_triples(text)
    assert present in pairs, pairs
    if absent is not None:
        assert absent not in pairs, pairs


@pytest.mark.parametrize(
    "text",
    [
        # 'she/he', 'he or she' is anyone: no one named before (bbc-politics-290)
        "Mr Forsyth spoke on Monday. A true Muslim does not commit suicide, nor does she/he kill "
        "innocent women.",
        "Mr Forsyth spoke on Monday. He said he or she would never kill innocent women.",
    ],
)
def test_pronouns_of_both_sexes_together_are_anyone(read_triples, text):
    assert not {p for p in read_triples(text) if p[0] == "Killing"}


@pytest.mark.parametrize(
    ("text", "word", "generic"),
    [("nor does she/he kill", "she", True), ("nor does she/he kill", "he", True),
     ("if he or she wants", "he", True), ("if he or she wants", "she", True),
     ("ask him/her", "her", True), ("he said she would", "she", False),
     ("he or his aides", "he", False), ("she or he", "she", True)],
)
def test_is_generic(text, word, generic):
    begin = next(i for i in range(len(text)) if text.startswith(word, i)
                 and (i == 0 or not text[i - 1].isalpha())
                 and not text[i + len(word):i + len(word) + 1].isalpha())
    assert is_generic(begin, begin + len(word), text) is generic


@pytest.mark.parametrize(("word", "sex"), [("she", "f"), ("Her", "f"), ("him", "m"), ("it", None),
                                           ("mrs", None)])
def test_pronoun_sex(word, sex):
    assert pronoun_sex(word) == sex


@pytest.mark.parametrize("name", ["gender_words.tsv", "given_name_genders.tsv"])
def test_gender_files_are_well_formed(name):
    rows = [line.split("\t") for line in read_lines(name)]
    assert rows and all(row[1] in ("m", "f") for row in rows)
    assert len({row[0] for row in rows}) == len(rows), "a word listed twice"
    if name == "gender_words.tsv":
        assert all(len(row) == 3 and row[2] in ("pronoun", "title") and row[0] == row[0].lower()
                   for row in rows)
    else:
        assert all(len(row) == 2 and row[0][:1].isupper() for row in rows)
