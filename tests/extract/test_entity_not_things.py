"""Names that are no entities (issue 16, entities25): a stock market's index (products.py), an
award named with one more noun or listed with another ('the Golden and Silver Bear awards'), a
treaty's acronym in brackets (names.py), a name inside a well-known work's title ('Rings' of
'Lord of the Rings', work_syntax.py), in an arts report a name listed with a work's title
(works.py). Through the real model; sentences from development articles (dev13,
/tmp/s31/dev13, dev12 and dev11) or written for the rule: the (label, kind) pairs that must and must
not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_ACTOR_KINDS = ("Organization", "Company", "Person", "City", "Region", "Place")


def _any_kind(label: str) -> set[tuple[str, str]]:
    return {(label, kind) for kind in _ACTOR_KINDS}


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a market's index before 'index' after a number (reuters-13993: FTSE was a company)
    ("At 1430 GMT the FTSE 100 index was down 8.1 points at 1,981.5 compared with an opening "
     "1,987.4.", set(), _any_kind("FTSE")),
    # before 'index' (written)
    ("The Hang Seng index fell 30 points to 2,400 while the Nikkei average rose 1.2 pct.",
     set(), _any_kind("Hang Seng") | _any_kind("Nikkei")),
    # awards listed or with one more noun (bbc-entertainment-047, bbc-entertainment-191)
    ("Hotel Rwanda is one of two films addressing the genocide at the 55th Berlin Film Festival, "
     "which runs until 20 February. Sometimes in April is a feature by Raoul Peck competing for "
     "the festival's coveted Golden and Silver Bear awards.",
     set(), _any_kind("Golden") | _any_kind("Silver Bear")),
    ("BBC hits Little Britain and Strictly Come Dancing are among numerous British shows "
     "nominated for the prestigious Golden Rose television awards. Lenny Henry, who won a Golden "
     "Rose for his In Pieces series in 2001, picks up another nomination for his recent BBC show.",
     {("Lenny Henry", "Person")}, _any_kind("Golden Rose") | _any_kind("Little Britain")),
    # a treaty's acronym (reuters-15219: ITA was an organisation)
    ("Discussions on the possible extension of the sixth International Tin Agreement (ITA) began "
     "at the quarterly session of the International Tin Council (ITC). A number of producer "
     "governments have not decided whether the ITA should be extended.",
     {("International Tin Council", "IntergovernmentalOrganization")}, _any_kind("ITA")),
    # names inside a well-known work's title (bbc-entertainment-385, bbc-business-001)
    ("Lord of the Rings director Peter Jackson has said that it will be up to four years before "
     "he starts work on a film version of The Hobbit.",
     {("Peter Jackson", "Person")}, _any_kind("Rings")),
    ("Time Warner's profits fell, a sharp contrast to a year earlier, when the third and final "
     "film in the Lord of the Rings trilogy boosted results.",
     set(), _any_kind("Rings")),
    # a well-known work's whole title (bbc-entertainment-380, dev12: a person)
    ("Oscar nominee Hotel Rwanda was also a new entry in the chart, at number five.",
     set(), _any_kind("Hotel Rwanda")),
    # in an arts report, a name listed with a work's title (written after bbc-entertainment-038:
    # 'The Motorcycle Diaries' beside 'British film Vera Drake' was an organisation)
    ("Film stars are preparing to walk the red carpet at this year's Bafta award ceremony, where "
     "actors and directors compete for the best film prize. It is up against The Motorcycle "
     "Diaries and British film Vera Drake, which has 11 nominations. The actress won praise for "
     "her role in the film.", set(), _any_kind("Motorcycle Diaries")),
])
def test_things_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # a company named like an index stays (written)
    ("Dow Jones and Co said its profits rose. The Dow Jones industrial average fell 20 points.",
     ("Dow Jones and Co", "Company")),
    # an acronym the gazetteers know as an organisation's stays (written)
    ("Officials said the General Agreement on Tariffs and Trade (GATT) would rule on the dispute, "
     "and GATT said it would meet.",
     ("General Agreement on Tariffs and Trade", "IntergovernmentalOrganization")),
    # a channel whose award is named after it stays (bbc-entertainment-079, dev11)
    ("Russian drama The Return (Vozvrashchenie) has been named winner of the BBC Four World "
     "Cinema Award. Ross, who is the presenter of BBC One's Film 2005, was also involved in the "
     "deliberations.", ("British Broadcasting Corporation", "MediaOrganization")),
    # a region inside a work's title stays where the article names it alone (written)
    ("Johnny Depp starred in Pirates of the Caribbean. Storms hit the Caribbean on Monday, "
     "officials in Jamaica said.", ("Caribbean", "Region")),
])
def test_actors_stay(assert_read, text, present):
    assert_read(text, {present}, set())
