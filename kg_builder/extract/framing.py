"""How the text frames an event: negated or not, asserted or hedged, announced (an intent),
reported by someone, and when. Reads the ``framing`` rule section.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .context import ReadContext
from .dates import time_text
from .done_acts import done_by_participle, negating
from .finite_clauses import is_finite_complement
from .firms import speaker_name
from .mentions import mention_for
from .pairs import pair_members
from .reduced_passives import is_reduced_passive
from .rules import Words, load_section
from .syntax import asked_through_preposition, coordination_head, subjects

__all__ = ["FramingRules", "first_conjunct", "framing_rules", "is_committed", "is_future",
           "is_intent", "is_plan", "is_predicted", "is_promise", "is_promised", "is_question",
           "is_scheduled", "is_supposed", "is_wished",
           "polarity_modality", "reporter"]


@dataclass(frozen=True, slots=True, kw_only=True)
class FramingRules:
    """The ``framing`` section: see the comment in ``rules/extract/framing.json``."""

    negation: Words
    hedge: Words
    hedge_verbs: Words
    report_verbs: Words
    intent_auxiliaries: Words
    future_auxiliaries: Words
    intent_verbs: Words
    intent_adjectives: Words
    promise_verbs: Words
    promise_adjectives: Words
    promise_object_verbs: Words
    condition_openers: Words
    present_tags: frozenset[str]
    present_auxiliaries: Words
    unscheduled_time_words: Words
    prospect_modifiers: Words
    prospect_heads: Words
    prospect_participles: Words
    blocking_verbs: Words
    occurrence_verbs: Words
    schedule_adjectives: Words
    schedule_preps: Words
    prospect_preps: Words
    misread_lemmas: dict[str, str]
    prediction_verbs: Words
    future_forms: Words
    obligation_verbs: Words
    past_tags: frozenset[str]
    request_verbs: Words
    denial_preps: Words
    time_openers: Words


@cache
def framing_rules() -> FramingRules:
    return load_section("framing", FramingRules)


def _lemma(token: Token) -> str:
    """The token's lemma in lower case, corrected where the model's lemmatizer misreads a verb
    this section names ('hopes', 'hoped', 'hoping' → 'hop': ``misread_lemmas``)."""
    lemma = token.lemma_.lower()
    return framing_rules().misread_lemmas.get(lemma, lemma)


def first_conjunct(token: Token) -> Token:
    """The first of coordinated verbs, whose auxiliaries and clause the others share ('will
    make an official visit … and hold talks', 'will act upon this decision … and release me')."""
    while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and token.pos_ in (
            "VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        # not "… would be disastrous and she accused the Tories"; "said Labour would set out
        # plans … and attacked the Tory plans" shares the verb of saying's, not the modal's
        token = coordination_head(token)
    return token


def is_supposed(token: Token) -> bool:
    """'If all creditors agreed, …', 'asked if he would welcome BNP voters', 'whether Japan
    would open …': the act is a condition or a question (a subordinating hedge word)."""
    rules = framing_rules()
    return any(c.dep_ == "mark" and c.lower_ in rules.hedge
               for c in first_conjunct(token).children)


def is_wished(token: Token) -> bool:
    """'I hope that the government will … release me', 'urged X to …': someone else wants the
    act; the agent promises nothing."""
    rules = framing_rules()
    base = first_conjunct(token)
    head = _lemma(base.head)
    return base.dep_ in ("xcomp", "ccomp", "acl") and head in rules.hedge_verbs and (
        head not in rules.intent_verbs | rules.intent_adjectives) and (  # "pledged to …"
        not is_reduced_passive(base))  # "Labour's plans, condemned by the Tories": done


def is_promised(light: Token | None) -> bool:
    """'promised the people a regular supply of maize', 'offered aid to Kenya', 'pledged
    support to Israel': an act named by a noun whose light verb is a verb of promising is
    promised by the agent, not done."""
    return light is not None and _lemma(light) in framing_rules().promise_object_verbs


def is_intent(token: Token) -> bool:
    """'will support', 'offered to provide', 'is ready to contribute'."""
    rules = framing_rules()
    if any(c.dep_ == "aux" and c.lower_ in rules.intent_auxiliaries
           for t in {token, first_conjunct(token)} for c in t.children):
        return True
    head = token.head
    if token.dep_ == "xcomp" and _lemma(head) in rules.intent_verbs | rules.intent_adjectives:
        return True
    return token.dep_ == "xcomp" and head.dep_ == "acomp" and (
        _lemma(head) in rules.intent_adjectives)


def is_promise(token: Token) -> bool:
    """'offered to provide', 'pledged to stop', 'is ready to assist': the agent commits itself
    (not 'plans to visit', 'is set to meet', which announce only)."""
    rules = framing_rules()
    if token.dep_ != "xcomp":
        return False
    head = token.head
    return _lemma(head) in rules.promise_verbs | rules.promise_adjectives or (
        head.dep_ == "acomp" and _lemma(head) in rules.promise_adjectives)


def is_plan(token: Token) -> bool:
    """'is planning to hold', 'intends to finance', 'is set to continue': an announced act that
    is only planned, decided or scheduled — no commitment to anyone."""
    rules = framing_rules()
    if token.dep_ != "xcomp" or is_promise(token):
        return False
    head = token.head
    return _lemma(head) in rules.intent_verbs | rules.intent_adjectives or (
        head.dep_ == "acomp" and _lemma(head) in rules.intent_adjectives)


def is_committed(token: Token) -> bool:
    """'offered to provide', 'pledged to stop', 'The World Bank said it will provide Morocco a
    loan', 'Japan would open its market, Nakasone said', '"We will support them," he said': the
    agent commits itself — by a verb or adjective of promise, or in words reported from it (a
    clause of a verb of saying or promising, or a quotation). The narrator's 'He will meet
    Chinese counterpart Li Zhaoxing' or 'The Lib Dems would allow people to swap …' reports a
    schedule or a hypothesis: nobody promised anything (but see :func:`is_future`)."""
    if is_promise(token):
        return True
    rules = framing_rules()
    sayers = rules.report_verbs | rules.promise_verbs
    clause = first_conjunct(token)
    for _ in range(4):  # "said he had made clear the UK would welcome …"
        if any(c.dep_ in ("ccomp", "parataxis") and _lemma(c) in rules.report_verbs
               and c.i > clause.i for c in clause.children):
            return True  # "… will provide food aid to refugees, the World Food Program said"
        if clause.dep_ in ("ccomp", "parataxis") and _lemma(clause.head) in sayers:
            return True
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
            break
        clause = clause.head
    return _quoted(token)


def is_future(token: Token) -> bool:
    """'Turkey will allow 13,000 refugees to return home': a plain future (not the conditional
    'would'), which for an act the agent decides is an announced decision."""
    rules = framing_rules()
    return any(c.dep_ == "aux" and c.lower_ in rules.future_auxiliaries
               for t in (token, first_conjunct(token)) for c in t.children)


def _quoted(token: Token) -> bool:
    """Inside a quotation: after an odd number of straight quotation marks, or after an opening
    curly one that no closing one follows."""
    before = [t.text for t in token.sent if t.i < token.i]
    straight = sum(t.count('"') for t in before)
    curly = [c for t in before for c in t if c in "\u201c\u201d"]
    return straight % 2 == 1 or (bool(curly) and curly[-1] == "\u201c")


def is_question(token: Token) -> bool:
    """'Is the president going to ask him?', 'Will Britain back the plan?': the event is asked
    about, not stated (a question clause: the '?' hangs on it or on a verb it hangs from, and
    that verb's auxiliary stands before its subject, or it opens with a wh-word)."""
    for mark in token.sent:
        if mark.text != "?":
            continue
        clause = mark.head
        if clause.i != token.i and not clause.is_ancestor(token):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")),
                       None)
        inverted = subject is not None and (
            any(c.dep_ in ("aux", "auxpass") and c.i < subject.i for c in clause.children)
            or (clause.pos_ == "AUX" and clause.i < subject.i))
        if inverted or clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB"):
            return True
    return False


def polarity_modality(trigger: Token, light: Token | None) -> tuple[str, str]:
    """('positive' | 'negative', 'asserted' | 'hedged') of the event at ``trigger``."""
    rules = framing_rules()
    heads = [t for t in (trigger, light) if t is not None]
    negative = any(c.dep_ == "neg" or (c.dep_ in ("preconj", "cc") and c.lower_ in rules.negation
                                       and c.i < h.i)  # "neither attacked the rebels nor …"
                   for h in heads for c in h.children)
    copula = [trigger.head] if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "attr" and (
        trigger.head.lemma_ == "be") else []  # "It will be Hanks' third collaboration with …"
    hedged = any(
        (c.dep_ == "aux" and c.lower_ in rules.hedge)
        or (c.dep_ == "advmod" and c.lower_ in rules.hedge)
        for h in heads + copula for c in h.children
    )
    governor = first_conjunct(light or trigger)  # "will act … and release me": as "act"
    hedged = hedged or any(c.dep_ in ("aux", "advmod", "mark") and c.lower_ in rules.hedge
                           for c in governor.children)  # "If all creditors agreed, …"
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") and (
            negating(trigger.head)):
        negative = True  # "lifted its embargo against Vietnam", "ended the blockade", "Mr
        # Straw's meeting with Iranian officials was cancelled"
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "det" and c.lower_ in rules.negation for c in trigger.children):
        negative = True  # "has had no formal contact with Liverpool"
    if _denied(governor, rules):
        negative = True  # "there is no question of Brazil agreeing to …", "there are no plans
        # for Funaro to meet …"
    if any(h.dep_ == "conj" and any(c.dep_ in ("cc", "preconj") and c.lower_ in rules.negation
                                     and h.head.i < c.i < h.i for c in h.head.children)
           for h in {trigger, governor}):
        negative = True  # "does not commit suicide, nor does she kill innocent women"
    controllers = _controllers(governor)
    if any(c.dep_ == "neg" for t, controls in controllers if controls for c in t.children):
        negative = True  # "is not prepared to discuss …", "do not need to attack"
    if governor.dep_ in ("xcomp", "ccomp") and negating(governor.head):
        negative = True
    elif _blocked(governor, rules.blocking_verbs):
        negative = True  # "vetoed a Security Council resolution to impose sanctions against X"
    elif governor.dep_ in ("xcomp", "ccomp", "acl") and _lemma(governor.head) in (
            rules.hedge_verbs) and not is_reduced_passive(governor):  # "plans, condemned by X"
        hedged = True  # "urged X to …", "demanded that Hamas renounce …": asked for, not done
    elif _requested(governor, rules.request_verbs):
        hedged = True  # "pressed Germany to condemn Russia", "appealed for the prisoners to be
        # freed": asked for, not done
    elif any((_lemma(t) in rules.hedge_verbs and controls)
             or (t.lower_ in rules.future_forms and t.tag_ == "VBG")
             or _obliged(t, controls, rules)
             or any(c.dep_ == "aux" and c.lower_ in rules.hedge for c in t.children)
             for t, controls in controllers):
        hedged = True  # "said he will be going to Washington to take part in a meeting", "is
        # going to meet him", "is going to the Capitol to urge senators …": still to come
    if is_question(trigger) or _ahead(trigger):
        hedged = True  # "Is the president going to ask him?": asked, not stated
    if _aimed_through_preposition(governor, controllers, rules.hedge_verbs):
        hedged = True  # "talks aimed at persuading the U.S. not to impose tariffs"
    stopper = _negator(trigger, light)
    if stopper is not None:
        stopped, how = polarity_modality(stopper, None)
        hedged = hedged or how == "hedged"  # "asked France to … stop selling weapons to Iraq",
        # "plans to end the EU's arms embargo on China": the stopping is asked for or planned
        if stopped == "negative":  # "would not end its embargo on Cuba": the embargo goes on;
            negative, hedged = False, True  # "did not refuse to meet Iran" states no meeting
    planners = (rules.hedge_verbs | rules.intent_verbs) - rules.promise_verbs
    if _planned_purpose(governor, planners) or _planned_subject(trigger, rules):
        hedged = True  # "plans to travel to Tehran to meet …", "is to give a grant to help …",
        # "A meeting … is planned"
    clause = controllers[-1][0] if controllers else governor
    if _opened_by_condition(clause, rules.condition_openers):
        hedged = True  # "… on standby in case they need to help evacuate …"
    timed = None if hedged else _time_of(governor, rules)
    if timed is not None and (polarity_modality(timed, None)[1] == "hedged" or is_intent(timed)
                              or any(c.dep_ == "acomp" and _lemma(c) in rules.hedge_verbs
                                     for c in timed.children)):
        hedged = True  # "will explain the plan to U.S. officials when he visits the U.S.",
        # "would leave for Zurich after meeting Stoltenberg", "is to send … proposals to the US
        # Congress, seeking large cuts": in the time of an act still to come
    return ("negative" if negative else "positive", "hedged" if hedged else "asserted")


