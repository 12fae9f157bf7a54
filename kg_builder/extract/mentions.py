"""The mention a syntactic argument refers to: names, pronouns, groups, demonym phrases, roles,
units of organisations and definite descriptions ('the government').

:func:`mention_for` adds a mention the first time an argument needs one (and returns the same one
afterwards). Reads the ``mentions`` rule section.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..gazetteer import normalise
from ..model import PLACE_KINDS, Fact
from .advocates import backs_only
from .appositives import appositive_mention
from .context import ReadContext
from .creditors import creditors_body
from .descriptions import described_body
from .entities import ORG_KINDS, mention_rules, org_kind
from .expletives import holds_a_clause
from .fronted import fronted_partner
from .leaders import described_before, leader_state
from .members import members_of, some_members
from .named_units import named_unit
from .office_groups import office_group
from .owners import earlier_owner, maker
from .speakers import document_author, speaker_party
from .syntax import subjects
from .trades import private_people, shares_modifier, wire_plural_lemma

__all__ = ["collect_pronouns", "collect_subject_roles", "mention_for", "names_itself",
           "state_modifier"]


def collect_pronouns(ctx: ReadContext) -> None:
    """Every personal pronoun is a mention, so coreference is resolved (and measurable) for
    all of them, not only for those an event needs."""
    pronouns = mention_rules().personal_pronouns
    for token, pos, lower in zip(ctx.tokens, ctx.pos, ctx.lowers, strict=True):
        if pos == "PRON" and lower in pronouns and token.i not in ctx.by_token:
            mention_for(ctx, token)


def collect_subject_roles(ctx: ReadContext) -> None:
    """Every definite office held by one person that is a subject ('the prime minister insisted
    that …', '…, the Conservative leader said') is a mention, so a pronoun after it can refer to
    its holder ('… repeating his insistence')."""
    groups = mention_rules().groups
    for i, dep in enumerate(ctx.deps):  # read once (see ReadContext)
        if dep in ("nsubj", "nsubjpass") and i not in ctx.by_token and (
                ctx.lemmas[i] not in groups) and _office(ctx, token := ctx.tokens[i]) and (
                _missed_name(ctx, token) is None):  # not "the Treasury Secretary" as a body
            mention_for(ctx, token)


def names_itself(ctx: ReadContext, token: Token) -> bool:
    """The argument names a party itself ('Britain', 'the prime minister', 'he'), not through
    what it owns, made or is part of ('Mexico's economy', 'the tomb of Yasser Arafat')."""
    mid = mention_for(ctx, token)
    if mid is None:
        return False
    span = ctx.mention(mid).span
    return span.begin <= token.idx < span.end


def mention_for(ctx: ReadContext, token: Token, *, depth: int = 0) -> int | None:
    """The mention a syntactic argument refers to, creating one for pronouns, groups,
    demonym phrases and definite descriptions."""
    if token.i in ctx.by_token:
        return ctx.by_token[token.i]
    if depth > 2:
        return None
    rules = mention_rules()
    doc = ctx.doc
    if token.ent_type_ == "NORP":
        # "the Palestinians reject …", "Hungarian and Romanian officials": the people of a
        # state acting as one are that state.
        ent = ctx.ent_at(token.i)
        hit = ctx.gaz.state(ent.text) if ent is not None else None
        people = _people_group(ctx, token, ent) if hit is None and ent is not None else None
        if people is not None:
            return people  # "Tibetans", "Iraqi Kurds": see "groups of people"
        if hit is not None and ent is not None:
            if token.i == ent.end - 1 and token.tag_ in ("NNS", "NNPS"):
                # "ethnic Albanians demonstrated", "the Palestinians reject": a people, not
                # the state's government — a group named after it.
                mods = [c for c in token.children if c.dep_ == "amod" and c.i < ent.start]
                start = min([m.i for m in mods] + [ent.start])
                return ctx.add(start, ent.end, name=doc[start:ent.end].text,
                               how="group", kind="Group", hint=hit[0].iso3)
            return ctx.add(ent.start, ent.end, name=ent.text, how="demonym", kind="State",
                           hint=hit[0].iso3)
    if token.pos_ == "PRON":
        return _pronoun(ctx, token)
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    missed = _missed_name(ctx, token)  # a name the NER missed: "Russia's Gazprombank"
    if missed is not None:
        start, kind = missed
        name = " ".join(t.text for t in doc[start:token.i + 1])
        return ctx.add(start, token.i + 1, name=name, how="name", kind=kind)
    # "The President of the United States, Donald Trump" → Trump; "the opposition newspaper La
    # Prensa" → La Prensa (a name typed from the noun before it is no person).
    for child in token.children:
        if child.dep_ == "appos":
            found = appositive_mention(ctx, child, mention_for(ctx, child, depth=depth + 1))
            if found is not None and (ctx.mention(found).kind == "Person" or (
                    # "Norway's North Sea neighbour Britain refused": Britain, not Norway (a
                    # capital stays a place: "the Kenyan capital Nairobi")
                    (ctx.mention(found).kind in ORG_KINDS or _state_name(ctx, child))
                    and (child.i == token.i + 1 + sum(
                        1 for c in child.children if c.dep_ == "compound" and c.i > token.i)
                         or _set_off(ctx, token, child)))):
                return found
    holder = _holder_set_off(ctx, token, depth=depth)  # "the head of the IMF, Rodrigo Rato,"
    if holder is not None:
        return holder
    # "a spokesman for Oxfam", "the Oxfam spokeswoman": the party the spokesperson speaks for
    spoken_for = speaker_party(ctx, token, find=lambda t: mention_for(ctx, t, depth=depth + 1))
    if spoken_for is not None:
        return spoken_for
    author = document_author(ctx, token, find=lambda t: mention_for(ctx, t, depth=depth + 1))
    if author is not None:  # "A complaint filed by the steel institute accused Brazil …"
        return author
    made_by = maker(ctx, token, find=lambda t: mention_for(ctx, t, depth=depth + 1))
    if made_by is not None:  # "objected to a customs user fee imposed by the U.S."
        return made_by
    lemma = wire_plural_lemma(token, token.lemma_.lower())  # "U.K. Bankers"
    if token.tag_ in ("NNP", "NNPS") and token.text[:-1].isupper() and token.text.endswith("s") \
            and lemma[:-1] in rules.groups:
        lemma = lemma[:-1]  # "told MSPs", lemmatised as a name: the plural of "MSP", a group
    state_mod = state_modifier(ctx, token)
    office = _office(ctx, token)  # "the home secretary", "the Tory leader": who holds it
    if lemma in rules.leader_titles and token.tag_ in ("NN", "NNP") and token.dep_ != "compound" \
            and not _of_someone(token):
        if state_mod is not None or any(c.lower_ == "the" for c in token.children):
            start = office[0] if office else token.left_edge.i if state_mod else token.i
            while start < token.i and doc[start].dep_ == "det":
                start += 1
            return ctx.add(start, token.i + 1, name=doc[start:token.i + 1].text, how="role",
                           kind=None, hint=state_mod, title=office[1] if office else lemma)
    group = lemma in rules.groups or office_group(token)  # "urged the finance chiefs to …"
    if office is not None and not group:  # "the prosecutor" stays a group
        start, title = office
        return ctx.add(start, token.i + 1, name=doc[start:token.i + 1].text, how="role",
                       kind=None, hint=state_mod, title=title)
    # "Afghan rebel leaders", "Brazilian business leaders" are no government
    rebel_mod = any(c.dep_ in ("compound", "amod") and (
        c.lemma_.lower() in rules.groups | rules.civil_words)
        and c.lemma_.lower() not in rules.state_agent_nouns
        for c in token.children)
    led = leader_state(ctx, token) if state_mod is None and not rebel_mod else None
    if led is not None:  # "the Reagan administration", "the Thatcher government": their state
        return ctx.add(token.i, token.i + 1, name=token.text, how="demonym", kind="State", hint=led)
    if lemma in rules.state_nouns and state_mod is None:
        for prep in token.children:  # "the military government of President Prosper Avril"
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in ctx.by_token and (
                            ctx.mention(ctx.by_token[obj.i]).kind == "Person"):
                        return ctx.by_token[obj.i]
    if not rebel_mod and (lemma in rules.state_nouns
                          or (state_mod is not None and lemma in rules.state_agent_nouns)):
        if state_mod is not None:
            return ctx.add(token.i, token.i + 1, name=token.text, how="demonym",
                           kind="State", hint=state_mod)
        if lemma in rules.definite_state_nouns and any(
                c.lower_ in ("the", "this", "that") for c in token.children if c.dep_ == "det"):
            # "the U.S. administration … the administration": that state (resolve.py)
            before = described_before(ctx, token, described=lambda t: (
                state_modifier(ctx, t) or leader_state(ctx, t)))
            return ctx.add(token.i, token.i + 1, name=token.text, how="definite", kind="State",
                           hint=before)
    members = _members(ctx, token, depth=depth)  # "two former executives of Acme Corp"
    if members is not None:
        return members
    if group:
        named = _named_part(ctx, token, depth=depth)
        if named is not None:
            return named
        mods = [c for c in token.children if c.dep_ in ("compound", "amod")
                and c.i < token.i and c.lower_ not in rules.group_modifier_stop
                and c.pos_ in ("NOUN", "ADJ", "PROPN") and c.i not in ctx.by_token]
        start = mods[0].i if mods else token.i
        named_mod = ctx.ent_at(start) if mods else None
        if named_mod is not None and named_mod.label_ in ("GPE", "NORP") and (
                named_mod.end <= token.i
                and all(t.is_alpha for t in doc[named_mod.start:start])):
            start = min(start, named_mod.start)  # "Latin American leaders", the name whole
        backed = [c.left_edge.i for c in token.children if c.dep_ in ("compound", "nmod")
                  and c.i < token.i and c.i in ctx.by_token and backs_only(
                      token, ctx.mention(ctx.by_token[c.i]).kind)]
        start = min([start, *backed])  # "Black Watch campaigners": named after what they back
        words = [t.text for t in doc[start:token.i + 1]
                 if t.lower_ not in rules.group_modifier_stop and not t.like_num]
        name = " ".join(words) + _group_affiliation(ctx, token)  # "supporters of X"
        # "Yugoslav trade union leaders": a group of a state's people carries the state
        return ctx.add(start, token.i + 1, name=name, how="group", kind="Group", hint=state_mod)
    lenders = creditors_body(token)  # "Brazil's bank advisory committee": the banks', no Brazil
    if lenders is not None:
        return ctx.add(lenders.i, token.i + 1, name=doc[lenders.i:token.i + 1].text, how="group",
                       kind="Group")
    if lemma in rules.unit_nouns:
        unit = _sub_unit(ctx, token, depth=depth)
        if unit is not None:
            return unit
    if token.lower_ in rules.topic_nouns:  # word forms: "the affairs of Guinness" are its own
        return None  # "Lord Hutton's inquiry into the death of Dr David Kelly": what happened
    # "Serbia's suppression of the unrest", "Russia's invasion of Ukraine": the possessor (of a
    # common noun: "Labour's Livingstone" is not Labour)
    for child in token.children if token.pos_ == "NOUN" else ():
        if child.dep_ != "poss" or lemma in rules.unit_nouns:
            continue
        owner = ctx.by_token.get(child.i)
        if owner is None and child.pos_ == "NOUN" and ctx.lemmas[child.i] in rules.owner_nouns \
                and state_modifier(ctx, child) is not None:
            # "the Japanese government's attempt to prevent Cable and Wireless …", "the US
            # court's jurisdiction": a state's body described by the state's name is the owner,
            # read when first needed — not a party named inside what it owns
            owner = mention_for(ctx, child, depth=depth + 1)
            if owner is not None and ctx.mention(owner).kind != "State":
                owner = None
        if owner is not None:
            if ctx.mention(owner).kind == "State" and _private(lemma):
                continue  # "Britain's biggest bank": a company of the state, not the state
            if ctx.mention(owner).kind not in PLACE_KINDS:
                return owner
    held = _company_office(ctx, token, depth=depth)  # "the chief executive of Pan Ocean"
    if held is not None:
        return held
    # "the activities of X" → X; "official contact with X", "ties with X" → X
    links = ("of", "with") if lemma in rules.relation_nouns else ("of",)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in links:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = mention_for(ctx, obj, depth=depth + 1)
                    if found is not None:
                        return found
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.i in ctx.by_token:
            m = ctx.mention(ctx.by_token[child.i])
            if m.kind == "State" and _private(lemma):
                continue  # "A US bank has said it will donate …", "the US insurance industry":
                # a company or an industry, not its state
            if m.kind not in PLACE_KINDS and lemma not in rules.unit_nouns:
                return ctx.by_token[child.i]
    # "an Indian proposal", "Belarus's rulers": the state behind a thing or a role
    # ("the Pakistani community" is a people, not its state)
    if state_mod is not None and lemma not in rules.groups and not _private(lemma):
        return ctx.add(token.i, token.i + 1, name=token.text, how="demonym", kind="State",
                       hint=state_mod)
    if depth == 0:  # "Dave Prentis criticised the plans": whose the article said they are
        described = described_body(ctx, token)  # "The company accused …": named before
        return described if described is not None else earlier_owner(
            ctx, token, find=lambda t: mention_for(ctx, t, depth=1))
    return None


def _missed_name(ctx: ReadContext, token: Token) -> tuple[int, str] | None:
    """(first token, kind) of a name the statistical NER missed, with an organisation cue
    ("Russia's Gazprombank"), or None."""
    if token.pos_ != "PROPN" or token.ent_type_:
        return None
    start = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
                + [token.i])
    words = [t.text for t in ctx.doc[start:token.i + 1]]
    known = ctx.gaz.org(" ".join(words))
    kind = known.kind if known is not None else org_kind(words)
    return (start, kind) if kind else None


def _state_name(ctx: ReadContext, token: Token) -> bool:
    """Whether ``token`` is a state's own name ('Britain'), not its demonym or its capital."""
    hit = ctx.gaz.state(token.text)
    return hit is not None and hit[1] != "demonym" and not (
        hit[0].capital and normalise(token.text) == normalise(hit[0].capital))


def _private(lemma: str) -> bool:
    """'a US bank', 'the Pakistani community', 'US tabloid magazines', 'the US insurance
    industry': a company, a part of civil society, the press or a private sector of a state —
    a state named before it is not the party."""
    rules = mention_rules()
    return lemma in rules.company_heads or lemma in rules.civil_words or (
        lemma in rules.private_heads) or private_people(lemma)  # "U.K. Bankers", "a Kent athlete"


def _set_off(ctx: ReadContext, token: Token, name: Token) -> bool:
    """"Japan's main opposition party, the Japan Socialist Party, accused …", "Yukos' parent
    company, the Gibraltar-based Menatep Group, is suing …": a name in apposition set off by
    commas right after a singular common noun is what the noun stands for, not the noun's
    owner; not one of a list ('its partners, Britain, France and Italy')."""
    doc = ctx.doc
    after = name.right_edge.i + 1
    return (token.tag_ == "NN" and token.i + 1 < len(doc) and doc[token.i + 1].text == ","
            and name.left_edge.i in (token.i + 1, token.i + 2)
            and after < len(doc) and doc[after].text == ","
            and not any(c.dep_ in ("conj", "cc") for c in name.children))


def _holder_set_off(ctx: ReadContext, token: Token, *, depth: int) -> int | None:
    """'The head of the IMF, Rodrigo Rato, accused …', 'director of the Victims of Crime Trust,
    Norman Brennan, accused …': a person's name set off by a comma right after '<title> of
    <organisation or state>' names the holder of the title, though the parser hangs the name on
    the organisation. Not after a person ('a friend of the minister, John Smith')."""
    rules = mention_rules()
    lemma = token.lemma_.lower()
    if token.tag_ not in ("NN", "NNP") or (lemma not in rules.titles and lemma not in rules.head_titles):
        return None
    for obj, owner in _of_owners(ctx, token, depth=depth):
        if ctx.mention(owner).kind not in (*ORG_KINDS, "State"):
            continue
        for child in obj.subtree:  # "of the Victims of Crime Trust, Norman Brennan": on "Trust"
            if child.dep_ in ("appos", "npadvmod") and child.i > obj.i and (
                    ctx.by_token.get(child.head.i) == owner) and (
                    ctx.doc[child.left_edge.i - 1].text == ","):
                found = mention_for(ctx, child, depth=depth + 1)
                if found is not None and ctx.mention(found).kind == "Person":
                    return found
    return None


def _of_owners(ctx: ReadContext, token: Token, *, depth: int) -> Iterator[tuple[Token, int]]:
    """The objects of the token's 'of' phrases that name a party, with the party's mention
    ('director of the Trust', 'the head of Yukos')."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                owner = mention_for(ctx, obj, depth=depth + 1) if obj.dep_ == "pobj" else None
                if owner is not None:
                    yield obj, owner


def _company_office(ctx: ReadContext, token: Token, *, depth: int) -> int | None:
    """'the chief executive of Pan Ocean Shipping Company', 'the head of Yukos': one person's
    office in an organisation of ``office_holder_kinds`` (a company, an organisation of no more
    specific kind) is that person, a role — not the organisation (a party's, a state's or an
    intergovernmental body's office still stands for it: 'the head of the IMF'). The role is
    its holder if the article names that person with the whole phrase, else no one."""
    rules = mention_rules()
    if token.tag_ not in ("NN", "NNP") or token.dep_ == "compound" or _of_someone(token):
        return None
    start = token.i
    while start > token.left_edge.i and ctx.doc[start - 1].dep_ in ("amod", "compound"):
        start -= 1
    words = [t.lower_ for t in ctx.doc[start:token.i]] + [token.lemma_.lower()]
    title = next((" ".join(words[n:]) for n in range(len(words))
                  if " ".join(words[n:]) in rules.titles), None)
    if title is None:
        return None
    for obj, owner in _of_owners(ctx, token, depth=depth):
        if ctx.mention(owner).kind in rules.office_holder_kinds:
            end = max(t.i for t in obj.subtree if ctx.by_token.get(t.i) == owner) + 1
            begin = start + len(words) - len(title.split())
            return ctx.add(begin, end, name=ctx.doc[begin:end].text, how="role", kind=None,
                           title=title)
    return None


def _of_someone(token: Token) -> bool:
    """'the leader of a Eurosceptic party': an office of no one in particular."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for o in p.children for d in o.children)
        for p in token.children)


def _office(ctx: ReadContext, token: Token) -> tuple[int, str] | None:
    """(first token, title) of a definite office held by one person: 'the home secretary',
    'the Tory co-chairman', "Britain's foreign secretary" — the longest title of titles.txt the
    phrase ends with. Plural or indefinite phrases ('ministers', 'a spokesman') are no one in
    particular; an office 'of' something ('the deputy chief of Israel's militia ally') is read
    as that something, as before."""
    if token.tag_ not in ("NN", "NNP") or token.dep_ == "compound" or any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in p.children)
            for p in token.children) or not any(
            c.dep_ in ("det", "poss") and (c.dep_ == "poss" or c.lower_ == "the")
            for c in token.children):
        return None
    titles = mention_rules().titles
    start = token.i
    while (start > token.left_edge.i and ctx.doc[start - 1].dep_ not in ("det", "poss", "case") \
            and not ctx.doc[start - 1].is_punct) or (start > token.left_edge.i and ctx.doc[
                start - 1].text == "-"):
        start -= 1
    words = [t.lower_ for t in ctx.doc[start:token.i]] + [token.lemma_.lower()]
    for n in range(len(words)):
        title = " ".join(words[n:]).replace(" - ", "-")
        if title in titles:
            return start, title
    return None


