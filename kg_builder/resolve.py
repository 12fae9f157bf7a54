"""Decide which real-world entity each mention is, within one article.

- names: a person's surname (also of more than one word: "De Vido" of "Julio De Vido"),
  "President X" and the full name are one entity, and so is a given
  name alone when the article gives one full name with it and no one with it as a surname, and
  an initial and a surname ('K Holmes') when it gives one full name that fits (``initials.py``);
  the actor dictionary (``rules/people.jsonl``) gives the canonical name so the key is the same in
  every article, not to a surname alone the words around it say is someone else ('Lord
  Ashcroft', 'Ms Abbott', 'his wife Sharon', 'Alex. Brown and Sons'; ``surname_evidence.py``);
- "they"/"their": the nearest subject that is a state, organisation or group;
- pronouns ("he", "she"): the nearest person that is a subject in the same sentence (not the
  pronoun's own clause-mate when the pronoun is an object, nor, for the speaker of what is
  reported before it, anyone named there: "Mr Blair has failed, he claimed", '"… what Mr
  Jackson did," he told BBC 1', back to a quotation's opening mark), else in the sentences
  before (where a subject's owner counts as a subject: "Mr Straw's trip is …", and the subject
  of a reported clause does not: "Mr Blair has failed, Michael Howard said"; an office whose
  holder the article named with it before counts as that person: "our correspondent"); a
  possessive with no one else before it is its sentence's subject's; never a person of the other
  sex (``gender.py``) nor a name that only modifies a noun ("the Attlee government");
- metonyms ("Moscow", "the Kremlin") used as actors are their state;
- "the government", "the country": the state of the nearest same body named before with its
  state's or its leader's name ("the U.S. administration", "the Reagan administration" … "the
  administration"), else the state the article is about (most mentions, counting
  the people the dictionary ties to each state, not a state named as the scene of something:
  "the war in Iraq"), never the event's other party;
- roles ("the Belarusian leader"): the person of that state named in the article, else the state;
  an office ("the prime minister") only a person the dictionary has in it in the article's year,
  or in an undated article in the years most of its dictionary people held office (``eras.py``);
  a capital or seat of government is the state of the article's date ('the Kremlin' of 1987: the
  Soviet Union);
- descriptions of an organisation ("the company", "the Federation"): the one organisation of a
  kind the noun fits, or with that head, named just before (``descriptions.py``);
- groups ("critics", "opposition leaders") are local to the article.

The pronoun and office-holder searches live in :mod:`.antecedents`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from difflib import SequenceMatcher
from functools import cache
from itertools import pairwise

from .antecedents import (
    ResolveState,
    antecedent,
    holds,
    it_antecedent,
    reported_mentions,
    they_antecedent,
    title_holder,
)
from .attribution import told_by_another
from .descriptions import describes_agent, description_antecedent, is_description
from .eras import Term, article_day, held_in, likely_year, past_office, state_then
from .gazetteer import Gazetteer, KnownPerson, gazetteer, normalise
from .gender import person_sexes
from .initials import absorb, join_initials
from .model import PLACE_KINDS, Entity, Event, Extraction, Fact, Mention, Reading
from .resources import read_lines
from .self_directed import Post, aimed_at_oneself, national_posts, office_posts
from .surname_evidence import evidence_against
from .timex import resolve_time

__all__ = ["article_key", "resolve", "slug"]

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
#: relations only a person can have (ontology/shapes.ttl): a subject typed otherwise by the end
#: of the article drops them
_PERSON_RELATIONS = frozenset({"leaderOf", "employedBy", "nationality"})
#: kinds of organisation more specific than a plain Organization ("Toshiba" then "Toshiba Corp")
_ORG_SUBKINDS = frozenset({"Company", "GovernmentBody", "PoliticalParty", "IntergovernmentalOrganization",
                           "MediaOrganization", "NonGovernmentalOrganization"})


def slug(name: str) -> str:
    """A readable, IRI-safe-after-percent-encoding identifier part for a name."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _NON_WORD.sub("-", text).strip("-")
    # a name without letters or digits: a digest of it (the same in every process, unlike hash())
    return text or "x" + hashlib.sha1(name.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def article_key(article_id: str) -> str:
    return slug(article_id)


def resolve(reading: Reading, *, gaz: Gazetteer | None = None) -> Extraction:
    """Turn a :class:`Reading` into an :class:`Extraction` with entity keys."""
    gaz = gaz or gazetteer()
    st = ResolveState(day=article_day(reading.article.published))
    mentions = reading.mentions
    used = {int(ref[2:]) for e in reading.events for ref in (e.agent, e.target, e.reported_by) if ref}

    _resolve_people(mentions, reading, gaz, st)
    akey = article_key(reading.article.id)

    for m in mentions:
        if m.id in st.mention_key:
            continue
        if m.kind == "State" and m.hint and m.how in ("name", "metonym", "demonym"):
            _put_state(st, m, m.hint, gaz)
        elif m.kind == "City" and m.how == "capital" and m.hint:
            if m.id in used:
                _put_state(st, m, m.hint, gaz)
            else:
                _put(st, m, Entity(key=f"place/{slug(m.name)}", kind="City", label=m.name,
                                   geonames_id=gaz.city_ids.get(normalise(m.name))))
        elif m.how == "group":
            _put(st, m, Entity(key=f"group/{akey}/{slug(m.name)}", kind="Group", label=m.name))
        elif m.how == "name" and m.kind and m.kind != "Person":
            known = gaz.org(m.name)
            label = known.name if known else m.name
            kind = "Place" if m.kind == "Place" else m.kind
            prefix = "place" if kind in PLACE_KINDS else "org"
            qid, geonames_id = None, None
            region = gaz.region(m.name) if kind == "Region" else None
            if region is not None:
                label, qid, geonames_id = region.name, region.qid, region.geonames_id
            elif kind == "City":
                geonames_id = gaz.city_ids.get(normalise(m.name))
            _put(st, m, Entity(key=f"{prefix}/{slug(_without_legal_form(label))}", kind=kind, label=label,
                               aliases=() if label == m.name else (m.name,),
                               geonames_id=geonames_id, wikidata=qid),
                 rule="dictionary" if known is not None or region is not None else "same-key")
    # Pronouns, roles and definite descriptions need the named entities first.
    for m in mentions:
        st.by_sentence.setdefault(m.sentence, []).append(m)
    st.named_people = [m for m in mentions
                       if m.how == "name" and m.kind == "Person" and m.id in st.mention_key]
    starts = [m.span.begin for m in st.named_people]
    st.named_starts = starts if all(a <= b for a, b in pairwise(starts)) else None
    st.sexes = person_sexes(st.named_people, st.mention_key, st.entities, reading.article.text)
    st.text = reading.article.text
    st.reported = reported_mentions(mentions, st)
    for m in mentions:
        if m.id in st.mention_key:
            continue
        if m.how == "pronoun":
            key = (antecedent(m, mentions, st) if m.kind == "Person"
                   else they_antecedent(m, mentions, st) if m.kind == "Plural"
                   else it_antecedent(m, mentions, st))
            if key:
                st.mention_key[m.id] = key
        elif is_description(m):  # "The company accused …": the organisation named before
            key = description_antecedent(m, mentions, st.by_sentence, st.mention_key,
                                         st.entities, text=st.text)
            if key:
                st.mention_key[m.id] = key
        elif m.how == "role":
            key = title_holder(m, mentions, st) or _role(m, mentions, st, gaz)
            if key:
                st.mention_key[m.id] = key
            elif m.hint:
                _put_state(st, m, m.hint, gaz)

    votes = _state_votes(mentions, reading, st, gaz)
    events: list[Event] = []
    seen: set[tuple[object, ...]] = set()
    for ev in reading.events:
        if not describes_agent(ev, mentions):
            continue  # "the company will pay for …": a description acts only in some events
        agent = _ref(ev.agent, mentions, st, votes, gaz)
        target = _ref(ev.target, mentions, st, votes, gaz, avoid=agent) if ev.target else None
        if agent is None or (ev.target and target is None) or agent == target:
            continue
        if any(st.entities[k].kind in PLACE_KINDS for k in (agent, target) if k in st.entities):
            continue  # places are where things happen, not who acts or is acted on
        place = _ref(ev.place, mentions, st, votes, gaz) if ev.place else None
        if place is not None and (place not in st.entities or st.entities[place].kind not in PLACE_KINDS):
            place = None  # a place is a city, region or other named place
        reporter = _ref(ev.reported_by, mentions, st, votes, gaz) if ev.reported_by else None
        if reporter in st.entities and st.entities[reporter].kind in PLACE_KINDS:
            reporter = None
        key = (ev.type, agent, target, ev.evidence.begin, ev.polarity)
        if key in seen:
            continue
        seen.add(key)
        when = resolve_time(ev.time_text, reading.article.published)
        events.append(replace(ev, agent=agent, target=target, place=place,
                              reported_by=reporter if reporter != agent else None,
                              date=when[0] if when else None,
                              date_precision=when[1] if when else None))

    facts: list[Fact] = []
    posts: list[Post] = []
    for fact in reading.facts:
        subject = _ref(fact.subject, mentions, st, votes, gaz)
        obj = _ref(fact.object, mentions, st, votes, gaz)
        if subject and obj:
            body = mentions[int(fact.object[2:])]
            posts.append(Post(holder=subject, relation=fact.relation, body=obj, by_city=any(
                o.span == body.span and o.kind in PLACE_KINDS for o in mentions)))
        if fact.relation in _PERSON_RELATIONS and (
                subject not in st.entities or st.entities[subject].kind != "Person"):
            continue  # "Yukos, once the owner of Yuganskneftegas": read as a person's post first
        if subject and obj and subject != obj and replace(fact, subject=subject, object=obj) not in facts:
            facts.append(replace(fact, subject=subject, object=obj))
    # "Poehl said the Bundesbank must keep rates steady": an officer states his body's policy;
    # so does "President Reagan said the United States must do more" in a 1987 story, a post
    # the actor dictionary knows for the article's year
    if events:
        careers = [(k, known.terms) for k, ent in st.entities.items()
                   if ent.kind == "Person" and (known := gaz.person(ent.label)) is not None]
        year = int(st.day[:4]) if st.day else likely_year(terms for _, terms in careers)
        posts += office_posts(careers, year=year)
    # "Yugoslav trade union leaders are touring the country": a state's people, and a person
    # the actor dictionary ties to a state, belong to it (no post: attribution reads none)
    nationals = national_posts(
        {(st.mention_key[m.id], m.hint) for m in mentions
         if m.how == "group" and m.hint and m.id in st.mention_key},
        [(key, _home(key, st, gaz)) for key in {e.agent for e in events}])
    events = [e for e in events if not aimed_at_oneself(e, [*posts, *nationals])]
    # "X criticised Y, Pravda said": a reporter who is none of the parties reports the act
    labels = {key: ent.label for key, ent in st.entities.items()}
    events = [told_by_another(e, posts=posts, home_of=lambda key: _home(key, st, gaz),
                              labels=labels) for e in events]
    referenced = {k for e in events for k in (e.agent, e.target, e.reported_by) if k}
    referenced |= {k for f in facts for k in (f.subject, f.object)}
    entities = {
        key: ent for key, ent in st.entities.items()
        if ent.kind != "Group" or key in referenced
    }
    resolved_mentions = tuple(
        replace(m, entity_key=st.mention_key[m.id]) for m in mentions if m.id in st.mention_key
    )
    return Extraction(
        article=reading.article,
        entities=tuple(entities.values()),
        mentions=resolved_mentions,
        events=tuple(events),
        facts=tuple(facts),
        words=reading.words,
    )


def _home(key: str, st: ResolveState, gaz: Gazetteer) -> frozenset[str]:
    """The ISO alpha-3 codes of the states the actor dictionary ties the person of entity
    ``key`` to: its country and the states of its offices ('Eduard Shevardnadze': Georgia and,
    as Foreign Minister, the Soviet Union); none for another entity."""
    ent = st.entities.get(key)
    known = gaz.person(ent.label) if ent is not None and ent.kind == "Person" else None
    if known is None:
        return frozenset()
    return frozenset({*((known.country,) if known.country else ()),
                      *(t.of for t in known.terms if t.of)})


def _put(st: ResolveState, m: Mention, ent: Entity, *, rule: str = "same-key") -> None:
    """Add mention ``m`` of ``ent`` (joined to an entity of the same key if there is one);
    ``rule`` is how a name of ``m`` other than the entity's label was joined (MERGE_RULES)."""
    old = st.entities.get(ent.key)
    mention_rule = "metonym" if m.how == "metonym" else rule
    merges = dict(ent.merges)
    for alias in ent.aliases:
        merges.setdefault(alias, mention_rule)
    if old is not None:
        names = (m.name,) if m.how in ("name", "metonym") else ()
        aliases = tuple(dict.fromkeys((*old.aliases, *ent.aliases, *names)))
        aliases = tuple(a for a in aliases if a != old.label)
        kind = ent.kind if old.kind == "Organization" and ent.kind in _ORG_SUBKINDS else old.kind
        label = ent.label if len(ent.label) > len(old.label) and m.how == "name" and (
            old.kind in _ORG_SUBKINDS or old.kind == "Organization") else old.label
        aliases = tuple(a for a in dict.fromkeys((*aliases, old.label)) if a != label)
        merges = {**merges, **dict(old.merges)}
        for name in (*names, ent.label, old.label):
            merges.setdefault(name, mention_rule)
        ent = replace(old, kind=kind, label=label, aliases=aliases,
                      positions=tuple(dict.fromkeys((*old.positions, *ent.positions))),
                      merges=tuple((n, r) for n, r in merges.items() if n in aliases))
    else:
        ent = replace(ent, merges=tuple((n, r) for n, r in merges.items() if n in ent.aliases))
    st.entities[ent.key] = ent
    st.mention_key[m.id] = ent.key


def _put_state(st: ResolveState, m: Mention, iso3: str, gaz: Gazetteer) -> str:
    iso3 = state_then(iso3, how=m.how, day=st.day)  # 'Moscow' in 1987: the Soviet Union
    country = gaz.countries[iso3]
    ent = Entity(key=f"state/{iso3}", kind="State", label=country.name,
                 aliases=() if m.name == country.name or m.how != "name" else (m.name,),
                 iso2=country.iso2, geonames_id=country.geonames_id, wikidata=country.qid)
    _put(st, m, ent, rule="dictionary")
    return ent.key


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def _resolve_people(mentions: list[Mention], reading: Reading, gaz: Gazetteer, st: ResolveState) -> None:
    """Cluster person names: full names, surnames, dictionary aliases."""
    clusters: list[dict[str, object]] = []  # {"label", "last", "known"}
    # Only a cluster with the same surname or the same dictionary person can match: index them,
    # so a long article does not compare every name with every cluster.
    by_last: dict[str, list[int]] = {}
    by_known: dict[KnownPerson, list[int]] = {}
    for m in mentions:
        if m.kind != "Person" or m.how != "name":
            continue
        tokens = _name_tokens(m.name)
        # in a sports report a bare surname is a player's, not the dictionary's politician's
        # ("Brown scored twice" is not Gordon Brown)
        known = None if reading.sport and len(tokens) == 1 else gaz.person(m.name)
        refused = None  # the dictionary person the article's words say a surname alone is not
        if known is not None and len(tokens) == 1 and evidence_against(
                m, known, text=reading.article.text):
            known, refused = None, known  # 'Lord Ashcroft', 'Ms Abbott', 'his wife Sharon'
        if known is None and len(tokens) > 1:
            # A misspelt first name ("Micke Pompeo") still matches the dictionary surname;
            # another first name ("Shintaro Abe", not Shinzo) is another person.
            by_surname = gaz.person(tokens[-1])
            if by_surname and _misspelt(tokens[0], by_surname.name):
                known = by_surname
        cluster = None
        last = normalise(tokens[-1])
        candidates = set(by_last.get(last, ()))
        if known is not None:
            candidates.update(by_known.get(known, ()))
        joined_by = "dictionary" if known is not None else "same-key"
        longer = False  # a fuller name of a cluster begun by a surname of more than one word
        # the dictionary's person first when the article names it in full too ("Mr Blair" in
        # an article with Tony Blair and Sir Ian Blair is Tony Blair)
        for c in sorted((clusters[n] for n in candidates),
                        key=lambda c: (known is None or c["known"] != known, c["n"])):
            if known is not None and c["known"] is not None:
                if c["known"] == known:
                    cluster = c
                    break
                continue
            if refused is not None and c["known"] == refused:
                continue
            tail = _tail_of(tokens, _name_tokens(str(c["label"])))
            same = normalise(m.name) == normalise(str(c["label"]))
            if last == c["last"] and (len(tokens) == 1 or c["single"] or tail or same):
                cluster = c
                if len(tokens) == 1 or c["single"] or tail:
                    joined_by = "surname"
                longer = tail and len(tokens) > len(_name_tokens(str(c["label"])))
                break
        if cluster is None:
            cluster = {"label": m.name, "last": last, "known": known,
                       "single": len(tokens) == 1, "mentions": [], "n": len(clusters),
                       "rules": {}, "by_surname": known is not None and len(tokens) == 1,
                       "refused": refused}
            by_last.setdefault(last, []).append(len(clusters))
            if known is not None:
                by_known.setdefault(known, []).append(len(clusters))
            clusters.append(cluster)
        else:
            if known is not None and cluster["known"] is None and (
                    known != cluster.get("refused")) and (
                    len(tokens) > 1 or cluster["single"]):
                # a bare surname ("Abe") is the article's full name first ("Shintaro Abe"),
                # the dictionary's only when the article names no one else so
                cluster["known"] = known
                by_known.setdefault(known, []).append(int(cluster["n"]))  # type: ignore[call-overload]
            elif known is None and len(tokens) > 1 and cluster["by_surname"]:
                # "Abe" first, then "Shintaro Abe": the full name the article gives wins over
                # the dictionary person the bare surname suggested
                cluster["known"], cluster["by_surname"] = None, False
            if len(tokens) > 1 and (cluster["single"] or longer):
                first = str(cluster["label"])  # the bare surname that began the cluster
                cluster["rules"].setdefault(first, "surname")  # type: ignore[union-attr]
                cluster["label"], cluster["single"] = m.name, False
            cluster["rules"].setdefault(m.name, joined_by)  # type: ignore[union-attr]
        cluster["mentions"].append(m)  # type: ignore[union-attr]
    clusters = join_initials(_join_given_names(clusters), tokens=_name_tokens)
    for c in clusters:
        known = c["known"]
        label = known.name if known is not None else str(c["label"])  # type: ignore[union-attr]
        positions: list[str] = []
        names: list[str] = []
        for m in c["mentions"]:  # type: ignore[union-attr]
            if m.title:
                positions.append(m.title)
            positions.extend(reading.positions.get(m.id, ()))
            names.append(m.name)
        aliases = tuple(n for n in dict.fromkeys(names) if n != label)
        rules: dict[str, str] = c["rules"]  # type: ignore[assignment]
        # a name the dictionary renamed was joined by it, whatever joined it to the cluster
        default = "dictionary" if known is not None else "same-key"
        ent = Entity(key=f"person/{slug(label)}", kind="Person", label=label, aliases=aliases,
                     positions=tuple(dict.fromkeys(positions)),
                     merges=tuple((n, rules.get(n, default)) for n in aliases))
        for m in c["mentions"]:  # type: ignore[union-attr]
            _put(st, m, ent)
            ent = st.entities[ent.key]


def _tail_of(tokens: list[str], other: list[str]) -> bool:
    """Whether one of two names of two words or more is the other's end: a surname of more
    than one word ('De Vido' of 'Julio De Vido', 'Farina Elia' of 'Sylvia Farina Elia')."""
    short, long = sorted((tokens, other), key=len)
    if not 1 < len(short) < len(long) or not all(any(c.isalpha() for c in t) for t in long):
        return False  # not "- Mike Leigh" beside "Mike Leigh"
    return [normalise(t) for t in long[-len(short):]] == [normalise(t) for t in short]


def _join_given_names(clusters: list[dict[str, object]]) -> list[dict[str, object]]:
    """A one-word name no dictionary knows joins the one full name of the article that starts
    with it ("Kelly" and "Kelly Holmes"), unless it is also the surname of a full name ("Howard"
    beside "Howard Newby" and "Michael Howard")."""
    full = [c for c in clusters if not c["single"]]
    firsts: dict[str, list[dict[str, object]]] = {}
    for c in full:
        firsts.setdefault(normalise(_name_tokens(str(c["label"]))[0]), []).append(c)
    lasts = {c["last"] for c in full}
    kept = []
    for c in clusters:
        into = firsts.get(str(c["last"]), []) if c["single"] and c["known"] is None else []
        if len(into) != 1 or c["last"] in lasts:
            kept.append(c)
            continue
        absorb(into[0], c, rule="given-name")
    return kept


def _misspelt(first: str, known_name: str) -> bool:
    """Whether ``first`` may be the dictionary person's first name misspelt or cut to an
    initial: 'Micke' for Mike, 'M.' for Mike, 'Palaniappan' for P. Chidambaram; not 'Shintaro'
    for Shinzo, 'Nicholas' for John."""
    given = known_name.split()[0].lower().rstrip(".")
    first = first.lower().rstrip(".")
    if not first or not given or first[0] != given[0]:
        return False  # (an initial either side: 'Palaniappan' for the dictionary's 'P.')
    return 1 in (len(first), len(given)) or (
        SequenceMatcher(None, first, given).ratio() >= _MISSPELT_RATIO)


_MISSPELT_RATIO = 0.8  # 'micke'/'mike' 0.89, 'shintaro'/'shinzo' 0.71

_LOCAL_WINDOW = 3  # sentences before the one being resolved
_LOCAL_WEIGHT = 3


def _state_votes(mentions: list[Mention], reading: Reading, st: ResolveState,
                 gaz: Gazetteer) -> list[tuple[str, int]]:
    """(state key, sentence) for every mention that points at a state: its name, capital or
    demonym, or a person the actor dictionary ties to it (pronouns included); a state named
    as the scene of something ('the war in Iraq') only when nothing else points at a state."""
    votes = [(f"state/{iso3}", sent) for iso3, sent in reading.demonyms]
    scenes: list[tuple[str, int]] = []
    for m in mentions:
        if m.kind in ("State", "City") and m.hint and m.how in ("name", "metonym", "demonym", "capital"):
            # "the war in Iraq": where something happens, not whose government (unless nothing
            # else in the article points at a state: "A World Bank team arrived in Uganda")
            iso3 = state_then(m.hint, how=m.how, day=st.day)
            (scenes if m.role == "place" else votes).append((f"state/{iso3}", m.sentence))
        elif m.kind == "Person" and m.id in st.mention_key:
            known = gaz.person(st.entities[st.mention_key[m.id]].label)
            if known and known.country and known.country in gaz.countries:
                votes.append((f"state/{known.country}", m.sentence))
    return votes or scenes


def _focus_states(votes: list[tuple[str, int]], sentence: int) -> list[str]:
    """States ordered by how central they are here: mentions in the whole article, and three
    times more for mentions in this sentence and the few before it."""
    score: Counter[str] = Counter()
    for key, sent in votes:
        score[key] += 1
        if sentence - _LOCAL_WINDOW <= sent <= sentence:
            score[key] += _LOCAL_WEIGHT
    return [k for k, _ in score.most_common()]


@cache
@cache
def _legal_forms() -> frozenset[str]:
    """'Corp', 'Ltd', 'PLC' … (``rules/legal_forms.txt``, shared with extract)."""
    return frozenset(read_lines("legal_forms.txt"))


def _without_legal_form(name: str) -> str:
    """A company's name without its legal form, for its key: 'Toshiba Corp' and 'Toshiba' are
    one node, in one article and across articles (the label keeps the longer name); so are
    'Mitsui and Co' and 'Mitsui'."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(",") in _legal_forms():
        words.pop()
        if len(words) > 1 and words[-1] in ("and", "&"):
            words.pop()  # "Mitsui and Co", "Merrill Lynch and Co Inc"
    return " ".join(words).rstrip(",")


def _role(m: Mention, mentions: list[Mention], st: ResolveState, gaz: Gazetteer) -> str | None:
    """'the Belarusian leader' → the Belarusian person in the article; an office ('the prime
    minister') → the person named before it who held it, by the dictionary, in the article's
    year (before it: 'the former home secretary'); in an undated article, of two people named in
    it who held it, the one in office in the years most of its dictionary people were, else no
    one (``eras.py``)."""
    candidates: Counter[str] = Counter()
    offices: dict[str, list[Term]] = {}  # candidate → its terms in the office
    title = (m.title or "").lower()
    office = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)")
    generic = title in ("leader", "president", "strongman", "ruler", "dictator")
    year = int(st.day[:4]) if st.day and not past_office(m.name) else None
    for other in mentions:
        if other.kind != "Person" or other.how != "name" or other.id not in st.mention_key:
            continue
        if other.span.begin > m.span.begin:
            continue
        known = gaz.person(other.name) or gaz.person(st.entities[st.mention_key[other.id]].label)
        if m.hint and (known is None or known.country != m.hint):
            continue
        if known is None:
            continue
        if generic or any(holds(t, office) for t in known.titles):
            terms = [t for t in known.terms if generic or holds(t.title, office)]
            if year is None or not terms or held_in(terms, year):
                candidates[st.mention_key[other.id]] += 1
                offices.setdefault(st.mention_key[other.id], terms)
    if len(candidates) > 1 and st.day is None and not generic:
        # 'the prime minister' beside Blair and Brown: the one in office in the article's era
        era = likely_year(gaz.person(st.entities[k].label).terms  # type: ignore[union-attr]
                          for k in dict.fromkeys(st.mention_key[p.id] for p in st.named_people)
                          if gaz.person(st.entities[k].label) is not None)
        held = [k for k in candidates if era is not None and held_in(offices[k], era)]
        return held[0] if len(held) == 1 else None
    return candidates.most_common(1)[0][0] if candidates else None


def _ref(ref: str | None, mentions: list[Mention], st: ResolveState, votes: list[tuple[str, int]],
         gaz: Gazetteer, *, avoid: str | None = None) -> str | None:
    if not ref:
        return None
    m = mentions[int(ref[2:])]
    if m.id in st.mention_key:
        return st.mention_key[m.id]
    if m.how == "definite" and not is_description(m):
        # The state of the same body named with its state before ("the Reagan administration
        # … the administration": its hint, extract/leaders.py), else the state the article is
        # about around here; if that is the other party itself ("Belarus asked … to help the
        # country"), the phrase is reflexive: no event.
        focus = [f"state/{m.hint}"] if m.hint else _focus_states(votes, m.sentence)
        if focus and focus[0] != avoid:
            return _put_state(st, m, focus[0].split("/", 1)[1], gaz)
    return None