def _time_of(governor: Token, rules: FramingRules) -> Token | None:
    """The verb whose time an act not in the past tense is set in: the act in a clause opened
    by one of ``time_openers`` ('will explain the plan when he visits the U.S.'), after such a
    preposition ('would leave … after meeting Stoltenberg'), or in a participle with no
    opener of its own ('is to send … proposals, seeking large cuts') — if any. What hedges
    that verb hedges the act ('He met Mr Blair before flying home' stays done)."""
    clause = first_conjunct(governor)
    if clause.pos_ not in ("VERB", "AUX") or clause.tag_.lower() in rules.past_tags:
        return None
    head = clause.head
    if clause.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and (
            any(c.dep_ in ("mark", "advmod") and c.lower_ in rules.time_openers
                for c in clause.children)
            or (clause.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux", "nsubj")
                                                 for c in clause.children))):
        return head
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and head.dep_ == "prep" and (
            head.lower_ in rules.time_openers) and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _negator(trigger: Token, light: Token | None) -> Token | None:
    """The verb of ``negation`` that stops or ends the act at ``trigger`` ('stop selling weapons',
    'refused to meet', 'end the arms embargo', 'the sanctions were lifted'), if any."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass") and (
            negating(trigger.head)):
        return trigger.head
    governor = first_conjunct(light or trigger)
    if governor.dep_ in ("xcomp", "ccomp") and negating(governor.head):
        return governor.head
    return None


def _denied(governor: Token, rules: FramingRules) -> bool:
    """'there is no question of Brazil agreeing to an austerity program with the Fund', 'there
    are no plans for Funaro to meet bankers', 'no question of talks with Iran': an act that a
    noun with a determiner of ``negation`` governs — through one of ``denial_preps`` (a gerund
    or a noun after it) or as an infinitive clause of it — is said not to be."""
    clause = first_conjunct(governor)
    noun = None
    if clause.dep_ in ("pcomp", "pobj") and clause.head.dep_ == "prep" and (
            clause.head.lower_ in rules.denial_preps):
        noun = clause.head.head
    elif clause.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                      for c in clause.children):
        noun = clause.head
    return noun is not None and noun.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in rules.negation for c in noun.children)


def _aimed_through_preposition(governor: Token, controllers: list[tuple[Token, bool]],
                               verbs: frozenset[str]) -> bool:
    """'talks … aimed at persuading the U.S. not to impose tariffs', 'pushing for ending the
    blockade': an act in a gerund after a preposition of one of ``verbs`` (the hedge verbs),
    or an infinitive such a gerund governs, is aimed at or asked for, not done."""
    return any(t.dep_ == "pcomp" and t.head.dep_ == "prep" and _lemma(t.head.head) in verbs
               for t in [first_conjunct(governor), *(c for c, _ in controllers)])


def _obliged(verb: Token, controls: bool, rules: FramingRules) -> bool:
    """'Tokyo has to recognise …', 'Japan needs to meet China', 'Britain ought to support the
    plan': an act that a verb of ``obligation_verbs`` not in the past (``past_tags``) governs
    through 'to' is what someone must do, wanted, not done ('had to withdraw' reports what
    was done; 'will have to' is hedged by its auxiliary; 'do not need to attack' is negated:
    not done)."""
    return controls and _lemma(verb) in rules.obligation_verbs and (
        verb.tag_.lower() not in rules.past_tags) and not any(c.dep_ == "neg"
                                                              for c in verb.children)


def _requested(governor: Token, verbs: frozenset[str]) -> bool:
    """'France pressed Germany to condemn Russia', 'pleaded with the rebels to free …' (the
    infinitive parsed as an adverbial clause), 'appealed for Iraqi women prisoners to be freed':
    the act is what someone is asked, told or pressed to do — an infinitive of one of
    ``verbs`` (as its complement, or as the first clause up from the act), one asked of a
    preposition's object ('called Thursday on Arabs to unite', parsed as an adverbial clause;
    see :func:`.syntax.asked_through_preposition`), or a clause of
    'for' and an infinitive — and has not happened. An act named by the object of a verb is
    framed by that verb ('lobbying the United States to drop its sanctions')."""
    if governor.pos_ in ("NOUN", "PROPN") and governor.dep_ == "dobj":
        governor = governor.head
    controllers = _controllers(governor)
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in governor.children) and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in governor.children):
        return True
    return any((_lemma(t) in verbs and (controls or n == 0))
               or (n == 0 and asked_through_preposition(governor, t))  # "called on Arabs to …"
               for n, (t, controls) in enumerate(controllers))


def _planned_purpose(governor: Token, verbs: frozenset[str]) -> bool:
    """'Jack Straw plans to travel to Tehran to meet President Khatami': the act is the purpose
    of an act that a hedge or intent verb plans, expects or asks for ('Britain is to give a £4m
    grant to help women survivors') — planned too (what the purpose
    hangs from means nothing by itself: 'called a strike to protest' protests). ``verbs`` leave
    out the verbs of promising: 'vowed to do everything possible to fight the U.S. action'
    states the opposition now (a development row judged right as asserted)."""
    token, purpose = governor, False
    for _ in range(4):
        if token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                         for c in token.children):
            token, purpose = token.head, True
        elif token.dep_ == "xcomp" and purpose:
            if _lemma(token.head) in verbs:
                return True
            token = token.head
        else:
            break
    return False


def _planned_subject(trigger: Token, rules: FramingRules) -> bool:
    """'A meeting between Tony Blair and Gerhard Schroeder is planned for next week', 'The
    talks … are expected to focus on Iraq', 'Talks will be held next month', 'The meeting is due
    to take place next week', 'sanctions are likely to take effect', 'sanctions were likely take
    effect': an act named by a noun that is the subject of a hedge verb, of a verb of taking
    place with a modal or a hedging adverb, of 'be' and an adjective of schedule_adjectives, or
    of 'be' and a hedge word whose infinitive is a verb of taking place, is still to come."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = trigger.head
    if _lemma(head) in rules.hedge_verbs:
        return not done_by_participle(trigger)  # not "the accord, signed in May, is expected to"
    if head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in rules.schedule_adjectives
                                   for c in head.children):
        return True  # "The meeting … is due to take place next week"
    if head.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in rules.hedge and any(
                g.dep_ == "xcomp" and _lemma(g) in rules.occurrence_verbs for g in c.children)
            for c in head.children):
        return True  # "U.S. trade sanctions against Japan are likely to take effect on April 17"
    return _lemma(head) in rules.occurrence_verbs and any(
        c.dep_ in ("aux", "advmod") and c.lower_ in rules.hedge for c in head.children)


