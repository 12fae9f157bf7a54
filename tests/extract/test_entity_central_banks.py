"""A state's central bank named by the bare words wire copy gives it (issue 16, entities41),
through the real model: 'the National Bank' or 'State Bank' alone, or after a state's demonym
('the Belgian National Bank'), is a government body, not a company (the generated company list
holds 'National Bank' as a short form of National Bank Holdings Corp), and beside a longer name
of the article ending or beginning with the words it is that bank. Sentences from the
development part of Reuters-21578 (tests/data/audit/split.json; the entities41 exploration
samples, seeds 4101 and 4102) or invented where marked: the (label, kind) pairs that must and
must not be there. The guards (test_commercial_banks_kept) pass before this rule too."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-8199) the bare words after the full name: the same bank
    ("Sight deposits of commercial banks at the Swiss National Bank rose 743.7 mln Swiss francs "
     "in the second 10 days of March to 8.40 billion, the National Bank said.",
     {("Swiss National Bank", "GovernmentBody")},
     {("National Bank", "Company"), ("National Bank", "GovernmentBody")}),
    # (reuters-6384) a state's demonym before the words
    ("An internal report produced by the Belgian National Bank foresees the country's gross "
     "national product growth falling in 1987 to 1.0 pct from 2.3 pct in 1986, the independent "
     "newspaper Le Soir said.",
     {("Belgian National Bank", "GovernmentBody")},
     {("Belgian National Bank", "Company")}),
    # (reuters-9774) the bare words alone
    ("Peter Kluser, head of the National Bank's legal department, which had argued for a lower "
     "limit, said the move could help combat the use of banks to launder money.",
     {("National Bank", "GovernmentBody")},
     {("National Bank", "Company")}),
    # (reuters-17214) 'a senior Soviet State Bank official': the NER tags the demonym apart
    ('"No specific plans exist for applying for membership," Yurij Ponomarev, international '
     "managing director of the State Bank, told Reuters.",
     {("State Bank", "GovernmentBody")},
     {("State Bank", "Company")}),
    # (invented, after reuters-5267)
    ("The Hungarian National Bank refused to honour the forward currency contract, bank "
     "officials said.",
     {("Hungarian National Bank", "GovernmentBody")},
     {("Hungarian National Bank", "Company")}),
])
def test_central_bank_is_a_government_body(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a commercial bank's own name before the words (invented)
    ("First Wisconsin National Bank said it has raised its prime rate to 7-3/4 pct from 7-1/2 "
     "pct.",
     {("First Wisconsin National Bank", "Company")},
     {("First Wisconsin National Bank", "GovernmentBody")}),
    # a town's or a state's name, no demonym (invented, after reuters-16090)
    ("Its three offices will reopen Monday as branches of Dixie State Bank, an FDIC spokesman "
     "said.",
     {("Dixie State Bank", "Company")},
     {("Dixie State Bank", "GovernmentBody")}),
    # a state-owned commercial bank the organisations list knows (invented, after reuters-6368)
    ("The state-owned Philippine National Bank will fund the purchase, officials said.",
     {("Philippine National Bank", "Company")},
     {("Philippine National Bank", "GovernmentBody")}),
])
def test_commercial_banks_kept(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-841, shortened) the bare words after a commercial bank's longer name: that bank,
    # no second bank (a company on main, from the generated list's short form)
    ("National Bank of Canada said it is issuing 25 mln dlrs worth of mortgage-backed "
     "securities. National Bank said the issue is part of a program by Canada Mortgage and "
     "Housing Corp.",
     set(),
     {("National Bank", "GovernmentBody"), ("National Bank", "Company")}),
])
def test_bare_words_join_the_longer_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # (reuters-16951, shortened; the keyword set) the NER takes 'The' into the bare name's
    # span: still that bank
    ("The Belgian National Bank said it cut its one, two and three month treasury certificate "
     "rates. The Bank last adjusted its rates on April 3. The National Bank bought more than 7.91 billion francs of foreign currency in the "
     "week ended April 13, a National Bank spokesman said last week.",
     {("Belgian National Bank", "GovernmentBody")},
     {("National Bank", "GovernmentBody"), ("National Bank", "Company")}),
])
def test_bare_words_with_the_join_the_longer_name(assert_read, text, present, absent):
    assert_read(text, present, absent)
