"""Acts the text says did not come about though no negation stands on their verb
(unfulfilled.py: 'were unable to agree', 'tried … but failed'), and acts asked about under a
negated verb (undecided.py: 'has not decided whether to impose sanctions'). Sentences written
for these tests in news style, after development sentences that went wrong (the first were
positive and asserted or hedged, the second negative)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _failed_agreement(a: str, b: str, modality: str) -> set[tuple[str, str, str, str, str]]:
    """A failed agreement between ``a`` and ``b``, either way, and the rejection the refusal
    convention reads from it (as for 'could not agree')."""
    return {(x, kind, y, polarity, modality) for x, y in ((a, b), (b, a))
            for kind, polarity in (("Agreement", "negative"), ("Rejection", "positive"))}


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective of inability: not done (was positive and asserted)
    ("Britain and France were unable to agree on the budget.",
     _failed_agreement("United Kingdom", "France", "asserted")),
    ("Iraq said it was unable to reach an agreement with Iran on the border.",
     {("Iraq", "Agreement", "Iran", "negative", "asserted"),
      ("Iraq", "Rejection", "Iran", "positive", "asserted")}),
    # … hedged by a modal on the failure itself (was positive and hedged)
    ("Britain and France may be unable to agree on the budget.",
     _failed_agreement("United Kingdom", "France", "hedged")),
    # an attempt that failed (was positive and hedged: only aimed at)
    ("Britain tried to meet Iranian officials but failed.",
     {("United Kingdom", "Meeting", "Iran", "negative", "asserted")}),
    ("Britain tried unsuccessfully to meet President Khatami.",
     {("United Kingdom", "Meeting", "Mohammad Khatami", "negative", "asserted")}),
    # near misses, unchanged: able, an attempt alone, a failure of something else, a modal
    ("Britain and France were able to agree on the budget.",
     {("United Kingdom", "Agreement", "France", "positive", "asserted"),
      ("France", "Agreement", "United Kingdom", "positive", "asserted")}),
    ("Britain tried to meet President Khatami.",
     {("United Kingdom", "Meeting", "Mohammad Khatami", "positive", "hedged")}),
    ("Britain tried to meet Iranian officials but failed to persuade Germany.",
     {("United Kingdom", "Meeting", "Iran", "positive", "hedged")}),
    ("Britain and France could not agree on the budget.",
     _failed_agreement("United Kingdom", "France", "asserted")),
])
def test_unfulfilled(framed, text, expected):
    assert framed(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 'whether' under a negated verb: asked about, not denied (was negative and hedged)
    ("Britain has not decided whether to impose sanctions on Iran.",
     {("United Kingdom", "Sanction", "Iran", "positive", "hedged")}),
    ("Japan has not yet decided whether to retaliate against the United States.",
     {("Japan", "Sanction", "United States", "positive", "hedged")}),
    ("Britain has not decided whether to lift its sanctions on Iran.",
     {("United Kingdom", "Retreat", "Iran", "positive", "hedged")}),
    # near misses, unchanged: a negation without 'whether', or on the act itself; a clause
    # of its own
    ("Britain has decided not to impose sanctions on Iran.",
     {("United Kingdom", "Sanction", "Iran", "negative", "asserted")}),
    ("Britain is not prepared to impose sanctions on Iran.",
     {("United Kingdom", "Sanction", "Iran", "negative", "asserted")}),
    ("The Soviet Union did not say whether it would supply arms to Syria.",
     {("Soviet Union", "Supply", "Syria", "positive", "hedged")}),
])
def test_undecided(framed, text, expected):
    assert framed(text) == expected
