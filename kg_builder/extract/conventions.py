"""CAMEO/PLOVER coding conventions that turn one reading into other or further events.

A reading of a trigger between two parties first yields the trigger's own event; then each
convention in :data:`CONVENTIONS`, in order, may change that event, drop it or add others
(reads the ``conventions`` rule section; the business conventions, :func:`commerce`,
:func:`dealing`, :func:`reduction`, :func:`trade`, :func:`rivalry` and :func:`market`, live in
:mod:`.business`):

0. :func:`commerce` — a business transaction between companies (a merger, a takeover offer, a
   stake sold) is no event.
   :func:`dealing` — a dealing with a state's traders, buyers or mills, a company's dealing
   in goods, prices or tonnes, or goods bought, is business too, though a state is a party.
   :func:`reduction` — cutting an amount (a surplus, emissions, output) sanctions no one.
   :func:`contest` — a force or a meeting in a match or for a title is sport, no event.
   :func:`sport` — in a sports report, a meeting, a deal, a move or a withdrawal is sport.
   :func:`message` — words delivered or sent (a Budget, a report, a message) are no supply.
   :func:`trade` — goods exported, sold or shipped (coal, grain, microchips) and subsidies are
   trade, no supply, and aid to a trade (farmers, producers) economic policy; relief stays.
   :func:`press` — speaking to reporters or a newspaper, a company's filing, is no consultation.
   :func:`ruling` — a court rules: it supports, aids or sanctions no one (:mod:`.courts`).
   :func:`policing` — a raid by police or investigators is a search, no armed attack.
   :func:`removal` — ousting a person (a chairman, a leader) removes him from a post: no
   expulsion of diplomats or peacekeepers.
   :func:`justice` — helping police or prosecutors, or with an inquiry, is judicial
   cooperation, no aid.
   :func:`audience` — what a crowd, an audience or fans do (applaud, boo, greet) is no event.
   :func:`advice` — telling the public, consumers or drivers what to do is advice, no demand.
   :func:`rivalry` — a company fighting, battling or challenging another company, its rivals or
   for a market competes in business: no fight or challenge.
1. :func:`selectional_restrictions` — physical force needs a physical act by an agent that can
   wield it: a legal battle is a lawsuit, a match won is no event, a politician's attack on a
   plan is criticism.
   :func:`market` — then, a company's withdrawal (of a product, from a market) or deployment
   ('increase its presence in the U.S.') is business; what market commentators (analysts,
   economists, traders) think of others is commentary, also an attack the restrictions read
   as criticism ('Analysts attacked Shell's forecast'); a news organisation's investigation
   is journalism.
   :func:`leisure` — then, in an arts report, a rejection, a consultation, a deal, aid or a
   tour between people and companies is show business; in a sports report, a title defended,
   a player walking out, running against a side or a state named only by a demonym ('the
   American') is sport, and so is defending anything but a person ('may defend her indoor
   AAA 800m title'), and between players and sides a rejection or challenge of the side
   itself ('brushed aside Clyde'), a tip ('backed New Zealand to win') or a partnership
   ended (rules in ``leisure.json``, :mod:`.leisure`).
2. :func:`state_force` — a violent act of a state's forces is military force (CAMEO 19).
3. :func:`expressed_intent` — a promised cooperative act is also a promise (CAMEO 03), or a
   threat when it is made on a condition ('unless'), a hedged promise when its act is done only
   if something happens ('if', 'provided'); a promised hostile act is also a threat (CAMEO 13).
4. :func:`refusal` — a negated agreement or concession is also a rejection (CAMEO 12).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ..ontology import event_info
from .business import commerce, dealing, market, reduction, rivalry, trade
from .courts import lawsuit, ruled
from .filings import filed
from .leisure import national, play, show_business, side_play, sporting, title_defence, walkout
from .rules import Words, load_section

__all__ = ["CONVENTIONS", "ConventionRules", "Occasion", "advice", "audience", "commerce",
           "contest", "dealing", "expressed_intent", "justice", "leisure",
           "market", "message", "policing", "press", "readings", "reduction", "refusal", "removal",
           "rivalry", "ruling", "selectional_restrictions", "sport", "state_force", "trade"]

#: (event class, modality, polarity) of one event to emit
Kind = tuple[str, str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class ConventionRules:
    """The ``conventions`` section: see the comment in ``rules/extract/conventions.json``."""

    commerce_categories: frozenset[str]
    political_kinds: frozenset[str]
    business_kinds: frozenset[str]
    private_kinds: frozenset[str]
    holder_words: Words
    transaction_words: Words
    commerce_events: frozenset[str]
    commercial_nouns: Words
    market_things: Words
    purchase_words: Words
    purchase_categories: frozenset[str]
    state_deal_events: frozenset[str]
    state_deal_hows: frozenset[str]
    reduction_categories: frozenset[str]
    reduction_lemmas: Words
    quantity_things: Words
    contest_categories: frozenset[str]
    contest_words: Words
    sport_categories: frozenset[str]
    message_categories: frozenset[str]
    message_things: Words
    trade_categories: frozenset[str]
    trade_words: Words
    relief_words: Words
    sector_words: Words
    arms_words: Words
    press_categories: frozenset[str]
    press_kinds: frozenset[str]
    press_words: Words
    interview_things: Words
    raid_lemmas: Words
    law_enforcement_words: Words
    removal_lemmas: Words
    removal_events: frozenset[str]
    removal_target_kinds: frozenset[str]
    justice_lemmas: Words
    justice_things: Words
    justice_event: str
    business_retreat_categories: frozenset[str]
    commentator_words: Words
    commentary_categories: frozenset[str]
    journalism_categories: frozenset[str]
    public_events: frozenset[str]
    public_words: Words
    audience_categories: frozenset[str]
    audience_target_categories: frozenset[str]
    audience_words: Words
    assault_particles: Words
    force_categories: frozenset[str]
    legal_modifiers: Words
    legal_event: str
    contest_lemmas: Words
    contest_agent_kinds: frozenset[str]
    contest_agent_hows: frozenset[str]
    contest_target_kinds: frozenset[str]
    verbal_attack_lemmas: Words
    verbal_agent_kinds: frozenset[str]
    verbal_group_target_kinds: frozenset[str]
    armed_words: Words
    abstract_things: Words
    issue_lemmas: Words
    issue_party_kinds: frozenset[str]
    not_issues: Words
    verbal_event: str
    amnesty_lemmas: Words
    protest_events: frozenset[str]
    official_protest_kinds: frozenset[str]
    official_protest_event: str
    civil_amnesty_words: Words
    state_force_events: dict[str, str]
    interstate_force_events: dict[str, str]
    cooperative_categories: frozenset[str]
    promise_event: str
    conditional_promise_event: str
    hostile_categories: frozenset[str]
    hostile_intent_event: str
    refusal_events: dict[str, str]
    rivalry_lemmas: Words
    rival_words: Words
    rivalry_things: Words


@dataclass(frozen=True, slots=True, kw_only=True)
class Occasion:
    """What the conventions look at: one (agent, target) pair of a reading."""

    event: str  #: the trigger's event class
    category: str  #: its PLOVER category
    agent_kind: str | None
    polarity: str
    modality: str
    #: the agent commits itself to the act, positive: a promise ("offered to provide", "vowed
    #: to attack", "Iraq will allow"), not only a plan ("is planning to hold", "intends to
    #: finance", "is set to continue"; ``framing.is_plan``)
    intent: bool
    #: announced, whether negated or not ("would not meet their demands")
    announced: bool
    #: made on a condition ("… unless the junta holds elections")
    conditional: bool
    #: its act made on a condition ("offered to supply wheat to Egypt if the loan was approved")
    contingent: bool = False
    #: the trigger's lemma; the lemmas of what it acts on (its objects, the objects of its
    #: prepositions) and of the modifiers of it and its object ("legal battle")
    trigger: str = ""
    things: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    #: "attacked X for failing to …": a reason given for the act
    for_doing: bool = False
    #: lemmas of what the act is over or about, no named place or date ("clashed over farm
    #: subsidies", "clashed on the issue"; not "clashed over Kashmir", "on Tuesday")
    issues: frozenset[str] = frozenset()
    #: how the agent is named (``Mention.how``: "Israeli soldiers" is a demonym)
    agent_how: str = ""
    #: the trigger's particles ("beat up")
    particles: frozenset[str] = frozenset()
    target_kind: str | None = None
    #: how the target is named (``Mention.how``: "its Japanese buyers" is a demonym)
    target_how: str = ""
    #: the agent's and the target's names as written, lower-cased ("court of appeal",
    #: "reporters")
    agent_name: str = ""
    target_name: str = ""
    #: lemmas of the act and what it is about ("agreed to merge with", "merger talks with")
    done: frozenset[str] = frozenset()
    #: the article is a sports report (``ReadContext.sport``)
    sport: bool = False
    #: the article is an arts report (``ReadContext.arts``)
    arts: bool = False


@cache
def convention_rules() -> ConventionRules:
    return load_section("conventions", ConventionRules)


def contest(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'the Irish beat Italy in the 1994 World Cup Finals', 'The Chilean will meet sixth seed
    Juan Ignacio Chela', 'shot basketball hoops with students': a force or a meeting whose act
    or what it is about is a match, a game or a title is sport, no event."""
    if occ.category in rules.contest_categories and occ.done & rules.contest_words:
        kinds.clear()


