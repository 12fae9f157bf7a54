"""Names of products, software and technologies, no actors (the ontology has no class for them):
a name right before a noun for a kind of product it modifies ('Linux software', 'Windows
machines', 'the GameBoy Advance handheld', 'the iPod music player', 'the Pentax Optio SV digital
camera'; before a noun that names makers too, 'computer', only where the article writes the name
so everywhere: 'the Amiga computer', not 'Commodore computers' beside 'Commodore International';
a lower-case word of the article capitalised at a sentence's start never; also listed with such a
name: 'a Linux or Mac version'; two names before a plural one: "Honda's Asimo and Sony's Qrio
robots"), a name whose last word is one ('the Bankash-A Trojan', 'Sony's
Qrio Robot', 'the Google Toolbar', 'Pork Bellies'), a name a noun for a kind of product names
('drug Tysabri', 'Avonex, Biogen Idec's drug'), a new thing of an owner ('its new Phaeton'), a
well-known product's name, or one opening or ending with it or with one the article read as a
product before ('Windows XP', 'Xbox Live', 'Apple iPod') or a plural of one ('Xboxes'), a name
a noun of a kind of product or technology is called ('a technology called XDR', 'the peer-to-peer
system called BitTorrent'; with a model noun, the only cues read for an acronym: 'UMD, the disc
format'), a stock market's index ('the
Hang Seng index', 'the FTSE 100', 'the London FTSE fell'), a commodity's contract ('Feeder Cattle
futures'), a search engine's toolbar ('the Zoogle toolbar'), the spelt-out
name of a technology's acronym ('Asymmetric Digital Subscriber Line', 'Global System for
Mobiles'); also a fair, an exhibition or a broadcast named after a name ('the Comdex trade show',
'CeBIT, the world's largest technology fair', "the BBC's Focus on Africa programme"), unless the
name has a word of an organisation's ('a Georgetown University show') or is a broadcaster's. A name
the gazetteers or the article know as an organisation, a place or a person stays what it is
('Microsoft software', 'Nokia phones'), and so does one the article has speak ('Webroot said
...': a company). After typing, a name read as a product anywhere in the article names nothing
where it was typed before, and so are the last words of one opening with a well-known product's
name ('XP' beside 'Windows XP') (:func:`unname_products`). Reads the ``products`` rule section
(``rules/extract/products.json``); used by :mod:`.entities`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..gazetteer import normalise
from .bodies import broadcast_name
from .context import ReadContext
from .rules import Words, load_section

__all__ = ["ProductRules", "acronym_spelt_out", "product_name", "product_rules", "unname_products"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProductRules:
    """The ``products`` section: see the comment in ``rules/extract/products.json``."""

    product_nouns: Words
    maker_nouns: Words
    occasion_nouns: Words
    brand_nouns: Words
    organisation_words: Words
    novelty_words: Words
    model_nouns: Words
    product_names: frozenset[str]
    product_heads: Words
    speech_verbs: Words
    acronym_joins: Words
    technology_acronyms: frozenset[str]
    min_acronym_words: float
    given_names: frozenset[str]
    company_words: frozenset[str]
    naming_verbs: Words
    naming_nouns: Words


@cache
def product_rules() -> ProductRules:
    return load_section("products", ProductRules)


def product_name(ctx: ReadContext, ent: SpacySpan, label: str) -> bool:
    """Whether a name is a product's, a program's or a technology's by the cues of the module
    docstring; the caller has checked that its words name no kind of organisation."""
    rules = product_rules()
    words = ent.text.split()
    if label == "NORP" or not words or words[0] in rules.given_names or (
            _known_name(ctx, ent.text) and ent.text not in rules.product_names):  # but "FTSE"
        return False
    if len(words) == 1 and not ent.text.isupper() and ent.text.lower() in ctx.common_words:
        return False  # "Digital cameras were ..." beside "a digital camera": a common word
    if ent.text.isupper() and ent.text not in rules.product_names:
        product = _called(ent) or _named_model(ctx, ent)  # "a technology called XDR"
    elif len(words) > 1 and words[-1].lower() in rules.product_heads:
        product = True  # "the Bankash-A Trojan", "Sony's Qrio Robot"
    else:
        product = (acronym_spelt_out(ent) or _before_product_noun(ctx, ent)
                   or _named_model(ctx, ent) or _called(ent) or _new_model(ctx, ent)
                   or _known_product(words, ctx.product_names))
    return product and not _speaks(ctx, ent.text)


def _called(ent: SpacySpan) -> bool:
    """Whether a name is what a noun of a kind of product or technology is called: right after
    one of naming_verbs ('called', 'dubbed', 'known as') that qualifies a noun of product_nouns,
    model_nouns or naming_nouns ('the peer-to-peer system called BitTorrent', 'a technology
    called XDR', 'a speed test called Linpack', 'Digital Rights Management technology known as
    Janus', 'its first humanoid robot, called Emiew'; not 'a company called Blinkx', 'a brand
    of video games, formerly known as Infogrames': the noun right before the verb or its
    comma)."""
    rules = product_rules()
    doc = ent.doc
    i = ent.start - 1
    if i > 0 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "known":
        i -= 1  # "known as"
    if i < 1 or doc[i].lower_ not in rules.naming_verbs or doc[i].tag_ != "VBN":
        return False
    noun = doc[i - 1] if doc[i - 1].text != "," or i < 2 else doc[i - 2]
    nouns = rules.product_nouns | rules.model_nouns | rules.naming_nouns
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in nouns or noun.lower_ in nouns)


def _new_model(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a one-word name is a new thing of a company, right after its possessive ('its',
    'their', or a company's name and "'s") and one of novelty_words, with no noun or number
    after it ('Volkswagen showed off its new Phaeton', "Toyota's latest Prius"; not 'its new
    Chicago plant', where the name modifies the thing, nor "Tehran's new Imam Khomeini
    International Airport", a place, nor "VW's new Audi 80", a make), and never one the article
    has own something ("Audi's staid image": a company)."""
    doc, texts = ent.doc, ctx.texts
    if (ent.start < 2 or len(ent) != 1
            or doc[ent.start - 1].lower_ not in product_rules().novelty_words):
        return False
    owner = doc[ent.start - 2]
    if owner.tag_ == "POS":
        mid = ctx.by_token.get(owner.i - 1)
        if mid is None or ctx.mention(mid).kind != "Company":
            return False  # "Tehran's new ..."
    elif owner.tag_ != "PRP$" or owner.lower_ not in ("its", "their"):
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.like_num):
        return False
    return not any(i + 1 < len(texts) and texts[i + 1] in ("'s", "\u2019s")
                   for i in _occurrences(texts, [ent.text]))


