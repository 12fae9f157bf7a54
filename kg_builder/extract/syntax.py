"""Syntax helpers over spaCy's dependency parse: subjects, conjuncts, passive agents, objects.

They add nothing to the reading; ``ctx`` is passed only for the gazetteer (coordinated
demonyms: 'Hungarian and Romanian officials' are two states' officials). Reads the ``syntax``
rule section (which passives pass their subject to an infinitive).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .addressees import asked_past_relative
from .closing_speakers import without_closing_speakers
from .context import ReadContext
from .entities import mention_rules
from .representatives import represented
from .rules import Words, load_section
from .titled_conjuncts import described_by_next

__all__ = ["ControlRules", "SyntaxRules", "asked_through_preposition", "coordination_head",
           "first_noun_conjunct", "is_conditional", "is_contingent", "modified", "objects_of",
           "particle", "passive_agent", "passive_subjects", "subjects", "syntax_rules",
           "with_conjuncts"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SyntaxRules:
    """The ``syntax`` section: see the comment in ``rules/extract/syntax.json``."""

    raising_verbs: Words
    relative_clause_verbs: Words
    time_preps: Words
    participle_verbs: Words
    past_tags: frozenset[str]
    bare_tags: frozenset[str]
    modal_tags: frozenset[str]
    act_nouns: Words
    owner_verbs: Words


@cache
def syntax_rules() -> SyntaxRules:
    return load_section("syntax", SyntaxRules)


@dataclass(frozen=True, slots=True, kw_only=True)
class ControlRules:
    """Who does what an infinitive says (``rules/extract/control.json``)."""

    object_control_preps: dict[str, Words]
    time_labels: frozenset[str]


@cache
def _control_rules() -> ControlRules:
    return load_section("control", ControlRules)


def _controllers(verb: Token, head: Token) -> list[Token]:
    """Who does what the infinitive ``verb`` of ``head`` says, when not the subject of ``head``:
    its direct object ('urged Britain to …') or the object of a preposition of ``head`` that
    passes its object on ('called on the United States to impose sanctions on Iran')."""
    objs = [c for c in head.children if c.dep_ == "dobj"]
    if objs:
        return objs
    rules = _control_rules()
    preps = rules.object_control_preps.get(head.lemma_.lower(), frozenset())
    return [g for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i < verb.i
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in rules.time_labels]


def asked_through_preposition(verb: Token, head: Token) -> bool:
    """'called on Arabs to unite', 'pleaded with the rebels to free …': the infinitive ``verb``
    of ``head`` is the act of a preposition's object (``object_control_preps``), asked of it."""
    return any(t.dep_ == "pobj" for t in _controllers(verb, head))


def with_conjuncts(ctx: ReadContext, token: Token) -> list[Token]:
    """The token and the ones coordinated with it; 'Hungarian and Romanian officials', 'US
    and British forces' are the coordinated states' (the modifiers stand in for the noun); a
    title the parser coordinated with the name after it is that name's ('Kuroda and Deputy U.S.
    Trade Representative Michael Smith': two people, see :mod:`.titled_conjuncts`)."""
    state_agent_nouns = mention_rules().state_agent_nouns
    state = ctx.gaz.state
    out: list[Token] = []
    # "the finance ministers of Britain, France and West Germany": the three states
    listed = represented(ctx, [token, *[c for c in token.conjuncts if c.i > token.i]])
    # "between unions and employers, economists and dealers said": not the economists
    listed = without_closing_speakers(ctx, listed)
    titles = described_by_next(ctx, listed) if len(listed) > 1 else {}
    for t in listed:
        if t.i in titles:
            if titles[t.i] not in listed:  # the name hung on the list's head as its appositive
                out.append(titles[t.i])
            continue
        mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i
                and c.conjuncts and state(c.text) is not None]
        if mods and t.lemma_.lower() in state_agent_nouns and all(
                state(c.text) is not None for c in mods[0].conjuncts):
            out += [mods[0], *mods[0].conjuncts]
        else:
            out.append(t)
    return out


