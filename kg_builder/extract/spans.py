"""What the marks and words around a named-entity span say about it: an acronym in brackets
after the lower-case words it abbreviates, a stock ticker in angle brackets, a company wire copy
marks with one (and whether it marks one anywhere in an article), the phrase before a person's
name, the words after a cut name that complete a known organisation's, a word inside that glues
two names. Read by :mod:`.entities` (and :mod:`.cues`, for the marks of a whole article).
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..gazetteer import Gazetteer

__all__ = ["before_spaced_dash", "common_acronym", "glued_at", "governing_preposition", "is_ticker",
           "known_longer", "marks_a_company", "phrase_before", "wire_company"]

_MOST_WORDS_MORE = 3  # words after a tagged name that may complete a known organisation's name


def common_acronym(doc: Doc, start: int, end: int) -> bool:
    """'digital video recorders (DVR)': an acronym in brackets after the lower-case words it
    abbreviates is a common noun's, no name."""
    text = doc[start:end].text.removesuffix("s")
    if not (end - start == 1 and text.isupper() and text.isalpha() and 2 <= len(text) <= 6
            and start > len(text) and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"):
        return False
    words = doc[start - 1 - len(text):start - 1]
    return all(w.is_lower and w.is_alpha for w in words) and "".join(w.text[0] for w in words) == text.lower()


def is_ticker(doc: Doc, start: int, end: int) -> bool:
    """'ITT Corp <ITT>': the stock ticker in angle brackets right after a name is no name."""
    return (end - start == 1 and start >= 2 and doc[start - 1].text == "<"
            and end < len(doc) and doc[end].text == ">" and doc[start - 2].pos_ == "PROPN")


def wire_company(doc: Doc, start: int, end: int) -> bool:
    """Wire copy marks companies: a ticker in angle brackets right after the name ('Nomura
    <NMUR.T>'), or the name itself in angle brackets ('<Woodco Inc>')."""
    ticker = end + 2 < len(doc) and doc[end].text == "<" and doc[end + 2].text == ">"
    wrapped = start > 0 and doc[start - 1].text == "<" and end < len(doc) and doc[end].text == ">"
    return ticker or wrapped


def marks_a_company(doc: Doc, *, legal_forms: frozenset[str]) -> bool:
    """Whether an article's lead names a company the way wire copy does: a legal form that closes
    a name the NER took for an organisation ('Courier Corp said', 'Lac Minerals Ltd's
    exploration'), or angle brackets that hold a ticker or a company's name ('Toshiba Corp
    <TSBA.T>', '<Woodco Inc>'). A report that opens so is about companies, however few business
    words it has. Only its first sentence counts: a long report that names a firm by its legal
    form further down ('… wish that Vulcan Inc's Flipstart' in a review of gadgets) is not a
    report on companies for that, and neither is a title glued to its prefix ('Co-Chairman')."""
    lead = next(iter(doc.sents), None) if doc.has_annotation("SENT_START") else None
    for tok in (lead if lead is not None else doc[:0]):
        if tok.text in legal_forms and tok.i > 0 and "ORG" in (
                tok.ent_type_, doc[tok.i - 1].ent_type_) and not (
                tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"):
            return True  # "Guest Supply Inc", with or without the form tagged
        if tok.text == "<" and any(t.text == ">" for t in doc[tok.i + 2:tok.i + 10]) and (
                tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()):
            return True  # "<ITT>", "<Southam Inc>"
    return False


def governing_preposition(span: SpacySpan) -> int:
    """Where the words before a name that can belong to it begin: after the preposition whose
    object the name is ('a visit to the United States by President Corazon Aquino': 'President'
    is Aquino's title, 'the United States' is where the visit went, not what she leads); the
    name's first token's index minus six where no such preposition is right before it."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.pos_ == "ADP" and span.start - 6 <= head.i < span.start:
        return head.i + 1
    return span.start - 6


def phrase_before(doc: Doc, span: SpacySpan) -> SpacySpan:
    """The nouns, adjectives and prepositions right before a person's name, up to five words
    ('US Secretary of State' before 'Mike Pompeo'): where a title and an affiliation are read;
    not past the preposition the name is the object of ('a visit to the United States by
    President Corazon Aquino')."""
    i = span.start
    stop = governing_preposition(span)
    while i > 0 and i > stop and not doc[i - 1].is_punct and (
            doc[i - 1].pos_ in ("PROPN", "NOUN", "ADP", "ADJ")) and (
            doc[i - 1].ent_type_ != "PERSON"):
        i -= 1
    return doc[i:span.start]


_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def before_spaced_dash(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of a name the NER ran on past a spaced dash: it ends before the dash where a
    lower-case word follows it ('Grant Thornton - now rid of ...', 'Mr Howard - can he ...') or
    where the dash is spaced on both sides, opening an aside or a new clause whatever word
    follows ('Fund manager Florian Hamm - Borussia Dortmund's largest investor - said', 'Clive
    Griffiths - Wales' defensive coach - is', 'Veritas - Latin for "truth"'); where no proper
    noun is before such a dash, the name is the words after it ('ethnic minority MPs - Keith
    Vaz, Paul Boateng and …'). Not inside a hyphenated name ('Kilroy-Silk', 'Hewlett-Packard')."""
    dash = next((i for i in range(start + 1, end - 1) if doc[i].text in ("-", "\u2013")
                 and doc[i - 1].whitespace_ and (doc[i + 1].is_lower or doc[i].whitespace_)), None)
    if dash is None:
        return start, end
    if doc[dash + 1].is_lower or any(doc[i].tag_ in _PROPER_TAGS for i in range(start, dash)):
        return start, dash
    return dash + 1, before_spaced_dash(doc, dash + 1, end)[1]


def glued_at(doc: Doc, start: int, end: int, *, words: frozenset[str], tags: frozenset[str],
             particles: frozenset[str]) -> int | None:
    """Where a name the NER ran over a clause, a verb or a match ends: the first word inside it
    (not its first or last) that is one of ``words`` as written ('the Commons after Mr Brown',
    'Southampton when Arsenal'), or a lower-case word tagged one of ``tags``, a finite verb
    ('Blur beat Oasis', 'England won the first Rugby World Cup Sevens'), unless it is one of a
    person's name ``particles`` the tagger took for a verb ('David dal Maso'); None if none."""
    return next((i for i in range(start + 1, end - 1) if doc[i].text in words or (
        doc[i].tag_ in tags and doc[i].text.islower() and doc[i].text not in particles)), None)


def known_longer(gaz: Gazetteer, doc: Doc, start: int, end: int, *, label: str) -> int:
    """'Liberal Democrat' with only 'Liberal' tagged, 'Group of Seven' with only 'Group of': the
    end of the longest known organisation's name that the words of an organisation's or a
    group's name (``label`` ORG or NORP) start and up to three words of the same sentence after
    them complete ('Democrat' is tagged apart, as a group), where the tagged words alone are no
    known organisation or another one; else ``end``. It never ends inside another tagged name,
    nor on a word in lower case: 'Israeli army' is the state acting, not the Israel Defense Forces."""
    if label not in ("ORG", "NORP"):
        return end
    text = doc[start:end].text
    short = gaz.org(text)
    best = end
    for more in range(end + 1, min(end + _MOST_WORDS_MORE, len(doc)) + 1):
        added = doc[more - 1]
        if added.is_sent_start or added.is_punct:
            break
        # doc[start:more].text: the last one and the word added (a Span's text joins every token)
        text = (text + doc[more - 2].whitespace_ + added.text if more - 1 > start
                else doc[start:more].text)
        hit = gaz.org(text)
        if (hit is not None and (short is None or hit.name != short.name) and not added.is_lower
                and (more == len(doc) or doc[more].ent_iob_ != "I")):
            best = more
    return best
