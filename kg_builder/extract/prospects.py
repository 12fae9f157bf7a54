"""Acts the text does not state as done: dated ahead ('Nakasone's visit to Washington next
week', 'is in Tokyo to meet officials over the next two days'), only alleged in a noun's
clause ('denied accusations that he threatened Gary Neville'), only aimed at ('received
approval to sue the IRS', 'is in Tehran to meet Khatami'), or only possible, named by the
object of a verb with a modal ('may win his latest veto battle with Congress') or by an
indefinite subject of one ('A new agreement between the IMF and Zaire would pave the way').
Reads the ``prospects`` rule section; :func:`.emit.emit` hedges what these find.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from .documents import closing_document_claim, document_author, told_in_document
from .finite_clauses import is_finite_complement
from .framing import first_conjunct
from .rules import Words, load_section

__all__ = ["ProspectRules", "Telling", "is_aimed", "is_alleged", "is_conjectured",
           "is_dated_ahead", "is_estimated", "is_possible", "prospect_rules", "still_to_come",
           "told_of"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProspectRules:
    """The ``prospects`` section: see the comment in ``rules/extract/prospects.json``."""

    future_time_words: Words
    relative_time_phrases: Words
    past_tags: frozenset[str]
    allegation_nouns: Words
    allegation_deps: frozenset[str]
    marked_relative_deps: frozenset[str]
    content_marks: Words
    conjecture_nouns: Words
    possibility_auxiliaries: Words
    object_deps: frozenset[str]
    subject_deps: frozenset[str]
    indefinite_determiners: Words
    plan_nouns: Words
    journey_verbs: Words
    journey_purpose_deps: frozenset[str]
    present_tags: frozenset[str]
    present_auxiliaries: Words
    perfect_auxiliaries: Words
    perfect_journey_verbs: Words
    estimate_adverbs: Words
    evidential_adverbs: Words
    evidential_modifiers: Words
    claim_verbs: Words
    report_passives: Words
    attribution_heads: dict[str, str]
    aside_marks: Words
    norm_nouns: Words
    clause_deps: frozenset[str]
    source_nouns: Words
    source_verbs: Words
    unnamed_speakers: Words
    unnamed_determiners: Words
    news_nouns: Words
    impersonal_subjects: Words


@cache
def prospect_rules() -> ProspectRules:
    return load_section("prospects", ProspectRules)


def _has_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of ``phrases`` (each one or more words) stands in ``words`` as written."""
    for phrase in phrases:
        parts = phrase.split()
        if any(words[i:i + len(parts)] == parts for i in range(len(words) - len(parts) + 1)):
            return True
    return False


def is_dated_ahead(governor: Token, when: str | None) -> bool:
    """'Nakasone's visit to Washington next week', 'is in Tokyo to meet officials over the next
    two days', 'talks tomorrow': the act's own date lies ahead (one of ``future_time_words``,
    none of ``relative_time_phrases``: 'met Chirac the next day' tells a past in order), and
    no verb of the act is in the past tense ('met him on Monday' stays done)."""
    if when is None:
        return False
    rules = prospect_rules()
    words = when.lower().replace(",", " ").split()
    if not _has_phrase(words, rules.future_time_words) or _has_phrase(
            words, rules.relative_time_phrases):
        return False
    verb = first_conjunct(governor)
    return verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in rules.past_tags


def _noun_clause_of(governor: Token, nouns: frozenset[str]) -> Token | None:
    """The noun of ``nouns`` whose clause (one of ``allegation_deps``) the act is, if any."""
    rules = prospect_rules()
    clause = first_conjunct(governor)
    head = clause.head
    content = clause.dep_ in rules.allegation_deps or (
        clause.dep_ in rules.marked_relative_deps and any(  # "The report that Iran attacked
            c.dep_ == "mark" and c.lower_ in rules.content_marks  # Iraq was denied": the
            for c in clause.children))  # parser's relative clause, opened by a conjunction
    if content and head.pos_ == "NOUN" and head.lemma_.lower() in nouns:
        return head
    return None


def is_alleged(governor: Token) -> bool:
    """'denied accusations that he threatened Gary Neville', 'reports that she had likened the
    assembly government to totalitarian regimes', 'Bellamy's claim that Souness had lied': the
    act is the content of a noun of allegation or report — told of by someone, not stated
    (reported)."""
    return _noun_clause_of(governor, prospect_rules().allegation_nouns) is not None