def first_noun_conjunct(noun: Token) -> Token:
    """The first of the coordinated nouns ``noun`` is one of, which carries their relation to
    the rest of the sentence ('called for talks and a summit between …': 'talks')."""
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def coordination_head(verb: Token) -> Token:
    """The verb a coordinated ``verb`` shares its subject and auxiliaries with: its head, or,
    for a verb in the past tense that the parser hung on the bare verb of a modal in a clause of
    saying, the verb of saying ('Tony Blair said Labour would set out workable plans … and
    attacked the Tory plans': a past tense shares no modal, so Blair attacked, as a fact)."""
    head = verb.head
    rules = syntax_rules()
    if (verb.dep_ == "conj" and verb.tag_ in rules.past_tags and head.tag_ in rules.bare_tags
            and head.dep_ == "ccomp" and head.head.tag_ in rules.past_tags
            and any(c.dep_ == "aux" and c.tag_ in rules.modal_tags for c in head.children)):
        return head.head
    return head


def subjects(ctx: ReadContext, verb: Token, *, depth: int = 0) -> list[Token]:
    """The verb's subjects, inherited through coordination, control verbs ('X is willing to …',
    'X was urged to …', 'X is set to …'), purpose clauses, relative clauses and participles
    after a preposition of time ('X said after meeting Y …') and the possessor of a noun of an
    act ('X's decision to …') when it has none of its own."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    # "The Red Cross operating in Iraq said …" is parsed with the participle as the subject
    subj = [next((c for c in s.children if c.dep_ == "nsubj"), s)
            if s.pos_ == "VERB" and s.tag_ in ("VBG", "VBN") else s for s in subj]
    if verb.dep_ == "relcl":
        subj = [_antecedent(verb) or s if s.tag_ in ("WP", "WDT") else s for s in subj]
    if subj:
        return [t for s in subj for t in with_conjuncts(ctx, s)]
    if depth > 3:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subjects(ctx, coordination_head(verb), depth=depth + 1)
    if verb.dep_ == "xcomp":
        asked = asked_past_relative(verb)  # "asked anyone who spots X to contact Y": anyone
        if asked is not None:
            return with_conjuncts(ctx, asked)
        objs = _controllers(verb, head)
        # "Jack Straw is set to meet …", "is expected to hold talks": the passive subject
        if not objs and head.lemma_.lower() in syntax_rules().raising_verbs:
            objs = [c for c in head.children if c.dep_ == "nsubjpass"]
        return with_conjuncts(ctx, objs[0]) if objs else subjects(ctx, head, depth=depth + 1)
    if verb.dep_ == "acomp" and head.pos_ in ("AUX", "VERB"):
        return subjects(ctx, head, depth=depth + 1)  # "Syria is willing to withdraw …"
    if verb.dep_ == "acl" and head.lemma_.lower() in syntax_rules().act_nouns and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "America's decision to impose tariffs on …": the possessor decided and imposes;
        # "Washington announced plans to impose …": the one who announced them
        owners = [c for c in head.children if c.dep_ == "poss"]
        if owners:
            return [t for c in owners for t in with_conjuncts(ctx, c)]
        if head.dep_ == "dobj" and head.head.lemma_.lower() in syntax_rules().owner_verbs:
            return subjects(ctx, head.head, depth=depth + 1)
        return []
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "pleaded with Germany to condemn Russia", the infinitive parsed as an adverbial
        # clause: still Germany's act (only a preposition's object: "bought arms to attack")
        objs = [t for t in _controllers(verb, head) if t.dep_ == "pobj"]
        return with_conjuncts(ctx, objs[0]) if objs else subjects(ctx, head, depth=depth + 1)
    if verb.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [head]
    if (verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ in syntax_rules().time_preps
            and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX")):
        # "He told reporters after meeting with President Suharto": he met Suharto
        return subjects(ctx, head.head, depth=depth + 1)
    if verb.tag_ == "VBG" and verb.lemma_.lower() in syntax_rules().participle_verbs:
        # "Nicola Sturgeon wrote to Mr McConnell accusing him of …", "Mr Fox responded by
        # accusing the prime minister of …": the one who wrote or responded
        if verb.dep_ == "advcl" and head.pos_ in ("VERB", "AUX"):
            return subjects(ctx, head, depth=depth + 1)
        if verb.dep_ == "pcomp" and head.lower_ == "by" and head.head.pos_ in ("VERB", "AUX"):
            return subjects(ctx, head.head, depth=depth + 1)
    return []


def _antecedent(verb: Token) -> Token | None:
    """The name a relative clause of ``verb`` describes, when the clause says what it did:
    'the Scottish National Party, which accused him of …', 'Sir Anthony Meyer, the Tory
    backbencher who challenged Margaret Thatcher' (a description set off after the name stands
    for it). Nothing for a clause of other verbs or not in the past, or one describing no name
    ('the terrorists who threaten Britain today', 'a decent kindly man who helped me')."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    if not past or verb.lemma_.lower() not in syntax_rules().relative_clause_verbs:
        return None
    noun = verb.head.head if verb.head.dep_ == "appos" else verb.head
    return noun if noun.pos_ == "PROPN" else None


