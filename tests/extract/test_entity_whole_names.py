"""A place's name the NER tagged inside an organisation's name that the article tags whole
elsewhere (kg_builder/extract/whole_names.py): that organisation, not the place. Through the
real model; sentences from development articles (BBC News, Reuters-21578)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # bbc-business-042: 'UK' tagged alone in the first sentence, 'UK Coal' whole in the third
    ("Shares in UK Coal have fallen after the mining group reported losses had deepened to £51.6m "
     "in 2004 from £1.2m. In early trade on Thursday, its shares were down 10% at 119 pence. UK "
     'Coal said it was making "significant progress" in shaking up the business.',
     {("UK Coal", "Organization")}, {("United Kingdom", "State")}),
    # reuters-20806: 'Mississippi' tagged alone after 'First'; the company named with its legal form
    ("First Mississippi Corp said in view of the recent decline in its stock price due to the drop "
     "in the stock market, it is considering a repurchase of its common stock.\n\n"
     "First Mississippi is a diversified resource company.",
     {("First Mississippi Corp", "Company")}, {("Mississippi", "Region")}),
    # reuters-3115: 'Petro' and 'Canada' tagged places apart inside 'Petro-Canada', tagged whole
    # before; 'Petro' was merged with the dictionary's Gustavo Petro
    ("Petro-Canada, Canada's state-owned oil company, said it will drill two delineation wells "
     "this summer at the Terra Nova oil field offshore Newfoundland.\n\nEvaluation of test "
     "results and preliminary engineering work should put Petro-Canada in a position to propose "
     "a development plan for the Terra Nova field in 1988, the company said.",
     {("Petro-Canada", "Company"), ("Canada", "State")}, {("Gustavo Petro", "Person")}),
    # must not change, bbc-business-042: the state's own possessive stays the state
    ("Shares in UK Coal have fallen after the mining group reported losses had deepened to £51.6m "
     "in 2004 from £1.2m.\n\nThe UK's biggest coal producer blamed geological problems, "
     'industrial action and "operating flaws" at its deep mines for its worsening fortunes. In '
     "early trade on Thursday, its shares were down 10% at 119 pence. UK Coal said it was making "
     '"significant progress" in shaking up the business.',
     {("UK Coal", "Organization"), ("United Kingdom", "State")}, set()),
])
def test_place_inside_a_name_tagged_whole(assert_read, text, present, absent):
    assert_read(text, present, absent)
