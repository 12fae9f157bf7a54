"""Format checks for the rule data files in kg_builder/rules/."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "kg_builder" / "rules"

EVENT_CLASSES = {
    "Agreement", "Consultation", "Meeting", "Visit", "Negotiation", "Support", "Praise", "Treaty",
    "Cooperation", "Aid", "Supply", "Concession", "Retreat", "Release", "Investigation", "Demand",
    "Request", "Disapproval", "Accusation", "Criticism", "Lawsuit", "Challenge",
    "ElectoralChallenge", "Rejection", "Threat", "Protest", "Mobilization", "Sanction",
    "Expulsion", "Coercion", "Arrest", "Assault", "Killing", "Fight", "Attack",
}
ORG_KINDS = {
    "IntergovernmentalOrganization", "GovernmentBody", "PoliticalParty", "MediaOrganization",
    "NonGovernmentalOrganization", "Company",
}
HISTORICAL_ISO3 = {"SUN", "XKX", "YUG", "CSK"}
ISO3 = {c.alpha_3 for c in pycountry.countries}
TRIGGER_KEYS = {
    "lemma", "pos", "event", "preps", "particle", "requires_prep", "no_dobj_target",
    "dobj_is_target_or_thing", "objects", "modifiers", "confidence",
}
WORD = re.compile(r"^[a-z][a-z']*$")  # one spaCy token: spaCy splits hyphenated words


def load_jsonl(name: str) -> list[dict]:
    rows = []
    with open(RULES / name, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            assert line.strip(), f"{name}:{n}: blank line"
            assert not line.lstrip().startswith("//"), f"{name}:{n}: comment lines are not allowed"
            obj = json.loads(line)
            assert isinstance(obj, dict), f"{name}:{n}: not an object"
            rows.append(obj)
    assert rows, f"{name} is empty"
    return rows


def load_lines(name: str) -> list[str]:
    out = []
    for line in (RULES / name).read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if s and not s.startswith("#"):
            out.append(s)
    assert out, f"{name} is empty"
    return out


def known_iso3(code: str) -> bool:
    return code in ISO3 or code in HISTORICAL_ISO3


def test_readme_mentions_every_file():
    readme = (RULES / "README.md").read_text(encoding="utf-8")
    for name in ["triggers.jsonl", "light_verbs.txt", "groups.txt", "titles.txt",
                 "organizations.jsonl", "seats_of_government.jsonl", "demonyms.tsv",
                 "calibration.json", "companies.jsonl", "self_directed.json", "attribution.json",
                 "eras.json",
                 "surname_evidence.json"]:
        assert (RULES / name).is_file(), name
        assert name in readme, f"README.md does not describe {name}"
    for path in sorted((RULES / "extract").glob("*.json")):  # the table of sections
        assert f"`{path.name}`" in readme, f"README.md does not describe extract/{path.name}"


# ---------------------------------------------------------------- triggers
@pytest.fixture(scope="module")
def triggers():
    return load_jsonl("triggers.jsonl")


def test_triggers_fields(triggers):
    for t in triggers:
        where = json.dumps(t)
        assert set(t) <= TRIGGER_KEYS, f"unknown key in {where}"
        assert isinstance(t["lemma"], str) and WORD.match(t["lemma"]), f"bad lemma {where}"
        assert t["pos"] in {"VERB", "NOUN"}, where
        assert t["event"] in EVENT_CLASSES, where
        preps = t.get("preps", [])
        assert isinstance(preps, list), where
        for p in preps:
            assert isinstance(p, str) and p == p.lower() and WORD.match(p), f"bad prep in {where}"
        assert len(set(preps)) == len(preps), f"duplicate prep in {where}"
        if "particle" in t:
            assert t["pos"] == "VERB" and WORD.match(t["particle"]), where
        objects = t.get("objects", [])
        assert isinstance(objects, list) and all(
            isinstance(o, str) and o == o.lower() and WORD.match(o) for o in objects), where
        modifiers = t.get("modifiers", [])
        assert isinstance(modifiers, list) and all(
            isinstance(m, str) and m == m.lower() and WORD.match(m) for m in modifiers), where
        if modifiers:  # a noun trigger's own modifiers, or an object-bound trigger's object's
            assert t["pos"] == "NOUN" or objects, f"modifiers without a noun to modify: {where}"
        for flag in ("requires_prep", "no_dobj_target", "dobj_is_target_or_thing"):
            if flag in t:
                assert t[flag] is True, f"{flag} must be true when present: {where}"
        if t.get("requires_prep"):
            assert preps, f"requires_prep without preps: {where}"
        if t.get("no_dobj_target") or t.get("dobj_is_target_or_thing"):
            assert t["pos"] == "VERB" and preps, where
            assert not (t.get("no_dobj_target") and t.get("dobj_is_target_or_thing")), where
        if t["pos"] == "NOUN":
            assert preps, f"nominal trigger needs preps: {where}"
        if "confidence" in t:
            c = t["confidence"]
            assert isinstance(c, (int, float)) and not isinstance(c, bool) and 0 <= c <= 1, where


def test_triggers_unique(triggers):
    keys = Counter((t["lemma"], t["pos"], t["event"], t.get("particle"), tuple(t.get("objects", ())),
                    tuple(t.get("modifiers", ()))) for t in triggers)
    dups = [k for k, n in keys.items() if n > 1]
    assert not dups, dups


def test_triggers_cover_every_event(triggers):
    counts = Counter(t["event"] for t in triggers)
    missing = EVENT_CLASSES - set(counts)
    assert not missing, missing
    assert 300 <= len(triggers) <= 800


def test_trigger_events_exist_in_ontology(triggers):
    ttl = ROOT / "ontology" / "kg.ttl"
    if not ttl.is_file():
        pytest.skip("ontology/kg.ttl not present")
    text = ttl.read_text(encoding="utf-8")
    missing = sorted({t["event"] for t in triggers if f"nkg:{t['event']}" not in text})
    assert not missing, f"event classes not in ontology/kg.ttl: {missing}"


# ---------------------------------------------------------------- word lists
@pytest.mark.parametrize("name", ["light_verbs.txt", "groups.txt", "titles.txt"])
def test_word_lists(name):
    words = load_lines(name)
    assert len(set(words)) == len(words), [w for w, n in Counter(words).items() if n > 1]
    for w in words:
        assert w == w.lower(), f"{name}: not lower case: {w!r}"
    if name == "light_verbs.txt":
        assert all(WORD.match(w) for w in words)


def _section(name: str) -> dict:
    return json.loads((RULES / "extract" / f"{name}.json").read_text(encoding="utf-8"))


def test_framing_section():
    data = _section("framing")
    for key, words in data.items():
        if key.startswith("_"):
            continue
        if isinstance(words, dict):  # misread lemma → the lemma meant
            words = [*words, *words.values()]
        assert isinstance(words, list) and words, key
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in words), key
        assert len(set(words)) == len(words), key
    for must in ("not", "n't", "never"):
        assert must in data["negation"]
    assert "say" in data["report_verbs"]


def _word_values(value) -> list[str]:
    """The words of a section value (references to other lists are checked by the loader)."""
    if isinstance(value, str):
        return [] if value.startswith("@") else [value]
    if isinstance(value, list):
        return [w for v in value for w in _word_values(v)]
    if isinstance(value, dict):
        return [w for k, v in value.items() for w in (k, *_word_values(v))]
    return []


@pytest.mark.parametrize("name", ["protest", "demand", "refusal", "complaint", "intent",
                                  "noun_triggers", "verb_triggers"])
def test_construction_sections_hold_lemmas(name):
    """Word lists of the construction sections are spaCy lemmas or lower-case tokens (PLOVER
    categories, event classes and entity kinds, ``…_kinds``, are names as the ontology spells
    them)."""
    data = _section(name)
    for key, value in data.items():
        if key.startswith("_") or key in ("event", "cessation_event") or key.endswith(
                ("categories", "_events", "_kinds")) or not isinstance(value, list | dict):
            continue
        words = _word_values(value)
        assert all(WORD.match(w) for w in words), (name, key, [w for w in words if not WORD.match(w)])
        if isinstance(value, list):
            assert len(set(value)) == len(value), (name, key)


def test_protest_section():
    data = _section("protest")
    assert 0 < data["confidence"] <= 1
    # the security forces that break up protests are never read as the protesters
    assert {"police", "soldier", "troop"} <= set(data["not_protesters"])


# ---------------------------------------------------------------- organisations
def test_organizations():
    rows = load_jsonl("organizations.jsonl")
    names = Counter(r["name"] for r in rows)
    assert not [n for n, c in names.items() if c > 1]
    for r in rows:
        assert set(r) <= {"name", "aliases", "name_aliases", "kind", "country"}, r
        for a in r.get("name_aliases", []):  # words too: never in the ruler, so never an alias
            assert isinstance(a, str) and a and a not in r["aliases"], r
        assert isinstance(r["name"], str) and r["name"].strip() == r["name"] and r["name"], r
        assert isinstance(r["aliases"], list) and all(isinstance(a, str) and a for a in r["aliases"]), r
        assert r["kind"] in ORG_KINDS, r
        if "country" in r:
            assert known_iso3(r["country"]), r


def test_companies():
    """The listed companies (kg_builder/_companygen.py): companies only, each name once, no
    name that is an organisation's, a state's or a person's of the other lists, and no common
    word read whatever the NER's tag."""
    from kg_builder.gazetteer import gazetteer, normalise

    gaz = gazetteer()
    rows = load_jsonl("companies.jsonl")
    assert len(rows) > 1000
    seen: set[str] = set()
    for r in rows:
        assert set(r) <= {"name", "aliases", "name_aliases", "kind", "country"}, r
        assert r["kind"] == "Company", r
        assert "country" not in r or known_iso3(r["country"]), r
        forms = [*r.get("aliases", []), *r.get("name_aliases", [])]
        assert forms, r
        for form in forms:
            key = normalise(form)
            assert key not in seen and key not in gaz.orgs and key not in gaz.state_names, r
            assert key not in gaz.people, r
            seen.add(key)
        for form in r.get("aliases", []):  # read whatever the tag: no plain capitalised word
            assert not form.isalpha() or not form[1:].islower(), r
    assert {"nokia", "bt", "tesco", "abn amro"} <= seen
    assert not {"next", "city", "target", "news"} & seen