def is_conjectured(governor: Token) -> bool:
    """'speculation that Japan will retaliate', 'fears that Iran will attack Iraq', 'suspicion
    that he met the rebels': the act is the content of a noun of conjecture — guessed at, not
    stated (hedged)."""
    return _noun_clause_of(governor, prospect_rules().conjecture_nouns) is not None


def is_possible(trigger: Token) -> bool:
    """'Reagan may win his latest veto battle with Congress', 'Japan could face sanctions from
    the United States': an act named by the object of a verb with a modal of possibility, or by
    an indefinite subject of one ('A new agreement between the IMF and Zaire would pave the way
    for …'; not 'The agreement would run until 1990', a deal made), is only possible."""
    rules = prospect_rules()
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in (
            rules.object_deps | rules.subject_deps):
        return False
    if trigger.dep_ in rules.subject_deps and any(
            (c.dep_ == "det" and c.lower_ not in rules.indefinite_determiners) or c.dep_ == "poss"
            for c in trigger.children):
        return False  # "The agreement would run until 1990", "Its talks could …": a deal made
    verb = first_conjunct(trigger.head)
    return any(c.dep_ == "aux" and c.lower_ in rules.possibility_auxiliaries
               for t in {trigger.head, verb} for c in t.children)


def _infinitive(token: Token) -> bool:
    return token.dep_ in ("advcl", "acl", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _present(verb: Token, rules: ProspectRules) -> bool:
    """'is in Tehran', 'arrives in Paris', 'is travelling to Tehran': now, not done; so is a
    journey in the present perfect ('has returned to Argentina', 'has flown to Tehran': he is
    there now; not 'had flown', nor 'has been in Tehran', which may tell of a past stay)."""
    return verb.tag_ in rules.present_tags or (verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in rules.present_auxiliaries for c in verb.children)) or (
        verb.tag_ == "VBN" and verb.lemma_.lower() in rules.perfect_journey_verbs and any(
            c.dep_ == "aux" and c.lower_ in rules.perfect_auxiliaries for c in verb.children))


def is_aimed(governor: Token) -> bool:
    """'received approval from Federal court to sue the Internal Revenue Service', 'gave full
    power to the government to decree sanctions', 'announced a new drive to help women', 'Jack
    Straw is in Tehran to meet President Khatami', 'is travelling to Tehran to meet …': the act
    is what a permission, a plan or an effort (one of ``plan_nouns``, the noun or the object of
    the verb the infinitive hangs from) is for, or the purpose of a journey under way now (one
    of ``journey_verbs`` in the present, or of ``perfect_journey_verbs`` in the present perfect:
    'has returned to Argentina to consult President Alfonsin') — aimed at, not done ('flew to
    Tehran to meet …' tells no more, and stays as read)."""
    rules = prospect_rules()
    clause = first_conjunct(governor)
    if not _infinitive(clause):
        return False
    head = clause.head
    if head.pos_ == "NOUN":
        return clause.dep_ == "acl" and head.lemma_.lower() in rules.plan_nouns
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rules.plan_nouns
           for c in head.children):
        return True
    return clause.dep_ in rules.journey_purpose_deps and (  # "travels … to meet": an xcomp
        head.lemma_.lower() in rules.journey_verbs) and _present(head, rules)


def is_estimated(governor: Token) -> bool:
    """'The United States will likely impose sanctions soon on imports of Japanese microchips,
    senators said', 'Japan will probably retaliate': an act announced with an adverb of
    likelihood is someone's estimate — hedged, and no promise or threat of the agent's."""
    rules = prospect_rules()
    return any(c.dep_ == "advmod" and c.lower_ in rules.estimate_adverbs
               for t in {governor, first_conjunct(governor)} for c in t.children)


def still_to_come(trigger: Token, light: Token | None, when: str | None) -> bool:
    """Whether the act at ``trigger`` (with its light verb ``light``, dated ``when``) is only
    ahead, conjectured or possible: hedged."""
    governor = light or trigger
    return is_dated_ahead(governor, when) or is_conjectured(governor) or is_aimed(governor) or (
        light is None and is_possible(trigger))


