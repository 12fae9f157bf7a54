"""Entity types on news the rules were not written for (issue 16), through the real model: the
exact (label, kind) of every entity a passage yields, or, where the passage holds other errors
that are not the point, the pairs that must and must not be there. Sentences from the
development part of BBC and Reuters-21578 (tests/data/audit/split.json)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow




@pytest.mark.parametrize(("text", "expected"), [
    # a sports report's team sheet: its names are players, not organisations or towns, whether
    # the NER tagged them or not; "at the Causeway Stadium" is a place (bbc-sport-376)
    ("Leicester withstood a stunning Wasps comeback to win a pulsating Heineken Cup encounter at "
     "the Causeway Stadium.\n\nBut it was the visitors who kept their cool as Andy Goode kicked the "
     "Tigers to victory with a penalty and a drop goal. Wasps pounded the line and a penalty try "
     "looked likely before referee Nigel Williams controversially blew for full-time.\n\n"
     "Replacements: Gotting, McKenzie, Lock, Hart, Biljon, Brooks, Hoadley.\n\nReplacements (from): "
     "Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, H Tuilagi, Bemand, A Tuiliagi, Lloyd, Vesty.",
     [("A Tuiliagi", "Person"), ("Andy Goode", "Person"), ("B Deacon", "Person"), ("Bemand", "Person"),
      ("Biljon", "Person"), ("Brooks", "Person"), ("Buckland", "Person"), ("Causeway Stadium", "Place"),
      ("Cockerill", "Person"), ("Gotting", "Person"), ("H Tuilagi", "Person"), ("Hart", "Person"),
      ("Hoadley", "Person"), ("Kay", "Person"), ("Lloyd", "Person"), ("Lock", "Person"),
      ("McKenzie", "Person"), ("Morris", "Person"), ("Nigel Williams", "Person"),
      ("Tigers", "Organization"), ("Vesty", "Person"), ("W Johnson", "Person"), ("Wasps", "Organization")]),
    # a player's position is no part of his name; the club he leaves is no city (bbc-sport-206)
    ("Striker Nicolas Anelka reportedly wants to leave Manchester City in search of Champions "
     "League football.\n\nAnelka, 25, is in talks over a contract extension beyond 2007 with City "
     "but is believed to fear his career will go stale if he stays at the club. \"I think I will "
     "always choose football, if a great club makes me an offer. If I am going to score goals and "
     "not win, there is a risk it is going to create a feeling of being fed up.\"",
     [("Manchester City", "Organization"), ("Nicolas Anelka", "Person")]),
    # a sport's governing body named as a union is no party (bbc-sport-319)
    ("Pountney was found guilty of bringing the game into disrepute at a Rugby Football Union "
     "disciplinary hearing in London on Thursday night.",
     [("London", "City"), ("Pountney", "Person"), ("Rugby Football Union", "NonGovernmentalOrganization")]),
    # 'the Worlds' (the world championships) is a competition, no person or place (written
    # sentences: no development article names them so)
    ("Kelly Holmes won gold at the Worlds in Paris last year, and the athlete said the "
     "championship was her best. The coach praised the squad at the Worlds.",
     [("Kelly Holmes", "Person"), ("Paris", "City")]),
])
def test_sport_clubs_players_and_competitions(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a pool of national sides listed like a team sheet names sides, no players (bbc-sport-400:
    # England, Scotland and Wales were people)
    ("England will have to negotiate their way through a tough draw if they are to win the Rugby "
     "World Cup Sevens in Hong Kong next month.\n\nThe top two sides in each pool qualify but "
     "England could face 2001 winners New Zealand in the quarter-finals if they stumble against "
     "Samoa. England won the first event of the International Rugby Board World Sevens series in "
     "Dubai but have slipped to fourth in the table after failing to build on that victory. "
     "However, they beat Samoa in the recent Los Angeles Sevens before losing to Argentina in the "
     "semi-finals.\n\nNew Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA\n\nEngland (2), "
     "Samoa (7), France, Italy, Georgia, Chinese Taipei",
     set(), {("England", "Person"), ("Scotland", "Person")}),
])
def test_a_pool_of_sides_is_no_team_sheet(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the club in brackets after a player's name on a team sheet is no player (bbc-sport-295:
    # Edinburgh Rugby, Glasgow Rugby and Leeds Tykes were people; bbc-sport-376 and written)
    ("Euan Murray has been named in the Scotland training squad after an eight-week ban, ahead "
     "of Saturday's Six Nations match with Ireland.\n\nThe Glasgow forward's ban for stamping "
     "ended on 2 February. \"I'm just happy to be back playing and be involved with the squad,\" "
     "said Murray on Monday.\n\nBacks: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), "
     "Dan Parks (Glasgow Rugby), Gordon Ross (Leeds Tykes), Hugo Southwell (Edinburgh Rugby)\n\n"
     "Forwards: Ross Beattie (Northampton Saints), Gordon Bulloch (captain, Glasgow Rugby), Jon "
     "Dunbar (Leeds Tykes), Iain Fullarton (Saracens)\n\nReplacements: Tiago (Bridge 45), "
     "Hart, Brooks, Vesty.",
     {("Edinburgh Rugby", "Organization"), ("Glasgow Rugby", "Organization"),
      ("Leeds Tykes", "Organization"), ("Mike Blair", "Person"), ("Gordon Bulloch", "Person"),
      ("Hart", "Person")},
     {("Edinburgh Rugby", "Person"), ("Glasgow Rugby", "Person"), ("Leeds Tykes", "Person"),
      ("Saracens", "Person")}),
])
def test_a_club_in_brackets_on_a_team_sheet(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # titles of works and their characters are no entities (bbc-politics-199, -316,
    # bbc-entertainment-095); no United Kingdom either, as in 'Stefan Pakeerah was stabbed to
    # death in Leicester' (it came of the relative pronoun read as no one: reduced_passives.py)
    ("Violent games have been hit by controversy after the game Manhunt was blamed by the parents "
     "of 14-year-old Stefan Pakeerah, who was stabbed to death in Leicester in February.",
     [("Leicester", "City"), ("Stefan Pakeerah", "Person")]),
    ("He dedicated his prize to Superman actor Christopher Reeve, who died last year.",
     [("Christopher Reeve", "Person")]),
    # a programme's name between quotation marks (reuters21578, development part)
    ("Asked on NBC's \"Today\" program if the United States was prepared for a major war with Iran, "
     "Weinberger said, \"Well we are prepared.\"",
     [("Iran", "State"), ("NBC News", "MediaOrganization"), ("United States", "State"),
      ("Weinberger", "Person")]),
])
def test_works_are_no_entities(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the portfolio in an office's title is no organisation or person (bbc-politics-067,
    # reuters21578 development part)
    ("Mr Parton said he had been told by Children's Minister Margaret Hodge there was not enough "
     "time to pass the bill through parliament before the general election.",
     [("Margaret Hodge", "Person"), ("Parton", "Person")]),
    ("Negotiations continued in New York today, even though Finance Secretary Mario Brodersohn has "
     "returned to Argentina to consult president Raul Alfonsin on the proposed terms.",
     [("Argentina", "State"), ("Mario Brodersohn", "Person"), ("New York", "City"),
      ("Raul Alfonsin", "Person")]),
    # an institution before the title is one (bbc-politics-406)
    ("Gordon Brown was born in Glasgow on 20 February 1951, the son of a Church of Scotland "
     "Minister in the small Fife town of Kirkcaldy.",
     [("Church of Scotland", "Organization"), ("Glasgow", "City"), ("Gordon Brown", "Person"),
      ("Kirkcaldy", "City")]),
])
def test_a_portfolio_is_part_of_a_title(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # wire copy abbreviates a US state after its city: the state is a region, not a city
    # (reuters21578, development part)
    ("The areas affected are Chicago; the Indiana portion of the Chicago area; East St. Louis, "
     "Ill.; the Indiana portion of the Louisville, Ky., area; Cleveland, Ohio; Atlanta, Ga.; "
     "Dallas-Ft. Worth, Tex.; Denver, Colo.",
     [("Atlanta", "City"), ("Chicago", "City"), ("Cleveland", "City"), ("Colo.", "Region"),
      ("Dallas", "City"), ("Denver", "City"), ("East St. Louis", "City"), ("Ga.", "Region"),
      ("Ill.", "Region"), ("Indiana", "Region"), ("Ky.", "Region"), ("Louisville", "City"),
      ("Ohio", "Region"), ("Tex", "Region")]),
    # a road the NER took for a person; a car of a make is no entity (bbc-politics-157)
    ("Police say the suspect ran off after towards Wilmslow Road after committing the offence but "
     "is believed to have been driving a red Vauxhall Corsa earlier.",
     [("Wilmslow Road", "Place")]),
])
def test_places_in_wire_copy_and_streets(read_entities, text, expected):
    assert read_entities(text) == expected



@pytest.mark.parametrize(("text", "present", "absent"), [
    # a state's government named with the state acts as the state (ontology: nkg:State); a
    # central bank is a government body, not a company (reuters21578, development part). The
    # other names of these sentences are not the point ("Laurie Milbank and Co" is cut in two).
    ("\"The U.K. Government is in no hurry to issue more bonds, suggesting further market "
     "improvement and continuing demand from brokers here,\" said Laurie Milbank and Co assistant "
     "manager Machiko Suzuki.",
     {("United Kingdom", "State")}, {("U.K. Government", "GovernmentBody")}),
    ("New York Federal Reserve Bank President Gerald Corrigan opposed a further fall in the value "
     "of the dollar but refused to say whether U.S. Interest rates would be raised to protect the "
     "currency.",
     {("New York Federal Reserve Bank", "GovernmentBody")},
     {("New York Federal Reserve Bank", "Company")}),
    # West Germany is the Federal Republic, today's Germany; a name before "daily" is a newspaper
    ("On Thursday Schlesinger said in a contribution to the Handelsblatt daily that the "
     "accommodative monetary stance in West Germany caused by outside pressures could not "
     "determine policy in the long term.",
     {("Germany", "State"), ("Handelsblatt", "MediaOrganization"), ("Schlesinger", "Person")},
     {("West Germany", "City"), ("Handelsblatt", "Person")}),
])
def test_states_central_banks_and_newspapers(assert_read, text, present, absent):
    assert_read(text, present, absent)



@pytest.mark.parametrize(("text", "present", "absent"), [
    # clubs knocked out "by Newcastle", "Barcelona secure a lead"; a competition is no party
    # (bbc-sport-159; "the Nou Camp", a stadium read as a region, is not the point)
    ("Chelsea boss Jose Mourinho has insisted that Sir Alex Ferguson and Arsene Wenger would swap "
     "places with him.\n\nMourinho's side were knocked out of the FA Cup by Newcastle last Sunday "
     "before seeing Barcelona secure a 2-1 Champions League first-leg lead in the Nou Camp. But he "
     "denied his club was suffering a dip in form which league rivals Arsenal and Manchester United "
     "could exploit.",
     {("Barcelona", "Organization"), ("Chelsea", "Organization"), ("Arsenal", "Organization"),
      ("Manchester United", "Organization"), ("Newcastle", "Organization")},
     {("Barcelona", "City"), ("Newcastle", "City"), ("Manchester United", "Person"),
      ("Champions League", "PoliticalParty")}),
    # outside sports reports a city stays a city, and a capital in a list after "in" is the
    # city, not its state (bbc-sport-082)
    ("Kenteris, 31, and Thanou, 30, had been charged with avoiding drug tests in Tel Aviv, Chicago "
     "and Athens and failing to notify anti-doping officials of their whereabouts before the Olympics.",
     {("Athens", "City"), ("Chicago", "City"), ("Tel Aviv", "City")},
     {("Chicago", "Organization"), ("Greece", "State")}),
    # in a sports report a city before "-based" is where something is, not its club
    # (bbc-sport-035; the arbitration court's label keeps its bracket, not the point)
    ("Sprinter Michelle Collins has received an eight-year ban for doping offences after a hearing "
     "at the North American Court of Arbitration for Sport (CAS).\n\nAmerica's former world indoor "
     "200m champion is the first athlete to be suspended without a positive drugs test or an "
     "admission of drugs use. World record holder Tim Montgomery is also facing a lifetime ban. The "
     "San Francisco-based Balco laboratory faces steroid distribution and money laundering charges.",
     {("San Francisco", "City"), ("Michelle Collins", "Person")},
     {("San Francisco", "Organization")}),
    # a character of a novel (bbc-politics-316; the novel itself is not caught)
    ("Others compared the image to the character Fagin in Charles Dickens' Oliver Twist.",
     {("Charles Dickens", "Person")}, {("Fagin", "Person")}),
])
def test_clubs_capitals_and_characters(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # in a sports report the countries that play, face, beat and are beaten are the national
    # teams, organisations, not the states or the regions (bbc-sport-403, bbc-sport-327)
    ("The Six Nations has heralded a new order in northern hemisphere rugby this year and Wales "
     "and Ireland rather than traditional big guns France and England face a potential Grand Slam "
     "play-off in three weeks' time.\n\nBut before that game in Cardiff, Wales must get past "
     "Scotland at Murrayfield, while Ireland face the not insignificant task of a home fixture "
     "with the mercurial French. England are enduring their worst run in the championship since captain "
     "Richard Hill was dumped in favour of Mike Harrison after three straight losses in 1987.",
     {("England", "Organization"), ("France", "Organization"), ("Ireland", "Organization"),
      ("Scotland", "Organization"), ("Wales", "Organization")},
     {("England", "Region"), ("France", "State"), ("Ireland", "State"), ("Scotland", "Region"),
      ("Wales", "Region")}),
    ("Former France centre Philippe Sella believes coach Bernard Laporte must recall Frederic "
     "Michalak to give his side any chance of beating Ireland.\n\nSella admitted he had been "
     "impressed by current fly-half Yann Delaigue in the RBS Six Nations to date. The 22-year-old "
     "Michalak has spent much of the tournament on the bench after Delaigue impressed for Castres "
     "early in the season. With Michalak overlooked, the French stuttered to narrow wins over "
     "Scotland and then England before ironically playing their best rugby in the defeat to Wales.",
     {("England", "Organization"), ("France", "Organization"), ("Ireland", "Organization"),
      ("Scotland", "Organization"), ("Wales", "Organization")},
     {("England", "Region"), ("France", "State"), ("Ireland", "State"), ("Wales", "Region")}),
    # a country's name before a word of its team ('an England recall', 'his England caps') is the
    # team wherever the noun stands (bbc-sport-391)
    ("Leicester wing Austin Healey hopes to use Sunday's return Heineken Cup clash with Wasps as a "
     "further springboard to an England recall for the Six Nations.\n\nHealey, who won 51 caps "
     "prior to the 2003 World Cup, has been in good form in the Tigers' resurgence this season. "
     "\"We will have to see what happens after the previous (autumn) Tests but when I look at the "
     "current squad I definitely feel there is a place there for me.\" Healey, who has also played "
     "both half-back positions and full-back during his career, has reverted to the wing, where he "
     "won most of his England caps.\n\n\"I am basically playing where it best suits Leicester. "
     "Obviously I can play scrum-half, fly-half or full-back at a moment's notice.",
     {("England", "Organization")}, {("England", "Region")}),
    # a name the article reads as its national team is the team where the parse alone does not
    # say so ('England A beat France A'): one side, not also a region (bbc-sport-300)
    ("Bath prop Duncan Bell has been added to England's 30-man squad to face Ireland in the RBS "
     "Six Nations.\n\nAnd with Phil Vickery sidelined for at least six weeks with a broken arm and "
     "Julian White out with a neck injury, Bell could make his England debut. But Sheridan favours "
     "the loosehead side of the scrum and a more likely scenario is for uncapped Bell - who was "
     "among the tryscorers when England A beat France A 30-20 nine days ago - to be drafted in.",
     {("England", "Organization"), ("France", "Organization"), ("Ireland", "Organization")},
     {("England", "Region"), ("France", "State"), ("Ireland", "State")}),
    # a country's name before 'international' (a player of its team) is the team, whatever the
    # parse hangs it on (bbc-sport-319)
    ("Northampton coach Budge Pountney has been fined £2,000 and banned from match-day coaching "
     "for six weeks for calling a referee \"a disgrace\".\n\nPountney criticised referee Steve "
     "Lander's performance in Northampton's defeat by Saracens on 5 February. The ban means former "
     "Scotland international Pountney cannot enter the playing enclosure, technical areas or go "
     "near the touchline, tunnel or players and officials' areas on the day of a game.",
     {("Scotland", "Organization")}, {("Scotland", "Region")}),
    # 'Team' and a name is a side, whether the NER tagged the whole name as a person or only
    # its second word (written sentences: no development article names one)
    ("Team GB won five gold medals at the Olympics in Athens, and the squad's coach said the "
     "athletes had exceeded their target. Team GB will now prepare for the world championships.",
     {("Team GB", "Organization")}, {("Team GB", "Person"), ("GB", "Person")}),
])
def test_national_teams(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # guards: a country owning the phrase that names an athlete is her nationality, and a place
    # someone flies back to is the country, in a sports report too (bbc-sport-032, bbc-sport-051)
    ("Olympic 10,000m champion Kenenisa Bekele is determined to add the world indoor two mile "
     "record at February's Norwich Union Grand Prix in Birmingham.\n\nThe Ethiopian broke the "
     "world indoor 5,000m record on his debut at the meeting last year. Britain's 800m and 1500m "
     "champion Kelly Holmes is taking part in the 1000m.",
     {("United Kingdom", "State")}, {("Britain", "Organization")}),
    ("Greek sprinters Kostas Kenteris and Katerina Thanou are expected to find out on Wednesday if "
     "they will be banned for missing drugs tests this summer.\n\nThe International Association "
     "of Athletics Federations (IAAF) council held a conference call on Tuesday and are set to "
     "announce their decision. The duo withdrew from the Olympics after missing a test but claimed "
     "they had suffered a motorcycle crash. But Kenteris and Thanou then went on to skip tests in "
     "Tel Aviv and Chicago, when they decided to fly back to Greece early.",
     {("Greece", "State")}, {("Greece", "Organization")}),
    # the country a player comes from stays the state where the article also names its team
    # (bbc-sport-430, with a written first sentence)
    ("France beat Spain in the Fed Cup final.\n\nAmerican Davenport will now face fellow former "
     "Wimbledon champion, Conchita Martinez of Spain, who ousted seventh-seeded Nathalie Dechy of "
     "France 6-1 6-2.",
     {("France", "State")}, set()),
])
def test_nationality_and_destination_stay_the_state(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a name the NER ended on "of", "the" or "and" was cut: the words are left off, and one word
    # left is no entity (bbc-politics-079, reuters-13396, bbc-business-107, bbc-politics-190)
    ("The MPs on the Office of the Deputy Prime Minister and Constitutional Affairs select "
     "committees pressed Mr Younger on how to avoid losing voters in any changeover.",
     {("Younger", "Person")}, {("Office of the", "GovernmentBody"), ("Office", "GovernmentBody")}),
    ("They noted the Group of Seven industrialised nations is expected to meet and discuss "
     "currency movements during the course of the IMF gathering.",
     {("International Monetary Fund", "IntergovernmentalOrganization")},
     {("Group of", "Organization"), ("Group", "Organization")}),
    ("The power-sharing National Transition Government of Liberia will remain in place until "
     "elections on 11 October, the first presidential and parliamentary ballots since the conflict "
     "ended.",
     {("National Transition Government of Liberia", "GovernmentBody")},
     {("National Transition Government of", "GovernmentBody")}),
    ("Mr Howard eventually left Llanelli Grammar School - and the snooker hall - to go to "
     "Cambridge University.",
     {("Llanelli Grammar School", "Organization")},
     {("Llanelli Grammar School - and", "Organization")}),
    # a name the NER ended inside the bracket of its acronym ends before the bracket
    # (bbc-business-049, reuters-875, bbc-politics-385)
    ("Last year, MG Rover, which employs more than 6,000 people, produced just 110,000 cars, though "
     "it hopes to land a deal with Shanghai Automotive Industry Corporation (SAIC) that could help "
     "double the number of cars produced at Longbridge.",
     {("Shanghai Automotive Industry Corporation", "Company")},
     {("Shanghai Automotive Industry Corporation (SAIC", "Organization")}),
    ("The failure of the International Coffee Organization (ICO) to reach agreement on coffee "
     "export quotas could trigger a massive selloff in London coffee futures of at least 100 stg "
     "per tonne today, coffee trade sources said.",
     {("International Coffee Organization", "IntergovernmentalOrganization")},
     {("International Coffee Organization (ICO", "Organization"),
      ("International Coffee Organization (ICO", "IntergovernmentalOrganization")}),
    ("Mr Brown welcomed news that the Bill Gates Foundation and Norway are joining up to put an "
     "extra £0.53bn ($1bn ) into the Global Alliance for Vaccines and Immunisation (Gavi).",
     {("Global Alliance for Vaccines and Immunisation", "Organization")},
     {("Global Alliance for Vaccines and Immunisation (Gavi", "Organization")}),
])
def test_cut_names(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the NER tagged only "Democrats" of "Liberal Democrats": the known longer name is the party,
    # not the US Democratic Party (bbc-politics-085, bbc-politics-416)
    ("\"Liberal Democrats would abolish many, merge others, and make any that remain properly "
     "accountable.\"",
     {("Liberal Democrats (United Kingdom)", "PoliticalParty")},
     {("Democratic Party (United States)", "PoliticalParty")}),
    ("The Liberal Democrats are aiming to unseat a string of top Tories - including leader Michael "
     "Howard - at the next general election.",
     {("Liberal Democrats (United Kingdom)", "PoliticalParty")},
     {("Democratic Party (United States)", "PoliticalParty")}),
])
def test_known_longer_name(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # a noun for a business right before a name or in apposition to it makes it a company
    # (bbc-business-013, reuters21578 and bbc-business-448, bbc-politics-322: development part)
    ("US-German carmaker DaimlerChrylser, a 30% shareholder in Mitsubishi Motors, decided in April "
     "2004 not to pump in any more money.",
     [("DaimlerChrylser", "Company"), ("Mitsubishi Motors", "Company"), ("United States", "State")]),
    ("Azpurua said financing has also been obtained for expansion of Alcasa, another state aluminum "
     "company, and for projects in the state steel and petrochemical industries.",
     [("Alcasa", "Company"), ("Azpurua", "Person")]),
    ("Ahold hit the headlines in February 2003 after it emerged that there were accounting "
     "irregularities at its US subsidiary Foodservice.",
     [("Foodservice", "Company"), ("United States", "State")]),
    ("And fast food giants McDonald's are listed as donating a sum of £10,575.",
     [("McDonald", "Company")]),
])
def test_nouns_around_a_name_make_it_a_company(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # in a business report a name tagged as an organisation that nothing else types is a company
    # (bbc-business-250)
    ("Profits at Chinese computer firm Lenovo have stood still amid slowing demand at home and "
     "stiffening competition.\n\nThe firm is in the international spotlight after last year signing "
     "a deal to buy the PC division of personal computer pioneer IBM. Lenovo's profit for the three "
     "months to December was HK$327m (US$42m; £22m), less than 1% up on the year before. Chinese "
     "PC sales have risen by a fifth in each of the past two years, but are now growing more "
     "slowly. But "
     "investors have been less than impressed with Lenovo's move, designed to take it out of China "
     "and further onto the world stage. Its shares are down 20% since the announcement two months "
     "ago, largely because of the unprofitability of the unit it is buying.",
     {("Lenovo", "Company"), ("IBM", "Company")}, {("IBM", "Organization")}),
    # wire copy's "Reuter" is the news agency (reuters21578, development part)
    ("They told Reuter correspondents in Asian capitals a U.S. Move against Japan might boost "
     "protectionist sentiment.",
     {("Reuters", "MediaOrganization")}, {("Reuter", "Organization")}),
    # the European Community of 1987 wire copy is an intergovernmental organisation (reuters21578)
    ("Spanish farmers took their tractors to the roads today and blocked a border crossing with "
     "France in a protest against the Socialist government's EC policies, officials said.",
     {("European Community", "IntergovernmentalOrganization")}, {("EC", "Organization")}),
])
def test_companies_in_business_reports_and_wire_copy(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "expected"), [
    # the title before "star" and a person's name is a work (bbc-entertainment-064, -311)
    ("Most experts predict the twice-nominated Jamie Foxx will win best actor for his portrayal of "
     "singer Ray Charles, while Vera Drake star Imelda Staunton looks likely to lose out in the best "
     "actress field to Hilary Swank.",
     [("Hilary Swank", "Person"), ("Imelda Staunton", "Person"), ("Jamie Foxx", "Person"),
      ("Ray Charles", "Person")]),
    ("And last week Only Fools and Horses star David Jason criticised British TV for being \"too "
     "safe and too cheap\".",
     [("David Jason", "Person"), ("United Kingdom", "State")]),
    # a title before the work noun it modifies, and after "such as" a work noun
    # (bbc-entertainment-285, bbc-tech-276)
    ("The hit songs were taken from the 24-year-old's Confessions album, which topped the American "
     "chart for eight weeks.", []),
    ("EA publishes blockbuster titles such as Fifa and John Madden, as well as video game versions "
     "of movies such as Harry Potter and the James Bond films.",
     [("EA", "Organization")]),
    # a programme named after its presenter is still the person (bbc-politics-216); the channel
    # is its broadcaster's
    ("Mr Solana told ITV1's Jonathan Dimbleby programme: \"It works.\"",
     [("ITV", "MediaOrganization"), ("Javier Solana", "Person"), ("Jonathan Dimbleby", "Person")]),
    # a title between commas right after a work noun (bbc-entertainment-246, -285); a name the
    # article knows as a person stays one there
    ("One of his most controversial songs, Pump Up, contains the Jamaican patois lyrics.", []),
    ("His debut album, Get Rich And Die Tryin', narrowly missed out on becoming the best-selling "
     "album of the year in the US.", [("United States", "State")]),
    ("Tony Blair saw the film. The film, Tony Blair said, was a triumph.", [("Tony Blair", "Person")]),
])
def test_titles_of_works_before_star_and_work_nouns(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a law or a treaty is a text, not an actor; so is its acronym (bbc-politics-183,
    # bbc-business-296)
    ("Sir Nicholas was a strong defender of the Anglo-Irish Agreement and was held in esteem in "
     "Dublin government and SDLP circles.",
     [("Ireland", "State"), ("Nicholas", "Person"),
      ("Social Democratic and Labour Party", "PoliticalParty")]),
    ("The deal, part of the Multi-Fibre Agreement (MFA), ended on 1 January.", []),
    # an acronym of lower-case words is a common noun's; a legal form alone is no name
    # (bbc-tech-361, reuters21578)
    ("The trend for gadgets and technologies, such as digital video recorders (DVR), broadband, and "
     "video-on-demand will continue across Europe, he added. Digital cameras were the most popular "
     "choice of gadget for 2005, said the survey, with nearly 40% choosing this over wireless, home "
     "printing and DVR technologies.",
     [("Europe", "Region")]),
    # ("Merrill Lynch and Co": 'Co' after 'and' completes the company's name, see
    # test_entity_bodies.py; a report that names a company by its legal form is a business
    # report, where Borg-Warner, typed by nothing else, is a company: test_entity_wire_reports.py)
    ("Merrill Lynch Capital Partners, a unit of Merrill Lynch and Co, is tendering for 89 pct of "
     "Borg-Warner.",
     [("Borg-Warner", "Company"), ("Merrill Lynch Capital Partners", "Company"),
      ("Merrill Lynch and Co", "Company")]),
])
def test_documents_common_acronyms_and_lone_legal_forms(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the noun before "such as" types the names after it (bbc-business-499)
    ("Among the creditors whose backing CAO needs for its restructuring plan are banking giants "
     "such as Barclay's Capital and Sumitomo Mitsui, as well as South Korean firm SK Energy.",
     [("Barclay's Capital", "Company"), ("CAO", "Organization"), ("SK Energy", "Company"),
      ("Sumitomo Mitsui", "Company")]),
    ("Internet portal Lycos has made a screensaver that endlessly requests data from sites that "
     "sell the goods and services mentioned in spam e-mail.",
     [("Lycos", "Company")]),
    # "House" alone is a chamber of parliament; the EC Commission is the European Commission
    # (reuters21578, development part)
    ("Treasury Secretary James Baker and Federal Reserve Board chairman Paul Volcker have told House "
     "leaders they were optimistic their debt strategy would work.",
     [("Federal Reserve", "GovernmentBody"), ("House", "GovernmentBody"), ("James Baker", "Person"),
      ("Paul Volcker", "Person"), ("Treasury", "GovernmentBody")]),
    ("Ministers also called on the EC Commission to prepare a report on U.S.-Japanese trade for "
     "July this year to enable them to take appropriate action where necessary.",
     # the ministers who call on it are a group (office_groups.py, recall19)
     [("European Commission", "IntergovernmentalOrganization"), ("Ministers", "Group")]),
])
def test_such_as_portals_chambers_and_the_commission(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name typed a company by the words around it once is one in the article's other sentences,
    # and so is its first word alone (bbc-tech-189, bbc-business-054), the same company
    # (extract/short_names.py)
    ("Internet portal Lycos has made a screensaver that endlessly requests data from sites that "
     "sell the goods and services mentioned in spam e-mail. Lycos hopes it will make the monthly "
     "bandwidth bills of spammers soar by keeping their servers running flat out.",
     [("Lycos", "Company")]),
    ("South Korea's Hyundai Motor has announced that it plans to build a second plant in India to "
     "meet the country's growing demand for cars. Hyundai, which is already the second biggest "
     "carmaker in India, said it would start building the plant.",
     [("Hyundai Motor", "Company"), ("India", "State"), ("South Korea", "State")]),
])
def test_one_kind_per_name_in_an_article(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a company suffix alone is no company: here part of an office's title (reuters21578)
    ("U.S. Defense Secretary Caspar Weinberger said the U.S. sought no further Gulf hostitilies but "
     "was ready to deal with any Iranian response to Monday's attack.",
     [("Caspar Weinberger", "Person"), ("Gulf", "Region"), ("Iran", "State"),
      ("United States", "State")]),
    # a policy and a tax are no actors (bbc-politics-127, reuters21578)
    ("The European Union's Common Agricultural Policy had caused aggravated trade problems, he "
     "said, but there was now an agreement to end export subsidies.",
     [("European Union", "IntergovernmentalOrganization")]),
    ("The bulk of tax last year was Corporation Tax, with Petroleum Revenue Tax (PRT) representing "
     "only 16 mln stg, he said.", []),
])
def test_a_lone_suffix_a_policy_and_a_tax(read_entities, text, expected):
    assert read_entities(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a one-word name ending in '-shire' is a county, a region, not a city or a person; a name
    # after a preposition and before a comma and a county is a town (bbc-politics-066, -152, -365)
    ("The other protesters are John Holliday, 37, a huntsman from Ledbury, Herefordshire, Robert "
     "Thame, 34, who plays polo with Princes Charles in Team Highgrove, auctioneer Andrew Elliot, "
     "42, from Bromesberrow, near Ledbury.",
     {("Herefordshire", "Region"), ("Ledbury", "City")},
     {("Herefordshire", "Person"), ("Ledbury", "Organization")}),
    ("But Penny Little, who monitored the Bicester Hunt in Oxfordshire, said she had witnessed "
     "\"gratuitous, spiteful killing of foxes\".",
     {("Oxfordshire", "Region")}, {("Oxfordshire", "City")}),
    ("Of those 300 Department of Health posts will go to Yorkshire while hundreds at the "
     "Department of Culture will move to Birmingham and Newcastle.",
     {("Yorkshire", "Region"), ("Birmingham", "City")}, {("Yorkshire", "Person")}),
    # a constituency named after a part of a county stays the constituency (bbc-politics-410)
    ("The Mid-Bedfordshire MP had denied a claim that he was paid for guiding visitors around the "
     "Palace of Westminster. Mr Sayeed has been MP for Mid-Bedfordshire since 1997.",
     {("Mid-Bedfordshire", "Place")}, {("Mid-Bedfordshire", "Region")}),
])
def test_counties_and_their_towns(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a name the NER ran over 'after', 'when', 'v' is two names glued: it ends before the word
    # (bbc-politics-363)
    ("The new £200 council tax rebate for pensioners did nothing to fix the \"unfair tax\", he "
     "added. The government could not go on \"patching up\" the system, he added. "
     "Speaking in the Commons after Mr Brown had delivered what is widely thought to be the last "
     "Budget before the general election, Mr Kennedy acknowledged that the UK was one of the most "
     "successful economies in the world.",
     {("House of Commons", "GovernmentBody")}, {("Commons after Mr Brown", "Organization")}),
])
def test_names_glued_over_a_conjunction(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # 'MSP' is a title like 'MP', no organisation (bbc-politics-089)
    ("The MSP had been a partner for Tods Murray which has a client opposing the development.",
     set(), {("MSP", "Organization")}),
])
def test_titles_are_no_names(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a name the NER took for an organisation in a list of people is a person (bbc-sport-032);
    # a list of banks stays a list of organisations
    ("The Ethiopian broke the world indoor 5,000m record on his debut at the meeting last year. "
     "Compatriots Mulugeta Wondimu, Abiyote Abate and Markos Geneti, the world indoor bronze "
     "medallist over 3,000m, will also run.",
     {("Abiyote Abate", "Person"), ("Markos Geneti", "Person"), ("Mulugeta Wondimu", "Person")},
     {("Abiyote Abate", "Organization")}),
    ("The deal was backed by Barclays, Lloyds TSB and HSBC, the banks said.",
     {("HSBC", "Company")}, {("Lloyds TSB", "Person"), ("Barclays", "Person")}),
])
def test_people_listed_with_people(assert_read, text, present, absent):
    assert_read(text, present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # listed companies (rules/companies.jsonl) are companies whatever the NER's guess: "Ericsson"
    # and "Cisco" were cities, "BT" a city (bbc-tech-032, bbc-tech-270, bbc-politics-235)
    ("US operator Cingular Wireless is also adopting HSDPA, using technology from Lucent "
     "alongside equipment from Siemens and Ericsson.",
     {("Ericsson", "Company"), ("Siemens", "Company")}, {("Ericsson", "City")}),
    ("\"Net firms are realising that it's not just about anti-virus and firewalls,\" said Paul "
     "King, chief security architect at Cisco.", {("Cisco", "Company")}, {("Cisco", "City")}),
    ("The Lib Dems have appointed a senior figure from BT to be the party's new communications "
     "chief for their next general election effort.", {("BT", "Company")}, {("BT", "City")}),
    # … as written: "cts" (cents) in wire copy is no "CTS" (reuters-4583)
    ("The company said it recently reported 1986 profit of 5.9 mln dlrs, or 1.51 dlrs a share, "
     "before extraordinary items, compared with 2.2 mln dlrs, or 81 cts, in 1985.",
     set(), {("cts", "Company")}),
    # … and a listed name that is a player's surname in the article is the player (bbc-sport,
    # Roberta Vinci; "Vinci" is a listed company)
    ("Veteran Spaniard Conchita Martinez came from a set down to beat Italian Roberta Vinci at the "
     "Qatar Open in Doha. But Vinci's game fell apart in the second set.",
     {("Roberta Vinci", "Person")}, {("Vinci", "Company")}),
])
def test_listed_companies(assert_read, text, present, absent):
    assert_read(text, present, absent)