def _known_product(words: list[str], found: set[str]) -> bool:
    """Whether a name is one the article read as a product before (``found``), or one of
    product_names, or opens or ends with one ('Windows XP', 'Xbox Live', 'Apple iPod')."""
    names = product_rules().product_names
    return " ".join(words) in found or any(
        " ".join(part) in names for part in (words, words[:1], words[-1:], words[:2])) or (
        len(words) == 1 and _singular(words[0]) in _lower_names())


def _singular(word: str) -> str:
    """A plural's singular, lower-cased ('Xboxes': 'xbox', 'IPods': 'ipod'); else ''."""
    low = word.lower()
    if low.endswith("es") and low[:-2] in _lower_names():
        return low[:-2]
    return low[:-1] if low.endswith("s") and len(low) > 3 else ""


@cache
def _lower_names() -> frozenset[str]:
    """product_names lower-cased: a plural at the start of a sentence ('IPods and MP3 players')."""
    return frozenset(name.lower() for name in product_rules().product_names)


def _occasion_nouns(ctx: ReadContext, ent: SpacySpan) -> Words:
    """occasion_nouns ('show', 'fair', 'exhibition', 'programme') and brand_nouns ('toolbar',
    'futures') for a name with no word of organisation_words ('a Georgetown University show'
    names the university, 'Chicago Board of Trade futures' the exchange) that
    is no broadcaster's ('the BBC Radio 1 chart show'), else none."""
    rules = product_rules()
    if any(w.lower().strip(",.") in rules.organisation_words for w in ent.text.split()) or (
            broadcast_name(ctx.gaz, ent.text)):
        return frozenset()
    return rules.occasion_nouns | rules.brand_nouns