def _pronoun(ctx: ReadContext, token: Token) -> int | None:
    rules = mention_rules()
    low = token.lower_
    if low in rules.personal_pronouns:
        mid = ctx.add(token.i, token.i + 1, name=token.text, how="pronoun", kind="Person")
        if token.dep_ not in ("nsubj", "nsubjpass", "poss"):
            # "Lukashenko accused Moscow of pressing him": not Moscow, who presses
            verb = token.head.head if token.head.pos_ == "ADP" else token.head
            subj = subjects(ctx, verb)
            mates = [ctx.by_token[t.i] for t in subj if t.i in ctx.by_token]
            if mates or not subj:  # -1: its clause has no subject of its own
                ctx.out.mentions[mid] = replace(ctx.out.mentions[mid],
                                                clause_subject=mates[0] if mates else -1)
        elif token.dep_ == "nsubj":
            # "Mr Blair has failed to tackle these problems, he claimed": the speaker of a
            # reported clause put first is not that clause's subject, when a name ('"… he
            # should apologise," he said' leaves both pronouns to resolution)
            reported = [t for c in token.head.children if c.dep_ == "ccomp" and c.i < token.i
                        for t in c.children if t.dep_ in ("nsubj", "nsubjpass")
                        and t.i in ctx.by_token and ctx.mention(ctx.by_token[t.i]).how == "name"]
            # "After talks with President Suharto, he said": not Suharto
            partner = ctx.by_token[reported[0].i] if reported else fronted_partner(ctx, token)
            if partner is not None:
                ctx.out.mentions[mid] = replace(ctx.out.mentions[mid], clause_subject=partner)
        return mid
    if low in rules.it_pronouns:
        if holds_a_clause(token):
            return None  # "it is alleged by Texaco that Pennzoil …": the clause, no one
        return ctx.add(token.i, token.i + 1, name=token.text, how="pronoun", kind=None)
    if low in rules.they_pronouns:
        return ctx.add(token.i, token.i + 1, name=token.text, how="pronoun", kind="Plural")
    return None