def _blocked(governor: Token, verbs: frozenset[str]) -> bool:
    """'vetoed a resolution to impose sanctions', 'blocked a plan to send troops': the act is
    the purpose of something a blocking verb stopped (or of the verb itself)."""
    head = governor.head
    if governor.dep_ not in ("advcl", "acl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in governor.children):
        return False
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "nsubjpass"):
        head = head.head
    return _lemma(head) in verbs


def _ahead(trigger: Token) -> bool:
    """'his upcoming visit to Moscow', 'looking forward to his talks with Nakasone', 'ahead of
    his visit to China', 'to pave the way for the prime minister's visit to Washington', 'his
    visit starting next Wednesday': an act named by a noun that is still to come."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    rules = framing_rules()
    if any((c.dep_ in ("amod", "compound") and c.lower_ in rules.prospect_modifiers)
           or (c.dep_ == "acl" and c.lower_ in rules.prospect_participles)
           for c in trigger.children):
        return True
    if any(_scheduled_participle(c, rules) for t in _noun_phrase(trigger) for c in t.children):
        return True  # "talks with Mr Bush scheduled for March", "U.S. tariffs on Japanese goods
        # set to take effect April 17" (the parser hangs the participle on the last noun)
    prep = trigger.head if trigger.dep_ == "pobj" else None
    if prep is None:
        return False
    # "was looking forward to his talks with Nakasone": 'forward' hangs from the verb, beside 'to'
    return _lemma(prep.head) in rules.prospect_heads or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in rules.prospect_heads and c.i < prep.i
        and prep.lower_ in rules.prospect_preps for c in prep.head.children)


def _noun_phrase(trigger: Token) -> list[Token]:
    """The noun and the nouns its prepositions' objects and their conjuncts add to the phrase
    ('tariffs on Japanese goods', 'talks between Mr Blair and Mr Bush')."""
    out, todo = [], [trigger]
    while todo and len(out) < 12:
        token = todo.pop()
        out.append(token)
        for c in token.children:
            if c.dep_ == "prep":
                todo.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "conj" and token.i != trigger.i:
                todo.append(c)
    return out


def _scheduled_participle(token: Token, rules: FramingRules) -> bool:
    """'scheduled for March', 'set to take effect', 'due to begin next month': a participle of
    one of schedule_adjectives that dates the act ahead — with one of schedule_preps, or the
    infinitive of one of occurrence_verbs — and names no one who did it ('the sanctions set by
    the UN' were set)."""
    if token.dep_ != "acl" or token.lower_ not in rules.schedule_adjectives or any(
            c.dep_ == "agent" for c in token.children):
        return False
    return any((c.dep_ == "prep" and c.lower_ in rules.schedule_preps)
               or (c.dep_ in ("xcomp", "pcomp") and _lemma(c) in rules.occurrence_verbs)
               for c in token.children)


def _opened_by_condition(clause: Token, openers: frozenset[str]) -> bool:
    """'in case they need to help evacuate …': the words just before the clause (the parser
    often leaves them outside it) open a condition."""
    start = clause.left_edge.i
    doc = clause.doc
    before = [doc[i].lower_ for i in range(max(0, start - 3), start)]
    return any(" ".join(before[-n:]) in openers for n in (1, 2, 3) if len(before) >= n)


def _controllers(token: Token, *, depth: int = 3) -> list[tuple[Token, bool]]:
    """The verbs and adjectives an infinitive hangs from, upwards ('will be going … to take
    part' → going; 'is due to take part' → due, is), each with whether it controls the act (a
    complement: 'is due to', 'plans to') or the act is only its purpose ('called a strike to
    protest …': the strike is the protest, whatever 'call' means)."""
    out: list[tuple[Token, bool]] = []
    controls = True
    while depth and ((token.dep_ == "xcomp" and not is_finite_complement(token)) or (
            token.dep_ == "acomp" and out) or (  # not "told Reuters Iran has held talks"
            token.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to"  # "would allow
                                          for c in token.children)) or (  # Russia to cut …"
            token.dep_ == "ccomp" and _bare_clause(token)) or (  # "would see Britain supply"
            token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in token.children))):
        controls = controls and token.dep_ != "advcl"
        token = token.head
        out.append((token, controls))
        depth -= 1
    return out


