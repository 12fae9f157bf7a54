"""What a document says is its claim, not the narrator's statement (documents.told_in_document,
read by prospects.told_of): an act in the clause of a verb of saying whose subject is a book,
report, study, poll, film, memo, letter or dossier — also through a relative pronoun — and an
act a relative clause places inside a document ('in which') is reported, by the document's
author when the sentence names one; a speaker's words stay asserted, and so does the author's
own act read from its document."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TRIGGERS = ("demand", "mutual", "verb_triggers", "noun_triggers", "telling")


@pytest.mark.parametrize(("text", "expected"), [
    # a development sentence (reuters-10627; it was asserted)
    ("An Ankara Radio report monitored in London said Foreign Minister Vahit Halefolu had "
     "called on Greece to engage in dialogue over the dispute.",
     {("Vahit Halefolu", "Request", "Greece", "positive", "reported")}),
    # written after development sentences ('A new book says the prime minister went back on a
    # pledge to Mr Brown', bbc-politics-256; 'the report says', 'the survey found', 'a Toshiba
    # study found'; each was asserted)
    ("A new book says Tony Blair met Gordon Brown at a restaurant in Islington.",
     {("Tony Blair", "Meeting", "Gordon Brown", "positive", "reported")}),
    ("The report says Iran supplied the rebels with weapons.",
     {("Iran", "Supply", "rebels", "positive", "reported")}),
    ("The study found that Britain had supplied weapons to Iraq.",
     {("United Kingdom", "Supply", "Iraq", "positive", "reported")}),
    ("Iran attacked Iraq in 1986, the documentary says.",
     {("Iran", "Attack", "Iraq", "positive", "reported")}),
    # … a relative clause of the document: its relative pronoun says, or 'in which' places the
    # act inside it (written; each was asserted)
    ("Labour published a dossier, which says that Iraq supplied weapons to the rebels.",
     {("Iraq", "Supply", "rebels", "positive", "reported")}),
    ("The memoir, in which Mrs Thatcher accuses Michael Heseltine of betrayal, sold well.",
     {("Margaret Thatcher", "Accusation", "Michael Heseltine", "positive", "reported")}),
    # a state's own news agency tells of its act: a speaker, no document, and stated; so is
    # the author's own act read from its report (dev sheet c2 judged it right as stated), and
    # a report that is only written about ('The newspaper said …', a paper named only by its
    # noun, is reported since issue 15: tests/extract/test_unnamed_tellers.py)
    ("The Iranian news agency said Iran attacked Iraq.",
     {("Iran", "Attack", "Iraq", "positive", "asserted")}),
    ("The IMF report said monetary policy was relaxed too fast last year and it supported the "
     "Bank of Israel's raising of interest rates in the last month.",
     {("International Monetary Fund", "Support", "Bank of Israel", "positive", "asserted")}),
    ("The study, which Mr Blair criticised, was published on Monday.",
     set()),
])
def test_what_a_document_says_is_reported(read_with, text, expected):
    assert read_with(text, TRIGGERS, framing=True) == expected


@pytest.mark.parametrize(("text", "reporter"), [
    # the author: the document's possessor, or the object of 'by' (written after development
    # sentences: "Mr Peston's book claimed that Mr Brown told Mr Blair …", bbc-politics-099;
    # 'the report by …')
    ("Mr Peston's book says Mr Brown told Mr Blair he could never trust him.", "Peston"),
    ("A report by Human Rights Watch says Iran supplied the rebels with weapons.",
     "Human Rights Watch"),
])
def test_the_author_reports_what_the_document_says(read_text, text, reporter):
    extraction = read_text(text)
    labels = {e.key: e.label for e in extraction.entities}
    assert {(e.modality, labels.get(e.reported_by or "")) for e in extraction.events} == {
        ("reported", reporter)}
