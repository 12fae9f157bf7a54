"""Show business between entertainers (issue 15, `not an event`; helper brief s41 business): in
an arts report, a meeting or a collaboration between people named by name or pronoun whom the
actor dictionary does not know is no event (kg_builder/extract/collaborations.py, applied by
conventions.leisure). Sentences from development articles of the s41 tally (each read as the
event named, judged not an event), and ones that must not change."""

from __future__ import annotations

import pytest

from kg_builder.extract.conventions import Occasion, readings

pytestmark = pytest.mark.slow


def occasion(**fields) -> Occasion:
    base = {"event": "Meeting", "category": "CONSULT", "agent_kind": "Person",
            "target_kind": "Person", "polarity": "positive", "modality": "asserted",
            "intent": False, "announced": False, "conditional": False, "arts": True,
            "agent_how": "name", "target_how": "name"}
    return Occasion(**{**base, **fields})


@pytest.mark.parametrize(("fields", "expected"), [
    # bbc-entertainment-378: "Carpenter and Hill collaborated on … Halloween sequels"
    ({"event": "Cooperation", "category": "COOPERATE", "agent_name": "carpenter",
      "target_name": "hill"}, []),
    # bbc-entertainment-167: "he has met with Stiller …"
    ({"agent_how": "pronoun", "agent_name": "he", "target_name": "stiller"}, []),
    # not changed: a person the actor dictionary knows, by the whole name or a surname alone
    # or after an honorific; one named by an office; an organisation; outside an arts report;
    # praise
    ({"agent_name": "bono", "target_name": "tony blair"}, [("Meeting", "asserted", "positive")]),
    ({"agent_name": "bono", "target_name": "blair"}, [("Meeting", "asserted", "positive")]),
    ({"agent_name": "bono", "target_name": "mr brown"}, [("Meeting", "asserted", "positive")]),
    ({"agent_name": "bono", "target_how": "role", "target_name": "the prime minister"},
     [("Meeting", "asserted", "positive")]),
    ({"agent_name": "bono", "target_kind": "Organization", "target_name": "new line cinema"},
     [("Meeting", "asserted", "positive")]),
    ({"arts": False, "agent_name": "carpenter", "target_name": "hill"},
     [("Meeting", "asserted", "positive")]),
    ({"event": "Praise", "category": "SUPPORT", "agent_name": "cate blanchett",
      "target_name": "martin scorsese"}, [("Praise", "asserted", "positive")]),
])
def test_entertainers_meeting_and_working_together(fields, expected):
    assert readings(occasion(**fields)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bbc-entertainment-378 (s41 tally: Cooperation of Carpenter and Hill, both ways, twice)
    ("Hill, who had been suffering from cancer, co-wrote the 1978 film, which starred Jamie Lee "
     "Curtis as a babysitter terrorised by a psychopath. Directed by John Carpenter, it made over "
     "$60m (£31.3m) worldwide - a record for independent film at that time. Born in New Jersey, "
     "Hill began her career as a production assistant and worked her way through the ranks, "
     "becoming an assistant director and second-unit director before she began collaborating "
     "with Carpenter. Carpenter and Hill collaborated on a number of Halloween sequels, "
     "including Halloween II, Halloween: Resurrection and Halloween: The Curse of Michael "
     "Myers.\n\nLater in her career, Hill formed a production company with her friend Lynda "
     "Obst, making a string of hit films including Oscar nominee The Fisher King and teen "
     "comedy Adventures In Babysitting.", set()),
    # bbc-entertainment-111 (s41 tally: Cooperation of Elton John with Phil Collins)
    ("The British singer played to a 2,700-strong audience on Sunday at the French capital's "
     "Bastille opera house. The veteran pop star played piano accompaniment throughout the "
     "concert which lasted for three hours without an interval. Sir Elton has also teamed up "
     "with Phil Collins to record a version of Eric Clapton's 1991 hit Tears In Heaven to raise "
     "money for the relief fund.",
     set()),
    # bbc-entertainment-167 (s41 tally: Meetings of Ricky Gervais with Stiller and with
    # Jackson)
    ("Hollywood actors Samuel L Jackson and Ben Stiller have signed up for Ricky Gervais' new "
     "sitcom, the comedian has told BBC News. He said they had both seen the scripts and had "
     "agreed to appear in an episode each of the sitcom Extras. But he has met with Stiller and "
     "Jackson and they enjoyed the scripts enough to commit to it.", set()),
    # not changed: praise between entertainers (bbc-entertainment-372)
    ("The Aviator took five prizes including best supporting actress for Cate Blanchett. He has "
     "never won despite being nominated for such films as Raging Bull and Goodfellas. Instead, "
     "Eastwood took his second Oscar for best director after winning for Unforgiven in 1993. "
     "Blanchett also paid tribute to the film's director Martin Scorsese, telling him: \"I hope "
     "my son will marry your daughter.\"",
     {("Cate Blanchett", "Praise", "Martin Scorsese")}),
])
def test_entertainers_in_arts_reports(event_triples, text, expected):
    assert event_triples(text) == expected