def _sub_unit(ctx: ReadContext, token: Token, *, depth: int) -> int | None:
    """'the U.N. war crimes court', 'the Belarusian branch of Russia's Gazprombank': a unit of
    a named organisation is an organisation of its own, ``subsidiaryOf`` the parent, of the
    parent's kind where that is a company or a body of states or of a state; a news
    organisation's name and words for one ('the Reuters news agency') is that organisation."""
    if (named := named_unit(ctx, token)) is not None:
        return named  # "its RKO General Inc subsidiary": RKO General Inc, no unit of it
    parent: int | None = None
    end = token.i + 1
    for child in token.children:
        if child.dep_ in ("compound", "poss", "nmod") and child.i < token.i and child.i in ctx.by_token:
            if ctx.mention(ctx.by_token[child.i]).kind in ORG_KINDS:
                parent = ctx.by_token[child.i]
    if parent is None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    found = mention_for(ctx, obj, depth=depth + 1) if obj.dep_ == "pobj" else None
                    if found is not None and ctx.mention(found).kind in ORG_KINDS:
                        parent, end = found, obj.i + 1
    if parent is None:
        return None
    start = token.left_edge.i
    while start < token.i and (ctx.doc[start].dep_ == "det" or ctx.doc[start].is_punct):
        start += 1
    own = " ".join(t.lower_ for t in ctx.doc[start:end] if ctx.by_token.get(t.i) != parent)
    if ctx.mention(parent).kind == "MediaOrganization" and own in mention_rules().media_words:
        return parent  # "told Reuters news agency": the agency itself, no unit of it
    kind = ctx.mention(parent).kind  # "the EC's cereal management committee": the EC's kind
    if kind not in ("Company", "GovernmentBody", "IntergovernmentalOrganization"):
        kind = "Organization"
    mid = ctx.add(start, end, name=ctx.doc[start:end].text, how="name", kind=kind)
    ctx.out.facts.append(Fact(subject=f"m:{mid}", relation="subsidiaryOf",
                              object=f"m:{parent}", evidence=ctx.sentence_span(token)))
    return mid


