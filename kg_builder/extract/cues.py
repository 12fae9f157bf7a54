"""What the words around a name say about what it names: the title of a work, the portfolio in
an office's title, one thing of a make, a newspaper, and in sports reports clubs and competitions
(team sheets: :mod:`.sheets`). Each function reads the parse around one named-entity span (or
the whole article) and the ``mentions`` rule section it is given; :func:`.entities.classify`
decides with them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import gazetteer, normalise
from .bodies import news_name
from .causes import cause_kind
from .characters import named_character, played_character
from .conjuncts import first_conjunct
from .context import ReadContext
from .firms import firm_by_nouns
from .grounds import known_ground, named_grounds
from .kind_phrases import phrase_kind
from .places import region_name
from .rules import union
from .sides import club_town, side_before_position, side_of_position
from .spans import marks_a_company
from .tagged_places import town_after_preposition
from .title_appositions import appositive_title
from .towns import lone_town
from .transfers import moved_club
from .unplaced import listed_product, person_not_place

if TYPE_CHECKING:
    from ..gazetteer import Gazetteer
    from .entities import MentionRules

__all__ = ["business_article", "club", "competition", "constituency", "county", "event_name",
           "kind_from_nouns", "national_team", "one_of_a_make", "same_team",
           "place_by_position", "portfolio", "publication", "product_of_company", "sports_venue",
           "sport_article", "work_title"]

_QUOTES = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "``", "''"})


def work_title(ctx: ReadContext, ent: SpacySpan, rules: MentionRules, *, label: str = "") -> bool:
    """Whether a name is the title of a work: right after a work noun ('the game Manhunt', 'his
    album "Confessions"', 'hit US cartoon The Simpsons'; one the tagger took for an adjective
    that modifies a name no one knows: 'the West End musical Bombay Dreams') or after one and
    'such as' ('movies such as Harry Potter'), after a part in it and 'in' or 'for' when it is
    no organisation, place or person the article or the gazetteers know ('his lead role in
    Deadwood'), right before
    a noun for who made or played in it ('Superman actor Christopher Reeve'), written between
    quotation marks, or the last words of a capitalised title before 'star' and a person's name
    ('Vera Drake star Imelda Staunton', 'Only Fools and Horses star David Jason'); a character
    an actor plays in it (:mod:`.characters`: 'who played Emilia in Othello'); or, when it is
    no organisation, place or person the article knows, between commas right after a work noun
    ('his most controversial songs, Pump Up, contains'), or right before a work noun that it
    modifies, after a possessive or when the NER took it for a person, a product or a work ('the
    24-year-old's Confessions album', 'the James Bond films'; not 'a BBC programme')."""
    texts, lowers, lemmas, pos, tags = ctx.texts, ctx.lowers, ctx.lemmas, ctx.pos, ctx.tags
    before = ent.start - 1
    if before >= 0 and texts[before] in _QUOTES:
        if ent.end < len(texts) and texts[ent.end] in _QUOTES:
            return True  # '"Candy Shop"'
        before -= 1
    if before > 0 and texts[before] == "The":
        before -= 1  # "hit US cartoon The Simpsons"
    if before >= 0 and lowers[before] in rules.work_nouns and (pos[before] == "NOUN" or (
            before > 0 and tags[before - 1] == "POS")):
        return True  # "the game Manhunt"; "Thackeray's novel Vanity Fair" with "novel" tagged ADJ
    if (before >= 0 and lowers[before] in rules.work_nouns and pos[before] == "ADJ"
            and ctx.tokens[before].head.i == ent.root.i and _unknown_name(ctx, ent, rules)
            and not (ent.end < len(texts) and tags[ent.end] == "POS")):
        return True  # "Andrew Lloyd Webber's West End musical Bombay Dreams", "musical" tagged
        # ADJ; not a possessor, whose thing the adjective is ('a musical Rubik's cube')
    root = first_conjunct(ent.root)
    if (root.dep_ == "pobj" and root.head.lower_ in ("in", "for") and root.head.head.pos_ == "NOUN"
            and root.head.head.lemma_.lower() in rules.work_part_nouns and _unknown_name(ctx, ent, rules)):
        return True  # "his lead role in Deadwood", "nominations for Eternal Sunshine"
    if (root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.pos_ == "NOUN"
            and root.head.head.lemma_.lower() in rules.work_nouns):
        return True  # "movies such as Harry Potter and the James Bond films"
    after = ent.end if ent.end < len(texts) else None  # the token right after the name
    if (after is not None and pos[after] == "NOUN" and lowers[after] in rules.work_role_nouns
            and ent.root.head.i == after):
        return True
    if played_character(ctx, ent) or named_character(ctx, ent):
        return True  # "who played Emilia in Othello", "characters like Stanley Kowalski":
        # characters (characters.py)
    if not _unknown_name(ctx, ent, rules):
        return False
    if listed_product(ent):
        return True  # "alternative browsers such as Opera, Safari, Amaya and even Netscape"
    if appositive_title(ctx, ent):
        return True  # "One of his most controversial songs, Pump Up, contains ...", "Her most
        # recent single, Car Wash, featuring ..." (title_appositions.py)
    if (after is not None and pos[after] == "NOUN" and lemmas[after] in rules.work_nouns
            and ent.root.head.i == after):
        owned = before >= 0 and (ctx.deps[before] == "poss" or tags[before] == "POS")
        if label in ("PRODUCT", "WORK_OF_ART") or (label == "PERSON") != owned:
            # "the 24-year-old's Confessions album", "the James Bond films"; "ITV1's Jonathan
            # Dimbleby programme" is the presenter's, a person
            return True
    return not ctx.sport and _title_before_star(ctx, ent, rules)


def _unknown_name(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a name is none the article or the gazetteers know as an organisation, a place or a
    person, nor an acronym or a club's name ('a BBC programme', 'a Hollywood star')."""
    text = ent.text
    key = normalise(text)
    gaz = ctx.gaz
    return not (text.isupper() or gaz.org(text) is not None or gaz.state(text) is not None
                or gaz.region(text) is not None or key in gaz.cities or key in ctx.person_names
                or gaz.person(text) is not None
                or any(w in rules.club_words for w in text.lower().split()))


def _title_before_star(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """'Vera Drake star Imelda Staunton', 'Only Fools and Horses star David Jason': a name in a
    run of capitalised words (and 'and', 'of', 'the' between them) that ends right before a star
    noun and a person's name."""
    doc, tokens, lowers = ctx.doc, ctx.tokens, ctx.lowers
    if not ent.text[:1].isupper():
        return False
    j = ent.end
    while j < len(doc) and lowers[j] not in rules.work_star_nouns and (
            tokens[j].is_title or (lowers[j] in ("and", "of", "the", "&") and j + 1 < len(doc)
                                   and tokens[j + 1].is_title)):
        j += 1
    return (j + 1 < len(doc) and j - ent.end <= 4 and lowers[j] in rules.work_star_nouns
            and tokens[j - 1].is_title and tokens[j + 1].ent_type_ == "PERSON")


def one_of_a_make(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name heads a noun phrase with an indefinite article ('a red Vauxhall Corsa'):
    one thing of a make or a kind, not the named thing ('a Church of Scotland Minister' is).
    Read only for names the NER took for people or products, and not for a person's name ('a
    rampant Martyn Williams leading the way'): 'a Conservative Party taking Britain back', 'a
    Barclays Bank managed loan' are the party and the bank."""
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children)


def publication(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a name stands before a noun for a newspaper ('the Handelsblatt daily', 'the
    Guardian newspaper'; 'daily' or 'weekly' before a noun is an adjective: 'the X weekly
    meeting'), or its words make it a newspaper's or a news organisation's ('the Evening
    Standard', 'Kyodo News Agency': :func:`.bodies.news_name`)."""
    if news_name(ent.text):
        return True
    doc = ctx.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.lower_ not in rules.publication_nouns:
        return False
    then = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return then is None or then.pos_ not in ("NOUN", "PROPN", "ADJ")


def kind_from_nouns(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> str | None:
    """The kind of organisation the nouns around a name say it is: a noun for a business or a
    news organisation right before it ('US-German carmaker DaimlerChrysler', 'the London
    subsidiary Morpheme', 'the broadcaster Channel 4'; a regulator is a government body: 'the
    communications regulator Ofcom') or in apposition to it ('Parmalat, the
    Italian dairy company') or before 'such as' and it ('banking giants such as Sumitomo Mitsui';
    'group' only in a business report: 'engineering group Jarvis', not 'pressure group') - in
    apposition only to a name the NER did not take for a person's; a noun
    for a journalist right after it ('an Evening Standard journalist'), a band for a band member's
    ('Former Boyzone singer Ronan Keating'); a firm by its staff or its trade (:mod:`.firms`);
    or, outside sports reports, a noun only a business has that it owns or modifies, or shares
    in it ('Fiat's shareholders', 'Jarvis shares', 'shares in Jarvis'), or a product it owns
    ('Nintendo's DS handheld game console'); a body's noun of a cause, a charity (:mod:`.causes`)."""
    doc = ctx.doc
    nouns = rules.kind_nouns

    def kind_of(token: Token) -> str | None:
        if token.pos_ != "NOUN" or token.ent_type_:
            return None
        if (lemma := token.lemma_.lower()) in rules.business_kind_nouns and ctx.business:
            return cause_kind(token) or "Company"  # "engineering group Jarvis", not "pressure group"
        return cause_kind(token) or phrase_kind(token) or nouns.get(lemma)  # "the news website X"

    root = ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    found = kind_of(before) if before is not None else None
    listed = first_conjunct(root)
    if found is None and listed.dep_ == "pobj" and listed.head.lower_ == "as" and any(
            c.lower_ == "such" for c in listed.head.children):
        found = kind_of(listed.head.head)  # "banking giants such as Barclays and Sumitomo Mitsui"
    if label != "PERSON":  # "J.S. Simon, General Manager ... at Exxon Corp, the oil company"
        found = found or next((kind_of(c) for c in root.children if c.dep_ == "appos" and kind_of(c)), None)
        if found is None and root.dep_ == "appos":
            found = kind_of(root.head)
    if found is not None:
        return found
    after = doc[ent.end] if ent.end < len(doc) else None
    if (after is not None and label in ("ORG", "PRODUCT", "WORK_OF_ART")
            and after.lemma_.lower() in rules.press_staff_nouns
            and root.head.i == after.i):
        return "MediaOrganization"
    if (after is not None and label in ("ORG", "PERSON") and after.lemma_.lower() in rules.band_member_nouns
            and root.head.i == after.i and root.dep_ in ("compound", "nmod")):
        return "Organization"  # "Former Boyzone singer Ronan Keating": the band
    if ent.text.split()[0] not in rules.given_names and (firm := firm_by_nouns(ctx, ent, label)):
        return firm  # "Paine Webber analyst Bernie Savaiko", "consultants Booz Allen Hamilton"
    if ctx.sport or label == "PERSON":
        return None
    head = root.head
    if root.dep_ in ("poss", "compound") and head.i >= ent.end and head.lemma_.lower() in rules.business_nouns:
        return "Company"
    if (root.dep_ == "pobj" and head.lower_ == "in" and head.head.i < head.i
            and head.head.lemma_.lower() in rules.business_in_nouns):
        return "Company"
    if label == "ORG" and root.dep_ == "poss" and head.lemma_.lower() in rules.product_nouns:
        return "Company"  # "Nintendo's DS handheld game console", "Microsoft's browser"
    return None


def business_article(ctx: ReadContext, rules: MentionRules) -> bool:
    """Whether an article is a business report: enough distinct business words, or more of them
    and of the words of a report on companies ('firm', 'profit', 'brand', 'chief executive'), or
    a company named as wire copy names one, by its legal form or in angle brackets (a short
    wire report on a company has few business words: 'Guest Supply Inc said a shareholder sued
    it')."""
    report = rules.business_words | rules.company_report_words
    found = ctx.forms & report
    return (len(found & rules.business_words) >= rules.business_min_words
            or len(found) >= rules.company_report_min_words
            or marks_a_company(ctx.doc, legal_forms=rules.legal_forms))


def competition(ent: SpacySpan, rules: MentionRules, *, gaz: Gazetteer) -> bool:
    """Whether a name in a sports report is a competition ('Champions League', 'Premiership'),
    or a meeting named after its town or its sponsor by one of meeting_heads ('Leipzig
    International', 'the Norwich Union European Indoor trials') that the gazetteers know as no
    organisation or company ('Amnesty International')."""
    low = " ".join(ent.text.lower().split())
    if any(low == head or low.endswith(" " + head) for head in rules.competition_heads):
        return True
    return (any(low.endswith(" " + head) for head in rules.meeting_heads)
            and gaz.org(ent.text) is None and gaz.company(ent.text, label=ent.label_) is None)


def event_name(words: list[str], rules: MentionRules) -> bool:
    """Whether a name of more than one word ends in one of event_name_heads, one word or two
    ('Academy Awards', 'the Norwich Union Grand Prix', 'Great Edinburgh International Cross
    Country'): an event, not who acts or where."""
    low = [w.lower().strip(".,") for w in words]
    return len(low) > 1 and (low[-1] in rules.event_name_heads
                             or (len(low) > 2 and " ".join(low[-2:]) in rules.event_name_heads))


def portfolio(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a name is the portfolio of an office right after it ('Children's Minister',
    'Finance Secretary Mario Brodersohn'): no person the article names, no institution ('a Church
    of Scotland Minister'). The caller has checked that its words name no kind of organisation."""
    doc = ctx.doc
    i = ent.end
    if i < len(doc) and doc[i].lower_ in ("'s", "\u2019s"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in rules.portfolio_titles:
        return False
    words = ent.text.split()
    return ("of" not in words  # "the son of a Church of Scotland Minister": an institution
            and normalise(ent.text) not in ctx.person_names
            and ctx.gaz.person(ent.text) is None)


def club(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a city's name in a sports report is its club: a club word and a city ('Manchester
    United', 'Real Madrid'), a name before a city's (:func:`_before_city`: 'Steaua Bucharest'), or a known city that is not where something happens ('in Tel Aviv,
    Chicago and Athens', 'Mr Howard from Llanelli'), nor a modifier of anything but a player's or
    an official's role ('Gloucester centre Henry Paul' is the club, 'the Melbourne surface',
    'the Birmingham Grand Prix' the city), nor part of 'X-based'. A name the NER took for a
    person is a club only where it also tags it as an organisation or a place, or where it is
    a big town's (:func:`.sides.club_town`)."""
    text = ent.text
    low = text.lower().split()
    cities = ctx.gaz.cities
    named_after_city = len(low) in (2, 3) and (  # "Manchester United", "Real Madrid"
        (low[-1] in rules.club_words and normalise(" ".join(low[:-1])) in cities)
        or (low[0] in rules.club_words and normalise(" ".join(low[1:])) in cities)
        or (label != "PERSON" and _before_city(ctx, text, rules)))
    if named_after_city:  # "received from Manchester City"; "New York City marathon": the city
        return normalise(text) not in ctx.person_names and normalise(text) not in cities
    if normalise(text) not in cities:
        return False
    if normalise(text) in ctx.person_names or ctx.gaz.person(text) is not None:
        return False
    if label == "PERSON" and not club_town(ctx, text) and not any(
            other.text == text and other.label_ in ("ORG", "GPE") for other in ctx.ents):
        return False  # "Kaka": a player who shares a town's name; not "join Preston on loan"
    return moved_club(ent) or _acts_as_side(ctx, ent, rules)  # "a signing from Parma"


def _before_city(ctx: ReadContext, text: str, rules: MentionRules) -> bool:
    """'Steaua Bucharest', 'Sparta Prague', 'Bayern Munich': a two-word name, a known city's last,
    that is itself no city, region or place's quarter ('Greater Manchester', 'East London', 'Old
    Trafford': no point of the compass first, nor a word the article also writes in lower case)."""
    words = text.split()
    gaz = ctx.gaz
    return (len(words) == 2 and words[0].isalpha() and words[0][:1].isupper()
            and words[0] not in rules.given_names and gaz.person(text) is None  # "Jason Wigan"
            and normalise(words[1]) not in ctx.person_names and normalise(words[1]) not in gaz.surnames
            and normalise(words[1]) in gaz.cities and normalise(text) not in gaz.cities
            and gaz.region(text) is None and words[0].lower() not in rules.compass_words
            and words[0].lower() not in ctx.common_words and normalise(words[0]) not in gaz.cities
            and gaz.state(words[0]) is None)


def national_team(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a state's or a region's name in a sports report is its national team ('England
    were criticised for the 0-0 draw against Holland', 'Wales must get past Scotland', 'England
    coach Andy Robinson', 'former Scotland international Pountney'): the same reading as a city's
    club, except that a name owning or modifying a person's name is the person's nationality
    ('Britain's Paula Radcliffe')."""
    if normalise(ent.text) in ctx.person_names:
        return False  # "Jason Scotland", then "Scotland": the player
    before = ctx.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_title and before.lower_.rstrip(".") in rules.honorifics:
        return False  # "Mr Kent"
    if _nationality(ctx, ent, rules):
        return False
    if side_before_position(ctx, ent) or side_of_position(ctx, ent):
        return True  # "England fly-half Charlie Hodgson", "the England midfielder"
    root = first_conjunct(ent.root)
    after = ctx.doc[ent.end] if ent.end < len(ctx.doc) else None
    if root.dep_ == "compound" and (root.head.lemma_.lower() in rules.team_nouns or (
            after is not None and after.lemma_.lower() in rules.team_nouns)):
        return True  # "his England debut", "an England recall", "former Scotland international X"
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "into", "towards"):
        verb = root.head.head
        if verb.pos_ == "ADV" and verb.head.i != verb.i:
            verb = verb.head  # "fly back to Greece"
        if verb.lemma_.lower() in rules.motion_verbs:
            return False  # "decided to fly back to Greece early", "trails leading to America"
    return _acts_as_side(ctx, ent, rules)


def same_team(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a state's or a region's name in a sports report, which the article reads as its
    national team elsewhere, is that team here too ('England A beat France A', 'Ireland round off
    their World Cup campaign', 'eligible for England'): not where the person it owns or follows
    comes from ('Nathalie Dechy of France'), nor where something happens ('in Italy for their
    friendly') or someone goes. The caller has checked the team reading elsewhere."""
    if normalise(ent.text) in ctx.person_names or _nationality(ctx, ent, rules):
        return False
    root = first_conjunct(ent.root)
    if root.dep_ != "pobj":
        return True
    prep = root.head
    if prep.lower_ in rules.sport_place_preps:
        return False
    verb = prep.head.head if prep.head.pos_ == "ADV" and prep.head.head.i != prep.head.i else prep.head
    return not (prep.lower_ in ("to", "into", "towards") and verb.lemma_.lower() in rules.motion_verbs)


def _nationality(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a state's name says where a person is from: it owns a phrase that names the person
    ('Britain's 800m and 1500m champion Kelly Holmes', 'Russia's Elena Bovina'; also where the
    NER took the person for an organisation or a place: 'Sweden's Carolina Kluft', opening with
    a given name, 'Ethiopia's Tirunesh Dibaba', :func:`.unplaced.person_not_place`, or by the
    surname of a person the article names right after it: "Switzerland's Federer", not
    "Argentina's Leinster fly-half Contepomi"), follows the person's name
    and 'of', alone or in a list of places ('Jelena Jankovic of Serbia and Montenegro'), or stands
    alone in brackets after it at the end of a line ('1 Roger Federer (Switzerland)',
    bbc-sport-476; not in a team sheet: 'C Paterson (Scotland), B Cohen (England), …')."""
    doc = ctx.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "\u2019s", "'"):
        for token in doc[ent.end + 1:]:
            if token.ent_type_ == "PERSON" or (  # "Switzerland's Federer" beside "Roger Federer"
                    token.i == ent.end + 1 and token.is_title
                    and normalise(token.text) in ctx.person_names):
                return True
            named = ctx.ent_at(token.i) if token.ent_iob_ == "B" else None
            if named is not None and len(named) > 1 and (named[0].text in rules.given_names or (
                    named.label_ in ("GPE", "FAC") and person_not_place(ctx, named, named.label_))):
                return True
            if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != "-"):
                break
    if (1 < ent.start and ent.end < len(doc) and doc[ent.start - 1].text == "("
            and doc[ent.end].text == ")" and doc[ent.start - 2].ent_type_ == "PERSON"
            and _line_ends(doc, ent.end + 1)):
        return True  # "1 Roger Federer (Switzerland)": a line of a draw; not a team sheet's
    i = ent.start - 1
    while i > 0 and (doc[i].ent_type_ in ("GPE", "LOC") or doc[i].lower_ in (",", "and")):
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].ent_type_ == "PERSON"


def _line_ends(doc: Doc, i: int) -> bool:
    """Whether a line ends at token ``i``: the text's end or a break, after a full stop or not."""
    if i < len(doc) and doc[i].text == ".":
        i += 1
    return i >= len(doc) or "\n" in doc[i].text


def _acts_as_side(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> bool:
    """Whether a place's name in a sports report stands for the side that plays for it: not where
    something happens or from where someone comes, nor the place of a compound ('-based'), nor a
    modifier of anything but a player's or an official's role."""
    root = first_conjunct(ent.root)  # "in Tel Aviv, Chicago and Athens"
    if root.dep_ == "pobj" and root.head.lower_ in rules.sport_place_preps:
        return False
    doc = ctx.doc
    if (ent.end + 1 < len(doc) and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ in rules.place_compound_words):
        return False  # "the San Francisco-based Balco laboratory" is in the city
    if root.dep_ == "compound":
        head = root.head
        after = ctx.doc[head.i + 1] if head.i + 1 < len(ctx.doc) else None
        return head.pos_ == "NOUN" and after is not None and after.ent_type_ == "PERSON"
    return True


def sport_article(ctx: ReadContext, rules: MentionRules) -> bool:
    """Whether an article is a sports report: enough distinct sport words, or fewer when one of
    them is a word only sport uses, a player's position ('striker', 'midfielder', 'scrum'), with
    the words the tokenizer splits at a hyphen read whole ('fly-half', 'hat-trick', 'semi-final'),
    and the name of a ground counting as one more ('the Uefa Cup tie at Ibrox': :mod:`.grounds`)."""
    found = set(ctx.forms & rules.sport_words) | named_grounds(ctx.ents)
    tokens, texts, lowers = ctx.tokens, ctx.texts, ctx.lowers
    found |= {word for i in range(1, len(tokens) - 1)
              if texts[i] == "-" and not tokens[i].whitespace_ and not tokens[i - 1].whitespace_
              and (word := f"{lowers[i - 1]}-{lowers[i + 1]}") in rules.sport_words}
    return len(found) >= rules.sport_min_words or (
        len(found) >= rules.sport_strong_min_words and not found.isdisjoint(rules.sport_strong_words))


def constituency(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name is a parliamentary constituency, a place: a city's or a region's name and
    a point of the compass ('Bristol South', 'Leeds Central', 'Clwyd North West'); or a name
    right after 'MP for', 'member for', 'the seat of', 'the constituency of', or modifying
    'constituency' or 'seat' ('his Sedgefield constituency') - unless it names a state, a known
    organisation or a person the article names, or ends in a title. A name the NER took for a
    person's is read by its compass point only in an article that says 'MP', 'seat' or
    'constituency' ('Kanye West' is no constituency)."""
    text = ent.text
    words = text.split()
    gaz = ctx.gaz
    if gaz.state(text) is not None or gaz.org(text) is not None or words[-1].lower() in rules.titles:
        return False
    compass = 0
    while compass < len(words) - 1 and words[len(words) - 1 - compass].lower() in rules.compass_words:
        compass += 1
    if compass and words[0] not in rules.given_names and (
            label != "PERSON" or _speaks_of_seats(ctx, rules)):
        place = " ".join(words[:len(words) - compass])
        if normalise(place) in gaz.cities or gaz.region(place) is not None:
            return True  # "Bristol South"; not "Comedy Central", "Oliver North", "Middle East"
    if normalise(text) in ctx.person_names or gaz.person(text) is not None:
        return False
    lowers = ctx.lowers
    if ent.start >= 2 and lowers[ent.start - 2] in rules.constituency_cues.get(
            lowers[ent.start - 1], ()):
        return True  # "MP for Sedgefield", "the seat of Dewsbury"
    after = ent.end if ent.end < len(lowers) else None  # the token right after the name
    return (after is not None and ent.root.head.i == after and ent.root.dep_ in ("compound", "nmod")
            and lowers[after] in rules.constituency_cues.get("of", ()))


def _speaks_of_seats(ctx: ReadContext, rules: MentionRules) -> bool:
    """Whether the article says 'constituency', 'seat' or 'MP' (a scan of every token, so only
    made when a name's compass point asks for it)."""
    seats = rules.constituency_cues.get("of", ())
    members = rules.constituency_cues.get("for", ())
    return any(t.lower_ in seats or (t.is_upper and t.lower_ in members) for t in ctx.tokens)


def county(text: str, rules: MentionRules, *, label: str = "GPE") -> bool:
    """Whether a name is a county's by its ending ('Herefordshire', 'Lancashire'), or, for one
    the NER took for a place (``label`` GPE or LOC), a region's by the gazetteers: a county, a
    province or a state ('Essex', 'Hessen'), also after a point of the compass ('West
    Yorkshire'; :func:`.places.region_name`)."""
    low = text.lower()
    suffixed = low.isalpha() and any(
        low.endswith(suffix) and len(low) > len(suffix) + 2 for suffix in rules.county_suffixes)
    return suffixed or (label in ("GPE", "LOC") and region_name(gazetteer(), text))


def place_by_position(ctx: ReadContext, ent: SpacySpan, rules: MentionRules) -> str | None:
    """'City', 'Region' or 'Place' for a name the NER took for a person or an organisation where
    its position makes it a place, outside sports reports (where towns stand for clubs): in a list
    where two or more and most of the other names it tagged as places that are no states
    ('visits Manchester, Liverpool, Leicester ... and Torbay'; a county's name is a region:
    'Police in Essex, Surrey and Kent'; not 'Britain, France, Gavi and the
    Gates Foundation', 'Jamelia, Lemar, Kanye West, Dizzee Rascal, Alicia Keys and Outkast'), or
    a known town's one-word name or a region's name after one of place_preps ('the refinery at
    Grangemouth', 'the LDP defeat in Iwate'), or a
    one-word name after a preposition and before a comma and a county's or a region's name ('a
    huntsman from Ledbury, Herefordshire') - unless the gazetteers or the article know it as a
    person or an organisation; or a town's one-word name with no person's mark (:mod:`.towns`:
    'the Glasgow art school', "Barnsley's mayor", 'residents of Kendal'). In a sports report
    only a known town's one-word name the NER took for an organisation's after one of
    sport_town_preps, where a meeting or a match is ('his time in Erfurt'; not 'at', which
    a club takes too: 'his managerial experience came at Coventry'), the place that
    :func:`club` reads as no side - and only where the article names it nowhere else: a club is
    named outside prepositions of place too ('Chelsea's William Gallas ... nobody at Chelsea')."""
    text = ent.text
    key = normalise(text)
    if key in ctx.person_names or ctx.gaz.person(text) is not None or ctx.gaz.org(text) is not None:
        return None
    root = first_conjunct(ent.root)
    if ctx.sport:
        town = " " not in text and key in ctx.gaz.cities and ent.root.ent_type_ == "ORG"
        return "City" if town and all(  # not 'nobody at Chelsea' beside "Chelsea's William Gallas"
            t.dep_ == "pobj" and t.head.lower_ in rules.sport_town_preps
            for t in ctx.doc if t.text == text) else None
    others = [t for t in (root, *root.conjuncts) if not ent.start <= t.i < ent.end]
    places = [t for t in others if t.ent_type_ == "GPE" and ctx.gaz.state(t.text) is None]
    city = key in ctx.gaz.cities
    if len(places) >= 2 and 2 * len(places) > len(others):
        # a county's name among them is a region ("Somerset, Basingstoke, Shrewsbury, Dorset")
        return "Region" if region_name(ctx.gaz, text) else "City" if city else "Place"
    if ((city and " " not in text or region_name(ctx.gaz, text)) and root.dep_ == "pobj"
            and root.head.lower_ in rules.place_preps):  # "the refinery at Grangemouth", "in Iwate"
        return "Region" if region_name(ctx.gaz, text) else "City"
    person_words = union(rules.honorifics, rules.titles, rules.band_member_nouns)
    if town_after_preposition(ctx, ent, person_words=person_words, given_names=rules.given_names):
        return "City"  # "Roy Tansley, from Derby", "on to Carlisle", "To Ashley, of Swindon"
    doc = ctx.doc
    if (" " not in text and root.dep_ == "pobj" and ent.end + 1 < len(doc) and doc[ent.end].text == ","
            and (county(doc[ent.end + 1].text, rules) or ctx.gaz.region(doc[ent.end + 1].text) is not None)):
        return "City"  # "a huntsman from Ledbury, Herefordshire": a town of the county
    if not lone_town(ctx, ent, person_words=person_words, given_names=rules.given_names):
        return None
    return "Region" if region_name(ctx.gaz, text) else "City"  # "a Surrey police station"


def sports_venue(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name in a sports report is a ground, a place: it ends in one of
    sport_venue_heads ('Ewood Park', 'Elland Road'; not a person's name), a ground the rules
    know by name (:func:`.grounds.known_ground`: 'Old Trafford', also a town of the gazetteers),
    or it is where a game is played, after 'at' ('limped out at Kingsholm'), and is no
    town (that stands for the club), state, region, organisation, event or person the gazetteers
    or the article know, nor a club's name ('at Manchester United'), nor a name the article uses
    elsewhere but after a preposition ('departing Celtic ... stay at Celtic': the club)."""
    if not ctx.sport:
        return False
    text = ent.text
    words = text.lower().split()
    if len(words) > 1 and words[-1] in rules.sport_venue_heads and label != "PERSON":
        return True
    if known_ground(ent):
        return True  # "at Old Trafford", "the Nou Camp": a ground the gazetteers know as a town
    gaz = ctx.gaz
    key = normalise(text)
    if (key in gaz.cities or gaz.state(text) is not None or gaz.region(text) is not None
            or gaz.org(text) is not None or gaz.person(text) is not None or key in ctx.person_names
            or any(w in rules.club_words for w in words) or words[0] in rules.given_names):
        return False
    root = first_conjunct(ent.root)
    if words[-1] in rules.event_name_heads or not (root.dep_ == "pobj" and root.head.lower_ == "at"):
        return False
    return all(first_conjunct(other.root).dep_ == "pobj" for other in ctx.ents
               if other.text == text)  # "departing Celtic", then "stay at Celtic": the club


def product_of_company(ctx: ReadContext, ent: SpacySpan, label: str, rules: MentionRules) -> bool:
    """Whether a name is a product of the company that owns it ('Microsoft's X-Box', 'Sony's
    Playstation', 'Nintendo's Game Cube'): right after a company's or an organisation's name and
    "'s", and no person's, organisation's or place's name the NER, the gazetteers or the article
    know ('Microsoft's Bill Gates', 'Britain's BAE Systems' are no products), and neither it nor
    the owner has a word of not_company_words ('the University of Michigan's Transportation
    Research Institute', 'St Brygida's Roman Catholic Church'). An owner typed only as an
    organisation is then a company. Not in a sports report, where the owner is a team or a
    state and the name a player's."""
    doc = ctx.doc
    if ctx.sport or label not in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") or ent.start < 2:
        return False  # in a sports report "Ethiopia's Tirunesh Dibaba" is an athlete
    if doc[ent.start - 1].lower_ not in ("'s", "\u2019s") or (ent.start - 2) not in ctx.by_token:
        return False
    owner = ctx.mention(ctx.by_token[ent.start - 2])
    text = ent.text
    gaz = ctx.gaz
    words = (*owner.name.lower().split(), *text.lower().split())
    product = (owner.kind in ("Company", "Organization")
               and text.split()[0] not in rules.given_names
               and not any(w in rules.not_company_words for w in words)
               and gaz.org(text) is None and gaz.state(text) is None and gaz.region(text) is None
               and normalise(text) not in gaz.cities and normalise(text) not in ctx.person_names)
    if product and owner.kind == "Organization":
        ctx.out.mentions[owner.id] = replace(owner, kind="Company")
    return product
