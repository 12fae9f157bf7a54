"""Whom 'he' is after what he reports, and which office a pronoun may refer to
(kg_builder/extract/reports.py, resolve.py; issue 15, the wrong person after 'he'). Sentences
invented after development articles (bbc-politics-110, bbc-politics-271, bbc-politics-294,
bbc-business-100)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _pronoun_keys(extraction, name: str) -> list[str]:
    return [m.entity_key for m in extraction.mentions if m.how == "pronoun" and m.name == name]


@pytest.mark.parametrize(("text", "pronoun", "keys"), [
    # no one named in what the speaker reports is the speaker: the clause put first …
    ("Michael Howard spoke on Monday. \"We can win. We will win. We must win.\" Mr Blair has "
     "failed to tackle these problems, he claimed.", "he", ["person/michael-howard"]),
    # … anyone in it, not only its subject …
    ("Michael Howard spoke on Monday. This is the record Mr Blair will have to defend, he said.",
     "he", ["person/michael-howard"]),
    ("Michael Howard shrugged off the defection. \"The election is not going to be decided by "
     "what Mr Jackson did,\" he told the BBC.", "he", ["person/michael-howard"]),
    # … and a quotation opened sentences before
    ("Michael Howard spoke on Monday. \"Mr Blair has lost his way. Britain can do better,\" he "
     "added.", "he", ["person/michael-howard"]),
    # … while a pronoun quoted after it talks of someone else than the speaker (after
    # bbc-business-100)
    ("Bernie Ebbers took the stand on Monday. \"I was never advised by Scott Sullivan of "
     "anything being wrong,\" he told the court. \"He never told me he made a wrong entry.\"",
     "he", ["person/bernie-ebbers", "person/scott-sullivan"]),
    # the subject of what a speaker reported is no speaker of that sentence
    ("Tony Blair has failed to tackle the problems facing Britain, Michael Howard has said. "
     "\"Britain is heading in the wrong direction,\" the Conservative leader said in his message.",
     "his", ["person/michael-howard"]),
    # an office whose holder the article named with it before is that person
    ("BBC correspondent Stephen Cape said the unions were strong. John Prescott held a meeting "
     "with union leaders on Thursday. Our correspondent said that he understood no deal had been "
     "offered.", "he", ["person/stephen-cape"]),
])
def test_speaker_pronoun(read_text, text, pronoun, keys):
    assert _pronoun_keys(read_text(text), pronoun) == keys


@pytest.mark.parametrize(("text", "expected"), [
    # the criticism the speaker's clause carries is the speaker's, no longer lost as the
    # speaker's own (agent = target)
    ("Michael Howard spoke on Monday. \"We can win. We will win. We must win.\" Mr Blair has "
     "failed to tackle these problems, he claimed.",
     {("Michael Howard", "Criticism", "Tony Blair")}),
])
def test_reported_criticism(read_with, text, expected):
    assert read_with(text, "fault") == expected
