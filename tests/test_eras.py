"""What a name stood for on the article's date (kg_builder/eras.py, read by resolve.py; issue 16):
a capital or seat of government before its state's break-up, an office named without its
holder. Sentences invented after development articles (reuters-20459, reuters-14030,
bbc-politics-342)."""

from __future__ import annotations

import pytest

from kg_builder.eras import Term, article_day, held_in, likely_year, past_office, state_then

pytestmark = pytest.mark.slow


def _events(extraction) -> set[tuple[str, str, str | None]]:
    labels = {e.key: e.label for e in extraction.entities}
    return {(ev.type, labels[ev.agent], labels.get(ev.target or "")) for ev in extraction.events}


@pytest.mark.parametrize(("text", "published", "present", "absent"), [
    # the Kremlin and Moscow of a 1987 story are the Soviet Union's government
    ("The Kremlin accused Washington of violating the arms treaty.", "1987-04-02T10:00:00",
     ("Accusation", "Soviet Union", "United States"), ("Accusation", "Russia", "United States")),
    ("Japan's foreign minister met Moscow's envoy. Tokyo later accused Moscow of spying.",
     "1987-06-11T09:12:00", ("Accusation", "Japan", "Soviet Union"),
     ("Accusation", "Japan", "Russia")),
    # after the break-up, and in an undated article, they are Russia's
    ("The Kremlin accused Washington of violating the arms treaty.", "2005-04-02T10:00:00",
     ("Accusation", "Russia", "United States"), ("Accusation", "Soviet Union", "United States")),
    ("The Kremlin accused Washington of violating the arms treaty.", None,
     ("Accusation", "Russia", "United States"), ("Accusation", "Soviet Union", "United States")),
    # Belgrade before 2003 is Yugoslavia's government
    ("Belgrade accused Vienna of meddling in its affairs.", "1988-05-03T08:00:00",
     ("Accusation", "Yugoslavia", "Austria"), ("Accusation", "Serbia", "Austria")),
])
def test_a_capital_stands_for_the_state_of_its_day(read_text, text, published, present, absent):
    events = _events(read_text(text, published=published))
    assert present in events
    assert absent not in events


_PM = ("Gordon Brown has outlined his vision for a third term. Tony Blair praised Mr Brown's "
       "handling of the economy, and Mr Brown thanked Mr Blair. The prime minister criticised the "
       "Conservative Party.")


@pytest.mark.parametrize(("published", "present", "absent"), [
    # undated: both named men were prime ministers at some time; the one in office in the years
    # both held an office (Blair 1997-2007, Brown chancellor then), not the one named most
    (None, {("Criticism", "Tony Blair", "Conservative Party (United Kingdom)")},
     {("Criticism", "Gordon Brown", "Conservative Party (United Kingdom)")}),
    # in 2005 Blair held the office (Brown from 2007)
    ("2005-02-10T09:00:00", {("Criticism", "Tony Blair", "Conservative Party (United Kingdom)")},
     {("Criticism", "Gordon Brown", "Conservative Party (United Kingdom)")}),
    # in 2008 Brown did
    ("2008-06-10T09:00:00", {("Criticism", "Gordon Brown", "Conservative Party (United Kingdom)")},
     {("Criticism", "Tony Blair", "Conservative Party (United Kingdom)")}),
])
def test_an_office_is_its_holder_of_the_day(read_text, published, present, absent):
    events = _events(read_text(_PM, published=published))
    assert present <= events
    assert not absent & events


@pytest.mark.parametrize(("iso3", "how", "day", "expected"), [
    ("RUS", "capital", "1991-12-25", "SUN"),
    ("RUS", "metonym", "1991-12-26", "RUS"),
    ("RUS", "name", "1987-01-01", "RUS"),      # 'Russia' is what the article says
    ("RUS", "metonym", None, "RUS"),           # no date: no guess
    ("CZE", "capital", "1992-12-31", "CSK"),
    ("FRA", "capital", "1987-01-01", "FRA"),
])
def test_state_then(iso3, how, day, expected):
    assert state_then(iso3, how=how, day=day) == expected


@pytest.mark.parametrize(("published", "expected"), [
    ("1987-03-09T23:38:49.9", "1987-03-09"), ("2005-02-10", "2005-02-10"), (None, None),
    ("sometime", None)])
def test_article_day(published, expected):
    assert article_day(published) == expected


@pytest.mark.parametrize(("role", "expected"), [
    ("former home secretary", True), ("ex-chancellor", True), ("then prime minister", True),
    ("prime minister", False), ("Fed chairman", False)])
def test_past_office(role, expected):
    assert past_office(role) is expected


@pytest.mark.parametrize(("terms", "year", "expected"), [
    ((Term("Chairman", 1979, 1987),), 1987, True),
    ((Term("Chairman", 1979, 1987),), 1988, False),
    ((Term("Prime Minister", 2007, 2010), Term("Prime Minister", 2012, None)), 2020, True),
    ((Term("Prime Minister", None, None),), 1900, True),
])
def test_held_in(terms, year, expected):
    assert held_in(terms, year) is expected


_BLAIR = (Term("Prime Minister", 1997, 2007), Term("Middle East Quartet envoy", 2007, 2015))
_BROWN = (Term("Chancellor of the Exchequer", 1997, 2007), Term("Prime Minister", 2007, 2010))
_JOHNSON = (Term("Mayor of London", 2008, 2016), Term("Prime Minister", 2019, 2022))


@pytest.mark.parametrize(("careers", "expected"), [
    ((_BLAIR, _BROWN), 2003),            # 1997-2010: both in office, the middle year
    ((_BLAIR, _BROWN, _JOHNSON), 2009),  # 2008-2010: all three
    ((_BLAIR,), None),                   # one career tells nothing of the article
    ((_BLAIR, _JOHNSON[1:]), None),      # no year in which two held office
    ((), None),
])
def test_likely_year(careers, expected):
    assert likely_year(careers) == expected
