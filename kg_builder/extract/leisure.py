"""Reports of the arts and of sport: what is no political event there (issue 15, not-an-event
class). Reads the ``leisure`` rule section.

:func:`arts_article` says whether an article is an arts report (film, music, television,
theatre, galleries), read once into ``ReadContext.arts`` as :func:`cues.sport_article` is into
``ReadContext.sport``; :func:`show_business`, :func:`title_defence`, :func:`walkout`,
:func:`sporting`, :func:`play`, :func:`side_play` and :func:`national` are the questions
:mod:`.conventions` asks of one (agent, target) pair in such reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .context import ReadContext
from .rules import Words, load_section

__all__ = ["LeisureRules", "arts_article", "leisure_rules", "national", "play", "show_business",
           "side_play", "sporting", "title_defence", "walkout"]


@dataclass(frozen=True, slots=True, kw_only=True)
class LeisureRules:
    """The ``leisure`` section: see the comment in ``rules/extract/leisure.json``."""

    arts_words: Words
    arts_min_words: float
    arts_categories: frozenset[str]
    arts_events: frozenset[str]
    public_kinds: frozenset[str]
    sport_title_categories: frozenset[str]
    sport_title_words: Words
    sport_protest_categories: frozenset[str]
    sport_protest_kinds: frozenset[str]
    sport_events: frozenset[str]
    sport_play_lemmas: Words
    sport_play_target_kinds: frozenset[str]
    sport_side_kinds: frozenset[str]
    sport_rival_events: frozenset[str]
    sport_transfer_agent_kinds: frozenset[str]
    sport_transfer_target_kinds: frozenset[str]
    sport_tip_categories: frozenset[str]
    sport_tip_lemmas: Words
    sport_tip_words: Words
    sport_tie_categories: frozenset[str]
    sport_tie_words: Words
    state_words: Words


@cache
def leisure_rules() -> LeisureRules:
    return load_section("leisure", LeisureRules)


def arts_article(ctx: ReadContext) -> bool:
    """Whether an article is an arts report: enough distinct words of film, music, television,
    theatre, galleries, books and games ('film', 'album', 'singer', 'Bafta'). Its places are
    settings: :func:`emit.emit` codes no event there against the state it happened in; and
    unless it is a sports report too, a name before a work noun there is mostly a work's title
    (:mod:`.works`). Read once, by :func:`.entities.collect_entities`."""
    words = leisure_rules().arts_words
    return len(ctx.forms & words) >= leisure_rules().arts_min_words


def show_business(*, arts: bool, event: str, category: str, agent_kind: str | None,
                  target_kind: str | None) -> bool:
    """In an arts report, 'The former Beatle resisted any temptation to refer to Janet
    Jackson's performance', 'said he had spoken to Brosnan about it', 'signed a three-year deal
    with Hollywood studio Warner Brothers', 'Bono, The Edge, Adam Clayton and Larry Mullen Jr …
    begin a world tour': a rejection, a consultation, a deal, an agreement, aid, a release or a
    tour between people, groups and companies is show business, no political event ('Viacom
    agreed to the FCC's demands', 'donated $1m to The American Red Cross', 'He arrived in the UK
    on Friday' stay: a state, a public body or an organisation is a party; so does violence,
    'Gunmen attacked the singer's tour bus')."""
    rules = leisure_rules()
    return arts and (category in rules.arts_categories or event in rules.arts_events) and not (
        agent_kind in rules.public_kinds or target_kind in rules.public_kinds)


def title_defence(*, sport: bool, category: str, things: frozenset[str]) -> bool:
    """In a sports report, 'will defend her titles in Sydney', 'returns to defend his title,
    along with runner-up Carlos Moya': a title defended supports no one ('expressed their
    solidarity with McCall after their side's Scottish Cup win' stays: the cup is not what is
    supported)."""
    rules = leisure_rules()
    return sport and category in rules.sport_title_categories and bool(
        things & rules.sport_title_words)


def walkout(*, sport: bool, category: str, agent_kind: str | None) -> bool:
    """In a sports report, 'I am hoping he doesn't walk out of the club like Michael Owen did':
    a player who walks out leaves his club, he protests against no one (fans or a players'
    union protesting stay)."""
    rules = leisure_rules()
    return sport and category in rules.sport_protest_categories and (
        agent_kind in rules.sport_protest_kinds)


def sporting(*, sport: bool, event: str) -> bool:
    """In a sports report, 'He ran some good lines against Italy': running against a side is
    no election challenge."""
    return sport and event in leisure_rules().sport_events


def play(*, sport: bool, trigger: str, target_kind: str | None) -> bool:
    """In a sports report, 'may defend her indoor AAA 800m title in Sheffield', 'Italy defended
    man on man': defending is a title defended or play, whatever the parse made its object
    ('Wenger defended his striker' stays: a person is supported)."""
    rules = leisure_rules()
    return sport and trigger in rules.sport_play_lemmas and (
        target_kind not in rules.sport_play_target_kinds)


def side_play(*, sport: bool, event: str, category: str, trigger: str,
              agent_kind: str | None, target_kind: str | None, target_name: str,
              things: frozenset[str], done: frozenset[str]) -> bool:
    """In a sports report, between players, clubs and national sides (no state, public body,
    governing body or company on either side): 'Celtic brushed aside Clyde', 'will challenge
    Federer in the final' — a rejection or challenge of the side itself is play ('rejected a
    move to Birmingham', 'refused to accept that …' stay: a thing of the side is rejected);
    'backed New Zealand to win the series' is a tip, no support ('backed Gerrard's view',
    'expressed their solidarity with McCall after their side's Scottish Cup win' stay);
    'ended his partnership with Brad Gilbert' is a player leaving his coach, no break of
    relations ('banned for two years by the IAAF' stays: a governing body sanctions). A player
    rejecting a club ('the striker has rejected Newcastle', invented) turns
    down a transfer, no rival: that stays."""
    rules = leisure_rules()
    if not sport or agent_kind not in rules.sport_side_kinds or (
            target_kind not in rules.sport_side_kinds):
        return False
    if event in rules.sport_rival_events:
        transfer = agent_kind in rules.sport_transfer_agent_kinds and (
            target_kind in rules.sport_transfer_target_kinds)
        return not transfer and bool(set(target_name.split()) & things)
    if category in rules.sport_tip_categories:
        return trigger in rules.sport_tip_lemmas and bool(done & rules.sport_tip_words)
    return category in rules.sport_tie_categories and bool(things & rules.sport_tie_words)


def national(*, sport: bool, kind: str | None, how: str, name: str) -> bool:
    """In a sports report, 'And the American remains highly critical of aspects of British
    sprinting', 'questioned the Chinese athlete's win': a state named only by a demonym is an
    athlete, a side or a sport of that state, not the state ('Russian officials criticised the
    referee' is Russia's: an official stands for the state)."""
    if not sport or kind != "State" or how != "demonym":
        return False
    word = name.split()[-1] if name.split() else ""
    singular = {word, word[:-1] if word.endswith("s") else word,
                word[:-3] + "y" if word.endswith("ies") else word}
    return not singular & leisure_rules().state_words