def _members(ctx: ReadContext, token: Token, *, depth: int) -> int | None:
    """'two former executives of Acme Corp', 'employees of Enron': people named by
    their place in a company, party or organisation are a group named with it, not the body;
    so are some members of any body ('senior members of the ruling Conservative Party') (see
    :mod:`.members`)."""
    for obj, owner in _of_owners(ctx, token, depth=depth):
        span = ctx.mention(owner).span  # the body itself, not "the group of eight ICO producers"
        if span.begin <= obj.idx < span.end and (
                members_of(token, ctx.mention(owner).kind) or some_members(token)):
            stop = mention_rules().group_modifier_stop
            mods = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                    and c.lower_ not in stop and c.pos_ in ("NOUN", "ADJ", "PROPN")
                    and c.i not in ctx.by_token]
            start = mods[0].i if mods else token.i
            words = [t.text for t in ctx.doc[start:token.i + 1]
                     if t.lower_ not in stop and not t.like_num]
            return ctx.add(start, token.i + 1, name=" ".join(words) + _group_affiliation(
                ctx, token), how="group", kind="Group")
    return None


def _named_part(ctx: ReadContext, token: Token, *, depth: int) -> int | None:
    """The organisation or state behind a collective: 'Hezbollah guerrillas', 'U.N.
    inspectors', 'inspectors of the IAEA', 'a group of Moroccan diplomats'."""
    rules = mention_rules()
    # a state's rebels or inhabitants are not the state; a person's supporters are not the person
    not_behind = {None, "Person", "State", *PLACE_KINDS}
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.i < token.i and child.i in ctx.by_token:
            kind = ctx.mention(ctx.by_token[child.i]).kind
            if kind not in not_behind and not backs_only(token, kind):  # "Labour supporters"
                return ctx.by_token[child.i]
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                found = mention_for(ctx, obj, depth=depth + 1)
                if found is not None and backs_only(token, ctx.mention(found).kind):
                    continue  # "supporters of the Labour Party" are not the party
                if found is not None and (
                        token.lemma_.lower() in rules.partitive_nouns
                        or ctx.mention(found).kind not in not_behind
                        # "leaders of Romania's new government" act for Romania
                        or obj.lemma_.lower() in rules.state_nouns):
                    return found
    return None