def _bare_clause(token: Token) -> bool:
    """'The deal would see Britain supply arms', 'would mean Russia cutting supplies': a
    clause with a subject of its own but no tense, auxiliary or 'that' of its own (a bare
    infinitive or a participle), which the verb it complements frames."""
    return token.tag_ in ("VB", "VBG") and not any(
        c.dep_ in ("aux", "auxpass", "mark") for c in token.children)


def is_predicted(token: Token) -> bool:
    """'Analysts predicted Japan will retaliate', 'Mr Blair believes Britain will support the
    US', 'Officials fear Iran will attack Iraq', 'It is likely that the US will impose
    sanctions': the act is in a clause of a verb of predicting or believing (the nearest verb of
    saying above it; see ``prediction_verbs``) or of 'be' with a hedge adjective — someone's
    expectation, no promise or threat of the agent's."""
    rules = framing_rules()
    clause = first_conjunct(token)
    for _ in range(4):
        trailing = [c for c in clause.children if c.dep_ in ("ccomp", "parataxis")
                    and _lemma(c) in rules.report_verbs and c.i > clause.i]
        if trailing:  # "Japan will retaliate, analysts predicted"
            return _lemma(trailing[0]) in rules.prediction_verbs
        if clause.dep_ == "ccomp":
            head = clause.head
            if _lemma(head) in rules.report_verbs | rules.promise_verbs | rules.prediction_verbs:
                return _lemma(head) in rules.prediction_verbs  # "doubts that Japan will cut …"
            if any(c.dep_ == "acomp" and c.lower_ in rules.hedge for c in head.children):
                return True  # "It is likely that …"
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or clause.head.i == clause.i:
            break
        clause = clause.head
    return False