@dataclass(frozen=True, slots=True)
class Telling:
    """How an act is told of by someone other than the narrator: ``source``, the token naming
    who tells it, if the sentence names one ('according to diplomats', 'Bellamy's claim');
    ``claimer``, the verb of claiming whose clause the act is ('The Times reported that …'),
    whose subject's own act (a speaker's accusation read from the clause) stays asserted."""

    source: Token | None = None
    claimer: Token | None = None


def _chain(governor: Token) -> list[Token]:
    """The act's clause and the clauses above it (``clause_deps``, through a preposition:
    'approached Dr Dre … before punching him'), up to the root."""
    rules = prospect_rules()
    out = [first_conjunct(governor)]
    if governor.pos_ in ("NOUN", "PROPN"):  # "allegedly ordered an attack on Iraq"
        head = governor.head.head if governor.head.dep_ == "prep" else governor.head
        if head.pos_ in ("VERB", "AUX") and head.i != governor.i:
            out.append(first_conjunct(head))
    for _ in range(6):
        token = out[-1]
        if token.dep_ not in rules.clause_deps or token.head.i == token.i:
            break
        head = token.head
        if head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        out.append(first_conjunct(head))
    return out


def _said_passive(clause: Token, rules: ProspectRules) -> bool:
    """'Iran is said to have supplied the rebels', 'is reported to have met …', 'claimed to have
    shot down an Iraqi jet': an infinitive of a passive verb of reporting, or of a verb of
    claiming."""
    head = clause.head
    if clause.dep_ != "xcomp" or head.i == clause.i:
        return False
    lemma = head.lemma_.lower()
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
    return (passive and lemma in rules.report_passives) or lemma in rules.claim_verbs


def _unnamed_teller(subject: Token, rules: ProspectRules) -> bool:
    """'a senior banker', 'one dealer', 'the paper', 'the newspaper': one of
    ``unnamed_speakers`` in the singular after one of ``unnamed_determiners``, or one of
    ``news_nouns``, that names no body or state (no possessor, compound, apposition or name in
    its phrase: not 'a U.S. official', 'a banker at Citibank', 'the Asahi newspaper')."""
    lemma = subject.lemma_.lower()
    if subject.tag_ != "NN" or subject.dep_ != "nsubj":
        return False
    if any(c.dep_ in ("poss", "compound", "appos") for c in subject.children) or any(
            (t.ent_type_ or t.pos_ == "PROPN") and t.pos_ != "NUM"  # 'one dealer' names none
            for t in subject.subtree if t.i != subject.i):
        return False  # the body's own word, or a named paper's: attribution.py decides
    if lemma in rules.news_nouns:
        return True
    return lemma in rules.unnamed_speakers and any(
        c.dep_ in ("det", "nummod") and c.lower_ in rules.unnamed_determiners
        for c in subject.children)