def state_modifier(ctx: ReadContext, token: Token) -> str | None:
    """ISO alpha-3 of a demonym/state modifier: 'Russian officials', 'US officials',
    "Russia's government", 'the government of Belarus'; a bare conjunct shares its first
    conjunct's ('U.S. Manufacturers and officials': U.S. officials); not a word in lower case
    after 'of' ('"A lot of us in politics get angry with journalists"': the pronoun, no United
    States)."""
    own = _own_state_modifier(ctx, token)
    if own is None and shares_modifier(token):
        return _own_state_modifier(ctx, token.head)
    return own


def _own_state_modifier(ctx: ReadContext, token: Token) -> str | None:
    state_agent_nouns = mention_rules().state_agent_nouns
    gaz = ctx.gaz
    for child in token.children:
        if child.dep_ in ("amod", "compound", "nmod", "poss") and child.i < token.i:
            hit = gaz.state(child.text)
            ent = ctx.ent_at(child.i) if child.ent_type_ in ("GPE", "NORP") else None
            if ent is not None and (hit is None or (
                    ent.start < child.i and ent.end == child.i + 1
                    and all(t.is_alpha for t in ctx.doc[ent.start:child.i]))):
                # "Latin American leaders": the name the NER read whole, not its last word (not
                # a dateline the NER glued to it: "BAHRAIN - Iranian forces")
                hit = gaz.state(ent.text)
            if hit is not None and hit[0].capital and (
                    normalise(child.text) == normalise(hit[0].capital)) and (
                    token.lemma_.lower() not in state_agent_nouns):
                continue  # "the party's London HQ" is in London, not Britain's
            if hit is not None:
                return hit[0].iso3
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and not obj.text.islower():  # "a lot of us": no US
                    hit = gaz.state(obj.text) or (
                        gaz.state(ctx.doc[obj.left_edge.i:obj.i + 1].text))
                    if hit is not None and hit[1] != "demonym":
                        return hit[0].iso3
    return None


