"""The press asking its sources is how news is made, no consultation (conventions.press): 'bank
economists contacted by Reuters' gave Reuters a Consultation with the economists once reduced
passives were read (held-out diff, s38). A news organisation's meeting with a political body
stays."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "And bank economists contacted by Reuters said they believed the prime minister could be "
    "forced to reflate the economy.",
    "Reuters contacted several bank economists in Paris on Tuesday.",
])
def test_the_press_asking_sources_is_no_consultation(event_triples, text: str) -> None:
    assert not {t for t in event_triples(text) if t[1] in ("Consultation", "Meeting")}


@pytest.mark.parametrize("text, triple", [
    ("The BBC held talks with the Home Office over the licence fee.",
     ("British Broadcasting Corporation", "Meeting", "Home Office")),
    ("Mr Sigarchi gave interviews to the BBC Persian Service.",
     ("Sigarchi", "Consultation", "BBC Persian Service")),
])
def test_political_meetings_and_granted_interviews_stay(event_triples, text: str,
                                                        triple: tuple[str, str, str]) -> None:
    assert triple in event_triples(text)
