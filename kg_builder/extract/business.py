"""Business read as political acts: the conventions of :mod:`.conventions` that make a company's
transactions, trade and competition no event of CAMEO's, which codes political actors (reads the
``conventions`` rule section through :class:`.conventions.ConventionRules`; applied in the order
of :data:`.conventions.CONVENTIONS`).

- :func:`commerce` — a business transaction between companies ('Rosneft has agreed to merge
  with Gazprom', 'Southcorp has rejected a takeover offer from Foster's') is no event.
- :func:`dealing` — a dealing with a state's traders, buyers or mills ('in price talks with its
  Japanese buyers'), a company's dealing in goods, prices or tonnes, or goods bought, is
  business too, though a state is a party.
- :func:`reduction` — cutting an amount ('pledged to cut its trade surplus with the United
  States') sanctions no one.
- :func:`trade` — goods exported, sold or shipped and subsidies are trade, no supply, and aid
  to a trade (farmers, producers) economic policy; relief stays.
- :func:`rivalry` — a company fighting, battling or challenging another company, its rivals or
  for a market competes in business: no fight or challenge.
- :func:`market` — a company's withdrawal or deployment ('Merck withdrew Vioxx from the US
  market') is business, what market commentators think of others commentary, and a news
  organisation's investigation journalism.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..ontology import event_info

if TYPE_CHECKING:
    from .conventions import ConventionRules, Kind, Occasion

__all__ = ["commerce", "dealing", "market", "reduction", "rivalry", "trade"]


def commerce(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Rosneft has agreed to merge with Gazprom', 'Southcorp has rejected a takeover offer from
    Foster's': a business transaction between parties none of which is a state, a government
    body, an intergovernmental organisation or a party is no event of CAMEO's (which codes
    political actors), nor is what a company agrees, offers or supplies to such a party ('China
    Aviation Oil has offered to repay its creditors'), nor anything of these kinds between two
    companies or organisations not known as political, non-governmental or media ('Nokia and
    Sierra Wireless agreed to work together'); a state's deal stays. Opposing a bid ('TCI and
    Atticus have opposed the LSE bid') is business too when what is done is a transaction (a
    lawsuit or criticism stays); so is what owners or lenders do with a company or organisation
    ('the creditors agreed to Fenwick Oil's plan'; not with a person: 'the finance minister
    began talks with creditors' may be a state's debt, 'Shareholders Together' a fans' group)."""
    if occ.agent_kind in rules.political_kinds or occ.target_kind in rules.political_kinds:
        return
    holders = any(set(name.split()) & rules.holder_words and other in rules.private_kinds
                  for name, other in ((occ.agent_name, occ.target_kind),
                                      (occ.target_name, occ.agent_kind)))
    if occ.category in rules.commerce_categories and (
            occ.done & rules.transaction_words or occ.agent_kind in rules.business_kinds or holders
            or (occ.agent_kind in rules.private_kinds and occ.target_kind in rules.private_kinds)
    ):
        kinds.clear()
    elif occ.event in rules.commerce_events and occ.done & rules.transaction_words:
        kinds.clear()