def _people_group(ctx: ReadContext, token: Token, ent: SpacySpan) -> int | None:
    """'Thousands of Tibetans', 'Iraqi Kurds': a people with no state of its own is a group
    (its hint is the state named by a demonym modifier, if any)."""
    if token.i != ent.end - 1 or token.tag_ not in ("NNS", "NNPS"):
        return None
    mods = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < ent.start]
    start = min([m.i for m in mods] + [ent.start])
    hints = [hit[0].iso3 for t in ctx.doc[start:ent.end]
             if (hit := ctx.gaz.state(t.text)) is not None]
    return ctx.add(start, ent.end, name=ctx.doc[start:ent.end].text, how="group",
                   kind="Group", hint=hints[0] if hints else None)


def _group_affiliation(ctx: ReadContext, token: Token) -> str:
    """' of former President X', ' from the Fatah Party', ' affiliated with the Y Union':
    the named party a group belongs to or follows, kept in the group's name."""
    rules = mention_rules()
    for child in token.children:
        if child.i < token.i:
            continue
        if child.dep_ == "prep" and child.lower_ in rules.affiliation_preps:
            preps = [child]
        elif child.dep_ in ("acl", "amod") and child.lower_ in rules.affiliation_words:
            preps = [c for c in child.children
                     if c.dep_ == "prep" and c.lower_ in rules.affiliation_words[child.lower_]]
        else:
            continue
        for prep in preps:
            named = [o for o in prep.children if o.dep_ == "pobj" and o.i in ctx.by_token
                     and ctx.mention(ctx.by_token[o.i]).kind
                     not in PLACE_KINDS]  # a place is not an affiliation
            if named:
                mid = ctx.by_token[named[0].i]
                end = max(t.i for t in named[0].subtree if ctx.by_token.get(t.i) == mid) + 1
                return " " + ctx.doc[child.i:end].text
    return ""
