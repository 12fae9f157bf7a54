"""Mention ids follow the text, whichever construction needed a mention first."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TEXT = ("Critics accused Poland of ignoring the court. Officials said Germany must act. "
        "He refused to meet them.")


@pytest.mark.parametrize("names", [
    ("verb_triggers", "demand", "refusal"),
    ("demand",),
    ("refusal", "verb_triggers"),
])
def test_mentions_are_numbered_in_text_order(nlp, names):
    from kg_builder.extract import read_doc
    from kg_builder.model import Article

    reading = read_doc(nlp(TEXT), Article(id="t", text=TEXT), constructions=names)
    spans = [(m.span.begin, m.span.end) for m in reading.mentions]
    assert spans == sorted(spans)
    assert [m.id for m in reading.mentions] == list(range(len(reading.mentions)))
    ids = {m.id for m in reading.mentions}
    for event in reading.events:  # every reference points at a mention of the reading
        for ref in (event.agent, event.target, event.place, event.reported_by):
            assert ref is None or int(ref[2:]) in ids


@pytest.mark.parametrize("found", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_in_text_order_renumbers_every_reference(found):
    """Whatever order the mentions were found in, the numbering and every reference follow
    the text."""
    from kg_builder.extract.context import in_text_order
    from kg_builder.model import Article, Event, Fact, Mention, Reading, Span

    text = "Poland accused Germany. He said so."
    words = [("Poland", 0, 6, "State"), ("Germany", 15, 22, "State"), ("He", 24, 26, "Person")]
    mentions = [Mention(id=n, span=Span(words[w][1], words[w][2], words[w][0]), name=words[w][0],
                        how="name", kind=words[w][3], sentence=0) for n, w in enumerate(found)]
    by_word = {w: n for n, w in enumerate(found)}
    sentence = Span(0, 23, text[:23])
    reading = Reading(
        article=Article(id="t", text=text), mentions=mentions,
        events=[Event(type="Accusation", agent=f"m:{by_word[0]}", target=f"m:{by_word[1]}",
                      evidence=sentence, trigger="accused", reported_by=f"m:{by_word[2]}")],
        facts=[Fact(subject=f"m:{by_word[2]}", relation="employedBy", object=f"m:{by_word[0]}",
                    evidence=sentence)],
        positions={by_word[2]: ["spokesman"]})
    out = in_text_order(reading)
    assert [m.name for m in out.mentions] == ["Poland", "Germany", "He"]
    assert [m.id for m in out.mentions] == [0, 1, 2]
    assert (out.events[0].agent, out.events[0].target, out.events[0].reported_by) == (
        "m:0", "m:1", "m:2")
    assert (out.facts[0].subject, out.facts[0].object) == ("m:2", "m:0")
    assert out.positions == {2: ["spokesman"]}