def test_organisation_cues():
    data = _section("mentions")
    for key in ("company_suffixes", "company_heads", "government_words", "party_words",
                "media_words"):
        words = data[key]
        assert isinstance(words, list) and words and all(isinstance(w, str) and w for w in words), key
        assert len(set(words)) == len(words), key
        if key != "company_suffixes":
            assert all(w == w.lower() for w in words), key


# ---------------------------------------------------------------- places
def test_seats_of_government():
    rows = load_jsonl("seats_of_government.jsonl")
    for r in rows:
        assert set(r) <= {"name", "aliases", "country", "kind", "historical"}, r
        assert isinstance(r["name"], str) and r["name"], r
        assert isinstance(r["aliases"], list) and all(isinstance(a, str) and a for a in r["aliases"]), r
        assert r["kind"] in {"seat", "country_alias"}, r
        assert known_iso3(r["country"]), r
        if "historical" in r:
            assert r["historical"] is True, r
    kinds = Counter(r["kind"] for r in rows)
    assert kinds["seat"] and kinds["country_alias"]
    by_alias = {}
    for r in rows:
        for a in [r["name"], *r["aliases"]]:
            prev = by_alias.setdefault(a, r["country"])
            assert prev == r["country"], f"{a!r} maps to {prev} and {r['country']}"


def test_demonyms():
    with open(RULES / "demonyms.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == ["iso3", "adjective", "plural"]
    seen = Counter()
    for row in rows[1:]:
        assert len(row) == 3, row
        iso3, adj, plural = row
        assert known_iso3(iso3), row
        assert adj and adj.strip() == adj and plural.strip() == plural, row
        seen[(iso3, adj)] += 1
    assert not [k for k, n in seen.items() if n > 1]
    covered = {k[0] for k in seen}
    assert len(covered & ISO3) >= 230
    for iso3, adj in [("BLR", "Belarusian"), ("RUS", "Russian"), ("USA", "American"),
                      ("GBR", "British"), ("CHN", "Chinese"), ("SUN", "Soviet")]:
        assert (iso3, adj) in seen
