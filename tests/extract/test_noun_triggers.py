"""Noun triggers under light verbs, and stopped cooperation (constructions/noun_triggers.py)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Union imposed new sanctions on Iran.", {("European Union", "Sanction", "Iran")}),
    # a stopped cooperative act is a reduction of relations
    ("Norway halted development aid to Uganda.", {("Norway", "Sanction", "Uganda")}),
    # the light verb's indirect object; "N dollars of aid" stands for the aid
    ("Sweden gave Ukraine military aid last year.", {("Sweden", "Aid", "Ukraine")}),
    ("Japan gave Kenya 50 million dollars of aid for new roads.", {("Japan", "Aid", "Kenya")}),
])
def test_noun_triggers(read_with, text, expected):
    assert read_with(text, "noun_triggers") == expected