def _hearsay(verb: Token, rules: ProspectRules) -> bool:
    """'Sources say …', '…, diplomatic sources said', 'It is understood that …', 'It is
    believed …': a verb of saying whose subject is one of ``source_nouns`` (a teller the text
    does not name) or, in the plural, one of ``unnamed_speakers`` with nothing before it that
    names a body ('…, bankers said', 'Western diplomats said'; not 'U.S. officials said'), or
    one such speaker or newspaper in the singular (:func:`_unnamed_teller`: '…, a senior
    banker said', 'The paper said …'), or a passive of ``report_passives`` whose subject is
    one of ``impersonal_subjects`` (no teller at all)."""
    lemma = verb.lemma_.lower()
    if lemma in rules.source_verbs and any(_unnamed_teller(c, rules) for c in verb.children):
        return True  # "…, a senior banker said", "The paper said …": told by no one named
    if lemma in rules.source_verbs and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in rules.source_nouns
            and not any(g.dep_ == "appos" for g in c.children)  # "The source, Mr Smith, said"
            for c in verb.children):
        return True
    if lemma in rules.source_verbs and any(
            c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_.lower() in rules.unnamed_speakers
            and not any(g.dep_ in ("appos", "poss", "compound") or g.ent_type_
                        for g in c.children)  # not "U.S. officials", "Shearson's economists"
            for c in verb.children):
        return True  # "…, bankers said", "Diplomats say …": unnamed speakers of no named body
    return lemma in rules.report_passives and any(
        c.dep_ in ("nsubjpass", "expl") and c.lower_ in rules.impersonal_subjects
        for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def _closing_aside(token: Token, chain: list[Token], rules: ProspectRules) -> bool:
    """'Poindexter told Reagan that profits were being diverted to the rebels, according to a
    Time magazine report': a phrase set off by one of ``aside_marks`` that closes the sentence
    tells the whole of it, whatever clause the parser hung it on — when the act's chain reaches
    the sentence's root."""
    sent = token.sent
    return chain[-1].i == sent.root.i and token.i > sent.start and (
        token.doc[token.i - 1].text in rules.aside_marks) and all(
        t.is_punct for t in token.doc[token.right_edge.i + 1:sent.end])


def told_of(trigger: Token, light: Token | None) -> Telling | None:
    """Whether the act at ``trigger`` is told of as someone else's claim — reported, not
    stated: the content of a noun of allegation or report ('denied accusations that he
    threatened Gary Neville'), named by a noun with one of ``evidential_modifiers`` ('the
    alleged attack on Iraq'), in a clause with one of ``evidential_adverbs`` ('Iran allegedly
    supplied the rebels', 'Mr Brown allegedly said … Mr Blair told him') or attributed by one
    of ``attribution_heads`` ('according to diplomats'; not to one of ``norm_nouns``: 'according
    to the ministerial code'), in a clause of one of ``claim_verbs``
    ('The Guardian reports that …', 'Iran attacked Iraq, the newspaper reported'), or in the
    infinitive of a passive verb of ``report_passives`` ('is said to have accused …'), or told
    by no one the text names (:func:`_hearsay`: 'Sources say Iran threatened Iraq', 'Iran, sources
    close to the government said, threatened Iraq', 'It is understood that Iran threatened
    Iraq'), or a document's claim (:func:`.documents.told_in_document`: 'A new book says Blair
    met Brown', 'the memoir, in which she accuses …'; the author the sentence names reports it)."""
    rules = prospect_rules()
    governor = light or trigger
    noun = _noun_clause_of(governor, rules.allegation_nouns)
    if noun is not None:
        return Telling(source=next((c for c in noun.children if c.dep_ == "poss"), None))
    if trigger.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in rules.evidential_modifiers
            for c in trigger.children):
        return Telling()
    chain = _chain(governor)
    heads = {t.i for t in chain} | {t.i for t in (trigger, governor)}
    for token in governor.sent:
        to = rules.attribution_heads.get(token.lower_)
        if to is not None and (token.head.i in heads or _closing_aside(token, chain, rules)):
            prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == to),
                        None)
            source = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep is not None else None
            if prep is not None and not (source is not None
                                         and source.lemma_.lower() in rules.norm_nouns):
                return Telling(source=source)  # 'according to the code' names a rule, no teller
    for clause in chain:
        noun = _noun_clause_of(clause, rules.allegation_nouns)
        if noun is not None:  # "reports that Iran opened a front and Iraq attacked …", "reports
            # that he flew to Tehran to meet Khatami": a clause of the noun's content
            return Telling(source=next((c for c in noun.children if c.dep_ == "poss"), None))
        if any(c.dep_ == "advmod" and c.lower_ in rules.evidential_adverbs
               for t in {clause, trigger, governor} for c in t.children):
            return Telling()
        head = clause.head
        if clause.dep_ in ("ccomp", "parataxis") and head.i != clause.i and (
                head.lemma_.lower() in rules.claim_verbs):
            return Telling(claimer=head)
        said = clause.dep_ in ("ccomp", "parataxis") or is_finite_complement(clause)
        if said and head.i != clause.i and _hearsay(head, rules):
            return Telling()  # "Sources say Iran threatened Iraq", "It is understood that …",
            # "Sources told Reuters Iran has held talks" (parsed as an open complement)
        if any(c.dep_ == "parataxis" and _hearsay(c, rules) for c in clause.children):
            return Telling()  # "Iran, sources close to the government said, threatened Iraq"
        if _said_passive(clause, rules):
            return Telling()
        claim = told_in_document(clause) or closing_document_claim(clause)  # "A new book
        # says …", "the memoir, in which she …", "… told Brown he would quit, the book claims"
        if claim is not None:
            return Telling(source=document_author(claim[0]), claimer=claim[1])
    return None
