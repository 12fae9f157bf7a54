"""'called for X to resign': the parser takes the trigger's preposition for the mark of an
infinitive clause; the clause's subject is the one asked (verb_triggers.clause_preps)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for it, after development sentences (bbc-politics-183, -316, -401:
    # 'calls for him to resign', 'calls for the mayor to apologise')
    ("Mr Howard called for Mr Blunkett to resign.",
     {("Howard", "Request", "David Blunkett")}),
    ("Labour MPs have called for Tony Blair to set a date for his departure.",
     {("Labour MPs", "Request", "Tony Blair")}),
    ("The United States pressed for Japan to open its markets.",
     {("United States", "Demand", "Japan")}),
    # a passive infinitive asks nothing of its subject; a thing is asked nothing (development
    # sentences: bbc-business-107, bbc-politics-198, reuters-8128)
    ("These matters are now being investigated by the Liberian authorities and the IMF has "
     "called for their findings to be made public.", set()),
    ("The Conservatives have called for 24-hour drinking to be shelved until the problems of "
     "binge drinking are solved.", set()),
    ("Washington has pushed for veto power to be lowered to 35 pct from a simple majority as at "
     "present.", set()),
])
def test_the_subject_of_what_is_called_for_is_asked(read_with, text, expected):
    assert read_with(text, "verb_triggers") == expected