def dealing(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'BHP Billiton is in price talks with its Japanese buyers', 'BHP agreed a price rise with
    Chinese steelmakers': a state named only through its nationals of a trade (buyers, traders,
    steel mills) is no party to the dealing — the buyers are, and what they deal in is business;
    'Toyota has agreed with Japan to ship 50,000 cars', 'Hyundai plans to build a plant in India
    to meet the country's demand for cars', 'Petro Chemie supplies oil to Ina refineries': what a
    company does in goods, prices, tonnes or plants, or what anyone but a state or a government
    body agrees or supplies in them to a company, is business, whoever it deals with (CAMEO
    codes political acts, not trade: 'asked the Department to order TWA to sell its USAir
    shares' stays a demand); 'Egypt agreed to buy
    200,000 tonnes of wheat from France', 'the Soviets agreed to buy nine mln tonnes of U.S.
    grain': goods bought or imported are trade, even between states (arms bought stay: 'agreed
    to buy 132 warplanes'; and so does a demand to buy: 'urged Japan to import more U.S. rice').
    A company's agreement with a state or a government body named as the party ('Shell has
    signed a deal with the sheikhdom of Qatar to supply liquid natural gas', 'Rosneft had
    signed a long-term oil supply deal with China') is a deal with a political actor: it stays
    (unless it buys goods)."""
    if occ.category not in rules.commerce_categories:
        return
    parties = ((occ.agent_how, occ.agent_name), (occ.target_how, occ.target_name))
    traders = any(how == "demonym" and set(name.split()) & rules.commercial_nouns
                  for how, name in parties)
    goods = bool(occ.done & rules.market_things)
    dealt = occ.category in rules.purchase_categories
    business = occ.agent_kind in rules.business_kinds or (  # "supplies oil to Ina refineries"
        dealt and occ.target_kind in rules.business_kinds
        and occ.agent_kind not in rules.political_kinds)
    purchase = dealt and bool(occ.done & rules.purchase_words) and not (
        occ.done & rules.arms_words)
    with_state = occ.event in rules.state_deal_events and (
        occ.target_kind in rules.political_kinds and occ.target_how in rules.state_deal_hows)
    if traders or (goods and ((business and not with_state) or purchase)):
        kinds.clear()


def reduction(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Japan pledged to cut its trade surplus with the United States', 'Noranda has agreed to
    cut emissions … with the federal and Quebec governments each providing …': cutting an
    amount (a surplus, a deficit, emissions, output, costs) is economics, no sanction of the
    party it is with or by — whatever is named beside it; cutting ties, aid or supplies to a
    party stays one."""
    if occ.category in rules.reduction_categories and occ.trigger in rules.reduction_lemmas and (
            occ.things & rules.quantity_things):
        kinds.clear()


def trade(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Australia's two largest exports to Japan', 'Malaysia should expand its sales to Asia and
    the United States', 'after Japan ended selling the semiconductors on the U.S. market': goods
    sold or exported are trade, even between states — no supply (CAMEO 07 is aid); arms sold
    ('authorized the sale of arms to Iran') stay. So are goods shipped ('Canada shipped 2.48
    billion Canadian dlrs worth of gas to the U.S.') and subsidies ('any U.S. wheat subsidy
    offer to the Soviet Union'), and aid to a trade ('the large subsidies which the European
    Community and United States grant their farmers') is economic policy; relief stays ('shipped
    50,000 tonnes of wheat to Bangladesh as food aid')."""
    if occ.category not in rules.trade_categories or occ.done & rules.arms_words or (
            (occ.done | occ.things) & rules.relief_words):
        return
    if occ.done & rules.trade_words or set(occ.target_name.split()) & rules.sector_words:
        kinds.clear()


def market(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Merck withdrew Vioxx from the US market', 'Bayer pulled the drug out of Japan': a
    company's withdrawal is business, no retreat from a state, and 'Carlton intended to increase
    its presence in the U.S.' no mobilisation against one (a company has no forces); 'Analysts
    disputed the Bank of England's forecast', 'Market analysts are inclined to agree with Mr
    Lakhani', 'DIW disputed arguments by other economists': what market commentators think
    of others, or a company or an institute of them, is commentary, also when it is read so only
    after the selectional restrictions ('Analysts attacked Shell's forecast': an attack in
    words, criticism); 'BBC News investigates the
    arms affair': a news organisation's investigation is journalism — no event of CAMEO's,
    which codes political actors."""
    if not kinds:
        return
    category = event_info(kinds[0][0]).plover  # as the restrictions left it: "Analysts
    agent_words = set(occ.agent_name.split())  # attacked Shell's forecast" is criticism
    commentators = agent_words & rules.commentator_words or (  # "DIW disputed arguments by
        set(occ.target_name.split()) & rules.commentator_words  # other economists"
        and occ.agent_kind in rules.private_kinds)
    if (occ.category in rules.business_retreat_categories
            and occ.agent_kind in rules.business_kinds) or (
            category in rules.commentary_categories and commentators
            and occ.agent_kind not in rules.political_kinds) or (
            occ.category in rules.journalism_categories and (
                occ.agent_kind in rules.press_kinds or agent_words & rules.press_words)):
        kinds.clear()


def rivalry(rules: ConventionRules, occ: Occasion, kinds: list[Kind]) -> None:
    """'Merck is battling rival drug makers for market share', 'EA could challenge Disney',
    'Microsoft is fighting Google for control of the search market': a company that fights,
    battles or challenges another company or private organisation, its rivals or competitors,
    or for a market, competes in business — no fight or challenge between political actors (a
    party or a state on either side, 'Yukos has been battling the Russian authorities', and a
    legal battle stay)."""
    if occ.trigger not in rules.rivalry_lemmas or occ.modifiers & rules.legal_modifiers:
        return
    if occ.agent_kind in rules.political_kinds or occ.target_kind in rules.political_kinds:
        return
    business = any(k in rules.business_kinds for k in (occ.agent_kind, occ.target_kind))
    private = occ.agent_kind in rules.private_kinds and occ.target_kind in rules.private_kinds
    rivals = bool(set(occ.target_name.split()) & rules.rival_words)
    market = bool((occ.done | occ.things) & rules.rivalry_things)
    if (business and (private or rivals or market)) or (
            occ.agent_kind in rules.private_kinds and rivals):
        kinds.clear()