def sport(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """In a sports report, 'Jesper Gronkjaer has agreed a move to Atletico Madrid', 'He was
    signed … by Ruud Gullit', 'Before her meeting with Martinez', 'China … will provide difficult
    opposition': a meeting, a deal, a move, a contest or a withdrawal between players, clubs and
    national sides is a fixture, a result or a transfer — sport, no event (what players and
    officials say of each other, a criticism or a fine, stays)."""
    if occ.sport and occ.category in rules.sport_categories:
        kinds.clear()


def message(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Gordon Brown will deliver his Budget to the House of Commons', 'sent a classified report
    to Congress', 'was sending telexes to its creditors': what is delivered or sent is words, no
    goods or aid — no supply (CAMEO 07) of anything."""
    if occ.category in rules.message_categories and occ.things & rules.message_things:
        kinds.clear()


def press(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'spoke to reporters in Mendoza', 'spoke to Reuters', 'speaking to the BBC's Newsnight':
    talking to the press is how news is made, no consultation (CAMEO 04 codes meetings of
    political actors); so is the press asking its sources ('bank economists contacted by Reuters'),
    but not of a political kind. An interview granted to a named news organisation ('gave
    interviews to the BBC Persian Service') is the giver's act: it stays a consultation. A
    company's word to an agency ('told the Securities and Exchange Commission it …') is a filing."""
    granted = bool(occ.things & rules.interview_things)
    asks = occ.agent_kind in rules.press_kinds and occ.target_kind not in rules.political_kinds
    if (occ.category in rules.press_categories and (
            (occ.target_kind in rules.press_kinds and not granted) or asks
            or set(occ.target_name.split()) & rules.press_words)) or filed(occ):
        kinds.clear()


def ruling(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'the Court of Appeal backed the Home Office's powers to hold them': a court that backs,
    upholds or grants something rules; its relief or order in a company's case aids or sanctions
    no one (:mod:`.courts`); 'the SEC filed a complaint against the firm' is a lawsuit."""
    if ruled(occ):
        kinds.clear()
    elif kinds and (suit := lawsuit(occ, event=kinds[0][0])):
        kinds[0] = (suit, *kinds[0][1:])


def policing(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Police raided the offices of Yukos', 'FBI agents raided the headquarters of the Holy
    Land Foundation': a raid by police, agents or investigators is a search of premises under
    the law, no armed force (CAMEO 19 and 18 are violence; PLOVER has no raid): no event.
    'Russian troops raided the village' stays an attack."""
    if occ.category in rules.force_categories and occ.trigger in rules.raid_lemmas and (
            set(occ.agent_name.split()) & rules.law_enforcement_words):
        kinds.clear()


def removal(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'A Yili spokesman said it may now move to oust chairman Zheng Junhuai', 'Ukraine recently
    ousted long-serving leader Leonid Kuchma': ousting a person removes him from a post, a
    company's or a state's own; CAMEO 166 (expulsion) is of a party's diplomats, peacekeepers,
    inspectors or agencies, and no other class codes the removal: no event."""
    if kinds and kinds[0][0] in rules.removal_events and occ.trigger in rules.removal_lemmas and (
            occ.target_kind in rules.removal_target_kinds):
        kinds.clear()


def justice(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Mr Myers … is assisting prosecutors', 'will … assist police in bringing prosecutions',
    'is helping the FBI in its investigation': help given to police, prosecutors or
    investigators, or with an investigation, an inquiry or a prosecution, is judicial
    cooperation (CAMEO 06, PLOVER COOPERATE), not aid (CAMEO 07: economic, military or
    humanitarian aid). 'Japan has agreed to help the United States strengthen anti-submarine
    defences' stays aid."""
    if kinds and kinds[0][0] == occ.event and occ.trigger in rules.justice_lemmas and (
            set(occ.target_name.split()) & rules.law_enforcement_words
            or (occ.things | occ.done) & rules.justice_things):
        _, modality, polarity = kinds[0]
        kinds[0] = (rules.justice_event, modality, polarity)


def audience(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'He was greeted by a sell-out crowd', 'fans booed the referee': an audience reacts to a
    performance; 'Gere greeted the crowd and signed autographs': a star meets no party."""
    agent, target = set(occ.agent_name.split()), set(occ.target_name.split())
    if (occ.category in rules.audience_categories and agent & rules.audience_words) or (
            occ.category in rules.audience_target_categories and target & rules.audience_words):
        kinds.clear()


def advice(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Drivers should check their tyres, the AA said', 'The Business Software Alliance warned
    that people should stay alert': saying what the public, or consumers of something, should
    do is advice to all — no demand of a party (urging people to act is still a request)."""
    if occ.event in rules.public_events and set(occ.target_name.split()) & (
            rules.public_words) and occ.target_kind not in rules.political_kinds:
        kinds.clear()


def selectional_restrictions(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'fights a legal battle with Pennzoil' a lawsuit; 'Ireland beat Italy', 'beat Labour' no assault;
    'Jack Straw has attacked the decision', 'attacked Mr Brown for …' criticism, no armed force."""
    if occ.category not in rules.force_categories or not kinds:
        return
    _, modality, polarity = kinds[0]
    if occ.modifiers & rules.legal_modifiers:
        kinds[0] = (rules.legal_event, modality, polarity)
    elif occ.trigger in rules.contest_lemmas and not occ.particles & rules.assault_particles and (
            occ.target_kind in rules.contest_target_kinds or (occ.agent_kind not in
            rules.contest_agent_kinds and occ.agent_how not in rules.contest_agent_hows)):
        kinds.clear()
    elif occ.trigger in rules.verbal_attack_lemmas and (
            occ.agent_kind in rules.verbal_agent_kinds or occ.things & rules.abstract_things
            or occ.for_doing or _over_an_issue(rules, occ)
            or (  # "Christian teachers have attacked Philip Pullman"
                occ.agent_kind == "Group" and occ.target_kind in rules.verbal_group_target_kinds
                and not set(occ.agent_name.split()) & rules.armed_words)):
        kinds[0] = (rules.verbal_event, modality, polarity)


def _over_an_issue(rules: ConventionRules, occ: Occasion) -> bool:
    """'Britain and France clashed over farm subsidies', 'Japan and the U.S. are clashing over
    semiconductors': parties that are no armed men nor a crowd, clashing over a matter (not a
    place or a time: 'clashed over the weekend', 'on the border'), quarrel; 'Troops clashed
    with rebels over control of the road', 'Police clashed with protesters over the new law'
    stay a fight."""
    names = set(occ.agent_name.split()) | set(occ.target_name.split())
    return bool(occ.trigger in rules.issue_lemmas and occ.issues - rules.not_issues
                and not names & rules.armed_words
                and occ.agent_kind in rules.issue_party_kinds
                and occ.target_kind in rules.issue_party_kinds)


def leisure(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """In an arts report, 'The former Beatle resisted any temptation to refer to Janet
    Jackson's performance', 'said he had spoken to Brosnan about it': a rejection, a
    consultation, a deal, aid or a tour between people, groups and companies is show business;
    in a sports report, 'will defend her titles in Sydney' supports no one, 'he doesn't walk
    out of the club' is no protest, 'ran some good lines against Italy' is no election
    challenge, 'Italy defended man on man' and 'Celtic brushed aside Clyde' are play,
    'backed New Zealand to win the series' is a tip, and 'the American' or 'British sprinting'
    is no state (:mod:`.leisure`). Read
    after the selectional restrictions:
    'his legal battles with record label Sony' is a lawsuit and 'has been attacked by critics'
    criticism, which stay."""
    if not kinds:
        return
    event = kinds[0][0]
    category = event_info(event).plover
    if show_business(arts=occ.arts, event=event, category=category,
                     agent_kind=occ.agent_kind, target_kind=occ.target_kind) or title_defence(
            sport=occ.sport, category=category, things=occ.things) or walkout(
            sport=occ.sport, category=category, agent_kind=occ.agent_kind) or sporting(
            sport=occ.sport, event=event) or play(
            sport=occ.sport, trigger=occ.trigger, target_kind=occ.target_kind) or side_play(
            sport=occ.sport, event=event, category=category, trigger=occ.trigger,
            agent_kind=occ.agent_kind, target_kind=occ.target_kind,
            target_name=occ.target_name, things=occ.things, done=occ.done) or any(
            national(sport=occ.sport, kind=kind, how=how, name=name) for kind, how, name in (
                (occ.agent_kind, occ.agent_how, occ.agent_name),
                (occ.target_kind, occ.target_how, occ.target_name))):
        kinds.clear()


def official_protest(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'France today protested over Canada's decision': a state's protest is a formal
    complaint, no demonstration."""
    if kinds and kinds[0][0] in rules.protest_events and (
            occ.agent_kind in rules.official_protest_kinds):
        _, modality, polarity = kinds[0]
        kinds[0] = (rules.official_protest_event, modality, polarity)


def civil_amnesty(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'a one-off tax amnesty to people who hid their earnings', 'an amnesty for illegal
    immigrants': forgiving taxes, papers or weapons frees no one held."""
    if kinds and occ.trigger in rules.amnesty_lemmas and (
            occ.modifiers | set(occ.target_name.split())) & rules.civil_amnesty_words:
        kinds.clear()


def state_force(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Serb forces killed three villagers': a state's violence is military force."""
    if occ.agent_kind == "State" and kinds:
        event, modality, polarity = kinds[0]
        event = rules.state_force_events.get(event, event)
        if occ.target_kind == "State":  # "Iran launched an offensive against Iraq"
            event = rules.interstate_force_events.get(event, event)
        kinds[0] = (event, modality, polarity)


def expressed_intent(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'will withdraw its force from Chad unless …' is a threat; 'will support X' a promise
    (CAMEO codes a promised cooperative act as an expressed intent), hedged when its act is
    made on a condition ('offered to supply wheat to Egypt if the loan was approved': the
    promise holds only if it is met); 'vowed to attack X' a threat."""
    if not occ.intent or not kinds:
        return
    category = event_info(kinds[0][0]).plover  # as the restrictions left it ("will attack
    if category in rules.cooperative_categories:  # Labour's record" threatens no one)
        event = rules.conditional_promise_event if occ.conditional else rules.promise_event
        contingent = occ.contingent and not occ.conditional
        kinds.append((event, "hedged" if contingent else "asserted", occ.polarity))
    elif category in rules.hostile_categories:
        kinds.append((rules.hostile_intent_event, "asserted", occ.polarity))


def refusal(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'failed to reach agreement with X' is also a (positive) rejection of X; 'would not meet
    their demands' states the refusal now: not hedged by 'would'."""
    if not kinds:
        return
    rejection = rules.refusal_events.get(kinds[0][0]) if occ.polarity == "negative" else None
    if rejection is not None:
        kinds.append((rejection, "asserted" if occ.announced else occ.modality, "positive"))


#: the conventions, in the order they apply
CONVENTIONS: tuple[Callable[[ConventionRules, Occasion, list[Kind]], None], ...] = (
    commerce,
    dealing,
    reduction,
    contest,
    sport,
    message,
    trade,
    press,
    ruling,
    policing,
    removal,
    justice,
    audience,
    advice,
    rivalry,
    civil_amnesty,
    official_protest,
    selectional_restrictions,
    market,
    leisure,
    state_force,
    expressed_intent,
    refusal,
)


def readings(occ: Occasion) -> list[Kind]:
    """The events one (agent, target) pair yields: the trigger's own first (unless a
    convention drops it), then the conventions' (in :data:`CONVENTIONS` order)."""
    rules = convention_rules()
    kinds: list[Kind] = [(occ.event, occ.modality, occ.polarity)]
    for convention in CONVENTIONS:
        convention(rules, occ, kinds)
    return kinds
