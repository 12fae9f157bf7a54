"""Products, taxes, fairs, commodities and broadcasts are no entities (issue 16, entities33): a
name before a noun of a fair or a broadcast it is the name of ('the Comdex trade show',
"the BBC's Go Digital programme"), or set beside one ('CeBIT, the world's largest technology
fair'), a commodity's contract, a toolbar and a new thing of an owner ('Feeder Cattle
futures', 'the Google Toolbar', 'its new Phaeton': products.py), a tax's acronym and the label
of a row of a market report's table or a company's results statement ('Revs 47.4 mln vs 32.9
mln': non_names.py). Through the real model; sentences from
development articles (not in tests/data/audit/split.json nor in any audit sheet) or written for
the rule: the (label, kind) pairs that must and must not be there."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

_ACTOR_KINDS = ("Organization", "Company", "Person", "City", "Region", "Place",
                "NonGovernmentalOrganization", "MediaOrganization")


def _any_kind(label: str) -> set[tuple[str, str]]:
    return {(label, kind) for kind in _ACTOR_KINDS}


_COFFEE_TABLE = (
    "Prices rose at the fortnightly export auction here on March 25 for sales of 1,907.1 tonnes "
    "of coffee, the Coffee Board said.\n\n1986/87 crop\n\n"
    'Arabica Cherry "AB"    33.3      976.50  (NA)\n\n'
    'Arabica Cherry "PB"    22.5      949.00  (NA)\n\n'
    'REP Bulk "A"           93.9    1,057.50 (908.50)\n\n'
    "Robusta Cherry Bulk    40.2   1,082.50  (NA)\n")

_RESULTS_TABLE = (
    "Shr 21 cts vs 10 cts\n\nNet 10,798,000 vs 4,704,000\n\nRevs 47.4 mln vs 32.9 mln\n\n"
    "Avg shrs 11.2 mln vs 11.1 mln\n\nNine mths\n\nShr 58 cts vs 54 cts\n\n"
    "Net 29.1 mln vs 25.8 mln\n\nRevs 187.7 mln vs 134.7 mln\n")
_LOSS_TABLE = (
    "Shr loss 50 cts vs profit one ct\n\nNet loss 4,931,000 vs profit 97,000\n\n"
    "Revs 66.3 mln vs 61.2 mln\n\nAvg shrs 9,382,802 vs 8,747,442\n")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a broadcast named after a name before 'programme' (bbc-tech-179: Digital was an
    # organisation; bbc-entertainment-010: Focus on Africa was one)
    ('"If you\'re issued a seafarer\'s ID in your country, you want to be sure," Authenti-corp\'s '
     "CEO, Cynthia Musselman, told the BBC's Go Digital programme.",
     {("Cynthia Musselman", "Person")}, _any_kind("Digital")),
    ('"I\'m extremely outraged at the hypocrisy," the play\'s organiser in Uganda, Sarah Mukasa, '
     "told the BBC's Focus on Africa programme.",
     {("Sarah Mukasa", "Person")}, _any_kind("Focus on Africa")),
    # a fair named after a name, before the noun or set beside it (written after bbc-tech-259,
    # 'the MacWorld conference', an organisation; and the audit's 'CeBIT')
    ("It comes just weeks before the Comdex trade show in Las Vegas, used to show off new "
     "products.", {("Las Vegas", "City")}, _any_kind("Comdex")),
    ("Thousands of visitors are expected at CeBIT, the world's largest technology fair, in "
     "Hanover.", {("Hanover", "City")}, _any_kind("CeBIT")),
    # a series of works, and its acronym (bbc-tech-135: an organisation)
    ("The Grand Theft Auto series of games have set themselves the very highest of standards "
     "in recent years. And at last, this is a GTA hero who can swim.",
     set(), _any_kind("Grand Theft Auto") | _any_kind("GTA")),
    # a new thing of an owner, a search engine's toolbar (written after the audit's car model
    # and toolbar feature)
    ("Volkswagen showed off its new Phaeton at the Frankfurt Motor Show, which opens to the "
     "public on Saturday.", {("Volkswagen", "Company")}, _any_kind("Phaeton")),
    ("The feature will be added to the Google Toolbar, the search giant said.",
     set(), _any_kind("Google Toolbar")),
    # a commodity's contract (reuters-14005: Feeder Cattle was a person; written)
    ("Feeder Cattle futures advanced 0.20 to 0.30 cent at the start and posted new season's "
     "highs in April through August.", set(), _any_kind("Feeder Cattle")),
    ("Live Cattle closed 0.50 cent higher, while Pork Bellies ended lower on the Chicago "
     "Mercantile Exchange.", {("Chicago Mercantile Exchange", "Company")},
     _any_kind("Pork Bellies")),
    # taxes by their acronyms (written)
    ("Shoppers will pay more once the new VAT rate takes effect, and GST will also rise, the "
     "retailers' group said.", set(), _any_kind("VAT") | _any_kind("GST")),
    # the labels of a market report's table (reuters-12426: Arabica Cherry and Bulk were people)
    (_COFFEE_TABLE, {("Coffee Board", "Organization")},
     _any_kind("Arabica Cherry") | _any_kind("Cherry Bulk") | _any_kind("Robusta Cherry Bulk")),
    # the labels of a company's results statement, columns set apart by 'vs' (issue 16,
    # entities34: in a development sample Revs, Avg and Shr were people and companies; written
    # in the wire's format)
    (_RESULTS_TABLE, set(), _any_kind("Revs") | _any_kind("Avg") | _any_kind("Shr")),
    (_LOSS_TABLE, set(), _any_kind("Revs") | _any_kind("Avg") | _any_kind("Shr")),
])
def test_occasions_and_goods_are_no_entities(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # a body with an organisation's word before 'show' stays (written)
    ("Heller told a Georgetown University show on financial markets that rates would rise.",
     ("Georgetown University", "Organization")),
    # conferences and festivals are mostly named after who holds them or where (bbc-tech-020,
    # a company; written)
    ("The announcement was made by Bill Gates during a keynote speech at the RSA Security "
     "conference currently being held in San Francisco.", ("RSA Security", "Organization")),
    ("He attacked the government's record, he told the Brighton conference.",
     ("Brighton", "City")),
    # a possessive and 'new' before a name that modifies a noun: no new thing (written)
    ("Acme Holdings said its new Chicago plant would open in May.", ("Chicago", "City")),
    # nor a make the article has own something (written after reuters-17474, a near miss of
    # the writing set)
    ("A new range designed to jazz up Audi's staid image contributed significantly to sales. "
     "VW's new Audi 80, a sporty model, sold well.", ("Audi", "Organization")),
    # a brewer named like its beer stays a company (written after a wrong removal of the blind
    # development gate of the twenty-first rounds: drinks and watches are no brand nouns)
    ("Danish brewer Tuborg suffered a 3% fall in profits due to waning demand. Total sales "
     "increased 4%, thanks to strong sales of Tuborg lager in Russia and Poland.",
     ("Tuborg", "Company")),
    ("Mexican brewer Modelo suffered a 3% fall in profits due to waning demand. Total sales rose "
     "4%, thanks to strong sales of Modelo lager in Texas.", ("Modelo", "Company")),
    # 'futures' modifying a noun after it names no contract, and so no product that would take
    # the exchanges opening with the name with it (written after the held-out build diffed
    # before and after the merge of entities33)
    ("Members of the Pacific International Freight Futures Exchange are to vote on whether it "
     "will merge with the Oslo Commodity Exchange or come under a new umbrella of Pacific "
     "futures exchanges, an official said.",
     ("Pacific International Freight Futures Exchange", "Company")),
    ("Members of the Gulf International Freight Futures Exchange are to vote on whether it will "
     "merge with the Oslo Commodity Exchange or come under a new umbrella of Gulf futures "
     "exchanges, an official said.", ("Gulf International Freight Futures Exchange", "Company")),
    # an acronym a body goes by is no tax's (written after the held-out build diffed before and
    # after the merge of entities33: France's union CGT was lost as 'capital gains tax')
    ("France's biggest union, the CGT, said its members at the Renault plants would walk out on "
     "Tuesday.", ("Confédération générale du travail", "NonGovernmentalOrganization")),
    # futures named after an exchange (a near miss of the writing set: reuters-14448)
    ("Stocks of wheat deliverable against Chicago Board of Trade futures rose 2.1 mln bushels "
     "in the week, the exchange said.", ("Chicago Board of Trade", "Organization")),
    # nor before a place of a town's (a near miss of the development sample: bbc-business-092)
    ("The army closed Tehran's new Imam Khomeini International Airport on its opening day in "
     "May 2004.", ("Imam Khomeini International Airport", "Place")),
    # a broadcaster before 'programme' or 'show' stays (bbc-entertainment-382, and a near miss
    # of the development sample: bbc-entertainment-184)
    ('"I\'d never show it to a five or six-year-old," he told the CBS programme.',
     ("CBS News", "MediaOrganization")),
    ("The programme will have a close relationship with the BBC Radio 1 chart show, which "
     "suggests the relaunched show may be transmitted at about 1900.",
     ("BBC Radio 1", "MediaOrganization")),
    # 'show' as a verb after a name is no event's noun (a near miss of the development sample:
    # bbc-politics-293)
    ("Robert Kilroy-Silk launched his new party on Wednesday. Kilroy is an able communicator. "
     "UKIP should try to resolve its differences with Kilroy to show a united front.",
     ("Kilroy", "Person")),
    # a company's or a state's row in a table of figures stays (written)
    ("Top shareholders, in pct of the stock:\n\nAcme Holdings Inc    12.5    13.0\n\n"
     "Brierley Investments Ltd    9.1    8.7\n", ("Brierley Investments Ltd", "Company")),
    ("Exports to the main markets, in mln dlrs, were:\n\nJapan          125.5    113.0\n\n"
     "West Germany    98.2     87.1\n", ("Japan", "State")),
    # a state's row of a comparison, and a sentence of prose with 'vs' (written)
    ("Exports, in mln dlrs, were:\n\nJapan 125.5 vs 113.0\n\nWest Germany 98.2 vs 87.1\n",
     ("Japan", "State")),
    ("Chrysler sold 12,345 cars in March vs 10,876 a year earlier, the company said.\n",
     ("Chrysler", "Organization")),
    ("Kestrel said it earned 1.2 mln dlrs vs 1.1 mln dlrs a year ago.\n",
     ("Kestrel", "Organization")),
    # a tax's acronym is no tax inside a longer name (written): 'VAT' only
    ("Shares in Vatco Holdings rose after the firm said profits would double.",
     ("Vatco Holdings", "Company")),
])
def test_actors_before_event_nouns_stay(read_entities, text, present):
    assert present in set(read_entities(text))