def _occasion_at(token: Token, occasions: Words) -> bool:
    """Whether a token is one of ``occasions`` used as a noun: tagged one, or an adjective right
    after a noun ('the CES trade fair'; not 'differences with Kilroy to show a united front'),
    and the head of its phrase, no modifier of a noun after it ('a new umbrella of Baltic
    futures exchanges' names exchanges, no contract)."""
    doc = token.doc
    if token.dep_ == "compound" or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "NOUN"):
        return False
    return (token.lemma_.lower() in occasions or token.lower_ in occasions) and (
        token.pos_ == "NOUN" or (token.pos_ == "ADJ" and token.i > 0
                                 and doc[token.i - 1].pos_ == "NOUN"))


def _named_model(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is one of a kind of product, one of model_nouns, that names it right
    before ('new multiple sclerosis drug Tysabri', 'the browser Firefox') or in apposition
    ('Avonex, Biogen Idec's existing multiple sclerosis drug'; 'its new drug, Tysabri'); or an
    event's or a broadcast's, one of occasion_nouns ('CeBIT, the world's largest technology
    fair')."""
    occasions = _occasion_nouns(ctx, ent)
    nouns = product_rules().model_nouns | occasions
    doc, root = ent.doc, ent.root
    before = doc[ent.start - 1] if ent.start > 0 else None
    if (before is not None and before.pos_ == "NOUN" and before.is_lower
            and before.lemma_.lower() in nouns and ent.start <= before.head.i < ent.end):
        return True  # "drug Tysabri"
    if any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns
           and not any(g.dep_ == "conj" for g in c.children) for c in root.children):
        return True  # "Avonex, Biogen Idec's ... drug"; not "Motorola, the handset and X maker"
    head = root.head
    if (root.dep_ == "appos" and head.i < ent.start and head.pos_ == "NOUN"
            and head.lemma_.lower() in nouns):
        return True  # "its new drug, Tysabri"
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for token in doc[ent.end + 1:ent.end + 9]:  # an apposition the parser missed
        if (token.is_punct and token.tag_ != "POS") or (
                token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
            return False
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        noun = (token.pos_ == "NOUN" and token.lemma_.lower() in nouns) or _occasion_at(
            token, occasions)  # "technology fair" with "fair" tagged ADJ
        if noun and (nxt is None or (nxt.is_punct and nxt.text not in ("-", "'s"))):
            return True  # "Avonex, Biogen Idec's existing multiple sclerosis drug."
    return False


def acronym_spelt_out(ent: SpacySpan) -> bool:
    """Whether a name of min_acronym_words capitalised words or more spells out one of
    technology_acronyms ('Asymmetric Digital Subscriber Line': ADSL; 'Global System for Mobiles':
    GSM; the words of acronym_joins do not count)."""
    rules = product_rules()
    words = [w for w in ent.text.split() if w.lower() not in rules.acronym_joins]
    if len(words) < rules.min_acronym_words or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return any(initials == acronym.replace("-", "").upper()
               for acronym in rules.technology_acronyms)


def _before_product_noun(ctx: ReadContext, ent: SpacySpan) -> bool:
    """Whether a name is a product's by a noun of its kind after it: one of product_nouns
    (:func:`_before_kind`), or one of maker_nouns after it wherever the article writes it ('the
    Amiga computer' and 'Amiga computer hardware'; not 'Commodore computers' beside 'Commodore
    was one of the pioneers' or 'Commodore International': a maker)."""
    rules = product_rules()
    if _before_kind(ctx, ent, rules.product_nouns):
        return True
    words = ctx.texts[ent.start:ent.end]
    return bool(rules.maker_nouns) and all(
        _modifies(ent.doc, i + len(words), rules.maker_nouns, frozenset())
        for i in (ent.start, *_occurrences(ctx.texts, words)))


def _before_kind(ctx: ReadContext, ent: SpacySpan, nouns: Words) -> bool:
    """Whether a name modifies one of ``nouns`` (product_nouns) right after it (or after a
    number: 'the FTSE 100 index'), or after one more noun ('the iPod music player', 'the Xbox games
    console', 'the Dow Jones stock market average'), here or where the article writes it
    again, or is listed with a name that does ('a Linux or Mac version', "Honda's Asimo and
    Sony's Qrio robots": :func:`_listed_before_kinds`); or one of
    occasion_nouns, a fair or a broadcast named after it ('the Comdex trade show', "the BBC's Go
    Digital programme"; used as a noun: :func:`_occasion_at`). The
    article's other mentions are found in ``ctx.texts`` (each token's text, read once)."""
    doc, texts = ent.doc, ctx.texts
    occasions = _occasion_nouns(ctx, ent)

    def modifies(end: int) -> bool:
        return _modifies(doc, end, nouns, occasions)

    if modifies(ent.end):
        return True
    words = texts[ent.start:ent.end]  # the NER may have tagged only where no product noun follows
    if any(modifies(i + len(words)) for i in _occurrences(texts, words)):
        return True  # "commitment to Linux software ... use Linux"
    root: Token = ent.root
    if root.dep_ == "conj" and root.head.i < ent.start:
        first = root.head  # "a Linux or Mac version": "Mac" is listed with "Linux"
        return (first.dep_ in ("compound", "nmod") and first.head.i > root.i
                and modifies(first.head.i))
    return _listed_before_kinds(root)


def _modifies(doc: Doc, end: int, nouns: Words, occasions: Words) -> bool:
    """Whether the words from ``end`` are one of ``nouns`` (or of ``occasions``, used as a noun)
    right there or after one more lower-case word, skipping a number first ('the FTSE 100
    index'); never a verb ('the Wellcome Trust will format its reports')."""
    if end < len(doc) and doc[end].like_num and doc[end].is_digit:
        end += 1  # "the FTSE 100 index", "the Nikkei 225 average"
    for i in (end, end + 1):
        if (i >= len(doc) or not doc[i].is_lower or not doc[i].is_alpha
                or doc[i].pos_ in ("VERB", "AUX")):
            return False
        pair = f"{doc[i].lower_} {doc[i + 1].lemma_.lower()}" if i + 1 < len(doc) else ""
        if (doc[i].lemma_.lower() in nouns or doc[i].lower_ in nouns or pair in nouns
                or _occasion_at(doc[i], occasions)):
            return True  # "Linux software", "the Windows operating system"
    return False


def _listed_before_kinds(root: Token) -> bool:
    """Whether a name is listed with another name before a plural noun of product_nouns or
    model_nouns, the kind both are ("Honda's Asimo and Sony's Qrio robots", 'the Zafi and Sober
    worms', 'the Hermes and Kestrel missiles'), however the parser hung the list: the plural
    noun the name's conjunct, or the head the name or its first name modifies. A singular noun
    is the last name's alone ('Honda and the Qrio robot')."""
    doc = root.doc
    if root.dep_ == "conj" and root.head.i < root.i:  # the list's second name
        first = root.head
        return first.dep_ in ("compound", "nmod") and _plural_kind(first.head, after=root.i)
    if root.dep_ in ("compound", "nmod") and _plural_kind(root.head, after=root.i):
        return any(c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < root.head.i
                   for c in root.children)  # "the Hermes and Kestrel missiles"
    return any(
        c.dep_ == "conj" and _plural_kind(c, after=root.i) and (
            any(g.dep_ == "compound" and g.pos_ == "PROPN" and g.i < c.i for g in c.children)
            or (doc[c.i - 1].pos_ == "PROPN" and doc[c.i - 1].dep_ == "conj"
                and doc[c.i - 1].head.i == root.i))  # "Sony's Qrio robots", "Sober worms"
        for c in root.children)


def _plural_kind(token: Token, *, after: int) -> bool:
    """Whether a token after ``after`` is a plural noun of product_nouns or model_nouns."""
    rules = product_rules()
    return (token.i > after and token.pos_ == "NOUN" and token.tag_ == "NNS"
            and token.lemma_.lower() in rules.product_nouns | rules.model_nouns)


def _occurrences(texts: list[str], words: list[str]) -> Iterator[int]:
    """Where the article writes ``words`` (each token's text), in text order, ending before its
    last token; ``list.index`` finds each first word (one scan per name, not one call per token)."""
    last = len(texts) - len(words)
    i = -1
    while True:
        try:
            i = texts.index(words[0], i + 1, last)
        except ValueError:
            return
        if texts[i:i + len(words)] == words:
            yield i


def _known_name(ctx: ReadContext, text: str) -> bool:
    """Whether the gazetteers or the article know a name as an organisation's, a listed
    company's, a place's or a person's ('Microsoft', 'Nokia', 'IBM')."""
    gaz = ctx.gaz
    key = normalise(text)
    return (gaz.org(text) is not None or key in gaz.companies
            or gaz.state(text) is not None or gaz.region(text) is not None or key in gaz.cities
            or gaz.person(text) is not None or key in ctx.person_names)


def _speaks(ctx: ReadContext, text: str) -> bool:
    """Whether the article has a name say something, as the subject of one of speech_verbs
    ('Webroot said'): a company or a person, no product."""
    verbs = product_rules().speech_verbs
    return any(other.text == text and other.root.dep_ == "nsubj"
               and other.root.head.lemma_.lower() in verbs for other in ctx.ents)


def unname_products(ctx: ReadContext) -> None:
    """A name read as a product's in an article (``ctx.product_names``) is no entity where it was
    typed before the words that give it away ('use Linux', then 'Linux software'): its mentions
    keep their words but name nothing (kind None); so is a name opening with it ('Windows XP'),
    unless it opens with a given name, ends in one of company_words ('the Cray machine' beside
    'Cray Research Inc'), the article names a person so or has it speak; and so is an acronym of
    the initials of a name of three words or more read as a product's ('The Grand Theft Auto
    series of games ...', then 'GTA games'), and a name no person's that is the last words of
    one read as a product's opening with one of product_names ('XP' beside 'Windows XP':
    :func:`_tails`)."""
    names = ctx.product_names
    if not names:
        return
    rules = product_rules()
    initials = {"".join(w[0] for w in n.split()).upper() for n in names if len(n.split()) > 2}
    tails = _tails(ctx, names)
    for m in ctx.out.mentions:
        words = m.name.split() or [""]
        if m.how == "name" and m.kind not in (None, "State") and (
                m.name in names or (m.name.isupper() and m.name in initials)
                or (m.name in tails and m.kind != "Person")
                or (words[0] in names and words[0] not in rules.given_names
                                    and words[-1] not in rules.company_words
                                    and normalise(m.name) not in ctx.person_names
                                    and not _speaks(ctx, m.name))):
            ctx.out.mentions[m.id] = replace(m, kind=None)  # "Windows XP" before "Windows software"


def _tails(ctx: ReadContext, names: set[str]) -> set[str]:
    """The last words of the names read as products' that open with one of product_names
    ('XP' of 'Windows XP', 'Live' of 'Xbox Live'), where neither the gazetteers nor the article
    know them as another thing's name and the article has them say nothing."""
    known = product_rules().product_names
    tails = set()
    for name in names:
        words = name.split()
        tails.update(" ".join(words[k:]) for k in range(1, len(words))
                     if " ".join(words[:k]) in known)
    return {t for t in tails if len(t) > 1 and not _known_name(ctx, t) and not _speaks(ctx, t)}