def is_scheduled(ctx: ReadContext, token: Token) -> bool:
    """'The chancellor is travelling to America next week', 'Mr Blair meets Mr Bush on
    Thursday', 'Mr Brown flies to Washington on Monday to meet US officials': an act in the
    present tense with a time of its own (a date, neither a past nor the present one: not
    'last week', not 'is meeting British officials this week', which is going on) is a
    schedule — what is planned, not what happened. The time and the tense may belong to the
    verb the act is the purpose of ('flies … on Monday to meet')."""
    rules = framing_rules()
    clause = first_conjunct(token)
    for _ in range(2):
        when = time_text(ctx, clause)
        if when is not None:
            present = clause.tag_.lower() in rules.present_tags or (
                clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in
                                             rules.present_auxiliaries for c in clause.children))
            now_or_past = any(w in rules.unscheduled_time_words for w in when.lower().split())
            return present and not now_or_past
        if not (clause.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
            break
        clause = first_conjunct(clause.head)
    return False


def reporter(ctx: ReadContext, token: Token) -> int | None:
    """'X said Y accused Z': the accusation is attributed to X."""
    if (token.dep_ in ("ccomp", "parataxis") or is_finite_complement(token)) and (
            _lemma(token.head) in framing_rules().report_verbs):  # "told Reuters Iran has …"
        for subj in subjects(ctx, token.head):
            subj = next(iter(pair_members(ctx, subj) or ()), subj)  # "…, both men said": the
            mid = mention_for(ctx, subj)  # two parties named before speak, the first for both
            if mid is None and subj.pos_ == "PROPN" and subj.ent_type_ == "":
                # An unrecognised proper name that says something is a person, or a company's
                start = min([c.i for c in subj.children if c.dep_ == "compound"] + [subj.i])
                name, kind = speaker_name(ctx, start, subj.i + 1)  # first words ('Schering')
                mid = ctx.add(start, subj.i + 1, name=name, how="name", kind=kind)
            if mid is not None:
                return mid
    return None
