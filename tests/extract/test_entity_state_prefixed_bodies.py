"""A known body's name after its state's name or demonym is that body (Gazetteer.org): 'the U.S.
Internal Revenue Service' and 'the IRS' are one node; the state's name never makes another
state's body or a body of none its own ('British Red Cross' is no known body)."""

from __future__ import annotations

import pytest

from kg_builder.gazetteer import gazetteer


@pytest.mark.parametrize("name, known", [
    ("the U.S. Internal Revenue Service", "Internal Revenue Service"),  # before: None
    ("United States Internal Revenue Service", "Internal Revenue Service"),  # before: None
    ("American Internal Revenue Service", "Internal Revenue Service"),  # before: None
    ("U.S. Securities and Exchange Commission", "Securities and Exchange Commission"),  # listed
    ("Internal Revenue Service", "Internal Revenue Service"),
])
def test_state_prefixed_known_body(name: str, known: str) -> None:
    org = gazetteer().org(name)
    assert org is not None and org.name == known


@pytest.mark.parametrize("name", [
    "British Internal Revenue Service",  # the IRS is no British body
    "British Red Cross",                 # the Red Cross is no state's: no prefix stripped
    "British Medical Association",
])
def test_state_prefix_never_makes_another_body(name: str) -> None:
    org = gazetteer().org(name)
    assert org is None or (org.name != "Internal Revenue Service" and org.country in (None, "GBR"))


@pytest.mark.slow
def test_one_node_for_the_prefixed_body(read_entities) -> None:
    """reuters, development: 'U.S. Internal Revenue Service' and 'the IRS' were two nodes."""
    text = ("He converted the funds to avoid reporting requirements by the U.S. Internal Revenue "
            "Service. Cash transactions of 10,000 dlrs or more must be reported to the IRS.")
    found = [e for e in read_entities(text) if "Revenue" in e[0]]
    assert found == [("Internal Revenue Service", "GovernmentBody")]
