"""Names of organisations that the words of one name do not settle: an acronym is the
organisation whose name it abbreviates, in brackets after it ('the Movement for … of Biafra
(MASSOB)') or anywhere after a name whose initials it is ('the Office for National Statistics …
the ONS said', 'the General Accounting Office, GAO,'); a chamber of a parliament is a government
body ('the House of Representatives', 'the Upper House', 'the Chamber of Deputies'); a name whose
words make it a newspaper's or a news organisation's ('the Evening Standard', 'Kyodo News
Agency'), or a broadcaster's or a station's ('BBC Radio Scotland', 'Channel 5'); a name the NER cut at 'and' is whole again ('A Department for Education and Skills
spokeswoman', 'Cable and Wireless Plc', 'the Public and Commercial Services Union'), and two it
glued together are read apart before they are typed ('Dell and Hewlett-Packard', 'the Duchy of
Lancaster and Duchy of Cornwall'; 'at GDC Mr Allard, who …': a name and a person), and so are
names it glued at a comma ('Lloyd, Herron', 'Chris Martin, Dido', 'Napster, Musicmatch'; not a
series of one name's words, 'Coffee, Sugar and Cocoa Exchange', 'Goldman, Sachs and Co', nor a
legal form or a suffix after the comma, 'Time Energy Systems, Inc'), or before 'in' and a place
('Bluewater in Kent': the name and the place). Reads the
``bodies`` rule section (``rules/extract/bodies.json``); used by :mod:`.entities` and
:mod:`.cues`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer, normalise
from .commons import common_word
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["BodyRules", "body_rules", "broadcast_name", "chamber", "expansion_of", "news_name",
           "read_apart", "states_glued", "through_and", "through_of"]

_NAME_LABELS = frozenset({"ORG", "GPE", "FAC", "NORP", "LOC", "PRODUCT"})


@dataclass(frozen=True, slots=True, kw_only=True)
class BodyRules:
    """The ``bodies`` section: see the comment in ``rules/extract/bodies.json``."""

    chamber_names: Words
    acronym_skip_words: Words
    and_words: Words
    government_heads: Words
    name_preps: Words
    member_heads: Words
    legal_forms: frozenset[str]
    company_words: frozenset[str]
    family_firm_words: frozenset[str]
    max_joined_words: float
    newspaper_openers: frozenset[str]
    news_words: frozenset[str]
    media_words: Words
    company_heads: Words
    company_suffixes: frozenset[str]
    apart_words: Words
    honorifics: Words
    honorific_openers: Words
    of_heads: Words
    station_openers: Words
    station_words: Words
    not_station_words: Words
    max_station_words: float
    numbered_openers: Words
    number_words: Words
    state_body_heads: Words
    name_suffixes: frozenset[str]
    place_apart_words: Words
    area_force_heads: Words
    not_area_words: Words


@cache
def body_rules() -> BodyRules:
    return load_section("bodies", BodyRules)


@cache
def _chamber_regex(names: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(map(re.escape, names), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\b")


def chamber(joined: str) -> bool:
    """Whether a lower-cased name is, or is of, a chamber of a parliament ('house of
    representatives', 'upper house', 'chamber of deputies', 'knesset')."""
    return _chamber_regex(body_rules().chamber_names).search(joined) is not None


def news_name(text: str) -> bool:
    """Whether a name's words make it a newspaper's or a news organisation's: an opener of
    newspaper_openers and one word ('Daily Star', 'Evening Standard'), or one before a media
    word that ends the name ('South China Morning Post'; not 'Sunday Trading Act', nor the
    programme 'Good Morning Wales'), or a word
    of news_words before its last word ('Kyodo News Agency', 'BBC News Online', 'News of the
    World'; not 'News Corp', a company by its suffix)."""
    rules = body_rules()
    words = text.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    last = words[-1].strip(".,")
    opener = any(w in rules.newspaper_openers for w in words[:-1])
    if (words[0] in rules.newspaper_openers and len(words) == 2) or (
            opener and last.lower() in rules.media_words):
        return True
    return (any(w in rules.news_words for w in words[:-1]) and last not in rules.company_suffixes
            and last.lower() not in rules.company_heads)


def broadcast_name(gaz: Gazetteer, text: str) -> bool:
    """Whether a name's words make it a broadcaster's or a station's: a known news
    organisation's acronym and capitalised words or a number after it ('BBC Radio Scotland',
    'ITV Wales', 'BBC Radio Five Live'), a known news organisation's name and one of
    station_words ('Sky Movies'; not 'Times Square'), or glued to a number ('BBC1', 'ITV1'); one
    of station_openers and capitalised words or a number ('Radio Five Live', 'Radio 1'); at most
    max_station_words after the first and none of not_station_words ('Munich's Radio
    Orchestra', 'BBC Radio 3 World Music Award'); or one of numbered_openers and a number
    ('Channel 5', 'Channel Five'; not 'Channel Tunnel')."""
    rules = body_rules()
    words = text.split()
    if len(words) == 1:
        glued = re.fullmatch(r"(\D+?)\d{1,2}", text)  # "BBC1", "ITV1"
        return glued is not None and _news_organisation(gaz, glued.group(1))
    rest = words[1:]
    if not all(w[:1].isupper() or w.isdigit() for w in rest):
        return False
    if words[0].lower() in rules.numbered_openers:
        return len(rest) == 1 and (rest[0].isdigit() or rest[0].lower() in rules.number_words)
    if len(rest) > rules.max_station_words or any(w.lower() in rules.not_station_words for w in rest):
        return False  # "BBC Radio 3 World Music Award", "Munich's Radio Orchestra"
    return words[0].lower() in rules.station_openers or any(
        _news_organisation(gaz, prefix := " ".join(words[:n])) and (
            prefix.isupper() or words[n].lower() in rules.station_words or words[n].isdigit())
        for n in (1, 2) if n < len(words))  # "ITV Wales", "Sky Movies"; not "Times Square"


def _news_organisation(gaz: Gazetteer, text: str) -> bool:
    org = gaz.org(text)
    return org is not None and org.kind == "MediaOrganization"


def initials(name: str, skip: frozenset[str]) -> str:
    """The initials of a name's words, passing over the small words of ``skip`` ('Office for
    National Statistics' → 'ONS'); an abbreviation with full stops gives all its letters
    ('U.S. Department of Agriculture' → 'USDA')."""
    letters = []
    for word in re.split(r"[\s-]+", name):
        if not word or word.lower() in skip:
            continue
        if "." in word.strip("."):
            letters.append("".join(ch for ch in word if ch.isalpha()))
        elif word[:1].isalpha():
            letters.append(word[0])
    return "".join(letters).upper()


def expansion_of(ctx: ReadContext, span: SpacySpan, kinds: frozenset[str], *,
                 legal_forms: frozenset[str] = frozenset()) -> int | None:
    """The mention of the organisation (of one of ``kinds``) an acronym stands for: named right
    before it with the acronym in brackets ('Biafra (MASSOB)', also after its possessive mark:
    "Incomes Data Services' (IDS)"), whatever the dictionary knows by the acronym, or named
    before it anywhere in the article with these initials ('the Child Support Agency … the CSA',
    'International Coffee Organization, ICO,'), a company's also without its legal form (one of
    ``legal_forms``: 'General Motors Corp … GM'); None when there is none."""
    doc = ctx.doc
    if (span.start >= 2 and doc[span.start - 1].text == "(" and span.end < len(doc)
            and doc[span.end].text == ")"):
        before = span.start - 2
        if before > 0 and doc[before].tag_ == "POS":
            before -= 1  # "Incomes Data Services' (IDS)": the name, not its possessive mark
        found = ctx.by_token.get(before)
        return found if found is not None and ctx.mention(found).kind in kinds else None
    letters = re.sub(r"[^A-Za-z]", "", span.text).upper()
    if len(letters) < 2 or _known(ctx.gaz, span.text):
        return None  # "TUC", "EC", "IMF": the gazetteers' own, whatever else shares the initials
    skip = body_rules().acronym_skip_words
    for m in ctx.out.mentions:
        if not (m.how == "name" and m.kind in kinds and m.span.end <= span.start_char and " " in m.name):
            continue
        words = m.name.split()
        if initials(m.name, skip) == letters or (
                m.kind == "Company" and len(words) > 2 and words[-1] in legal_forms
                and initials(" ".join(words[:-1]), skip) == letters):
            return m.id
    return None


def through_of(ctx: ReadContext, doc: Doc, start: int, end: int) -> int:
    """Where a body's name ends that the NER cut before the state or region it is of (``end``
    when it did not): after 'of' that the NER kept ('the National Transition Government of' +
    'Liberia', 'the Chamber of Commerce of' + 'Brazil'; not one word: 'Government of' +
    'Pakistan' is the state's), or before 'of' after one of of_heads ('the Supreme Court' + 'of
    Pakistan', 'Standard Bank' + 'of South Africa') - when the name after 'of' is the whole of a
    place the NER tagged, a state's by its name or a region's, with no possessive or
    capitalised word after it ('of India's Reliance')."""
    lowers = ctx.lowers  # read once (see ReadContext)
    words = [lower for lower in lowers[start:end] if lower != "the"]
    if len(words) > 2 and words[-1] == "of":
        after = end
    elif len(words) > 1 and end < len(doc) - 1 and lowers[end] == "of" and (
            lowers[end - 1] in body_rules().of_heads):
        after = end + 1
    else:
        return end
    if doc[after].ent_iob_ != "B" or doc[after].ent_type_ != "GPE":
        return end
    stop = after + 1
    while stop < len(doc) and doc[stop].ent_iob_ == "I":
        stop += 1
    place = doc[after:stop].text
    state = ctx.gaz.state(place)
    if not ((state is not None and state[1] == "name") or ctx.gaz.region(place) is not None):
        return end
    if stop < len(doc) and (doc[stop].lower_ in ("'s", "\u2019s") or doc[stop].is_title):
        return end
    return stop


def through_and(ctx: ReadContext, doc: Doc, start: int, end: int) -> int:
    """Where a name ends that the NER cut at 'and' (or '&'), the capitalised words after it that
    complete it (``end`` when none): a state's name the gazetteers know whole, in a list too,
    where they know the words before 'and' as the same state ('Trinidad' + 'and Tobago',
    'Bosnia and Herzegovina'; not 'the West Bank and Gaza', the Palestinians' alias); a
    government department 'for' or 'of' something ('the Department for Education and Skills',
    not 'the Department of Health and Home Office'); a company whose legal form follows 'and'
    ('Merrill Lynch and Co Inc', 'James Capel and Co') or
    ends the words after it with a word of a company's name before it, or a family firm's word
    follows it ('Alex. Brown and Sons Inc'), or the company gazetteer knows the whole ('Marks
    and Spencer', tagged as two names) ('The Hongkong and Shanghai
    Banking Corp', 'Donaldson Lufkin and Jenrette Securities Corp'; not after a person's name the
    NER tagged: 'Asher Edelman and Dominion Textile Inc'), or ends them with common
    words (a trade, a field) on both sides of 'and' ('Cable and Wireless Plc', 'Highveld Steel
    and Vanadium Corp Ltd'; not two names: 'Suralco and Billiton NV'), and so named again without
    it ('Cable and Wireless'); a union named after what its members do ('the Public and
    Commercial Services Union'); a police force named after the two areas it serves ('Lothian and
    Borders Police', 'Devon and Cornwall Police'). The words before 'and' must be no name the
    gazetteers know (for a police force: no state's), nor
    a whole company's name ending in a legal form, and the name is not one of a list ('Barclays,
    Lloyds and HSBC Plc')."""
    rules = body_rules()
    conj = end - 1 if doc[end - 1].lower_ in rules.and_words else end
    if conj <= start or conj >= len(doc) - 1 or doc[conj].lower_ not in rules.and_words:
        return end
    stop = conj + 1
    while stop < len(doc) and stop - conj <= rules.max_joined_words and doc[stop].is_title:
        stop += 1
    if stop < len(doc) and (doc[stop].text in rules.legal_forms
                            or doc[stop].lower_ in rules.member_heads):
        stop += 1  # "Cable and Wireless Plc", "the Public and Commercial Services union"
    left = [t for t in doc[start:conj] if t.lower_ != "the"]
    right = [t.text for t in doc[conj + 1:stop]]
    gaz = ctx.gaz
    alone = gaz.state(" ".join(t.text for t in left)) if left else None
    for size in range(len(right), 0, -1):  # "Trinidad" + "and Tobago": a state's whole name
        whole = " ".join([*(t.text for t in left), doc[conj].text, *right[:size]])
        if alone is not None and (found := gaz.state(whole)) is not None and (
                found[1] == "name" and found[0].iso3 == alone[0].iso3):
            return conj + 1 + size
    if not left or not right or (start > 0 and doc[start - 1].text in (",", *rules.and_words)):
        return end
    if len(left) > 1 and left[-1].text in rules.legal_forms and right[-1] in rules.legal_forms:
        return end  # "Alpha Bank Corp and Beta Securities Corp": two whole names
    left_text = " ".join(t.text for t in left)
    if _area_force(gaz, left, right, rules):
        return stop  # "Lothian and Borders Police": one force, named after two areas
    whole = f"{left_text} {doc[conj].text} {' '.join(right)}"
    if any(m.how == "name" and m.name.startswith(whole) for m in ctx.out.mentions):
        return stop  # "Cable and Wireless" after "Cable and Wireless Plc"
    if gaz.company(whole, label="ORG") is not None or (
            right[0] in rules.family_firm_words and all(w in rules.legal_forms for w in right[1:])):
        return stop  # "Marks and Spencer" tagged as two names; "Alex. Brown and Sons Inc"
    if _known(gaz, left_text) or _known(gaz, " ".join(right)):
        return end
    words = [t.lower_ for t in left]
    if words[0] in rules.government_heads and any(w in rules.name_preps for w in words[1:]):
        # "Department for Education and Skills"; not "Department of Health and Home Office"
        return stop if not any(w.lower() in rules.government_heads for w in right) else end
    if right[0] in rules.legal_forms:
        return stop  # "Merrill Lynch and Co Inc", "C. Itoh and Co Ltd", "James Capel and Co"
    if (len(right) > 2 and right[-1] in rules.legal_forms and len(left) <= 2
            and any(w in rules.company_words for w in right[1:-1])
            and left[-1].text not in rules.legal_forms
            and all(t.is_title and t.ent_type_ != "PERSON" for t in left)):
        return stop  # "The Hongkong and Shanghai Banking Corp", "Donaldson Lufkin and Jenrette Securities Corp"
    # two words of a trade or a field around 'and' make one name ('Steel and Vanadium', 'Tire and
    # Rubber'); two names do not ('Suralco and Billiton NV', 'Asher Edelman and Dominion Textile')
    trade = common_word(doc, left[-1].text) and common_word(doc, right[0])
    if (trade and len(right) > 1 and right[-1] in rules.legal_forms and len(left) <= 3
            and all(t.is_title for t in left)):
        return stop  # "Cable and Wireless Plc", "Highveld Steel and Vanadium Corp Ltd"
    if (trade and right[-1].lower() in rules.member_heads and len(left) == 1
            and left[0].is_title and len(right) > 1):
        return stop  # "the Public and Commercial Services Union"
    return end


def _area_force(gaz: Gazetteer, left: list[Token], right: list[str], rules: BodyRules) -> bool:
    """Capitalised words, 'and', capitalised words and one of area_force_heads: a police force
    named after two areas, with no word of another body (not_area_words: 'the Army and Military
    Police') and no state's name before 'and'."""
    words = [t.lower_ for t in left] + [w.lower() for w in right[:-1]]
    return (len(right) > 1 and right[-1].lower() in rules.area_force_heads
            and len(left) <= rules.max_joined_words and all(t.is_title for t in left)
            and not any(w in rules.not_area_words for w in words)
            and gaz.state(" ".join(t.text for t in left)) is None)


def _known(gaz: Gazetteer, text: str) -> bool:
    """Whether the gazetteers know a name as an organisation, a state, a region or a person."""
    return (gaz.org(text) is not None or gaz.state(text) is not None
            or gaz.region(text) is not None or gaz.person(text) is not None
            or normalise(text) == "")


def read_apart(gaz: Gazetteer, ents: Iterable[SpacySpan]) -> Iterator[SpacySpan]:
    """The named-entity spans, each glued one as its parts (:func:`_parts`): two names joined by
    'and', a name run on into a person's after a missing comma."""
    ents = list(ents)
    alone: dict[str, list[SpacySpan]] = {}  # the names tagged with no 'and' in them
    apart = body_rules().apart_words
    for ent in ents:
        if not any(t.lower_ in apart for t in ent):
            name = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
            alone.setdefault(normalise(name.text), []).append(name)
    for ent in ents:
        yield from _parts(gaz, ent, alone)


def _named_alone(doc: Doc, words: list[str], other: list[str], *, before: bool,
                 alone: Mapping[str, list[SpacySpan]], rules: BodyRules) -> bool:
    """Whether the article names ``words`` on their own somewhere: not only where the NER cut
    the same two names at 'and' ('the University of the Highlands' + 'and Islands'); ``other``
    is the other side of 'and', ``before`` whether ``words`` come before it."""
    for span in alone.get(normalise(" ".join(words)), ()):
        if before:
            after = [t.text for t in doc[span.end + 1:span.end + 1 + len(other)]]
            cut = span.end < len(doc) and doc[span.end].lower_ in rules.apart_words and after == other
        else:
            start = span.start - 1 - len(other)
            first = [t.text for t in doc[max(start, 0):span.start - 1]]
            cut = start >= 0 and doc[span.start - 1].lower_ in rules.apart_words and first == other
        if not cut:
            return True
    return False


def states_glued(gaz: Gazetteer, ents: Iterable[SpacySpan]) -> Iterator[SpacySpan]:
    """The named-entity spans, a state's name the NER tagged apart right before a body's name of
    two words or more that ends in one of state_body_heads read with it as one body's name ('the
    US' + 'Anti-Doping Agency', 'the U.S.' + 'International Trade Commission'): the state's body,
    not the state."""
    heads = body_rules().state_body_heads
    held: SpacySpan | None = None
    for ent in ents:
        if held is not None:
            if (ent.label_ == "ORG" and ent.start == held.end and len(ent) > 1
                    and ent[0].is_title and ent[-1].lower_ in heads):
                yield SpacySpan(ent.doc, held.start, ent.end, label="ORG")
                held = None
                continue
            yield held
            held = None
        state = gaz.state(ent.text) if ent.label_ == "GPE" else None
        if state is not None and state[1] != "demonym":
            held = ent
        else:
            yield ent
    if held is not None:
        yield held


def _parts(gaz: Gazetteer, ent: SpacySpan,
           alone: Mapping[str, list[SpacySpan]] = MappingProxyType({})) -> list[SpacySpan]:
    """A glued name's parts (see :func:`read_apart`); ``alone``: where the article tags each
    name (normalised) with no 'and' in it."""
    if ent.label_ not in _NAME_LABELS and ent.label_ != "PERSON":
        return [ent]
    doc, rules = ent.doc, body_rules()
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    commas = _list_commas(gaz, doc, start, ent.end, rules)
    if commas:  # "Lloyd, Herron", "Chris Martin, Dido": names listed, each read alone
        bounds = [ent.start - 1, *commas, ent.end]
        return [part for left, right in zip(bounds, bounds[1:], strict=False)
                for part in _parts(gaz, SpacySpan(doc, left + 1, right, label=ent.label_), alone)]
    if ent.label_ not in _NAME_LABELS:
        return [ent]
    for i in range(start + 1, ent.end - 1):
        tok = doc[i]
        if (tok.is_title and tok.lower_.rstrip(".") in rules.honorifics and doc[i + 1].is_title
                and (doc[i - 1].is_title or doc[i - 1].is_upper)
                and doc[i - 1].lower_.rstrip(".") not in rules.honorific_openers):
            return [*_parts(gaz, SpacySpan(doc, ent.start, i, label=ent.label_), alone),
                    SpacySpan(doc, i, ent.end, label="PERSON")]  # "GDC Mr Allard"
        if tok.lower_ in rules.place_apart_words and _in_place(gaz, doc, start, i, ent.end):
            return [SpacySpan(doc, ent.start, i, label=ent.label_),  # "Bluewater in Kent"
                    SpacySpan(doc, i + 1, ent.end, label="GPE")]
        if tok.lower_ in rules.apart_words and _two_names(gaz, doc, start, i, ent.end, rules, alone):
            right = i + 2 if doc[i + 1].lower_ == "the" else i + 1
            return [SpacySpan(doc, ent.start, i, label=ent.label_),
                    SpacySpan(doc, right, ent.end, label=ent.label_)]
    return [ent]


def _list_commas(gaz: Gazetteer, doc: Doc, start: int, end: int, rules: BodyRules) -> list[int]:
    """The commas inside a name that list names ('Lloyd, Herron', 'Napster, Musicmatch'): each
    name after one opens with a capital letter and is not only legal forms or name_suffixes
    ('Time Energy Systems, Inc', 'Sammy Davis, Jr'); none when 'and' follows the first comma (a
    series of one name's words: 'Coffee, Sugar and Cocoa Exchange', 'Goldman, Sachs and Co'),
    the whole ends in a legal form or a company's suffix, or goes on with one or 'and' and one (a
    firm of partners: 'Goldman, Sachs Japan Corp.', 'Smith Barney, Harris Upham and Co'), or the
    gazetteers know the whole name."""
    commas = [i for i in range(start + 1, end - 1) if doc[i].text == ","]
    if not commas or any(doc[i].lower_ in rules.and_words for i in range(commas[0], end)):
        return []
    for left, right in zip([start - 1, *commas], [*commas, end], strict=True):
        words = [t.text for t in doc[left + 1:right]]
        if not words or not words[0][:1].isupper() or all(
                w in rules.legal_forms or w in rules.name_suffixes for w in words):
            return []
    whole = doc[start:end].text
    last = doc[end - 1].text.rstrip(".")
    after = [t.text for t in doc[end:end + 2]]
    if (gaz.org(whole) is not None or gaz.company(whole, label="ORG") is not None
            or last in rules.legal_forms or doc[end - 1].text in rules.legal_forms
            or last in rules.company_suffixes or (after and after[0] in rules.legal_forms)
            or (len(after) == 2 and after[0] in rules.and_words and after[1] in rules.legal_forms)):
        return []  # "Goldman, Sachs Japan Corp.", "Smith Barney, Harris Upham" + "and Co": partners
    return commas


def _in_place(gaz: Gazetteer, doc: Doc, start: int, prep: int, end: int) -> bool:
    """Whether a name ends in 'in' and a place the gazetteers know, a state, a region or a town
    ('Bluewater in Kent', 'Punta del Este in Uruguay', 'the Golden Temple in Amritsar'): a name
    and where it is, unless the name before is one common word ('the Church in Wales') or the
    gazetteers know the whole."""
    left, right = doc[start:prep], doc[prep + 1:end]
    if not left or not right or not all(t.is_title or t.is_upper for t in right):
        return False
    state = gaz.state(right.text)
    place = ((state is not None and state[1] != "demonym") or gaz.region(right.text) is not None
             or normalise(right.text) in gaz.cities)
    if not place or (len(left) == 1 and common_word(doc, left.text)) or not left[0].is_title:
        return False
    whole = doc[start:end].text
    return gaz.org(whole) is None and gaz.company(whole, label="ORG") is None


def _two_names(gaz: Gazetteer, doc: Doc, start: int, conj: int, end: int, rules: BodyRules,
               alone: Mapping[str, list[SpacySpan]] = MappingProxyType({})) -> bool:
    """Whether the words on either side of 'and' are two whole names: the article names each
    side on its own too, and they differ ('Carragher and Brown' beside 'Carragher' and 'Brown';
    not 'Johnson and Johnson'), or each ends in a legal form
    (one that is only a legal form is no name: 'Merrill Lynch and Co'), both open with the same
    word, or the gazetteers know the first side, of two words or more, as an organisation, a
    company or a state and not the whole, and not the second as a person ('Wagner and Brown' is a
    firm of partners), or both sides of two words or more end in the same word ('Interim Committee
    and Development Committee'), or the gazetteers know both sides, of one word, as organisations or
    companies and not the whole ('Gazprom and Rosneft'); never a government department 'for'
    something ('… for Education and Skills')."""
    right = conj + 2 if conj + 2 < end and doc[conj + 1].lower_ == "the" else conj + 1
    left_words = [t.text for t in doc[start:conj]]
    right_words = [t.text for t in doc[right:end]]
    if not left_words or not right_words or not right_words[0][:1].isupper() or all(
            w in rules.legal_forms for w in right_words):
        return False  # "Goldman Sachs and Co.": one company
    if left_words[0].lower() in rules.government_heads:
        return False
    left, whole = " ".join(left_words), doc[start:end].text
    if (left_words != right_words and gaz.state(whole) is None and gaz.org(whole) is None
            and gaz.company(whole, label="ORG") is None
            and _named_alone(doc, left_words, right_words, before=True, alone=alone, rules=rules)
            and _named_alone(doc, right_words, left_words, before=False, alone=alone, rules=rules)):
        return True  # "Carragher and Brown" where the article names both alone
    if (len(left_words) > 1 and len(right_words) > 1 and left_words[-1] in rules.legal_forms
            and right_words[-1] in rules.legal_forms):
        return True  # "Alpha Bank Corp and Beta Securities Corp"
    if len(left_words) > 1 and len(right_words) > 1 and (
            left_words[0] == right_words[0] or left_words[-1] == right_words[-1]):
        return True  # "Real Madrid and Real Sociedad", "Energy Committee and Budget Committee"
    if gaz.person(" ".join(right_words)) is not None:
        return False  # "Wagner and Brown": a firm of partners, not "Wagner" and a Brown
    whole_known = (gaz.org(whole) is not None or gaz.company(whole, label="ORG") is not None
                   or gaz.state(whole) is not None)
    if len(left_words) < 2:  # "Gazprom and Rosneft": two bodies the gazetteers know by one word
        right_known = _known_body(gaz, " ".join(right_words))
        return _known_body(gaz, left) and right_known and not whole_known
    known = (gaz.org(left) is not None or gaz.company(left, label="ORG") is not None
             or gaz.state(left) is not None)
    return known and not whole_known  # "Dell and Hewlett-Packard"


def _known_body(gaz: Gazetteer, name: str) -> bool:
    """Whether the gazetteers know ``name`` as an organisation or a company."""
    return gaz.org(name) is not None or gaz.company(name, label="ORG") is not None