def passive_agent(ctx: ReadContext, token: Token) -> list[Token]:
    """The object of the passive 'by' phrase, with its conjuncts."""
    for child in token.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return with_conjuncts(ctx, obj)
    return []


def passive_subjects(ctx: ReadContext, verb: Token) -> list[Token]:
    """Who a passive verb acts on: its passive subject, with its conjuncts; for a passive
    participle with none of its own after a preposition of time ('Luis Aragones is furious
    after being fined by the federation for his comments about Thierry Henry', 'resigned after
    being criticised by MPs'), the subject of the verb the preposition hangs from."""
    own = [t for c in verb.children if c.dep_ == "nsubjpass" for t in with_conjuncts(ctx, c)]
    head = verb.head
    if own or verb.dep_ != "pcomp" or head.lower_ not in syntax_rules().time_preps or (
            head.dep_ != "prep" or head.head.pos_ not in ("VERB", "AUX")) or not any(
            c.dep_ == "auxpass" for c in verb.children):
        return own
    return subjects(ctx, head.head)


def objects_of(verb: Token, objects: frozenset[str], *,
               modifiers: frozenset[str] = frozenset()) -> list[Token]:
    """The verb's objects (direct, or passive subjects) whose lemma, or whose 'of' noun's
    lemma, is one of ``objects`` ('lifted the curfew', 'declared a state of emergency'); with
    ``modifiers``, only such an object one of them modifies ('took legal action against X', not
    'took action against X')."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and (
        c.lemma_.lower() in objects
        or any(g.dep_ == "pobj" and g.lemma_.lower() in objects
               for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))
        and modified(c, modifiers)]


def modified(token: Token, words: frozenset[str]) -> bool:
    """Whether ``words`` is empty or a word of it modifies the noun ``token`` ('legal action',
    'court action', 'libel proceedings'): a trigger bound to ``modifiers`` counts only then."""
    return not words or any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in words
                            for c in token.children if c.i < token.i)


def particle(verb: Token, word: str) -> Token | None:
    """The verb's particle ``word``: 'crack down on X' (prt), or 'pull out of X', where the
    parser makes 'out' a prep or advmod — after the verb and with no object of its own ('In the
    days before his arrest he gave interviews to …' has no 'give in')."""
    return next((c for c in verb.children if c.lower_ == word and (
        c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.i > verb.i
                            and not any(g.dep_ == "pobj" for g in c.children)))), None)


def is_conditional(verb: Token) -> bool:
    """'… unless the junta holds elections' (an offer 'if they give us a veto' stays one)."""
    return any(clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "unless" for c in clause.children)
        for clause in verb.children)


def is_contingent(verb: Token, *, marks: Words, participles: Words) -> bool:
    """'offered to supply wheat to Egypt if the loan was approved', 'pledged to take the
    matter to the prime minister if necessary': the act is done only on a condition, an
    adverbial clause opened by one of ``marks`` ('if', 'provided'); or one of ``participles``
    the parser did not take for a clause's mark, in what the act governs: a preposition with no
    object ('will lend Brazil money provided the country cuts its deficit') or a word before
    'that' ('money provided that Warsaw reformed its economy'; not 'the money provided by the
    Fund')."""
    if any(clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
            for clause in verb.children):
        return True
    doc = verb.doc
    return any(t.lower_ in participles and t.i > verb.i and (
        (t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children))
        or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that" and doc[t.i + 1].dep_ == "mark"))
        for t in verb.subtree)
