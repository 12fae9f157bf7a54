"""Names that are common words: wire copy capitalises the words after a state's abbreviation
('buying by U.K. Institutions', 'the U.S. Dollar', 'U.S. Economy'), and the NER takes the
abbreviation and those words for an organisation's name. Reads the vocabulary table of common
English nouns and adjectives that :func:`kg_builder.nlp.load_pipeline` puts on the model's
vocabulary (WordNet's, shipped with the model for its lemmatizer); used by :mod:`.entities`.
Also money and measures the NER takes for names ('Sterling dipped', 'Special Drawing Rights',
'speeds of 2 Mbps'), by the words of a currency or a unit; and lower-case common words the NER
tagged as a name ('plasma screens') in an article that capitalises its sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..gazetteer import Gazetteer

__all__ = ["COMMON_WORDS_TABLE", "common_phrase", "common_word", "glued_to_number",
           "glued_to_state", "modifies_common_noun", "money_or_measure"]

#: the vocabulary table :func:`kg_builder.nlp.load_pipeline` fills (the same name there)
COMMON_WORDS_TABLE = "kg_common_words"


def common_word(doc: Doc, word: str) -> bool:
    """Whether a word, or its singular, is a common English noun or adjective ('Dollars',
    'Institutions', 'Economy'); False for every word when the vocabulary has no such table."""
    lookups = doc.vocab.lookups
    if not lookups.has_table(COMMON_WORDS_TABLE):
        return False
    table = lookups.get_table(COMMON_WORDS_TABLE)
    low = word.lower()
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    if low.endswith("s"):
        forms.append(low[:-1])
    return low.isalpha() and any(form in table for form in forms)


def common_phrase(doc: Doc, words: list[str]) -> bool:
    """Whether a name is nothing but common nouns and adjectives written in lower case in an
    article that capitalises its sentences ('plasma screens', 'heifers', 'fed' tagged as names);
    not in wire copy written all in lower case, where 'christian democratic party' and 'middle
    east' are names."""
    if not all(w.islower() and common_word(doc, w) for w in words):
        return False
    starts = [t for t in doc if t.is_sent_start and t.is_alpha]
    return 2 * sum(t.text[:1].isupper() for t in starts) > len(starts)


def glued_to_state(doc: Doc, gaz: Gazetteer, words: list[str], *,
                   body_words: frozenset[str]) -> bool:
    """Whether a name is a state's abbreviation with a full stop and nothing but common nouns
    and adjectives after it ('U.S. Dollar', 'U.K. Export', 'U.S. Securities houses'): a state
    and what it has, no name - unless a word of it is one of ``body_words`` that make a name a
    body's ('U.S. Semiconductor Industry Association'); 'U.S. Push for IADB' holds a name, and
    'U.S. Air Force', 'U.S. Bank' are typed by their words before this is asked."""
    return (len(words) > 1 and words[0].endswith(".") and gaz.state(words[0]) is not None
            and not any(w.lower() in body_words for w in words)
            and all(common_word(doc, w) for w in words[1:]))


def modifies_common_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` modifies the lower-case noun right after it ('U.S. Oil
    company', 'U.S. Defence officials', 'a U.S. Bank account'): in wire copy, a state's
    abbreviation and the capitalised words of a phrase it opens, even where the last word would
    make a company's name ('Oil', 'Bank')."""
    if end >= len(doc):
        return False
    after = doc[end]
    return (after.pos_ == "NOUN" and after.is_lower and after.is_alpha
            and doc[start:end].root.head.i == end)


def money_or_measure(words: list[str], *, currency_words: frozenset[str],
                     currency_phrases: frozenset[str]) -> bool:
    """Whether a name is a currency or a unit of measure, no actor: one word of
    ``currency_words`` ('Sterling', 'Euro', 'Mbps'), or a name that ends in one ('Australian
    Dollar', 'CFA franc') or in one of ``currency_phrases`` ('European Currency Unit', 'Special
    Drawing Rights'). The caller has checked that no person is named so."""
    low = [w.lower() for w in words]
    if low[-1] in currency_words:
        return True
    return any(" ".join(low[-n:]) in currency_phrases for n in (2, 3) if len(low) >= n)


def glued_to_number(doc: Doc, start: int) -> bool:
    """Whether a name is written right against the number before it, with no space ('6GB',
    '3km/h'): a unit of measure the tokenizer split off the number, no actor. A name that opens
    with digits ('3Com') is one token, not split."""
    if start < 1:
        return False
    before = doc[start - 1]
    return not before.whitespace_ and before.text.replace(",", "").replace(".", "", 1).isdigit()
